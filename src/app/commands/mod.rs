//! What the user asks for, and which part of the app does it. Panels, the menu and the
//! keyboard emit [`Command`]s while drawing; the app applies them after the frame, here,
//! each by the controller that owns its domain's state: files (`files::Files`),
//! edits of figures (`edit`, through the session), the indicator list
//! (`structure`), an import and the fill-in sheet (`import.rs`, `fill_in.rs`), what
//! is shown (`view::Panels`) and what the table marks (`browse::Browser`). Every
//! `match` is exhaustive: a new command that no controller handles does not compile.
//! Every change to the report goes through the
//! [`Session`](chitieu_core::session::Session), so undo, the unsaved mark and the
//! computed figures follow by themselves.

pub(super) mod browse;
pub(super) mod edit;
pub(super) mod files;
mod finish;
pub(super) mod structure;
pub(super) mod view;

use std::collections::VecDeque;
use std::path::PathBuf;

use super::{ChitieuApp, DetailPosition, Settings, Theme, keeper, work};
use chitieu_core::export::{CsvLocale, Format};
use chitieu_core::format::Notation;
use chitieu_core::model::{
    Field, Indicator, IndicatorId, Lang, Period, Section, SectionId, TaskId, TaskStatus,
};
use chitieu_core::session::{Orphans, Session};

/// Something the user asked for, by domain. Commands that involve a file carry its
/// path: only the `…Dialog` commands open a native file dialog, so tests never see one.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Files: open, save, export, new, quit, and the answers to their questions.
    File(FileCmd),
    /// Figures, notes and tasks, each change undoable.
    Edit(EditCmd),
    /// The indicator list and the sections.
    Structure(StructureCmd),
    /// An import of figures from a sheet.
    Import(ImportCmd),
    /// The fill-in sheet.
    FillIn(FillInCmd),
    /// Preferences, panels and windows.
    View(ViewCmd),
    /// What the table shows and marks.
    Browse(BrowseCmd),
}

macro_rules! domain_from {
    ($($domain:ident => $variant:ident),* $(,)?) => {
        $(
            impl From<$domain> for Command {
                fn from(command: $domain) -> Self {
                    Self::$variant(command)
                }
            }
        )*
    };
}

domain_from! {
    FileCmd => File,
    EditCmd => Edit,
    StructureCmd => Structure,
    ImportCmd => Import,
    FillInCmd => FillIn,
    ViewCmd => View,
    BrowseCmd => Browse,
}

/// Files: opening, saving, exporting, starting a new report, closing, and the answers
/// to the questions these ask. Handled by `Files` (`commands/files.rs`).
#[derive(Clone, Debug, PartialEq)]
pub enum FileCmd {
    /// Open the report at this path (asking first about unsaved changes).
    Open(PathBuf),
    /// Ask for a report file to open.
    OpenDialog,
    /// Save to the current file (asks for one if the report has none).
    Save,
    /// Save to this path, which becomes the current file.
    SaveAs(PathBuf),
    /// Ask where to save.
    SaveAsDialog,
    /// Export in this format to this path.
    Export {
        /// The format.
        format: Format,
        /// The CSV's separators (for CSV only).
        csv_locale: CsvLocale,
        /// Where to write.
        path: PathBuf,
    },
    /// Ask where to export in this format.
    ExportDialog {
        /// The format.
        format: Format,
        /// The CSV's separators (for CSV only).
        csv_locale: CsvLocale,
    },
    /// Open the folder of the last export in the file manager.
    OpenExportFolder,
    /// Close the app (asking first about unsaved changes).
    Quit,
    /// Start a blank report (asking first about unsaved changes).
    NewBlank,
    /// Start the report for this period from this one (asking first about unsaved
    /// changes).
    NewPeriod(Period),
    /// The answer to "save your changes?".
    Unsaved(Choice),
    /// The answer to "the file changed since it was opened: save over it?".
    Changed(ChangedChoice),
    /// The answer to "restore the unsaved changes of the last session?": restore or not.
    Recover(bool),
    /// Close the error dialog.
    CloseError,
}

/// Changes to the report's figures, notes and tasks, each one undoable, through the
/// session. Handled by `edit::handle` (`commands/edit.rs`).
#[derive(Clone, Debug, PartialEq)]
pub enum EditCmd {
    /// Set a figure of an indicator.
    SetValue {
        /// The indicator.
        id: IndicatorId,
        /// The figure.
        field: Field,
        /// The new value; `None` clears it.
        value: Option<f64>,
    },
    /// Put a figure back to the report's own value.
    ResetValue {
        /// The indicator.
        id: IndicatorId,
        /// The figure.
        field: Field,
    },
    /// Set an indicator's note.
    SetNote {
        /// The indicator.
        id: IndicatorId,
        /// The note.
        note: String,
    },
    /// Set a task's status.
    SetTaskStatus {
        /// The task.
        id: TaskId,
        /// The status.
        status: TaskStatus,
    },
    /// Set a task's note.
    SetTaskNote {
        /// The task.
        id: TaskId,
        /// The note.
        note: String,
    },
    /// Add a task of the report's own, with this title, at the end.
    AddTask {
        /// Its title, in the language of the report's text.
        title: String,
    },
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Ask the window system for the clipboard's text, which comes back as a paste.
    RequestPaste,
    /// Paste a column of cells into `field` of these indicators, one undoable step;
    /// what is not a number, or not a figure of its kind, is refused cell by cell.
    Paste {
        /// The figure.
        field: Field,
        /// The indicators, top to bottom, from the selected cell down.
        ids: Vec<IndicatorId>,
        /// The cells, as pasted.
        cells: Vec<String>,
    },
}

/// The indicator list and the sections: the windows that describe them and the changes
/// they decide. Handled by the structure windows (`structure.rs`), in
/// `commands/structure.rs`.
#[derive(Clone, Debug, PartialEq)]
pub enum StructureCmd {
    /// Ask for the next period to start from this report.
    NewPeriodDialog,
    /// Open the description of a new indicator, in this section, as a part of this total.
    AddIndicator {
        /// The section; the one of `parent` when given.
        section: Option<SectionId>,
        /// The total it is a part of.
        parent: Option<IndicatorId>,
    },
    /// Open the description of this indicator.
    DescribeIndicator(IndicatorId),
    /// Ask before deleting this indicator if it has figures or parts; else delete it.
    AskDeleteIndicator(IndicatorId),
    /// Add this indicator (`is_new`), or put it in place of the one with its id.
    SaveIndicator {
        /// The indicator.
        indicator: Box<Indicator>,
        /// True to add it.
        is_new: bool,
    },
    /// Delete an indicator.
    DeleteIndicator {
        /// The indicator.
        id: IndicatorId,
        /// What becomes of its parts.
        parts: Orphans,
    },
    /// Move an indicator, with its parts, before the previous or after the next of its
    /// siblings.
    MoveIndicator {
        /// The indicator.
        id: IndicatorId,
        /// Up (before the previous) or down.
        up: bool,
    },
    /// Open the description of a new section inside this one.
    AddSection {
        /// The enclosing section.
        parent: Option<SectionId>,
    },
    /// Open the description of this section.
    DescribeSection(SectionId),
    /// Ask before deleting this section if it holds anything; else delete it.
    AskDeleteSection(SectionId),
    /// Add this section (`is_new`), or put it in place of the one with its id.
    SaveSection {
        /// The section.
        section: Section,
        /// True to add it.
        is_new: bool,
    },
    /// Delete a section.
    DeleteSection {
        /// The section.
        id: SectionId,
        /// What becomes of what it holds.
        contents: Orphans,
    },
    /// Set the share of this period in last year's level of an indicator (`None`
    /// clears it).
    SetPriorShare {
        /// The indicator.
        id: IndicatorId,
        /// The share, in percent.
        share_pct: Option<f64>,
    },
    /// Set one quarter's share of last year and scenario growth of an indicator.
    SetQuarterPlan {
        /// The indicator.
        id: IndicatorId,
        /// The quarter.
        quarter: chitieu_core::model::Quarter,
        /// Its share and scenario (both empty removes it).
        plan: chitieu_core::model::QuarterPlan,
    },
}

/// An import of figures from a sheet: read it, map its columns, apply the changes
/// ticked. Handled by the import (`import.rs`).
#[derive(Clone, Debug, PartialEq)]
pub enum ImportCmd {
    /// Read the figures of this sheet (.xlsx, .csv) and show what they would change.
    ImportFigures(PathBuf),
    /// Ask for a sheet of figures to import.
    ImportDialog,
    /// Apply these changes of the import shown (indices into its dry run), as one step.
    ApplyImport(Vec<usize>),
    /// Close the import without changing anything.
    CancelImport,
    /// Show the mapping step for the sheet of the dry run shown.
    MapColumns,
    /// Read the sheet of the import shown with this mapping and show its dry run.
    PreviewMapping(chitieu_core::import::Mapping),
}

/// The fill-in sheet: where to write it, and writing it. Handled by its window
/// (`fill_in.rs`).
#[derive(Clone, Debug, PartialEq)]
pub enum FillInCmd {
    /// Ask where to write a fill-in sheet asking for these indicators.
    FillInDialog(chitieu_core::import::template::TemplateOptions),
    /// Write a fill-in sheet asking for these indicators to this path.
    WriteFillIn {
        /// Which indicators, in which language.
        options: chitieu_core::import::template::TemplateOptions,
        /// Where to write.
        path: PathBuf,
    },
}

/// How things are shown: preferences, panels, secondary windows, the plots' image.
/// Handled by `Panels` (`commands/view.rs`).
#[derive(Clone, Debug, PartialEq)]
pub enum ViewCmd {
    /// Change the language.
    SetLang(Lang),
    /// Change the theme.
    SetTheme(Theme),
    /// Change the number notation.
    SetNotation(Notation),
    /// Move the detail panel.
    SetDetail(DetailPosition),
    /// Show or hide the sections panel.
    ToggleSections,
    /// Show or hide the plots panel.
    TogglePlots,
    /// Show or hide a column of the table (by its key: `unit`, `yoy`, `remaining`…).
    ShowColumn {
        /// The column's key.
        column: String,
        /// Shown or hidden.
        shown: bool,
    },
    /// Show a window.
    Show(Window),
    /// Show what the rest of the year must do for this indicator.
    ShowRestOfYear(IndicatorId),
    /// Save the plots panel as a PNG image at this path.
    SavePlot(PathBuf),
    /// Ask where to save the plots panel as a PNG image.
    SavePlotDialog,
}

/// What the table shows and marks: the section, the tab, the indicator selected, the
/// rows picked, the search box, copying the rows. Handled by
/// `Browser` (`commands/browse.rs`).
#[derive(Clone, Debug, PartialEq)]
pub enum BrowseCmd {
    /// Show one section's indicators, or all of them.
    SelectSection(Option<SectionId>),
    /// Select an indicator, and scroll the table to it when `reveal` (a click in the
    /// table itself does not scroll).
    SelectIndicator {
        /// The indicator.
        id: IndicatorId,
        /// Scroll the table to it.
        reveal: bool,
    },
    /// Pick more rows of the table, as Shift+click and Ctrl+click do in a spreadsheet;
    /// the row becomes the selected one (the detail shows it).
    PickRow {
        /// The row clicked.
        id: IndicatorId,
        /// A run from the row last clicked, or this row added or taken away.
        how: Pick,
    },
    /// Pick every row the table shows.
    PickAllRows,
    /// Put the keyboard in the search box.
    FocusSearch,
    /// Switch between the indicators and the tasks.
    SetTab(Tab),
    /// Copy the rows picked, or else every row the table shows, to the clipboard as
    /// tab-separated text with a header row (and as an HTML table where it can).
    Copy,
}

/// How a click adds to the rows picked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    /// Shift+click: every row from the row last clicked to this one.
    Range,
    /// Ctrl+click (⌘ on macOS): this row added, or taken away if it was picked.
    Toggle,
}

/// The main tabs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    /// The table of indicators.
    #[default]
    Indicators,
    /// The key tasks for the second half.
    Tasks,
}

/// The app's secondary windows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Window {
    /// The keyboard shortcuts.
    Shortcuts,
    /// About chitieu.
    About,
    /// Every check finding.
    Findings,
    /// The fill-in sheet: which indicators it asks for.
    FillIn,
}

/// An answer to the unsaved-changes question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// Save, then go on.
    Save,
    /// Go on without saving.
    Discard,
    /// Do nothing.
    Cancel,
}

/// An answer to "the file was changed by another program or window since it was read".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangedChoice {
    /// Save over the other change.
    Overwrite,
    /// Save under another name, leaving the file as the other program left it.
    SaveAs,
    /// Read the file again, giving up the edits made here.
    Reload,
    /// Do nothing.
    Cancel,
}

/// An action that would lose unsaved changes, waiting for the user's answer.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Guarded {
    Open(PathBuf),
    OpenDialog,
    Quit,
    NewBlank,
    NewPeriod(Period),
}

/// A modal dialog.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Modal {
    /// Save the changes before doing this?
    Unsaved(Guarded),
    /// Something failed.
    Error(String),
    /// Unsaved edits from a session that did not end: restore them?
    Recover(Box<chitieu_core::recovery::Recovery>),
    /// The file changed on disk since it was read or saved: overwrite, save as, reload?
    /// Holds what was to follow the save.
    Changed(Option<Guarded>),
    /// The report's own file may not be saved over (read-only, open in another window):
    /// the reason, and an offer to save as.
    SaveAsInstead(String),
}

/// The controllers, each the owner of its domain's state, lent together.
pub(super) struct Controllers<'a> {
    /// Tab, section, selection, rows picked, the table's view.
    pub(super) browser: &'a mut browse::Browser,
    /// The panels beside the table and the secondary windows.
    pub(super) panels: &'a mut view::Panels,
    /// The forms of the indicator list and the sections.
    pub(super) structure: &'a mut super::structure::StructureWindows,
    /// The import window.
    pub(super) import: &'a mut super::import::Importer,
    /// Opening, saving, exporting.
    pub(super) files: &'a mut files::Files,
}

/// What the app lends a controller while it handles a command: the session, the
/// preferences, the desk (message, question, last export), the work beside the window,
/// the recovery file, and a list for the commands that follow from this one.
pub(super) struct Shared<'a> {
    /// The window's context.
    pub(super) ctx: &'a egui::Context,
    /// The open report.
    pub(super) session: &'a mut Session,
    /// The preferences.
    pub(super) settings: &'a mut Settings,
    /// The message, the question shown, the last export.
    pub(super) desk: &'a mut Desk,
    /// Work beside the window.
    pub(super) work: &'a mut work::Work,
    /// The recovery file.
    pub(super) keeper: &'a mut keeper::Keeper,
    /// Commands that follow from this one, applied right after it.
    pub(super) later: Vec<Command>,
    /// Set when the session was replaced by another report: the views start afresh.
    pub(super) replaced: bool,
}

impl Shared<'_> {
    /// The interface's language.
    pub(super) fn lang(&self) -> Lang {
        self.settings.lang
    }

    /// Shows `message` as an error, in the modal dialog.
    pub(super) fn error(&mut self, message: String) {
        self.desk.modal = Some(Modal::Error(message));
    }

    /// Says `message` in the status bar.
    pub(super) fn say(&mut self, message: String) {
        self.desk.message = Some(message);
    }

    /// Puts `session` in place of the one shown; the views start afresh.
    pub(super) fn replace_session(&mut self, session: Session) {
        self.session.replace(session);
        self.replaced = true;
    }
}

/// What every controller may read and write besides the report: the status bar's
/// message, the modal question, the last export, and a file dialog's scripted answer.
#[derive(Default)]
pub(super) struct Desk {
    /// The last thing that happened, for the status bar.
    pub(super) message: Option<String>,
    /// The modal question or error shown.
    pub(super) modal: Option<Modal>,
    /// The file last exported, whose folder the status bar offers to open.
    pub(super) last_export: Option<PathBuf>,
    /// The path the next file dialog of an import or a fill-in sheet answers without
    /// showing (see [`ChitieuApp::answer_next_dialog`]).
    pub(super) dialog_answer: Option<PathBuf>,
}

impl ChitieuApp {
    /// Applies every queued command, each followed at once by the commands it gives.
    ///
    /// While a file is being opened, saved or exported, they wait their turn: a command
    /// that starts such work holds back those after it.
    pub(super) fn apply_commands(&mut self, ctx: &egui::Context) {
        if self.commands.is_empty() || self.work.is_busy() {
            return;
        }
        let mut queue: VecDeque<Command> = std::mem::take(&mut self.commands).into();
        while let Some(command) = queue.pop_front() {
            let later = self.apply(ctx, command);
            for follow in later.into_iter().rev() {
                queue.push_front(follow);
            }
            if self.work.is_busy() {
                let mut waiting: Vec<Command> = queue.into();
                waiting.append(&mut self.commands);
                self.commands = waiting;
                break;
            }
        }
        // What the commands changed was drawn before them: draw it again.
        ctx.request_repaint();
    }

    /// Gives `command` to the controller of its domain; returns the commands that
    /// follow from it.
    fn apply(&mut self, ctx: &egui::Context, command: Command) -> Vec<Command> {
        self.with_controllers(ctx, |sh, c| match command {
            Command::File(cmd) => c.files.handle(cmd, sh),
            Command::Edit(cmd) => edit::handle(cmd, sh, &mut c.browser.refused),
            Command::Structure(cmd) => c.structure.handle(cmd, sh),
            Command::Import(cmd) => c.import.handle(cmd, sh),
            Command::FillIn(cmd) => c.panels.windows.fill_in.handle(cmd, sh),
            Command::View(cmd) => c.panels.handle(cmd, sh, c.browser.tab),
            Command::Browse(cmd) => c.browser.handle(cmd, sh),
        })
    }

    /// Lends the controllers and what they share to `act`; then, when the session was
    /// replaced, starts the views afresh, lets the selection drop what is gone, and
    /// returns the commands that follow.
    pub(super) fn with_controllers(
        &mut self,
        ctx: &egui::Context,
        act: impl FnOnce(&mut Shared<'_>, &mut Controllers<'_>),
    ) -> Vec<Command> {
        let Self {
            session,
            settings,
            desk,
            browser,
            panels,
            structure,
            import,
            files,
            keeper,
            work,
            ..
        } = self;
        let mut shared = Shared {
            ctx,
            session,
            settings,
            desk,
            work,
            keeper,
            later: Vec::new(),
            replaced: false,
        };
        let mut controllers = Controllers {
            browser,
            panels,
            structure,
            import,
            files,
        };
        act(&mut shared, &mut controllers);
        let Shared {
            session,
            later,
            replaced,
            ..
        } = shared;
        let Controllers {
            browser, panels, ..
        } = controllers;
        if replaced {
            browser.reset();
            panels.reset();
        }
        browser.settle(session);
        later
    }
}

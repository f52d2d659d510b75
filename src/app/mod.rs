//! The desktop app: everything that knows egui lives under this module.
//!
//! Panels draw and emit [`Command`]s; the app applies them after the frame. That keeps
//! every change to the report in one place ([`ChitieuApp::apply`]), which is where
//! undo, the unsaved-changes mark and the recomputation of every figure happen, and it
//! lets tests and keyboard shortcuts do what a click does.

mod busy;
mod detail;
mod dialogs;
pub mod fonts;
mod menu;
mod plots;
mod png;
mod sections;
pub mod settings;
mod status_bar;
mod style;
mod table;
mod tasks;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::{Key, KeyboardShortcut, Modifiers, ViewportCommand};

use crate::derived::Derived;
use crate::edit::{Edit, History};
use crate::export::{self, CsvLocale, Format};
use crate::format::Notation;
use crate::io::{self, LoadError};
use crate::model::{Field, IndicatorId, Lang, Report, SectionId, TaskStatus};

pub use settings::{DetailPosition, Settings, Theme};

use crate::i18n::tr;

/// Something the user asked for. Panels emit commands; the app applies them after
/// drawing. Commands that involve a file carry its path: only the `…Dialog` commands
/// open a native file dialog, so tests never see one.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
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
        id: String,
        /// The status.
        status: TaskStatus,
    },
    /// Set a task's note.
    SetTaskNote {
        /// The task.
        id: String,
        /// The note.
        note: String,
    },
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
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
    /// Save the plots panel as a PNG image at this path.
    SavePlot(PathBuf),
    /// Ask where to save the plots panel as a PNG image.
    SavePlotDialog,
    /// Switch between the indicators and the tasks.
    SetTab(Tab),
    /// Show a window.
    Show(Window),
    /// The answer to "save your changes?".
    Unsaved(Choice),
    /// Close the error dialog.
    CloseError,
    /// The answer to "restore the unsaved changes of the last session?": restore or not.
    Recover(bool),
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

/// An action that would lose unsaved changes, waiting for the user's answer.
#[derive(Clone, Debug, PartialEq)]
enum Guarded {
    Open(PathBuf),
    OpenDialog,
    Quit,
}

/// A modal dialog.
#[derive(Clone, Debug, PartialEq)]
enum Modal {
    /// Save the changes before doing this?
    Unsaved(Guarded),
    /// Something failed.
    Error(String),
    /// Unsaved edits from a session that did not end: restore them?
    Recover(Box<crate::recovery::Recovery>),
}

/// A path's file name, for messages.
fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Seconds after a change before the unsaved edits are written to the recovery file.
pub const RECOVERY_DELAY_SECS: f64 = 2.0;

/// The outcome of saving a plot image: the file, or what went wrong.
type PlotSave = Result<PathBuf, String>;

/// The report being worked on, with its file and its edits.
struct Document {
    /// Shared with work under way (saving, exporting, the recovery file), so that work
    /// needs no copy. Edits wait for saving and exporting to be done; an edit made while
    /// the recovery file is being written copies the report once (`Arc::make_mut`).
    report: Arc<Report>,
    /// The file it was read from or last saved to; `None` for the embedded report.
    path: Option<PathBuf>,
    history: History,
    /// [`History::state_id`] when last saved or opened.
    saved_state: u64,
    /// Restored from the recovery file: unsaved until saved, even before any edit.
    recovered: bool,
}

impl Document {
    fn new(report: Report, path: Option<PathBuf>) -> Self {
        Self {
            report: Arc::new(report),
            path,
            history: History::default(),
            saved_state: 0,
            recovered: false,
        }
    }

    fn is_dirty(&self) -> bool {
        self.recovered || self.history.state_id() != self.saved_state
    }

    fn display_name(&self) -> String {
        match &self.path {
            Some(p) => file_name(p),
            None => io::EMBEDDED_NAME.to_owned(),
        }
    }
}

/// What the panels read: the report, its computed figures and the preferences.
pub(crate) struct View<'a> {
    report: &'a Report,
    derived: &'a Derived,
    history: &'a History,
    lang: Lang,
    notation: Notation,
    selected: Option<&'a IndicatorId>,
    /// Bumped on every change to the report, so panels know when to refresh caches.
    generation: u64,
}

/// The app.
pub struct ChitieuApp {
    doc: Document,
    derived: Derived,
    generation: u64,
    settings: Settings,
    tab: Tab,
    section: Option<SectionId>,
    selected: Option<IndicatorId>,
    table: table::TableView,
    detail: detail::DetailView,
    tasks: tasks::TasksView,
    plots: plots::PlotsView,
    /// Results of plot screenshots saved by the renderer, as they arrive.
    plot_saves: (
        std::sync::mpsc::Sender<PlotSave>,
        std::sync::mpsc::Receiver<PlotSave>,
    ),
    windows: dialogs::Windows,
    modal: Option<Modal>,
    /// The last thing that happened, for the status bar.
    message: Option<String>,
    /// The file last exported, whose folder the status bar offers to open.
    last_export: Option<PathBuf>,
    commands: Vec<Command>,
    /// Set once the user has agreed to close: the next close request goes through.
    closing: bool,
    /// Where unsaved edits are kept against a crash; `None` keeps none.
    recovery_dir: Option<PathBuf>,
    /// The report generation last written to the recovery file.
    recovery_generation: u64,
    /// When (in egui's time) the next recovery write is due.
    recovery_due: Option<f64>,
    /// Whether a recovery file of this session is on disk.
    recovery_on_disk: bool,
    /// The recovery file being written, if it is; true once written.
    recovery_writer: Option<std::thread::JoinHandle<bool>>,
    /// Opening, saving or exporting under way.
    busy: Option<busy::Busy>,
    title: String,
}

impl ChitieuApp {
    /// The app as started: on the report at `path`, or on the embedded report, with
    /// the preferences stored by eframe if any, keeping unsaved edits in the app's data
    /// folder. See [`Self::start`].
    ///
    /// # Errors
    /// Only if the embedded report is broken, which the tests rule out.
    pub fn new(cc: &eframe::CreationContext<'_>, path: Option<PathBuf>) -> Result<Self, LoadError> {
        let settings = cc
            .storage
            .and_then(|s| eframe::get_value::<Settings>(s, eframe::APP_KEY))
            .unwrap_or_default();
        let app = Self::start(&cc.egui_ctx, path, settings)?;
        let dir = std::env::var_os("CHITIEU_DATA_DIR")
            .map(PathBuf::from)
            .or_else(|| eframe::storage_dir("chitieu"));
        Ok(match dir {
            Some(dir) => app.with_recovery_dir(dir),
            None => app,
        })
    }

    /// The app on the report at `path`, or on the embedded report. A file that cannot
    /// be read still opens the window, on the embedded report, saying what is wrong with
    /// the file: a double-clicked file must not fail unseen (a desktop program has no
    /// console to print to).
    ///
    /// # Errors
    /// Only if the embedded report is broken, which the tests rule out.
    pub fn start(
        ctx: &egui::Context,
        path: Option<PathBuf>,
        settings: Settings,
    ) -> Result<Self, LoadError> {
        let Some(path) = path else {
            return Ok(Self::with_settings(ctx, io::embedded()?, None, settings));
        };
        match io::load(&path) {
            Ok(report) => Ok(Self::with_settings(ctx, report, Some(path), settings)),
            Err(e) => {
                let mut app = Self::with_settings(ctx, io::embedded()?, None, settings);
                app.modal = Some(Modal::Error(e.to_string()));
                Ok(app)
            }
        }
    }

    /// The app on `report` with the given preferences.
    pub fn with_settings(
        ctx: &egui::Context,
        report: Report,
        path: Option<PathBuf>,
        mut settings: Settings,
    ) -> Self {
        fonts::install(ctx);
        ctx.set_theme(egui::ThemePreference::from(settings.theme));
        if let Some(p) = &path {
            settings.remember(p.clone());
        }
        let derived = Derived::compute(&report);
        Self {
            doc: Document::new(report, path),
            derived,
            generation: 0,
            settings,
            tab: Tab::Indicators,
            section: None,
            selected: None,
            table: table::TableView::default(),
            detail: detail::DetailView::default(),
            tasks: tasks::TasksView::default(),
            plots: plots::PlotsView::default(),
            plot_saves: std::sync::mpsc::channel(),
            windows: dialogs::Windows::default(),
            modal: None,
            message: None,
            last_export: None,
            commands: Vec::new(),
            closing: false,
            recovery_dir: None,
            recovery_generation: 0,
            recovery_due: None,
            recovery_on_disk: false,
            recovery_writer: None,
            busy: None,
            title: String::new(),
        }
    }

    /// Keeps unsaved edits in `dir` against a crash, and offers back those that a
    /// previous session left there.
    #[must_use]
    pub fn with_recovery_dir(mut self, dir: PathBuf) -> Self {
        match crate::recovery::read(&dir) {
            Some(Ok(recovery)) => {
                // Unsaved edits come first; an error about the file asked for is still
                // said, in the status bar.
                if let Some(Modal::Error(e)) =
                    self.modal.replace(Modal::Recover(Box::new(recovery)))
                {
                    self.message = Some(e);
                }
            }
            Some(Err(e)) => {
                crate::recovery::set_aside(&dir);
                self.modal = Some(Modal::Error(format!(
                    "{} ({}): {e}",
                    tr(
                        self.settings.lang,
                        "Không đọc được tệp khôi phục của phiên trước; đã giữ lại thành recovery.ron.broken",
                        "The recovery file of the last session cannot be read; it was kept as recovery.ron.broken"
                    ),
                    dir.display()
                )));
            }
            None => {}
        }
        self.recovery_dir = Some(dir);
        self
    }

    /// Queues a command, as a click would.
    pub fn command(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// The report on screen.
    pub fn report(&self) -> &Report {
        &self.doc.report
    }

    /// The file the report was read from or saved to.
    pub fn path(&self) -> Option<&Path> {
        self.doc.path.as_deref()
    }

    /// True when there are unsaved changes.
    pub fn is_dirty(&self) -> bool {
        self.doc.is_dirty()
    }

    /// The preferences.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The selected indicator.
    pub fn selected(&self) -> Option<&IndicatorId> {
        self.selected.as_ref()
    }

    /// The window title, as last sent.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// True while a file is being opened, saved or exported.
    pub fn is_busy(&self) -> bool {
        self.busy.is_some()
    }

    /// True once the user has confirmed closing.
    pub fn is_closing(&self) -> bool {
        self.closing
    }

    fn report_changed(&mut self) {
        self.derived = Derived::compute(&self.doc.report);
        self.generation += 1;
    }

    fn edit(&mut self, edit: Edit) {
        let changed = edit.clone();
        if self
            .doc
            .history
            .apply(Arc::make_mut(&mut self.doc.report), edit)
        {
            self.edited(&changed);
        }
    }

    /// Brings the computed state up to date after `edit` (made, undone or redone):
    /// only what a figure of one indicator can change is recomputed.
    fn edited(&mut self, edit: &Edit) {
        if let Edit::Value { id, .. } = edit
            && let Some(&i) = self.derived.index.get(id)
        {
            self.derived.update_indicator(&self.doc.report, i);
        }
        // Notes and tasks change no figure; the views still refresh.
        self.generation += 1;
    }

    /// Applies every queued command.
    ///
    /// While a file is being opened, saved or exported, they wait their turn: a command
    /// that starts such work holds back those after it.
    fn apply_commands(&mut self, ctx: &egui::Context) {
        if self.commands.is_empty() || self.busy.is_some() {
            return;
        }
        let mut queue = std::mem::take(&mut self.commands).into_iter();
        while let Some(command) = queue.next() {
            self.apply(ctx, command);
            if self.busy.is_some() {
                let mut waiting: Vec<Command> = queue.collect();
                waiting.append(&mut self.commands);
                self.commands = waiting;
                break;
            }
        }
        // What the commands changed was drawn before them: draw it again.
        ctx.request_repaint();
    }

    fn apply(&mut self, ctx: &egui::Context, command: Command) {
        let lang = self.settings.lang;
        match command {
            Command::Open(path) => self.guard(ctx, Guarded::Open(path)),
            Command::OpenDialog => self.guard(ctx, Guarded::OpenDialog),
            Command::Quit => self.guard(ctx, Guarded::Quit),
            Command::Save => self.save(ctx, None),
            Command::SaveAs(path) => self.save_as(ctx, path, None),
            Command::SaveAsDialog => {
                if let Some(path) = dialogs::pick_save(&self.doc, lang, Format::Ron) {
                    self.save_as(ctx, path, None);
                }
            }
            Command::Export {
                format,
                csv_locale,
                path,
            } => {
                let options = export::Options {
                    lang,
                    csv_locale,
                    ..export::Options::default()
                };
                let report = Arc::clone(&self.doc.report);
                let label = format!(
                    "{} {}",
                    tr(lang, "Đang xuất ra", "Exporting to"),
                    file_name(&path)
                );
                self.busy = Some(busy::Busy::start(ctx, label, move || {
                    let result = export::write(&report, format, &options, &path);
                    busy::Outcome::Exported { path, result }
                }));
            }
            Command::ExportDialog { format, csv_locale } => {
                if let Some(path) = dialogs::pick_save(&self.doc, lang, format) {
                    self.commands.push(Command::Export {
                        format,
                        csv_locale,
                        path,
                    });
                    self.apply_commands(ctx);
                }
            }
            Command::OpenExportFolder => {
                let folder = self
                    .last_export
                    .as_ref()
                    .and_then(|p| p.parent())
                    .map(Path::to_path_buf);
                if let Some(folder) = folder
                    && let Err(e) = open::that_detached(&folder)
                {
                    self.modal = Some(Modal::Error(format!(
                        "{}: {e}: {}",
                        tr(lang, "Không mở được thư mục", "Cannot open the folder"),
                        folder.display()
                    )));
                }
            }
            Command::SetValue { id, field, value } => {
                let before = self.doc.report.indicator(&id).and_then(|i| i.value(field));
                self.edit(Edit::Value {
                    id,
                    field,
                    before,
                    after: value,
                });
            }
            Command::ResetValue { id, field } => {
                let Some(ind) = self.doc.report.indicator(&id) else {
                    return;
                };
                if ind.is_revised(field) {
                    let (before, after) = (ind.value(field), ind.report_value(field));
                    self.edit(Edit::Value {
                        id,
                        field,
                        before,
                        after,
                    });
                }
            }
            Command::SetNote { id, note } => {
                let Some(before) = self.doc.report.indicator(&id).map(|i| i.note.clone()) else {
                    return;
                };
                self.edit(Edit::Note {
                    id,
                    before,
                    after: note,
                });
            }
            Command::SetTaskStatus { id, status } => {
                let Some(before) = self
                    .doc
                    .report
                    .tasks
                    .iter()
                    .find(|t| t.id == id)
                    .map(|t| t.status)
                else {
                    return;
                };
                self.edit(Edit::TaskStatus {
                    id,
                    before,
                    after: status,
                });
            }
            Command::SetTaskNote { id, note } => {
                let Some(before) = self
                    .doc
                    .report
                    .tasks
                    .iter()
                    .find(|t| t.id == id)
                    .map(|t| t.note.clone())
                else {
                    return;
                };
                self.edit(Edit::TaskNote {
                    id,
                    before,
                    after: note,
                });
            }
            Command::Undo => {
                if let Some(edit) = self
                    .doc
                    .history
                    .undo(Arc::make_mut(&mut self.doc.report))
                    .cloned()
                {
                    self.edited(&edit);
                }
            }
            Command::Redo => {
                if let Some(edit) = self
                    .doc
                    .history
                    .redo(Arc::make_mut(&mut self.doc.report))
                    .cloned()
                {
                    self.edited(&edit);
                }
            }
            Command::SelectSection(section) => {
                self.section = section;
                self.tab = Tab::Indicators;
            }
            Command::SelectIndicator { id, reveal } => {
                if self.doc.report.indicator(&id).is_some() {
                    self.tab = Tab::Indicators;
                    // Make sure the row is visible: leave a section that does not hold it.
                    if let Some(section) = &self.section {
                        let holds = self.doc.report.indicator(&id).is_some_and(|i| {
                            self.derived
                                .section_and_descendants(&self.doc.report, section)
                                .contains(&i.section)
                        });
                        if !holds {
                            self.section = None;
                        }
                    }
                    if reveal {
                        self.table.reveal(&id);
                    }
                    self.selected = Some(id);
                }
            }
            Command::SetLang(lang) => self.settings.lang = lang,
            Command::SetTheme(theme) => {
                self.settings.theme = theme;
                ctx.set_theme(egui::ThemePreference::from(theme));
            }
            Command::SetNotation(notation) => self.settings.notation = notation,
            Command::SetDetail(position) => self.settings.detail = position,
            Command::ToggleSections => self.settings.show_sections = !self.settings.show_sections,
            Command::TogglePlots => self.settings.show_plots = !self.settings.show_plots,
            Command::SavePlotDialog => {
                if let Some(path) = dialogs::pick_png(&self.doc, lang) {
                    self.commands.push(Command::SavePlot(path));
                    self.apply_commands(ctx);
                }
            }
            Command::SavePlot(path) => self.save_plot(ctx, path),
            Command::SetTab(tab) => self.tab = tab,
            Command::Show(window) => self.windows.show(window),
            Command::Unsaved(choice) => self.answer_unsaved(ctx, choice),
            Command::Recover(restore) => {
                let Some(Modal::Recover(recovery)) = self.modal.take() else {
                    return;
                };
                if restore {
                    let recovery = *recovery;
                    self.doc = Document::new(Arc::unwrap_or_clone(recovery.report), recovery.path);
                    self.doc.recovered = true;
                    // The file on disk now holds this session's unsaved edits.
                    self.recovery_on_disk = true;
                    self.selected = None;
                    self.section = None;
                    self.report_changed();
                    self.message = Some(format!(
                        "{} {}",
                        tr(
                            lang,
                            "Đã khôi phục các thay đổi chưa lưu từ",
                            "Restored the unsaved changes of"
                        ),
                        recovery.written_at
                    ));
                } else {
                    self.clear_recovery();
                }
            }
            Command::CloseError => {
                if matches!(self.modal, Some(Modal::Error(_))) {
                    self.modal = None;
                }
            }
        }
    }

    /// Runs `action` now, or first asks what to do with unsaved changes.
    fn guard(&mut self, ctx: &egui::Context, action: Guarded) {
        if self.doc.is_dirty() {
            self.modal = Some(Modal::Unsaved(action));
        } else {
            self.run(ctx, action);
        }
    }

    fn answer_unsaved(&mut self, ctx: &egui::Context, choice: Choice) {
        let Some(Modal::Unsaved(action)) = self.modal.take() else {
            return;
        };
        match choice {
            Choice::Cancel => {}
            Choice::Discard => self.run(ctx, action),
            Choice::Save => self.save(ctx, Some(action)),
        }
    }

    fn run(&mut self, ctx: &egui::Context, action: Guarded) {
        match action {
            Guarded::Open(path) => self.open(ctx, path),
            Guarded::OpenDialog => {
                if let Some(path) = dialogs::pick_open(self.settings.lang) {
                    self.open(ctx, path);
                }
            }
            Guarded::Quit => {
                // Saved, or discarded on purpose: nothing to offer back next time.
                self.clear_recovery();
                self.closing = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
        }
    }

    /// Reads the report at `path` on a thread of its own; see [`Self::finish`].
    fn open(&mut self, ctx: &egui::Context, path: PathBuf) {
        let label = format!(
            "{} {}",
            tr(self.settings.lang, "Đang mở", "Opening"),
            file_name(&path)
        );
        self.busy = Some(busy::Busy::start(ctx, label, move || {
            let result = io::load(&path).map(Box::new);
            busy::Outcome::Opened { path, result }
        }));
    }

    /// Saves to the current file, or asks for one, then does `then`.
    fn save(&mut self, ctx: &egui::Context, then: Option<Guarded>) {
        let path = match self.doc.path.clone() {
            Some(p) => p,
            None => match dialogs::pick_save(&self.doc, self.settings.lang, Format::Ron) {
                Some(p) => p,
                None => return,
            },
        };
        self.save_as(ctx, path, then);
    }

    /// Saves to `path`, which becomes the current file, on a thread of its own; once
    /// saved, does `then`. See [`Self::finish`].
    fn save_as(&mut self, ctx: &egui::Context, path: PathBuf, then: Option<Guarded>) {
        let report = Arc::clone(&self.doc.report);
        let state = self.doc.history.state_id();
        let label = format!(
            "{} {}",
            tr(self.settings.lang, "Đang lưu", "Saving"),
            file_name(&path)
        );
        self.busy = Some(busy::Busy::start(ctx, label, move || {
            let result = io::save(&report, &path);
            busy::Outcome::Saved {
                path,
                state,
                then,
                result,
            }
        }));
    }

    /// Takes the outcome of opening, saving or exporting. A failure is shown and
    /// changes nothing: the report on screen and its edits stay as they were.
    fn finish(&mut self, ctx: &egui::Context, outcome: busy::Outcome) {
        let lang = self.settings.lang;
        match outcome {
            busy::Outcome::Opened {
                path,
                result: Ok(report),
            } => {
                self.doc = Document::new(*report, Some(path.clone()));
                self.settings.remember(path);
                self.selected = None;
                self.section = None;
                self.table = table::TableView::default();
                self.detail = detail::DetailView::default();
                self.report_changed();
                self.message = Some(format!(
                    "{} {}",
                    tr(lang, "Đã mở", "Opened"),
                    self.doc.display_name()
                ));
            }
            busy::Outcome::Saved {
                path,
                state,
                then,
                result: Ok(()),
            } => {
                self.doc.path = Some(path.clone());
                self.doc.saved_state = state;
                self.doc.recovered = false;
                self.settings.remember(path.clone());
                self.message = Some(format!(
                    "{} {}",
                    tr(lang, "Đã lưu", "Saved"),
                    path.display()
                ));
                if let Some(then) = then {
                    self.run(ctx, then);
                }
            }
            busy::Outcome::Exported {
                path,
                result: Ok(()),
            } => {
                self.message = Some(format!(
                    "{} {}",
                    tr(lang, "Đã xuất ra", "Exported to"),
                    path.display()
                ));
                self.last_export = Some(path);
            }
            busy::Outcome::Opened { result: Err(e), .. } => {
                self.modal = Some(Modal::Error(e.to_string()));
            }
            busy::Outcome::Saved { result: Err(e), .. } => {
                self.modal = Some(Modal::Error(e.to_string()));
            }
            busy::Outcome::Exported { result: Err(e), .. } => {
                self.modal = Some(Modal::Error(e.to_string()));
            }
            busy::Outcome::Lost => {
                self.modal = Some(Modal::Error(
                    tr(
                        lang,
                        "Công việc dừng giữa chừng; không có gì bị thay đổi",
                        "The work stopped before it was done; nothing was changed",
                    )
                    .to_owned(),
                ));
            }
        }
        ctx.request_repaint();
    }

    /// Asks the renderer for a screenshot and saves the plots panel's part of it as a
    /// PNG, atomically. The result arrives on `plot_saves` a frame or two later.
    fn save_plot(&mut self, ctx: &egui::Context, path: PathBuf) {
        let Some(rect) = self
            .plots
            .last_rect
            .filter(|_| self.settings.show_plots && self.tab == Tab::Indicators)
        else {
            self.modal = Some(Modal::Error(
                tr(
                    self.settings.lang,
                    "Hãy mở bảng biểu đồ trước khi lưu ảnh.",
                    "Show the plots before saving them as an image.",
                )
                .to_owned(),
            ));
            return;
        };
        let sender = self.plot_saves.0.clone();
        let repaint = ctx.clone();
        let pixels_per_point = ctx.pixels_per_point();
        ctx.request_screenshot(move |image| {
            let result = crate::app::png::save_region(&image, rect, pixels_per_point, &path)
                .map(|()| path.clone())
                .map_err(|e| e.to_string());
            let _ = sender.send(result);
            repaint.request_repaint();
        });
    }

    /// Writes the unsaved edits to the recovery file a few seconds after the last
    /// change, and removes the file once nothing is unsaved.
    fn keep_recovery(&mut self, ctx: &egui::Context) {
        let Some(dir) = self.recovery_dir.clone() else {
            return;
        };
        if matches!(self.modal, Some(Modal::Recover(_))) {
            // The last session's edits are still on offer: do not overwrite them.
            return;
        }
        if let Some(writer) = self.recovery_writer.take_if(|w| w.is_finished()) {
            self.recovery_on_disk |= writer.join().unwrap_or(false);
        }
        if !self.doc.is_dirty() {
            if self.recovery_on_disk || self.recovery_writer.is_some() {
                self.clear_recovery();
            }
            self.recovery_due = None;
            self.recovery_generation = self.generation;
            return;
        }
        if self.recovery_generation == self.generation && self.recovery_on_disk {
            return;
        }
        let now = ctx.input(|i| i.time);
        let due = *self.recovery_due.get_or_insert(now + RECOVERY_DELAY_SECS);
        if now < due {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(due - now));
            return;
        }
        if self.recovery_writer.is_some() {
            // The last one is still being written (a large report): the next one after it.
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
            return;
        }
        // Written on a thread of its own: a large report takes a while to write, and
        // the window must not stop for it.
        let recovery = crate::recovery::Recovery {
            written_at: export::utc_timestamp(std::time::SystemTime::now()),
            path: self.doc.path.clone(),
            report: Arc::clone(&self.doc.report),
        };
        let repaint = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("chitieu-recovery".to_owned())
            .spawn(move || {
                let written = match crate::recovery::write(&dir, &recovery) {
                    Ok(()) => true,
                    // Not worth a dialog: the edits are still on screen. Tried again
                    // after the next change.
                    Err(e) => {
                        log::warn!("cannot write the recovery file: {e}");
                        false
                    }
                };
                repaint.request_repaint();
                written
            });
        match spawned {
            Ok(writer) => self.recovery_writer = Some(writer),
            Err(e) => log::warn!("cannot start writing the recovery file: {e}"),
        }
        self.recovery_generation = self.generation;
        self.recovery_due = None;
    }

    /// Removes the recovery file, after any write of it under way (so that write
    /// cannot bring it back).
    fn clear_recovery(&mut self) {
        if let Some(writer) = self.recovery_writer.take() {
            let _ = writer.join();
        }
        if let Some(dir) = &self.recovery_dir {
            crate::recovery::clear(dir);
        }
        self.recovery_on_disk = false;
    }

    fn receive_plot_saves(&mut self) {
        while let Ok(result) = self.plot_saves.1.try_recv() {
            match result {
                Ok(path) => {
                    self.message = Some(format!(
                        "{} {}",
                        tr(self.settings.lang, "Đã lưu ảnh", "Saved the image"),
                        path.display()
                    ));
                }
                Err(e) => self.modal = Some(Modal::Error(e)),
            }
        }
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        let typing = ctx.text_edit_focused();
        let fire = |shortcut: KeyboardShortcut, command: Command, commands: &mut Vec<Command>| {
            if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                commands.push(command);
            }
        };
        let cmd = Modifiers::COMMAND;
        let cmd_shift = Modifiers::COMMAND | Modifiers::SHIFT;
        // Longer combinations first, so Ctrl+Shift+S is not taken for Ctrl+S.
        fire(
            KeyboardShortcut::new(cmd_shift, Key::S),
            Command::SaveAsDialog,
            &mut self.commands,
        );
        fire(
            KeyboardShortcut::new(cmd, Key::S),
            Command::Save,
            &mut self.commands,
        );
        fire(
            KeyboardShortcut::new(cmd, Key::O),
            Command::OpenDialog,
            &mut self.commands,
        );
        fire(
            KeyboardShortcut::new(cmd, Key::Q),
            Command::Quit,
            &mut self.commands,
        );
        fire(
            KeyboardShortcut::new(Modifiers::NONE, Key::F1),
            Command::Show(Window::Shortcuts),
            &mut self.commands,
        );
        // In a text field, Ctrl+Z undoes typing: the report's undo waits until it is left.
        if !typing {
            fire(
                KeyboardShortcut::new(cmd_shift, Key::Z),
                Command::Redo,
                &mut self.commands,
            );
            fire(
                KeyboardShortcut::new(cmd, Key::Z),
                Command::Undo,
                &mut self.commands,
            );
            fire(
                KeyboardShortcut::new(cmd, Key::Y),
                Command::Redo,
                &mut self.commands,
            );
        }
        if ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(cmd, Key::F))) {
            self.tab = Tab::Indicators;
            self.table.focus_search();
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = format!(
            "{}{} — chitieu",
            if self.doc.is_dirty() { "• " } else { "" },
            self.doc.display_name()
        );
        if title != self.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    fn handle_close_and_drops(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.closing {
            if self.busy.is_some() {
                // A file is being written: close once it is done (asking then, if need be).
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                if !self.commands.contains(&Command::Quit) {
                    self.commands.push(Command::Quit);
                }
            } else if self.doc.is_dirty() {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.modal = Some(Modal::Unsaved(Guarded::Quit));
            }
        }
        let dropped: Option<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .find(|p| !p.as_os_str().is_empty())
        });
        if let Some(path) = dropped {
            self.commands.push(Command::Open(path));
        }
    }
}

impl eframe::App for ChitieuApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if let Some(outcome) = self.busy.as_ref().and_then(busy::Busy::poll) {
            self.busy = None;
            self.finish(&ctx, outcome);
        }
        self.handle_close_and_drops(&ctx);
        self.receive_plot_saves();
        if self.modal.is_none() && self.busy.is_none() {
            self.shortcuts(&ctx);
        }

        let mut commands = std::mem::take(&mut self.commands);
        {
            let view = View {
                report: &self.doc.report,
                derived: &self.derived,
                history: &self.doc.history,
                lang: self.settings.lang,
                notation: self.settings.notation,
                selected: self.selected.as_ref(),
                generation: self.generation,
            };
            egui::Panel::top("menu").show(ui, |ui| {
                menu::menu_bar_ui(ui, &view, &self.settings, &self.doc, &mut commands);
            });
            egui::Panel::bottom("status").show(ui, |ui| {
                status_bar::status_bar_ui(
                    ui,
                    &view,
                    &self.doc,
                    self.message.as_deref(),
                    self.last_export.is_some(),
                    &mut commands,
                );
            });
            if self.settings.show_sections && self.tab == Tab::Indicators {
                egui::Panel::left("sections")
                    .resizable(true)
                    .default_size(220.0)
                    .min_size(140.0)
                    .max_size(480.0)
                    .show(ui, |ui| {
                        sections::sections_ui(ui, &view, self.section.as_ref(), &mut commands);
                    });
            }
            if self.tab == Tab::Indicators && self.settings.show_plots {
                egui::Panel::right("plots")
                    .resizable(true)
                    .default_size(440.0)
                    .min_size(260.0)
                    .show(ui, |ui| {
                        self.plots
                            .ui(ui, &view, self.section.as_ref(), &mut commands);
                    });
            }
            if self.tab == Tab::Indicators {
                let detail_panel = match self.settings.detail {
                    DetailPosition::Right => Some(
                        egui::Panel::right("detail")
                            .resizable(true)
                            .default_size(380.0),
                    ),
                    DetailPosition::Bottom => Some(
                        egui::Panel::bottom("detail")
                            .resizable(true)
                            .default_size(230.0),
                    ),
                    DetailPosition::Hidden => None,
                };
                if let Some(panel) = detail_panel {
                    let wide = self.settings.detail == DetailPosition::Bottom;
                    panel.show(ui, |ui| {
                        // Keep the panel's height when the content is short (nothing selected).
                        if wide {
                            ui.set_min_height(ui.available_height());
                        }
                        self.detail.ui(ui, &view, wide, &mut commands);
                    });
                }
            }
            egui::CentralPanel::default().show(ui, |ui| {
                ui.horizontal(|ui| {
                    let lang = view.lang;
                    if ui
                        .selectable_label(
                            self.tab == Tab::Indicators,
                            tr(lang, "Chỉ tiêu", "Indicators"),
                        )
                        .clicked()
                    {
                        commands.push(Command::SetTab(Tab::Indicators));
                    }
                    if ui
                        .selectable_label(
                            self.tab == Tab::Tasks,
                            tr(lang, "Nhiệm vụ 6 tháng cuối năm", "Second-half tasks"),
                        )
                        .clicked()
                    {
                        commands.push(Command::SetTab(Tab::Tasks));
                    }
                });
                ui.separator();
                match self.tab {
                    Tab::Indicators => {
                        self.table
                            .ui(ui, &view, self.section.as_ref(), &mut commands)
                    }
                    Tab::Tasks => self.tasks.ui(ui, &view, &mut commands),
                }
            });
            self.windows.ui(&ctx, &view, &mut commands);
            if let Some(busy) = &self.busy {
                busy.ui(&ctx, view.lang);
            } else if let Some(modal) = &self.modal {
                dialogs::modal_ui(&ctx, modal, view.lang, &mut commands);
            }
        }
        commands.append(&mut self.commands);
        self.commands = commands;
        self.apply_commands(&ctx);
        self.keep_recovery(&ctx);
        self.update_title(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}

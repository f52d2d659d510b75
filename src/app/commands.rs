//! What the user asks for, and how the app does it. Panels, the menu and the keyboard
//! emit [`Command`]s while drawing; the app applies them after the frame, here. Every
//! change to the report goes through the [`Session`](chitieu_core::session::Session), so undo,
//! the unsaved mark and the computed figures follow by themselves.

use std::path::{Path, PathBuf};

use egui::ViewportCommand;

use super::work::Outcome;
use super::{ChitieuApp, DetailPosition, Theme, dialogs, table};
use chitieu_core::export::{self, CsvLocale, Format};
use chitieu_core::format::Notation;
use chitieu_core::i18n::tr;
use chitieu_core::io;
use chitieu_core::model::text;
use chitieu_core::model::{
    Field, Indicator, IndicatorId, Lang, Period, Section, SectionId, TaskId, TaskStatus,
};
use chitieu_core::session::{Orphans, Session, file_name};

/// Something the user asked for. Commands that involve a file carry its path: only the
/// `…Dialog` commands open a native file dialog, so tests never see one.
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
    /// Ask where to write a fill-in sheet asking for these indicators.
    FillInDialog(chitieu_core::import::template::TemplateOptions),
    /// Write a fill-in sheet asking for these indicators to this path.
    WriteFillIn {
        /// Which indicators, in which language.
        options: chitieu_core::import::template::TemplateOptions,
        /// Where to write.
        path: PathBuf,
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
    /// Copy the rows picked, or else every row the table shows, to the clipboard as
    /// tab-separated text with a header row (and as an HTML table where it can).
    Copy,
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
    /// The answer to "the file changed since it was opened: save over it?".
    Changed(ChangedChoice),
    /// Show what the rest of the year must do for this indicator.
    ShowRestOfYear(IndicatorId),
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
    /// Start a blank report (asking first about unsaved changes).
    NewBlank,
    /// Ask for the next period to start from this report.
    NewPeriodDialog,
    /// Start the report for this period from this one (asking first about unsaved
    /// changes).
    NewPeriod(Period),
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

impl ChitieuApp {
    /// Applies every queued command.
    ///
    /// While a file is being opened, saved or exported, they wait their turn: a command
    /// that starts such work holds back those after it.
    pub(super) fn apply_commands(&mut self, ctx: &egui::Context) {
        if self.commands.is_empty() || self.work.is_busy() {
            return;
        }
        let mut queue = std::mem::take(&mut self.commands).into_iter();
        while let Some(command) = queue.next() {
            self.apply(ctx, command);
            if self.work.is_busy() {
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
        match command {
            Command::Open(_)
            | Command::OpenDialog
            | Command::Save
            | Command::SaveAs(_)
            | Command::SaveAsDialog
            | Command::Export { .. }
            | Command::ExportDialog { .. }
            | Command::OpenExportFolder
            | Command::SavePlot(_)
            | Command::SavePlotDialog
            | Command::Quit => self.apply_file(ctx, command),
            Command::SetValue { .. }
            | Command::ResetValue { .. }
            | Command::SetNote { .. }
            | Command::SetTaskStatus { .. }
            | Command::SetTaskNote { .. }
            | Command::AddTask { .. }
            | Command::Undo
            | Command::Redo => self.apply_edit(command),
            Command::NewBlank => self.guard(ctx, Guarded::NewBlank),
            Command::NewPeriod(period) => self.guard(ctx, Guarded::NewPeriod(period)),
            Command::AddIndicator { .. }
            | Command::DescribeIndicator(_)
            | Command::AskDeleteIndicator(_)
            | Command::SaveIndicator { .. }
            | Command::DeleteIndicator { .. }
            | Command::MoveIndicator { .. }
            | Command::AddSection { .. }
            | Command::DescribeSection(_)
            | Command::AskDeleteSection(_)
            | Command::SaveSection { .. }
            | Command::DeleteSection { .. }
            | Command::NewPeriodDialog
            | Command::SetPriorShare { .. }
            | Command::SetQuarterPlan { .. } => self.apply_structure(command),
            Command::ImportFigures(_)
            | Command::ImportDialog
            | Command::ApplyImport(_)
            | Command::CancelImport
            | Command::MapColumns
            | Command::PreviewMapping(_) => self.apply_import(ctx, command),
            Command::FillInDialog(_) | Command::WriteFillIn { .. } => {
                self.apply_fill_in(ctx, command);
            }
            Command::Unsaved(choice) => self.answer_unsaved(ctx, choice),
            Command::Recover(restore) => self.answer_recover(restore),
            Command::Changed(choice) => self.answer_changed(ctx, choice),
            Command::Copy => self.copy(ctx),
            Command::PickRow { id, how } => self.pick_row(id, how),
            Command::PickAllRows => self.pick_all_rows(),
            Command::RequestPaste => ctx.send_viewport_cmd(ViewportCommand::RequestPaste),
            Command::Paste { field, ids, cells } => self.paste(field, &ids, &cells),
            Command::CloseError => {
                if matches!(self.modal, Some(Modal::Error(_) | Modal::SaveAsInstead(_))) {
                    self.modal = None;
                }
            }
            _ => self.apply_view(ctx, command),
        }
    }

    /// Files: opening, saving, exporting, closing.
    fn apply_file(&mut self, ctx: &egui::Context, command: Command) {
        let lang = self.settings.lang;
        match command {
            Command::Open(path) => self.guard(ctx, Guarded::Open(path)),
            Command::OpenDialog => self.guard(ctx, Guarded::OpenDialog),
            Command::Quit => self.guard(ctx, Guarded::Quit),
            Command::Save => self.save(ctx, None),
            Command::SaveAs(path) => self.save_as(ctx, path, None),
            Command::SaveAsDialog => {
                if let Some(path) = dialogs::pick_save(&self.session, lang, Format::Ron) {
                    self.save_as(ctx, path, None);
                }
            }
            Command::Export {
                format,
                csv_locale,
                path,
            } => self.export(ctx, format, csv_locale, path),
            Command::ExportDialog { format, csv_locale } => {
                if let Some(path) = dialogs::pick_save(&self.session, lang, format) {
                    self.export(ctx, format, csv_locale, path);
                }
            }
            Command::OpenExportFolder => self.open_export_folder(),
            Command::SavePlotDialog => {
                if let Some(path) = dialogs::pick_png(&self.session, lang) {
                    self.save_plot(ctx, path);
                }
            }
            Command::SavePlot(path) => self.save_plot(ctx, path),
            _ => {}
        }
    }

    /// Changes to the report, each one undoable.
    fn apply_edit(&mut self, command: Command) {
        let s = &mut self.session;
        match command {
            Command::SetValue { id, field, value } => s.set_value(id, field, value),
            Command::ResetValue { id, field } => s.reset_value(id, field),
            Command::SetNote { id, note } => {
                let removed = text::clean(&note, text::Shape::Lines).removed;
                if !removed.is_empty() {
                    self.message = Some(cleaned_words(self.settings.lang, &removed));
                }
                self.session.set_note(id, note)
            }
            Command::SetTaskStatus { id, status } => s.set_task_status(id, status),
            Command::SetTaskNote { id, note } => {
                let removed = text::clean(&note, text::Shape::Lines).removed;
                if !removed.is_empty() {
                    self.message = Some(cleaned_words(self.settings.lang, &removed));
                }
                self.session.set_task_note(id, note)
            }
            Command::AddTask { title } => {
                let removed = text::clean(&title, text::Shape::Line).removed;
                if !removed.is_empty() {
                    self.message = Some(cleaned_words(self.settings.lang, &removed));
                }
                self.session.add_task(&title).is_some()
            }
            Command::Undo => s.undo(),
            Command::Redo => s.redo(),
            _ => false,
        };
    }

    /// The indicator list and the sections: the windows that describe them, and the
    /// changes they decide, each one undoable step through the session.
    fn apply_structure(&mut self, command: Command) {
        let s = &self.session;
        let w = &mut self.structure;
        let result = match command {
            Command::NewPeriodDialog => {
                w.new_period(s);
                Ok(())
            }
            Command::AddIndicator { section, parent } => {
                w.edit_indicator(s, None, section.as_ref(), parent.as_ref());
                Ok(())
            }
            Command::DescribeIndicator(id) => {
                w.edit_indicator(s, Some(&id), None, None);
                Ok(())
            }
            Command::AddSection { parent } => {
                w.edit_section(s, None, parent.as_ref());
                Ok(())
            }
            Command::DescribeSection(id) => {
                w.edit_section(s, Some(&id), None);
                Ok(())
            }
            Command::AskDeleteIndicator(id) => {
                w.ask_delete(
                    s,
                    super::structure::DeleteQuestion::Indicator(id),
                    &mut self.commands,
                );
                Ok(())
            }
            Command::AskDeleteSection(id) => {
                w.ask_delete(
                    s,
                    super::structure::DeleteQuestion::Section(id),
                    &mut self.commands,
                );
                Ok(())
            }
            Command::SaveIndicator { indicator, is_new } => {
                let mut indicator = *indicator;
                indicator.name = super::structure::both(&indicator.name);
                let id = indicator.id.clone();
                let result = if is_new {
                    self.session.add_indicator(indicator)
                } else {
                    self.session.update_indicator(indicator)
                };
                if result.is_ok() {
                    self.rows_picked.only(&id);
                    self.selected = Some(id.clone());
                    self.table.reveal(&id);
                }
                result.map(|fixes| self.say_cleaned(&fixes))
            }
            Command::DeleteIndicator { id, parts } => {
                let result = self.session.delete_indicator(&id, parts);
                if result.is_ok() && self.selected.as_ref() == Some(&id) {
                    self.selected = None;
                }
                result
            }
            Command::MoveIndicator { id, up } => self.session.move_indicator(&id, up).map(|_| ()),
            Command::SetPriorShare { id, share_pct } => match self.session.indicator(&id) {
                Some(ind) => {
                    let mut ind = ind.clone();
                    ind.prior_share_pct = share_pct;
                    self.session.update_indicator(ind).map(|_| ())
                }
                None => Ok(()),
            },
            Command::SetQuarterPlan { id, quarter, plan } => match self.session.indicator(&id) {
                Some(ind) => {
                    let mut ind = ind.clone();
                    if plan == chitieu_core::model::QuarterPlan::default() {
                        ind.quarters.remove(&quarter);
                    } else {
                        ind.quarters.insert(quarter, plan);
                    }
                    self.session.update_indicator(ind).map(|_| ())
                }
                None => Ok(()),
            },
            Command::SaveSection {
                mut section,
                is_new,
            } => {
                section.title = super::structure::both(&section.title);
                let result = if is_new {
                    self.session.add_section(section)
                } else {
                    self.session.update_section(section)
                };
                result.map(|fixes| self.say_cleaned(&fixes))
            }
            Command::DeleteSection { id, contents } => {
                let result = self.session.delete_section(&id, contents);
                if result.is_ok() && self.section.as_ref() == Some(&id) {
                    self.section = None;
                }
                result
            }
            _ => Ok(()),
        };
        if let Err(e) = result {
            self.error(e.message(self.settings.lang));
        }
    }

    /// What is shown and how: selection, panels, preferences.
    fn apply_view(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::SelectSection(section) => {
                self.section = section;
                self.tab = Tab::Indicators;
            }
            Command::SelectIndicator { id, reveal } => self.select(id, reveal),
            Command::FocusSearch => {
                self.tab = Tab::Indicators;
                self.table.focus_search();
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
            Command::ShowColumn { column, shown } => {
                self.settings.hidden_columns.retain(|c| *c != column);
                self.settings.shown_columns.retain(|c| *c != column);
                if shown {
                    self.settings.shown_columns.push(column);
                } else {
                    self.settings.hidden_columns.push(column);
                }
            }
            Command::SetTab(tab) => self.tab = tab,
            Command::Show(window) => self.windows.show(window),
            Command::ShowRestOfYear(id) => {
                self.pace.open(&self.session, self.settings.notation, id);
            }
            _ => {}
        }
    }

    /// Copies the rows picked that the table shows, in its order, or with none picked
    /// every row it shows, as a spreadsheet and a word processor take them: text, and an
    /// HTML table where the clipboard takes it.
    fn copy(&mut self, ctx: &egui::Context) {
        let lang = self.settings.lang;
        let s = &self.session;
        let shown = self.table.rows();
        let report = s.report();
        let picked: Vec<usize> = shown
            .iter()
            .copied()
            .filter(|&i| {
                report
                    .indicators
                    .get(i)
                    .is_some_and(|ind| self.rows_picked.contains(&ind.id))
            })
            .collect();
        let positions = if picked.is_empty() {
            shown.to_vec()
        } else {
            picked
        };
        let rows = export::clipboard::cells(
            report,
            s.derived(),
            &positions,
            lang,
            self.settings.notation,
        );
        let text = export::clipboard::tsv(&rows);
        if !self.clipboard.set(&export::clipboard::html(&rows), &text) {
            ctx.copy_text(text);
        }
        self.message = Some(format!(
            "{} {}",
            tr(lang, "Đã sao chép, số hàng:", "Copied, rows:"),
            positions.len()
        ));
    }

    /// Pastes a column of figures as one undoable step, and says what was refused.
    fn paste(&mut self, field: Field, ids: &[IndicatorId], cells: &[String]) {
        let lang = self.settings.lang;
        if ids.is_empty() {
            self.message = Some(
                tr(
                    lang,
                    "Chọn một ô số liệu trong bảng trước khi dán.",
                    "Select a figure in the table before pasting.",
                )
                .to_owned(),
            );
            return;
        }
        let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
        let pasted = self
            .session
            .paste(field, ids, &cells, self.settings.notation);
        let mut message = format!(
            "{} {}",
            tr(lang, "Đã dán, số ô thay đổi:", "Pasted, cells changed:"),
            pasted.applied
        );
        if !pasted.cleaned.is_empty() {
            message.push_str(&format!("; {}", cleaned_words(lang, &pasted.cleaned)));
        }
        for (id, e) in &pasted.refused {
            let name = self
                .session
                .indicator(id)
                .map_or_else(|| id.0.clone(), |i| i.name.get(lang).to_owned());
            message.push_str(&format!(
                "; {} {name}: {}",
                tr(lang, "từ chối", "refused"),
                e.message(lang)
            ));
        }
        self.message = Some(message);
        self.refused
            .set(self.session.generation(), field, pasted.refused);
    }

    /// Shift+click or Ctrl+click on a row: more rows picked, the row clicked selected.
    fn pick_row(&mut self, id: IndicatorId, how: Pick) {
        if self.session.indicator(&id).is_none() {
            return;
        }
        let shown = shown_ids(&self.session, self.table.rows());
        let picked = match how {
            Pick::Range => {
                self.rows_picked.extend_to(&id, &shown);
                true
            }
            Pick::Toggle => self.rows_picked.toggle(&id),
        };
        // The detail shows the row clicked last; a row taken away leaves it on the row
        // it showed if that is still picked, else on the first row picked, or none.
        if picked {
            self.selected = Some(id);
        } else if self
            .selected
            .as_ref()
            .is_none_or(|s| !self.rows_picked.contains(s))
        {
            self.selected = shown
                .iter()
                .find(|s| self.rows_picked.contains(s))
                .map(|&s| s.clone());
        }
    }

    /// Ctrl+A: every row the table shows picked.
    fn pick_all_rows(&mut self) {
        let shown = shown_ids(&self.session, self.table.rows());
        self.rows_picked.all(&shown);
        if self.selected.as_ref().is_none_or(|s| !shown.contains(&s)) {
            self.selected = shown.first().map(|&s| s.clone());
        }
    }

    fn select(&mut self, id: IndicatorId, reveal: bool) {
        if self.session.indicator(&id).is_none() {
            return;
        }
        self.tab = Tab::Indicators;
        // Make sure the row is visible: leave a section that does not hold it.
        if let Some(section) = &self.section
            && !self.session.section_holds(section, &id)
        {
            self.section = None;
        }
        if reveal {
            self.table.reveal(&id);
        }
        self.rows_picked.only(&id);
        self.selected = Some(id);
    }

    /// Runs `action` now, or first asks what to do with unsaved changes.
    fn guard(&mut self, ctx: &egui::Context, action: Guarded) {
        if self.session.is_dirty() {
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

    fn answer_recover(&mut self, restore: bool) {
        let Some(Modal::Recover(recovery)) = self.modal.take() else {
            return;
        };
        let lang = self.settings.lang;
        if !restore {
            if let Err(e) = self.keeper.discard() {
                self.message = Some(e.message(lang));
            }
            return;
        }
        let recovery = match self.keeper.restore(*recovery) {
            Ok(recovery) => recovery,
            Err(e) => return self.error(e.message(lang)),
        };
        let report = std::sync::Arc::unwrap_or_clone(recovery.report);
        let mut session = Session::unsaved(report, recovery.path);
        session.set_fingerprint(recovery.fingerprint);
        self.replace_session(session);
        // The file on disk now holds this session's unsaved edits.
        self.keeper.adopt(&self.session);
        self.message = Some(match &recovery.copy_of {
            Some(file) => {
                format!(
                    "{} {}: {}",
                    tr(
                        lang,
                        "Đã khôi phục các thay đổi chưa lưu của một cửa sổ chỉ đọc, từ",
                        "Restored the unsaved changes of a read-only window, of"
                    ),
                    recovery.written_at,
                    tr(
                        lang,
                        "hãy lưu thành tệp khác (tệp gốc có thể đã được cửa sổ kia lưu)",
                        "save them under another name (the other window may have saved the file)"
                    ),
                ) + &format!(" — {}", file.display())
            }
            None => format!(
                "{} {}",
                tr(
                    lang,
                    "Đã khôi phục các thay đổi chưa lưu từ",
                    "Restored the unsaved changes of"
                ),
                recovery.written_at
            ),
        });
    }

    fn answer_changed(&mut self, ctx: &egui::Context, choice: ChangedChoice) {
        let Some(Modal::Changed(then)) = self.modal.take() else {
            return;
        };
        let Some(path) = self.session.path().map(Path::to_path_buf) else {
            return;
        };
        match choice {
            ChangedChoice::Overwrite => self.write(ctx, path, then, false),
            ChangedChoice::SaveAs => {
                if let Some(path) =
                    dialogs::pick_save(&self.session, self.settings.lang, Format::Ron)
                {
                    self.save_as(ctx, path, then);
                }
            }
            ChangedChoice::Reload => self.open(ctx, path),
            ChangedChoice::Cancel => {}
        }
    }

    /// Puts `session` in place of the one shown, with a fresh view of it.
    fn replace_session(&mut self, session: Session) {
        self.session.replace(session);
        self.selected = None;
        self.rows_picked.clear();
        self.section = None;
        self.table = table::TableView::default();
        self.detail = super::detail::DetailView::default();
    }

    fn run(&mut self, ctx: &egui::Context, action: Guarded) {
        match action {
            Guarded::Open(path) => self.open(ctx, path),
            Guarded::OpenDialog => {
                if let Some(path) = dialogs::pick_open(self.settings.lang) {
                    self.open(ctx, path);
                }
            }
            Guarded::NewBlank => {
                let period = self.session.report().period;
                self.replace_session(Session::unsaved(
                    chitieu_core::next_period::blank(period),
                    None,
                ));
                self.keeper.claim(None);
                self.message = Some(
                    tr(
                        self.settings.lang,
                        "Báo cáo trống mới",
                        "A new blank report",
                    )
                    .to_owned(),
                );
            }
            Guarded::NewPeriod(period) => {
                let lang = self.settings.lang;
                let (report, summary) =
                    chitieu_core::next_period::next_period(self.session.report(), period);
                self.replace_session(Session::unsaved(report, None));
                self.keeper.claim(None);
                // Years in names roll forward, each an undoable step of its own.
                for rename in &summary.renames {
                    let Some(before) = self.session.indicator(&rename.id).cloned() else {
                        continue;
                    };
                    let after = chitieu_core::model::Indicator {
                        name: rename.after.clone(),
                        ..before.clone()
                    };
                    self.session
                        .apply(chitieu_core::edit::Edit::ReplaceIndicator {
                            before: Box::new(before),
                            after: Box::new(after),
                        });
                }
                self.message = Some(format!(
                    "{} {}: {} {}, {} {}, {} {}.",
                    tr(lang, "Báo cáo", "The report on"),
                    chitieu_core::i18n::period(lang, period),
                    summary.actuals_cleared,
                    tr(lang, "số thực hiện đã xóa", "actuals cleared"),
                    summary.priors_carried,
                    tr(
                        lang,
                        "thành số cùng kỳ năm trước",
                        "carried as last year's values"
                    ),
                    summary.annual_targets_kept,
                    tr(lang, "chỉ tiêu năm giữ lại", "annual targets kept"),
                ));
                if !summary.renames.is_empty()
                    && let Some(message) = &mut self.message
                {
                    let n = summary.renames.len();
                    message.push_str(&chitieu_core::i18n::trf!(
                        lang,
                        " {n} tên chỉ tiêu đổi năm (Ctrl+Z để hoàn tác từng tên).",
                        " {n} names with their years rolled forward (Ctrl+Z undoes each)."
                    ));
                }
            }
            Guarded::Quit => {
                // Saved, or discarded on purpose: nothing to offer back next time.
                self.keeper.clear();
                self.closing = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
        }
    }

    /// Reads the report at `path` beside the window; see [`Self::finish`].
    fn open(&mut self, ctx: &egui::Context, path: PathBuf) {
        let label = self.doing(tr(self.settings.lang, "Đang mở", "Opening"), &path);
        self.work.start_busy(ctx, label, move || {
            let result = io::load_file(&path).map(Box::new);
            Outcome::Opened { path, result }
        });
    }

    /// Saves to the current file, or asks for one, then does `then`.
    fn save(&mut self, ctx: &egui::Context, then: Option<Guarded>) {
        let path = match self.session.path() {
            Some(p) => p.to_path_buf(),
            None => match dialogs::pick_save(&self.session, self.settings.lang, Format::Ron) {
                Some(p) => p,
                None => return,
            },
        };
        self.save_as(ctx, path, then);
    }

    /// Saves to `path`, which becomes the current file, beside the window; once saved,
    /// does `then`. Over the report's own file, only if nothing else changed it since it
    /// was read or saved (else the user is asked), and never when it may not be saved
    /// over (read-only, open in another window). See [`Self::finish`].
    fn save_as(&mut self, ctx: &egui::Context, path: PathBuf, then: Option<Guarded>) {
        let own_file = self
            .session
            .path()
            .is_some_and(|p| io::canonical(p) == io::canonical(&path));
        if own_file && let Some(why) = self.session.read_only() {
            let lang = self.settings.lang;
            let reason = match why {
                chitieu_core::session::ReadOnly::File => tr(
                    lang,
                    "Tệp báo cáo chỉ được đọc, không ghi đè được.",
                    "The report file is read-only: it cannot be saved over.",
                ),
                chitieu_core::session::ReadOnly::OpenElsewhere => tr(
                    lang,
                    "Báo cáo đang mở trong một cửa sổ chitieu khác; ghi đè sẽ xóa công việc ở đó.",
                    "The report is open in another chitieu window; saving over it would undo the work there.",
                ),
            };
            self.modal = Some(Modal::SaveAsInstead(format!("{reason} {}", path.display())));
            return;
        }
        self.write(ctx, path, then, own_file);
    }

    /// Writes the report to `path` beside the window; when `check`, only if the file is
    /// still as it was read or last saved.
    fn write(&mut self, ctx: &egui::Context, path: PathBuf, then: Option<Guarded>, check: bool) {
        let report = self.session.shared_report();
        let state = self.session.state_id();
        let known = self.session.fingerprint().cloned().filter(|_| check);
        let label = self.doing(tr(self.settings.lang, "Đang lưu", "Saving"), &path);
        self.work.start_busy(ctx, label, move || {
            let result = match &known {
                Some(known) => io::save_if_unchanged(&report, &path, known),
                None => io::save(&report, &path),
            };
            Outcome::Saved {
                path,
                state,
                then,
                result,
            }
        });
    }

    fn export(
        &mut self,
        ctx: &egui::Context,
        format: Format,
        csv_locale: CsvLocale,
        path: PathBuf,
    ) {
        if self
            .session
            .path()
            .is_some_and(|open| chitieu_core::io::same_file(open, &path))
        {
            // Written there, the export would replace the report on screen behind the
            // session's back (and a RON export would skip the check for outside changes).
            self.error(format!(
                "{}: {}",
                tr(
                    self.settings.lang,
                    "đây là tệp của báo cáo đang mở nên không xuất ra đó; để lưu báo cáo hãy dùng Lưu (Ctrl+S), để xuất hãy chọn tên tệp khác",
                    "this is the file of the report on screen, so nothing was exported there; to save the report use Save (Ctrl+S), to export choose another file name"
                ),
                path.display()
            ));
            return;
        }
        let options = export::Options {
            lang: self.settings.lang,
            csv_locale,
            ..export::Options::default()
        };
        let report = self.session.shared_report();
        let label = self.doing(
            tr(self.settings.lang, "Đang xuất ra", "Exporting to"),
            &path,
        );
        self.work.start_busy(ctx, label, move || {
            let result = export::write(&report, format, &options, &path);
            Outcome::Exported { path, result }
        });
    }

    fn doing(&self, what: &str, path: &Path) -> String {
        format!("{what} {}", file_name(path))
    }

    fn open_export_folder(&mut self) {
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
                tr(
                    self.settings.lang,
                    "Không mở được thư mục",
                    "Cannot open the folder"
                ),
                folder.display()
            )));
        }
    }

    /// Asks the renderer for a screenshot and saves the plots panel's part of it as a
    /// PNG, atomically. The result arrives with the other work, a frame or two later.
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
        let sender = self.work.sender();
        let repaint = ctx.clone();
        let pixels_per_point = ctx.pixels_per_point();
        ctx.request_screenshot(move |image| {
            let result = super::png::save_region(&image, rect, pixels_per_point, &path)
                .map(|()| path.clone())
                .map_err(|e| e.to_string());
            let _ = sender.send(Outcome::PlotSaved(result));
            repaint.request_repaint();
        });
    }

    /// Takes what work beside the window came to. A failure is shown and changes
    /// nothing: the report on screen and its edits stay as they were.
    pub(super) fn finish(&mut self, ctx: &egui::Context, outcome: Outcome) {
        let lang = self.settings.lang;
        let said = |vi, en, path: &Path| format!("{} {}", tr(lang, vi, en), path.display());
        match outcome {
            Outcome::Opened {
                path,
                result: Ok(loaded),
            } => {
                let cleaned = io::cleaned_message(&loaded.cleaned, &path, lang);
                self.message = Some(if cleaned.is_empty() {
                    said("Đã mở", "Opened", &path)
                } else {
                    cleaned
                });
                self.settings.remember(loaded.path.clone());
                self.replace_session(Session::opened(*loaded));
                if !self.keeper.claim(self.session.path()) {
                    self.open_elsewhere();
                }
            }
            Outcome::Saved {
                path,
                state,
                then,
                result: Ok(fingerprint),
            } => {
                self.message = Some(said("Đã lưu", "Saved", &path));
                let path = io::canonical(&path);
                self.settings.remember(path.clone());
                let moved = self.session.path() != Some(path.as_path());
                self.session.mark_saved(path, state, Some(fingerprint));
                if moved {
                    if !self.keeper.claim(self.session.path()) {
                        self.open_elsewhere();
                    }
                } else {
                    // Saved over: a new file on disk, whose identity this window holds.
                    self.keeper.follow_file();
                }
                if let Some(then) = then {
                    self.run(ctx, then);
                }
            }
            Outcome::Saved {
                then,
                result: Err(chitieu_core::io::SaveError::Changed { .. }),
                ..
            } => self.modal = Some(Modal::Changed(then)),
            Outcome::Saved {
                result: Err(e @ chitieu_core::io::SaveError::ReadOnly { .. }),
                ..
            } => self.modal = Some(Modal::SaveAsInstead(e.message(lang))),
            Outcome::Exported {
                path,
                result: Ok(()),
            } => {
                self.message = Some(said("Đã xuất ra", "Exported to", &path));
                self.last_export = Some(path);
            }
            Outcome::Imported { generation, result } => self.imported(generation, result),
            Outcome::ImportApplied(applied) => self.import_applied(*applied),
            Outcome::FillInWritten { path, result } => self.fill_in_written(path, result),
            Outcome::PlotSaved(Ok(path)) => {
                self.message = Some(said("Đã lưu ảnh", "Saved the image", &path));
            }
            Outcome::RecoveryWritten(result) => {
                if let Some(e) = self.keeper.written(result, lang) {
                    self.message = Some(format!(
                        "{}: {e}",
                        tr(
                            lang,
                            "Không ghi được tệp khôi phục (các thay đổi vẫn còn trên màn hình)",
                            "Cannot write the recovery file (the changes are still on screen)"
                        )
                    ));
                }
            }
            Outcome::Opened { result: Err(e), .. } => self.error(e.message(lang)),
            Outcome::Saved { result: Err(e), .. } => self.error(e.message(lang)),
            Outcome::Exported { result: Err(e), .. } => self.error(e.message(lang)),
            Outcome::PlotSaved(Err(e)) => self.error(e),
            Outcome::Lost => self.error(
                tr(
                    lang,
                    "Công việc dừng giữa chừng; không có gì bị thay đổi",
                    "The work stopped before it was done; nothing was changed",
                )
                .to_owned(),
            ),
        }
        ctx.request_repaint();
    }

    fn error(&mut self, message: String) {
        self.modal = Some(Modal::Error(message));
    }

    /// Says what was cleaned out of the texts of an indicator or a section as it was
    /// saved from its form, if anything was.
    fn say_cleaned(&mut self, fixes: &[text::Fix]) {
        let lang = self.settings.lang;
        let Some(first) = fixes.first() else {
            return;
        };
        let list: Vec<String> = fixes
            .iter()
            .map(|f| format!("{}: {}", f.field_words(lang), f.removed.describe(lang)))
            .collect();
        self.message = Some(format!(
            "{} {}: {}",
            tr(
                lang,
                "Đã lưu, văn bản đã được làm sạch —",
                "Saved, with its text cleaned —"
            ),
            first.owner.words(lang),
            list.join("; ")
        ));
    }
}

/// What cleaning took out of a text typed or pasted, in words, in `lang`.
fn cleaned_words(lang: Lang, removed: &text::Removed) -> String {
    format!(
        "{}: {}",
        tr(
            lang,
            "văn bản dán hoặc gõ vào đã được làm sạch",
            "the text typed or pasted was cleaned"
        ),
        removed.describe(lang)
    )
}

/// The ids of the rows at `positions` (the rows the table shows), top to bottom.
fn shown_ids<'a>(session: &'a Session, positions: &[usize]) -> Vec<&'a IndicatorId> {
    let report = session.report();
    positions
        .iter()
        .filter_map(|&i| report.indicators.get(i).map(|ind| &ind.id))
        .collect()
}

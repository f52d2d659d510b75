//! File → Import figures…: the sheet is read as busy work (`chitieu_core::import`), then its
//! dry run is shown in a window where the user ticks the changes to take; they are
//! applied as one undoable step. Nothing changes before that, and cancelling changes
//! nothing. A dropped .xlsx or .csv file comes here too.
//!
//! chitieu's own exports, fill-in sheets and sheets whose header row names its columns
//! the same way go straight to the dry run. Any other sheet goes first to the mapping
//! step (`mapping.rs`): the user picks the sheet, the header row and the role of each
//! column, then sees the dry run. A mapping that brought figures in is remembered (in
//! the settings), and the next file of the same shape goes straight to its dry run; the
//! mapping step can be asked for from any dry run ("Map the columns…").

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::commands::Shared;
use super::mapping::MappingStep;
use super::work::Outcome;
use super::{Command, ImportCmd};
use chitieu_core::checks::Severity;
use chitieu_core::format::{self, Notation};
use chitieu_core::i18n::{
    self, AppMessage, Common, ImportUi, ImportUiMsg, Message as _, Text as _,
};
use chitieu_core::import::{self, ImportError, Mapping, MappingError, Preview, Sheet, mapping};
use chitieu_core::model::{Lang, Report};
use chitieu_core::session::{Prepared, file_name};

/// The changes of an import applied beside the window, for
/// [`Importer::applied`].
pub(super) struct Applied {
    /// The report with the changes, or `None` when they change nothing.
    prepared: Option<Prepared>,
    /// How many changes were ticked.
    count: usize,
    /// The sheet's file name, for the message.
    name: String,
    /// The mapping the sheet was read with, to remember.
    mapping: Option<Mapping>,
}

/// Why changes read from a sheet are not applied: the report moved on since.
fn changed_since_read(lang: Lang) -> String {
    ImportUi::ReportChangedSinceRead.tr(lang).to_owned()
}

/// A file read for an import, and what comes next.
pub(super) struct Reading {
    /// The file.
    path: PathBuf,
    /// Its sheets, kept for the mapping step.
    sheets: Arc<[Sheet]>,
    /// The dry run, or the mapping step.
    step: Step,
}

/// What follows reading a file.
pub(super) enum Step {
    /// The dry run, made with the header row recognised or with a mapping.
    DryRun {
        /// The dry run (boxed: it is large).
        preview: Box<Preview>,
        /// How its columns were known.
        columns: Columns,
    },
    /// The columns must be mapped first.
    Map {
        /// The mapping to start from.
        mapping: Mapping,
        /// Why the last mapping could not be read, if it could not.
        error: Option<MappingError>,
    },
}

/// How the columns of a dry run were known.
pub(super) enum Columns {
    /// By the titles of the header row.
    Recognised,
    /// With the remembered mapping for files of this shape.
    Remembered(Mapping),
    /// With the mapping the user just made.
    Mapped(Mapping),
}

impl Columns {
    /// The mapping the sheet was read with, if any.
    fn mapping(&self) -> Option<&Mapping> {
        match self {
            Self::Recognised => None,
            Self::Remembered(m) | Self::Mapped(m) => Some(m),
        }
    }
}

/// The import on screen: its file, then the dry run or the mapping step.
pub(super) struct ImportWindow {
    path: PathBuf,
    sheets: Arc<[Sheet]>,
    stage: Stage,
}

enum Stage {
    DryRun(DryRun),
    Map(MappingStep),
}

/// The dry run on screen, with the changes ticked to take.
struct DryRun {
    preview: Box<Preview>,
    /// One tick a change of the preview.
    ticked: Vec<bool>,
    /// The name of each change's indicator, in the language of the moment it was read.
    names: Vec<String>,
    /// The session's generation the preview was made from: the report must not have
    /// changed by the time the changes are applied.
    generation: u64,
    /// How the columns were known; a mapping is remembered once its changes are applied.
    columns: Columns,
}

impl DryRun {
    /// The dry run, every change ticked; `names` gives each change's indicator's name.
    fn new(preview: Box<Preview>, generation: u64, names: Vec<String>, columns: Columns) -> Self {
        let ticked = vec![true; preview.changes.len()];
        Self {
            preview,
            ticked,
            names,
            generation,
            columns,
        }
    }

    /// The changes ticked, as indices into the preview's changes.
    fn chosen(&self) -> Vec<usize> {
        self.ticked
            .iter()
            .enumerate()
            .filter_map(|(i, t)| t.then_some(i))
            .collect()
    }

    /// The dry run: what the sheet brings, the changes to tick, the problems, and the
    /// buttons that apply the changes ticked or cancel.
    fn contents_ui(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        notation: Notation,
        commands: &mut Vec<Command>,
    ) {
        self.summary_ui(ui, lang, commands);
        ui.separator();
        self.changes_ui(ui, lang, notation);
        if !self.preview.problems.is_empty() {
            ui.separator();
            self.problems_ui(ui, lang);
        }
        ui.separator();
        ui.horizontal(|ui| {
            let chosen = self.chosen();
            let count = chosen.len();
            let apply = ui.add_enabled(
                count > 0,
                egui::Button::new(ImportUiMsg::ApplyTicked { count }.tr(lang)),
            );
            if apply.clicked() {
                commands.push(Command::Import(ImportCmd::ApplyImport(chosen)));
            }
            if ui.button(Common::Cancel.tr(lang)).clicked() {
                commands.push(Command::Import(ImportCmd::CancelImport));
            }
        });
    }

    /// What the sheet brings, how its columns were read, and the way to map them.
    fn summary_ui(&self, ui: &mut egui::Ui, lang: Lang, commands: &mut Vec<Command>) {
        let p = &self.preview;
        ui.label(
            ImportUiMsg::DryRunSummary {
                sheet: p.sheet.clone(),
                changes: p.changes.len(),
                problems: p.problems.len(),
                unchanged: p.unchanged.len(),
            }
            .tr(lang),
        );
        ui.horizontal_wrapped(|ui| {
            ui.label(match self.columns {
                Columns::Recognised => ImportUi::ColumnsRecognised.tr(lang),
                Columns::Remembered(_) => ImportUi::ColumnsRemembered.tr(lang),
                Columns::Mapped(_) => ImportUi::ColumnsMapped.tr(lang),
            });
            if ui.button(ImportUi::MapTheColumns.tr(lang)).clicked() {
                commands.push(Command::Import(ImportCmd::MapColumns));
            }
        });
    }

    /// The changes, each with its tick: the indicator (and the id the sheet matched),
    /// the figure, old → new, and the cell.
    fn changes_ui(&mut self, ui: &mut egui::Ui, lang: Lang, notation: Notation) {
        ui.horizontal(|ui| {
            ui.strong(ImportUi::Changes.tr(lang));
            if ui.button(ImportUi::TickAll.tr(lang)).clicked() {
                self.ticked.fill(true);
            }
            if ui.button(ImportUi::UntickAll.tr(lang)).clicked() {
                self.ticked.fill(false);
            }
        });
        let row_height = ui.spacing().interact_size.y;
        let shown =
            |v: Option<f64>| v.map_or_else(|| "—".to_owned(), |v| format::format_auto(v, notation));
        egui::ScrollArea::vertical()
            .id_salt("import-changes")
            .max_height(260.0)
            .auto_shrink([false, true])
            .show_rows(ui, row_height, self.preview.changes.len(), |ui, rows| {
                for i in rows {
                    let (Some(change), Some(tick)) =
                        (self.preview.changes.get(i), self.ticked.get_mut(i))
                    else {
                        continue;
                    };
                    let name = self.names.get(i).map_or("", String::as_str);
                    let mut text = format!(
                        "{name} ({}) · {}: {} → {}   ({})",
                        change.id,
                        i18n::field(lang, change.field),
                        shown(change.before),
                        shown(Some(change.after)),
                        change.cell
                    );
                    if let Some(note) = change.note(lang) {
                        text = format!("{text} · {note}");
                    }
                    ui.checkbox(tick, text);
                }
            });
    }

    /// The problems, not taken: each with its severity and its cell.
    fn problems_ui(&self, ui: &mut egui::Ui, lang: Lang) {
        let row_height = ui.spacing().interact_size.y;
        ui.strong(ImportUi::ProblemsNotTaken.tr(lang));
        egui::ScrollArea::vertical()
            .id_salt("import-problems")
            .max_height(160.0)
            .auto_shrink([false, true])
            .show_rows(ui, row_height, self.preview.problems.len(), |ui, rows| {
                for problem in self.preview.problems.get(rows).unwrap_or_default() {
                    let severity = match problem.severity {
                        Severity::Error => Common::Error.tr(lang),
                        Severity::Warning => Common::Warning.tr(lang),
                        Severity::Info => Common::Notice.tr(lang),
                    };
                    ui.label(format!(
                        "{severity} {}!{}: {}",
                        problem.sheet,
                        problem.cell,
                        problem.message(lang)
                    ));
                }
            });
    }
}

/// True for a file that is read as figures to import (.xlsx, .csv) rather than opened
/// as a report.
pub(super) fn is_sheet(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .is_some_and(|e| matches!(e.as_str(), "xlsx" | "xlsm" | "csv"))
}

/// Asks for a sheet to import. `None` when cancelled (or when no dialog can be shown).
fn pick_sheet(lang: Lang) -> Option<PathBuf> {
    rfd::FileDialog::new()
        .set_title(ImportUi::ImportFigures.tr(lang))
        .add_filter(ImportUi::SheetFilter.tr(lang), &["xlsx", "xlsm", "csv"])
        .add_filter(Common::AllFiles.tr(lang), &["*"])
        .pick_file()
}

impl ImportWindow {
    /// Draws the window: the dry run or the mapping step; what the user decides
    /// becomes commands.
    pub(super) fn ui(
        &mut self,
        ctx: &egui::Context,
        lang: Lang,
        notation: Notation,
        commands: &mut Vec<Command>,
    ) {
        let title = format!(
            "{} — {}",
            ImportUi::ImportFigures.tr(lang),
            file_name(&self.path)
        );
        let mut open = true;
        egui::Window::new(title)
            .id(egui::Id::unique("chitieu-import"))
            .open(&mut open)
            .default_size([760.0, 540.0])
            .collapsible(false)
            .show(ctx, |ui| match &mut self.stage {
                Stage::DryRun(dry_run) => dry_run.contents_ui(ui, lang, notation, commands),
                Stage::Map(step) => step.ui(ui, &self.sheets, lang, notation, commands),
            });
        if !open {
            commands.push(ImportCmd::CancelImport.into());
        }
    }
}

/// What follows reading `sheets` from `path`: the dry run with the newest remembered
/// mapping that fits them, else with the header row recognised, else the mapping step
/// from a guess on the sheet with the most rows. A file with nothing in it at all is
/// an error.
fn first_step(
    sheets: &[Sheet],
    path: &Path,
    report: &Report,
    options: &import::Options,
    remembered: &[Mapping],
) -> Result<Step, ImportError> {
    if let Some(m) = mapping::remembered(sheets, remembered)
        && let Ok(preview) = mapping::read_mapped(sheets, m, path, report, options)
    {
        return Ok(Step::DryRun {
            preview: Box::new(preview),
            columns: Columns::Remembered(m.clone()),
        });
    }
    match import::preview_sheets(sheets, path, report, options) {
        Ok(preview) => Ok(Step::DryRun {
            preview: Box::new(preview),
            columns: Columns::Recognised,
        }),
        Err(e @ ImportError::NoHeader { .. }) => {
            // The figures are most likely on the visible sheet with the most rows.
            let Some(sheet) = mapping::likely_sheet(sheets) else {
                return Err(e);
            };
            Ok(Step::Map {
                mapping: Mapping::guess(sheet),
                error: None,
            })
        }
        Err(e) => Err(e),
    }
}

/// The controller of an import: the window of the sheet read, while it is open.
#[derive(Default)]
pub(super) struct Importer {
    window: Option<ImportWindow>,
}

impl Importer {
    /// Does what `command` asks: read a sheet (busy work), ask for one, map its
    /// columns, apply the changes ticked, close the window.
    pub(super) fn handle(&mut self, command: ImportCmd, sh: &mut Shared<'_>) {
        let lang = sh.lang();
        match command {
            ImportCmd::ImportDialog => {
                if let Some(path) = sh.desk.dialog_answer.take().or_else(|| pick_sheet(lang)) {
                    sh.later.push(ImportCmd::ImportFigures(path).into());
                }
            }
            ImportCmd::ImportFigures(path) => {
                let report = sh.session.shared_report();
                let generation = sh.session.generation();
                let options = import_options(sh);
                let remembered = sh.settings.mappings.clone();
                let label = AppMessage::ReadingFigures(file_name(&path)).tr(lang);
                sh.work.start_busy(sh.ctx, label, move || {
                    let result = import::read_sheets(&path).and_then(|sheets| {
                        let step = first_step(&sheets, &path, &report, &options, &remembered)?;
                        Ok(Box::new(Reading {
                            path,
                            sheets: sheets.into(),
                            step,
                        }))
                    });
                    Outcome::Imported { generation, result }
                });
            }
            ImportCmd::MapColumns => {
                if let Some(window) = &mut self.window
                    && let Stage::DryRun(dry_run) = &window.stage
                {
                    let mapping = dry_run.columns.mapping().cloned().or_else(|| {
                        let sheet = window
                            .sheets
                            .iter()
                            .find(|s| s.name == dry_run.preview.sheet)?;
                        Some(Mapping::guess(sheet))
                    });
                    if let Some(mapping) = mapping {
                        window.stage = Stage::Map(MappingStep::new(mapping, None, false));
                    }
                }
            }
            ImportCmd::PreviewMapping(mapping) => self.preview_mapping(sh, mapping),
            ImportCmd::ApplyImport(chosen) => self.apply_chosen(sh, &chosen),
            ImportCmd::CancelImport => self.window = None,
        }
    }

    /// Reads the sheet of the window with `mapping`, as busy work: its dry run, or the
    /// mapping step again with what is wrong.
    fn preview_mapping(&mut self, sh: &mut Shared<'_>, mapping: Mapping) {
        let Some(window) = &self.window else {
            return;
        };
        let (path, sheets) = (window.path.clone(), Arc::clone(&window.sheets));
        let report = sh.session.shared_report();
        let generation = sh.session.generation();
        let options = import_options(sh);
        let label = AppMessage::ReadingFigures(file_name(&path)).tr(sh.lang());
        sh.work.start_busy(sh.ctx, label, move || {
            let step = match mapping::read_mapped(&sheets, &mapping, &path, &report, &options) {
                Ok(preview) => Step::DryRun {
                    preview: Box::new(preview),
                    columns: Columns::Mapped(mapping),
                },
                Err(error) => Step::Map {
                    mapping,
                    error: Some(error),
                },
            };
            let reading = Reading { path, sheets, step };
            Outcome::Imported {
                generation,
                result: Ok(Box::new(reading)),
            }
        });
    }

    /// Applies the changes `chosen` of the dry run shown as busy work (on a copy of the
    /// report, beside the window: an import of 95 000 figures takes a moment), to be
    /// put in place as one step by [`Self::applied`].
    fn apply_chosen(&mut self, sh: &mut Shared<'_>, chosen: &[usize]) {
        let lang = sh.lang();
        let Some(window) = self.window.take() else {
            return;
        };
        let Stage::DryRun(dry_run) = window.stage else {
            return;
        };
        if dry_run.generation != sh.session.generation() {
            sh.error(changed_since_read(lang));
            return;
        }
        let count = chosen.len();
        let name = file_name(&window.path);
        let edit = dry_run.preview.apply(chosen);
        let mapping = dry_run.columns.mapping().cloned();
        let report = sh.session.shared_report();
        let generation = sh.session.generation();
        let label = AppMessage::Applying {
            count,
            name: name.clone(),
        }
        .tr(lang);
        sh.work.start_busy(sh.ctx, label, move || {
            let prepared = Prepared::new(&report, generation, edit);
            Outcome::ImportApplied(Box::new(Applied {
                prepared,
                count,
                name,
                mapping,
            }))
        });
    }

    /// Puts the changes of an import, applied beside the window, in place as one
    /// undoable step, and remembers the mapping they were read with.
    pub(super) fn applied(&mut self, sh: &mut Shared<'_>, applied: Applied) {
        let lang = sh.lang();
        let Applied {
            prepared,
            count,
            name,
            mapping,
        } = applied;
        // Nothing ticked, or nothing that differs: nothing to do.
        let Some(prepared) = prepared else {
            return;
        };
        if !sh.session.adopt(prepared) {
            sh.error(changed_since_read(lang));
            return;
        }
        sh.say(AppMessage::Imported { count, name }.tr(lang));
        if let Some(mapping) = mapping {
            mapping::remember(&mut sh.settings.mappings, mapping);
        }
    }

    /// Shows what reading a sheet came to: its dry run, the mapping step, or why it
    /// could not be read.
    pub(super) fn imported(
        &mut self,
        sh: &mut Shared<'_>,
        generation: u64,
        result: Result<Box<Reading>, ImportError>,
    ) {
        let reading = match result {
            Ok(reading) => *reading,
            Err(e) => {
                let message = e.message(sh.lang());
                sh.error(message);
                return;
            }
        };
        let stage = match reading.step {
            Step::DryRun { preview, columns } => {
                let lang = sh.lang();
                let names = preview
                    .changes
                    .iter()
                    .map(|c| {
                        sh.session
                            .indicator(&c.id)
                            .map(|i| i.name.get(lang).to_owned())
                            .unwrap_or_default()
                    })
                    .collect();
                Stage::DryRun(DryRun::new(preview, generation, names, columns))
            }
            Step::Map { mapping, error } => {
                // Without an error, the step comes first: no header row was recognised.
                let unrecognised = error.is_none();
                Stage::Map(MappingStep::new(mapping, error, unrecognised))
            }
        };
        self.window = Some(ImportWindow {
            path: reading.path,
            sheets: reading.sheets,
            stage,
        });
    }

    /// Draws the import window, if open.
    pub(super) fn ui(
        &mut self,
        ctx: &egui::Context,
        settings: &super::Settings,
        commands: &mut Vec<Command>,
    ) {
        if let Some(window) = &mut self.window {
            window.ui(ctx, settings.lang, settings.notation, commands);
        }
    }
}

/// How the import reads figures: in the user's notation.
fn import_options(sh: &Shared<'_>) -> import::Options {
    import::Options {
        notation: sh.settings.notation,
    }
}

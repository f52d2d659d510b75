//! File → Import figures…: the sheet is read as busy work (`crate::import`), then its
//! dry run is shown in a window where the user ticks the changes to take; they are
//! applied as one undoable step. Nothing changes before that, and cancelling changes
//! nothing. A dropped .xlsx or .csv file comes here too.
//!
//! Only chitieu's own exports, fill-in sheets and sheets whose header row names its
//! columns the same way are read: the step that maps the columns of any other sheet is
//! not there yet.

use std::path::{Path, PathBuf};

use super::work::Outcome;
use super::{ChitieuApp, Command};
use crate::checks::Severity;
use crate::format::{self, Notation};
use crate::i18n::{self, tr, trf};
use crate::import::{self, ImportError, Preview};
use crate::model::Lang;
use crate::session::file_name;

/// The dry run on screen, with the changes ticked to take.
pub(super) struct ImportWindow {
    preview: Preview,
    /// One tick a change of the preview.
    ticked: Vec<bool>,
    /// The name of each change's indicator, in the language of the moment it was read.
    names: Vec<String>,
    /// The session's generation the preview was made from: the report must not have
    /// changed by the time the changes are applied.
    generation: u64,
}

impl ImportWindow {
    /// The dry run, every change ticked; `names` gives each change's indicator's name.
    pub(super) fn new(preview: Preview, generation: u64, names: Vec<String>) -> Self {
        let ticked = vec![true; preview.changes.len()];
        Self {
            preview,
            ticked,
            names,
            generation,
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

    /// Draws the window; Apply and Cancel become commands.
    pub(super) fn ui(
        &mut self,
        ctx: &egui::Context,
        lang: Lang,
        notation: Notation,
        commands: &mut Vec<Command>,
    ) {
        let title = format!(
            "{} — {}",
            tr(lang, "Nhập số liệu", "Import figures"),
            file_name(&self.preview.path)
        );
        let mut open = true;
        egui::Window::new(title)
            .id(egui::Id::unique("chitieu-import"))
            .open(&mut open)
            .default_size([760.0, 520.0])
            .collapsible(false)
            .show(ctx, |ui| self.contents_ui(ui, lang, notation, commands));
        if !open {
            commands.push(Command::CancelImport);
        }
    }

    fn contents_ui(
        &mut self,
        ui: &mut egui::Ui,
        lang: Lang,
        notation: Notation,
        commands: &mut Vec<Command>,
    ) {
        let p = &self.preview;
        let (sheet, changes, problems, unchanged) = (
            p.sheet.as_str(),
            p.changes.len(),
            p.problems.len(),
            p.unchanged.len(),
        );
        ui.label(trf!(
            lang,
            "Trang \"{sheet}\": {changes} thay đổi, {problems} vấn đề, {unchanged} dòng không đổi. Chưa có gì thay đổi cho đến khi bấm Áp dụng.",
            "Sheet \"{sheet}\": {changes} changes, {problems} problems, {unchanged} rows that change nothing. Nothing changes until you press Apply."
        ));
        ui.separator();
        ui.horizontal(|ui| {
            ui.strong(tr(lang, "Thay đổi", "Changes"));
            if ui.button(tr(lang, "Chọn tất cả", "Tick all")).clicked() {
                self.ticked.fill(true);
            }
            if ui
                .button(tr(lang, "Bỏ chọn tất cả", "Untick all"))
                .clicked()
            {
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
                    let text = format!(
                        "{name} ({}) · {}: {} → {}   ({})",
                        change.id,
                        i18n::field(lang, change.field),
                        shown(change.before),
                        shown(Some(change.after)),
                        change.cell
                    );
                    ui.checkbox(tick, text);
                }
            });
        if !self.preview.problems.is_empty() {
            ui.separator();
            ui.strong(tr(
                lang,
                "Vấn đề (không được lấy vào)",
                "Problems (not taken)",
            ));
            egui::ScrollArea::vertical()
                .id_salt("import-problems")
                .max_height(160.0)
                .auto_shrink([false, true])
                .show_rows(ui, row_height, self.preview.problems.len(), |ui, rows| {
                    for problem in self.preview.problems.get(rows).unwrap_or_default() {
                        let severity = match problem.severity {
                            Severity::Error => tr(lang, "Lỗi", "Error"),
                            Severity::Warning => tr(lang, "Cảnh báo", "Warning"),
                            Severity::Info => tr(lang, "Lưu ý", "Note"),
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
        ui.separator();
        ui.horizontal(|ui| {
            let chosen = self.chosen();
            let count = chosen.len();
            let apply = ui.add_enabled(
                count > 0,
                egui::Button::new(trf!(
                    lang,
                    "Áp dụng các thay đổi đã chọn ({count})",
                    "Apply the changes ticked ({count})"
                )),
            );
            if apply.clicked() {
                commands.push(Command::ApplyImport(chosen));
            }
            if ui.button(tr(lang, "Hủy", "Cancel")).clicked() {
                commands.push(Command::CancelImport);
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
        .set_title(tr(lang, "Nhập số liệu", "Import figures"))
        .add_filter(
            tr(
                lang,
                "Bảng tính (.xlsx, .csv)",
                "Spreadsheets (.xlsx, .csv)",
            ),
            &["xlsx", "xlsm", "csv"],
        )
        .add_filter(tr(lang, "Mọi tệp", "All files"), &["*"])
        .pick_file()
}

impl ChitieuApp {
    /// Applies the commands of the import: read a sheet (busy work), ask for one,
    /// apply the changes ticked, close the window.
    pub(super) fn apply_import(&mut self, ctx: &egui::Context, command: Command) {
        let lang = self.settings.lang;
        match command {
            Command::ImportDialog => {
                if let Some(path) = pick_sheet(lang) {
                    self.commands.push(Command::ImportFigures(path));
                }
            }
            Command::ImportFigures(path) => {
                let report = self.session.shared_report();
                let generation = self.session.generation();
                let options = import::Options {
                    notation: self.settings.notation,
                };
                let label = format!(
                    "{} {}",
                    tr(lang, "Đang đọc số liệu từ", "Reading figures from"),
                    file_name(&path)
                );
                self.work.start_busy(ctx, label, move || {
                    let result = import::read_file(&path, &report, &options).map(Box::new);
                    Outcome::Imported { generation, result }
                });
            }
            Command::ApplyImport(chosen) => {
                let Some(window) = self.import.take() else {
                    return;
                };
                if window.generation != self.session.generation() {
                    self.modal = Some(super::Modal::Error(
                        tr(
                            lang,
                            "Báo cáo đã thay đổi từ khi đọc tệp số liệu: nhập lại tệp để xem các thay đổi mới",
                            "The report changed since the sheet was read: import the sheet again to see its changes now",
                        )
                        .to_owned(),
                    ));
                    return;
                }
                let count = chosen.len();
                if self.session.apply(window.preview.apply(&chosen)) {
                    let name = file_name(&window.preview.path);
                    self.message = Some(trf!(
                        lang,
                        "Đã nhập {count} số liệu từ {name}",
                        "Imported {count} figures from {name}"
                    ));
                }
            }
            Command::CancelImport => self.import = None,
            _ => {}
        }
    }

    /// Shows what reading a sheet came to: its dry run, or why it could not be read.
    pub(super) fn imported(&mut self, generation: u64, result: Result<Box<Preview>, ImportError>) {
        match result {
            Ok(preview) => {
                let lang = self.settings.lang;
                let names = preview
                    .changes
                    .iter()
                    .map(|c| {
                        self.session
                            .indicator(&c.id)
                            .map(|i| i.name.get(lang).to_owned())
                            .unwrap_or_default()
                    })
                    .collect();
                self.import = Some(ImportWindow::new(*preview, generation, names));
            }
            Err(e) => self.modal = Some(super::Modal::Error(e.message(self.settings.lang))),
        }
    }

    /// Draws the import window, if open.
    pub(super) fn import_ui(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        if let Some(window) = &mut self.import {
            window.ui(ctx, self.settings.lang, self.settings.notation, commands);
        }
    }
}

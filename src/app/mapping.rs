//! The mapping step of an import: for a sheet whose header row chitieu does not
//! recognise (or when the user asks), say which sheet, which row holds the titles, which
//! column names the indicator and how it is matched, and which column is which figure.
//! The first rows of the sheet are shown in a small grid so the user sees what they
//! pick. The mapping itself and its reading are the library's (`chitieu_core::import::mapping`).

use super::Command;
use super::style;
use crate::app::ImportCmd;
use chitieu_core::format::{self, Notation};
use chitieu_core::i18n;
use chitieu_core::i18n::{Common, ImportUi, Text as _};
use chitieu_core::import::{
    HEADER_SEARCH_ROWS, Mapping, MappingError, MatchBy, Sheet, Value, mapping,
};
use chitieu_core::model::{Field, Lang};

/// How many of the sheet's first rows the grid shows.
const PREVIEW_ROWS: usize = 12;

/// How many characters of a cell the grid shows.
const CELL_CHARS: usize = 24;

/// How many characters of a title the lists of columns show.
const TITLE_CHARS: usize = 40;

/// How many characters of a row the list of rows shows.
const SUMMARY_CHARS: usize = 72;

/// The mapping step's state: the mapping as the user has it so far.
pub(super) struct MappingStep {
    mapping: Mapping,
    /// Why the mapping last tried could not be read.
    error: Option<MappingError>,
    /// True when the step is shown because the header row was not recognised.
    unrecognised: bool,
}

impl MappingStep {
    /// The step from `mapping` (a guess, or the mapping last used); `error` says why it
    /// was refused, if it was.
    pub(super) fn new(mapping: Mapping, error: Option<MappingError>, unrecognised: bool) -> Self {
        Self {
            mapping,
            error,
            unrecognised,
        }
    }

    /// Draws the step; the dry run and cancel become commands.
    pub(super) fn ui(
        &mut self,
        ui: &mut egui::Ui,
        sheets: &[Sheet],
        lang: Lang,
        notation: Notation,
        commands: &mut Vec<Command>,
    ) {
        ui.label(if self.unrecognised {
            ImportUi::HeaderNotRecognised.tr(lang)
        } else {
            ImportUi::MappingHint.tr(lang)
        });
        ui.separator();
        let Some(sheet) = self
            .mapping
            .sheet_in(sheets)
            .or_else(|| sheets.iter().find(|s| !s.rows.is_empty()))
        else {
            return;
        };
        egui::Grid::new("import-mapping-form")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                self.sheet_row_ui(ui, sheets, sheet, lang);
                self.header_row_ui(ui, sheet, lang);
                self.columns_ui(ui, sheet, lang);
            });
        ui.separator();
        ui.strong(ImportUi::FirstRowsHint.tr(lang));
        self.preview_ui(ui, sheet, notation);
        ui.separator();
        let checked = self.mapping.check(sheets);
        if let Err(e) = &checked {
            ui.colored_label(style::ERROR, e.message(lang));
        } else if let Some(e) = &self.error {
            ui.colored_label(style::ERROR, e.message(lang));
        }
        ui.horizontal(|ui| {
            let dry_run = ui.add_enabled(
                checked.is_ok(),
                egui::Button::new(ImportUi::PreviewTheChanges.tr(lang)),
            );
            if dry_run.clicked() {
                commands.push(Command::Import(ImportCmd::PreviewMapping(
                    self.mapping.clone(),
                )));
            }
            if ui.button(Common::Cancel.tr(lang)).clicked() {
                commands.push(Command::Import(ImportCmd::CancelImport));
            }
        });
    }

    /// The sheet, chosen among several; another sheet starts from a new guess.
    fn sheet_row_ui(&mut self, ui: &mut egui::Ui, sheets: &[Sheet], sheet: &Sheet, lang: Lang) {
        let label = ui.label(ImportUi::Sheet.tr(lang));
        if sheets.len() < 2 {
            ui.label(sheet.shown_name(lang));
            ui.end_row();
            return;
        }
        let mut chosen = None;
        egui::ComboBox::from_id_salt("import-mapping-sheet")
            .selected_text(sheet.shown_name(lang))
            .show_ui(ui, |ui| {
                for other in sheets {
                    let selected = other.name == sheet.name;
                    let name = other.shown_name(lang);
                    if ui.selectable_label(selected, name).clicked() && !selected {
                        chosen = Some(other);
                    }
                }
            })
            .response
            .labelled_by(label.id);
        ui.end_row();
        if let Some(other) = chosen {
            self.mapping = Mapping::guess(other);
            self.error = None;
        }
    }

    /// The header row, chosen among the top rows of the sheet, each shown with its texts.
    fn header_row_ui(&mut self, ui: &mut egui::Ui, sheet: &Sheet, lang: Lang) {
        let label = ui.label(ImportUi::HeaderRow.tr(lang));
        let mut chosen = None;
        let current = row_summary(sheet, self.mapping.header_row, lang);
        egui::ComboBox::from_id_salt("import-mapping-header")
            .selected_text(current)
            .width(420.0)
            .show_ui(ui, |ui| {
                for row in sheet.rows.iter().take(HEADER_SEARCH_ROWS) {
                    let number = row.index + 1;
                    let text = row_summary(sheet, number, lang);
                    if ui
                        .selectable_label(number == self.mapping.header_row, text)
                        .clicked()
                    {
                        chosen = Some(number);
                    }
                }
            })
            .response
            .labelled_by(label.id);
        ui.end_row();
        if let Some(number) = chosen {
            self.take_header_row(sheet, number);
        }
    }

    /// Takes row `number` as the header row; the columns whose new titles chitieu knows
    /// get their roles, where none is chosen yet.
    fn take_header_row(&mut self, sheet: &Sheet, number: u32) {
        self.mapping.set_header_row(sheet, number);
        self.mapping.guess_columns();
        self.error = None;
    }

    /// The indicator column and how it is matched, the unit column and the figures'.
    fn columns_ui(&mut self, ui: &mut egui::Ui, sheet: &Sheet, lang: Lang) {
        let width = column_count(sheet);
        let names: Vec<String> = (0..width)
            .map(|c| shorten(&mapping::column_name(&self.mapping, c), TITLE_CHARS))
            .collect();
        let none = Common::NoneInParens.tr(lang);
        let m = &mut self.mapping;
        column_row_ui(
            ui,
            ImportUi::IndicatorColumn.tr(lang),
            &mut m.indicator,
            &names,
            none,
        );
        let label = ui.label(ImportUi::MatchTheIndicator.tr(lang));
        ui.horizontal(|ui| {
            for by in MatchBy::ALL {
                ui.radio_value(&mut m.match_by, by, by.label(lang));
            }
        })
        .response
        .labelled_by(label.id);
        ui.end_row();
        column_row_ui(
            ui,
            ImportUi::UnitColumnChecked.tr(lang),
            &mut m.unit,
            &names,
            none,
        );
        for field in Field::ALL {
            let title = i18n::field_in_full(lang, field);
            column_row_ui(ui, title, m.figure_mut(field), &names, none);
        }
    }

    /// The first rows of the sheet in a small grid, the header row in bold, numbers in
    /// the user's notation; a row's number takes it as the header row.
    fn preview_ui(&mut self, ui: &mut egui::Ui, sheet: &Sheet, notation: Notation) {
        let width = column_count(sheet).min(26);
        let mut chosen = None;
        egui::ScrollArea::both()
            .id_salt("import-mapping-preview")
            .max_height(220.0)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                egui::Grid::new("import-mapping-rows")
                    .striped(true)
                    .spacing([10.0, 2.0])
                    .show(ui, |ui| {
                        ui.label("");
                        for c in 0..width {
                            ui.weak(chitieu_core::import::sheet::column_letter(c));
                        }
                        ui.end_row();
                        for row in sheet.rows.iter().take(PREVIEW_ROWS) {
                            let number = row.index + 1;
                            let header = number == self.mapping.header_row;
                            if ui.selectable_label(header, number.to_string()).clicked() {
                                chosen = Some(number);
                            }
                            for c in 0..width {
                                let text = match row.get(c) {
                                    Some(Value::Number(n)) => format::format_auto(*n, notation),
                                    _ => shorten(&row.text(c), CELL_CHARS),
                                };
                                let text = egui::RichText::new(text);
                                ui.label(if header { text.strong() } else { text });
                            }
                            ui.end_row();
                        }
                    });
            });
        if let Some(number) = chosen {
            self.take_header_row(sheet, number);
        }
    }
}

/// A row of the form: a label and a combo box of the sheet's columns, or none.
fn column_row_ui(
    ui: &mut egui::Ui,
    title: &str,
    value: &mut Option<u16>,
    names: &[String],
    none: &str,
) {
    let label = ui.label(title);
    let shown = value
        .and_then(|c| names.get(usize::from(c)))
        .map_or(none, String::as_str);
    egui::ComboBox::from_id_salt(("import-mapping-column", title))
        .selected_text(shown)
        .width(260.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, none);
            for (c, name) in (0u16..).zip(names) {
                ui.selectable_value(value, Some(c), name);
            }
        })
        .response
        .labelled_by(label.id);
    ui.end_row();
}

/// How many columns the sheet uses (at least one).
fn column_count(sheet: &Sheet) -> u16 {
    sheet
        .rows
        .iter()
        .filter_map(|r| r.cells.last())
        .map(|(c, _)| c.saturating_add(1))
        .max()
        .unwrap_or(1)
}

/// A row as the header-row list shows it: `Row 3: STT | Mã | Tên chỉ tiêu | …`.
fn row_summary(sheet: &Sheet, number: u32, lang: Lang) -> String {
    let texts: Vec<String> = mapping::header_texts(sheet, number)
        .into_iter()
        .filter(|t| !t.is_empty())
        .take(6)
        .map(|t| shorten(&t, CELL_CHARS))
        .collect();
    let summary = format!("{} {number}: {}", ImportUi::Row.tr(lang), texts.join(" | "));
    shorten(&summary, SUMMARY_CHARS)
}

/// A text cut to `max` characters, with … when cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

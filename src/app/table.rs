//! The table of indicators: actual against targets, editable in place.
//!
//! Rows are virtualized (`TableBody::rows`) and computed only when the report, the
//! filter or the sort change. Editing is keyboard-first: arrows move between the
//! editable cells, Enter or typing starts editing, Enter commits, Escape cancels, Tab
//! moves right.

use egui::{Align, Event, Key, Modifiers, RichText, Sense, Vec2};
use egui_extras::{Column, TableBuilder};

use super::style;
use super::{Command, View};
use crate::derived::{self, RowQuery, SortKey};
use crate::format::{self, format_auto};
use crate::i18n::{self, tr};
use crate::metrics::{Metrics, Status};
use crate::model::{Field, Indicator, IndicatorId, Lang, SectionId};

const ROW_HEIGHT: f32 = 22.0;

/// The narrowest the table gets: every figure column at its width, the name at 140 px.
/// Below that, it scrolls sideways.
const MIN_TABLE_WIDTH: f32 = 1020.0;

/// The table as one keyboard-focusable grid: while it has the focus, arrows and Tab move
/// between its cells instead of egui's own focus moving between widgets.
fn grid_id() -> egui::Id {
    egui::Id::unique("chitieu-indicator-grid")
}

/// The text field of the cell being edited (there is one at a time).
fn editor_id() -> egui::Id {
    egui::Id::unique("chitieu-cell-editor")
}
const INDENT: f32 = 14.0;

/// A cell being edited.
struct Editing {
    id: IndicatorId,
    field: Field,
    text: String,
    /// Why the last commit was refused.
    error: Option<String>,
    /// Focus the text field when it is next drawn.
    focus: bool,
    /// Select the whole text when focusing (it is the old value, to be typed over);
    /// otherwise the cursor goes to the end (the user has begun typing).
    select_all: bool,
}

/// The table's own state: filter, sort, selection of a cell, the cell being edited.
#[derive(Default)]
pub(super) struct TableView {
    query: RowQuery,
    rows: Vec<usize>,
    /// The query and report generation `rows` were computed for.
    cached: Option<(RowQuery, u64)>,
    cursor: Option<(IndicatorId, Field)>,
    editing: Option<Editing>,
    /// Scroll to this indicator's row when next drawn.
    reveal: Option<IndicatorId>,
    focus_search: bool,
}

impl TableView {
    /// Scrolls to `id` (expanding its totals) when next drawn.
    pub(super) fn reveal(&mut self, id: &IndicatorId) {
        self.reveal = Some(id.clone());
    }

    /// Moves the keyboard focus to the search box.
    pub(super) fn focus_search(&mut self) {
        self.focus_search = true;
    }

    fn refresh_rows(&mut self, view: &View<'_>) {
        let fresh = self
            .cached
            .as_ref()
            .is_some_and(|(q, g)| *g == view.generation && *q == self.query);
        if !fresh {
            self.rows = derived::rows(view.report, view.derived, &self.query);
            self.cached = Some((self.query.clone(), view.generation));
        }
    }

    /// Draws the filter bar and the table.
    pub(super) fn ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &View<'_>,
        section: Option<&SectionId>,
        commands: &mut Vec<Command>,
    ) {
        let lang = view.lang;
        self.query.section = section.cloned();
        self.query.lang = lang;
        if let Some(id) = &self.reveal {
            // Expand every total above the row, so it is shown.
            let mut parent = view.indicator(id).and_then(|i| i.parent.clone());
            let mut hops = 0;
            while let Some(p) = parent {
                self.query.collapsed.remove(&p);
                parent = view.indicator(&p).and_then(|i| i.parent.clone());
                hops += 1;
                if hops > view.report.indicators.len() {
                    break;
                }
            }
        }

        self.filter_bar_ui(ui, view);
        self.refresh_rows(view);
        let grid = ui.interact(
            ui.available_rect_before_wrap(),
            grid_id(),
            Sense::focusable_noninteractive(),
        );
        grid.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Grid,
                true,
                tr(lang, "Bảng chỉ tiêu", "Indicator table"),
            )
        });
        self.keyboard(ui, view, commands);

        let scroll_to_row = self.reveal.take().and_then(|id| {
            self.rows.iter().position(|&i| {
                view.report
                    .indicators
                    .get(i)
                    .is_some_and(|ind| ind.id == id)
            })
        });

        // Narrower than the figures need (the detail on the right, a small window): the
        // table scrolls sideways rather than cutting columns off.
        egui::ScrollArea::horizontal()
            .id_salt("table-h")
            .show(ui, |ui| {
                ui.set_min_width(MIN_TABLE_WIDTH);
                self.table_ui(ui, view, scroll_to_row, commands);
            });
        // After drawing: a focus requested while drawing would reset the filters.
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                grid_id(),
                egui::EventFilter {
                    tab: true,
                    horizontal_arrows: true,
                    vertical_arrows: true,
                    escape: false,
                },
            );
            // The cell editor handles Tab (next cell) and Escape (cancel) itself.
            m.set_focus_lock_filter(
                editor_id(),
                egui::EventFilter {
                    tab: true,
                    horizontal_arrows: true,
                    vertical_arrows: true,
                    escape: true,
                },
            );
        });
    }

    fn filter_bar_ui(&mut self, ui: &mut egui::Ui, view: &View<'_>) {
        let lang = view.lang;
        ui.horizontal_wrapped(|ui| {
            let search = ui.add(
                egui::TextEdit::singleline(&mut self.query.search)
                    .hint_text(tr(
                        lang,
                        "Tìm chỉ tiêu… (Ctrl+F)",
                        "Search indicators… (Ctrl+F)",
                    ))
                    .desired_width(220.0),
            );
            let search = search.accessible_name(tr(lang, "Tìm chỉ tiêu", "Search indicators"));
            if self.focus_search {
                search.request_focus();
                self.focus_search = false;
            }
            ui.checkbox(
                &mut self.query.behind_only,
                tr(lang, "Chỉ chỉ tiêu chưa đạt", "Behind target only"),
            );
            ui.checkbox(
                &mut self.query.revised_only,
                tr(lang, "Chỉ giá trị đã điều chỉnh", "Revised only"),
            );
            ui.checkbox(
                &mut self.query.findings_only,
                tr(lang, "Chỉ có phát hiện kiểm tra", "With findings only"),
            );
            ui.label(format!(
                "{} / {} {}",
                self.rows.len(),
                view.report.indicators.len(),
                tr(lang, "chỉ tiêu", "indicators")
            ));
        });
    }

    /// Arrow keys, Enter, Tab, Escape and typing, for the selected cell.
    fn keyboard(&mut self, ui: &mut egui::Ui, view: &View<'_>, commands: &mut Vec<Command>) {
        let editor_focused = ui.memory(|m| m.has_focus(editor_id()));
        if let Some(editing) = self.editing.as_mut().filter(|e| e.focus || editor_focused) {
            let (enter, escape, back_tab, tab) = ui.input_mut(|i| {
                (
                    i.consume_key(Modifiers::NONE, Key::Enter),
                    i.consume_key(Modifiers::NONE, Key::Escape),
                    // Before Tab, which would match Shift+Tab too.
                    i.consume_key(Modifiers::SHIFT, Key::Tab),
                    i.consume_key(Modifiers::NONE, Key::Tab),
                )
            });
            if escape {
                self.editing = None;
                ui.memory_mut(|m| m.request_focus(grid_id()));
            } else if enter || tab || back_tab {
                match parse_cell(&editing.text, view) {
                    Ok(value) => {
                        commands.push(Command::SetValue {
                            id: editing.id.clone(),
                            field: editing.field,
                            value,
                        });
                        self.editing = None;
                        ui.memory_mut(|m| m.request_focus(grid_id()));
                        if tab {
                            self.move_cursor(view, 0, 1);
                        } else if back_tab {
                            self.move_cursor(view, 0, -1);
                        }
                    }
                    Err(message) => {
                        // The field keeps the focus: correct the text, or Escape.
                        editing.error = Some(message);
                    }
                }
            }
            return;
        }
        let Some((id, field)) = self.cursor.clone() else {
            return;
        };
        if !ui.memory(|m| m.has_focus(grid_id())) {
            return;
        }
        // Count every press: keys pressed faster than frames still each move a cell.
        // Shift+Tab is taken before Tab, which would otherwise match it too.
        let (rows, cols, edit) = ui.input_mut(|i| {
            let up = i.count_and_consume_key(Modifiers::NONE, Key::ArrowUp);
            let down = i.count_and_consume_key(Modifiers::NONE, Key::ArrowDown);
            let left = i.count_and_consume_key(Modifiers::NONE, Key::ArrowLeft)
                + i.count_and_consume_key(Modifiers::SHIFT, Key::Tab);
            let right = i.count_and_consume_key(Modifiers::NONE, Key::ArrowRight)
                + i.count_and_consume_key(Modifiers::NONE, Key::Tab);
            let edit = i.consume_key(Modifiers::NONE, Key::Enter)
                || i.consume_key(Modifiers::NONE, Key::F2);
            (
                down.cast_signed() - up.cast_signed(),
                right.cast_signed() - left.cast_signed(),
                edit,
            )
        });
        if rows != 0 || cols != 0 {
            self.move_cursor(view, rows, cols);
            if let Some((id, _)) = &self.cursor {
                // The table scrolls by itself (`move_cursor` reveals the row).
                commands.push(Command::SelectIndicator {
                    id: id.clone(),
                    reveal: false,
                });
            }
            return;
        }
        let typed: String = ui.input_mut(|i| {
            let mut typed = String::new();
            i.events.retain(|e| match e {
                Event::Text(t) if t.chars().all(|c| c.is_ascii_digit() || "+-−.,".contains(c)) => {
                    typed.push_str(t);
                    false
                }
                _ => true,
            });
            typed
        });
        if edit || !typed.is_empty() {
            let current = view.indicator(&id).and_then(|i| i.value(field));
            let select_all = typed.is_empty();
            let text = if select_all {
                current
                    .map(|v| format_auto(v, view.notation))
                    .unwrap_or_default()
            } else {
                typed
            };
            self.editing = Some(Editing {
                id,
                field,
                text,
                error: None,
                focus: true,
                select_all,
            });
        }
    }

    /// Moves the selected cell by `rows` rows and `cols` editable columns.
    fn move_cursor(&mut self, view: &View<'_>, rows: isize, cols: isize) {
        let Some((id, field)) = &self.cursor else {
            return;
        };
        let Some(row) = self.rows.iter().position(|&i| {
            view.report
                .indicators
                .get(i)
                .is_some_and(|ind| &ind.id == id)
        }) else {
            return;
        };
        let col = Field::ALL.iter().position(|f| f == field).unwrap_or(0);
        let new_row = row
            .saturating_add_signed(rows)
            .min(self.rows.len().saturating_sub(1));
        let new_col = col.saturating_add_signed(cols).min(Field::ALL.len() - 1);
        let Some(ind) = self
            .rows
            .get(new_row)
            .and_then(|&i| view.report.indicators.get(i))
        else {
            return;
        };
        let new_field = Field::ALL.get(new_col).copied().unwrap_or(*field);
        self.cursor = Some((ind.id.clone(), new_field));
        if rows != 0 {
            self.reveal = Some(ind.id.clone());
        }
    }

    fn table_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &View<'_>,
        scroll_to_row: Option<usize>,
        commands: &mut Vec<Command>,
    ) {
        let lang = view.lang;
        // Nobody selects text in a grid, and selectable labels cost a frame dearly.
        ui.style_mut().interaction.selectable_labels = false;
        let mut table = TableBuilder::new(ui)
            .id_salt("indicators")
            .striped(true)
            .resizable(true)
            .sense(Sense::click())
            .cell_layout(egui::Layout::left_to_right(Align::Center));
        for column in COLUMNS {
            table = table.column(column.width.column());
        }
        if let Some(row) = scroll_to_row {
            table = table.scroll_to_row(row, Some(Align::Center));
        }
        let sort = self.query.sort;
        let mut new_sort = None;
        let table = table.header(2.0 * ROW_HEIGHT - 4.0, |mut header| {
            for column in COLUMNS {
                header.col(|ui| {
                    if let Some(s) = header_ui(ui, lang, column, sort) {
                        new_sort = Some(s);
                    }
                });
            }
        });
        let rows = &self.rows;
        let mut state = RowState {
            filtering: self.query.is_filtering(),
            collapsed: &self.query.collapsed,
            cursor: self.cursor.as_ref(),
            editing: &mut self.editing,
            toggled: None,
            clicked: None,
        };
        table.body(|body| {
            body.rows(ROW_HEIGHT, rows.len(), |mut row| {
                let Some(&i) = rows.get(row.index()) else {
                    return;
                };
                let Some(ind) = view.report.indicators.get(i) else {
                    return;
                };
                row.set_selected(view.selected == Some(&ind.id));
                let cells = Cells {
                    view,
                    ind,
                    i,
                    m: view.derived.metrics_of(i),
                };
                for column in COLUMNS {
                    row.col(|ui| (column.cell)(ui, &cells, &mut state));
                }
                if row.response().clicked() && state.clicked.is_none() {
                    state.clicked = Some((ind.id.clone(), None, false));
                }
            });
        });
        let (toggled, clicked_cell) = (state.toggled, state.clicked);
        if let Some(sort) = new_sort {
            self.query.sort = sort;
        }
        if let Some(id) = toggled
            && !self.query.collapsed.remove(&id)
        {
            self.query.collapsed.insert(id);
        }
        if let Some((id, field, double)) = clicked_cell {
            self.cell_clicked(ui, view, id, field, double, commands);
        }
    }

    /// A click anywhere in a row puts the keyboard on it: on the clicked figure, or on
    /// the column the keyboard was in (the period target to begin with). A double click
    /// on a figure edits it.
    fn cell_clicked(
        &mut self,
        ui: &mut egui::Ui,
        view: &View<'_>,
        id: IndicatorId,
        field: Option<Field>,
        double: bool,
        commands: &mut Vec<Command>,
    ) {
        ui.memory_mut(|m| m.request_focus(grid_id()));
        let field =
            field.unwrap_or_else(|| self.cursor.as_ref().map_or(Field::Target, |(_, f)| *f));
        self.cursor = Some((id.clone(), field));
        if double {
            let current = view.indicator(&id).and_then(|i| i.value(field));
            self.editing = Some(Editing {
                id: id.clone(),
                field,
                text: current
                    .map(|v| format_auto(v, view.notation))
                    .unwrap_or_default(),
                error: None,
                focus: true,
                select_all: true,
            });
        }
        commands.push(Command::SelectIndicator { id, reveal: false });
    }
}

/// How wide a column is.
#[derive(Clone, Copy)]
enum Width {
    /// Always this wide.
    Exact(f32),
    /// What the other columns leave, at least this; cut if narrower.
    Remainder { at_least: f32 },
    /// Resizable by the user from `initial`, never below `at_least`; cut if narrower.
    Initial { initial: f32, at_least: f32 },
}

impl Width {
    fn column(self) -> Column {
        match self {
            Self::Exact(width) => Column::exact(width),
            Self::Remainder { at_least } => Column::remainder().at_least(at_least).clip(true),
            Self::Initial { initial, at_least } => {
                Column::initial(initial).at_least(at_least).clip(true)
            }
        }
    }
}

/// What one row's cells read.
struct Cells<'a> {
    view: &'a View<'a>,
    ind: &'a Indicator,
    /// The indicator's position in the report.
    i: usize,
    m: Metrics,
}

/// What the cells share across the rows, and what they report back to the table.
struct RowState<'a> {
    /// Rows are filtered: breakdowns are not folded.
    filtering: bool,
    collapsed: &'a std::collections::HashSet<IndicatorId>,
    /// The keyboard's cell.
    cursor: Option<&'a (IndicatorId, Field)>,
    editing: &'a mut Option<Editing>,
    /// The total whose breakdown was folded or unfolded.
    toggled: Option<IndicatorId>,
    /// The cell clicked: its row, its figure if it is one, and whether twice.
    clicked: Option<(IndicatorId, Option<Field>, bool)>,
}

/// One column of the table: the one place that says its width, its title, what clicking
/// the title sorts by and how its cells are drawn.
struct TableColumn {
    width: Width,
    title: fn(Lang) -> &'static str,
    /// What a click on the title sorts by; `None` for a column that does not sort.
    sort: Option<SortKey>,
    cell: fn(&mut egui::Ui, &Cells<'_>, &mut RowState<'_>),
}

/// The columns, left to right. The name takes what the figures leave; the figures keep
/// their widths.
const COLUMNS: &[TableColumn] = &[
    TableColumn {
        width: Width::Exact(34.0),
        title: |_| "",
        sort: None,
        cell: marks_cell_ui,
    },
    TableColumn {
        width: Width::Remainder { at_least: 140.0 },
        title: |lang| tr(lang, "Chỉ tiêu", "Indicator"),
        sort: Some(SortKey::Name),
        cell: name_cell_ui,
    },
    TableColumn {
        width: Width::Initial {
            initial: 64.0,
            at_least: 40.0,
        },
        title: |lang| tr(lang, "Đơn vị", "Unit"),
        sort: Some(SortKey::Unit),
        cell: |ui, cells, _| {
            ui.add(egui::Label::new(cells.ind.unit.get(cells.view.lang)).truncate());
        },
    },
    TableColumn {
        width: Width::Initial {
            initial: 86.0,
            at_least: 60.0,
        },
        title: |lang| i18n::field(lang, Field::Actual),
        sort: Some(SortKey::Value(Field::Actual)),
        cell: |ui, cells, state| value_cell_ui(ui, cells, state, Field::Actual),
    },
    TableColumn {
        width: Width::Initial {
            initial: 64.0,
            at_least: 50.0,
        },
        title: |lang| i18n::field(lang, Field::YoyGrowthPct),
        sort: Some(SortKey::Value(Field::YoyGrowthPct)),
        cell: |ui, cells, state| value_cell_ui(ui, cells, state, Field::YoyGrowthPct),
    },
    TableColumn {
        width: Width::Initial {
            initial: 86.0,
            at_least: 60.0,
        },
        title: |lang| i18n::field(lang, Field::Target),
        sort: Some(SortKey::Value(Field::Target)),
        cell: |ui, cells, state| value_cell_ui(ui, cells, state, Field::Target),
    },
    TableColumn {
        width: Width::Initial {
            initial: 100.0,
            at_least: 70.0,
        },
        title: |lang| i18n::achievement(lang, Field::Target),
        sort: Some(SortKey::Achievement),
        cell: |ui, cells, _| achievement_ui(ui, cells, Field::Target),
    },
    TableColumn {
        width: Width::Initial {
            initial: 86.0,
            at_least: 60.0,
        },
        title: |lang| i18n::field(lang, Field::AnnualTarget),
        sort: Some(SortKey::Value(Field::AnnualTarget)),
        cell: |ui, cells, state| value_cell_ui(ui, cells, state, Field::AnnualTarget),
    },
    TableColumn {
        width: Width::Initial {
            initial: 100.0,
            at_least: 70.0,
        },
        title: |lang| i18n::achievement(lang, Field::AnnualTarget),
        sort: Some(SortKey::AnnualAchievement),
        cell: |ui, cells, _| achievement_ui(ui, cells, Field::AnnualTarget),
    },
    TableColumn {
        width: Width::Initial {
            initial: 86.0,
            at_least: 60.0,
        },
        title: |lang| tr(lang, "Còn lại 6 tháng cuối", "Left for H2"),
        sort: Some(SortKey::Remaining),
        cell: remaining_cell_ui,
    },
    TableColumn {
        width: Width::Initial {
            initial: 84.0,
            at_least: 60.0,
        },
        title: i18n::status_title,
        sort: Some(SortKey::Status),
        cell: status_cell_ui,
    },
];

/// A column's title, which sorts by the column when clicked: returns the new sort.
fn header_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    column: &TableColumn,
    sort: Option<(SortKey, bool)>,
) -> Option<Option<(SortKey, bool)>> {
    let title = (column.title)(lang);
    let Some(key) = column.sort else {
        ui.label(title);
        return None;
    };
    let arrow = match sort {
        Some((k, true)) if k == key => " ▲",
        Some((k, false)) if k == key => " ▼",
        _ => "",
    };
    // Titles wrap onto two lines rather than widen the column.
    let response = ui
        .add(
            egui::Label::new(RichText::new(format!("{title}{arrow}")).strong())
                .wrap()
                .sense(Sense::click()),
        )
        .on_hover_text(tr(lang, "Bấm để sắp xếp", "Click to sort"));
    response.clicked().then(|| match sort {
        Some((k, true)) if k == key => Some((key, false)),
        Some((k, false)) if k == key => None,
        _ => Some((key, true)),
    })
}

/// The marks of a row: revised, findings (their messages on hover).
fn marks_cell_ui(ui: &mut egui::Ui, cells: &Cells<'_>, _: &mut RowState<'_>) {
    let Cells { view, ind, i, .. } = *cells;
    let lang = view.lang;
    if ind.is_any_revised() {
        ui.colored_label(style::REVISED, style::REVISED_SIGN)
            .on_hover_text(tr(lang, "Có giá trị đã điều chỉnh", "Has revised values"));
    }
    if view.derived.findings_about(i).next().is_some() {
        // The messages are written only when asked for.
        ui.colored_label(
            style::status_color(Status::Close, ui.visuals().dark_mode),
            style::FINDING_SIGN,
        )
        .on_hover_ui(|ui| {
            for finding in view.derived.findings_about(i) {
                ui.label(finding.message(lang, view.notation));
            }
        });
    }
}

/// The name, indented under its total, with a toggle for its breakdown.
fn name_cell_ui(ui: &mut egui::Ui, cells: &Cells<'_>, state: &mut RowState<'_>) {
    let Cells { view, ind, i, .. } = *cells;
    let lang = view.lang;
    let name = ind.name.get(lang);
    let depth = view.derived.depth.get(i).copied().unwrap_or(0);
    ui.add_space(INDENT * depth as f32);
    let has_children = view.derived.children.get(i).is_some_and(|c| !c.is_empty());
    if has_children && !state.filtering {
        let open = !state.collapsed.contains(&ind.id);
        let (sign, verb) = if open {
            ("▾", tr(lang, "Thu gọn", "Collapse"))
        } else {
            ("▸", tr(lang, "Mở rộng", "Expand"))
        };
        let r = ui
            .add(egui::Button::new(sign).frame(false).small())
            .accessible_name(format!("{verb}: {name}"));
        if r.clicked() {
            state.toggled = Some(ind.id.clone());
        }
    } else {
        ui.add_space(14.0);
    }
    let r = ui.add(egui::Label::new(name).truncate().sense(Sense::click()));
    let r = r.on_hover_text(ind.name.get(other(lang)));
    if r.clicked() {
        state.clicked = Some((ind.id.clone(), None, false));
    }
}

/// What remains for the second half to reach the annual target.
fn remaining_cell_ui(ui: &mut egui::Ui, cells: &Cells<'_>, _: &mut RowState<'_>) {
    let Cells { view, ind, m, .. } = cells;
    let lang = view.lang;
    let text = m
        .h2_remaining
        .map(|v| {
            format::format_computed(
                v,
                &[ind.actual, ind.value(Field::AnnualTarget)],
                view.notation,
            )
        })
        .unwrap_or_default();
    let color = ui.visuals().text_color();
    text_cell(
        ui,
        &text,
        color,
        &format!(
            "{}: {}: {text}",
            tr(lang, "Còn lại 6 tháng cuối", "Left for H2"),
            ind.name.get(lang)
        ),
    );
}

/// The status, signed and coloured.
fn status_cell_ui(ui: &mut egui::Ui, cells: &Cells<'_>, _: &mut RowState<'_>) {
    let Cells { view, ind, m, .. } = cells;
    let lang = view.lang;
    if let Some(status) = m.status() {
        let text = format!(
            "{} {}",
            style::status_sign(status),
            i18n::status(lang, status)
        );
        let color = style::status_color(status, ui.visuals().dark_mode);
        text_cell(
            ui,
            &text,
            color,
            &format!(
                "{}: {}: {text}",
                i18n::status_title(lang),
                ind.name.get(lang)
            ),
        );
    }
}

fn other(lang: Lang) -> Lang {
    match lang {
        Lang::Vi => Lang::En,
        Lang::En => Lang::Vi,
    }
}

/// Parses what was typed in a cell: empty clears the value.
fn parse_cell(text: &str, view: &View<'_>) -> Result<Option<f64>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    format::parse(text, view.notation)
        .map(Some)
        .map_err(|e| i18n::parse_error(view.lang, &e))
}

/// A computed cell: its text painted right-aligned, named for screen readers (and
/// tests) by column and indicator, as "Status: Budget revenue: ✓ Met".
fn text_cell(
    ui: &mut egui::Ui,
    text: &str,
    color: egui::Color32,
    accessible: &str,
) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(
        Vec2::new(ui.available_width(), ROW_HEIGHT - 2.0),
        Sense::hover(),
    );
    paint_right(ui, rect, RichText::new(text), color);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Cell, true, accessible));
    response
}

/// Paints `text` right-aligned in `rect`, cut with "…" if it does not fit.
fn paint_right(ui: &egui::Ui, rect: egui::Rect, text: RichText, color: egui::Color32) {
    let galley = egui::WidgetText::from(text.color(color)).into_galley(
        ui,
        Some(egui::TextWrapMode::Truncate),
        rect.width() - 6.0,
        egui::TextStyle::Body,
    );
    let pos = egui::pos2(
        rect.right() - 3.0 - galley.size().x,
        rect.center().y - galley.size().y / 2.0,
    );
    ui.painter().galley(pos, galley, color);
}

/// An editable figure: a selectable cell, or a text field while it is being edited.
fn value_cell_ui(ui: &mut egui::Ui, cells: &Cells<'_>, state: &mut RowState<'_>, field: Field) {
    if let Some(clicked) = value_cell_inner_ui(ui, cells.view, cells.ind, field, state) {
        state.clicked = Some(clicked);
    }
}

/// An editable figure; returns the cell when clicked (and whether twice).
fn value_cell_inner_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    ind: &Indicator,
    field: Field,
    state: &mut RowState<'_>,
) -> Option<(IndicatorId, Option<Field>, bool)> {
    let (cursor, editing) = (state.cursor, &mut *state.editing);
    let lang = view.lang;
    let name = ind.name.get(lang);
    let column = i18n::field(lang, field);
    if let Some(e) = editing
        .as_mut()
        .filter(|e| e.id == ind.id && e.field == field)
    {
        let edit_id = editor_id();
        let mut output = egui::TextEdit::singleline(&mut e.text)
            .id(edit_id)
            .desired_width(f32::INFINITY)
            .align(egui::Align2::RIGHT_CENTER)
            .show(ui);
        let response = output
            .response
            .response
            .clone()
            .accessible_name(format!("{column}: {name}"));
        if e.focus {
            response.request_focus();
            let end = egui::text::CCursor::new(e.text.chars().count());
            let start = if e.select_all {
                egui::text::CCursor::new(0)
            } else {
                end
            };
            output
                .state
                .cursor
                .set_char_range(Some(egui::text::CCursorRange::two(start, end)));
            output.state.store(ui.ctx(), edit_id);
            e.focus = false;
        }
        if let Some(error) = &e.error {
            response.show_tooltip_text(RichText::new(error).color(style::ERROR));
        }
        return None;
    }
    let value = ind.value(field);
    let text = value
        .map(|v| format_auto(v, view.notation))
        .unwrap_or_default();
    let revised = ind.is_revised(field);
    let mut rich = RichText::new(&text);
    if revised {
        rich = rich.italics();
    }
    let selected = cursor.is_some_and(|(id, f)| id == &ind.id && *f == field);
    // A cell: the whole width clicks, the number sits on the right like a spreadsheet's.
    let (rect, response) = ui.allocate_exact_size(
        Vec2::new(ui.available_width(), ROW_HEIGHT - 2.0),
        Sense::click(),
    );
    let visuals = ui.style().interact_selectable(&response, selected);
    if selected || response.hovered() {
        ui.painter().rect(
            rect,
            2.0,
            visuals.weak_bg_fill,
            visuals.bg_stroke,
            egui::StrokeKind::Inside,
        );
    }
    let color = if revised {
        style::REVISED
    } else {
        visuals.text_color()
    };
    paint_right(ui, rect, rich, color);
    let label = format!("{column}: {name}: {text}");
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &label));
    let response = if revised {
        let original = ind
            .report_value(field)
            .map_or_else(|| "—".to_owned(), |v| format_auto(v, view.notation));
        response.on_hover_text(format!("{}: {original}", i18n::report_value(lang)))
    } else {
        response
    };
    if response.double_clicked() {
        Some((ind.id.clone(), Some(field), true))
    } else if response.clicked() {
        Some((ind.id.clone(), Some(field), false))
    } else {
        None
    }
}

/// Achievement as a small bar coloured by status, with the percent (or, for rates,
/// the gap in points).
fn achievement_ui(ui: &mut egui::Ui, cells: &Cells<'_>, of: Field) {
    let Cells { view, ind, m, .. } = cells;
    let (pct, gap, status) = match of {
        Field::AnnualTarget => (m.annual_achievement_pct, m.annual_gap_pts, m.annual_status),
        _ => (m.achievement_pct, m.gap_pts, m.period_status),
    };
    let lang = view.lang;
    let text = match (pct, gap) {
        (Some(p), _) => format!("{}%", format::format(p, view.notation, 1, true)),
        (None, Some(g)) => format!(
            "{}{} {}",
            if g > 0.0 { "+" } else { "" },
            format::format(g, view.notation, 2, true),
            i18n::points(lang)
        ),
        (None, None) => return,
    };
    let (rect, response) = ui.allocate_exact_size(
        Vec2::new(ui.available_width(), ROW_HEIGHT - 4.0),
        Sense::hover(),
    );
    let dark = ui.visuals().dark_mode;
    let color = status.map_or(ui.visuals().weak_text_color(), |s| {
        style::status_color(s, dark)
    });
    if let Some(p) = pct {
        let painter = ui.painter();
        let track = rect.shrink2(Vec2::new(0.0, 5.0));
        painter.rect_filled(track, 2.0, ui.visuals().faint_bg_color);
        // The bar runs to 150 %; the 100 % mark is drawn across it.
        let filled = (p / 150.0).clamp(0.0, 1.0) as f32;
        let mut bar = track;
        bar.set_width(track.width() * filled);
        painter.rect_filled(bar, 2.0, color.gamma_multiply(0.55));
        let x100 = track.left() + track.width() * (100.0 / 150.0);
        painter.vline(
            x100,
            track.y_range(),
            egui::Stroke::new(1.0, ui.visuals().text_color()),
        );
    }
    ui.painter().text(
        rect.right_center() - Vec2::new(2.0, 0.0),
        egui::Align2::RIGHT_CENTER,
        &text,
        egui::FontId::proportional(13.0),
        if pct.is_some() {
            ui.visuals().strong_text_color()
        } else {
            color
        },
    );
    let what = i18n::achievement(lang, of);
    let label = format!("{what}: {}: {text}", ind.name.get(lang));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Cell, true, &label));
}

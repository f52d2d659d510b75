//! The table of indicators: actual against targets, editable in place.
//!
//! Rows are virtualized (`TableBody::rows`) and computed only when the report, the
//! filter or the sort change. Editing is keyboard-first: arrows move between the
//! editable cells, Enter or typing starts editing, Enter commits, Escape cancels, Tab
//! moves right.

use crate::app::{BrowseCmd, EditCmd, StructureCmd, ViewCmd};
use egui::{Align, Event, Key, Modifiers, RichText, Sense, Vec2};
use egui_extras::{Column, TableBuilder};

use super::style;
use super::{Command, View};
use chitieu_core::derived::{self, RowQuery, SortKey};
use chitieu_core::format::{self, format_auto};
use chitieu_core::i18n::{self, tr};
use chitieu_core::metrics::{Metrics, Status};
use chitieu_core::model::{Field, Indicator, IndicatorId, Lang, Period, SectionId};

const ROW_HEIGHT: f32 = 22.0;

/// Room kept under the tables for the horizontal scroll bar of the figures, so it never
/// covers a row.
const SCROLL_BAR_ROOM: f32 = 14.0;

/// What a figure's text needs beyond its own width: the margins of the cell.
const CELL_PADDING: f32 = 10.0;

/// The name column's width to begin with, and its bounds.
const NAME_WIDTH: f32 = 230.0;
const NAME_WIDTH_RANGE: (f32, f32) = (120.0, 600.0);

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
    /// The width each column needs, for the report generation, notation and language.
    widths: Option<FitCache>,
    /// The report gives last year's figures of its own (see [`Report::states_priors`]),
    /// for the generation `rows` were computed for.
    priors_stated: bool,
}

impl TableView {
    /// Scrolls to `id` (expanding its totals) when next drawn.
    pub(super) fn reveal(&mut self, id: &IndicatorId) {
        self.reveal = Some(id.clone());
    }

    /// The rows shown, as positions in the report, top to bottom.
    pub(super) fn rows(&self) -> &[usize] {
        &self.rows
    }

    /// Moves the keyboard focus to the search box.
    pub(super) fn focus_search(&mut self) {
        self.focus_search = true;
    }

    fn refresh_rows(&mut self, ctx: &egui::Context, view: &View<'_>) {
        let fresh = self
            .cached
            .as_ref()
            .is_some_and(|(q, g)| *g == view.generation && *q == self.query);
        if !fresh {
            self.rows = derived::rows(view.report, view.derived, &self.query);
            self.cached = Some((self.query.clone(), view.generation));
            self.priors_stated = view.report.states_priors();
            // The plots, drawn before the table, follow its rows on the next frame.
            ctx.request_repaint();
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

        self.filter_bar_ui(ui, view, commands);
        self.refresh_rows(ui.ctx(), view);
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
        self.clipboard(ui, view, commands);
        self.keyboard(ui, view, commands);

        let scroll_to_row = self.reveal.take().and_then(|id| {
            self.rows.iter().position(|&i| {
                view.report
                    .indicators
                    .get(i)
                    .is_some_and(|ind| ind.id == id)
            })
        });

        self.table_ui(ui, view, scroll_to_row, commands);
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

    fn filter_bar_ui(&mut self, ui: &mut egui::Ui, view: &View<'_>, commands: &mut Vec<Command>) {
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
            ui.menu_button(tr(lang, "Cột ▾", "Columns ▾"), |ui| {
                for (key, title) in optional_columns(lang, view.report.period) {
                    let mut shown = self.column_shown(view, key);
                    if ui.checkbox(&mut shown, title).changed() {
                        commands.push(Command::View(ViewCmd::ShowColumn {
                            column: key.to_owned(),
                            shown,
                        }));
                    }
                }
            });
            let picked = view.rows_picked.len();
            let picked = if picked > 1 {
                format!(" · {picked} {}", tr(lang, "hàng đang chọn", "rows picked"))
            } else {
                String::new()
            };
            // Whole on one line: on a narrow window it goes below, not in two halves.
            ui.add(
                egui::Label::new(format!(
                    "{} / {} {}{picked}",
                    self.rows.len(),
                    view.report.indicators.len(),
                    tr(lang, "chỉ tiêu", "indicators")
                ))
                .extend(),
            );
        });
    }

    /// Ctrl+C and Ctrl+V (which arrive as copy and paste events) while no text field has
    /// the keyboard: copy the rows, paste a column from the selected cell down.
    fn clipboard(&mut self, ui: &mut egui::Ui, view: &View<'_>, commands: &mut Vec<Command>) {
        if ui.ctx().text_edit_focused() {
            return;
        }
        let (copy, pasted) = ui.input_mut(|i| {
            let mut copy = false;
            let mut pasted = None;
            i.events.retain(|e| match e {
                Event::Copy => {
                    copy = true;
                    false
                }
                Event::Paste(text) => {
                    pasted = Some(text.clone());
                    false
                }
                _ => true,
            });
            (copy, pasted)
        });
        if copy {
            commands.push(Command::Browse(BrowseCmd::Copy));
        }
        let Some(text) = pasted else {
            return;
        };
        let cells: Vec<String> = chitieu_core::export::clipboard::pasted_column(&text)
            .into_iter()
            .map(str::to_owned)
            .collect();
        let (field, ids) = match &self.cursor {
            Some((id, field)) => {
                let start = self.rows.iter().position(|&i| {
                    view.report
                        .indicators
                        .get(i)
                        .is_some_and(|ind| &ind.id == id)
                });
                let ids = start
                    .map(|start| {
                        self.rows
                            .iter()
                            .skip(start)
                            .take(cells.len())
                            .filter_map(|&i| view.report.indicators.get(i))
                            .map(|ind| ind.id.clone())
                            .collect()
                    })
                    .unwrap_or_default();
                (*field, ids)
            }
            None => (Field::Target, Vec::new()),
        };
        commands.push(Command::Edit(EditCmd::Paste { field, ids, cells }));
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
                match parse_cell(&editing.text, view, &editing.id, editing.field) {
                    Ok(value) => {
                        commands.push(Command::Edit(EditCmd::SetValue {
                            id: editing.id.clone(),
                            field: editing.field,
                            value,
                        }));
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
                commands.push(Command::Browse(BrowseCmd::SelectIndicator {
                    id: id.clone(),
                    reveal: false,
                }));
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

    /// True when the column `key` shows: not hidden by the user, and for a column hidden
    /// unless asked for ([`SHOWN_WHEN_ASKED`]), asked for — or, for last year's figure,
    /// a report that gives it as a figure of its own (one made by the next period).
    fn column_shown(&self, view: &View<'_>, key: &str) -> bool {
        if view.hidden_columns.iter().any(|h| h == key) {
            return false;
        }
        // A year (or a quarter alone) has nothing left for the rest of the year.
        if key == "remaining" && !chitieu_core::metrics::remaining_after(&view.report.period) {
            return false;
        }
        !SHOWN_WHEN_ASKED.contains(&key)
            || view.shown_columns.iter().any(|s| s == key)
            || (key == "prior" && self.priors_stated)
    }

    /// The editable figures in the order of their columns, those shown only.
    fn shown_fields(&self, view: &View<'_>) -> Vec<Field> {
        COLUMNS
            .iter()
            .filter(|c| self.column_shown(view, c.key))
            .filter_map(|c| c.field)
            .collect()
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
        let fields = self.shown_fields(view);
        let col = fields.iter().position(|f| f == field).unwrap_or(0);
        let new_row = row
            .saturating_add_signed(rows)
            .min(self.rows.len().saturating_sub(1));
        let new_col = col
            .saturating_add_signed(cols)
            .min(fields.len().saturating_sub(1));
        let Some(ind) = self
            .rows
            .get(new_row)
            .and_then(|&i| view.report.indicators.get(i))
        else {
            return;
        };
        let new_field = fields.get(new_col).copied().unwrap_or(*field);
        self.cursor = Some((ind.id.clone(), new_field));
        if rows != 0 {
            self.reveal = Some(ind.id.clone());
        }
    }

    /// The width of each figure column: as wide as its widest text over the whole report
    /// (in the chosen notation and language, in the table's font), so that no figure is
    /// ever cut. Each row's texts are measured once and again only when an edit changes
    /// that row's figures (laying text out is the dearest thing a frame does: measuring
    /// 100 000 rows on every edit took a second); the notation, the language, the font
    /// or a change of structure measure every row anew.
    fn fit_widths(&mut self, ui: &egui::Ui, view: &View<'_>) -> Vec<f32> {
        let font = egui::TextStyle::Body.resolve(ui.style());
        let key = (view.notation, view.lang, font.size.to_bits());
        let n = view.report.indicators.len();
        let mut cache = match self.widths.take() {
            Some(cache) if cache.key == key && cache.rows.len() == n * COLUMNS.len() => cache,
            _ => FitCache {
                key,
                generation: view.generation,
                rows: Vec::new(),
                widest: Vec::new(),
                widths: Vec::new(),
            },
        };
        let dirty = if cache.rows.is_empty() {
            None
        } else if cache.generation == view.generation {
            Some(Vec::new())
        } else {
            view.changed_since(cache.generation)
        };
        if dirty.as_ref().is_none_or(|rows| !rows.is_empty()) || cache.widths.is_empty() {
            let ncol = COLUMNS.len();
            ui.fonts_mut(|fonts| {
                let mut measure = |i: usize, row: &mut [f32]| {
                    let Some(ind) = view.report.indicators.get(i) else {
                        return;
                    };
                    let cells = Cells {
                        view,
                        ind,
                        i,
                        m: view.derived.metrics_of(i),
                    };
                    for (column, width) in COLUMNS.iter().zip(row.iter_mut()) {
                        let text = column.text.map(|text| text(&cells)).unwrap_or_default();
                        *width = if text.is_empty() {
                            0.0
                        } else {
                            let galley =
                                fonts.layout_no_wrap(text, font.clone(), egui::Color32::WHITE);
                            (galley.size().x + CELL_PADDING).ceil()
                        };
                    }
                };
                match &dirty {
                    Some(rows) => {
                        // A row that held a column's widest text and narrowed: that
                        // column's widest is looked for again; otherwise it only grows.
                        let mut rescan = vec![false; ncol];
                        for &i in rows {
                            let at = i * ncol;
                            let Some(row) = cache.rows.get_mut(at..at + ncol) else {
                                continue;
                            };
                            let old = row.to_vec();
                            measure(i, row);
                            for (c, ((new, old), widest)) in
                                row.iter().zip(old).zip(&mut cache.widest).enumerate()
                            {
                                if *new >= *widest {
                                    *widest = *new;
                                } else if old >= *widest
                                    && let Some(r) = rescan.get_mut(c)
                                {
                                    *r = true;
                                }
                            }
                        }
                        if rescan.contains(&true) {
                            cache.widest = widest_of(&cache.rows, ncol);
                        }
                    }
                    None => {
                        cache.rows = vec![0.0; n * ncol];
                        for (i, row) in cache.rows.chunks_mut(ncol).enumerate() {
                            measure(i, row);
                        }
                        cache.widest = widest_of(&cache.rows, ncol);
                    }
                }
            });
            cache.widths = COLUMNS
                .iter()
                .zip(&cache.widest)
                .map(|(column, widest)| {
                    widest
                        .min(column.width.at_most())
                        .max(column.width.at_least())
                })
                .collect();
        }
        cache.generation = view.generation;
        let widths = cache.widths.clone();
        self.widths = Some(cache);
        widths
    }

    /// The names, frozen at the left, and the figures beside them, which scroll sideways
    /// when the window is narrow; both scroll up and down together.
    fn table_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &View<'_>,
        scroll_to_row: Option<usize>,
        commands: &mut Vec<Command>,
    ) {
        // Nobody selects text in a grid, and selectable labels cost a frame dearly.
        ui.style_mut().interaction.selectable_labels = false;
        let fit = self.fit_widths(ui, view);
        let shown: Vec<(usize, &TableColumn)> = COLUMNS
            .iter()
            .enumerate()
            .filter(|(_, c)| c.frozen || self.column_shown(view, c.key))
            .collect();
        let (frozen, scrolled): (Vec<_>, Vec<_>) = shown.into_iter().partition(|(_, c)| c.frozen);
        let offset_id = egui::Id::unique("chitieu-table-offset");
        let name_id = egui::Id::unique("chitieu-name-width");
        let offset = ui.data(|d| d.get_temp::<f32>(offset_id)).unwrap_or(0.0);
        let name_width = ui
            .data_mut(|d| *d.get_persisted_mut_or(name_id, NAME_WIDTH))
            .clamp(NAME_WIDTH_RANGE.0, NAME_WIDTH_RANGE.1);
        // When every figure fits, the names take what the figures leave.
        let spacing = ui.spacing().item_spacing.x;
        let figures_width: f32 = scrolled
            .iter()
            .map(|(i, _)| fit.get(*i).copied().unwrap_or(0.0) + spacing)
            .sum();
        let marks_width: f32 = frozen
            .iter()
            .filter(|(_, c)| c.key != "name")
            .map(|(i, _)| fit.get(*i).copied().unwrap_or(0.0) + spacing)
            .sum();
        let leftover = ui.available_width() - figures_width - marks_width - 6.0 - spacing;
        let name_width = name_width.max(leftover.min(NAME_WIDTH_RANGE.1));
        let frozen_width: f32 = name_width
            + frozen
                .iter()
                .filter(|(_, c)| c.key != "name")
                .map(|(i, _)| fit.get(*i).copied().unwrap_or(0.0) + ui.spacing().item_spacing.x)
                .sum::<f32>();
        let body_height =
            (ui.available_height() - 2.0 * ROW_HEIGHT - SCROLL_BAR_ROOM).max(ROW_HEIGHT);
        let sort = self.query.sort;
        let mut new_sort = None;
        let mut state = RowState {
            filtering: self.query.is_filtering(),
            collapsed: &self.query.collapsed,
            cursor: self.cursor.as_ref(),
            editing: &mut self.editing,
            toggled: None,
            clicked: None,
            menu: None,
        };
        let grid = Grid {
            view,
            rows: &self.rows,
            fit: &fit,
            offset,
            body_height,
            scroll_to_row,
            sort,
        };
        let (left, right) = ui
            .horizontal_top(|ui| {
                ui.spacing_mut().item_spacing.x = 0.0;
                let left = ui
                    .allocate_ui_with_layout(
                        Vec2::new(frozen_width, ui.available_height()),
                        egui::Layout::top_down(Align::Min),
                        |ui| {
                            ui.set_width(frozen_width);
                            ui.spacing_mut().item_spacing.x = 8.0;
                            grid.ui(ui, "frozen", &frozen, true, &mut state, &mut new_sort)
                        },
                    )
                    .inner;
                // The border between the names and the figures: drag to widen the names.
                let (rect, response) = ui.allocate_exact_size(
                    Vec2::new(6.0, ui.available_height() - SCROLL_BAR_ROOM),
                    Sense::drag(),
                );
                let stroke = if response.hovered() || response.dragged() {
                    ui.visuals().widgets.hovered.bg_stroke
                } else {
                    ui.visuals().widgets.noninteractive.bg_stroke
                };
                ui.painter().vline(rect.center().x, rect.y_range(), stroke);
                if response.hovered() || response.dragged() {
                    ui.set_cursor_icon(egui::CursorIcon::ResizeColumn);
                }
                if response.dragged() {
                    let w = (name_width + response.drag_delta().x)
                        .clamp(NAME_WIDTH_RANGE.0, NAME_WIDTH_RANGE.1);
                    ui.data_mut(|d| d.insert_persisted(name_id, w));
                }
                let right = egui::ScrollArea::horizontal()
                    .id_salt("table-h")
                    .show(ui, |ui| {
                        ui.vertical(|ui| {
                            ui.spacing_mut().item_spacing.x = 8.0;
                            grid.ui(ui, "figures", &scrolled, false, &mut state, &mut new_sort)
                        })
                        .inner
                    })
                    .inner;
                (left, right)
            })
            .inner;
        // Whichever half the user scrolled leads; the other follows on the next frame.
        let moved = if (right - offset).abs() > 0.5 {
            right
        } else {
            left
        };
        if (moved - offset).abs() > 0.5 || (left - right).abs() > 0.5 {
            ui.data_mut(|d| d.insert_temp(offset_id, moved));
            ui.ctx().request_repaint();
        }
        let (toggled, clicked_cell, menu) = (state.toggled, state.clicked, state.menu);
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
        if let Some(command) = menu {
            commands.push(command);
        }
    }

    /// A click anywhere in a row puts the keyboard on it: on the clicked figure, or on
    /// the column the keyboard was in (the period target to begin with). A double click
    /// on a figure edits it. Shift+click picks the rows from the one clicked last to
    /// this one, Ctrl+click (⌘ on macOS) adds or removes this row, for copying.
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
        let modifiers = ui.input(|i| i.modifiers);
        let pick = if double {
            None
        } else if modifiers.shift {
            Some(super::Pick::Range)
        } else if modifiers.command {
            Some(super::Pick::Toggle)
        } else {
            None
        };
        commands.push(match pick {
            Some(how) => Command::Browse(BrowseCmd::PickRow { id, how }),
            None => Command::Browse(BrowseCmd::SelectIndicator { id, reveal: false }),
        });
    }
}

/// What both halves of the table read: the rows, the column widths, the shared scroll.
struct Grid<'a> {
    view: &'a View<'a>,
    rows: &'a [usize],
    /// The width each column needs (by position in [`COLUMNS`]).
    fit: &'a [f32],
    /// The vertical scroll both halves show.
    offset: f32,
    body_height: f32,
    scroll_to_row: Option<usize>,
    sort: Option<(SortKey, bool)>,
}

impl Grid<'_> {
    /// One half of the table: its header and its rows. Returns where it scrolled to.
    fn ui(
        &self,
        ui: &mut egui::Ui,
        salt: &str,
        columns: &[(usize, &TableColumn)],
        frozen: bool,
        state: &mut RowState<'_>,
        new_sort: &mut Option<Option<(SortKey, bool)>>,
    ) -> f32 {
        let (view, lang) = (self.view, self.view.lang);
        // Each set of columns keeps its own widths.
        let keys: Vec<&str> = columns.iter().map(|(_, c)| c.key).collect();
        let mut table = TableBuilder::new(ui)
            .id_salt((salt, keys))
            .striped(true)
            .resizable(!frozen)
            .sense(Sense::click())
            // The figures' half lives in a sideways scroll area, which has no right edge.
            .auto_shrink([!frozen, false])
            .min_scrolled_height(0.0)
            .max_scroll_height(self.body_height)
            .vertical_scroll_offset(self.offset)
            .cell_layout(egui::Layout::left_to_right(Align::Center));
        if frozen {
            table =
                table.scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysHidden);
        }
        for (i, column) in columns {
            let fit = self.fit.get(*i).copied().unwrap_or(60.0);
            table = table.column(column.width.column(fit));
        }
        if let Some(row) = self.scroll_to_row {
            table = table.scroll_to_row(row, Some(Align::Center));
        }
        let table = table.header(3.0 * ROW_HEIGHT - 8.0, |mut header| {
            for (_, column) in columns {
                header.col(|ui| {
                    let period = self.view.report.period;
                    if let Some(s) = header_ui(ui, lang, period, column, self.sort) {
                        *new_sort = Some(s);
                    }
                });
            }
        });
        let rows = self.rows;
        let output = table.body(|body| {
            body.rows(ROW_HEIGHT, rows.len(), |mut row| {
                let Some(&i) = rows.get(row.index()) else {
                    return;
                };
                let Some(ind) = view.report.indicators.get(i) else {
                    return;
                };
                row.set_selected(
                    view.selected == Some(&ind.id) || view.rows_picked.contains(&ind.id),
                );
                let cells = Cells {
                    view,
                    ind,
                    i,
                    m: view.derived.metrics_of(i),
                };
                for (_, column) in columns {
                    row.col(|ui| (column.cell)(ui, &cells, state));
                }
                let response = row.response();
                if response.clicked() && state.clicked.is_none() {
                    state.clicked = Some((ind.id.clone(), None, false));
                }
                response.context_menu(|ui| row_menu_ui(ui, view, ind, &mut state.menu));
            });
        });
        output.state.clamped_offset().y
    }
}

/// The right-click menu of a row: the indicator list, edited in place.
fn row_menu_ui(ui: &mut egui::Ui, view: &View<'_>, ind: &Indicator, menu: &mut Option<Command>) {
    let lang = view.lang;
    let items = [
        (
            tr(lang, "Thêm chỉ tiêu thành phần…", "Add a part…"),
            Command::Structure(StructureCmd::AddIndicator {
                section: Some(ind.section.clone()),
                parent: Some(ind.id.clone()),
            }),
        ),
        (
            tr(lang, "Mô tả chỉ tiêu…", "Describe the indicator…"),
            Command::Structure(StructureCmd::DescribeIndicator(ind.id.clone())),
        ),
        (
            tr(lang, "Chuyển lên", "Move up"),
            Command::Structure(StructureCmd::MoveIndicator {
                id: ind.id.clone(),
                up: true,
            }),
        ),
        (
            tr(lang, "Chuyển xuống", "Move down"),
            Command::Structure(StructureCmd::MoveIndicator {
                id: ind.id.clone(),
                up: false,
            }),
        ),
        (
            tr(lang, "Xoá chỉ tiêu…", "Delete…"),
            Command::Structure(StructureCmd::AskDeleteIndicator(ind.id.clone())),
        ),
    ];
    for (label, command) in items {
        if ui.button(label).clicked() {
            *menu = Some(command);
            ui.close();
        }
    }
}

/// How wide a column is.
#[derive(Clone, Copy)]
enum Width {
    /// Always this wide.
    Exact(f32),
    /// What the other columns leave, at least this; cut if narrower.
    Remainder { at_least: f32 },
    /// Resizable by the user from `initial` (or what its widest figure needs), never
    /// below that.
    Initial { initial: f32, at_least: f32 },
    /// A text that may be cut (with "…", whole on hover): as wide as its widest text
    /// up to `at_most`.
    Bounded { at_least: f32, at_most: f32 },
}

impl Width {
    /// The column, never narrower than `fit` (what its widest text needs).
    fn column(self, fit: f32) -> Column {
        match self {
            Self::Exact(width) => Column::exact(width),
            Self::Remainder { at_least } => Column::remainder().at_least(at_least).clip(true),
            Self::Initial { initial, .. } => {
                Column::initial(initial.max(fit)).at_least(fit).clip(true)
            }
            Self::Bounded { at_least, .. } => Column::initial(fit).at_least(at_least).clip(true),
        }
    }

    /// The widest its texts make the column: figures are never cut, so only the unit
    /// (cut with "…", whole on hover) has a bound.
    fn at_most(self) -> f32 {
        match self {
            Self::Bounded { at_most, .. } => at_most,
            _ => f32::INFINITY,
        }
    }

    /// The narrowest the column may be, whatever its texts.
    fn at_least(self) -> f32 {
        match self {
            Self::Exact(width) => width,
            Self::Remainder { at_least }
            | Self::Initial { at_least, .. }
            | Self::Bounded { at_least, .. } => at_least,
        }
    }
}

/// Every row's measured texts, for the figure columns' widths.
struct FitCache {
    /// The notation, the language and the font size they were measured in.
    key: (chitieu_core::format::Notation, Lang, u32),
    /// The session's generation they are up to date with.
    generation: u64,
    /// Each text's width, row by row, a width a column (0 for none).
    rows: Vec<f32>,
    /// Each column's widest text.
    widest: Vec<f32>,
    /// Each column's width: its widest text, within the column's bounds.
    widths: Vec<f32>,
}

/// Each column's widest text, from the widths of every row's texts (`ncol` a row).
fn widest_of(rows: &[f32], ncol: usize) -> Vec<f32> {
    let mut widest = vec![0.0_f32; ncol];
    for row in rows.chunks_exact(ncol) {
        for (w, r) in widest.iter_mut().zip(row) {
            *w = w.max(*r);
        }
    }
    widest
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
    /// What the row's right-click menu asked for.
    menu: Option<Command>,
}

/// One column of the table: the one place that says its width, its title, what clicking
/// the title sorts by and how its cells are drawn.
struct TableColumn {
    /// The column's name in the preferences (which columns show).
    key: &'static str,
    /// Frozen at the left: it stays when the figures scroll sideways, and always shows.
    frozen: bool,
    width: Width,
    title: fn(Lang) -> &'static str,
    /// What a click on the title sorts by; `None` for a column that does not sort.
    sort: Option<SortKey>,
    cell: fn(&mut egui::Ui, &Cells<'_>, &mut RowState<'_>),
    /// The text a cell shows, which the column must be wide enough for.
    text: Option<fn(&Cells<'_>) -> String>,
    /// The editable figure the column shows, if it shows one.
    field: Option<Field>,
}

/// The columns hidden until the user asks for them in the Columns chooser.
const SHOWN_WHEN_ASKED: [&str; 1] = ["prior"];

/// The columns, left to right: the marks and the name frozen at the left, then the
/// figures, each as wide as its widest text. The status follows the period's columns, so
/// that a small screen shows the name, the actual, the period target, the % and the
/// status without scrolling.
const COLUMNS: &[TableColumn] = &[
    TableColumn {
        key: "marks",
        frozen: true,
        width: Width::Exact(34.0),
        title: |_| "",
        sort: None,
        cell: marks_cell_ui,
        text: None,
        field: None,
    },
    TableColumn {
        key: "name",
        frozen: true,
        width: Width::Remainder { at_least: 100.0 },
        title: |lang| tr(lang, "Chỉ tiêu", "Indicator"),
        sort: Some(SortKey::Name),
        cell: name_cell_ui,
        text: None,
        field: None,
    },
    TableColumn {
        key: "unit",
        frozen: false,
        width: Width::Bounded {
            at_least: 40.0,
            at_most: 96.0,
        },
        title: |lang| tr(lang, "Đơn vị", "Unit"),
        sort: Some(SortKey::Unit),
        cell: |ui, cells, _| {
            let unit = cells.ind.unit.get(cells.view.lang);
            ui.add(egui::Label::new(unit).truncate());
        },
        text: Some(|cells| cells.ind.unit.get(cells.view.lang).to_owned()),
        field: None,
    },
    TableColumn {
        key: "prior",
        frozen: false,
        width: Width::Initial {
            initial: 70.0,
            at_least: 60.0,
        },
        title: |lang| i18n::field(lang, Field::Prior),
        sort: Some(SortKey::Value(Field::Prior)),
        cell: |ui, cells, state| value_cell_ui(ui, cells, state, Field::Prior),
        text: Some(|cells| figure_text(cells, Field::Prior)),
        field: Some(Field::Prior),
    },
    TableColumn {
        key: "actual",
        frozen: false,
        width: Width::Initial {
            initial: 60.0,
            at_least: 50.0,
        },
        title: |lang| i18n::field(lang, Field::Actual),
        sort: Some(SortKey::Value(Field::Actual)),
        cell: |ui, cells, state| value_cell_ui(ui, cells, state, Field::Actual),
        text: Some(|cells| figure_text(cells, Field::Actual)),
        field: Some(Field::Actual),
    },
    TableColumn {
        key: "yoy",
        frozen: false,
        // Its title needs this much on two lines.
        width: Width::Initial {
            initial: 64.0,
            at_least: 64.0,
        },
        title: |lang| i18n::field(lang, Field::YoyGrowthPct),
        sort: Some(SortKey::Value(Field::YoyGrowthPct)),
        cell: |ui, cells, state| value_cell_ui(ui, cells, state, Field::YoyGrowthPct),
        text: Some(|cells| figure_text(cells, Field::YoyGrowthPct)),
        field: Some(Field::YoyGrowthPct),
    },
    TableColumn {
        key: "target",
        frozen: false,
        width: Width::Initial {
            initial: 60.0,
            at_least: 50.0,
        },
        title: |lang| i18n::field(lang, Field::Target),
        sort: Some(SortKey::Value(Field::Target)),
        cell: |ui, cells, state| value_cell_ui(ui, cells, state, Field::Target),
        text: Some(|cells| figure_text(cells, Field::Target)),
        field: Some(Field::Target),
    },
    TableColumn {
        key: "target_pct",
        frozen: false,
        width: Width::Initial {
            initial: 60.0,
            at_least: 60.0,
        },
        title: |lang| i18n::achievement(lang, Field::Target),
        sort: Some(SortKey::Achievement),
        cell: |ui, cells, _| achievement_ui(ui, cells, Field::Target),
        text: Some(|cells| achievement_text(cells, Field::Target)),
        field: None,
    },
    TableColumn {
        key: "status",
        frozen: false,
        width: Width::Initial {
            initial: 60.0,
            at_least: 60.0,
        },
        title: i18n::status_title,
        sort: Some(SortKey::Status),
        cell: status_cell_ui,
        text: Some(status_text),
        field: None,
    },
    TableColumn {
        key: "annual",
        frozen: false,
        width: Width::Initial {
            initial: 60.0,
            at_least: 50.0,
        },
        title: |lang| i18n::field(lang, Field::AnnualTarget),
        sort: Some(SortKey::Value(Field::AnnualTarget)),
        cell: |ui, cells, state| value_cell_ui(ui, cells, state, Field::AnnualTarget),
        text: Some(|cells| figure_text(cells, Field::AnnualTarget)),
        field: Some(Field::AnnualTarget),
    },
    TableColumn {
        key: "annual_pct",
        frozen: false,
        width: Width::Initial {
            initial: 60.0,
            at_least: 60.0,
        },
        title: |lang| i18n::achievement(lang, Field::AnnualTarget),
        sort: Some(SortKey::AnnualAchievement),
        cell: |ui, cells, _| achievement_ui(ui, cells, Field::AnnualTarget),
        text: Some(|cells| achievement_text(cells, Field::AnnualTarget)),
        field: None,
    },
    TableColumn {
        key: "remaining",
        frozen: false,
        width: Width::Initial {
            initial: 60.0,
            at_least: 50.0,
        },
        title: |lang| tr(lang, "Còn lại 6 tháng cuối", "Left for H2"),
        sort: Some(SortKey::Remaining),
        cell: remaining_cell_ui,
        text: Some(remaining_text),
        field: None,
    },
    TableColumn {
        key: "rest_needed",
        frozen: false,
        // Its title needs this much on two lines.
        width: Width::Initial {
            initial: 72.0,
            at_least: 72.0,
        },
        title: i18n::rest_needed_title,
        sort: Some(SortKey::RestNeeded),
        cell: rest_needed_cell_ui,
        text: Some(rest_needed_text),
        field: None,
    },
];

/// The columns the user may hide, in order: their preference key and title.
pub(super) fn optional_columns(lang: Lang, period: Period) -> Vec<(&'static str, String)> {
    COLUMNS
        .iter()
        .filter(|c| !c.frozen)
        .map(|c| (c.key, column_title(c, lang, period)))
        .collect()
}

/// A column's title; what remains after the period names the months it is for.
fn column_title(column: &TableColumn, lang: Lang, period: Period) -> String {
    if column.key == "remaining" {
        i18n::remaining_title(lang, period)
    } else {
        (column.title)(lang).to_owned()
    }
}

/// A figure as its cell shows it.
fn figure_text(cells: &Cells<'_>, field: Field) -> String {
    shown_text(cells.ind, field, cells.view.notation)
}

/// A figure as the table shows it: as entered, and last year's figure derived from the
/// growth with the decimals of the actual it came from.
pub(super) fn shown_text(ind: &Indicator, field: Field, notation: format::Notation) -> String {
    let Some(v) = ind.value(field) else {
        return String::new();
    };
    if field == Field::Prior && ind.prior_is_derived() {
        format::format_computed(v, &[ind.report_value(Field::Actual)], notation)
    } else {
        format_auto(v, notation)
    }
}

/// An achievement as its cell shows it: the percent, or for a rate the gap in points.
fn achievement_text(cells: &Cells<'_>, of: Field) -> String {
    let m = &cells.m;
    let (pct, gap) = match of {
        Field::AnnualTarget => (m.annual_achievement_pct, m.annual_gap_pts),
        _ => (m.achievement_pct, m.gap_pts),
    };
    chitieu_core::export::clipboard::achievement_text(
        pct,
        gap,
        cells.view.notation,
        cells.view.lang,
    )
    .unwrap_or_default()
}

/// What remains for the second half, as its cell shows it.
fn remaining_text(cells: &Cells<'_>) -> String {
    let Cells { view, ind, m, .. } = cells;
    m.h2_remaining
        .map(|v| {
            format::format_computed(
                v,
                &[ind.actual, ind.value(Field::AnnualTarget)],
                view.notation,
            )
        })
        .unwrap_or_default()
}

/// The growth the rest of the year needs, as its cell shows it: two decimals, as the
/// ministry publishes it, with its percent sign.
fn rest_needed_text(cells: &Cells<'_>) -> String {
    cells
        .m
        .rest_required_growth_pct
        .map(|v| format!("{}%", format::format(v, cells.view.notation, 2, true)))
        .unwrap_or_default()
}

/// The status, signed, as its cell shows it.
fn status_text(cells: &Cells<'_>) -> String {
    cells
        .m
        .status()
        .map(|status| {
            format!(
                "{} {}",
                style::status_sign(status),
                i18n::status(cells.view.lang, status)
            )
        })
        .unwrap_or_default()
}

/// A column's title, which sorts by the column when clicked: returns the new sort.
fn header_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    period: Period,
    column: &TableColumn,
    sort: Option<(SortKey, bool)>,
) -> Option<Option<(SortKey, bool)>> {
    let title = column_title(column, lang, period);
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
        ui.colored_label(
            style::revised_color(ui.visuals().dark_mode),
            style::REVISED_SIGN,
        )
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
    r.context_menu(|ui| row_menu_ui(ui, view, ind, &mut state.menu));
}

/// What remains for the second half to reach the annual target.
fn remaining_cell_ui(ui: &mut egui::Ui, cells: &Cells<'_>, _: &mut RowState<'_>) {
    let lang = cells.view.lang;
    let text = remaining_text(cells);
    let color = ui.visuals().text_color();
    text_cell(
        ui,
        &text,
        color,
        &format!(
            "{}: {}: {text}",
            i18n::remaining_title(lang, cells.view.report.period),
            cells.ind.name.get(lang)
        ),
    );
}

/// The growth the rest of the year needs; a click opens the window that shows its
/// arithmetic and asks "what if".
fn rest_needed_cell_ui(ui: &mut egui::Ui, cells: &Cells<'_>, state: &mut RowState<'_>) {
    let lang = cells.view.lang;
    let text = rest_needed_text(cells);
    let color = ui.visuals().text_color();
    let response = text_cell(
        ui,
        &text,
        color,
        &format!(
            "{}: {}: {text}",
            i18n::rest_needed_title(lang),
            cells.ind.name.get(lang)
        ),
    );
    if text.is_empty() {
        return;
    }
    // Sensing clicks takes them from the row: a click still selects it.
    let response = response.interact(Sense::click());
    if response.clicked() {
        state.clicked = Some((cells.ind.id.clone(), None, false));
    }
    if response.double_clicked() {
        state.menu = Some(Command::View(ViewCmd::ShowRestOfYear(cells.ind.id.clone())));
    }
    response.context_menu(|ui| row_menu_ui(ui, cells.view, cells.ind, &mut state.menu));
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

/// Parses what was typed in a cell (empty clears the value) and checks it against the
/// kind of figure: a count is whole and not negative, a share lies in 0–100.
fn parse_cell(
    text: &str,
    view: &View<'_>,
    id: &IndicatorId,
    field: Field,
) -> Result<Option<f64>, String> {
    let Some(ind) = view.indicator(id) else {
        return Err(String::new());
    };
    let value = chitieu_core::entry::parse(text, view.notation, ind.measure, field)
        .map_err(|e| e.message(view.lang))?;
    // A growth that follows the actual and last year's figure is not typed over; the
    // same figure entered again changes nothing.
    if value != ind.value(field) {
        chitieu_core::entry::editable(ind, field).map_err(|e| e.message(view.lang))?;
    }
    Ok(value)
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
    paint_right(ui, rect, &response, RichText::new(text), color);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Cell, true, accessible));
    response
}

/// Paints `text` right-aligned in `rect`. A text too wide for its cell is never cut
/// (a shortened number reads as another number): the cell says `###`, as a spreadsheet
/// does, and the full text shows on hover.
fn paint_right(
    ui: &egui::Ui,
    rect: egui::Rect,
    response: &egui::Response,
    text: RichText,
    color: egui::Color32,
) {
    let room = rect.width() - CELL_PADDING;
    let full = text.text().to_owned();
    let galley = egui::WidgetText::from(text.clone().color(color)).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Body,
    );
    let galley = if galley.size().x > room {
        if response.hovered() {
            response.show_tooltip_text(full);
        }
        egui::WidgetText::from(RichText::new("###").color(color)).into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Body,
        )
    } else {
        galley
    };
    let pos = egui::pos2(
        rect.right() - CELL_PADDING / 2.0 - galley.size().x,
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
    let text = shown_text(ind, field, view.notation);
    // A growth computed away from the printed one reads as revised: the printed one is
    // the report's own value, on hover.
    let revised = ind.is_revised(field)
        || (field == Field::YoyGrowthPct && ind.printed_growth_differs().is_some());
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
    let refused = refused_mark(ui, view, ind, field, rect);
    let color = if revised {
        style::revised_color(ui.visuals().dark_mode)
    } else {
        visuals.text_color()
    };
    paint_right(ui, rect, &response, rich, color);
    let label = match &refused {
        Some(reason) => format!("{column}: {name}: {text} ({reason})"),
        None => format!("{column}: {name}: {text}"),
    };
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &label));
    let response = if revised {
        let original = ind
            .report_value(field)
            .map_or_else(|| "—".to_owned(), |v| format_auto(v, view.notation));
        response.on_hover_text(format!("{}: {original}", i18n::report_value(lang)))
    } else {
        response
    };
    let response = match refused {
        Some(reason) => response.on_hover_text(RichText::new(reason).color(style::ERROR)),
        None => response,
    };
    response.context_menu(|ui| row_menu_ui(ui, view, ind, &mut state.menu));
    if response.double_clicked() {
        Some((ind.id.clone(), Some(field), true))
    } else if response.clicked() {
        Some((ind.id.clone(), Some(field), false))
    } else {
        None
    }
}

/// Frames a cell the last paste refused, until the report next changes, and returns
/// why it was refused.
fn refused_mark(
    ui: &egui::Ui,
    view: &View<'_>,
    ind: &Indicator,
    field: Field,
    rect: egui::Rect,
) -> Option<String> {
    let lang = view.lang;
    let error = view.refused.reason(view.generation, &ind.id, field)?;
    ui.painter().rect(
        rect.shrink(1.0),
        2.0,
        style::ERROR.gamma_multiply(0.15),
        egui::Stroke::new(2.0, style::ERROR),
        egui::StrokeKind::Inside,
    );
    Some(format!(
        "{}: {}",
        tr(lang, "Không dán được", "Not pasted"),
        error.message(lang)
    ))
}

/// Achievement as a small bar coloured by status, with the percent (or, for rates,
/// the gap in points).
fn achievement_ui(ui: &mut egui::Ui, cells: &Cells<'_>, of: Field) {
    let Cells { view, ind, m, .. } = cells;
    let (pct, status) = match of {
        Field::AnnualTarget => (m.annual_achievement_pct, m.annual_status),
        _ => (m.achievement_pct, m.period_status),
    };
    let lang = view.lang;
    let text = achievement_text(cells, of);
    if text.is_empty() {
        return;
    }
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
    let text_color = if pct.is_some() {
        ui.visuals().strong_text_color()
    } else {
        color
    };
    paint_right(ui, rect, &response, RichText::new(&text), text_color);
    let what = i18n::achievement(lang, of);
    let label = format!("{what}: {}: {text}", ind.name.get(lang));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Cell, true, &label));
}

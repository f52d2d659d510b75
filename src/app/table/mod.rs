//! The table of indicators: actual against targets, editable in place.
//!
//! Rows are virtualized (`TableBody::rows`) and computed only when the report, the
//! filter or the sort change. Editing is keyboard-first: arrows move between the
//! editable cells, Enter or typing starts editing, Enter commits, Escape cancels, Tab
//! moves right.

use crate::app::{BrowseCmd, EditCmd, ViewCmd};
use egui::{Align, Event, Key, Modifiers, RichText, Sense, Vec2};
use egui_extras::{Column, TableBuilder};

mod cells;
mod columns;
mod grid;

use cells::*;
pub(super) use columns::shown_text;
use columns::*;
use grid::*;

use super::actions::Action;
use super::style;
use super::{Command, View};
use chitieu_core::columns::ColumnId;
use chitieu_core::derived::{self, RowQuery, SortKey};
use chitieu_core::format::{self, format_auto};
use chitieu_core::i18n::{self, AppText, Text as _};
use chitieu_core::metrics::{Metrics, Status};
use chitieu_core::model::{Field, Indicator, IndicatorId, Lang, Period, SectionId};

pub(super) const ROW_HEIGHT: f32 = 22.0;

/// Room kept under the tables for the horizontal scroll bar of the figures, so it never
/// covers a row.
pub(super) const SCROLL_BAR_ROOM: f32 = 14.0;

/// What a figure's text needs beyond its own width: the margins of the cell.
pub(super) const CELL_PADDING: f32 = 10.0;

/// The name column's width to begin with, and its bounds.
pub(super) const NAME_WIDTH: f32 = 230.0;
pub(super) const NAME_WIDTH_RANGE: (f32, f32) = (120.0, 600.0);

/// What a pass over the rows reports: the total whose breakdown was folded or
/// unfolded, the cell clicked (its row, its figure, whether twice), a row menu's
/// command.
type RowsAsked = (
    Option<IndicatorId>,
    Option<(IndicatorId, Option<Field>, bool)>,
    Option<Command>,
);

/// The border between the names and the figures: drag to widen the names.
fn divider_ui(ui: &mut egui::Ui, name_width: f32, name_id: egui::Id) {
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
        let w =
            (name_width + response.drag_delta().x).clamp(NAME_WIDTH_RANGE.0, NAME_WIDTH_RANGE.1);
        ui.data_mut(|d| d.insert_persisted(name_id, w));
    }
}

/// The table as one keyboard-focusable grid: while it has the focus, arrows and Tab move
/// between its cells instead of egui's own focus moving between widgets.
pub(super) fn grid_id() -> egui::Id {
    egui::Id::unique("chitieu-indicator-grid")
}

/// The text field of the cell being edited (there is one at a time).
pub(super) fn editor_id() -> egui::Id {
    egui::Id::unique("chitieu-cell-editor")
}
pub(super) const INDENT: f32 = 14.0;

/// A cell being edited.
pub(super) struct Editing {
    pub(super) id: IndicatorId,
    pub(super) field: Field,
    pub(super) text: String,
    /// Why the last commit was refused.
    pub(super) error: Option<String>,
    /// Focus the text field when it is next drawn.
    pub(super) focus: bool,
    /// Select the whole text when focusing (it is the old value, to be typed over);
    /// otherwise the cursor goes to the end (the user has begun typing).
    pub(super) select_all: bool,
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
            egui::WidgetInfo::labeled(egui::Role::Grid, true, AppText::IndicatorTable.tr(lang))
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
        // The search box is where the action Find puts the keyboard: its name and its
        // shortcut, as this platform writes it.
        let find = Action::Find;
        let hint = format!("{}… ({})", find.label(lang), find.shortcut_text(ui.ctx()));
        ui.horizontal_wrapped(|ui| {
            let search = ui.add(
                egui::TextEdit::singleline(&mut self.query.search)
                    .hint_text(hint)
                    .desired_width(220.0),
            );
            let search = search.accessible_name(find.label(lang));
            if self.focus_search {
                search.request_focus();
                self.focus_search = false;
            }
            ui.checkbox(&mut self.query.behind_only, AppText::BehindOnly.tr(lang));
            ui.checkbox(&mut self.query.revised_only, AppText::RevisedOnly.tr(lang));
            ui.checkbox(
                &mut self.query.findings_only,
                AppText::FindingsOnly.tr(lang),
            );
            ui.menu_button(AppText::Columns.tr(lang), |ui| {
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
                format!(" · {picked} {}", AppText::RowsPicked.tr(lang))
            } else {
                String::new()
            };
            // Whole on one line: on a narrow window it goes below, not in two halves.
            ui.add(
                egui::Label::new(format!(
                    "{} / {} {}{picked}",
                    self.rows.len(),
                    view.report.indicators.len(),
                    AppText::IndicatorsShown.tr(lang)
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

    /// The columns shown, in order (`chitieu_core::columns::shown`): not hidden by the
    /// user (`hidden`), a column hidden by default only when asked for (`asked_for`) —
    /// or, for last year's figure, in a report that gives it as a figure of its own (one
    /// made by the next period). Ctrl+C copies these.
    pub(super) fn columns_shown(
        &self,
        hidden: &[String],
        asked_for: &[String],
        period: &Period,
    ) -> Vec<ColumnId> {
        let priors = self.priors_stated;
        chitieu_core::columns::shown(
            hidden,
            asked_for,
            |id| id == ColumnId::Prior && priors,
            period,
        )
    }

    /// True when the column `key` shows (see [`Self::columns_shown`]).
    fn column_shown(&self, view: &View<'_>, key: &str) -> bool {
        self.columns_shown(view.hidden_columns, view.shown_columns, &view.report.period)
            .iter()
            .any(|id| id.column().is_some_and(|c| c.key == key))
    }

    /// The editable figures in the order of their columns, those shown only.
    fn shown_fields(&self, view: &View<'_>) -> Vec<Field> {
        let ids = self.columns_shown(view.hidden_columns, view.shown_columns, &view.report.period);
        COLUMNS
            .iter()
            .filter(|c| ids.contains(&c.id))
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
                        let text = column
                            .text
                            .map(|text| text(&cells, column.id))
                            .unwrap_or_default();
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
        let ids = self.columns_shown(view.hidden_columns, view.shown_columns, &view.report.period);
        let shown: Vec<(usize, &TableColumn)> = COLUMNS
            .iter()
            .enumerate()
            .filter(|(_, c)| c.frozen || ids.contains(&c.id))
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
                divider_ui(ui, name_width, name_id);
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
        let asked = (state.toggled, state.clicked, state.menu);
        self.after_rows(ui, view, new_sort, asked, commands);
    }

    /// What a click in the rows asked for: a new sort, a breakdown folded or unfolded,
    /// a cell clicked, a row menu's command.
    fn after_rows(
        &mut self,
        ui: &mut egui::Ui,
        view: &View<'_>,
        new_sort: Option<Option<(SortKey, bool)>>,
        asked: RowsAsked,
        commands: &mut Vec<Command>,
    ) {
        let (toggled, clicked_cell, menu) = asked;
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

//! The two halves of the table (the frozen names, the scrolled figures): their header
//! and their virtualized rows, and a row's right-click menu.

use super::*;

/// What both halves of the table read: the rows, the column widths, the shared scroll.
pub(super) struct Grid<'a> {
    pub(super) view: &'a View<'a>,
    pub(super) rows: &'a [usize],
    /// The width each column needs (by position in [`COLUMNS`]).
    pub(super) fit: &'a [f32],
    /// The vertical scroll both halves show.
    pub(super) offset: f32,
    pub(super) body_height: f32,
    pub(super) scroll_to_row: Option<usize>,
    pub(super) sort: Option<(SortKey, bool)>,
}

impl Grid<'_> {
    /// One half of the table: its header and its rows. Returns where it scrolled to.
    pub(super) fn ui(
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

/// The right-click menu of a row: the indicator list, edited in place, through the
/// table of actions (the row clicked is the one they apply to).
pub(super) fn row_menu_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    ind: &Indicator,
    menu: &mut Option<Command>,
) {
    let scope = crate::app::actions::Scope {
        selected: Some(&ind.id),
        ..view.scope(None)
    };
    if let Some(command) =
        crate::app::actions::context_menu_ui(ui, crate::app::actions::ROW_MENU, scope, view.lang)
    {
        *menu = Some(command);
    }
}

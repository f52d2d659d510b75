//! The table's columns: what each is comes from `chitieu_core::columns` (id, title,
//! figure, hidden by default); the app adds how wide it is, what a click on its title
//! sorts by and how its cells are drawn, and the texts its width is fitted to.

use super::*;
use chitieu_core::columns::ColumnId;

/// How wide a column is.
#[derive(Clone, Copy)]
pub(super) enum Width {
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
    pub(super) fn column(self, fit: f32) -> Column {
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
    pub(super) fn at_most(self) -> f32 {
        match self {
            Self::Bounded { at_most, .. } => at_most,
            _ => f32::INFINITY,
        }
    }

    /// The narrowest the column may be, whatever its texts.
    pub(super) fn at_least(self) -> f32 {
        match self {
            Self::Exact(width) => width,
            Self::Remainder { at_least }
            | Self::Initial { at_least, .. }
            | Self::Bounded { at_least, .. } => at_least,
        }
    }
}

/// Every row's measured texts, for the figure columns' widths.
pub(super) struct FitCache {
    /// The notation, the language and the font size they were measured in.
    pub(super) key: (chitieu_core::format::Notation, Lang, u32),
    /// The session's generation they are up to date with.
    pub(super) generation: u64,
    /// Each text's width, row by row, a width a column (0 for none).
    pub(super) rows: Vec<f32>,
    /// Each column's widest text.
    pub(super) widest: Vec<f32>,
    /// Each column's width: its widest text, within the column's bounds.
    pub(super) widths: Vec<f32>,
}

/// Each column's widest text, from the widths of every row's texts (`ncol` a row).
pub(super) fn widest_of(rows: &[f32], ncol: usize) -> Vec<f32> {
    let mut widest = vec![0.0_f32; ncol];
    for row in rows.chunks_exact(ncol) {
        for (w, r) in widest.iter_mut().zip(row) {
            *w = w.max(*r);
        }
    }
    widest
}

/// What one row's cells read.
pub(super) struct Cells<'a> {
    pub(super) view: &'a View<'a>,
    pub(super) ind: &'a Indicator,
    /// The indicator's position in the report.
    pub(super) i: usize,
    pub(super) m: Metrics,
}

/// What the cells share across the rows, and what they report back to the table.
pub(super) struct RowState<'a> {
    /// Rows are filtered: breakdowns are not folded.
    pub(super) filtering: bool,
    pub(super) collapsed: &'a std::collections::HashSet<IndicatorId>,
    /// The keyboard's cell.
    pub(super) cursor: Option<&'a (IndicatorId, Field)>,
    pub(super) editing: &'a mut Option<Editing>,
    /// The total whose breakdown was folded or unfolded.
    pub(super) toggled: Option<IndicatorId>,
    /// The cell clicked: its row, its figure if it is one, and whether twice.
    pub(super) clicked: Option<(IndicatorId, Option<Field>, bool)>,
    /// What the row's right-click menu asked for.
    pub(super) menu: Option<Command>,
}

/// One column of the table: what it is (from `chitieu_core::columns::COLUMNS`, the one
/// list that Ctrl+C reads too) and how the table draws it.
pub(super) struct TableColumn {
    /// Which column.
    pub(super) id: ColumnId,
    /// The column's name in the preferences (which columns show).
    pub(super) key: &'static str,
    /// Frozen at the left: it stays when the figures scroll sideways, and always shows.
    pub(super) frozen: bool,
    /// The editable figure the column shows, if it shows one.
    pub(super) field: Option<Field>,
    pub(super) width: Width,
    /// What a click on the title sorts by; `None` for a column that does not sort.
    pub(super) sort: Option<SortKey>,
    pub(super) cell: fn(&mut egui::Ui, &Cells<'_>, &mut RowState<'_>),
    /// The text a cell shows, which the column must be wide enough for.
    pub(super) text: Option<fn(&Cells<'_>, ColumnId) -> String>,
}

/// How the table draws a column of the list.
struct Drawing {
    width: Width,
    sort: Option<SortKey>,
    cell: fn(&mut egui::Ui, &Cells<'_>, &mut RowState<'_>),
    text: Option<fn(&Cells<'_>, ColumnId) -> String>,
}

/// The figure columns' drawing: an editable figure, as wide as its widest text.
fn figure(field: Field, initial: f32, at_least: f32) -> Drawing {
    Drawing {
        width: Width::Initial { initial, at_least },
        sort: Some(SortKey::Value(field)),
        cell: match field {
            Field::Prior => |ui, cells, state| value_cell_ui(ui, cells, state, Field::Prior),
            Field::Actual => |ui, cells, state| value_cell_ui(ui, cells, state, Field::Actual),
            Field::YoyGrowthPct => {
                |ui, cells, state| value_cell_ui(ui, cells, state, Field::YoyGrowthPct)
            }
            Field::Target => |ui, cells, state| value_cell_ui(ui, cells, state, Field::Target),
            Field::AnnualTarget => {
                |ui, cells, state| value_cell_ui(ui, cells, state, Field::AnnualTarget)
            }
        },
        text: Some(column_text),
    }
}

/// How each column of the list is drawn: its width, its sort, its cells.
fn drawing(id: ColumnId) -> Drawing {
    let initial = |initial, at_least| Width::Initial { initial, at_least };
    match id {
        ColumnId::Marks => Drawing {
            width: Width::Exact(34.0),
            sort: None,
            cell: marks_cell_ui,
            text: None,
        },
        ColumnId::Name => Drawing {
            width: Width::Remainder { at_least: 100.0 },
            sort: Some(SortKey::Name),
            cell: name_cell_ui,
            text: None,
        },
        ColumnId::Unit => Drawing {
            width: Width::Bounded {
                at_least: 40.0,
                at_most: 96.0,
            },
            sort: Some(SortKey::Unit),
            cell: |ui, cells, _| {
                let unit = cells.ind.unit.get(cells.view.lang);
                ui.add(egui::Label::new(unit).truncate());
            },
            text: Some(column_text),
        },
        ColumnId::Prior => figure(Field::Prior, 70.0, 60.0),
        ColumnId::Actual => figure(Field::Actual, 60.0, 50.0),
        // Its title needs this much on two lines.
        ColumnId::Growth => figure(Field::YoyGrowthPct, 64.0, 64.0),
        ColumnId::Target => figure(Field::Target, 60.0, 50.0),
        ColumnId::Annual => figure(Field::AnnualTarget, 60.0, 50.0),
        ColumnId::TargetPct => Drawing {
            width: initial(60.0, 60.0),
            sort: Some(SortKey::Achievement),
            cell: |ui, cells, _| achievement_ui(ui, cells, Field::Target),
            text: Some(column_text),
        },
        ColumnId::Status => Drawing {
            width: initial(60.0, 60.0),
            sort: Some(SortKey::Status),
            cell: status_cell_ui,
            text: Some(status_text),
        },
        ColumnId::AnnualPct => Drawing {
            width: initial(60.0, 60.0),
            sort: Some(SortKey::AnnualAchievement),
            cell: |ui, cells, _| achievement_ui(ui, cells, Field::AnnualTarget),
            text: Some(column_text),
        },
        ColumnId::Remaining => Drawing {
            width: initial(60.0, 50.0),
            sort: Some(SortKey::Remaining),
            cell: remaining_cell_ui,
            text: Some(column_text),
        },
        // Its title needs this much on two lines.
        ColumnId::RestNeeded => Drawing {
            width: initial(72.0, 72.0),
            sort: Some(SortKey::RestNeeded),
            cell: rest_needed_cell_ui,
            text: Some(column_text),
        },
    }
}

/// The columns, left to right, as the list in `chitieu_core::columns` gives them, each
/// with its drawing.
pub(super) static COLUMNS: std::sync::LazyLock<Vec<TableColumn>> = std::sync::LazyLock::new(|| {
    chitieu_core::columns::COLUMNS
        .iter()
        .map(|c| {
            let Drawing {
                width,
                sort,
                cell,
                text,
            } = drawing(c.id);
            TableColumn {
                id: c.id,
                key: c.key,
                frozen: c.frozen,
                field: c.field,
                width,
                sort,
                cell,
                text,
            }
        })
        .collect()
});

/// The columns the user may hide, in order: their preference key and title.
pub(super) fn optional_columns(lang: Lang, period: Period) -> Vec<(&'static str, String)> {
    COLUMNS
        .iter()
        .filter(|c| !c.frozen)
        .map(|c| (c.key, c.id.title(lang, period)))
        .collect()
}

/// The text of a cell of this row in the column `id`, as the list gives it (and Ctrl+C
/// copies it).
fn text_of(cells: &Cells<'_>, id: ColumnId) -> String {
    id.text(cells.ind, &cells.m, cells.view.lang, cells.view.notation)
        .unwrap_or_default()
}

/// The text of the cell of the column `id`, as the list gives it.
fn column_text(cells: &Cells<'_>, id: ColumnId) -> String {
    text_of(cells, id)
}

/// The status, signed, as its cell shows it.
pub(super) fn status_text(cells: &Cells<'_>, _: ColumnId) -> String {
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
pub(super) fn header_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    period: Period,
    column: &TableColumn,
    sort: Option<(SortKey, bool)>,
) -> Option<Option<(SortKey, bool)>> {
    let title = column.id.title(lang, period);
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
        .on_hover_text(AppText::ClickToSort.tr(lang));
    response.clicked().then(|| match sort {
        Some((k, true)) if k == key => Some((key, false)),
        Some((k, false)) if k == key => None,
        _ => Some((key, true)),
    })
}

/// A figure as the table shows it: as entered, and last year's figure derived from the
/// growth with the decimals of the actual it came from.
pub(in crate::app) fn shown_text(
    ind: &Indicator,
    field: Field,
    notation: format::Notation,
) -> String {
    chitieu_core::columns::figure_text(ind, field, notation)
}

/// An achievement as its cell shows it: the percent, or for a rate the gap in points.
pub(super) fn achievement_text(cells: &Cells<'_>, of: Field) -> String {
    let id = match of {
        Field::AnnualTarget => ColumnId::AnnualPct,
        Field::Actual | Field::YoyGrowthPct | Field::Target | Field::Prior => ColumnId::TargetPct,
    };
    text_of(cells, id)
}

/// What remains for the second half, as its cell shows it.
pub(super) fn remaining_text(cells: &Cells<'_>) -> String {
    text_of(cells, ColumnId::Remaining)
}

/// The growth the rest of the year needs, as its cell shows it: two decimals, as the
/// ministry publishes it, with its percent sign.
pub(super) fn rest_needed_text(cells: &Cells<'_>) -> String {
    text_of(cells, ColumnId::RestNeeded)
}

//! The columns of the indicator table, in one list: what each column is (its id, its
//! preference key, the figure it reads, its title, the text of its cells) and whether
//! it starts hidden. The window's table draws them (adding widths and drawing), Ctrl+C
//! copies the ones shown, in the order shown, with the same titles and texts — so a new
//! column is one entry here, and reaches the clipboard by itself.

use crate::format::{self, Notation, format_auto};
use crate::i18n::{self, ColumnText, Text as _};
use crate::metrics::Metrics;
use crate::model::{Field, Indicator, Lang, Period};

/// A column of the indicator table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ColumnId {
    /// The marks of a row: revised, findings. No text.
    Marks,
    /// The indicator's name.
    Name,
    /// Its unit.
    Unit,
    /// Last year's figure for the same period.
    Prior,
    /// The actual.
    Actual,
    /// The growth over the same period last year.
    Growth,
    /// The period target.
    Target,
    /// The achievement of the period target (or the gap in points, for a rate).
    TargetPct,
    /// Met, close, behind.
    Status,
    /// The annual target.
    Annual,
    /// The achievement of the annual target.
    AnnualPct,
    /// What remains for the rest of the year to reach the annual target.
    Remaining,
    /// The growth the rest of the year needs.
    RestNeeded,
}

/// What a column is, besides how it is drawn.
#[derive(Clone, Copy, Debug)]
pub struct Column {
    /// Which column.
    pub id: ColumnId,
    /// Its name in the preferences (which columns the user hid or showed).
    pub key: &'static str,
    /// Frozen at the left of the table: it always shows, and cannot be hidden.
    pub frozen: bool,
    /// Hidden until the user asks for it in the Columns chooser.
    pub hidden_by_default: bool,
    /// The editable figure it shows, if it shows one.
    pub field: Option<Field>,
}

const fn column(id: ColumnId, key: &'static str, field: Option<Field>) -> Column {
    Column {
        id,
        key,
        frozen: false,
        hidden_by_default: false,
        field,
    }
}

/// The columns, left to right: the marks and the name frozen at the left, then the
/// figures. The status follows the period's columns, so that a small screen shows the
/// name, the actual, the period target, the % and the status without scrolling.
pub const COLUMNS: &[Column] = &[
    Column {
        frozen: true,
        ..column(ColumnId::Marks, "marks", None)
    },
    Column {
        frozen: true,
        ..column(ColumnId::Name, "name", None)
    },
    column(ColumnId::Unit, "unit", None),
    Column {
        hidden_by_default: true,
        ..column(ColumnId::Prior, "prior", Some(Field::Prior))
    },
    column(ColumnId::Actual, "actual", Some(Field::Actual)),
    column(ColumnId::Growth, "yoy", Some(Field::YoyGrowthPct)),
    column(ColumnId::Target, "target", Some(Field::Target)),
    column(ColumnId::TargetPct, "target_pct", None),
    column(ColumnId::Status, "status", None),
    column(ColumnId::Annual, "annual", Some(Field::AnnualTarget)),
    column(ColumnId::AnnualPct, "annual_pct", None),
    column(ColumnId::Remaining, "remaining", None),
    column(ColumnId::RestNeeded, "rest_needed", None),
];

impl ColumnId {
    /// What the column is, from the list.
    pub fn column(self) -> Option<&'static Column> {
        COLUMNS.iter().find(|c| c.id == self)
    }

    /// The column's title; what remains after the period names the months it is for.
    pub fn title(self, lang: Lang, period: Period) -> String {
        match self {
            Self::Marks => String::new(),
            Self::Name => ColumnText::Indicator.tr(lang).to_owned(),
            Self::Unit => crate::i18n::Common::Unit.tr(lang).to_owned(),
            Self::Prior => i18n::field(lang, Field::Prior).to_owned(),
            Self::Actual => i18n::field(lang, Field::Actual).to_owned(),
            Self::Growth => i18n::field(lang, Field::YoyGrowthPct).to_owned(),
            Self::Target => i18n::field(lang, Field::Target).to_owned(),
            Self::TargetPct => i18n::achievement(lang, Field::Target).to_owned(),
            Self::Status => i18n::status_title(lang).to_owned(),
            Self::Annual => i18n::field(lang, Field::AnnualTarget).to_owned(),
            Self::AnnualPct => i18n::achievement(lang, Field::AnnualTarget).to_owned(),
            Self::Remaining => i18n::remaining_title(lang, period),
            Self::RestNeeded => i18n::rest_needed_title(lang).to_owned(),
        }
    }

    /// The text of the column's cell for `ind` (with its computed figures `m`), as the
    /// table shows it and Ctrl+C copies it; `None` for a column without text (the
    /// marks).
    pub fn text(
        self,
        ind: &Indicator,
        m: &Metrics,
        lang: Lang,
        notation: Notation,
    ) -> Option<String> {
        Some(match self {
            Self::Marks => return None,
            Self::Name => ind.name.get(lang).to_owned(),
            Self::Unit => ind.unit.get(lang).to_owned(),
            Self::Prior => figure_text(ind, Field::Prior, notation),
            Self::Actual => figure_text(ind, Field::Actual, notation),
            Self::Growth => figure_text(ind, Field::YoyGrowthPct, notation),
            Self::Target => figure_text(ind, Field::Target, notation),
            Self::Annual => figure_text(ind, Field::AnnualTarget, notation),
            Self::TargetPct => {
                achievement_text(m.achievement_pct, m.gap_pts, notation, lang).unwrap_or_default()
            }
            Self::AnnualPct => {
                achievement_text(m.annual_achievement_pct, m.annual_gap_pts, notation, lang)
                    .unwrap_or_default()
            }
            Self::Status => m
                .status()
                .map(|s| i18n::status(lang, s).to_owned())
                .unwrap_or_default(),
            Self::Remaining => m
                .h2_remaining
                .map(|v| {
                    let from = [ind.actual, ind.value(Field::AnnualTarget)];
                    format::format_computed(v, &from, notation)
                })
                .unwrap_or_default(),
            Self::RestNeeded => m
                .rest_required_growth_pct
                .map(|v| format!("{}%", format::format(v, notation, 2, true)))
                .unwrap_or_default(),
        })
    }
}

/// A figure as the table shows it: as entered, and last year's figure derived from the
/// growth with the decimals of the actual it came from.
pub fn figure_text(ind: &Indicator, field: Field, notation: Notation) -> String {
    let Some(v) = ind.value(field) else {
        return String::new();
    };
    if field == Field::Prior && ind.prior_is_derived() {
        format::format_computed(v, &[ind.report_value(Field::Actual)], notation)
    } else {
        format_auto(v, notation)
    }
}

/// A percent achieved (`72,7%`) or, for a rate, a gap in points (`+1,78 điểm %`).
pub fn achievement_text(
    pct: Option<f64>,
    gap_pts: Option<f64>,
    notation: Notation,
    lang: Lang,
) -> Option<String> {
    match (pct, gap_pts) {
        (Some(p), _) => Some(format!("{}%", format::format(p, notation, 1, true))),
        (None, Some(g)) => Some(format!(
            "{}{} {}",
            if g > 0.0 { "+" } else { "" },
            format::format(g, notation, 2, true),
            i18n::points(lang)
        )),
        (None, None) => None,
    }
}

/// The columns shown, in order: the frozen ones, then each not hidden — a column
/// hidden by default only when asked for (`shown`), or when `also_shown` says so (last
/// year's figure, in a report that states it) — and never what remains after a period
/// that leaves nothing (a year).
pub fn shown(
    hidden: &[String],
    asked_for: &[String],
    also_shown: impl Fn(ColumnId) -> bool,
    period: &Period,
) -> Vec<ColumnId> {
    COLUMNS
        .iter()
        .filter(|c| {
            if c.frozen {
                return true;
            }
            if hidden.iter().any(|h| h == c.key) {
                return false;
            }
            if c.id == ColumnId::Remaining && !crate::metrics::remaining_after(period) {
                return false;
            }
            !c.hidden_by_default || asked_for.iter().any(|s| s == c.key) || also_shown(c.id)
        })
        .map(|c| c.id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_is_listed_once_with_a_key_of_its_own() {
        for (i, c) in COLUMNS.iter().enumerate() {
            for d in &COLUMNS[i + 1..] {
                assert_ne!(c.id, d.id);
                assert_ne!(c.key, d.key);
            }
            assert_eq!(c.id.column().map(|x| x.key), Some(c.key));
        }
    }

    #[test]
    fn a_column_hidden_by_default_shows_only_when_asked_for() {
        let period: Period = "2024-H1".parse().unwrap();
        let shown_now = shown(&[], &[], |_| false, &period);
        assert!(!shown_now.contains(&ColumnId::Prior));
        assert!(shown_now.contains(&ColumnId::RestNeeded));
        let asked = shown(&[], &["prior".to_owned()], |_| false, &period);
        assert!(asked.contains(&ColumnId::Prior));
        let hidden = shown(&["unit".to_owned()], &[], |_| false, &period);
        assert!(!hidden.contains(&ColumnId::Unit));
        // A frozen column cannot be hidden.
        let name = shown(&["name".to_owned()], &[], |_| false, &period);
        assert!(name.contains(&ColumnId::Name));
    }

    #[test]
    fn a_report_of_another_shape_copies_one_cell_a_column_shown() {
        // A generated report (other ids, other sections), then the same as a year's
        // report, which leaves nothing for the rest of the year.
        let mut report = crate::generate::report(40, 7);
        let derived = crate::derived::Derived::compute(&report);
        let columns = shown(&[], &[], |_| false, &report.period);
        let positions: Vec<usize> = (0..report.indicators.len()).collect();
        let rows = crate::export::clipboard::cells(
            &report,
            &derived,
            &positions,
            &columns,
            Lang::Vi,
            Notation::Vietnamese,
        );
        assert_eq!(rows.len(), report.indicators.len() + 1);
        // Every column but the marks, in every row.
        assert!(rows.iter().all(|r| r.len() == columns.len() - 1));
        report.period = "2024".parse().unwrap();
        let year = shown(&[], &[], |_| false, &report.period);
        assert!(!year.contains(&ColumnId::Remaining), "{year:?}");
        assert!(year.contains(&ColumnId::RestNeeded), "{year:?}");
    }
}

//! The CSV export: the interchange format for other tools, so its header is fixed.
//!
//! One row per indicator, numbers plain (dot decimal, no grouping), computed percents to
//! two decimals, an empty cell where there is no value, UTF-8 with a byte-order mark,
//! RFC 4180 quoting. Text that a spreadsheet would run as a formula (`=`, `+`, `-`,
//! `@`, tab, carriage return at the start) is neutralised with a leading apostrophe;
//! numbers are left as they are.
//!
//! [`CsvLocale::Vietnamese`] writes what Excel with Vietnamese regional settings reads on
//! a double click: semicolons between fields and a decimal comma.

use super::CsvLocale;
use crate::metrics::{self, Metrics};
use crate::model::text;
use crate::model::{Indicator, Report, Target, TargetBasis};

/// The columns, in order. Other tools rely on these names: never rename or reorder them;
/// add new columns at the end.
pub const HEADER: [&str; 23] = [
    "id",
    "section",
    "parent",
    "name_vi",
    "name_en",
    "unit",
    "actual",
    "yoy_growth_pct",
    "prior_period",
    "target",
    "target_basis",
    "achievement_pct",
    "gap_pts",
    "annual_target",
    "annual_basis",
    "annual_achievement_pct",
    "h2_remaining",
    "status",
    "annual_gap_pts",
    "code",
    "agency",
    "prior_share_pct",
    "h2_required_growth_pct",
];

/// The UTF-8 byte-order mark, so that Excel opens the file as UTF-8 on a double click.
pub const BOM: &str = "\u{feff}";

/// A number as it is written in the CSV: plain, shortest exact form.
fn plain(v: Option<f64>) -> String {
    v.filter(|v| v.is_finite())
        .map(|v| format!("{}", if v == 0.0 { 0.0 } else { v }))
        .unwrap_or_default()
}

/// A computed amount: rounded to four decimals, which hides the float noise of a
/// subtraction (`5363.700000000001`) and keeps every decimal a report prints.
fn computed(v: Option<f64>) -> String {
    plain(v.map(|v| (v * 1e4).round() / 1e4))
}

/// A computed percent: two decimals.
fn pct(v: Option<f64>) -> String {
    v.filter(|v| v.is_finite())
        .map(|v| crate::format::format(v, crate::format::Notation::English, 2, false))
        .unwrap_or_default()
}

/// The machine name of a target's basis, or empty.
pub fn basis_key(target: Option<&Target>) -> &'static str {
    match target.map(|t| t.basis) {
        None => "",
        Some(TargetBasis::Plan) => "plan",
        Some(TargetBasis::BudgetEstimate) => "budget_estimate",
        Some(TargetBasis::Scenario) => "scenario",
        Some(TargetBasis::Other) => "other",
    }
}

/// Text as a spreadsheet will see it: a cell that would start a formula gets a leading
/// apostrophe, which Excel and LibreOffice show as plain text.
pub fn neutralise(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_owned(),
    }
}

/// The columns holding text (the others hold numbers).
const TEXT_COLUMNS: [usize; 11] = [0, 1, 2, 3, 4, 5, 10, 14, 17, 19, 20];

fn row(report: &Report, i: &Indicator) -> [String; 23] {
    let m: Metrics = metrics::compute(i, &report.period);
    let value = |t: &Option<Target>| plain(t.as_ref().and_then(|t| t.value));
    [
        i.id.0.clone(),
        i.section.0.clone(),
        i.parent.as_ref().map(|p| p.0.clone()).unwrap_or_default(),
        i.name.vi.clone(),
        i.name.en.clone(),
        i.unit.vi.clone(),
        plain(i.actual),
        // The growth shown: computed from the actual and last year's figure.
        plain(i.growth_pct()),
        computed(m.prior_period),
        value(&i.target),
        basis_key(i.target.as_ref()).to_owned(),
        pct(m.achievement_pct),
        pct(m.gap_pts),
        value(&i.annual_target),
        basis_key(i.annual_target.as_ref()).to_owned(),
        pct(m.annual_achievement_pct),
        computed(m.h2_remaining),
        m.status().map(|s| s.key()).unwrap_or_default().to_owned(),
        pct(m.annual_gap_pts),
        i.code.clone(),
        i.agency.clone(),
        plain(i.prior_share_pct),
        pct(m.rest_required_growth_pct),
    ]
}

/// The CSV export of `report`.
pub fn to_bytes(report: &Report, locale: CsvLocale) -> Vec<u8> {
    // The last guard: no control character or direction control in a cell, names on
    // one line; notes keep their lines (quoted).
    let report = &*text::cleaned(report, text::Shape::Lines);
    let mut out = BOM.as_bytes().to_vec();
    let delimiter = match locale {
        CsvLocale::Standard => b',',
        CsvLocale::Vietnamese => b';',
    };
    {
        let mut writer = ::csv::WriterBuilder::new()
            .delimiter(delimiter)
            .terminator(::csv::Terminator::CRLF)
            .from_writer(&mut out);
        // Writing to a Vec cannot fail, so errors are impossible here.
        let _ = writer.write_record(HEADER);
        for i in &report.indicators {
            let mut cells = row(report, i);
            for (c, cell) in cells.iter_mut().enumerate() {
                if TEXT_COLUMNS.contains(&c) {
                    *cell = neutralise(cell);
                } else if locale == CsvLocale::Vietnamese {
                    *cell = cell.replace('.', ",");
                }
            }
            let _ = writer.write_record(cells);
        }
        let _ = writer.flush();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_numbers_are_not() {
        assert_eq!(
            neutralise("=HYPERLINK(\"http://x\")"),
            "'=HYPERLINK(\"http://x\")"
        );
        assert_eq!(neutralise("+1"), "'+1");
        assert_eq!(neutralise("-cmd"), "'-cmd");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("\tx"), "'\tx");
        assert_eq!(neutralise("Tổng thu"), "Tổng thu");
        assert_eq!(neutralise(""), "");
    }
}

//! Rows of the table as a spreadsheet or a word processor takes them from the
//! clipboard: tab-separated text with a header row, and the same as an HTML table, with
//! the figures in the user's notation. Pasting into Excel, LibreOffice or Word gives a
//! table.

use crate::derived::Derived;
use crate::format::{self, Notation, format_auto};
use crate::i18n;
use crate::i18n::{ExportText, Text as _};
use crate::metrics::Metrics;
use crate::model::{Field, Lang, Report};

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

/// The header and the cells of the rows at `positions` (in `report.indicators`).
pub fn cells(
    report: &Report,
    derived: &Derived,
    positions: &[usize],
    lang: Lang,
    notation: Notation,
) -> Vec<Vec<String>> {
    let header = vec![
        ExportText::Indicator.tr(lang).to_owned(),
        crate::i18n::Common::Unit.tr(lang).to_owned(),
        i18n::field(lang, Field::Actual).to_owned(),
        i18n::field(lang, Field::YoyGrowthPct).to_owned(),
        i18n::field(lang, Field::Target).to_owned(),
        i18n::Title::OfPeriodTarget.tr(lang).to_owned(),
        i18n::field(lang, Field::AnnualTarget).to_owned(),
        i18n::Title::OfAnnualTarget.tr(lang).to_owned(),
        ExportText::Remaining.tr(lang).to_owned(),
        i18n::Term::StatusTitle.tr(lang).to_owned(),
    ];
    let figure = |v: Option<f64>| v.map(|v| format_auto(v, notation)).unwrap_or_default();
    let mut rows = vec![header];
    for &i in positions {
        let (Some(ind), Some(m)) = (report.indicators.get(i), derived.metrics.get(i)) else {
            continue;
        };
        let m: &Metrics = m;
        let annual = ind.value(Field::AnnualTarget);
        rows.push(vec![
            ind.name.get(lang).to_owned(),
            ind.unit.get(lang).to_owned(),
            figure(ind.actual),
            figure(ind.growth_pct()),
            figure(ind.value(Field::Target)),
            achievement_text(m.achievement_pct, m.gap_pts, notation, lang).unwrap_or_default(),
            figure(annual),
            achievement_text(m.annual_achievement_pct, m.annual_gap_pts, notation, lang)
                .unwrap_or_default(),
            m.h2_remaining
                .map(|v| format::format_computed(v, &[annual, ind.actual], notation))
                .unwrap_or_default(),
            m.status()
                .map(|s| i18n::status(lang, s).to_owned())
                .unwrap_or_default(),
        ]);
    }
    rows
}

/// The rows as tab-separated text, one line a row (tabs and line breaks inside a cell
/// become spaces, so the table keeps its shape).
pub fn tsv(rows: &[Vec<String>]) -> String {
    let clean = |c: &String| c.replace(['\t', '\n', '\r'], " ");
    rows.iter()
        .map(|r| r.iter().map(clean).collect::<Vec<_>>().join("\t"))
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// The rows as an HTML table, the first row as its header, for a word processor or an
/// email: UTF-8 said (the names are Vietnamese), ruled, figures right-aligned, every
/// cell's text escaped.
pub fn html(rows: &[Vec<String>]) -> String {
    let mut out = String::from(
        "<meta charset=\"utf-8\">\n<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" \
         style=\"border-collapse:collapse\">\n",
    );
    for (k, row) in rows.iter().enumerate() {
        let tag = if k == 0 { "th" } else { "td" };
        out.push_str("<tr>");
        for cell in row {
            let align = if k > 0 && is_figure(cell) {
                " align=\"right\""
            } else {
                ""
            };
            out.push_str(&format!("<{tag}{align}>{}</{tag}>", escape_html(cell)));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n");
    out
}

/// `text` as HTML text: markup characters escaped, line breaks as spaces (as in the
/// tab-separated text).
fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// True for a cell that is a figure (`14.283,5`, `-7,2`, `+1,78 điểm %`, `72,7%`),
/// which lines up on the right as in a spreadsheet.
fn is_figure(cell: &str) -> bool {
    let mut chars = cell.chars();
    match chars.next() {
        Some(c) if c.is_ascii_digit() => true,
        Some('+' | '-' | '−') => chars.next().is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    }
}

/// The cells of a column pasted from a spreadsheet: the first cell of each line
/// (tab-separated), blank lines at the end dropped.
pub fn pasted_column(text: &str) -> Vec<&str> {
    let mut cells: Vec<&str> = text
        .lines()
        .map(|l| l.split('\t').next().unwrap_or_default().trim())
        .collect();
    while cells.last().is_some_and(|c| c.is_empty()) {
        cells.pop();
    }
    cells
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::IndicatorId;

    #[test]
    fn rows_copy_as_a_table_with_a_header_in_the_notation() {
        let report = crate::io::embedded().unwrap();
        let derived = Derived::compute(&report);
        let i = derived.index[&IndicatorId("budget_revenue_total".into())];
        let rows = cells(&report, &derived, &[i], Lang::Vi, Notation::Vietnamese);
        let text = tsv(&rows);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2);
        assert!(lines[0].starts_with("Chỉ tiêu\tĐơn vị\t"));
        let cells: Vec<&str> = lines[1].split('\t').collect();
        assert_eq!(cells[2], "14.283,5");
        assert_eq!(cells[3], "36,9");
        assert_eq!(cells[6], "19.647,2");
        assert_eq!(cells[7], "72,7%");
        assert_eq!(cells[8], "5.363,7");
        let html = html(&rows);
        assert!(html.starts_with("<meta charset=\"utf-8\">"), "{html}");
        assert!(
            html.contains("<tr><th>Chỉ tiêu</th><th>Đơn vị</th>"),
            "{html}"
        );
        assert!(
            html.contains("<td>Tổng thu ngân sách nhà nước</td><td>tỷ đồng</td><td align=\"right\">14.283,5</td>"),
            "{html}"
        );
        assert!(html.contains("<td align=\"right\">72,7%</td>"), "{html}");
        assert_eq!(html.matches("<tr>").count(), 2);
        assert_eq!(html.matches("</tr>").count(), 2);
    }

    #[test]
    fn html_cells_are_escaped_and_figures_line_up_right() {
        let rows = vec![
            vec!["Tên".to_owned(), "Số".to_owned()],
            vec![
                "R&D <\"mới\"> 'x'\tline\nbreak".to_owned(),
                "-7,2".to_owned(),
            ],
            vec!["+ tăng".to_owned(), "+1,78 điểm %".to_owned()],
        ];
        let html = html(&rows);
        assert!(
            html.contains("<td>R&amp;D &lt;&quot;mới&quot;&gt; &#39;x&#39; line break</td><td align=\"right\">-7,2</td>"),
            "{html}"
        );
        // A name beginning with a sign is not a figure; a gap in points is.
        assert!(
            html.contains("<td>+ tăng</td><td align=\"right\">+1,78 điểm %</td>"),
            "{html}"
        );
        // The header is never aligned as figures, even where a title is a number.
        assert!(html.contains("<tr><th>Tên</th><th>Số</th></tr>"), "{html}");
    }

    #[test]
    fn a_pasted_column_is_its_first_cells() {
        assert_eq!(pasted_column("1.234,5\tx\n2\n\n"), vec!["1.234,5", "2"]);
        assert_eq!(pasted_column("a\r\n\r\nb\r\n"), vec!["a", "", "b"]);
        assert!(pasted_column("").is_empty());
    }
}

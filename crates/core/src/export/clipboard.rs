//! Rows of the table as a spreadsheet or a word processor takes them from the
//! clipboard: tab-separated text with a header row, and the same as an HTML table, with
//! the figures in the user's notation. Pasting into Excel, LibreOffice or Word gives a
//! table.

use crate::columns::ColumnId;
use crate::derived::Derived;
use crate::format::Notation;
use crate::model::{Lang, Period, Report};

pub use crate::columns::achievement_text;

/// The header and the cells of the rows at `positions` (in `report.indicators`), one
/// cell a column of `columns` (the table's columns shown, in the order shown; a column
/// without text, the marks, is left out), with the titles and the texts the table
/// shows.
pub fn cells(
    report: &Report,
    derived: &Derived,
    positions: &[usize],
    columns: &[ColumnId],
    lang: Lang,
    notation: Notation,
) -> Vec<Vec<String>> {
    let period: Period = report.period;
    let columns: Vec<ColumnId> = columns
        .iter()
        .copied()
        .filter(|&c| c != ColumnId::Marks)
        .collect();
    let header = columns.iter().map(|c| c.title(lang, period)).collect();
    let mut rows = vec![header];
    for &i in positions {
        let (Some(ind), Some(m)) = (report.indicators.get(i), derived.metrics.get(i)) else {
            continue;
        };
        rows.push(
            columns
                .iter()
                .map(|c| c.text(ind, m, lang, notation).unwrap_or_default())
                .collect(),
        );
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
        let columns = [
            ColumnId::Name,
            ColumnId::Unit,
            ColumnId::Actual,
            ColumnId::Growth,
            ColumnId::Target,
            ColumnId::TargetPct,
            ColumnId::Annual,
            ColumnId::AnnualPct,
            ColumnId::Remaining,
            ColumnId::Status,
        ];
        let rows = cells(
            &report,
            &derived,
            &[i],
            &columns,
            Lang::Vi,
            Notation::Vietnamese,
        );
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
    fn the_columns_given_are_copied_in_their_order_with_the_tables_titles() {
        let report = crate::io::embedded().unwrap();
        let derived = Derived::compute(&report);
        let i = derived.index[&IndicatorId("budget_revenue_total".into())];
        // The table's columns as they start: the marks left out, the rest of the
        // year's growth in, last year's figure (hidden until asked for) out.
        let shown = crate::columns::shown(&[], &[], |_| false, &report.period);
        let rows = cells(&report, &derived, &[i], &shown, Lang::En, Notation::English);
        let header = &rows[0];
        assert_eq!(header.len(), shown.len() - 1, "{header:?}");
        assert_eq!(header[0], "Indicator");
        assert!(
            header.contains(&"Rest of year must grow".to_owned()),
            "{header:?}"
        );
        assert!(
            !header.contains(&"Same period last year".to_owned()),
            "{header:?}"
        );
        // The order given is the order copied.
        let swapped = [ColumnId::Actual, ColumnId::Name];
        let rows = cells(
            &report,
            &derived,
            &[i],
            &swapped,
            Lang::En,
            Notation::English,
        );
        assert_eq!(rows[0], ["Actual", "Indicator"]);
        assert_eq!(rows[1][0], "14,283.5");
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

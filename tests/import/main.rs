//! Bringing figures in: the dry run lists exactly what a sheet would change and what is
//! wrong with it, the report is untouched until the changes are applied, applying is one
//! undoable step; chitieu's own exports and fill-in sheets come back; hostile files are
//! refused with a clear error.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "tests fail loudly"
)]

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{Data, Reader as _, Xlsx};
use chitieu_core::checks::Severity;
use chitieu_core::export::{self, CsvLocale, Format, Options as ExportOptions};
use chitieu_core::format::Notation;
use chitieu_core::import::template::{self, TemplateError, TemplateOptions};
use chitieu_core::import::{self, ImportError, Options, Preview, ProblemKind, SheetKind};
use chitieu_core::model::{Field, IndicatorId, Lang, Report, SectionId};
use chitieu_core::session::Session;
use rust_xlsxwriter::{Formula, Workbook};

const REPORT: &str = r#"#![enable(implicit_some)]
(
    schema_version: 1,
    title: (vi: "Báo cáo thử", en: "Test report"),
    region: (vi: "Hải Dương", en: "Hai Duong"),
    period: (year: 2024, span: H1),
    source: (title: "Thử"),
    sections: [
        (id: "economy", number: "1", title: (vi: "Kinh tế", en: "Economy")),
        (id: "budget", number: "2", title: (vi: "Ngân sách", en: "Budget")),
        (id: "society", number: "3", title: (vi: "Xã hội", en: "Society")),
    ],
    indicators: [
        (
            id: "revenue",
            section: "budget",
            name: (vi: "Tổng thu NSNN", en: "Budget revenue"),
            unit: (vi: "tỷ đồng", en: "billion VND"),
            actual: 14283.5,
            yoy_growth_pct: 36.9,
            annual_target: (value: 19647.2, basis: BudgetEstimate),
            code: "0501",
            agency: "Sở Tài chính",
        ),
        (
            id: "spending",
            section: "budget",
            name: (vi: "Tổng chi NSNN", en: "Budget spending"),
            unit: (vi: "tỷ đồng", en: "billion VND"),
            actual: 6220.3,
            code: "0502",
            agency: "Sở Tài chính",
        ),
        (
            id: "pigs",
            section: "economy",
            name: (vi: "Tổng đàn lợn", en: "Pig herd"),
            unit: (vi: "con", en: "head"),
            measure: Count,
            actual: 440000.0,
            yoy_growth_pct: 4.6,
        ),
        (
            id: "exports",
            section: "economy",
            name: (vi: "Giá trị hàng hóa xuất khẩu", en: "Goods exports"),
            unit: (vi: "triệu USD", en: "million USD"),
            actual: 4756.0,
        ),
        (
            id: "tourism",
            section: "economy",
            name: (vi: "Doanh thu du lịch", en: "Tourism revenue"),
            unit: (vi: "tỷ đồng", en: "billion VND"),
            actual: 623.6,
        ),
        (
            id: "online_share",
            section: "society",
            name: (vi: "Tỷ lệ hồ sơ nộp trực tuyến", en: "Share of dossiers filed online"),
            unit: (vi: "%", en: "%"),
            measure: Share,
            actual: 86.0,
        ),
        (
            id: "total_a",
            section: "economy",
            name: (vi: "Tổng số", en: "Total"),
            unit: (vi: "con", en: "head"),
            measure: Count,
            actual: 10.0,
        ),
        (
            id: "total_b",
            section: "society",
            name: (vi: "Tổng số", en: "Total"),
            unit: (vi: "con", en: "head"),
            measure: Count,
            actual: 20.0,
        ),
    ],
)
"#;

fn report() -> Report {
    chitieu_core::io::from_str(REPORT, Path::new("test.ron")).unwrap()
}

fn ron(report: &Report) -> String {
    chitieu_core::io::to_string(report).unwrap()
}

fn id(s: &str) -> IndicatorId {
    IndicatorId(s.to_owned())
}

/// A cell of a hand-made sheet.
#[derive(Clone)]
enum C {
    S(&'static str),
    N(f64),
    E,
}

/// A workbook of one sheet, `rows` from row 1.
fn workbook(sheet: &str, rows: &[Vec<C>]) -> Vec<u8> {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name(sheet).unwrap();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            match cell {
                C::S(s) => {
                    ws.write_string(r, c, *s).unwrap();
                }
                C::N(n) => {
                    ws.write_number(r, c, *n).unwrap();
                }
                C::E => {}
            }
        }
    }
    wb.save_to_buffer().unwrap()
}

/// The department's workbook of the dry-run tests: one of each thing that can be wrong.
fn department_workbook() -> Vec<u8> {
    use C::{E, N, S};
    workbook(
        "Sở Tài chính",
        &[
            vec![S("Số liệu 6 tháng đầu năm 2024")],
            vec![
                S("Mã"),
                S("Chỉ tiêu"),
                S("Đơn vị"),
                S("Ước thực hiện"),
                S("So cùng kỳ (%)"),
                S("Chỉ tiêu năm"),
            ],
            // A number, a growth in Vietnamese notation, a target in Vietnamese notation.
            vec![
                S("revenue"),
                S("Tổng thu NSNN"),
                S("tỷ đồng"),
                N(15000.0),
                S("37,5"),
                S("20.000,5"),
            ],
            // Matched by name without marks or case; English notation.
            vec![E, S("TONG CHI nsnn"), S("tỷ đồng"), S("6,300.7")],
            // No such indicator.
            vec![S("khong_co"), S("Chỉ tiêu lạ"), S("ha"), N(5.0)],
            // Given twice, with different figures.
            vec![S("pigs"), S("Tổng đàn lợn"), S("con"), N(450000.0)],
            vec![S("pigs"), S("Tổng đàn lợn"), S("con"), N(460000.0)],
            // The wrong unit.
            vec![S("exports"), S("Xuất khẩu"), S("tỷ đồng"), N(5000.0)],
            // Not a number.
            vec![
                S("tourism"),
                S("Doanh thu du lịch"),
                S("tỷ đồng"),
                S("chưa có"),
            ],
            // Nothing new.
            vec![S("online_share"), S("Tỷ lệ hồ sơ"), S("%"), N(86.0)],
            // Two indicators have this name.
            vec![E, S("Tổng số"), S("con"), N(5.0)],
            // A count below zero.
            vec![S("total_a"), S("Tổng số"), S("con"), N(-3.0)],
            // A section heading: no figures, not a problem.
            vec![E, S("3 Xã hội")],
        ],
    )
}

fn preview_of(bytes: &[u8], name: &str, report: &Report) -> Preview {
    import::read_bytes(bytes, Path::new(name), report, &Options::default()).unwrap()
}

#[test]
fn the_dry_run_lists_exactly_the_changes_and_the_problems() {
    let report = report();
    let before = ron(&report);
    let preview = preview_of(&department_workbook(), "so-tai-chinh.xlsx", &report);
    assert_eq!(ron(&report), before, "reading changes nothing");
    assert_eq!(preview.sheet, "Sở Tài chính");
    assert_eq!(preview.kind, SheetKind::Other);

    let changes: Vec<String> = preview.changes.iter().map(|c| c.line()).collect();
    assert_eq!(
        changes,
        [
            "revenue actual: 14283.5 -> 15000",
            "revenue annual_target: 19647.2 -> 20000.5",
            "spending actual: 6220.3 -> 6300.7",
        ]
    );
    assert_eq!(preview.changes[0].cell, "D3");
    // The revenue's growth follows its actual and last year's figure (derived when the
    // report was read): the sheet's growth over both is refused with the way out.
    assert_eq!(
        preview.problems[0].line(),
        "error Sở Tài chính!E3: revenue yoy_growth_pct: 37.5 cannot be used: The growth is \
         computed from the actual and the same period last year: change the actual or the \
         same period last year"
    );
    let mut preview = preview;
    preview.problems.remove(0);

    let problems: Vec<(Severity, &str, &str)> = preview
        .problems
        .iter()
        .map(|p| (p.severity, p.sheet.as_str(), p.cell.as_str()))
        .collect();
    let sheet = "Sở Tài chính";
    assert_eq!(
        problems,
        [
            (Severity::Warning, sheet, "A5"),
            (Severity::Error, sheet, "D7"),
            (Severity::Warning, sheet, "C8"),
            (Severity::Error, sheet, "D9"),
            (Severity::Warning, sheet, "B11"),
            (Severity::Error, sheet, "D12"),
        ]
    );
    let kinds: Vec<&ProblemKind> = preview.problems.iter().map(|p| &p.kind).collect();
    assert!(matches!(kinds[0], ProblemKind::UnknownRow { key, .. } if key == "khong_co"));
    assert!(
        matches!(kinds[1], ProblemKind::GivenTwice { id, field: Field::Actual, first_cell, .. } if id.0 == "pigs" && first_cell == "D6")
    );
    assert!(
        matches!(kinds[2], ProblemKind::UnitMismatch { id, found, expected } if id.0 == "exports" && found == "tỷ đồng" && expected == "triệu USD")
    );
    assert!(matches!(kinds[3], ProblemKind::NotANumber { text, .. } if text == "chưa có"));
    assert!(
        matches!(kinds[4], ProblemKind::Ambiguous { ids, .. } if ids == &[id("total_a"), id("total_b")])
    );
    assert!(matches!(kinds[5], ProblemKind::NotAFigure { id, .. } if id.0 == "total_a"));

    let unchanged: Vec<(&str, u32)> = preview
        .unchanged
        .iter()
        .map(|u| (u.id.0.as_str(), u.row))
        .collect();
    assert_eq!(unchanged, [("online_share", 10)]);

    assert_eq!(
        preview.problems[1].line(),
        "error Sở Tài chính!D7: pigs actual is given twice with different figures \
         (450000 at D6, 460000 here): correct one of them; neither is taken"
    );
    assert!(
        preview.problems[3]
            .message(Lang::Vi)
            .starts_with("\"chưa có\" không phải là số")
    );
}

#[test]
fn applying_is_one_step_recorded_as_revisions_and_undone_at_once() {
    let report = report();
    let before = ron(&report);
    let preview = preview_of(&department_workbook(), "so-tai-chinh.xlsx", &report);
    let mut session = Session::new(report, None);
    assert!(session.apply(preview.apply_all()));
    let revenue = session.indicator(&id("revenue")).unwrap();
    assert_eq!(revenue.actual, Some(15000.0));
    // The printed growth stays; the one shown follows the new actual.
    assert_eq!(revenue.yoy_growth_pct, Some(36.9));
    assert_eq!(revenue.value(Field::YoyGrowthPct), Some(43.77));
    assert_eq!(revenue.value(Field::AnnualTarget), Some(20000.5));
    assert_eq!(revenue.report_value(Field::Actual), Some(14283.5));
    assert!(revenue.is_revised(Field::AnnualTarget));
    assert_eq!(
        session.indicator(&id("spending")).unwrap().actual,
        Some(6300.7)
    );
    // The figures with problems are not taken.
    assert_eq!(
        session.indicator(&id("pigs")).unwrap().actual,
        Some(440000.0)
    );
    assert_eq!(
        session.indicator(&id("exports")).unwrap().actual,
        Some(4756.0)
    );
    assert!(session.undo());
    assert_eq!(ron(session.report()), before);
    assert!(!session.undo(), "the import was one step");

    // Only the changes chosen.
    let mut session = Session::new(
        chitieu_core::io::from_str(&before, Path::new("t")).unwrap(),
        None,
    );
    // (The third change: the revenue's growth over its two figures was refused.)
    assert!(session.apply(preview.apply(&[2, 2, 99])));
    assert_eq!(
        session.indicator(&id("spending")).unwrap().actual,
        Some(6300.7)
    );
    assert_eq!(
        session.indicator(&id("revenue")).unwrap().actual,
        Some(14283.5)
    );
}

#[test]
fn ambiguous_text_is_read_in_the_users_notation_in_a_workbook() {
    use C::S;
    let report = report();
    let bytes = workbook(
        "x",
        &[
            vec![S("Mã"), S("Ước thực hiện")],
            vec![S("spending"), S("6.300")],
        ],
    );
    let vi = preview_of(&bytes, "x.xlsx", &report);
    assert_eq!(vi.changes[0].after, 6300.0);
    let en = import::read_bytes(
        &bytes,
        Path::new("x.xlsx"),
        &report,
        &Options {
            notation: Notation::English,
        },
    )
    .unwrap();
    assert_eq!(en.changes[0].after, 6.3);
}

#[test]
fn rows_are_matched_by_code() {
    use C::{N, S};
    let report = report();
    let bytes = workbook(
        "x",
        &[
            vec![S("Mã số"), S("Chỉ tiêu năm")],
            vec![S("0501"), N(21000.0)],
        ],
    );
    let preview = preview_of(&bytes, "x.xlsx", &report);
    assert_eq!(
        preview.changes.iter().map(|c| c.line()).collect::<Vec<_>>(),
        ["revenue annual_target: 19647.2 -> 21000"]
    );
}

#[test]
fn a_name_with_its_marks_decomposed_matches_the_precomposed_one() {
    use C::{N, S};
    let report = report();
    // "Tổng chi NSNN" as some sheets and Macs store it: each mark a character of its
    // own after its letter (o + U+0302 + U+0309), not the one letter "ổ".
    let decomposed = "To\u{302}\u{309}ng chi NSNN";
    assert_ne!(decomposed, "Tổng chi NSNN");
    let bytes = workbook(
        "x",
        &[
            vec![S("Chỉ tiêu"), S("Ước thực hiện")],
            vec![S(decomposed), N(6300.0)],
        ],
    );
    let preview = preview_of(&bytes, "x.xlsx", &report);
    assert_eq!(
        preview.changes.iter().map(|c| c.line()).collect::<Vec<_>>(),
        ["spending actual: 6220.3 -> 6300"]
    );
}

/// The first sheet of a workbook as values.
fn read_back(bytes: &[u8]) -> (String, calamine::Range<Data>) {
    let mut wb: Xlsx<_> = Xlsx::new(Cursor::new(bytes.to_vec())).unwrap();
    let name = wb.sheet_names()[0].clone();
    let range = wb.worksheet_range(&name).unwrap();
    (name, range)
}

/// A workbook of one sheet holding `range`'s values, with `edit` applied to each cell
/// first (as an officer editing the export and saving it would).
fn rewrite(
    name: &str,
    range: &calamine::Range<Data>,
    edit: impl Fn(u32, u16, &Data) -> Option<C>,
) -> Vec<u8> {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name(name).unwrap();
    for (r, row) in range.rows().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            match edit(r, c, cell) {
                Some(C::S(s)) => {
                    ws.write_string(r, c, s).unwrap();
                }
                Some(C::N(n)) => {
                    ws.write_number(r, c, n).unwrap();
                }
                Some(C::E) => {}
                None => match cell {
                    Data::String(s) => {
                        ws.write_string(r, c, s).unwrap();
                    }
                    Data::Float(f) => {
                        ws.write_number(r, c, *f).unwrap();
                    }
                    Data::Int(i) => {
                        ws.write_number(r, c, *i as f64).unwrap();
                    }
                    _ => {}
                },
            }
        }
    }
    wb.save_to_buffer().unwrap()
}

fn export_options(lang: Lang, csv_locale: CsvLocale) -> ExportOptions {
    ExportOptions {
        lang,
        csv_locale,
        exported_at: "2024-07-15 08:30 UTC".into(),
    }
}

#[test]
fn the_excel_export_edited_brings_back_exactly_the_edits() {
    let report = chitieu_core::io::embedded().unwrap();
    for lang in [Lang::Vi, Lang::En] {
        let bytes = export::to_bytes(
            &report,
            Format::Xlsx,
            &export_options(lang, CsvLocale::Standard),
        )
        .unwrap();
        let (name, range) = read_back(&bytes);
        // Where the ids are (the workbook puts them last), and the cells of the two
        // figures to edit, found by their values as an officer finds them.
        let row_of = |wanted: &str| {
            range
                .rows()
                .position(|r| {
                    r.iter()
                        .any(|c| matches!(c, Data::String(s) if s == wanted))
                })
                .unwrap() as u32
        };
        let (revenue, pigs) = (row_of("budget_revenue_total"), row_of("pig_herd"));
        let col_of = |row: u32, value: f64| {
            range
                .rows()
                .nth(row as usize)
                .unwrap()
                .iter()
                .position(|c| matches!(c, Data::Float(f) if (*f - value).abs() < 1e-9))
                .unwrap() as u16
        };
        let (actual, growth) = (col_of(revenue, 14_283.5), col_of(pigs, 4.6));
        let edited = rewrite(&name, &range, |r, c, _| match (r, c) {
            (r, c) if r == revenue && c == actual => Some(C::N(15000.0)),
            (r, c) if r == pigs && c == growth => Some(C::S("5,1")),
            _ => None,
        });
        let preview = preview_of(&edited, "export.xlsx", &report);
        assert_eq!(preview.kind, SheetKind::ChitieuXlsx, "{lang:?}");
        // The pigs' growth follows their actual and last year's figure: a new growth
        // over both is refused with the way out, the actual comes in.
        assert_eq!(
            refused_growth(&preview.lines()),
            ["budget_revenue_total actual: 14283.5 -> 15000"],
            "{lang:?}"
        );
        let with_figures = report
            .indicators
            .iter()
            .filter(|i| Field::ALL.iter().any(|f| i.value(*f).is_some()))
            .count();
        assert_eq!(preview.unchanged.len(), with_figures - 2);
        assert_eq!(preview.problems.len(), 1, "{:?}", preview.problems);
    }
}

/// chitieu's Excel export of the embedded report with three figures edited (a number,
/// a text in Vietnamese notation, a text in English notation) and saved by LibreOffice
/// Calc: see `tests/fixtures/README.md`.
const LIBREOFFICE_FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/export-edited-libreoffice.xlsx"
);

/// The lines of a dry run with the one refusal of the pigs' growth checked and left
/// out: it follows their actual and last year's figure.
fn refused_growth(lines: &[String]) -> Vec<String> {
    let (refused, rest): (Vec<_>, Vec<_>) = lines
        .iter()
        .cloned()
        .partition(|l| l.contains("pig_herd yoy_growth_pct: 5.1 cannot be used"));
    assert_eq!(refused.len(), 1, "{lines:?}");
    assert!(
        refused[0].ends_with("change the actual or the same period last year"),
        "{refused:?}"
    );
    rest
}

#[test]
fn the_excel_export_saved_by_libreoffice_brings_back_exactly_the_edits() {
    let path = Path::new(LIBREOFFICE_FIXTURE);
    // Truly written by LibreOffice, which names itself in the workbook's properties.
    let bytes = std::fs::read(path).unwrap();
    let mut zip = zip::ZipArchive::new(Cursor::new(&bytes)).unwrap();
    let mut app = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("docProps/app.xml").unwrap(), &mut app).unwrap();
    assert!(app.contains("<Application>LibreOffice/"), "{app}");

    let report = chitieu_core::io::embedded().unwrap();
    let before = ron(&report);
    let preview = import::read_file(path, &report, &Options::default()).unwrap();
    assert_eq!(ron(&report), before, "reading changes nothing");
    assert_eq!(preview.kind, SheetKind::ChitieuXlsx);
    assert_eq!(
        refused_growth(&preview.lines()),
        [
            "budget_revenue_total actual: 14283.5 -> 15000",
            "budget_spending_total actual: 6220.3 -> 6300.7",
        ]
    );
    assert_eq!(preview.problems.len(), 1, "{:?}", preview.problems);

    let mut session = Session::new(report, None);
    assert!(session.apply(preview.apply_all()));
    let value = |s: &Session, i: &str, f: Field| s.indicator(&id(i)).unwrap().value(f);
    assert_eq!(value(&session, "pig_herd", Field::YoyGrowthPct), Some(4.6));
    assert_eq!(
        value(&session, "budget_revenue_total", Field::Actual),
        Some(15000.0)
    );
    assert_eq!(
        value(&session, "budget_spending_total", Field::Actual),
        Some(6300.7)
    );
    assert_ne!(ron(session.report()), before);
    assert!(session.undo());
    assert_eq!(ron(session.report()), before, "one undo brings it all back");
    assert!(!session.undo(), "the import was one step");
}

#[test]
fn the_csv_export_edited_in_either_style_brings_back_exactly_the_edits() {
    let report = chitieu_core::io::embedded().unwrap();
    for (locale, delimiter, typed) in [
        (CsvLocale::Standard, b',', "6300.7"),
        (CsvLocale::Vietnamese, b';', "6300,7"),
    ] {
        let bytes =
            export::to_bytes(&report, Format::Csv, &export_options(Lang::Vi, locale)).unwrap();
        let text = String::from_utf8(bytes).unwrap();
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let mut out = Vec::new();
        {
            let mut writer = csv::WriterBuilder::new()
                .delimiter(delimiter)
                .from_writer(&mut out);
            for record in reader.records() {
                let mut record: Vec<String> = record.unwrap().iter().map(str::to_owned).collect();
                if record[0] == "budget_spending_total" {
                    record[6] = typed.to_owned();
                }
                writer.write_record(&record).unwrap();
            }
        }
        let before = ron(&report);
        let preview = preview_of(&out, "export.csv", &report);
        assert_eq!(ron(&report), before);
        assert_eq!(preview.kind, SheetKind::ChitieuCsv);
        assert_eq!(preview.sheet, "export.csv");
        assert_eq!(
            preview.lines(),
            ["budget_spending_total actual: 6220.3 -> 6300.7"],
            "{locale:?}"
        );
        let with_figures = report
            .indicators
            .iter()
            .filter(|i| Field::ALL.iter().any(|f| i.value(*f).is_some()))
            .count();
        assert_eq!(preview.unchanged.len(), with_figures - 1);
    }
}

#[test]
fn a_fill_in_sheet_made_filled_and_imported_brings_its_figures_in() {
    let report = report();
    let options = TemplateOptions {
        sections: vec![SectionId("budget".into())],
        ..TemplateOptions::default()
    };
    let bytes = template::to_bytes(&report, &options).unwrap();

    // Locked, with the figure cells open and checked.
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes.clone())).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/worksheets/sheet1.xml").unwrap(),
        &mut xml,
    )
    .unwrap();
    assert!(xml.contains("<sheetProtection"), "the sheet is protected");
    assert!(xml.contains("<dataValidation "), "the figures are checked");
    assert!(xml.contains(r#"operator="greaterThanOrEqual""#));

    let (name, range) = read_back(&bytes);
    let ids: Vec<String> = range
        .rows()
        .filter_map(|r| match &r[0] {
            Data::String(s) => Some(s.clone()),
            _ => None,
        })
        .collect();
    assert!(ids.contains(&"revenue".to_owned()) && ids.contains(&"spending".to_owned()));
    assert!(!ids.contains(&"pigs".to_owned()), "only the budget section");
    let row_of = |wanted: &str| {
        range
            .rows()
            .position(|r| matches!(&r[0], Data::String(s) if s == wanted))
            .unwrap() as u32
    };
    let (revenue, spending) = (row_of("revenue"), row_of("spending"));

    let filled = rewrite(&name, &range, |r, c, _| match (r, c) {
        (r, 4) if r == revenue => Some(C::N(15000.0)),
        (r, 7) if r == spending => Some(C::S("7.000")),
        _ => None,
    });
    let before = ron(&report);
    let preview = preview_of(&filled, "so-tai-chinh.xlsx", &report);
    assert_eq!(ron(&report), before);
    assert_eq!(preview.kind, SheetKind::FillIn);
    assert_eq!(
        preview.lines(),
        [
            "revenue actual: 14283.5 -> 15000",
            "spending annual_target: - -> 7000",
        ]
    );
    let mut session = Session::new(report, None);
    assert!(session.apply(preview.apply_all()));
    assert_eq!(
        session
            .indicator(&id("spending"))
            .unwrap()
            .value(Field::AnnualTarget),
        Some(7000.0)
    );

    // A sheet for another period is said to be one.
    let other = rewrite(&name, &range, |r, c, _| match (r, c) {
        (1, 1) => Some(C::S("2023-H1")),
        (r, 4) if r == revenue => Some(C::N(15000.0)),
        _ => None,
    });
    let preview = preview_of(&other, "old.xlsx", session.report());
    assert!(matches!(
        &preview.problems[..],
        [p] if matches!(&p.kind, ProblemKind::OtherPeriod { found, .. } if found == "2023-H1") && p.cell == "B2"
    ));
}

#[test]
fn a_fill_in_sheet_is_made_for_a_department_or_refused_with_the_reason() {
    let report = report();
    let by_agency = TemplateOptions {
        agency: Some("so tai chinh".into()),
        lang: Lang::En,
        ..TemplateOptions::default()
    };
    assert_eq!(
        template::chosen(&report, &by_agency)
            .unwrap()
            .iter()
            .map(|i| i.id.0.as_str())
            .collect::<Vec<_>>(),
        ["revenue", "spending"]
    );
    let unknown = TemplateOptions {
        sections: vec![SectionId("nope".into())],
        ..TemplateOptions::default()
    };
    let err = template::to_bytes(&report, &unknown).unwrap_err();
    assert!(matches!(err, TemplateError::UnknownSection { .. }));
    assert!(err.message(Lang::En).contains("no section \"nope\""));
    let nobody = TemplateOptions {
        agency: Some("Sở Y tế".into()),
        ..TemplateOptions::default()
    };
    assert!(matches!(
        template::to_bytes(&report, &nobody),
        Err(TemplateError::NoIndicators)
    ));
}

#[test]
fn hostile_files_are_refused_with_a_clear_error_and_change_nothing() {
    let report = report();
    let before = ron(&report);
    let read = |bytes: &[u8], name: &str| {
        import::read_bytes(bytes, Path::new(name), &report, &Options::default())
    };

    let err = read(b"this is not a workbook", "fake.xlsx").unwrap_err();
    assert!(matches!(err, ImportError::NotAWorkbook { .. }));
    assert!(
        err.to_string()
            .starts_with("not an Excel workbook (.xlsx) that can be read"),
        "{err}"
    );
    assert!(err.to_string().ends_with(": fake.xlsx"));

    // A zip that is no workbook.
    let mut not_a_workbook = Vec::new();
    {
        let mut zip = zip::ZipWriter::new(Cursor::new(&mut not_a_workbook));
        zip.start_file("hello.txt", zip::write::SimpleFileOptions::default())
            .unwrap();
        std::io::Write::write_all(&mut zip, b"hello").unwrap();
        zip.finish().unwrap();
    }
    assert!(matches!(
        read(&not_a_workbook, "hello.xlsx"),
        Err(ImportError::NotAWorkbook { .. })
    ));

    let err = read(&[0xff, 0xfe, b'a', 0x80, 0x81], "garbage.csv").unwrap_err();
    assert!(matches!(err, ImportError::NotText { line: 1, .. }), "{err}");
    let err = read(b"lorem;ipsum\ndolor;sit\n", "garbage.csv").unwrap_err();
    assert!(matches!(err, ImportError::NoHeader { .. }));
    assert!(
        err.message(Lang::Vi)
            .starts_with("không trang nào có dòng tiêu đề")
    );
    assert!(matches!(
        read(b"", "empty.csv"),
        Err(ImportError::NoHeader { .. })
    ));
    assert!(matches!(
        read(b"x", "old.xls"),
        Err(ImportError::Unsupported { .. })
    ));

    // A value a million rows down.
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.write_string(0, 0, "Mã").unwrap();
    ws.write_string(0, 1, "Ước thực hiện").unwrap();
    ws.write_string(999_999, 0, "revenue").unwrap();
    let err = read(&wb.save_to_buffer().unwrap(), "long.xlsx").unwrap_err();
    assert!(
        matches!(err, ImportError::TooManyRows { limit: 200_000, .. }),
        "{err}"
    );
    assert!(err.to_string().contains("past row 200000"));

    // A million formatted empty rows under the figures: read up to the limit, then
    // stopped, saying so.
    let preview = read(&blank_rows_down_to(1_000_000), "blank.xlsx").unwrap();
    assert_eq!(
        preview.lines(),
        [
            "revenue actual: 14283.5 -> 15000",
            "warning Sheet1!A200001: the sheet has empty (formatted) cells down to row 200001: \
         reading stopped there and nothing below was read; delete the rows below the figures",
        ]
    );

    // A formula whose result is an error is a problem at its cell; nothing is taken.
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Sở Tài chính").unwrap();
    ws.write_string(0, 0, "Mã").unwrap();
    ws.write_string(0, 1, "Ước thực hiện").unwrap();
    ws.write_string(1, 0, "revenue").unwrap();
    ws.write_formula(1, 1, Formula::new("=1/0").set_result("#DIV/0!"))
        .unwrap();
    let preview = read(&wb.save_to_buffer().unwrap(), "formula.xlsx").unwrap();
    assert!(preview.changes.is_empty());
    assert_eq!(
        preview.lines(),
        [
            "error Sở Tài chính!B2: the formula gives the error #DIV/0!: correct it or write the number"
        ]
    );
    assert_eq!(ron(&report), before);
}

/// A workbook whose sheet gives a figure of `revenue`, then has an empty formatted
/// cell on every row down to `last` (as a whole column formatted in LibreOffice).
fn blank_rows_down_to(last: u32) -> Vec<u8> {
    use std::fmt::Write as _;
    let mut xml = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Mã</t></is></c><c r="B1" t="inlineStr"><is><t>Ước thực hiện</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>revenue</t></is></c><c r="B2"><v>15000</v></c></row>"#,
    );
    for r in 3..=last {
        write!(xml, r#"<row r="{r}"><c r="A{r}" s="0"/></row>"#).unwrap();
    }
    xml.push_str("</sheetData></worksheet>");
    let mut wb = Workbook::new();
    wb.add_worksheet();
    let template = wb.save_to_buffer().unwrap();
    let mut original = zip::ZipArchive::new(Cursor::new(template)).unwrap();
    let mut out = Vec::new();
    {
        let mut zip = zip::ZipWriter::new(Cursor::new(&mut out));
        for i in 0..original.len() {
            let part = original.by_index_raw(i).unwrap();
            if part.name() == "xl/worksheets/sheet1.xml" {
                drop(part);
                let stored = zip::write::SimpleFileOptions::default()
                    .compression_method(zip::CompressionMethod::Stored)
                    .large_file(true);
                zip.start_file("xl/worksheets/sheet1.xml", stored).unwrap();
                std::io::Write::write_all(&mut zip, xml.as_bytes()).unwrap();
            } else {
                zip.raw_copy_file(part).unwrap();
            }
        }
        zip.finish().unwrap();
    }
    out
}

#[test]
fn ten_thousand_rows_are_read_in_one_pass() {
    let report = chitieu_core::generate::report(10_000, 7);
    let csv = export::to_bytes(
        &report,
        Format::Csv,
        &export_options(Lang::Vi, CsvLocale::Standard),
    )
    .unwrap();
    let started = std::time::Instant::now();
    let preview = preview_of(&csv, "big.csv", &report);
    eprintln!("10 000 CSV rows: {:?}", started.elapsed());
    assert!(preview.changes.is_empty());
    assert_eq!(preview.rows_read, 10_000);

    let xlsx = export::to_bytes(
        &report,
        Format::Xlsx,
        &export_options(Lang::Vi, CsvLocale::Standard),
    )
    .unwrap();
    let started = std::time::Instant::now();
    let preview = preview_of(&xlsx, "big.xlsx", &report);
    eprintln!("10 000 XLSX rows: {:?}", started.elapsed());
    assert!(preview.changes.is_empty(), "{:?}", &preview.changes[..1]);
    assert!(preview.problems.is_empty(), "{:?}", &preview.problems[..1]);
}

// The command line: `chitieu import` and `chitieu template`, run as a user runs them.
mod cli;

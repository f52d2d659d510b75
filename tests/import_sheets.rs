//! Sheets that used to give a wrong figure without a word: a percent cell read as its
//! fraction, a hidden sheet read as the one on screen, a second sheet or column of
//! figures dropped, a formula saved without its value skipped, a percent, a fall below
//! −100 % or an immense number taken, ids that look the same but are not, a cell of
//! 10 MB quoted whole. Each workbook is made here (rust_xlsxwriter, and its XML edited
//! where a tool writes what rust_xlsxwriter does not), for a small report of an office
//! other than the seed's, and read through the library and the command line.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "tests fail loudly"
)]

use std::io::{Cursor, Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::Command;

use chitieu_core::import::{self, Options, Preview, ProblemKind, Visibility};
use chitieu_core::model::{Field, Lang, Report};
use rust_xlsxwriter::{Format, Formula, Workbook, Worksheet};

/// A small report of a northern province's agriculture and investment office: its own
/// ids, a rate, a share, a count and amounts.
const REPORT: &str = r#"#![enable(implicit_some)]
(
    schema_version: 1,
    title: (vi: "Báo cáo 9 tháng", en: "Nine-month report"),
    region: (vi: "Bắc Giang", en: "Bac Giang"),
    period: (year: 2025, span: H1),
    source: (title: "Báo cáo thử"),
    sections: [
        (id: "kt", number: "I", title: (vi: "Kinh tế", en: "Economy")),
        (id: "nn", number: "II", title: (vi: "Nông nghiệp", en: "Agriculture")),
    ],
    indicators: [
        (
            id: "grdp_growth",
            section: "kt",
            name: (vi: "Tốc độ tăng GRDP", en: "GRDP growth"),
            unit: (vi: "%", en: "%"),
            measure: Rate,
            actual: 7.5,
        ),
        (
            id: "rice_output",
            section: "nn",
            name: (vi: "Sản lượng lúa", en: "Rice output"),
            unit: (vi: "tấn", en: "tonnes"),
            actual: 250000.0,
        ),
        (
            id: "forest_cover",
            section: "nn",
            name: (vi: "Tỷ lệ che phủ rừng", en: "Forest cover"),
            unit: (vi: "%", en: "%"),
            measure: Share,
            actual: 40.0,
        ),
        (
            id: "fdi",
            section: "kt",
            name: (vi: "Vốn FDI đăng ký", en: "Registered FDI"),
            unit: (vi: "triệu USD", en: "million USD"),
            actual: 300.0,
        ),
        (
            id: "students",
            section: "nn",
            name: (vi: "Số học sinh", en: "Pupils"),
            unit: (vi: "học sinh", en: "pupils"),
            measure: Count,
            actual: 120000.0,
        ),
    ],
)
"#;

fn report() -> Report {
    chitieu_core::io::from_str(REPORT, Path::new("bac-giang.ron")).unwrap()
}

/// A cell of a hand-made sheet.
#[derive(Clone)]
enum C {
    /// Text.
    S(&'static str),
    /// A number.
    N(f64),
    /// A number in a cell of this number format.
    F(f64, &'static str),
    /// A formula, with its cached result when given.
    Fx(&'static str, Option<&'static str>),
    /// Nothing.
    E,
}

/// Writes `rows` from row 1 on `ws`.
fn fill(ws: &mut Worksheet, rows: &[Vec<C>]) {
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
                C::F(n, format) => {
                    let format = Format::new().set_num_format(*format);
                    ws.write_number_with_format(r, c, *n, &format).unwrap();
                }
                C::Fx(f, result) => {
                    let mut formula = Formula::new(*f);
                    if let Some(result) = result {
                        formula = formula.set_result(*result);
                    }
                    ws.write_formula(r, c, formula).unwrap();
                }
                C::E => {}
            }
        }
    }
}

/// A workbook of sheets, each with its name, whether it is hidden, and its rows. The
/// first visible sheet is the active one.
fn workbook(sheets: &[(&str, Visibility, Vec<Vec<C>>)]) -> Vec<u8> {
    let mut wb = Workbook::new();
    let active = sheets
        .iter()
        .position(|(_, v, _)| *v == Visibility::Visible)
        .unwrap();
    for (i, (name, visibility, rows)) in sheets.iter().enumerate() {
        let ws = wb.add_worksheet();
        ws.set_name(*name).unwrap();
        fill(ws, rows);
        if i == active {
            ws.set_active(true);
        }
        match visibility {
            Visibility::Visible => {}
            Visibility::Hidden => {
                ws.set_hidden(true);
            }
            Visibility::VeryHidden => {
                ws.set_very_hidden(true);
            }
        }
    }
    wb.save_to_buffer().unwrap()
}

/// A header row chitieu recognises.
fn header() -> Vec<C> {
    use C::S;
    vec![
        S("Mã"),
        S("Chỉ tiêu"),
        S("Ước thực hiện"),
        S("So cùng kỳ (%)"),
    ]
}

fn preview(bytes: &[u8], name: &str) -> Preview {
    import::read_bytes(bytes, Path::new(name), &report(), &Options::default()).unwrap()
}

// The command line.

struct Files {
    _dir: tempfile::TempDir,
    report: PathBuf,
    sheet: PathBuf,
}

fn files(name: &str, bytes: &[u8]) -> Files {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("bac-giang.ron");
    std::fs::write(&report, REPORT).unwrap();
    let sheet = dir.path().join(name);
    std::fs::write(&sheet, bytes).unwrap();
    Files {
        _dir: dir,
        report,
        sheet,
    }
}

/// `chitieu import SHEET --into REPORT --dry-run`: its lines, checked to be the
/// library's dry run of the same bytes.
fn dry_run_lines(name: &str, bytes: &[u8]) -> Vec<String> {
    let f = files(name, bytes);
    let out = Command::new(env!("CARGO_BIN_EXE_chitieu"))
        .env("LC_ALL", "C")
        .env("LANG", "C")
        .args([
            "import",
            f.sheet.to_str().unwrap(),
            "--into",
            f.report.to_str().unwrap(),
            "--dry-run",
        ])
        .output()
        .expect("the binary runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let lines: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    assert_eq!(lines, preview(bytes, name).lines());
    lines
}

fn percent_workbook() -> Vec<u8> {
    use C::{E, F, N, S};
    workbook(&[(
        "Số liệu",
        Visibility::Visible,
        vec![
            vec![S("Số liệu 9 tháng")],
            header(),
            // A rate typed 8,2 % in a cell of format 0.0%: Excel stores 0.0822.
            vec![S("grdp_growth"), E, F(0.0822, "0.0%")],
            // A growth in the built-in format 0% (id 9).
            vec![S("rice_output"), E, N(265_000.0), F(0.105, "0%")],
            // A share in 0.00% (id 10).
            vec![S("forest_cover"), E, F(0.415, "0.00%")],
            // An amount in a percent cell: refused.
            vec![S("fdi"), E, F(0.12, "0.0%")],
            // A count typed with a %: refused.
            vec![S("students"), E, S("12%")],
        ],
    )])
}

#[test]
fn a_percent_cell_gives_the_percent_and_the_dry_run_says_so() {
    let lines = dry_run_lines("so-lieu.xlsx", &percent_workbook());
    assert_eq!(
        lines,
        [
            "grdp_growth actual: 7.5 -> 8.22 (read from the percent cell C3: it stores 0.0822, \
             which is 8.22%)",
            "rice_output actual: 250000 -> 265000",
            "rice_output yoy_growth_pct: - -> 10.5 (read from the percent cell D4: it stores \
             0.105, which is 10.5%)",
            "forest_cover actual: 40 -> 41.5 (read from the percent cell C5: it stores 0.415, \
             which is 41.5%)",
            "error Số liệu!C6: fdi actual: 12% cannot be used: A percent (%) is only for a growth, \
             a rate or a share; this figure is an amount or a count: write it in the indicator's \
             unit, without %",
            "error Số liệu!C7: students actual: 12% cannot be used: A percent (%) is only for a \
             growth, a rate or a share; this figure is an amount or a count: write it in the \
             indicator's unit, without %",
        ]
    );
    let p = preview(&percent_workbook(), "so-lieu.xlsx");
    assert_eq!(p.changes[0].percent_cell, Some(0.0822));
    assert_eq!(p.changes[1].percent_cell, None);
    assert_eq!(
        p.changes[0].note(Lang::Vi).unwrap(),
        "đọc từ ô định dạng phần trăm C3: ô lưu 0.0822, tức 8.22%"
    );
}

#[test]
fn a_fall_below_all_an_immense_number_and_a_percent_amount_are_refused_at_the_cell() {
    use C::{E, N, S};
    let bytes = workbook(&[(
        "Số liệu",
        Visibility::Visible,
        vec![
            header(),
            vec![S("grdp_growth"), E, N(-150.0)],
            vec![S("fdi"), E, N(1.7e308)],
            vec![S("rice_output"), E, S("12 %"), N(-120.0)],
            vec![S("students"), E, N(121_000.0)],
        ],
    )]);
    let p = preview(&bytes, "so-lieu.xlsx");
    let refused: Vec<(&str, Field, &str)> = p
        .problems
        .iter()
        .map(|pr| match &pr.kind {
            ProblemKind::NotAFigure { id, field, .. } => (id.0.as_str(), *field, pr.cell.as_str()),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        refused,
        [
            ("grdp_growth", Field::Actual, "C2"),
            ("fdi", Field::Actual, "C3"),
            ("rice_output", Field::Actual, "C4"),
            ("rice_output", Field::YoyGrowthPct, "D4"),
        ]
    );
    let lines = dry_run_lines("so-lieu.xlsx", &bytes);
    assert_eq!(lines[0], "students actual: 120000 -> 121000");
    assert_eq!(
        lines[1],
        "error Số liệu!C2: grdp_growth actual: -150 cannot be used: A fall of more than 100 % \
         would leave less than nothing"
    );
    assert!(
        lines[2].starts_with("error Số liệu!C3: fdi actual: ")
            && lines[2].ends_with(
                "cannot be used: Too large (over 10^15) for a figure of a report: check the unit \
                 and the number of digits"
            ),
        "{}",
        lines[2]
    );
    // The same rule as typing in the table.
    let typed = chitieu_core::entry::parse(
        "12%",
        chitieu_core::format::Notation::English,
        chitieu_core::model::Measure::Amount,
        Field::Actual,
    );
    assert_eq!(typed, Err(chitieu_core::entry::EntryError::PercentOfAmount));
}

/// The figures on `name`, one row for rice output.
fn figures(name: &str, visibility: Visibility, rice: f64) -> (&str, Visibility, Vec<Vec<C>>) {
    use C::{E, N, S};
    (
        name,
        visibility,
        vec![header(), vec![S("rice_output"), E, N(rice)]],
    )
}

#[test]
fn a_visible_sheet_is_read_before_a_hidden_one_which_is_named() {
    // An old hidden sheet first, the figures on screen second.
    let bytes = workbook(&[
        figures("Cũ", Visibility::Hidden, 1.0),
        figures("Số liệu", Visibility::Visible, 260_000.0),
    ]);
    let lines = dry_run_lines("hai-trang.xlsx", &bytes);
    assert_eq!(
        lines,
        [
            "rice_output actual: 250000 -> 260000",
            "warning Cũ!A1: sheet \"Cũ\" also has a header row of figures but was not read: an \
             import reads one sheet (\"Số liệu\"); copy its rows onto that sheet, or import this \
             one on its own in the app (Map the columns… → choose the sheet)",
        ]
    );
}

#[test]
fn figures_read_from_a_hidden_or_very_hidden_sheet_say_so() {
    use C::S;
    for (visibility, word) in [
        (Visibility::Hidden, "hidden"),
        (Visibility::VeryHidden, "very hidden"),
    ] {
        let bytes = workbook(&[
            (
                "Ghi chú",
                Visibility::Visible,
                vec![vec![S("Xem trang sau")]],
            ),
            figures("Số liệu", visibility, 260_000.0),
        ]);
        let sheets = import::sheet::read_any(&bytes, Path::new("an.xlsx")).unwrap();
        assert_eq!(sheets[1].visibility, visibility);
        assert_eq!(sheets[1].shown_name(Lang::En), format!("Số liệu ({word})"));
        let lines = dry_run_lines("an.xlsx", &bytes);
        assert_eq!(
            lines,
            [
                "rice_output actual: 250000 -> 260000".to_owned(),
                format!(
                    "warning Số liệu!A1: the figures come from sheet \"Số liệu\", which is \
                     {word}: Excel does not show it; check it is the sheet meant (in Excel: \
                     right-click a sheet's tab → Unhide)"
                ),
            ]
        );
        // The mapping step starts on the visible sheet.
        let first = import::mapping::likely_sheet(&sheets).unwrap();
        assert_eq!(first.name, "Ghi chú");
    }
}

#[test]
fn a_second_sheet_of_figures_and_a_second_column_of_a_figure_are_named() {
    use C::{E, N, S};
    let bytes = workbook(&[
        (
            "Sở Nông nghiệp",
            Visibility::Visible,
            vec![
                vec![
                    S("Mã"),
                    S("Ước thực hiện"),
                    S("So cùng kỳ (%)"),
                    S("ước THỰC hiện"),
                ],
                vec![S("rice_output"), N(260_000.0), E, N(261_000.0)],
            ],
        ),
        (
            "Sở Kế hoạch",
            Visibility::Visible,
            vec![
                vec![E],
                vec![E, S("Mã"), S("Ước thực hiện")],
                vec![E, S("fdi"), N(310.0)],
            ],
        ),
    ]);
    let lines = dry_run_lines("hai-so.xlsx", &bytes);
    assert_eq!(
        lines,
        [
            "rice_output actual: 250000 -> 260000",
            "warning Sở Nông nghiệp!D1: column \"ước THỰC hiện\" is a second \"Actual\" column \
             (column B was read): it is not read; delete or rename one of them",
            "warning Sở Kế hoạch!B2: sheet \"Sở Kế hoạch\" also has a header row of figures but \
             was not read: an import reads one sheet (\"Sở Nông nghiệp\"); copy its rows onto \
             that sheet, or import this one on its own in the app (Map the columns… → choose \
             the sheet)",
        ]
    );
}

/// `bytes` with each of `edits` (from, to) made in the XML of the first worksheet, as
/// another tool would have written it.
fn edit_sheet_xml(bytes: &[u8], edits: &[(&str, &str)]) -> Vec<u8> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = Vec::new();
    let mut writer = zip::ZipWriter::new(Cursor::new(&mut out));
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).unwrap();
        let name = part.name().to_owned();
        let mut content = Vec::new();
        part.read_to_end(&mut content).unwrap();
        if name == "xl/worksheets/sheet1.xml" {
            let mut xml = String::from_utf8(content).unwrap();
            for (from, to) in edits {
                assert!(xml.contains(from), "{from} not in {xml}");
                xml = xml.replacen(from, to, 1);
            }
            content = xml.into_bytes();
        }
        writer
            .start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        writer.write_all(&content).unwrap();
    }
    writer.finish().unwrap();
    out
}

#[test]
fn a_formula_saved_without_its_value_is_a_problem_at_its_cell() {
    use C::{E, Fx, N, S};
    let written = workbook(&[(
        "Số liệu",
        Visibility::Visible,
        vec![
            header(),
            vec![S("rice_output"), E, Fx("250000+15000", None)],
            vec![S("fdi"), E, Fx("SUM(300,10)", None)],
            vec![S("forest_cover"), E, Fx("40+1", Some("41"))],
            // A formula whose computed value is "": an empty cell, no figure.
            vec![S("students"), E, Fx("IF(1,\"\",0)", Some("x")), N(2.0)],
        ],
    )]);
    // rust_xlsxwriter caches 0 when it is given no result: take the value away as some
    // tools write it, with no <v> at all, or with an empty one.
    let bytes = edit_sheet_xml(
        &written,
        &[
            ("<f>250000+15000</f><v>0</v>", "<f>250000+15000</f>"),
            ("<f>SUM(300,10)</f><v>0</v>", "<f>SUM(300,10)</f><v></v>"),
            // LibreOffice writes a computed "" as an empty value of text type.
            ("<v>x</v>", "<v></v>"),
        ],
    );
    let lines = dry_run_lines("cong-thuc.xlsx", &bytes);
    assert_eq!(
        lines,
        [
            "forest_cover actual: 40 -> 41",
            "students yoy_growth_pct: - -> 2",
            "error Số liệu!C2: the formula =250000+15000 in C2 has no computed value: open and \
             save the file in Excel or LibreOffice",
            "error Số liệu!C3: the formula =SUM(300,10) in C3 has no computed value: open and \
             save the file in Excel or LibreOffice",
        ]
    );
    let p = preview(&bytes, "cong-thuc.xlsx");
    assert!(
        p.problems[0]
            .message(Lang::Vi)
            .starts_with("công thức =250000+15000 ở C2 chưa có giá trị tính sẵn")
    );
}

#[test]
fn ids_that_look_the_same_show_where_they_differ() {
    use C::{E, N, S};
    let bytes = workbook(&[(
        "Số liệu",
        Visibility::Visible,
        vec![
            header(),
            vec![S("grdp\u{200b}_growth"), E, N(8.0)],
            vec![S("rice_\u{43e}utput"), E, N(260_000.0)],
            vec![E, S("Số học sinh\u{feff}"), N(121_000.0)],
            vec![S("no_such_id"), E, N(1.0)],
        ],
    )]);
    let lines = dry_run_lines("giong-nhau.xlsx", &bytes);
    let tail = "but differs at the characters written \\u{…} (a letter of another alphabet or a \
                character one cannot see): type the cell again; the row is left out";
    assert_eq!(
        lines,
        [
            format!(
                "warning Số liệu!A2: \"grdp\\u{{200b}}_growth\" looks like \"grdp_growth\" {tail}"
            ),
            format!(
                "warning Số liệu!A3: \"rice_\\u{{43e}}utput\" looks like \"rice_output\" {tail}"
            ),
            format!(
                "warning Số liệu!B4: \"Số học sinh\\u{{feff}}\" looks like \"students\" {tail}"
            ),
            "warning Số liệu!A5: \"no_such_id\" matches no indicator of the report: the row is \
             left out"
                .to_owned(),
        ]
    );
}

#[test]
fn a_cell_of_ten_megabytes_is_quoted_to_a_readable_length() {
    let digits = "9".repeat(10 << 20);
    let letters = "x".repeat(10 << 20);
    let csv = format!("id,actual\nrice_output,{digits}\n{letters},5\nstudents,abc{letters}\n");
    let lines = dry_run_lines("to.csv", csv.as_bytes());
    assert_eq!(
        lines.len(),
        3,
        "{:?}",
        lines.iter().map(String::len).collect::<Vec<_>>()
    );
    for line in &lines {
        assert!(line.len() < 400, "{} bytes: {}…", line.len(), &line[..200]);
        assert!(line.contains("…\" (1048576"), "{line}");
    }
    assert!(lines[0].starts_with(&format!(
        "error to.csv!B2: \"{}…\" (10485760 characters) is not a number",
        "9".repeat(60)
    )));
    assert!(lines[1].starts_with(&format!(
        "warning to.csv!A3: \"{}…\" (10485760 characters) matches no indicator",
        "x".repeat(60)
    )));
    assert!(lines[2].contains("(10485763 characters) is not a number"));
}

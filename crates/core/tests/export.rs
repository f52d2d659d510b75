//! Every export read back the way the tools that receive it read it.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "tests fail loudly"
)]

use std::path::Path;

use calamine::{Data, Reader as _, Xlsx, open_workbook};
#[path = "support/office.rs"]
mod office;
use chitieu_core::export::{self, CsvLocale, Format, Options};
use chitieu_core::metrics;
use chitieu_core::model::{Field, IndicatorId, Lang, Report};
use office::{Formulas, soffice};

fn options(lang: Lang) -> Options {
    Options {
        lang,
        csv_locale: CsvLocale::Standard,
        exported_at: "2024-07-15 08:30 UTC".into(),
    }
}

/// The embedded report with three edits made, as an officer would.
fn revised() -> Report {
    let mut r = chitieu_core::io::embedded().unwrap();
    let set = |r: &mut Report, id: &str, field: Field, v: f64| {
        r.indicator_mut(&IndicatorId(id.into()))
            .unwrap()
            .set_value(field, Some(v));
    };
    set(
        &mut r,
        "budget_spending_total",
        Field::AnnualTarget,
        16000.0,
    );
    set(&mut r, "rice_spring_area", Field::Target, 60000.0);
    set(&mut r, "grdp_growth", Field::Target, 9.5);
    r.indicator_mut(&IndicatorId("budget_spending_total".into()))
        .unwrap()
        .note = "Điều chỉnh theo NQ 12".into();
    r
}

fn write(
    report: &Report,
    format: Format,
    opts: &Options,
) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(export::suggested_file_name(report, format));
    export::write(report, format, opts, &path).unwrap();
    (dir, path)
}

/// The column of the ids on the indicators sheet: the last, after the printed ones.
const ID: usize = 19;
/// The status column of the indicators sheet.
const STATUS: usize = 16;
/// The notes column of the indicators sheet.
const NOTE: usize = 18;

/// The row of the indicators sheet whose id is `id`.
fn row_of<'a>(range: &'a calamine::Range<Data>, id: &str) -> (usize, &'a [Data]) {
    range
        .rows()
        .enumerate()
        .find(|(_, r)| {
            r.get(ID)
                .is_some_and(|c| matches!(c, Data::String(s) if s == id))
        })
        .unwrap_or_else(|| panic!("a row for {id}"))
}

fn number(cell: &Data) -> f64 {
    match cell {
        Data::Float(f) => *f,
        Data::Int(i) => *i as f64,
        other => panic!("not a number: {other:?}"),
    }
}

#[test]
fn xlsx_has_values_live_formulas_and_the_changes() {
    let report = revised();
    let (_dir, path) = write(&report, Format::Xlsx, &options(Lang::Vi));
    assert!(path.ends_with("hai-duong-2024-H1-revised.xlsx"));
    let mut book: Xlsx<_> = open_workbook(&path).unwrap();
    assert_eq!(
        book.sheet_names(),
        vec!["Chỉ tiêu", "Điều chỉnh", "Nhiệm vụ", "Thông tin"]
    );

    let sheet = book.worksheet_range("Chỉ tiêu").unwrap();
    let header: Vec<String> = sheet
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect();
    // Names first, ids last.
    assert_eq!(&header[..3], ["Chỉ tiêu", "Đơn vị", "Ước thực hiện"]);
    assert_eq!(header[ID], "Mã");
    assert!(header.contains(&"% chỉ tiêu năm".to_owned()));
    // Grouped by section: a section row before the first indicator.
    assert_eq!(
        sheet.rows().nth(1).unwrap()[0].to_string(),
        "1 Về tăng trưởng kinh tế"
    );

    let (row, cells) = row_of(&sheet, "budget_spending_total");
    assert_eq!(number(&cells[2]), 6220.3);
    assert_eq!(number(&cells[9]), 16000.0, "the revised annual target");
    // The computed columns carry their results ...
    assert!((number(&cells[11]) - 6220.3 / 16000.0 * 100.0).abs() < 1e-9);
    assert!((number(&cells[13]) - (16000.0 - 6220.3)).abs() < 1e-9);
    assert!((number(&cells[4]) - 6220.3 / 1.125).abs() < 1e-9);
    // 38.9 % of the year's estimate at mid-year: behind the 50 % pace.
    assert_eq!(cells[STATUS].to_string(), "Chưa đạt");
    assert_eq!(cells[NOTE].to_string(), "Điều chỉnh theo NQ 12");
    // ... as live formulas.
    let formulas = book.worksheet_formula("Chỉ tiêu").unwrap();
    let formula = |col: usize| {
        formulas
            .get_value((row as u32, col as u32))
            .cloned()
            .unwrap_or_default()
    };
    let r = row + 1;
    assert_eq!(
        formula(11),
        format!("IF(AND(ISNUMBER(C{r}),ISNUMBER(J{r}),J{r}>0),C{r}/J{r}*100,\"\")")
    );
    assert_eq!(
        formula(13),
        format!("IF(AND(ISNUMBER(C{r}),ISNUMBER(J{r})),J{r}-C{r},\"\")")
    );
    // Last year's figure is a figure (the anchor), the growth a live formula of it.
    assert_eq!(formula(4), "");
    assert_eq!(
        formula(3),
        format!("IF(AND(ISNUMBER(C{r}),ISNUMBER(E{r}),E{r}>0),(C{r}/E{r}-1)*100,\"\")")
    );
    assert!(
        (number(&cells[3]) - 12.5).abs() < 1e-9,
        "the printed growth, computed"
    );
    // The status too: against the annual target at the half-year pace.
    assert!(
        formula(STATUS).contains(&format!("C{r}/(J{r}*0.5)*100>=100")),
        "{}",
        formula(STATUS)
    );

    // A rate: the gap in points, not a ratio.
    let (grdp_row, grdp) = row_of(&sheet, "grdp_growth");
    assert!((number(&grdp[8]) - 0.5).abs() < 1e-9);
    assert_eq!(grdp[7], Data::Empty);
    let g = grdp_row + 1;
    assert_eq!(
        formulas
            .get_value((grdp_row as u32, 8))
            .cloned()
            .unwrap_or_default(),
        format!("IF(AND(ISNUMBER(C{g}),ISNUMBER(F{g})),C{g}-F{g},\"\")")
    );

    assert_changes_sheet(&mut book);
    assert_about_sheet(&mut book);
}

/// The Vietnamese export's Changes sheet lists exactly the edits of [`revised`].
fn assert_changes_sheet(book: &mut Xlsx<std::io::BufReader<std::fs::File>>) {
    let changes = book.worksheet_range("Điều chỉnh").unwrap();
    let listed: Vec<(String, String, f64, f64)> = changes
        .rows()
        .skip(1)
        .map(|r| {
            (
                r[6].to_string(),
                r[1].to_string(),
                number(&r[2]),
                number(&r[3]),
            )
        })
        .collect();
    assert_eq!(
        listed,
        vec![
            (
                "grdp_growth".to_owned(),
                "Chỉ tiêu kỳ".to_owned(),
                8.22,
                9.5
            ),
            (
                "rice_spring_area".to_owned(),
                "Chỉ tiêu kỳ".to_owned(),
                53477.2,
                60000.0
            ),
            (
                "budget_spending_total".to_owned(),
                "Chỉ tiêu năm".to_owned(),
                18241.3,
                16000.0
            ),
        ]
    );
}

/// The Vietnamese export's About sheet names the region, the period, when and by what.
fn assert_about_sheet(book: &mut Xlsx<std::io::BufReader<std::fs::File>>) {
    let about = book.worksheet_range("Thông tin").unwrap();
    let about: Vec<(String, String)> = about
        .rows()
        .map(|r| (r[0].to_string(), r[1].to_string()))
        .collect();
    assert!(about.contains(&("Địa phương".to_owned(), "Hải Dương".to_owned())));
    assert!(about.contains(&("Kỳ báo cáo".to_owned(), "6 tháng đầu năm 2024".to_owned())));
    assert!(about.contains(&(
        "Thời điểm xuất".to_owned(),
        "2024-07-15 08:30 UTC".to_owned()
    )));
    assert!(about.contains(&(
        "Phần mềm".to_owned(),
        format!("chitieu {}", env!("CARGO_PKG_VERSION"))
    )));
}

#[test]
fn xlsx_in_english_has_english_headers_and_no_changes_when_unrevised() {
    let report = chitieu_core::io::embedded().unwrap();
    let (_dir, path) = write(&report, Format::Xlsx, &options(Lang::En));
    let mut book: Xlsx<_> = open_workbook(&path).unwrap();
    assert_eq!(
        book.sheet_names(),
        vec!["Indicators", "Changes", "Tasks", "Report"]
    );
    let changes = book.worksheet_range("Changes").unwrap();
    assert_eq!(
        changes.rows().count(),
        2,
        "the header and a line saying nothing was revised"
    );
    assert_eq!(
        changes.rows().nth(1).unwrap()[0].to_string(),
        "No value has been revised."
    );
}

fn read_csv(bytes: &[u8], delimiter: u8) -> (Vec<String>, Vec<csv::StringRecord>) {
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "UTF-8 byte-order mark"
    );
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_reader(&bytes[3..]);
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    (header, reader.records().map(Result::unwrap).collect())
}

#[test]
fn csv_quotes_neutralises_formulas_and_keeps_numbers() {
    let mut report = revised();
    {
        let hostile = report
            .indicator_mut(&IndicatorId("budget_revenue_total".into()))
            .unwrap();
        hostile.name.vi = "=HYPERLINK(\"http://evil.example\",\"Bấm vào\")".into();
        hostile.name.en = "@SUM(A1:A9), \"quoted\"\nnew line".into();
    }
    let bytes = export::to_bytes(&report, Format::Csv, &options(Lang::Vi)).unwrap();
    let (header, rows) = read_csv(&bytes, b',');
    assert_eq!(header[..3], ["id", "section", "parent"]);
    let row = rows
        .iter()
        .find(|r| &r[0] == "budget_revenue_total")
        .unwrap();
    assert_eq!(&row[3], "'=HYPERLINK(\"http://evil.example\",\"Bấm vào\")");
    assert_eq!(
        &row[4], "'@SUM(A1:A9), \"quoted\" new line",
        "quoted by RFC 4180, comma kept; a name's line break is a space (issue 22)"
    );
    let capture = rows
        .iter()
        .find(|r| &r[0] == "fishery_output_capture")
        .unwrap();
    assert_eq!(&capture[7], "-1.4", "a negative number stays a number");
    let spending = rows
        .iter()
        .find(|r| &r[0] == "budget_spending_total")
        .unwrap();
    assert_eq!(&spending[13], "16000");
    assert_eq!(&spending[15], "38.88");
}

#[test]
fn csv_ends_with_code_department_share_and_what_the_rest_of_the_year_needs() {
    let mut report = chitieu_core::io::embedded().unwrap();
    let grdp = report
        .indicator_mut(&IndicatorId("grdp_growth".into()))
        .unwrap();
    grdp.code = "0501".into();
    grdp.agency = "Cục Thống kê".into();
    grdp.prior_share_pct = Some(45.0);
    grdp.set_value(chitieu_core::model::Field::AnnualTarget, Some(9.0));
    let bytes = export::to_bytes(&report, Format::Csv, &options(Lang::Vi)).unwrap();
    let (header, rows) = read_csv(&bytes, b',');
    assert_eq!(
        &header[19..],
        [
            "code",
            "agency",
            "prior_share_pct",
            "h2_required_growth_pct"
        ]
    );
    let row = rows.iter().find(|r| &r[0] == "grdp_growth").unwrap();
    let ends: Vec<&str> = row.iter().skip(19).collect();
    assert_eq!(ends, ["0501", "Cục Thống kê", "45", "8.18"]);
}

#[test]
fn csv_for_vietnamese_excel_uses_semicolons_and_decimal_commas() {
    let opts = Options {
        csv_locale: CsvLocale::Vietnamese,
        ..options(Lang::Vi)
    };
    let bytes = export::to_bytes(&revised(), Format::Csv, &opts).unwrap();
    let (header, rows) = read_csv(&bytes, b';');
    assert_eq!(header.len(), 23);
    let revenue = rows
        .iter()
        .find(|r| &r[0] == "budget_revenue_total")
        .unwrap();
    assert_eq!(&revenue[6], "14283,5");
    assert_eq!(&revenue[15], "72,70");
    assert_eq!(&revenue[3], "Tổng thu ngân sách nhà nước");
}

#[test]
fn ron_export_loads_back() {
    let report = revised();
    let (_dir, path) = write(&report, Format::Ron, &options(Lang::Vi));
    assert_eq!(chitieu_core::io::load(&path).unwrap(), report);
}

#[test]
fn report_text_reproduces_the_reports_own_sentences() {
    let report = chitieu_core::io::embedded().unwrap();
    // (indicator, a stretch of the rewritten sentence that the report prints word for word)
    let samples = [
        (
            "budget_revenue_total",
            "14.283,5 tỷ đồng, đạt 72,7% dự toán, tăng 36,9% so với cùng kỳ năm trước",
        ),
        (
            "budget_revenue_domestic",
            "12.366,7 tỷ đồng, đạt 76% dự toán, tăng 50%",
        ),
        (
            "budget_revenue_import_export",
            "1.924 tỷ đồng, đạt 71% dự toán, tăng 4%",
        ),
        (
            "industrial_output_value",
            "ước đạt 180.034 tỷ đồng, tăng 13,7% so với cùng kỳ năm trước",
        ),
        (
            "construction_output_value",
            "ước đạt 10.004 tỷ đồng, tăng 7,3% so với cùng kỳ năm trước",
        ),
        (
            "services_output_value",
            "ước đạt 25.067 tỷ đồng, tăng 7,5% so với cùng kỳ năm trước",
        ),
        (
            "fishery_output",
            "ước đạt 55.127 tấn, tăng 7,5% so với cùng kỳ năm trước",
        ),
        (
            "tourism_revenue",
            "ước đạt 623,6 tỷ đồng, tăng 54,5% so với cùng kỳ năm trước",
        ),
        (
            "bank_deposits_mobilized",
            "ước đạt 200.670 tỷ đồng, tăng 11,1% so với cùng kỳ năm trước",
        ),
        ("goods_exports_value", "4.756 triệu USD, tăng 7,4%"),
        ("total_social_investment", "đạt 37,3% kế hoạch năm"),
    ];
    for (id, stretch) in samples {
        let ind = report.indicator(&IndicatorId(id.into())).unwrap();
        let sentence = export::text::sentence(&report, ind, Lang::Vi).unwrap();
        assert!(sentence.contains(stretch), "{id}: {sentence}");
        assert!(
            ind.source.contains(stretch),
            "{id}: the report says {:?}",
            ind.source
        );
        assert!(
            sentence.starts_with(&format!("{} 6 tháng đầu năm ", ind.name.vi)),
            "{sentence}"
        );
    }
    let text = export::text::markdown(&report, Lang::Vi);
    assert!(text.contains(
        "Tổng thu ngân sách nhà nước 6 tháng đầu năm ước đạt 14.283,5 tỷ đồng, đạt 72,7% dự toán, tăng 36,9% so với cùng kỳ năm trước."
    ));
    assert!(text.contains("## 3.1 Thu, chi ngân sách nhà nước"));
}

#[test]
fn report_text_follows_the_revised_figures_in_both_languages() {
    let report = revised();
    let spending = report
        .indicator(&IndicatorId("budget_spending_total".into()))
        .unwrap();
    assert_eq!(
        export::text::sentence(&report, spending, Lang::Vi).unwrap(),
        "Tổng chi ngân sách nhà nước 6 tháng đầu năm ước đạt 6.220,3 tỷ đồng, đạt 38,9% dự toán, tăng 12,5% so với cùng kỳ năm trước."
    );
    assert_eq!(
        export::text::sentence(&report, spending, Lang::En).unwrap(),
        "Total state budget spending in the first half of 2024 is estimated at 6,220.3 billion VND, 38.9% of the budget estimate, up 12.5% on the same period last year."
    );
    let grdp = report
        .indicator(&IndicatorId("grdp_growth".into()))
        .unwrap();
    assert_eq!(
        export::text::sentence(&report, grdp, Lang::Vi).unwrap(),
        "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn tỉnh (GRDP) 6 tháng đầu năm ước tăng 10%, cao hơn kịch bản đề ra (9,5%)."
    );
    let text = export::text::markdown(&report, Lang::Vi);
    assert!(
        text.contains("- Tổng chi ngân sách nhà nước — Chỉ tiêu năm: 18.241,3 → 16.000"),
        "{text}"
    );
}

#[test]
fn an_export_never_leaves_half_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("missing-folder").join("x.xlsx");
    let err = export::write(&revised(), Format::Xlsx, &options(Lang::Vi), &path).unwrap_err();
    assert!(err.to_string().starts_with("cannot save: "), "{err}");
    // The name is taken by a folder: refused with the reason, and nothing is left
    // behind, neither the workbook nor a temporary file, and the folder is untouched.
    let taken = dir.path().join("taken.xlsx");
    std::fs::create_dir(&taken).unwrap();
    std::fs::write(taken.join("keep.txt"), "kept").unwrap();
    let err = export::write(&revised(), Format::Xlsx, &options(Lang::Vi), &taken).unwrap_err();
    assert!(err.to_string().contains("this is a folder"), "{err}");
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["taken.xlsx"]);
    assert_eq!(
        std::fs::read_to_string(taken.join("keep.txt")).unwrap(),
        "kept"
    );
}

/// LibreOffice opens the workbook, recalculates every formula and agrees with chitieu.
#[test]
fn libreoffice_recalculates_the_formulas_to_chitieus_figures() {
    let Some(soffice) = soffice() else {
        eprintln!("SKIPPED: LibreOffice is not installed (apt-get install libreoffice-calc-nogui)");
        return;
    };
    let mut report = revised();
    // The shares of last year that the rest of the year's needs rest on: GRDP (a
    // growth rate with the year's target) and budget revenue (an amount).
    for (id, share) in [("grdp_growth", 45.0), ("budget_revenue_total", 47.5)] {
        report
            .indicator_mut(&IndicatorId(id.into()))
            .unwrap()
            .prior_share_pct = Some(share);
    }
    report
        .indicator_mut(&IndicatorId("grdp_growth".into()))
        .unwrap()
        .set_value(Field::AnnualTarget, Some(9.0));
    // No cached results: what LibreOffice shows, it computed itself.
    let opts = Options {
        lang: Lang::En,
        ..options(Lang::En)
    };
    let bytes = export::xlsx::to_bytes_without_cached_results(&report, &opts).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("book.xlsx");
    std::fs::write(&xlsx, bytes).unwrap();
    office::convert(
        &soffice,
        &xlsx,
        "csv:Text - txt - csv (StarCalc):44,34,76",
        dir.path(),
        dir.path(),
        Formulas::Recalculated,
    );
    let csv_path = dir.path().join("book.csv");
    let text = std::fs::read_to_string(Path::new(&csv_path)).unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    let derived = chitieu_core::derived::Derived::compute(&report);
    let (mut checked, mut needed) = (0, 0);
    for record in reader.records() {
        let record = record.unwrap();
        let Some(id) = record.get(ID) else {
            continue;
        };
        let Some(&i) = derived.index.get(&IndicatorId(id.to_owned())) else {
            continue;
        };
        let m = metrics::compute(&report.indicators[i], &report.period);
        for (col, ours) in [
            (4, m.prior_period),
            (7, m.achievement_pct),
            (8, m.gap_pts),
            (11, m.annual_achievement_pct),
            (12, m.annual_gap_pts),
            (13, m.h2_remaining),
            (15, m.rest_required_growth_pct),
        ] {
            // LibreOffice writes numbers as the cells show them ("16,000.0").
            let theirs: Option<f64> = record.get(col).filter(|s| !s.is_empty()).map(|s| {
                s.replace(',', "")
                    .parse()
                    .unwrap_or_else(|_| panic!("{id} col {col}: {s:?}"))
            });
            // ... so compare at the precision shown: percents one decimal, points two,
            // amounts as many as the indicator's figures.
            let tolerance = match col {
                7 | 11 | 15 => 0.051,
                8 | 12 => 0.0051,
                _ => 0.51,
            };
            match (ours, theirs) {
                (Some(a), Some(b)) => {
                    assert!(
                        (a - b).abs() <= tolerance,
                        "{id} col {col}: chitieu {a}, LibreOffice {b}"
                    );
                    checked += 1;
                    needed += usize::from(col == 15);
                }
                (None, None) => {}
                (a, b) => {
                    if report.indicators[i].prior.is_none() || col != 4 {
                        panic!("{id} col {col}: chitieu {a:?}, LibreOffice {b:?}");
                    }
                }
            }
        }
    }
    assert!(checked > 50, "{checked} figures compared");
    assert_eq!(needed, 2, "the rest of the year's growth of both, live");
}

/// Every formula's cached result is what LibreOffice computes after a forced
/// recalculation: LibreOffice shows the cached results without recalculating, so a
/// cached 0 where the formula gives an empty text would show as 0.
#[test]
fn every_cached_result_is_what_libreoffice_computes() {
    let Some(soffice) = soffice() else {
        eprintln!("SKIPPED: LibreOffice is not installed (apt-get install libreoffice-calc-nogui)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let ours = dir.path().join("ours.xlsx");
    for lang in [Lang::Vi, Lang::En] {
        std::fs::write(
            &ours,
            export::to_bytes(&revised(), Format::Xlsx, &options(lang)).unwrap(),
        )
        .unwrap();
        let out = dir.path().join("theirs");
        office::convert(
            &soffice,
            &ours,
            "xlsx",
            &out,
            dir.path(),
            Formulas::Recalculated,
        );
        let mut mine: Xlsx<_> = open_workbook(&ours).unwrap();
        let mut theirs: Xlsx<_> = open_workbook(out.join("ours.xlsx")).unwrap();
        let mut checked = 0;
        for name in mine.sheet_names() {
            let formulas = mine.worksheet_formula(&name).unwrap();
            let cached = mine.worksheet_range(&name).unwrap();
            let computed = theirs.worksheet_range(&name).unwrap();
            for (row, col, f) in formulas.used_cells() {
                if f.is_empty() {
                    continue;
                }
                let at = (
                    row as u32 + formulas.start().unwrap().0,
                    col as u32 + formulas.start().unwrap().1,
                );
                let empty = Data::Empty;
                let a = cached.get_value(at).unwrap_or(&empty);
                let b = computed.get_value(at).unwrap_or(&empty);
                let same = match (a, b) {
                    (Data::String(s), Data::Empty) | (Data::Empty, Data::String(s)) => s.is_empty(),
                    (Data::Float(x), Data::Float(y)) => (x - y).abs() <= 1e-9 * x.abs().max(1.0),
                    (Data::Float(x), Data::Int(y)) | (Data::Int(y), Data::Float(x)) => {
                        (x - *y as f64).abs() <= 1e-9 * x.abs().max(1.0)
                    }
                    (a, b) => a == b,
                };
                assert!(same, "{name} {at:?} {f}: cached {a:?}, LibreOffice {b:?}");
                checked += 1;
            }
        }
        // Every growth over a known last year's figure is one (last year's figure itself
        // is a number, the anchor).
        assert!(checked >= 75, "{checked} formulas compared");
    }
}

/// A revised actual moves the workbook's growth (a live formula over last year's
/// figure, which stays), and the Changes sheet shows the printed growth beside it.
#[test]
fn xlsx_growth_follows_a_revised_actual_over_last_years_figure() {
    let mut report = chitieu_core::io::embedded().unwrap();
    report
        .indicator_mut(&IndicatorId("budget_revenue_total".into()))
        .unwrap()
        .set_value(Field::Actual, Some(14350.2));
    let (_dir, path) = write(&report, Format::Xlsx, &options(Lang::Vi));
    let mut book: Xlsx<_> = open_workbook(&path).unwrap();
    let sheet = book.worksheet_range("Chỉ tiêu").unwrap();
    let (_, cells) = row_of(&sheet, "budget_revenue_total");
    assert_eq!(number(&cells[2]), 14350.2);
    assert!(
        (number(&cells[4]) - 14283.5 / 1.369).abs() < 1e-9,
        "last year stays"
    );
    assert!((number(&cells[3]) - 37.54).abs() < 0.005, "{:?}", cells[3]);

    let changes = book.worksheet_range("Điều chỉnh").unwrap();
    let growth: Vec<(String, f64, f64)> = changes
        .rows()
        .skip(1)
        .filter(|r| matches!(&r[6], Data::String(s) if s == "budget_revenue_total"))
        .map(|r| (r[1].to_string(), number(&r[2]), number(&r[3])))
        .collect();
    assert_eq!(
        growth,
        [
            ("Ước thực hiện".to_owned(), 14283.5, 14350.2),
            ("So cùng kỳ (%)".to_owned(), 36.9, 37.54),
        ]
    );
}

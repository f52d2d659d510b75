//! The command line: `chitieu import` and `chitieu template`, run as a user runs them,
//! on the report and the department's workbook of `main.rs`.

use super::*;

fn chitieu(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_chitieu"))
        .env("LC_ALL", "C")
        .env("LANG", "C")
        .args(args)
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

struct Files {
    _dir: tempfile::TempDir,
    report: PathBuf,
    sheet: PathBuf,
}

fn files() -> Files {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.ron");
    std::fs::write(&report, REPORT).unwrap();
    let sheet = dir.path().join("so-tai-chinh.xlsx");
    std::fs::write(&sheet, department_workbook()).unwrap();
    Files {
        _dir: dir,
        report,
        sheet,
    }
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn import_prints_the_dry_run_and_writes_nothing() {
    let f = files();
    let before = std::fs::read(&f.report).unwrap();
    let out = chitieu(&["import", s(&f.sheet), "--into", s(&f.report), "--dry-run"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let expected = preview_of(&department_workbook(), "so-tai-chinh.xlsx", &report()).lines();
    assert_eq!(stdout.lines().collect::<Vec<_>>(), expected);
    assert_eq!(
        stdout.lines().next(),
        Some("revenue actual: 14283.5 -> 15000")
    );
    assert!(stdout.contains(
        "\nwarning Sở Tài chính!A5: \"khong_co\" matches no indicator of the report: the row is left out\n"
    ));
    assert_eq!(std::fs::read(&f.report).unwrap(), before);
    assert_eq!(
        std::fs::read_dir(f.report.parent().unwrap())
            .unwrap()
            .count(),
        2
    );
}

#[test]
fn import_writes_the_report_with_the_changes_to_out() {
    let f = files();
    let out_path = f.report.with_file_name("revised.ron");
    let out = chitieu(&[
        "import",
        s(&f.sheet),
        "--into",
        s(&f.report),
        "--out",
        s(&out_path),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let revised = chitieu_core::io::load(&out_path).unwrap();
    let revenue = revised.indicator(&id("revenue")).unwrap();
    assert_eq!(revenue.actual, Some(15000.0));
    assert_eq!(revenue.report_value(Field::Actual), Some(14283.5));
    assert_eq!(std::fs::read_to_string(&f.report).unwrap(), REPORT);

    // Over the report itself only when --out names it.
    let out = chitieu(&[
        "import",
        s(&f.sheet),
        "--into",
        s(&f.report),
        "--out",
        s(&f.report),
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        chitieu_core::io::load(&f.report)
            .unwrap()
            .indicator(&id("spending"))
            .unwrap()
            .actual,
        Some(6300.7)
    );
}

#[test]
fn import_refuses_wrong_usage_with_2_and_unreadable_files_with_1() {
    let f = files();
    // The workbook as written (made again, its creation time could differ by a second).
    let sheet = std::fs::read(&f.sheet).unwrap();
    let no_out = chitieu(&["import", s(&f.sheet), "--into", s(&f.report)]);
    assert_eq!(no_out.status.code(), Some(2));
    assert!(text(&no_out.stderr).contains("--out is required"));
    let embedded_no_out = chitieu(&["import", s(&f.sheet)]);
    assert_eq!(embedded_no_out.status.code(), Some(2));
    let over_sheet = chitieu(&["import", s(&f.sheet), "--out", s(&f.sheet)]);
    assert_eq!(over_sheet.status.code(), Some(2));
    assert_eq!(
        std::fs::read(&f.sheet).unwrap(),
        sheet,
        "the sheet is not written over"
    );

    let fake = f.report.with_file_name("fake.xlsx");
    std::fs::write(&fake, "not a zip").unwrap();
    let out = chitieu(&["import", s(&fake), "--into", s(&f.report), "--dry-run"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with("chitieu: not an Excel workbook (.xlsx)"),
        "{stderr}"
    );
    assert!(stderr.trim_end().ends_with("fake.xlsx"));

    let missing = chitieu(&["import", "/nonexistent/x.csv", "--dry-run"]);
    assert_eq!(missing.status.code(), Some(1));
}

#[test]
fn template_writes_a_fill_in_sheet_that_imports() {
    let f = files();
    let sheet = f.report.with_file_name("budget.xlsx");
    let out = chitieu(&[
        "template",
        "--section",
        "budget",
        "--out",
        s(&sheet),
        s(&f.report),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // Unfilled, it changes nothing and finds nothing wrong.
    let dry = chitieu(&["import", s(&sheet), "--into", s(&f.report), "--dry-run"]);
    assert_eq!(dry.status.code(), Some(0));
    assert!(dry.stdout.is_empty(), "{}", text(&dry.stdout));

    let bad = chitieu(&[
        "template",
        "--section",
        "nope",
        "--out",
        s(&sheet),
        s(&f.report),
    ]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(text(&bad.stderr).contains("no section \"nope\""));
}

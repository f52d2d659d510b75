//! The command line, run as a user runs it.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "tests fail loudly"
)]

use std::path::Path;
use std::process::{Command, Output};

fn chitieu(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chitieu-cli"))
        .env("LC_ALL", "C")
        .env("LANG", "C")
        .args(args)
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

fn data(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../core/tests/data")
        .join(name)
        .display()
        .to_string()
}

#[test]
fn check_prints_one_finding_a_line_and_exits_0() {
    let out = chitieu(&["check"]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = text(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines,
        vec![
            "error budget_revenue_total: the parts add up to 14,290.7, more than the total 14,283.5 (by 7.2)",
            "warning task:t3_3b: number \"3.3\" is printed twice",
        ]
    );
    assert!(out.stderr.is_empty());

    let clean = chitieu(&["check", &data("minimal.ron")]);
    assert_eq!(clean.status.code(), Some(0));
    assert!(clean.stdout.is_empty());
}

#[test]
fn check_exits_1_when_the_report_cannot_be_read() {
    let path = data("bad/parent_cycle.ron");
    let out = chitieu(&["check", &path]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with("chitieu: the report's structure is broken"),
        "{stderr}"
    );
    assert!(stderr.trim_end().ends_with(&path), "{stderr}");

    let missing = chitieu(&["check", "/nonexistent/report.ron"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(text(&missing.stderr).contains("cannot read the file"));
}

#[test]
fn wrong_usage_exits_2() {
    for args in [
        &["check", "--bogus"][..],
        &["export", "--format", "pdf"],
        &["check", "a.ron", "b.ron"],
    ] {
        let out = chitieu(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!out.stderr.is_empty());
    }
}

#[test]
fn every_command_has_help() {
    for args in [&["--help"][..], &["check", "--help"], &["export", "--help"]] {
        let out = chitieu(args);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(text(&out.stdout).contains("Usage: chitieu"), "{args:?}");
    }
    let help = text(&chitieu(&["export", "--help"]).stdout);
    assert!(
        help.contains("--format") && help.contains("--out"),
        "{help}"
    );
}

#[test]
fn export_csv_to_standard_output() {
    let out = chitieu(&["export"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stdout.starts_with("\u{feff}".as_bytes()),
        "UTF-8 byte-order mark"
    );
    let mut reader = csv::Reader::from_reader(&out.stdout[3..]);
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        &header[..18],
        [
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
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let report = chitieu_core::io::embedded().unwrap();
    assert_eq!(rows.len(), report.indicators.len());

    let row = rows
        .iter()
        .find(|r| &r[0] == "budget_revenue_total")
        .unwrap();
    assert_eq!(&row[3], "Tổng thu ngân sách nhà nước");
    assert_eq!(&row[6], "14283.5");
    assert_eq!(&row[7], "36.9");
    assert_eq!(&row[13], "19647.2");
    assert_eq!(&row[14], "budget_estimate");
    assert_eq!(&row[15], "72.70");
    assert_eq!(&row[16], "5363.7");
    assert_eq!(&row[17], "met");
    assert_eq!(&row[9], "", "no period target: an empty cell");

    let grdp = rows.iter().find(|r| &r[0] == "grdp_growth").unwrap();
    assert_eq!(&grdp[10], "scenario");
    assert_eq!(&grdp[11], "", "a rate has no ratio");
    assert_eq!(&grdp[12], "1.78");
}

#[test]
fn export_ron_to_a_file_loads_back() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("revised.ron");
    let out = chitieu(&[
        "export",
        "--format",
        "ron",
        "--out",
        out_path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty());
    let loaded = chitieu_core::io::load(&out_path).unwrap();
    assert_eq!(loaded, chitieu_core::io::embedded().unwrap());

    // Export of a given report.
    let csv_path = dir.path().join("minimal.csv");
    let out = chitieu(&[
        "export",
        "--out",
        csv_path.to_str().unwrap(),
        &data("minimal.ron"),
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        std::fs::read_to_string(&csv_path).unwrap().lines().count(),
        2
    );
}

#[test]
fn export_to_an_unwritable_place_fails_clearly() {
    let out = chitieu(&["export", "--out", "/nonexistent/folder/x.csv"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.starts_with("chitieu: cannot save: "), "{stderr}");
    assert!(
        stderr.trim_end().ends_with("/nonexistent/folder/x.csv"),
        "{stderr}"
    );
}

#[test]
fn export_xlsx_and_report_text() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("r.xlsx");
    let out = chitieu(&[
        "export",
        "--format",
        "xlsx",
        "--lang",
        "en",
        "--out",
        xlsx.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        std::fs::read(&xlsx).unwrap().starts_with(b"PK"),
        "a zip container"
    );

    let md = chitieu(&["export", "--format", "md"]);
    assert_eq!(md.status.code(), Some(0));
    assert!(text(&md.stdout).contains(
        "ước đạt 14.283,5 tỷ đồng, đạt 72,7% dự toán, tăng 36,9% so với cùng kỳ năm trước."
    ));

    let vi_csv = chitieu(&["export", "--csv-locale", "vi"]);
    assert!(text(&vi_csv.stdout).contains(";14283,5;"));
}

#[test]
fn export_never_writes_over_its_own_report() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("r.ron");
    chitieu_core::io::save(&chitieu_core::io::embedded().unwrap(), &report).unwrap();
    let before = std::fs::read(&report).unwrap();
    // Even named another way.
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    let other_name = dir.path().join("sub/../r.ron");
    for args in [
        vec![
            "export",
            "--out",
            report.to_str().unwrap(),
            report.to_str().unwrap(),
        ],
        vec![
            "export",
            "--format",
            "ron",
            "--out",
            other_name.to_str().unwrap(),
            report.to_str().unwrap(),
        ],
    ] {
        let out = chitieu(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = text(&out.stderr);
        assert!(
            stderr.contains("--out is the report being exported"),
            "{stderr}"
        );
        assert_eq!(
            std::fs::read(&report).unwrap(),
            before,
            "the report is whole"
        );
    }
    assert!(!chitieu_core::io::backup_path(&report).exists());
}

#[test]
fn export_takes_the_format_from_the_extension_and_refuses_a_mismatch() {
    let dir = tempfile::tempdir().unwrap();
    let ron = dir.path().join("copy.ron");
    let out = chitieu(&["export", "--out", ron.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        chitieu_core::io::load(&ron).unwrap(),
        chitieu_core::io::embedded().unwrap(),
        "a .ron is written as a report, not as CSV"
    );
    let xlsx = dir.path().join("r.XLSX");
    assert_eq!(
        chitieu(&["export", "--out", xlsx.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
    assert!(std::fs::read(&xlsx).unwrap().starts_with(b"PK"));
    let txt = dir.path().join("r.txt");
    assert_eq!(
        chitieu(&["export", "--out", txt.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
    let plain = std::fs::read_to_string(&txt).unwrap();
    assert!(plain.contains("tỷ đồng"));
    assert!(
        !plain.contains("**") && !plain.contains("\n# "),
        "plain text, not Markdown"
    );

    let wrong = dir.path().join("r.xlsx");
    let out = chitieu(&[
        "export",
        "--format",
        "csv",
        "--out",
        wrong.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("--format csv does not match --out, whose extension is .xlsx"),
        "{stderr}"
    );
    assert!(!wrong.exists());

    let unknown = dir.path().join("r.data");
    let out = chitieu(&["export", "--out", unknown.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("give --format"));
    let out = chitieu(&[
        "export",
        "--format",
        "csv",
        "--out",
        unknown.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "a format given is enough");
}

#[test]
fn check_fails_when_its_findings_cannot_be_written() {
    let out = Command::new(env!("CARGO_BIN_EXE_chitieu-cli"))
        .env("LC_ALL", "C")
        .env("LANG", "C")
        .arg("check")
        .stdout(std::fs::File::create("/dev/full").unwrap())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with("chitieu: cannot write the findings: "),
        "{stderr}"
    );
}

/// Runs chitieu with `args`, killing it if it has not finished after a minute (a read
/// of a pipe that blocks would otherwise hang the test run).
fn chitieu_or_kill(args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_chitieu-cli"))
        .env("LC_ALL", "C")
        .env("LANG", "C")
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > std::time::Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("chitieu {args:?} blocked");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

#[cfg(unix)]
#[test]
fn endless_and_special_files_are_refused_at_once() {
    let zero = chitieu_or_kill(&["check", "/dev/zero"]);
    assert_eq!(zero.status.code(), Some(1));
    let stderr = text(&zero.stderr);
    assert_eq!(
        stderr.trim_end(),
        "chitieu: this is a device, not a report file; choose a report file: /dev/zero"
    );

    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.ron");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let out = chitieu_or_kill(&["check", fifo.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("named pipe"),
        "{}",
        text(&out.stderr)
    );
    // Nor is one written over.
    let out = chitieu_or_kill(&["export", "--format", "ron", "--out", fifo.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("not a file to write to"),
        "{}",
        text(&out.stderr)
    );
    use std::os::unix::fs::FileTypeExt as _;
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
}

// `chitieu new-period`: the next report from the embedded one.

#[test]
fn the_next_first_half_carries_this_years_actuals_as_last_years() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("2025-h1.ron");
    let run = chitieu(&[
        "new-period",
        "--period",
        "2025-H1",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let said = String::from_utf8(run.stdout).unwrap();
    assert!(said.contains("264 indicators"), "{said}");

    let next = chitieu_core::io::load(&out).unwrap();
    assert_eq!(next.period.to_string(), "2025-H1");
    let revenue = next
        .indicator(&chitieu_core::model::IndicatorId(
            "budget_revenue_total".into(),
        ))
        .unwrap();
    assert_eq!(revenue.prior, Some(14_283.5));
    assert_eq!(revenue.value(chitieu_core::model::Field::Actual), None);

    // The new report passes its structure checks: `chitieu check` reads it.
    let check = chitieu(&["check", out.to_str().unwrap()]);
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
}

#[test]
fn a_period_that_is_not_one_or_an_existing_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("next.ron");
    let bad = chitieu(&[
        "new-period",
        "--period",
        "2025-H3",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("is not a period"));
    assert!(!out.exists());

    std::fs::write(&out, "someone's work").unwrap();
    let over = chitieu(&[
        "new-period",
        "--period",
        "2024-9M",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(over.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "someone's work");
}

/// A fill-in sheet or an export is never written over a report: not over the report it
/// is made from (`template --out r.ron r.ron`), not over any other report (a mistyped
/// `--out`), in no format but RON. Issue 22, 1.
#[test]
fn no_sheet_or_export_is_written_over_a_report() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("r.ron");
    chitieu_core::io::save(&chitieu_core::io::embedded().unwrap(), &report).unwrap();
    // Another office's report, small, with ids of its own.
    let other = dir.path().join("other.ron");
    std::fs::copy(data("minimal.ron"), &other).unwrap();
    let (report_bytes, other_bytes) = (
        std::fs::read(&report).unwrap(),
        std::fs::read(&other).unwrap(),
    );
    // A report saved under a name that is not .ron is still a report.
    let named_csv = dir.path().join("report.csv");
    std::fs::copy(&other, &named_csv).unwrap();
    let (r, o, c) = (
        report.to_str().unwrap(),
        other.to_str().unwrap(),
        named_csv.to_str().unwrap(),
    );
    for args in [
        vec!["template", "--out", r, r],
        vec!["template", "--out", o, r],
        vec!["template", "--out", o],
        vec!["export", "--out", c, r],
        vec!["export", "--format", "csv", "--out", c],
    ] {
        let out = chitieu(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let stderr = text(&out.stderr);
        assert!(
            stderr.contains("this file is a chitieu report")
                && stderr.contains("choose another file name"),
            "{args:?}: {stderr}"
        );
        assert_eq!(std::fs::read(&report).unwrap(), report_bytes, "{args:?}");
        assert_eq!(std::fs::read(&other).unwrap(), other_bytes, "{args:?}");
        assert_eq!(std::fs::read(&named_csv).unwrap(), other_bytes, "{args:?}");
    }
    assert!(!chitieu_core::io::backup_path(&other).exists());
    // A sheet still goes where no report is, and over a sheet.
    let sheet = dir.path().join("sheet.xlsx");
    for _ in 0..2 {
        let out = chitieu(&["template", "--out", sheet.to_str().unwrap(), r]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    }
    // A RON export over another report is a save of this one: the other is kept as .bak.
    let out = chitieu(&["export", "--format", "ron", "--out", o, r]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        std::fs::read(chitieu_core::io::backup_path(&other)).unwrap(),
        other_bytes
    );
}

// Last year's figure is the anchor (issue 23).

/// The CSV export of `report` in Vietnamese Excel's notation, as text.
fn csv_vi(report: &Path) -> String {
    let run = chitieu(&[
        "export",
        "--format",
        "csv",
        "--csv-locale",
        "vi",
        report.to_str().unwrap(),
    ]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    text(&run.stdout)
}

/// The cells of the row of `id` in a Vietnamese CSV, by the header's column names.
fn csv_cells(csv: &str, id: &str, columns: &[&str]) -> Vec<String> {
    let mut lines = csv.lines();
    let header: Vec<&str> = lines
        .next()
        .unwrap()
        .trim_start_matches('\u{feff}')
        .split(';')
        .collect();
    let row: Vec<&str> = lines
        .find(|l| l.starts_with(&format!("{id};")))
        .unwrap()
        .split(';')
        .collect();
    columns
        .iter()
        .map(|c| row[header.iter().position(|h| h == c).unwrap()].to_owned())
        .collect()
}

/// Imports `sheet` (CSV text) into `report`, writing `out`.
fn import_into(dir: &Path, sheet: &str, report: Option<&Path>, out: &Path) {
    let file = dir.join("figures.csv");
    std::fs::write(&file, sheet).unwrap();
    let mut args = vec!["import", file.to_str().unwrap()];
    if let Some(report) = report {
        args.extend(["--into", report.to_str().unwrap()]);
    }
    args.extend(["--out", out.to_str().unwrap()]);
    let run = chitieu(&args);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
}

#[test]
fn a_new_actual_in_the_next_first_half_gives_its_growth_in_the_csv() {
    let dir = tempfile::tempdir().unwrap();
    let next = dir.path().join("2025-h1.ron");
    let run = chitieu(&[
        "new-period",
        "--period",
        "2025-H1",
        "--out",
        next.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(0));
    // Years in names roll forward, each one said.
    let said = text(&run.stdout);
    assert!(
        said.lines()
            .any(|l| l.starts_with("renamed ") && l.ends_with("Quý I/2025 - công nghiệp")),
        "{said}"
    );
    let typed = dir.path().join("typed.ron");
    import_into(
        dir.path(),
        "id,actual\nbudget_revenue_total,16000\n",
        Some(&next),
        &typed,
    );
    let csv = csv_vi(&typed);
    assert_eq!(
        csv_cells(
            &csv,
            "budget_revenue_total",
            &["actual", "prior_period", "yoy_growth_pct"]
        ),
        ["16000", "14283,5", "12,02"]
    );
}

#[test]
fn revising_an_actual_keeps_last_years_figure_and_moves_the_growth() {
    let dir = tempfile::tempdir().unwrap();
    let revised = dir.path().join("revised.ron");
    import_into(
        dir.path(),
        "id,actual\nbudget_revenue_total,14350.2\n",
        None,
        &revised,
    );
    let csv = csv_vi(&revised);
    let cells = csv_cells(
        &csv,
        "budget_revenue_total",
        &["actual", "prior_period", "yoy_growth_pct"],
    );
    assert_eq!(cells[0], "14350,2");
    // 14.283,5 ÷ 1,369, the figure the report implies, to four decimals.
    assert_eq!(cells[1], "10433,5281");
    assert_eq!(cells[2], "37,54");
    // The file says what was derived, and keeps it through a save.
    let back = chitieu_core::io::load(&revised).unwrap();
    let revenue = back
        .indicator(&chitieu_core::model::IndicatorId(
            "budget_revenue_total".into(),
        ))
        .unwrap();
    assert!(revenue.prior_derived);
    assert_eq!(
        revenue.yoy_growth_pct,
        Some(36.9),
        "the printed growth is kept"
    );
}

#[test]
fn the_year_report_has_no_second_half_and_check_finds_a_year_below_its_half() {
    let dir = tempfile::tempdir().unwrap();
    let year = dir.path().join("2024-y.ron");
    let run = chitieu(&[
        "new-period",
        "--period",
        "2024-Y",
        "--out",
        year.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(0));
    let typed = dir.path().join("typed.ron");
    import_into(
        dir.path(),
        "id,actual\nbudget_revenue_total,10000\n",
        Some(&year),
        &typed,
    );
    let csv = csv_vi(&typed);
    let cells = csv_cells(
        &csv,
        "budget_revenue_total",
        &["actual", "annual_target", "h2_remaining"],
    );
    assert_eq!(cells[0], "10000");
    assert!(!cells[1].is_empty(), "the year's target is kept: {csv}");
    assert_eq!(cells[2], "", "a year has nothing left for a second half");

    let check = chitieu(&["check", typed.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(0));
    let findings = text(&check.stdout);
    let errors: Vec<&str> = findings
        .lines()
        .filter(|l| l.starts_with("error"))
        .collect();
    assert_eq!(
        errors,
        [
            "error budget_revenue_total: the period's figure 10,000 is below the first half of 2024 already known, 14,283.5, which is part of it: correct the period's figure (or the first half of 2024)"
        ],
        "{findings}"
    );
    // A report the office made itself names no source sentence: no line says so.
    assert!(!findings.contains("source sentence"), "{findings}");
}

/// `chitieu-cli` with the locale variables given, and no others of them inherited.
fn chitieu_in(locale: &[(&str, &str)], args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_chitieu-cli"));
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(var);
    }
    command
        .envs(locale.iter().copied())
        .args(args)
        .output()
        .expect("the binary runs")
}

/// A report as another office makes it: another province, nine months, a breakdown
/// whose parts exceed their total and a count that is not whole.
const OTHER_OFFICE: &str = r#"#![enable(implicit_some)]
(
    schema_version: 1,
    title: (vi: "Báo cáo 9 tháng", en: "Nine-month report"),
    region: (vi: "Bắc Ninh", en: "Bac Ninh"),
    period: (year: 2025, span: FirstMonths(9)),
    source: (title: ""),
    sections: [
        (id: "tc", number: "II", title: (vi: "Tài chính", en: "Finance")),
    ],
    indicators: [
        (id: "thu", section: "tc", name: (vi: "Tổng thu", en: "Revenue"),
         unit: (vi: "tỷ đồng", en: "billion VND"), actual: 25100.5),
        (id: "thu_nd", section: "tc", parent: "thu", name: (vi: "Thu nội địa", en: "Domestic"),
         unit: (vi: "tỷ đồng", en: "billion VND"), actual: 21000.25),
        (id: "thu_xnk", section: "tc", parent: "thu", name: (vi: "Thu xuất nhập khẩu", en: "Trade"),
         unit: (vi: "tỷ đồng", en: "billion VND"), actual: 4200.0),
        (id: "dn_moi", section: "tc", name: (vi: "Doanh nghiệp thành lập mới", en: "New firms"),
         unit: (vi: "doanh nghiệp", en: "firms"), measure: Count, actual: 1234.5),
    ],
)
"#;

#[test]
fn check_speaks_vietnamese_when_the_locale_is_vietnamese() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bac-ninh-2025-9M.ron");
    std::fs::write(&path, OTHER_OFFICE).unwrap();
    let path = path.display().to_string();
    let vi = chitieu_in(&[("LANG", "vi_VN.UTF-8")], &["check", &path]);
    assert_eq!(vi.status.code(), Some(0), "{}", text(&vi.stderr));
    assert_eq!(
        text(&vi.stdout).lines().collect::<Vec<_>>(),
        vec![
            "lỗi thu: các thành phần cộng lại 25.200,25 vượt tổng 25.100,5 (thừa 99,75)",
            "cảnh báo dn_moi: số đếm không nguyên: 1.234,5",
        ]
    );
    // LC_ALL comes first, then LC_MESSAGES, then LANG, as POSIX reads them.
    let english = [
        "error thu: the parts add up to 25,200.25, more than the total 25,100.5 (by 99.75)",
        "warning dn_moi: count is not a whole number: 1,234.5",
    ];
    for locale in [
        &[("LC_ALL", "C"), ("LANG", "vi_VN.UTF-8")][..],
        &[("LC_MESSAGES", "en_US.UTF-8"), ("LANG", "vi_VN.UTF-8")],
        &[],
    ] {
        let out = chitieu_in(locale, &["check", &path]);
        assert_eq!(
            text(&out.stdout).lines().collect::<Vec<_>>(),
            english,
            "{locale:?}"
        );
    }
    let vi_all = chitieu_in(
        &[("LC_ALL", "vi_VN"), ("LANG", "en_GB.UTF-8")],
        &["check", &path],
    );
    assert!(text(&vi_all.stdout).starts_with("lỗi thu:"));
    // --lang says which, whatever the environment.
    let asked = chitieu_in(
        &[("LANG", "vi_VN.UTF-8")],
        &["check", "--lang", "en", &path],
    );
    assert_eq!(text(&asked.stdout).lines().collect::<Vec<_>>(), english);
    let asked = chitieu_in(&[("LANG", "C")], &["check", "--lang", "vi", &path]);
    assert!(text(&asked.stdout).starts_with("lỗi thu:"));
}

#[test]
fn errors_speak_the_users_language() {
    let missing = chitieu_in(
        &[("LANG", "vi_VN.UTF-8")],
        &["check", "/nonexistent/report.ron"],
    );
    assert_eq!(missing.status.code(), Some(1));
    let stderr = text(&missing.stderr);
    assert!(stderr.contains("không đọc được tệp"), "{stderr}");
    assert!(
        stderr.trim_end().ends_with("/nonexistent/report.ron"),
        "{stderr}"
    );
    let usage = chitieu_in(
        &[("LANG", "vi_VN.UTF-8")],
        &["new-period", "--period", "2025-X"],
    );
    assert_eq!(usage.status.code(), Some(2));
    assert!(text(&usage.stderr).contains("không phải một kỳ báo cáo"));
}

//! File → Import figures… in the app: the dry run in a window, the changes ticked are
//! applied as one undoable step, cancelling changes nothing, a dropped sheet is imported.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "tests fail loudly"
)]

use std::path::{Path, PathBuf};

use chitieu::app::{ChitieuApp, Command, EditCmd, ImportCmd, Settings};
use chitieu_core::export::{self, CsvLocale, Format};
use chitieu_core::format::Notation;
use chitieu_core::model::{Field, IndicatorId, Lang};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
#[path = "support/settle.rs"]
mod support;
use support::settle;

fn english() -> Harness<'static, ChitieuApp> {
    english_on(chitieu_core::io::embedded().unwrap())
}

fn english_on(report: chitieu_core::model::Report) -> Harness<'static, ChitieuApp> {
    let settings = Settings {
        lang: Lang::En,
        notation: Notation::English,
        ..Settings::default()
    };
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_eframe(move |cc| ChitieuApp::with_settings(&cc.egui_ctx, report, None, settings));
    harness.run();
    harness
}

/// The embedded report's CSV export with two figures changed, as a department would.
fn edited_csv(dir: &Path) -> PathBuf {
    let report = chitieu_core::io::embedded().unwrap();
    let options = export::Options {
        lang: Lang::Vi,
        csv_locale: CsvLocale::Standard,
        exported_at: String::new(),
    };
    let text =
        String::from_utf8(export::to_bytes(&report, Format::Csv, &options).unwrap()).unwrap();
    let edited: String = text
        .split_inclusive("\r\n")
        .map(|line| {
            if line.starts_with("budget_spending_total,") {
                line.replacen(",6220.3,", ",6300.7,", 1)
            } else if line.starts_with("pig_herd,") {
                line.replacen(",440000,", ",450000,", 1)
            } else {
                line.to_owned()
            }
        })
        .collect();
    assert_ne!(edited, text);
    let path = dir.join("edited.csv");
    std::fs::write(&path, edited).unwrap();
    path
}

fn value(h: &Harness<'_, ChitieuApp>, id: &str, field: Field) -> Option<f64> {
    h.state()
        .report()
        .indicator(&IndicatorId(id.into()))
        .and_then(|i| i.value(field))
}

#[test]
fn the_changes_ticked_are_applied_as_one_step() {
    let dir = tempfile::tempdir().unwrap();
    let path = edited_csv(dir.path());
    let mut h = english();
    let before = chitieu_core::io::to_string(h.state().report()).unwrap();
    h.state_mut()
        .command(Command::Import(ImportCmd::ImportFigures(path)));
    settle(&mut h);
    h.get_by_label_contains("Import figures — edited.csv");
    h.get_by_label_contains("2 changes, 0 problems");
    assert_eq!(
        chitieu_core::io::to_string(h.state().report()).unwrap(),
        before
    );
    assert!(!h.state().is_dirty());

    // Untick the pig herd, keep the spending.
    h.get_by_label_contains("(pig_herd) · Actual: 440,000 → 450,000")
        .click();
    h.run();
    h.get_by_label("Apply the changes ticked (1)").click();
    settle(&mut h);
    assert_eq!(
        value(&h, "budget_spending_total", Field::Actual),
        Some(6300.7)
    );
    assert_eq!(value(&h, "pig_herd", Field::Actual), Some(440_000.0));
    assert!(h.state().is_dirty());
    assert!(
        h.query_by_label_contains("Import figures — edited.csv")
            .is_none()
    );

    h.state_mut().command(Command::Edit(EditCmd::Undo));
    h.run();
    assert_eq!(
        chitieu_core::io::to_string(h.state().report()).unwrap(),
        before
    );
}

/// A generated report's CSV export with every actual changed, as a department of an
/// office with thousands of indicators would send it back.
fn every_actual_changed(report: &chitieu_core::model::Report, path: &Path) {
    let options = export::Options {
        lang: Lang::Vi,
        csv_locale: CsvLocale::Standard,
        exported_at: String::new(),
    };
    let bytes = export::to_bytes(report, Format::Csv, &options).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    let mut reader =
        csv::ReaderBuilder::new().from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let header = reader.headers().unwrap().clone();
    let actual = header.iter().position(|h| h == "actual").unwrap();
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(&header).unwrap();
    for record in reader.records() {
        let record = record.unwrap();
        let mut fields: Vec<String> = record.iter().map(str::to_owned).collect();
        if let Ok(v) = fields[actual].parse::<f64>() {
            fields[actual] = format!("{}", v + 1.0);
        }
        writer.write_record(&fields).unwrap();
    }
    std::fs::write(path, writer.into_inner().unwrap()).unwrap();
}

#[test]
fn a_large_import_is_applied_beside_the_window_as_one_step() {
    let report = chitieu_core::generate::report(1_000, 11);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("so-ke-hoach.csv");
    every_actual_changed(&report, &path);
    let options = chitieu_core::import::Options {
        notation: Notation::English,
    };
    let preview = chitieu_core::import::read_file(&path, &report, &options).unwrap();
    let changes = preview.changes.len();
    assert!(changes > 500, "{changes}");
    let mut h = english_on(report);
    let before = chitieu_core::io::to_string(h.state().report()).unwrap();
    h.state_mut()
        .command(Command::Import(ImportCmd::ImportFigures(path)));
    settle(&mut h);
    h.get_by_label_contains(&format!(
        "{changes} changes, {} problems",
        preview.problems.len()
    ));

    h.get_by_label(&format!("Apply the changes ticked ({changes})"))
        .click();
    h.step();
    // Applied on a copy of the report beside the window: nothing has changed yet, and
    // the window goes on drawing.
    assert!(h.state().is_busy());
    assert_eq!(
        chitieu_core::io::to_string(h.state().report()).unwrap(),
        before
    );
    settle(&mut h);
    assert!(!h.state().is_busy());
    let after = h.state().report().clone();
    for c in &preview.changes {
        let ind = after.indicator(&c.id).unwrap();
        assert_eq!(ind.value(c.field), Some(c.after), "{}", c.line());
    }
    assert!(h.state().is_dirty());
    assert_eq!(h.state().session().history().done().len(), 1);
    h.get_by_label_contains(&format!("Imported {changes} figures from so-ke-hoach.csv"));

    // One step back, one step forward.
    h.state_mut().command(Command::Edit(EditCmd::Undo));
    h.run();
    assert_eq!(
        chitieu_core::io::to_string(h.state().report()).unwrap(),
        before
    );
    h.state_mut().command(Command::Edit(EditCmd::Redo));
    h.run();
    assert_eq!(h.state().report(), &after);
}

/// A file dropped on the window.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn cancelling_changes_nothing_and_a_dropped_sheet_is_imported() {
    let dir = tempfile::tempdir().unwrap();
    let path = edited_csv(dir.path());
    let mut h = english();
    let before = chitieu_core::io::to_string(h.state().report()).unwrap();
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path)));
    h.step();
    settle(&mut h);
    h.get_by_label_contains("Import figures — edited.csv");
    h.get_by_label("Cancel").click();
    h.run();
    assert!(
        h.query_by_label_contains("Import figures — edited.csv")
            .is_none()
    );
    assert_eq!(
        chitieu_core::io::to_string(h.state().report()).unwrap(),
        before
    );
    assert!(!h.state().is_dirty());
}

#[test]
fn a_file_that_is_no_sheet_is_said_to_be_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fake.xlsx");
    std::fs::write(&path, "not a zip").unwrap();
    let mut h = english();
    h.state_mut()
        .command(Command::Import(ImportCmd::ImportFigures(path)));
    settle(&mut h);
    h.get_by_label_contains("not an Excel workbook (.xlsx)");
    assert!(!h.state().is_dirty());
}

/// A department's own workbook, in a shape chitieu does not know: a notes sheet first,
/// then the figures under a title, a line about who made it, and a header row whose
/// titles chitieu does not recognise; names written in capitals or without marks.
fn own_workbook(dir: &Path, name: &str, spending: f64, pigs: f64, growth: &str) -> PathBuf {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let notes = wb.add_worksheet();
    notes.set_name("Ghi chú").unwrap();
    notes
        .write_string(0, 0, "Số liệu gửi Sở Kế hoạch và Đầu tư")
        .unwrap();
    let ws = wb.add_worksheet();
    ws.set_name("Số liệu").unwrap();
    ws.write_string(0, 0, "SỐ LIỆU 6 THÁNG ĐẦU NĂM 2024")
        .unwrap();
    for (c, text) in [
        "Đơn vị: Sở Nông nghiệp",
        "Kỳ: 6 tháng",
        "Người lập: Lan",
        "Ngày: 10/7",
        "Điện thoại: 0220",
        "Ký tên",
    ]
    .into_iter()
    .enumerate()
    {
        ws.write_string(1, c as u16, text).unwrap();
    }
    for (c, text) in [
        "STT",
        "Tên chỉ tiêu (theo Sở)",
        "ĐVT",
        "Số ước 6 tháng",
        "Tăng so CK (%)",
    ]
    .into_iter()
    .enumerate()
    {
        ws.write_string(2, c as u16, text).unwrap();
    }
    ws.write_number(3, 0, 1.0).unwrap();
    ws.write_string(3, 1, "TONG CHI NGAN SACH NHA NUOC")
        .unwrap();
    ws.write_string(3, 2, "tỷ đồng").unwrap();
    ws.write_number(3, 3, spending).unwrap();
    ws.write_number(3, 4, 12.5).unwrap();
    ws.write_number(4, 0, 2.0).unwrap();
    ws.write_string(4, 1, "tổng đàn LỢN").unwrap();
    ws.write_string(4, 2, "con").unwrap();
    ws.write_number(4, 3, pigs).unwrap();
    ws.write_string(4, 4, growth).unwrap();
    ws.write_number(5, 0, 3.0).unwrap();
    ws.write_string(5, 1, "Chỉ tiêu không có").unwrap();
    ws.write_string(5, 2, "ha").unwrap();
    ws.write_number(5, 3, 5.0).unwrap();
    let path = dir.join(name);
    wb.save(&path).unwrap();
    path
}

fn drop_file(h: &mut Harness<'_, ChitieuApp>, path: PathBuf) {
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path)));
    h.step();
    settle(h);
}

/// Opens the combo box named `combo` and picks `item` in it.
fn pick(h: &mut Harness<'_, ChitieuApp>, combo: &str, item: &str) {
    h.get_by_role_and_label(Role::ComboBox, combo).click();
    h.run();
    h.get_by_label(item).click();
    h.run();
}

/// Types into the search box, so the rows of interest are on screen.
fn search(h: &mut Harness<'_, ChitieuApp>, text: &str) {
    h.get_by_label("Search indicators").click();
    h.run();
    h.get_by_label("Search indicators").type_text(text);
    h.run();
}

#[test]
fn an_unknown_sheet_is_mapped_by_the_user_and_its_mapping_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let first = own_workbook(dir.path(), "so-nong-nghiep.xlsx", 6300.7, 450_000.0, "5,1");
    let mut h = english();
    let before = chitieu_core::io::to_string(h.state().report()).unwrap();
    drop_file(&mut h, first);
    h.get_by_label_contains("Import figures — so-nong-nghiep.xlsx");
    h.get_by_label_contains("chitieu does not recognise the header row of this file");
    // Nothing can be previewed before the indicator column and a figure are chosen.
    h.get_by_label_contains("no indicator column chosen");
    assert!(
        h.get_by_label("Preview the changes")
            .accesskit_node()
            .is_disabled()
    );

    // The guess opens the sheet with the most rows; the notes sheet is one pick away.
    h.get_by_label_contains("SỐ LIỆU 6 THÁNG ĐẦU");
    pick(&mut h, "Sheet", "Ghi chú");
    h.get_by_label_contains("Số liệu gửi Sở");
    assert!(h.query_by_label_contains("SỐ LIỆU 6 THÁNG ĐẦU").is_none());
    pick(&mut h, "Sheet", "Số liệu");
    h.get_by_label_contains("SỐ LIỆU 6 THÁNG ĐẦU");
    // The header row is row 3, which the guess did not take (row 2 has more texts).
    let guessed = h
        .get_by_role_and_label(Role::ComboBox, "Header row")
        .accesskit_node()
        .value();
    assert!(
        guessed
            .unwrap()
            .starts_with("Row 2: Đơn vị: Sở Nông nghiệp")
    );
    h.get_by_role_and_label(Role::ComboBox, "Header row")
        .click();
    h.run();
    h.get_by_label_contains("Row 3: STT | Tên chỉ tiêu (theo Sở) | ĐVT | Số ước")
        .click();
    h.run();
    pick(&mut h, "Indicator column", "B — Tên chỉ tiêu (theo Sở)");
    h.get_by_label("by name (ignoring case and marks)").click();
    h.run();
    pick(&mut h, "Actual", "D — Số ước 6 tháng");
    pick(&mut h, "Growth on a year ago (%)", "E — Tăng so CK (%)");
    h.get_by_label("Preview the changes").click();
    h.run();
    settle(&mut h);

    // The dry run: exactly the figures that differ, the unknown row a problem, and the
    // pigs' growth over their new actual and last year's figure refused with the way
    // out (the growth follows those two).
    h.get_by_label_contains("Sheet \"Số liệu\": 2 changes, 2 problems, 0 rows");
    h.get_by_label("The columns are read as you mapped them.");
    h.get_by_label_contains("(budget_spending_total) · Actual: 6,220.3 → 6,300.7   (D4)");
    h.get_by_label_contains("(pig_herd) · Actual: 440,000 → 450,000   (D5)");
    h.get_by_label_contains("pig_herd yoy_growth_pct: 5.1 cannot be used");
    h.get_by_label_contains("Số liệu!B6: \"Chỉ tiêu không có\" matches no indicator");
    assert_eq!(
        chitieu_core::io::to_string(h.state().report()).unwrap(),
        before
    );
    h.get_by_label("Apply the changes ticked (2)").click();
    settle(&mut h);
    assert_eq!(
        value(&h, "budget_spending_total", Field::Actual),
        Some(6300.7)
    );
    // The growth shown follows the new actual over last year's figure.
    assert_eq!(value(&h, "pig_herd", Field::YoyGrowthPct), Some(6.98));
    search(&mut h, "state budget spending");
    h.get_by_label("Actual: Total state budget spending: 6,300.7");
    assert_eq!(h.state().settings().mappings.len(), 1);

    // The next file of the same shape goes straight to its dry run.
    let second = own_workbook(
        dir.path(),
        "so-nong-nghiep-2.xlsx",
        6400.0,
        450_000.0,
        "5,1",
    );
    drop_file(&mut h, second);
    h.get_by_label_contains("Import figures — so-nong-nghiep-2.xlsx");
    h.get_by_label_contains("read as mapped for the last file of this shape");
    // Its growths no longer agree with the actuals now over last year's figures: both
    // refused with the way out.
    h.get_by_label_contains("Sheet \"Số liệu\": 1 changes, 3 problems, 0 rows");
    h.get_by_label_contains("budget_spending_total yoy_growth_pct: 12.5 cannot be used");
    h.get_by_label_contains("(budget_spending_total) · Actual: 6,300.7 → 6,400");
    h.get_by_label("Cancel").click();
    h.run();

    h.state_mut().command(Command::Edit(EditCmd::Undo));
    h.run();
    assert_eq!(
        chitieu_core::io::to_string(h.state().report()).unwrap(),
        before
    );
}

#[test]
fn a_recognised_sheet_can_be_mapped_anew_and_a_bad_mapping_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    let path = edited_csv(dir.path());
    let mut h = english();
    h.state_mut()
        .command(Command::Import(ImportCmd::ImportFigures(path)));
    settle(&mut h);
    h.get_by_label_contains("The columns were recognised by their titles.");
    h.get_by_label("Map the columns…").click();
    h.run();
    // The mapping step starts from what was recognised.
    h.get_by_label_contains("Say which row holds the titles");
    assert!(
        !h.get_by_label("Preview the changes")
            .accesskit_node()
            .is_disabled()
    );
    // One column for two roles is refused before any reading.
    pick(&mut h, "Period target", "A — id");
    h.get_by_label_contains("column A is chosen twice: give each column one role");
    assert!(
        h.get_by_label("Preview the changes")
            .accesskit_node()
            .is_disabled()
    );
    h.get_by_label("Cancel").click();
    h.run();
    assert!(
        h.query_by_label_contains("Import figures — edited.csv")
            .is_none()
    );
    assert!(!h.state().is_dirty());
}

/// The first sheet of a workbook: its header row's first cell, and the ids under it.
fn fill_in_ids(path: &Path) -> (String, Vec<String>) {
    use calamine::{Data, Reader as _};
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(path).unwrap();
    let name = wb.sheet_names()[0].clone();
    let range = wb.worksheet_range(&name).unwrap();
    let text = |cell: Option<&Data>| match cell {
        Some(Data::String(s)) => Some(s.clone()),
        _ => None,
    };
    let header = text(range.rows().nth(4).and_then(|r| r.first())).unwrap();
    let ids = range
        .rows()
        .skip(5)
        .filter_map(|r| text(r.first()))
        .collect();
    (header, ids)
}

fn ids_where(report: &chitieu_core::model::Report, keep: impl Fn(&str) -> bool) -> Vec<String> {
    report
        .indicators
        .iter()
        .filter(|i| keep(i.section.0.as_str()))
        .map(|i| i.id.0.clone())
        .collect()
}

#[test]
fn a_fill_in_sheet_is_written_for_the_sections_ticked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("phieu.xlsx");
    let mut h = english();
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Fill-in sheet…").click();
    h.run();
    h.get_by_label("No section ticked: the sheet asks for every indicator.");
    h.get_by_label("The sheet asks for 264 indicators.");

    // A section ticked brings its subsections, shown ticked and greyed.
    h.get_by_label("3 Finance, credit and banking").click();
    h.run();
    assert!(
        h.get_by_label("3.1 State budget revenue and spending")
            .accesskit_node()
            .is_disabled()
    );
    let expected = ids_where(h.state().report(), |s| {
        matches!(s, "finance" | "budget" | "banking")
    });
    assert!(expected.len() > 5);
    h.get_by_label(&format!(
        "The sheet asks for {} indicators.",
        expected.len()
    ));

    h.state_mut().answer_next_dialog(path.clone());
    h.get_by_label("Save…").click();
    // The click asks for the path, the path starts the writing: then wait for it.
    h.step();
    settle(&mut h);
    let (header, ids) = fill_in_ids(&path);
    assert_eq!(header, "Id");
    assert_eq!(ids, expected);
    h.get_by_label_contains(&format!(
        "Wrote the fill-in sheet of {} indicators",
        expected.len()
    ));
    assert!(h.query_by_label("Save…").is_none(), "the window closes");
    assert!(!h.state().is_dirty());
}

#[test]
fn a_fill_in_sheet_is_written_for_a_department_in_vietnamese() {
    let mut report = chitieu_core::io::embedded().unwrap();
    for ind in &mut report.indicators {
        ind.agency = match ind.section.0.as_str() {
            "budget" => "Sở Tài chính",
            // The same department, written otherwise: one choice.
            "banking" => "sở tài chính",
            "agriculture" => "Sở Nông nghiệp và Phát triển nông thôn",
            _ => "",
        }
        .to_owned();
    }
    let expected = ids_where(&report, |s| matches!(s, "budget" | "banking"));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("so-tai-chinh.xlsx");
    let mut h = english_on(report);
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Fill-in sheet…").click();
    h.run();
    h.get_by_label("By department").click();
    h.run();
    // Nothing is written before a department is chosen.
    h.get_by_label("Choose a department.");
    assert!(h.get_by_label("Save…").accesskit_node().is_disabled());
    assert!(h.query_by_label("sở tài chính").is_none());
    h.get_by_label("Sở Tài chính").click();
    h.get_by_label("Tiếng Việt").click();
    h.run();
    h.get_by_label(&format!(
        "The sheet asks for {} indicators.",
        expected.len()
    ));
    h.state_mut().answer_next_dialog(path.clone());
    h.get_by_label("Save…").click();
    // The click asks for the path, the path starts the writing: then wait for it.
    h.step();
    settle(&mut h);
    let (header, ids) = fill_in_ids(&path);
    assert_eq!(header, "Mã");
    assert_eq!(ids, expected);
}

//! The desktop app, driven the way a user drives it: labels, clicks, typing.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "tests fail loudly"
)]

use std::path::PathBuf;

use chitieu::app::{ChitieuApp, Command, EditCmd, FileCmd, FillInCmd, Settings, ViewCmd};
use chitieu_core::model::{Field, IndicatorId, Lang};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
#[path = "support/drive.rs"]
mod drive;
use drive::{search, value};
#[path = "support/settle.rs"]
mod support;
use support::settle;

fn harness_with(settings: Settings, path: Option<PathBuf>) -> Harness<'static, ChitieuApp> {
    let report = match &path {
        Some(p) => chitieu_core::io::load(p).unwrap(),
        None => chitieu_core::io::embedded().unwrap(),
    };
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_eframe(move |cc| ChitieuApp::with_settings(&cc.egui_ctx, report, path, settings));
    harness.run();
    harness
}

/// The window's close button, as the window system reports it.
fn press_close(h: &mut Harness<'_, ChitieuApp>) {
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
}

fn harness() -> Harness<'static, ChitieuApp> {
    harness_with(Settings::default(), None)
}

fn english() -> Harness<'static, ChitieuApp> {
    harness_with(
        Settings {
            lang: Lang::En,
            notation: chitieu_core::format::Notation::English,
            ..Settings::default()
        },
        None,
    )
}

/// Clicks a cell and types a number into it, then presses Enter.
fn type_into(h: &mut Harness<'_, ChitieuApp>, cell: &str, text: &str) {
    h.get_by_label_contains(cell).click();
    h.run();
    h.get_by_label_contains(cell).type_text(text);
    h.run();
    h.key_press(Key::Enter);
    h.run();
}

#[test]
fn opens_on_the_embedded_report_in_vietnamese() {
    let h = harness();
    h.get_by_label_contains("Tất cả chỉ tiêu");
    h.get_by_label("Tốc độ tăng trưởng tổng sản phẩm trên địa bàn tỉnh (GRDP)");
    h.get_by_label("264 / 264 chỉ tiêu");
    h.get_by_label_contains("2 phát hiện kiểm tra");
    assert_eq!(
        h.state().title(),
        "hai-duong-2024-h1.ron (embedded) — chitieu"
    );
    assert!(!h.state().is_dirty());
}

#[test]
fn selecting_a_section_filters_the_rows() {
    let mut h = harness();
    h.get_by_label_contains("3.1 Thu, chi ngân sách nhà nước")
        .click();
    h.run();
    h.get_by_label("7 / 264 chỉ tiêu");
    h.get_by_label("Tổng thu ngân sách nhà nước");
    assert!(
        h.query_by_label("Tốc độ tăng trưởng tổng sản phẩm trên địa bàn tỉnh (GRDP)")
            .is_none()
    );
    h.get_by_label_contains("Tất cả chỉ tiêu").click();
    h.run();
    h.get_by_label("264 / 264 chỉ tiêu");
}

#[test]
fn a_section_folds_and_unfolds() {
    let mut h = english();
    h.get_by_label_contains("3.1 State budget revenue");
    h.get_by_label_contains("Collapse 3 Finance, credit and banking")
        .click();
    h.run();
    assert!(
        h.query_by_label_contains("3.1 State budget revenue")
            .is_none()
    );
    h.get_by_label_contains("4.1 Public investment");
    h.get_by_label_contains("Expand 3 Finance, credit and banking")
        .click();
    h.run();
    h.get_by_label_contains("3.1 State budget revenue").click();
    h.run();
    h.get_by_label("7 / 264 indicators");
}

#[test]
fn typing_a_period_target_updates_the_row_and_the_section_count() {
    let mut h = harness();
    // The spring rice area was 100,8 % of its plan: on target, nothing behind in 2.1.
    h.get_by_label("% chỉ tiêu kỳ: Diện tích lúa chiêm xuân: 100,8%");
    assert!(
        h.query_by_label_contains("2.1 Sản xuất nông nghiệp, lâm nghiệp, thủy sản  ✗")
            .is_none()
    );

    type_into(&mut h, "Chỉ tiêu kỳ: Diện tích lúa chiêm xuân:", "60.000");

    assert_eq!(value(&h, "rice_spring_area", Field::Target), Some(60000.0));
    h.get_by_label("% chỉ tiêu kỳ: Diện tích lúa chiêm xuân: 89,8%");
    h.get_by_label("Đánh giá: Diện tích lúa chiêm xuân: ✗ Chưa đạt");
    h.get_by_label("2.1 Sản xuất nông nghiệp, lâm nghiệp, thủy sản  ✗ 1");
    h.get_by_label_contains("Tất cả chỉ tiêu  ✗ 8");
    assert!(h.state().is_dirty());
    assert_eq!(
        h.state().title(),
        "• hai-duong-2024-h1.ron (embedded) — chitieu"
    );
}

#[test]
fn an_invalid_entry_is_refused_at_the_cell_and_the_old_value_kept() {
    let mut h = harness();
    let cell = "Chỉ tiêu kỳ: Diện tích lúa chiêm xuân:";
    h.get_by_label_contains(cell).click();
    h.run();
    h.key_press(Key::Enter);
    h.run();
    // Enter opens the cell on its current value, all selected: typing replaces it.
    h.get_by_label(cell.trim_end_matches(':')).type_text("12a");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    h.get_by_label("Ký tự 'a' ở vị trí 3 không phải là số");
    assert_eq!(value(&h, "rice_spring_area", Field::Target), Some(53477.2));
    assert!(!h.state().is_dirty());
    // Escape gives up; the old value is shown again.
    h.key_press(Key::Escape);
    h.run();
    h.get_by_label("Chỉ tiêu kỳ: Diện tích lúa chiêm xuân: 53.477,2");
}

#[test]
fn english_notation_reads_and_writes_commas_for_thousands() {
    let mut h = english();
    search(&mut h, "state budget");
    type_into(
        &mut h,
        "Annual target: Total state budget revenue:",
        "20,000.5",
    );
    assert_eq!(
        value(&h, "budget_revenue_total", Field::AnnualTarget),
        Some(20000.5)
    );
    h.get_by_label("Annual target: Total state budget revenue: 20,000.5");
    h.get_by_label("% of annual target: Total state budget revenue: 71.4%");
}

#[test]
fn undo_and_redo_every_edit() {
    let mut h = english();
    search(&mut h, "state budget");
    type_into(
        &mut h,
        "Annual target: Total state budget revenue:",
        "20000",
    );
    type_into(
        &mut h,
        "Annual target: Total state budget revenue:",
        "21000",
    );
    assert_eq!(
        value(&h, "budget_revenue_total", Field::AnnualTarget),
        Some(21000.0)
    );

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(
        value(&h, "budget_revenue_total", Field::AnnualTarget),
        Some(20000.0)
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(
        value(&h, "budget_revenue_total", Field::AnnualTarget),
        Some(19647.2)
    );
    assert!(!h.state().is_dirty(), "back where the file was");

    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run();
    assert_eq!(
        value(&h, "budget_revenue_total", Field::AnnualTarget),
        Some(20000.0)
    );
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(
        value(&h, "budget_revenue_total", Field::AnnualTarget),
        Some(21000.0)
    );
    h.get_by_label("Annual target: Total state budget revenue: 21,000");
}

#[test]
fn a_revised_value_is_marked_and_can_be_reset() {
    let mut h = english();
    search(&mut h, "state budget");
    type_into(
        &mut h,
        "Annual target: Total state budget revenue:",
        "20000",
    );
    let id = IndicatorId("budget_revenue_total".into());
    assert!(
        h.state()
            .report()
            .indicator(&id)
            .unwrap()
            .is_revised(Field::AnnualTarget)
    );
    // The detail shows the report's value and a way back to it.
    h.get_by_label("✎ The report's value: 19,647.2");
    h.get_by_label("Reset to the report's value").scroll_to_me();
    h.run();
    h.get_by_label("Reset to the report's value").click();
    h.run();
    assert_eq!(
        value(&h, "budget_revenue_total", Field::AnnualTarget),
        Some(19647.2)
    );
    assert!(
        !h.state()
            .report()
            .indicator(&id)
            .unwrap()
            .is_revised(Field::AnnualTarget)
    );
}

#[test]
fn arrows_move_between_cells_and_typing_edits() {
    let mut h = english();
    search(&mut h, "revenue");
    h.get_by_label_contains("Actual: Total state budget revenue:")
        .click();
    h.run();
    // Right twice (in one frame): from the actual, past the growth, to the period target.
    h.key_press(Key::ArrowRight);
    h.key_press(Key::ArrowRight);
    h.run();
    // Tab: on to the annual target; Shift+Tab back and Tab again; then one row down.
    h.key_press(Key::Tab);
    h.run();
    h.key_press_modifiers(Modifiers::SHIFT, Key::Tab);
    h.run();
    h.key_press(Key::Tab);
    h.run();
    h.key_press(Key::ArrowDown);
    h.run();
    h.get_by_label_contains("Annual target: Domestic revenue:");
    h.get_by_label_contains("Annual target: Domestic revenue:")
        .type_text("17000");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(
        value(&h, "budget_revenue_domestic", Field::AnnualTarget),
        Some(17000.0)
    );
}

#[test]
fn search_and_sort() {
    let mut h = english();
    h.get_by_label("Search indicators").click();
    h.run();
    h.get_by_label("Search indicators").type_text("lychee");
    h.run();
    h.get_by_label("2 / 264 indicators");
    let y = |h: &Harness<'_, ChitieuApp>, label: &str| h.get_by_label(label).rect().top();
    // Report order: the area before the output.
    assert!(y(&h, "Lychee area") < y(&h, "Lychee output"));
    // Sorted by actual, largest first (click twice: ascending, then descending).
    h.get_by_label("Actual").click();
    h.run();
    assert!(
        y(&h, "Lychee area") < y(&h, "Lychee output"),
        "8,850 ha before 45,000 t"
    );
    h.get_by_label("Actual ▲").click();
    h.run();
    assert!(y(&h, "Lychee output") < y(&h, "Lychee area"));
}

#[test]
fn behind_only_filter() {
    let mut h = english();
    h.get_by_label("Behind target only").click();
    h.run();
    h.get_by_label("7 / 264 indicators");
    h.get_by_label("Total state budget spending");
}

#[test]
fn switching_language_changes_the_labels() {
    let mut h = harness();
    h.get_by_label("Xem").click();
    h.run();
    h.get_by_label("English").click();
    h.run();
    assert_eq!(h.state().settings().lang, Lang::En);
    h.get_by_label("View");
    h.get_by_label_contains("All indicators");
    h.get_by_label("GRDP growth rate");
    assert!(h.query_by_label("Xem").is_none());
}

#[test]
fn switching_notation_changes_the_numbers() {
    let mut h = english();
    search(&mut h, "state budget");
    h.get_by_label("Actual: Total state budget revenue: 14,283.5");
    h.state_mut().command(Command::View(ViewCmd::SetNotation(
        chitieu_core::format::Notation::Vietnamese,
    )));
    h.run();
    h.get_by_label("Actual: Total state budget revenue: 14.283,5");
}

#[test]
fn save_then_open_gives_the_same_report() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("revised.ron");
    let mut h = english();
    search(&mut h, "state budget");
    type_into(
        &mut h,
        "Annual target: Total state budget spending:",
        "16000",
    );
    h.state_mut()
        .command(Command::File(FileCmd::SaveAs(path.clone())));
    settle(&mut h);
    assert!(!h.state().is_dirty());
    assert_eq!(h.state().title(), "revised.ron — chitieu");
    let saved = chitieu_core::io::load(&path).unwrap();
    assert_eq!(&saved, h.state().report());

    // Another edit, then open the saved file: the app asks first.
    type_into(
        &mut h,
        "Annual target: Total state budget spending:",
        "17000",
    );
    h.state_mut()
        .command(Command::File(FileCmd::Open(path.clone())));
    h.run();
    h.get_by_label("Save your changes?");
    h.get_by_label("Don't save").click();
    settle(&mut h);
    assert!(h.query_by_label("Save your changes?").is_none());
    assert_eq!(h.state().report(), &saved);
    assert_eq!(
        value(&h, "budget_spending_total", Field::AnnualTarget),
        Some(16000.0)
    );
    assert!(h.state().settings().recent.contains(&path));
}

#[test]
fn saving_through_the_question_then_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.ron");
    chitieu_core::io::save(&chitieu_core::io::embedded().unwrap(), &path).unwrap();
    let mut h = harness_with(
        Settings {
            lang: Lang::En,
            ..Settings::default()
        },
        Some(path.clone()),
    );
    search(&mut h, "state budget");
    type_into(
        &mut h,
        "Annual target: Total state budget spending:",
        "16000",
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run();
    h.get_by_label("Save your changes?");
    h.get_by_label("Cancel").click();
    h.run();
    assert!(!h.state().is_closing());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run();
    h.get_by_label("Save").click();
    settle(&mut h);
    assert!(h.state().is_closing());
    assert_eq!(&chitieu_core::io::load(&path).unwrap(), h.state().report());
}

#[test]
fn a_broken_file_shows_its_error_and_keeps_the_report() {
    let mut h = english();
    search(&mut h, "state budget");
    type_into(
        &mut h,
        "Annual target: Total state budget spending:",
        "16000",
    );
    let broken =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("crates/core/tests/data/bad/nan.ron");
    h.state_mut().command(Command::File(FileCmd::Open(broken)));
    h.run();
    h.get_by_label("Don't save").click();
    settle(&mut h);
    h.get_by_label("That did not work");
    h.get_by_label_contains("line 17, column 21: NaN is not a usable number");
    h.get_by_label("OK").click();
    h.run();
    assert_eq!(
        value(&h, "budget_spending_total", Field::AnnualTarget),
        Some(16000.0)
    );
    assert!(h.state().is_dirty());
}

#[test]
fn a_broken_file_given_at_start_is_said_in_the_window() {
    // As a double-click on a broken file starts the app: no console to print to.
    let broken =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("crates/core/tests/data/bad/nan.ron");
    let settings = Settings {
        lang: Lang::En,
        ..Settings::default()
    };
    let mut h = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_eframe(move |cc| ChitieuApp::start(&cc.egui_ctx, Some(broken), settings).unwrap());
    h.run();
    h.get_by_label("That did not work");
    h.get_by_label_contains("line 17, column 21: NaN is not a usable number");
    h.get_by_label_contains("nan.ron");
    h.get_by_label("OK").click();
    h.run();
    // The window is on the embedded report, nothing pretends to be the broken file.
    assert_eq!(h.state().path(), None);
    h.get_by_label("264 / 264 indicators");
    assert!(!h.state().is_dirty());
}

#[test]
fn findings_list_jumps_to_the_row() {
    let mut h = english();
    h.get_by_label_contains("2 check findings").click();
    h.run();
    assert!(
        h.query_by_label_contains("⚠ the parts add up to 14,290.7")
            .is_none()
    );
    h.get_by_label("Total state budget revenue").click();
    h.run();
    assert_eq!(
        h.state().selected(),
        Some(&IndicatorId("budget_revenue_total".into()))
    );
    // The detail of the row it jumped to shows the finding too, marked as a warning;
    // before the jump only the findings window showed it.
    h.get_by_label("⚠ the parts add up to 14,290.7, more than the total 14,283.5 (by 7.2)");
}

#[test]
fn tasks_tab_sets_a_status() {
    let mut h = english();
    h.get_by_label("Second-half tasks").click();
    h.run();
    h.get_by_label("0 / 27 tasks done");
    h.state_mut().command(Command::Edit(EditCmd::SetTaskStatus {
        id: "t1_1".into(),
        status: chitieu_core::model::TaskStatus::Done,
    }));
    h.run();
    h.get_by_label("1 / 27 tasks done");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    h.get_by_label("0 / 27 tasks done");
}

/// A file dropped on the window, as the windowing layer hands it over.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_a_report_file_opens_it() {
    let mut h = english();
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("crates/core/tests/data/minimal.ron");
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path.clone())));
    settle(&mut h);
    assert_eq!(h.state().path(), Some(path.as_path()));
    h.get_by_label("1 / 1 indicators");
    assert_eq!(h.state().title(), "minimal.ron — chitieu");
}

#[test]
fn the_note_is_edited_in_the_detail_and_undone() {
    let mut h = english();
    h.get_by_label("Spring rice area").click();
    h.run();
    h.get_by_label("Note of the indicator").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Note of the indicator")
        .type_text("Kế hoạch điều chỉnh theo NQ 12");
    h.run();
    // Leaving the field commits the note.
    h.get_by_label("Spring rice yield").click();
    h.run();
    let note = |h: &Harness<'_, ChitieuApp>| {
        h.state()
            .report()
            .indicator(&IndicatorId("rice_spring_area".into()))
            .unwrap()
            .note
            .clone()
    };
    assert_eq!(note(&h), "Kế hoạch điều chỉnh theo NQ 12");
    assert!(h.state().is_dirty());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(
        note(&h),
        "Chú thích 3; kế hoạch vụ chiêm xuân suy ra từ tỷ lệ 100,8% KH."
    );
}

#[test]
fn the_detail_shows_the_source_and_the_basis_of_targets() {
    let mut h = english();
    search(&mut h, "state budget revenue");
    h.get_by_label("Total state budget revenue").click();
    h.run();
    h.get_by_label_contains("Tổng thu NSNN 6 tháng đầu năm là 14.283,5 tỷ đồng, đạt 72,7% dự toán");
    h.get_by_label("Budget estimate (dự toán năm): 19,647.2");
    h.get_by_label("The report prints 72.7%");
    h.get_by_label("Derived from the percent the report prints (not stated outright).");
    h.get_by_label_contains("the parts add up to 14,290.7");
}

#[test]
fn the_detail_panel_moves_to_the_right() {
    let mut h = english();
    h.state_mut().command(Command::View(ViewCmd::SetDetail(
        chitieu::app::DetailPosition::Right,
    )));
    h.run();
    h.get_by_label("Indicator detail");
    let detail = h.get_by_label("Indicator detail").rect();
    let table = h.get_by_label("Indicator table").rect();
    assert!(
        detail.left() > table.right() - 1.0,
        "{detail:?} right of {table:?}"
    );
}

#[test]
fn closing_the_window_with_unsaved_changes_asks_first() {
    let mut h = english();
    type_into(&mut h, "Period target: Spring rice area:", "60000");
    let close = |h: &mut Harness<'_, ChitieuApp>| {
        press_close(h);
        h.run();
    };
    close(&mut h);
    h.get_by_label("Save your changes?");
    h.get_by_label("Cancel").click();
    h.run();
    assert!(!h.state().is_closing());
    close(&mut h);
    h.get_by_label("Don't save").click();
    h.run();
    assert!(h.state().is_closing());
}

#[test]
fn exporting_reports_where_it_went() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hai-duong-2024-H1-revised.xlsx");
    let mut h = english();
    search(&mut h, "state budget");
    type_into(
        &mut h,
        "Annual target: Total state budget spending:",
        "16000",
    );
    h.state_mut().command(Command::File(FileCmd::Export {
        format: chitieu_core::export::Format::Xlsx,
        csv_locale: chitieu_core::export::CsvLocale::Standard,
        path: path.clone(),
    }));
    settle(&mut h);
    assert!(path.exists());
    h.get_by_label(&format!("Exported to {}", path.display()));
    h.get_by_label("Open folder");
    // Exporting is not saving: the changes are still unsaved.
    assert!(h.state().is_dirty());

    let bad = dir.path().join("no such folder").join("x.csv");
    h.state_mut().command(Command::File(FileCmd::Export {
        format: chitieu_core::export::Format::Csv,
        csv_locale: chitieu_core::export::CsvLocale::Standard,
        path: bad,
    }));
    settle(&mut h);
    h.get_by_label("That did not work");
    h.get_by_label_contains("cannot save: ");
}

#[test]
fn a_large_report_opens_behind_a_progress_window_and_what_is_asked_meanwhile_waits() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.ron");
    let report = chitieu_core::generate::report(20_000, 1);
    chitieu_core::io::save(&report, &path).unwrap();
    let edited = report
        .indicators
        .iter()
        .find(|i| i.actual.is_some())
        .unwrap()
        .id
        .clone();
    let mut h = english();
    h.state_mut()
        .command(Command::File(FileCmd::Open(path.clone())));
    h.step();
    assert!(h.state().is_busy());
    // An edit asked for while the file is read is made on the report it is about.
    h.state_mut().command(Command::Edit(EditCmd::SetValue {
        id: edited.clone(),
        field: Field::Actual,
        value: Some(1.5),
    }));
    // The window goes on drawing, and says what it is doing.
    let mut seen = false;
    for _ in 0..100 {
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.step();
        if h.query_by_label_contains("Opening large.ron").is_some() {
            h.get_by_label_contains("Please wait");
            seen = true;
            break;
        }
    }
    assert!(seen, "no progress window while opening");
    settle(&mut h);
    assert_eq!(h.state().path(), Some(path.as_path()));
    assert_eq!(h.state().report().indicators.len(), 20_000);
    assert_eq!(value(&h, &edited.0, Field::Actual), Some(1.5));
    assert!(h.state().is_dirty());
    assert!(h.query_by_label_contains("Please wait").is_none());
}

#[test]
fn closing_while_saving_closes_once_saved() {
    let dir = tempfile::tempdir().unwrap();
    let original = dir.path().join("large.ron");
    let report = chitieu_core::generate::report(20_000, 2);
    chitieu_core::io::save(&report, &original).unwrap();
    let edited = report.indicators[0].id.clone();
    let mut h = harness_with(
        Settings {
            lang: Lang::En,
            ..Settings::default()
        },
        Some(original),
    );
    h.state_mut().command(Command::Edit(EditCmd::SetValue {
        id: edited,
        field: Field::AnnualTarget,
        value: Some(77.0),
    }));
    h.run();
    assert!(h.state().is_dirty());
    let path = dir.path().join("saved.ron");
    h.state_mut()
        .command(Command::File(FileCmd::SaveAs(path.clone())));
    h.step();
    assert!(h.state().is_busy());
    press_close(&mut h);
    h.step();
    assert!(!h.state().is_closing());
    settle(&mut h);
    // Saved, so nothing to ask: the window closes.
    assert!(h.query_by_label("Save your changes?").is_none());
    assert!(h.state().is_closing());
    assert_eq!(&chitieu_core::io::load(&path).unwrap(), h.state().report());
}

/// Issue 22, 2: an export (CSV, RON) or a fill-in sheet aimed at the open report's own
/// file, or at another report, is refused with the reason: the report stays whole, and
/// the window still knows it has unsaved edits.
#[test]
fn no_export_or_sheet_replaces_a_report_from_the_window() {
    use chitieu_core::export::{CsvLocale, Format};
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("r.ron");
    chitieu_core::io::save(&chitieu_core::io::embedded().unwrap(), &file).unwrap();
    let other = dir.path().join("other.ron");
    std::fs::copy(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("crates/core/tests/data/minimal.ron"),
        &other,
    )
    .unwrap();
    let (file_bytes, other_bytes) = (
        std::fs::read(&file).unwrap(),
        std::fs::read(&other).unwrap(),
    );
    let mut h = harness_with(
        Settings {
            lang: Lang::En,
            notation: chitieu_core::format::Notation::English,
            ..Settings::default()
        },
        Some(file.clone()),
    );
    search(&mut h, "state budget");
    type_into(
        &mut h,
        "Annual target: Total state budget spending:",
        "16000",
    );
    assert!(h.state().is_dirty());
    let attempts = [
        (
            Command::File(FileCmd::Export {
                format: Format::Csv,
                csv_locale: CsvLocale::Standard,
                path: file.clone(),
            }),
            "this is the file of the report on screen",
        ),
        (
            Command::File(FileCmd::Export {
                format: Format::Ron,
                csv_locale: CsvLocale::Standard,
                path: file.clone(),
            }),
            "this is the file of the report on screen",
        ),
        (
            Command::File(FileCmd::Export {
                format: Format::Xlsx,
                csv_locale: CsvLocale::Standard,
                path: other.clone(),
            }),
            "this file is a chitieu report",
        ),
        (
            Command::FillIn(FillInCmd::WriteFillIn {
                options: chitieu_core::import::template::TemplateOptions {
                    lang: Lang::En,
                    ..Default::default()
                },
                path: file.clone(),
            }),
            "this file is a chitieu report",
        ),
    ];
    for (command, said) in attempts {
        h.state_mut().command(command);
        settle(&mut h);
        h.get_by_label("That did not work");
        h.get_by_label_contains(said);
        h.get_by_label("OK").click();
        h.run();
        assert_eq!(std::fs::read(&file).unwrap(), file_bytes, "{said}");
        assert_eq!(std::fs::read(&other).unwrap(), other_bytes, "{said}");
        assert!(h.state().is_dirty(), "the edit is still unsaved: {said}");
    }
    // Elsewhere, the export goes through.
    let csv = dir.path().join("figures.csv");
    h.state_mut().command(Command::File(FileCmd::Export {
        format: Format::Csv,
        csv_locale: CsvLocale::Standard,
        path: csv.clone(),
    }));
    settle(&mut h);
    assert!(
        std::fs::read_to_string(&csv)
            .unwrap()
            .contains("budget_spending_total")
    );
}

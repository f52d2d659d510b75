//! Last year's figure is the anchor, in the window: a new actual in a report made by the
//! next period shows its growth, and a growth over two known figures is refused.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "tests fail loudly"
)]

use chitieu::app::{ChitieuApp, Settings};
use chitieu_core::model::{Field, Period, Report, Span};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
#[path = "support/drive.rs"]
mod drive;
use drive::{search, value};

const REVENUE: &str = "Tổng thu ngân sách nhà nước";

fn harness_on(report: Report) -> Harness<'static, ChitieuApp> {
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_eframe(move |cc| {
            ChitieuApp::with_settings(&cc.egui_ctx, report, None, Settings::default())
        });
    harness.run();
    harness
}

/// The first half of 2025, made from the embedded report as `new-period` makes it.
fn next_first_half() -> Report {
    let last = chitieu_core::io::embedded().unwrap();
    let period = Period {
        year: 2025,
        span: Span::H1,
    };
    chitieu_core::next_period::next_period(&last, period).0
}

/// Clicks a cell, opens it with Enter and types `text` over its value, then Enter.
fn type_over(h: &mut Harness<'_, ChitieuApp>, cell: &str, text: &str) {
    h.get_by_label_contains(cell).click();
    h.run();
    h.key_press(Key::Enter);
    h.run();
    h.get_by_label(cell.trim_end_matches(':')).type_text(text);
    h.run();
    h.key_press(Key::Enter);
    h.run();
}

#[test]
fn a_new_actual_in_the_next_report_shows_its_growth_in_the_table_and_the_detail() {
    let mut h = harness_on(next_first_half());
    search(&mut h, REVENUE);
    // Last year's figure is a column of its own in a report made by the next period.
    h.get_by_label(&format!("Cùng kỳ năm trước: {REVENUE}: 14.283,5"));
    h.get_by_label(&format!("So cùng kỳ (%): {REVENUE}: "));

    type_over(&mut h, &format!("Ước thực hiện: {REVENUE}:"), "16.000");

    assert_eq!(
        value(&h, "budget_revenue_total", Field::Actual),
        Some(16000.0)
    );
    h.get_by_label(&format!("So cùng kỳ (%): {REVENUE}: 12,02"));
    // The detail of the row shows it too, beside last year's figure.
    h.get_by_label("12,02%");
    h.get_by_label("14.283,5 tỷ đồng");
    // One undo takes the actual back, and the growth with it.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(value(&h, "budget_revenue_total", Field::Actual), None);
    h.get_by_label(&format!("So cùng kỳ (%): {REVENUE}: "));
}

#[test]
fn a_growth_over_the_actual_and_last_years_figure_is_refused_with_the_way_out() {
    let mut h = harness_on(chitieu_core::io::embedded().unwrap());
    search(&mut h, REVENUE);
    h.get_by_label(&format!("So cùng kỳ (%): {REVENUE}: 36,9"));

    type_over(&mut h, &format!("So cùng kỳ (%): {REVENUE}:"), "40");

    h.get_by_label(
        "Tốc độ tăng được tính từ số ước thực hiện và số cùng kỳ năm trước: \
         hãy sửa số ước thực hiện hoặc số cùng kỳ năm trước",
    );
    assert_eq!(
        value(&h, "budget_revenue_total", Field::YoyGrowthPct),
        Some(36.9)
    );
    assert!(!h.state().is_dirty());
    h.key_press(Key::Escape);
    h.run();

    // Revising the actual moves the growth, not last year's figure.
    type_over(&mut h, &format!("Ước thực hiện: {REVENUE}:"), "14.350,2");
    h.get_by_label(&format!("So cùng kỳ (%): {REVENUE}: 37,54"));
    let prior = value(&h, "budget_revenue_total", Field::Prior).unwrap();
    assert!((prior - 14283.5 / 1.369).abs() < 1e-9);
    // The detail says what the report printed.
    h.get_by_label("37,54% (báo cáo ghi 36,9%)");
}

#[test]
fn a_year_report_has_no_remainder_column_and_nine_months_name_the_fourth_quarter() {
    let last = chitieu_core::io::embedded().unwrap();
    let at = |span| Period { year: 2024, span };
    let (year, _) = chitieu_core::next_period::next_period(&last, at(Span::Year));
    let h = harness_on(year);
    assert!(h.query_by_label_contains("Còn lại").is_none());
    // Its tasks are next year's, not the second half's.
    h.get_by_label("Nhiệm vụ năm 2025");
    assert!(h.query_by_label("Nhiệm vụ 6 tháng cuối năm").is_none());
    let (nine, _) = chitieu_core::next_period::next_period(&last, at(Span::FirstMonths(9)));
    let h = harness_on(nine);
    // Its title, and each cell named by it.
    assert!(h.query_all_by_label_contains("Còn lại quý IV").count() > 1);
    assert!(h.query_by_label_contains("Còn lại 6 tháng").is_none());
    h.get_by_label("Nhiệm vụ quý IV");
}

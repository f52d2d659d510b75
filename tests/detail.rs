//! The detail panel: what it shows of the selected indicator, however large the report's
//! texts are.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "tests fail loudly"
)]

use chitieu::app::{ChitieuApp, Settings};
use chitieu_core::model::{IndicatorId, Lang, Report};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

fn english(report: Report) -> Harness<'static, ChitieuApp> {
    let settings = Settings {
        lang: Lang::En,
        notation: chitieu_core::format::Notation::English,
        ..Settings::default()
    };
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_eframe(move |cc| ChitieuApp::with_settings(&cc.egui_ctx, report, None, settings));
    harness.run();
    harness
}

/// The embedded report with `edit` applied to its total state budget revenue.
fn report_with(edit: impl FnOnce(&mut chitieu_core::model::Indicator)) -> Report {
    let mut report = chitieu_core::io::embedded().unwrap();
    let id = IndicatorId("budget_revenue_total".into());
    let ind = report.indicators.iter_mut().find(|i| i.id == id).unwrap();
    edit(ind);
    report
}

/// Selects the total state budget revenue as a user does: search, then click its name.
fn select_budget_revenue(h: &mut Harness<'_, ChitieuApp>) {
    h.get_by_label("Search indicators").click();
    h.run();
    h.get_by_label("Search indicators")
        .type_text("state budget revenue");
    h.run();
    h.get_by_label("Total state budget revenue").click();
    h.run();
}

/// The text a label shows, as a screen reader reads it.
fn text_of(node: &egui_kittest::Node<'_>) -> String {
    let node = node.accesskit_node();
    node.label().or_else(|| node.value()).unwrap_or_default()
}

/// A sentence of `chars` characters, with two-byte letters so that bytes are not characters.
fn long_text(chars: usize) -> String {
    let word = "Tổng thu ngân sách ";
    let mut text = word.repeat(chars / word.chars().count() + 1);
    let cut = text.char_indices().nth(chars).unwrap().0;
    text.truncate(cut);
    text
}

#[test]
fn a_huge_source_sentence_is_shown_cut_with_how_much_is_left() {
    let chars = 1_000_000;
    let source = long_text(chars);
    let mut h = english(report_with(|i| i.source = source.clone()));
    select_budget_revenue(&mut h);

    let label = h.get_by_label_contains("more characters)");
    let shown = text_of(&label);
    assert!(
        shown.chars().count() < 2_100,
        "{} characters shown",
        shown.chars().count()
    );
    let beginning: String = source.chars().take(2_000).collect();
    assert_eq!(shown, format!("{beginning}… (998,000 more characters)"));
    // The report keeps the whole sentence.
    let kept = h
        .state()
        .report()
        .indicator(&IndicatorId("budget_revenue_total".into()))
        .unwrap()
        .source
        .chars()
        .count();
    assert_eq!(kept, chars);
}

#[test]
fn a_short_source_sentence_is_shown_whole() {
    let mut h = english(chitieu_core::io::embedded().unwrap());
    select_budget_revenue(&mut h);
    let label = h.get_by_label_contains("Tổng thu NSNN 6 tháng đầu năm là 14.283,5 tỷ đồng");
    let shown = text_of(&label);
    assert!(!shown.contains("more characters"), "{shown}");
    assert!(shown.ends_with('.'), "{shown}");
}

#[test]
fn a_huge_note_is_shown_cut_and_not_offered_for_editing() {
    let note = long_text(300_000);
    let mut h = english(report_with(|i| i.note = note.clone()));
    select_budget_revenue(&mut h);
    let label = h.get_by_label_contains("(298,000 more characters)");
    let shown = text_of(&label);
    assert!(shown.starts_with("Tổng thu ngân sách"), "{shown:.40}");
    assert!(shown.chars().count() < 2_100);
    h.get_by_label("The note is too long to edit here; the file keeps all of it.");
    assert!(h.query_by_label("Note of the indicator").is_none());
}

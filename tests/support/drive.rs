//! Driving the app as a user does, shared by the UI tests.
#![allow(dead_code, reason = "each test file uses what it needs")]

use chitieu::app::ChitieuApp;
use chitieu_core::model::{Field, IndicatorId, Lang};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

/// A figure of an indicator, as the report now has it.
pub fn value(h: &Harness<'_, ChitieuApp>, id: &str, field: Field) -> Option<f64> {
    h.state()
        .report()
        .indicator(&IndicatorId(id.into()))
        .and_then(|i| i.value(field))
}

/// Types into the search box (replacing what it had) and leaves it, so the rows of
/// interest are on screen.
pub fn search(h: &mut Harness<'_, ChitieuApp>, text: &str) {
    let label = match h.state().settings().lang {
        Lang::Vi => "Tìm chỉ tiêu",
        Lang::En => "Search indicators",
    };
    h.get_by_label(label).click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label(label).type_text(text);
    h.run();
    h.key_press(Key::Escape);
    h.run();
}

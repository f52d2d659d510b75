//! The app on the embedded report in English, as most UI tests start it.
#![allow(dead_code, reason = "each test file uses what it needs")]

use chitieu::app::{ChitieuApp, Settings};
use chitieu_core::model::Lang;
use egui_kittest::Harness;

/// English words and English notation (14,283.5).
pub fn english_settings() -> Settings {
    Settings {
        lang: Lang::En,
        notation: chitieu_core::format::Notation::English,
        ..Settings::default()
    }
}

/// The app on the embedded report, in English, in a 1400×900 window, first frame drawn.
pub fn english() -> Harness<'static, ChitieuApp> {
    let report = chitieu_core::io::embedded().expect("the embedded report loads");
    let settings = english_settings();
    let mut h = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_eframe(move |cc| ChitieuApp::with_settings(&cc.egui_ctx, report, None, settings));
    h.run();
    h
}

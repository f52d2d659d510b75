//! The catalogue's words in Vietnamese: one file an area, each an exhaustive `match`.

pub(super) mod common;
pub(super) mod detail;
pub(super) mod dialog;
pub(super) mod forms;
pub(super) mod import_ui;
pub(super) mod pace;
pub(super) mod panel;
pub(super) mod plot;
pub(super) mod terms;

//! The catalogue's words in Vietnamese: one file an area, each an exhaustive `match`.

pub(super) mod actions;
pub(super) mod app;
pub(super) mod cleaning;
pub(super) mod cli;
pub(super) mod columns;
pub(super) mod common;
pub(super) mod detail;
pub(super) mod dialog;
pub(super) mod errors;
pub(super) mod export;
pub(super) mod findings;
pub(super) mod forms;
pub(super) mod import;
pub(super) mod import_ui;
pub(super) mod io;
pub(super) mod menu;
pub(super) mod pace;
pub(super) mod panel;
pub(super) mod plot;
pub(super) mod prose;
pub(super) mod reports;
pub(super) mod session;
pub(super) mod terms;
pub(super) mod titles;

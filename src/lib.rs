//! chitieu: review and revise the targets of a provincial half-year socio-economic report.
//!
//! The library holds everything but the window: the [`model`], the computed figures
//! ([`metrics`]), the consistency [`checks`], loading and saving ([`io`]), the
//! [`export`]s and number [`format`]ting. None of these know egui, eframe or rfd: only
//! [`app`] (the desktop window) and the binary's `main.rs` do.

pub mod charts;
pub mod checks;
pub mod derived;
pub mod edit;
pub mod entry;
pub mod export;
pub mod format;
pub mod generate;
pub mod i18n;
pub mod import;
pub mod io;
pub mod metrics;
pub mod model;
pub mod next_period;
pub mod recovery;
pub mod session;

pub mod app;

//! chitieu without a window: the [`model`] of a report, its computed figures
//! ([`metrics`], [`derived`]), the consistency [`checks`], the open report
//! ([`session`]), loading and saving ([`io`], [`recovery`]), figures from sheets
//! ([`import`]), the [`export`]s, number [`format`]ting and every word in both
//! languages ([`i18n`]). This crate does not depend on egui, eframe or rfd: the compiler
//! keeps the layers (ARCHITECTURE.md).

pub mod charts;
pub mod checks;
pub mod columns;
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

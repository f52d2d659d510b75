//! File → Import figures… in the app: the dry run in a window, the changes ticked are
//! applied as one undoable step, cancelling changes nothing, a dropped sheet is imported.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "tests fail loudly"
)]

use std::path::{Path, PathBuf};

use chitieu::app::{ChitieuApp, Command, Settings};
use chitieu::export::{self, CsvLocale, Format};
use chitieu::format::Notation;
use chitieu::model::{Field, IndicatorId, Lang};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
#[path = "support/settle.rs"]
mod support;
use support::settle;

fn english() -> Harness<'static, ChitieuApp> {
    let report = chitieu::io::embedded().unwrap();
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
    let report = chitieu::io::embedded().unwrap();
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
    let before = chitieu::io::to_string(h.state().report()).unwrap();
    h.state_mut().command(Command::ImportFigures(path));
    settle(&mut h);
    h.get_by_label_contains("Import figures — edited.csv");
    h.get_by_label_contains("2 changes, 0 problems");
    assert_eq!(chitieu::io::to_string(h.state().report()).unwrap(), before);
    assert!(!h.state().is_dirty());

    // Untick the pig herd, keep the spending.
    h.get_by_label_contains("(pig_herd) · Actual: 440,000 → 450,000")
        .click();
    h.run();
    h.get_by_label("Apply the changes ticked (1)").click();
    h.run();
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

    h.state_mut().command(Command::Undo);
    h.run();
    assert_eq!(chitieu::io::to_string(h.state().report()).unwrap(), before);
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
    let before = chitieu::io::to_string(h.state().report()).unwrap();
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
    assert_eq!(chitieu::io::to_string(h.state().report()).unwrap(), before);
    assert!(!h.state().is_dirty());
}

#[test]
fn a_file_that_is_no_sheet_is_said_to_be_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fake.xlsx");
    std::fs::write(&path, "not a zip").unwrap();
    let mut h = english();
    h.state_mut().command(Command::ImportFigures(path));
    settle(&mut h);
    h.get_by_label_contains("not an Excel workbook (.xlsx)");
    assert!(!h.state().is_dirty());
}

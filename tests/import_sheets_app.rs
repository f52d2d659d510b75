//! A hidden sheet in the import window: the dry run says its figures come from a sheet
//! Excel does not show, the mapping step names it as hidden, and a new mapping starts
//! on the sheet that is on screen.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "tests fail loudly"
)]

use std::path::{Path, PathBuf};

use chitieu::app::{Command, ImportCmd};
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use rust_xlsxwriter::Workbook;

#[path = "support/english.rs"]
mod english;
#[path = "support/settle.rs"]
mod support;
use english::english;
use support::settle;

/// A workbook with a notes sheet on screen and the figures on a hidden sheet, whose
/// header row is recognised when `recognised`.
fn hidden_figures(dir: &Path, recognised: bool) -> PathBuf {
    let mut wb = Workbook::new();
    let notes = wb.add_worksheet();
    notes.set_name("Ghi chú").unwrap();
    notes.write_string(0, 0, "Số liệu ở trang sau").unwrap();
    notes.set_active(true);
    let figures = wb.add_worksheet();
    figures.set_name("Số liệu").unwrap();
    let titles = if recognised {
        ["Mã", "Ước thực hiện"]
    } else {
        ["Mã định danh", "Số ước 6 tháng"]
    };
    for (c, title) in (0u16..).zip(titles) {
        figures.write_string(0, c, title).unwrap();
    }
    figures.write_string(1, 0, "budget_spending_total").unwrap();
    figures.write_number(1, 1, 6300.7).unwrap();
    figures.write_string(2, 0, "pig_herd").unwrap();
    figures.write_number(2, 1, 450_000.0).unwrap();
    figures.set_hidden(true);
    let path = dir.join(if recognised { "an.xlsx" } else { "an-2.xlsx" });
    wb.save(&path).unwrap();
    path
}

#[test]
fn a_hidden_sheet_is_named_as_hidden_in_the_dry_run_and_the_mapping_step() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = english();
    h.state_mut()
        .command(Command::Import(ImportCmd::ImportFigures(hidden_figures(
            dir.path(),
            true,
        ))));
    settle(&mut h);
    h.get_by_label_contains("Import figures — an.xlsx");
    h.get_by_label_contains("Sheet \"Số liệu\": 2 changes, 1 problems");
    h.get_by_label_contains(
        "Số liệu!A1: the figures come from sheet \"Số liệu\", which is hidden: Excel does not \
         show it",
    );

    h.get_by_label("Map the columns…").click();
    h.run();
    let sheet = h
        .get_by_role_and_label(Role::ComboBox, "Sheet")
        .accesskit_node()
        .value();
    assert_eq!(sheet.as_deref(), Some("Số liệu (hidden)"));
    h.get_by_role_and_label(Role::ComboBox, "Sheet").click();
    h.run();
    h.get_by_label("Ghi chú");
    h.get_by_label("Số liệu (hidden)");
}

#[test]
fn a_new_mapping_starts_on_the_sheet_on_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = english();
    h.state_mut()
        .command(Command::Import(ImportCmd::ImportFigures(hidden_figures(
            dir.path(),
            false,
        ))));
    settle(&mut h);
    h.get_by_label_contains("chitieu does not recognise the header row of this file");
    // The hidden sheet has more rows, but the one on screen comes first.
    let sheet = h
        .get_by_role_and_label(Role::ComboBox, "Sheet")
        .accesskit_node()
        .value();
    assert_eq!(sheet.as_deref(), Some("Ghi chú"));
    h.get_by_label_contains("Số liệu ở trang sau");
    assert!(h.query_by_label_contains("Số ước 6 tháng").is_none());
}

//! What the window does to keep a user's work: a file changed by another program is not
//! saved over unasked, a read-only file or one open in another window is saved only
//! under another name.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "tests fail loudly"
)]

use std::path::{Path, PathBuf};

use chitieu::app::{ChitieuApp, Command, EditCmd};
use chitieu_core::model::{Field, IndicatorId};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
#[path = "support/settle.rs"]
mod support;
use support::settle;
#[path = "support/english.rs"]
mod english;
use english::english_settings as english;

/// The app started on the file at `path`, as a double-click starts it, keeping its
/// recovery files in `data`.
fn app_on(path: &Path, data: &Path) -> Harness<'static, ChitieuApp> {
    let (path, data) = (path.to_owned(), data.to_owned());
    let mut h = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_eframe(move |cc| {
            ChitieuApp::start(&cc.egui_ctx, Some(path), english())
                .unwrap()
                .with_recovery_dir(data)
        });
    h.run();
    h
}

fn report_file(dir: &Path) -> PathBuf {
    let path = dir.join("report.ron");
    chitieu_core::io::save(&chitieu_core::io::embedded().unwrap(), &path).unwrap();
    path
}

const REVENUE: &str = "budget_revenue_total";

fn edit(h: &mut Harness<'_, ChitieuApp>, value: f64) {
    h.state_mut().command(Command::Edit(EditCmd::SetValue {
        id: IndicatorId(REVENUE.into()),
        field: Field::AnnualTarget,
        value: Some(value),
    }));
    h.run();
}

fn on_disk(path: &Path) -> Option<f64> {
    chitieu_core::io::load(path)
        .unwrap()
        .indicator(&IndicatorId(REVENUE.into()))
        .unwrap()
        .value(Field::AnnualTarget)
}

/// Another program changes the file: the same report with another annual target.
fn change_outside(path: &Path, value: f64) {
    let mut report = chitieu_core::io::load(path).unwrap();
    report
        .indicator_mut(&IndicatorId(REVENUE.into()))
        .unwrap()
        .set_value(Field::AnnualTarget, Some(value));
    std::fs::write(path, chitieu_core::io::to_string(&report).unwrap()).unwrap();
}

#[test]
fn a_file_changed_outside_is_not_saved_over_unasked() {
    let dir = tempfile::tempdir().unwrap();
    let path = report_file(dir.path());
    let mut h = app_on(&path, &dir.path().join("data"));
    edit(&mut h, 20_000.0);
    change_outside(&path, 30_000.0);

    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut h);
    h.get_by_label("The file has changed");
    assert_eq!(
        on_disk(&path),
        Some(30_000.0),
        "the other change is still there"
    );
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.state().is_dirty(), "the edit is still here, unsaved");
    assert_eq!(on_disk(&path), Some(30_000.0));

    // Asked again, the user chooses to overwrite.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut h);
    h.get_by_label("Overwrite").click();
    settle(&mut h);
    assert_eq!(on_disk(&path), Some(20_000.0));
    assert!(!h.state().is_dirty());

    // Saved again with no change outside: no question.
    edit(&mut h, 21_000.0);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut h);
    assert!(h.query_by_label("The file has changed").is_none());
    assert_eq!(on_disk(&path), Some(21_000.0));
}

#[test]
fn reload_takes_the_file_as_the_other_program_left_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = report_file(dir.path());
    let mut h = app_on(&path, &dir.path().join("data"));
    edit(&mut h, 20_000.0);
    change_outside(&path, 30_000.0);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut h);
    h.get_by_label("Reload (drop the edits here)").click();
    settle(&mut h);
    let value = h
        .state()
        .report()
        .indicator(&IndicatorId(REVENUE.into()))
        .unwrap()
        .value(Field::AnnualTarget);
    assert_eq!(value, Some(30_000.0));
    assert!(!h.state().is_dirty());
}

#[cfg(unix)]
#[test]
fn a_read_only_report_says_so_and_is_not_saved_over() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let path = report_file(dir.path());
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&path).unwrap();
    let mut h = app_on(&path, &dir.path().join("data"));
    assert!(
        h.state().title().contains("(read-only)"),
        "{}",
        h.state().title()
    );
    edit(&mut h, 20_000.0);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut h);
    h.get_by_label("Cannot save over the file");
    h.get_by_label("Save as…");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the file is as it was"
    );
    assert!(
        !chitieu_core::io::backup_path(&path).exists(),
        "no backup left to block a later save"
    );
    assert!(h.state().is_dirty());
}

#[test]
fn a_second_window_on_the_same_report_is_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = report_file(dir.path());
    let data = dir.path().join("data");
    let first = app_on(&path, &data);
    assert!(!first.state().title().contains("read-only"));
    let mut second = app_on(&path, &data);
    assert!(second.state().title().contains("(read-only)"));
    second.get_by_label_contains("open in another chitieu window");
    edit(&mut second, 20_000.0);
    second.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut second);
    second.get_by_label("Cannot save over the file");
    assert_eq!(
        on_disk(&path),
        Some(19_647.2),
        "the first window's file is untouched"
    );
    drop(first);
}

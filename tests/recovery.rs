//! Nothing lost: a killed app's unsaved edits come back, saves keep a backup, a failed
//! save keeps every edit.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "tests fail loudly"
)]

use std::path::{Path, PathBuf};
use std::process::Command as Process;
use std::time::{Duration, Instant};

use chitieu::app::{ChitieuApp, Command, Settings};
use chitieu::model::{Field, IndicatorId, Lang};
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
#[path = "support/settle.rs"]
mod support;
use support::settle;

/// Where the child process keeps its recovery file.
const CHILD_DIR: &str = "CHITIEU_TEST_RECOVERY_CHILD_DIR";

fn app(dir: &Path, path: Option<PathBuf>) -> Harness<'static, ChitieuApp> {
    let report = match &path {
        Some(p) => chitieu::io::load(p).unwrap(),
        None => chitieu::io::embedded().unwrap(),
    };
    let settings = Settings {
        lang: Lang::En,
        notation: chitieu::format::Notation::English,
        ..Settings::default()
    };
    let dir = dir.to_owned();
    let mut h = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_eframe(move |cc| {
            ChitieuApp::with_settings(&cc.egui_ctx, report, path, settings).with_recovery_dir(dir)
        });
    h.run();
    h
}

fn edit_rice_target(h: &mut Harness<'_, ChitieuApp>, value: &str) {
    let cell = "Period target: Spring rice area:";
    h.get_by_label_contains(cell).click();
    h.run();
    h.get_by_label_contains(cell).type_text(value);
    h.run();
    h.key_press(Key::Enter);
    h.run();
}

fn rice_target(h: &Harness<'_, ChitieuApp>) -> Option<f64> {
    h.state()
        .report()
        .indicator(&IndicatorId("rice_spring_area".into()))
        .and_then(|i| i.value(Field::Target))
}

/// The app at work in a child process: an edit, then it keeps running until killed.
#[test]
#[ignore = "run by a_killed_app_offers_its_unsaved_edits_back, in a child process"]
fn child_app_at_work() {
    let Some(dir) = std::env::var_os(CHILD_DIR) else {
        return;
    };
    let mut h = app(Path::new(&dir), None);
    edit_rice_target(&mut h, "60000");
    let started = Instant::now();
    // Keep the app running, frame after frame, as a window does; the parent kills it.
    while started.elapsed() < Duration::from_secs(120) {
        h.step();
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn a_killed_app_offers_its_unsaved_edits_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Process::new(std::env::current_exe().unwrap())
        .args([
            "child_app_at_work",
            "--exact",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_DIR, dir.path())
        .spawn()
        .unwrap();
    let recovery = chitieu::recovery::file(dir.path());
    let started = Instant::now();
    while !recovery.exists() {
        assert!(
            started.elapsed() < Duration::from_secs(90),
            "the app wrote no recovery file"
        );
        assert!(
            child.try_wait().unwrap().is_none(),
            "the app stopped by itself"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    // Kill it mid-work: no chance to clean up.
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(recovery.exists());

    // The next start offers the edits back, and says from when.
    let mut h = app(dir.path(), None);
    h.get_by_label("Restore unsaved changes?");
    h.get_by_label_contains("did not close properly last time");
    h.get_by_label("1 revised values.");
    assert_eq!(
        rice_target(&h),
        Some(53477.2),
        "nothing restored before the user says so"
    );
    h.get_by_label("Restore").click();
    h.run();
    assert_eq!(rice_target(&h), Some(60000.0));
    assert!(
        h.state().is_dirty(),
        "restored edits are unsaved until saved"
    );
    assert!(
        h.state()
            .report()
            .indicator(&IndicatorId("rice_spring_area".into()))
            .unwrap()
            .is_revised(Field::Target)
    );

    // Saving them clears the recovery file.
    let saved = dir.path().join("saved.ron");
    h.state_mut().command(Command::SaveAs(saved.clone()));
    settle(&mut h);
    assert!(!h.state().is_dirty());
    assert!(!recovery.exists());
}

#[test]
fn discarding_the_offer_removes_the_recovery_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut report = chitieu::io::embedded().unwrap();
    report
        .indicator_mut(&IndicatorId("rice_spring_area".into()))
        .unwrap()
        .set_value(Field::Target, Some(1.0));
    chitieu::recovery::write(
        dir.path(),
        &chitieu::recovery::Recovery {
            written_at: "2024-07-15 08:30 UTC".into(),
            path: None,
            report: std::sync::Arc::new(report),
        },
    )
    .unwrap();
    let mut h = app(dir.path(), None);
    h.get_by_label_contains("2024-07-15 08:30 UTC");
    h.get_by_label("Discard them").click();
    h.run();
    assert_eq!(rice_target(&h), Some(53477.2));
    assert!(!chitieu::recovery::file(dir.path()).exists());
}

#[test]
fn a_broken_recovery_file_is_kept_aside_and_said() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(chitieu::recovery::file(dir.path()), b"\xff\xfe garbage").unwrap();
    let h = app(dir.path(), None);
    h.get_by_label("That did not work");
    h.get_by_label_contains("kept as recovery.ron.broken");
    assert!(dir.path().join("recovery.ron.broken").exists());
}

#[test]
fn edits_reach_the_recovery_file_and_leave_it_once_undone() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path(), None);
    edit_rice_target(&mut h, "60000");
    // A few seconds later, the edit is on disk (written on a thread of its own).
    let mut kept = None;
    for _ in 0..500 {
        h.step();
        if let Some(Ok(recovery)) = chitieu::recovery::read(dir.path()) {
            kept = Some(recovery);
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let kept = kept.expect("no recovery file after 5 s");
    let ind = kept
        .report
        .indicator(&IndicatorId("rice_spring_area".into()))
        .unwrap();
    assert_eq!(ind.value(Field::Target), Some(60000.0));
    // Undone back to the report as opened: nothing unsaved, nothing kept.
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(!h.state().is_dirty());
    assert!(!chitieu::recovery::file(dir.path()).exists());
}

#[test]
fn saving_keeps_the_previous_version_as_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.ron");
    chitieu::io::save(&chitieu::io::embedded().unwrap(), &path).unwrap();
    assert!(
        !chitieu::io::backup_path(&path).exists(),
        "nothing to back up the first time"
    );
    let mut h = app(dir.path(), Some(path.clone()));
    edit_rice_target(&mut h, "60000");
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    settle(&mut h);
    assert!(!h.state().is_dirty());
    let backup = chitieu::io::load(&chitieu::io::backup_path(&path)).unwrap();
    assert_eq!(
        backup,
        chitieu::io::embedded().unwrap(),
        "the backup is the version before"
    );
    assert_eq!(chitieu::io::load(&path).unwrap(), *h.state().report());
}

#[test]
fn a_failed_save_says_so_and_keeps_every_edit() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("reports");
    std::fs::create_dir(&folder).unwrap();
    let path = folder.join("r.ron");
    chitieu::io::save(&chitieu::io::embedded().unwrap(), &path).unwrap();
    let mut h = app(dir.path(), Some(path.clone()));
    edit_rice_target(&mut h, "60000");
    // The folder is gone and a file stands in its place (a removed USB stick, a network
    // share gone): no save can succeed there, not even as root.
    std::fs::remove_dir_all(&folder).unwrap();
    std::fs::write(&folder, "not a folder").unwrap();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    settle(&mut h);
    h.get_by_label("That did not work");
    h.get_by_label_contains("cannot save: ");
    assert!(h.state().is_dirty());
    assert_eq!(rice_target(&h), Some(60000.0), "every edit still on screen");
}

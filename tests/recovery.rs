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

use chitieu::app::{ChitieuApp, Command, FileCmd, Settings};
use chitieu_core::model::{Field, IndicatorId, Lang, Report};
use chitieu_core::recovery::{Claim, Key as RecoveryKey, Recovery, RecoveryError};
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
        Some(p) => chitieu_core::io::load(p).unwrap(),
        None => chitieu_core::io::embedded().unwrap(),
    };
    let settings = Settings {
        lang: Lang::En,
        notation: chitieu_core::format::Notation::English,
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
    let started = Instant::now();
    let recovery = loop {
        if let Some(file) = chitieu_core::recovery::files(dir.path()).pop() {
            break file;
        }
        assert!(
            started.elapsed() < Duration::from_secs(90),
            "the app wrote no recovery file"
        );
        assert!(
            child.try_wait().unwrap().is_none(),
            "the app stopped by itself"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    // While it lives, its edits are its own: another window neither offers nor
    // discards them.
    assert!(chitieu_core::recovery::orphans(dir.path()).is_empty());
    let other = app(dir.path(), None);
    assert!(other.query_by_label("Restore unsaved changes?").is_none());
    drop(other);
    assert!(recovery.exists());
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
    h.state_mut()
        .command(Command::File(FileCmd::SaveAs(saved.clone())));
    settle(&mut h);
    assert!(!h.state().is_dirty());
    assert!(!recovery.exists());
}

#[test]
fn discarding_the_offer_removes_the_recovery_file() {
    let dir = tempfile::tempdir().unwrap();
    // A window that wrote its edits, then went away.
    let file = left_behind(dir.path(), None, 1.0);
    let mut h = app(dir.path(), None);
    h.get_by_label_contains("2024-07-15 08:30 UTC");
    h.get_by_label("Discard them").click();
    h.run();
    assert_eq!(rice_target(&h), Some(53477.2));
    assert!(!file.exists());
}

#[test]
fn a_broken_recovery_file_is_kept_aside_and_said() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join(chitieu_core::recovery::LEGACY_FILE_NAME),
        b"\xff\xfe garbage",
    )
    .unwrap();
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
        if let Some(Ok(recovery)) = chitieu_core::recovery::files(dir.path())
            .first()
            .map(|f| chitieu_core::recovery::read_file(f))
        {
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
    assert!(chitieu_core::recovery::files(dir.path()).is_empty());
}

#[test]
fn saving_keeps_the_previous_version_as_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.ron");
    chitieu_core::io::save(&chitieu_core::io::embedded().unwrap(), &path).unwrap();
    assert!(
        !chitieu_core::io::backup_path(&path).exists(),
        "nothing to back up the first time"
    );
    let mut h = app(dir.path(), Some(path.clone()));
    edit_rice_target(&mut h, "60000");
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    settle(&mut h);
    assert!(!h.state().is_dirty());
    let backup = chitieu_core::io::load(&chitieu_core::io::backup_path(&path)).unwrap();
    assert_eq!(
        backup,
        chitieu_core::io::embedded().unwrap(),
        "the backup is the version before"
    );
    assert_eq!(chitieu_core::io::load(&path).unwrap(), *h.state().report());
}

#[test]
fn a_failed_save_says_so_and_keeps_every_edit() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("reports");
    std::fs::create_dir(&folder).unwrap();
    let path = folder.join("r.ron");
    chitieu_core::io::save(&chitieu_core::io::embedded().unwrap(), &path).unwrap();
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

/// The embedded report with the spring rice target set to `target`.
fn edited(target: f64) -> Report {
    let mut report = chitieu_core::io::embedded().unwrap();
    report
        .indicator_mut(&IndicatorId("rice_spring_area".into()))
        .unwrap()
        .set_value(Field::Target, Some(target));
    report
}

/// What a window on `path` (or on an unsaved report) leaves when it is killed after an
/// edit: its recovery file, its lock gone with it. Returns the recovery file.
fn left_behind(dir: &Path, path: Option<&Path>, target: f64) -> PathBuf {
    let claim = Claim::acquire(dir, RecoveryKey::for_report(path)).unwrap();
    claim
        .write(&Recovery {
            written_at: "2024-07-15 08:30 UTC".into(),
            path: path.map(Path::to_owned),
            fingerprint: None,
            report: std::sync::Arc::new(edited(target)),
            copy_of: None,
        })
        .unwrap();
    claim.file()
}

#[test]
fn two_killed_windows_leave_two_recovery_files_each_restorable() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let x = dir.path().join("x.ron");
    let y = dir.path().join("y.ron");
    let unsaved = left_behind(&data, None, 3.0);
    let x_file = left_behind(&data, Some(&x), 1.0);
    let y_file = left_behind(&data, Some(&y), 2.0);
    assert_eq!(chitieu_core::recovery::files(&data).len(), 3);

    let orphans = chitieu_core::recovery::orphans(&data);
    assert_eq!(orphans.len(), 3, "each window's edits, none lost");
    // While offered here, another window is not offered them.
    assert!(chitieu_core::recovery::orphans(&data).is_empty());

    let mut restored = Vec::new();
    for orphan in orphans {
        let file = orphan.file();
        let (recovery, claim) = orphan.restore().unwrap();
        let target = recovery
            .report
            .indicator(&IndicatorId("rice_spring_area".into()))
            .unwrap()
            .value(Field::Target)
            .unwrap();
        restored.push((file, recovery.path.clone(), target));
        // The restoring window now holds the report: a second window on x.ron is told.
        if let Some(path) = &recovery.path {
            assert_eq!(claim.key().path(), Some(path.as_path()));
            let err = Claim::acquire(&data, RecoveryKey::for_file(path)).unwrap_err();
            assert!(matches!(err, RecoveryError::Busy { .. }), "{err}");
        }
        claim.clear().unwrap();
    }
    restored.sort_by(|a, b| a.2.total_cmp(&b.2));
    let canonical = |p: &Path| Some(chitieu_core::io::canonical(p));
    assert_eq!(
        restored,
        vec![
            (x_file, canonical(&x), 1.0),
            (y_file, canonical(&y), 2.0),
            (unsaved, None, 3.0)
        ]
    );
    assert!(chitieu_core::recovery::files(&data).is_empty());
}

#[test]
fn paths_are_kept_absolute_so_they_name_the_same_file_from_anywhere() {
    let dir = tempfile::tempdir().unwrap();
    let claim = Claim::acquire(dir.path(), RecoveryKey::unsaved()).unwrap();
    claim
        .write(&Recovery {
            written_at: "now".into(),
            path: Some(PathBuf::from("g/edit.ron")),
            fingerprint: None,
            report: std::sync::Arc::new(edited(1.0)),
            copy_of: None,
        })
        .unwrap();
    let kept = chitieu_core::recovery::read_file(&claim.file()).unwrap();
    assert_eq!(
        kept.path,
        Some(std::env::current_dir().unwrap().join("g/edit.ron")),
        "absolute, from the folder it was typed in"
    );
    // The file of an earlier version kept the path as typed: from another folder it
    // would name another file, so it comes back as an unsaved report (Save asks where).
    let legacy = dir.path().join(chitieu_core::recovery::LEGACY_FILE_NAME);
    let text = std::fs::read_to_string(claim.file())
        .unwrap()
        .replace(&kept.path.unwrap().display().to_string(), "g/edit.ron");
    assert!(text.contains("\"g/edit.ron\""));
    std::fs::write(&legacy, text).unwrap();
    claim.clear().unwrap();
    drop(claim);
    let mut orphans = chitieu_core::recovery::orphans(dir.path());
    assert_eq!(orphans.len(), 1);
    let (recovery, claim) = orphans.remove(0).restore().unwrap();
    assert_eq!(recovery.path, None);
    assert!(!legacy.exists(), "moved to its own file");
    assert_eq!(
        chitieu_core::recovery::read_file(&claim.file())
            .unwrap()
            .report,
        recovery.report
    );
}

#[test]
fn a_recovery_file_that_would_break_the_report_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut report = edited(1.0);
    // A parent cycle: restored, these indicators would vanish from the tree.
    let a = report.indicators[0].id.clone();
    let b = report.indicators[1].id.clone();
    report.indicators[0].parent = Some(b);
    report.indicators[1].parent = Some(a);
    let claim = Claim::acquire(dir.path(), RecoveryKey::unsaved()).unwrap();
    claim
        .write(&Recovery {
            written_at: "now".into(),
            path: None,
            fingerprint: None,
            report: std::sync::Arc::new(report),
            copy_of: None,
        })
        .unwrap();
    drop(claim);
    let mut orphans = chitieu_core::recovery::orphans(dir.path());
    assert_eq!(orphans.len(), 1);
    let err = orphans[0].recovery().unwrap_err().to_string();
    assert!(err.contains("parent cycle"), "{err}");
    let orphan = orphans.remove(0);
    assert!(matches!(orphan.restore(), Err(RecoveryError::Read(_))));
}

#[test]
fn discarding_one_window_s_edits_keeps_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let x = left_behind(dir.path(), Some(&dir.path().join("x.ron")), 1.0);
    let y = left_behind(dir.path(), Some(&dir.path().join("y.ron")), 2.0);
    let orphans = chitieu_core::recovery::orphans(dir.path());
    for orphan in orphans {
        if orphan.file() == x {
            orphan.discard().unwrap();
        }
    }
    assert!(!x.exists());
    assert!(y.exists());
}

/// Waits, drawing no frame, until a recovery file in `dir` other than those in `not`
/// holds a report; returns it. A window covered by another is not repainted: the
/// recovery writer must not wait for a frame.
fn written_without_frames(dir: &Path, not: &[PathBuf]) -> (PathBuf, Recovery) {
    let started = Instant::now();
    loop {
        let found = chitieu_core::recovery::files(dir)
            .into_iter()
            .filter(|f| !not.contains(f))
            .find_map(|f| chitieu_core::recovery::read_file(&f).ok().map(|r| (f, r)));
        if let Some(found) = found {
            return found;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "no recovery file without a frame drawn"
        );
        std::thread::sleep(Duration::from_millis(25));
    }
}

/// Issue 22, 3: edited, then covered at once (no frame drawn again), the window still
/// writes its recovery file on the writer's own clock.
#[test]
fn recovery_is_written_while_no_frame_is_drawn() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path(), None);
    edit_rice_target(&mut h, "60000");
    // From here on, no frame: h.step() and h.run() are never called again.
    let (_, kept) = written_without_frames(dir.path(), &[]);
    let ind = kept
        .report
        .indicator(&IndicatorId("rice_spring_area".into()))
        .unwrap();
    assert_eq!(ind.value(Field::Target), Some(60000.0));
    assert!(!kept.written_at.is_empty());
    drop(h);
}

/// Issue 22, 4: the second window on a file opens read-only, and its edits are kept
/// like any other's: offered at the next start as an unsaved report, to be saved under
/// another name, never over what the first window saves.
#[test]
fn a_read_only_window_keeps_its_edits_as_a_copy() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = dir.path().join("r.ron");
    chitieu_core::io::save(&chitieu_core::io::embedded().unwrap(), &file).unwrap();
    let before = std::fs::read(&file).unwrap();
    let first = app(&data, Some(file.clone()));
    let mut second = app(&data, Some(file.clone()));
    assert_eq!(
        second.state().session().read_only(),
        Some(chitieu_core::session::ReadOnly::OpenElsewhere)
    );
    assert!(first.state().session().read_only().is_none());
    edit_rice_target(&mut second, "61000");
    let (kept_file, kept) = written_without_frames(&data, &[]);
    assert_eq!(kept.path, None, "a copy: never saved over the file");
    assert_eq!(
        kept.copy_of.as_deref(),
        Some(chitieu_core::io::canonical(&file).as_path())
    );
    // The second window is killed; the first goes on, unchanged.
    drop(second);
    assert!(kept_file.exists());
    drop(first);
    assert_eq!(std::fs::read(&file).unwrap(), before);

    // The next start offers the copy back, saying what it is.
    let mut h = app(&data, None);
    h.get_by_label("Restore unsaved changes?");
    h.get_by_label_contains("read-only");
    h.get_by_label("Restore").click();
    h.run();
    assert_eq!(rice_target(&h), Some(61000.0));
    assert_eq!(h.state().path(), None, "saved under another name");
    assert!(h.state().is_dirty());
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

/// Issue 22: the same file by another path (a hard link here; a bind mount alike) is
/// open in one window only, and stays so after a save replaces the file on disk.
#[cfg(unix)]
#[test]
fn the_same_file_by_a_hard_link_opens_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = dir.path().join("r.ron");
    chitieu_core::io::save(&chitieu_core::io::embedded().unwrap(), &file).unwrap();
    let link = dir.path().join("link.ron");
    std::fs::hard_link(&file, &link).unwrap();
    let mut first = app(&data, Some(file.clone()));
    let second = app(&data, Some(link));
    assert_eq!(
        second.state().session().read_only(),
        Some(chitieu_core::session::ReadOnly::OpenElsewhere)
    );
    drop(second);
    // Saved: a new file on disk (a new inode), still held by the first window.
    edit_rice_target(&mut first, "62000");
    first.state_mut().command(Command::File(FileCmd::Save));
    settle(&mut first);
    assert!(!first.state().is_dirty());
    let third = app(&data, Some(file.clone()));
    assert_eq!(
        third.state().session().read_only(),
        Some(chitieu_core::session::ReadOnly::OpenElsewhere)
    );
    drop(third);
    drop(first);
    let fourth = app(&data, Some(file));
    assert!(fourth.state().session().read_only().is_none(), "free again");
}

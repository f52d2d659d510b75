//! Loading and saving: round trips, atomic saves and a corpus of broken files.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "tests fail loudly"
)]

use std::path::{Path, PathBuf};

use chitieu_core::io::{self, FileKind, LoadError, OnDisk, SaveError};
use chitieu_core::model::{Field, IndicatorId, Lang, TaskStatus};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

#[test]
fn save_then_load_gives_back_the_same_report() {
    let mut report = io::embedded().unwrap();
    // Revisions, notes and task statuses survive too.
    let id = IndicatorId("budget_spending_total".into());
    let ind = report.indicator_mut(&id).unwrap();
    ind.set_value(Field::AnnualTarget, Some(17000.25));
    ind.set_value(Field::Actual, None);
    ind.note = "Điều chỉnh theo Nghị quyết HĐND \"số 12\"\nDòng hai".into();
    report.tasks[0].status = TaskStatus::InProgress;

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("báo cáo.ron");
    io::save(&report, &path).unwrap();
    let loaded = io::load(&path).unwrap();
    assert_eq!(loaded, report);

    // Every float comes back bit for bit, not merely close.
    for (a, b) in loaded.indicators.iter().zip(&report.indicators) {
        for field in Field::ALL {
            assert_eq!(
                a.value(field).map(f64::to_bits),
                b.value(field).map(f64::to_bits)
            );
        }
    }
    // Saving again writes the same bytes.
    let again = dir.path().join("again.ron");
    io::save(&loaded, &again).unwrap();
    assert_eq!(
        std::fs::read(&path).unwrap(),
        std::fs::read(&again).unwrap()
    );
}

#[test]
fn the_embedded_file_loads_as_it_was_written() {
    let text = io::to_string(&io::embedded().unwrap()).unwrap();
    let reloaded = io::from_str(&text, Path::new("x.ron")).unwrap();
    assert_eq!(reloaded, io::embedded().unwrap());
    assert!(text.starts_with("#![enable(implicit_some)]"));
    assert!(
        text.contains("vi: \"Hải Dương\""),
        "Vietnamese is written as it is, not escaped"
    );
}

#[test]
fn save_replaces_the_file_and_leaves_no_temporary_behind() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.ron");
    std::fs::write(&path, "old content").unwrap();
    io::save(&io::embedded().unwrap(), &path).unwrap();
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        vec!["r.ron", "r.ron.bak"],
        "the file and its backup, no temporary"
    );
    assert!(io::load(&path).is_ok());
    assert_eq!(
        std::fs::read_to_string(dir.path().join("r.ron.bak")).unwrap(),
        "old content"
    );
}

#[test]
fn a_failed_save_leaves_the_old_file_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no such folder").join("r.ron");
    let err = io::save(&io::embedded().unwrap(), &missing).unwrap_err();
    assert!(err.to_string().starts_with("cannot save: "), "{err}");
    assert!(
        err.to_string().ends_with("r.ron"),
        "the path comes last: {err}"
    );

    // Saving over a folder fails at the rename; the folder and its content stay.
    let target = dir.path().join("taken");
    std::fs::create_dir(&target).unwrap();
    std::fs::write(target.join("keep.txt"), "keep").unwrap();
    assert!(io::save(&io::embedded().unwrap(), &target).is_err());
    assert_eq!(
        std::fs::read_to_string(target.join("keep.txt")).unwrap(),
        "keep"
    );
    let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(leftovers, 1, "no temporary file is left behind");
}

/// Each broken file gives its own clear error: what, where, which file.
#[test]
fn broken_files_give_clear_errors() {
    let cases: &[(&str, &str)] = &[
        (
            "wrong_type.ron",
            "line 17, column 20: expected a number here",
        ),
        (
            "unknown_field.ron",
            "line 18, column 13: Unexpected field named `colour` in `Indicator`",
        ),
        ("missing_field.ron", "missing field named `unit`"),
        (
            "wrong_enum.ron",
            "line 18, column 24: Unexpected variant named `Sideways` in enum `Direction`",
        ),
        (
            "duplicate_ids.ron",
            "line 21: error revenue: this id is used more than once",
        ),
        (
            "dangling_parent.ron",
            "error revenue: parent indicator \"nowhere\" does not exist",
        ),
        (
            "dangling_section.ron",
            "error revenue: section \"missing\" does not exist",
        ),
        ("parent_cycle.ron", "error a: parent cycle: a → b → a"),
        ("nan.ron", "line 17, column 21: NaN is not a usable number"),
        (
            "nan_original.ron",
            "line 13: error revenue: original.Actual is NaN, not a usable number; \
             line 13: error revenue: original.Target is inf, not a usable number",
        ),
        (
            "infinite.ron",
            "line 17, column 21: inf is not a usable number",
        ),
        (
            "too_new.ron",
            "written by a newer chitieu (schema version 99",
        ),
        (
            "truncated.ron",
            "line 15, column 45: this text has no closing quote (is the file truncated?)",
        ),
        (
            "not_ron.json",
            "line 1, column 1: Expected opening `(` for struct `Report`",
        ),
        ("empty.ron", "line 1, column 1: the file is empty"),
        (
            "binary_garbage.bin",
            "line 1, column 1: the file is not UTF-8 text",
        ),
        (
            "latin1.ron",
            "line 18, column 23: the file is not UTF-8 text",
        ),
    ];
    let mut names: Vec<String> = std::fs::read_dir(data("bad"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut listed: Vec<String> = cases.iter().map(|(n, _)| (*n).to_owned()).collect();
    listed.sort();
    assert_eq!(
        names, listed,
        "every file of the corpus has its expected error"
    );

    for (name, expected) in cases {
        let path = data("bad").join(name);
        let err = io::load(&path).expect_err(name);
        let message = err.to_string();
        assert!(message.contains(expected), "{name}: {message}");
        assert!(
            message.ends_with(&path.display().to_string()),
            "{name}: the file comes last: {message}"
        );
        assert_eq!(err.path(), path);
    }
}

#[test]
fn the_minimal_report_of_the_corpus_is_valid() {
    let r = io::load(&data("minimal.ron")).unwrap();
    assert_eq!(r.indicators.len(), 1);
}

#[test]
fn a_folder_or_a_missing_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    assert!(matches!(
        io::load(dir.path()),
        Err(LoadError::IsADirectory { .. })
    ));
    let err = io::load(&dir.path().join("nothing.ron")).unwrap_err();
    assert!(matches!(err, LoadError::Read { .. }));
    assert!(
        err.to_string().starts_with("cannot read the file: "),
        "{err}"
    );
}

/// Cutting the embedded report anywhere never panics and always says where.
#[test]
fn truncation_anywhere_is_an_error_with_a_position() {
    let text = io::EMBEDDED_RON.as_bytes();
    let structural: Vec<usize> = text
        .iter()
        .enumerate()
        .filter(|(_, b)| matches!(b, b'(' | b')' | b'[' | b']' | b',' | b':' | b'"'))
        .map(|(i, _)| i)
        .step_by(61)
        .collect();
    for cut in structural.into_iter().chain([1, 2, 3, 4, 99, 100]) {
        let err = io::from_bytes(&text[..cut], Path::new("cut.ron"))
            .expect_err("a cut report is refused");
        let message = err.to_string();
        assert!(message.starts_with("line "), "cut at {cut}: {message}");
    }
}

#[test]
fn deep_nesting_is_refused_not_overflowed() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let err = io::from_str(&deep, Path::new("deep.ron")).unwrap_err();
    assert!(err.to_string().starts_with("line 1, column 1: "), "{err}");
    // Deep nesting where any value is accepted (an unknown field) meets the nesting limit.
    let deep_field = format!(
        "(schema_version: 1, extra: {}{})",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let err = io::from_str(&deep_field, Path::new("deep.ron")).unwrap_err();
    assert!(err.to_string().starts_with("line 1, column "), "{err}");
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let text = format!("\u{feff}{}", io::EMBEDDED_RON);
    assert!(io::from_str(&text, Path::new("bom.ron")).is_ok());
}

#[test]
fn truncation_at_every_structural_point_of_a_small_report() {
    let text = std::fs::read(data("minimal.ron")).unwrap();
    let mut cuts = 0;
    for (cut, byte) in text.iter().enumerate() {
        if !matches!(byte, b'(' | b')' | b'[' | b']' | b',' | b':' | b'"' | b'\n')
            || cut + 1 >= text.len()
        {
            continue;
        }
        for end in [cut, cut + 1] {
            let Err(err) = io::from_bytes(&text[..end], Path::new("cut.ron")) else {
                // A cut just before the final `)` or newline can still be a whole report.
                continue;
            };
            assert!(err.to_string().starts_with("line "), "cut at {end}: {err}");
            cuts += 1;
        }
    }
    assert!(cuts > 100, "{cuts} cuts");
}

#[test]
fn a_file_larger_than_any_report_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    // Sparse: takes no disk space, but says it is 1.1 GB.
    std::fs::File::create(&path)
        .unwrap()
        .set_len(1_100_000_000)
        .unwrap();
    let err = io::load(&path).unwrap_err();
    assert!(matches!(err, LoadError::TooLarge { .. }));
    assert!(
        err.to_string()
            .starts_with("the file is 1100 MB, more than any report"),
        "{err}"
    );
}

#[test]
fn a_100_mb_file_is_refused_quickly_not_hung_on() {
    let dir = tempfile::tempdir().unwrap();
    // 100 MB of one unterminated string inside a report: the parser scans it once.
    let mut text = String::from("(schema_version: 1, title: (vi: \"");
    text.push_str(&"ạ".repeat(100_000_000 / 3));
    let path = dir.path().join("big.ron");
    std::fs::write(&path, &text).unwrap();
    let err = io::load(&path).unwrap_err();
    assert!(
        err.to_string().contains("this text has no closing quote"),
        "{err}"
    );
    // And garbage of the same size fails at its first byte.
    std::fs::write(&path, vec![b'#'; 100_000_000]).unwrap();
    assert!(
        io::load(&path)
            .unwrap_err()
            .to_string()
            .starts_with("line 1, column")
    );
}

#[test]
fn a_report_from_before_schema_versions_is_read_as_version_1() {
    let text = std::fs::read_to_string(data("minimal.ron")).unwrap();
    let old = text.replace("    schema_version: 1,\n", "");
    assert_ne!(old, text);
    let r = io::from_str(&old, Path::new("old.ron")).unwrap();
    assert_eq!(r.schema_version, 1);
}

#[test]
fn the_backup_sits_beside_the_file() {
    assert_eq!(
        io::backup_path(Path::new("/x/báo cáo.ron")),
        Path::new("/x/báo cáo.ron.bak")
    );
}

#[cfg(unix)]
#[test]
fn saved_files_are_ordinary_files_not_private_temporaries() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.ron");
    io::save(&io::embedded().unwrap(), &path).unwrap();
    assert_eq!(
        std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o644
    );
    // An existing file keeps its permissions.
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o664)).unwrap();
    io::save(&io::embedded().unwrap(), &path).unwrap();
    assert_eq!(
        std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o664
    );
}

#[test]
fn a_change_made_outside_is_told_before_it_is_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.ron");
    let report = io::embedded().unwrap();
    let saved = io::save(&report, &path).unwrap();
    let loaded = io::load_file(&path).unwrap();
    assert_eq!(loaded.fingerprint.hash, saved.hash);
    assert_eq!(loaded.fingerprint.len, saved.len);
    assert_eq!(io::on_disk(&path, &saved).unwrap(), OnDisk::Same);

    // Touched only, or written again as it was: still the same file.
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(5);
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(later)
        .unwrap();
    assert_eq!(io::on_disk(&path, &saved).unwrap(), OnDisk::Same);

    // Another program changes one figure, keeping the size.
    let text = std::fs::read_to_string(&path).unwrap();
    let changed = text.replacen("14283.5", "14283.6", 1);
    assert_ne!(text, changed);
    std::fs::write(&path, &changed).unwrap();
    assert_eq!(io::on_disk(&path, &saved).unwrap(), OnDisk::Changed);
    let err = io::save_if_unchanged(&report, &path, &saved).unwrap_err();
    assert!(matches!(err, SaveError::Changed { .. }), "{err}");
    assert!(err.to_string().ends_with("r.ron"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        changed,
        "the outside change is kept"
    );

    // Once read again, saving goes through; a file gone is written again.
    let again = io::load_file(&path).unwrap();
    io::save_if_unchanged(&report, &path, &again.fingerprint).unwrap();
    std::fs::remove_file(&path).unwrap();
    assert_eq!(io::on_disk(&path, &saved).unwrap(), OnDisk::Missing);
    io::save_if_unchanged(&report, &path, &saved).unwrap();
    assert_eq!(io::load(&path).unwrap(), report);
}

/// An outside change of one digit, the size kept and the modification time set back to
/// what chitieu saw (a sync tool, an editor that keeps times): still a change, told
/// before it is overwritten. Issue 22, 5.
#[test]
fn a_change_of_the_same_size_and_time_is_still_told() {
    let dir = tempfile::tempdir().unwrap();
    // Another office's report, with other ids than the seed's.
    let path = dir.path().join("other.ron");
    std::fs::copy(data("minimal.ron"), &path).unwrap();
    let loaded = io::load_file(&path).unwrap();
    let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let digit = text
        .char_indices()
        .find(|(_, c)| c.is_ascii_digit() && *c != '9')
        .map(|(i, _)| i)
        .unwrap();
    let mut changed = text.clone().into_bytes();
    changed[digit] += 1;
    assert_eq!(changed.len(), text.len());
    std::fs::write(&path, &changed).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(modified)
        .unwrap();
    assert_eq!(
        std::fs::metadata(&path).unwrap().modified().unwrap(),
        modified
    );
    assert_eq!(
        io::on_disk(&path, &loaded.fingerprint).unwrap(),
        OnDisk::Changed
    );
    let err = io::save_if_unchanged(&loaded.report, &path, &loaded.fingerprint).unwrap_err();
    assert!(matches!(err, SaveError::Changed { .. }), "{err}");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        changed,
        "the outside change is kept"
    );
}

/// What tells a report file from any other: the way every report begins, whatever
/// comments come first; a sheet, a CSV or a text that names the field later is not one.
#[test]
fn a_report_file_is_told_by_its_beginning() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    let saved = dir.path().join("saved.ron");
    io::save(&io::embedded().unwrap(), &saved).unwrap();
    assert!(io::is_report_file(&saved));
    assert!(io::is_report_file(&data("minimal.ron")));
    for report in [
        "(schema_version: 1)",
        "\u{feff}// a note\n/* more */\n#![enable(implicit_some)]\n(\n  schema_version: 2,",
        "Report(schema_version: 1,",
    ] {
        assert!(io::is_report_file(&write("r.ron", report)), "{report:?}");
    }
    for other in [
        "id,name,schema_version\n",
        "(title: \"x\", schema_version: 1)",
        "schema_version: 1",
        "",
    ] {
        assert!(!io::is_report_file(&write("o.ron", other)), "{other:?}");
    }
    assert!(!io::is_report_file(dir.path()), "a folder");
    assert!(!io::is_report_file(&dir.path().join("missing.ron")));
}

#[test]
fn a_loaded_file_knows_its_canonical_path() {
    let dir = tempfile::tempdir().unwrap();
    let real = std::fs::canonicalize(dir.path()).unwrap();
    std::fs::create_dir(real.join("g")).unwrap();
    let path = real.join("g/r.ron");
    io::save(&io::embedded().unwrap(), &path).unwrap();
    let loaded = io::load_file(&real.join("g/../g/./r.ron")).unwrap();
    assert_eq!(loaded.path, path);
    assert!(!loaded.read_only);
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_is_saved_through_and_stays_a_link() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.ron");
    let link = dir.path().join("link.ron");
    std::fs::write(&real, "old content").unwrap();
    std::os::unix::fs::symlink("real.ron", &link).unwrap();
    let report = io::embedded().unwrap();
    io::save(&report, &link).unwrap();
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link is still a link"
    );
    assert_eq!(io::load(&real).unwrap(), report, "its target was saved");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("real.ron.bak")).unwrap(),
        "old content",
        "the backup sits beside the real file"
    );
    // An export through a link to a file not yet written creates that file.
    let dangling = dir.path().join("to-new.csv");
    std::os::unix::fs::symlink("new.csv", &dangling).unwrap();
    io::write_atomic(&dangling, b"a,b\n").unwrap();
    assert_eq!(std::fs::read(dir.path().join("new.csv")).unwrap(), b"a,b\n");
    assert!(
        std::fs::symlink_metadata(&dangling)
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

/// Creates a named pipe at `path`.
#[cfg(unix)]
fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(status.success());
}

/// Runs `f` on a thread and waits for it: a call that blocks (opening a pipe) fails the
/// test instead of hanging it.
fn without_blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || send.send(f()));
    receive
        .recv_timeout(std::time::Duration::from_secs(60))
        .expect("the call blocked")
}

#[cfg(unix)]
#[test]
fn a_pipe_a_socket_or_a_device_is_refused_never_replaced() {
    use std::os::unix::fs::FileTypeExt as _;
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.ron");
    mkfifo(&fifo);
    let path = fifo.clone();
    let err = without_blocking(move || io::load(&path).unwrap_err());
    assert!(
        matches!(
            err,
            LoadError::NotAFile {
                kind: FileKind::Pipe,
                ..
            }
        ),
        "{err}"
    );
    assert!(
        err.to_string()
            .starts_with("this is a named pipe (FIFO), not a report file"),
        "{err}"
    );
    let path = fifo.clone();
    let err = without_blocking(move || io::save(&io::embedded().unwrap(), &path).unwrap_err());
    assert!(
        matches!(
            err,
            SaveError::NotAFile {
                kind: FileKind::Pipe,
                ..
            }
        ),
        "{err}"
    );
    assert!(err.to_string().ends_with("pipe.ron"), "{err}");
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());

    let socket = dir.path().join("socket.ron");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    let err = io::write_atomic(&socket, b"x").unwrap_err();
    assert!(
        matches!(
            err,
            SaveError::NotAFile {
                kind: FileKind::Socket,
                ..
            }
        ),
        "{err}"
    );
    assert!(std::fs::metadata(&socket).unwrap().file_type().is_socket());

    // A device that never ends is refused before it is read.
    let err = io::load(Path::new("/dev/zero")).unwrap_err();
    assert!(
        matches!(
            err,
            LoadError::NotAFile {
                kind: FileKind::Device,
                ..
            }
        ),
        "{err}"
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(leftovers.len(), 2, "no temporary file left behind");
}

#[cfg(unix)]
#[test]
fn a_read_only_report_is_not_replaced_and_a_read_only_backup_blocks_nothing() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.ron");
    std::fs::write(&path, "old content").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    assert!(io::is_read_only(&path));
    // Refused even as root, who could write it.
    let err = io::save(&io::embedded().unwrap(), &path).unwrap_err();
    assert!(matches!(err, SaveError::ReadOnly { .. }), "{err}");
    assert!(
        err.to_string().starts_with("the file is read-only"),
        "{err}"
    );
    assert!(err.message(Lang::Vi).starts_with("tệp chỉ đọc"), "{err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "old content");
    assert!(!io::backup_path(&path).exists());

    // A writable report whose old backup is read-only: saved, the backup replaced.
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    assert!(!io::is_read_only(&path));
    let backup = io::backup_path(&path);
    std::fs::write(&backup, "older").unwrap();
    std::fs::set_permissions(&backup, std::fs::Permissions::from_mode(0o444)).unwrap();
    io::save(&io::embedded().unwrap(), &path).unwrap();
    assert_eq!(std::fs::read_to_string(&backup).unwrap(), "old content");
    io::save(&io::embedded().unwrap(), &path).unwrap();
    assert!(io::load(&backup).is_ok());
}

#[test]
fn a_save_cleans_the_temporaries_a_killed_save_left() {
    let dir = tempfile::tempdir().unwrap();
    let stale = dir.path().join(".chitieu-Ab12Cd.tmp");
    let fresh = dir.path().join(".chitieu-Ef34Gh.tmp");
    std::fs::write(&stale, "half a report").unwrap();
    std::fs::write(&fresh, "a save under way in another window").unwrap();
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(std::time::SystemTime::now() - std::time::Duration::from_secs(3600))
        .unwrap();
    io::save(&io::embedded().unwrap(), &dir.path().join("r.ron")).unwrap();
    assert!(!stale.exists());
    assert!(fresh.exists());
}

#[test]
fn errors_name_the_users_path_and_the_reason_never_the_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("gone").join("r.ron");
    let err = io::save(&io::embedded().unwrap(), &missing).unwrap_err();
    let message = err.to_string();
    assert_eq!(
        message,
        format!(
            "cannot save: the folder does not exist: {}",
            missing.display()
        )
    );
    let vi = err.message(Lang::Vi);
    assert_eq!(
        vi,
        format!(
            "không lưu được: thư mục không tồn tại: {}",
            missing.display()
        )
    );
    let err = io::load(&missing).unwrap_err();
    assert!(
        err.message(Lang::Vi)
            .starts_with("không đọc được tệp: tệp không tồn tại: "),
        "{err}"
    );
    assert_eq!(err.message(Lang::En), err.to_string());
}

#[test]
fn every_number_must_be_finite_whatever_the_way_in() {
    let mut report = io::embedded().unwrap();
    assert!(io::validate(&report).is_ok());
    let id = IndicatorId("rice_spring_area".into());
    let ind = report.indicator_mut(&id).unwrap();
    ind.set_value(Field::Target, Some(1.0));
    ind.original.insert(Field::Target, Some(f64::NAN));
    report.indicators[0].yoy_change = Some(f64::NEG_INFINITY);
    let invalid = io::validate(&report).unwrap_err();
    assert_eq!(invalid.problems.len(), 2, "{invalid}");
    let text = invalid.to_string();
    assert!(
        text.contains("rice_spring_area: original.Target is NaN, not a usable number"),
        "{text}"
    );
    assert!(text.contains("yoy_change is -inf"), "{text}");
    // What the app saves, it can open: such a report is never written to be refused.
    let cycle = io::load(&data("bad/parent_cycle.ron"));
    assert!(cycle.is_err());
}

#[test]
fn ten_thousand_duplicate_ids_are_refused_each_at_its_own_line() {
    let minimal = std::fs::read_to_string(data("minimal.ron")).unwrap();
    let start = minimal
        .find("        (\n            id: \"revenue\"")
        .unwrap();
    let end = minimal.find("    ],\n)").unwrap();
    let one = &minimal[start..end];
    let text = format!(
        "{}{}{}",
        &minimal[..start],
        one.repeat(10_001),
        &minimal[end..]
    );
    let started = std::time::Instant::now();
    let err = io::from_str(&text, Path::new("dups.ron")).unwrap_err();
    eprintln!("10 000 duplicates refused in {:?}", started.elapsed());
    let LoadError::Structure { problems, .. } = &err else {
        panic!("{err}")
    };
    assert_eq!(problems.len(), 10_000, "every problem kept");
    let (first, second) = (problems[0].0.unwrap(), problems[1].0.unwrap());
    assert_ne!(first, second, "each duplicate at its own line");
    assert_eq!(second - first, one.lines().count());
    let message = err.to_string();
    assert_eq!(
        message.matches("this id is used more than once").count(),
        io::SHOWN_PROBLEMS
    );
    assert!(message.contains("; and 9980 more: dups.ron"), "{message}");
    assert!(err.message(Lang::Vi).contains("và 9980 lỗi khác"));
}

#[test]
fn a_refused_write_says_the_folder_is_read_only() {
    // Root writes anywhere, so the error is made here as the system gives it.
    let err = SaveError::Write {
        path: PathBuf::from("/srv/share/r.ron"),
        source: std::io::Error::from_raw_os_error(13),
    };
    assert_eq!(
        err.to_string(),
        "cannot save: the folder is read-only, or you may not write in it: /srv/share/r.ron"
    );
    assert_eq!(
        err.message(Lang::Vi),
        "không lưu được: thư mục chỉ đọc, hoặc bạn không có quyền ghi vào đó: /srv/share/r.ron"
    );
}

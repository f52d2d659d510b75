//! Loading and saving: round trips, atomic saves and a corpus of broken files.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "tests fail loudly"
)]

use std::path::{Path, PathBuf};

use chitieu::io::{self, LoadError};
use chitieu::model::{Field, IndicatorId, TaskStatus};

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

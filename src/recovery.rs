//! The recovery file: unsaved edits written to the app's data folder a few seconds
//! after each change, so that after a crash or a kill the next start can offer them
//! back. Written atomically, like every file chitieu writes; removed once the edits are
//! saved or deliberately discarded.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::io::{self, LoadError, SaveError};
use crate::model::Report;

/// The recovery file's name in the data folder.
pub const FILE_NAME: &str = "recovery.ron";

/// What is kept: the report with its unsaved edits, where it came from, and when.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recovery {
    /// When the recovery file was written (UTC).
    pub written_at: String,
    /// The file the report was opened from or last saved to; `None` for the embedded one.
    #[serde(default)]
    pub path: Option<PathBuf>,
    /// The report, with its edits and their revision marks (shared with the app, which
    /// writes it on a thread of its own).
    pub report: Arc<Report>,
}

/// The recovery file in `dir`.
pub fn file(dir: &Path) -> PathBuf {
    dir.join(FILE_NAME)
}

/// Writes `recovery` into `dir` (creating it), atomically.
pub fn write(dir: &Path, recovery: &Recovery) -> Result<(), SaveError> {
    std::fs::create_dir_all(dir).map_err(|source| SaveError::Write {
        path: dir.to_owned(),
        source,
    })?;
    let config = ron::ser::PrettyConfig::new()
        .indentor(" ")
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    let text = ron::Options::default()
        .to_string_pretty(recovery, config)
        .map_err(|e| SaveError::Serialize(e.to_string()))?;
    io::write_atomic(&file(dir), text.as_bytes())
}

/// The recovery file in `dir`: `None` when there is none.
pub fn read(dir: &Path) -> Option<Result<Recovery, LoadError>> {
    let path = file(dir);
    if !path.is_file() {
        return None;
    }
    Some(read_file(&path))
}

fn read_file(path: &Path) -> Result<Recovery, LoadError> {
    let text = std::fs::read_to_string(path).map_err(|source| LoadError::Read {
        path: path.to_owned(),
        source,
    })?;
    let recovery: Recovery = io::ron_options()
        .from_str(&text)
        .map_err(|e| LoadError::Syntax {
            path: path.to_owned(),
            line: e.span.start.line,
            column: e.span.start.col,
            message: e.code.to_string(),
        })?;
    Ok(recovery)
}

/// Removes the recovery file in `dir`, if any. A file that cannot be removed is left;
/// at worst the next start offers edits that were already saved.
pub fn clear(dir: &Path) {
    let _ = std::fs::remove_file(file(dir));
}

/// Moves an unreadable recovery file aside (`recovery.ron.broken`) rather than delete
/// what may be someone's work.
pub fn set_aside(dir: &Path) {
    let _ = std::fs::rename(file(dir), dir.join(format!("{FILE_NAME}.broken")));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_read_clear() {
        let dir = tempfile::tempdir().unwrap();
        assert!(read(dir.path()).is_none());
        let mut report = io::embedded().unwrap();
        report.indicators[0].set_value(crate::model::Field::Target, Some(9.0));
        let recovery = Recovery {
            written_at: "2024-07-15 08:30 UTC".into(),
            path: Some(PathBuf::from("/tmp/r.ron")),
            report: Arc::new(report),
        };
        write(&dir.path().join("sub"), &recovery).unwrap();
        assert_eq!(read(&dir.path().join("sub")).unwrap().unwrap(), recovery);
        clear(&dir.path().join("sub"));
        assert!(read(&dir.path().join("sub")).is_none());
    }

    #[test]
    fn a_broken_recovery_file_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(file(dir.path()), "(written_at: ").unwrap();
        assert!(read(dir.path()).unwrap().is_err());
        set_aside(dir.path());
        assert!(read(dir.path()).is_none());
        assert!(dir.path().join("recovery.ron.broken").exists());
    }
}

//! Loading and saving reports as RON files.
//!
//! Loading never panics, whatever the bytes: every failure is a [`LoadError`] that says
//! what is wrong, where (line and column) and in which file. Saving is atomic: the
//! report is written to a temporary file in the same folder, flushed to disk, then
//! renamed over the target, so a failure never leaves a half-written file behind.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::checks::{self, Finding};
use crate::model::{Report, SCHEMA_VERSION};

/// The embedded default report: Hải Dương, first half of 2024.
pub const EMBEDDED_RON: &str = include_str!("../../assets/hai-duong-2024-h1.ron");

/// The name shown for the embedded report where a file name would be.
pub const EMBEDDED_NAME: &str = "hai-duong-2024-h1.ron (embedded)";

/// The largest report file read: a report of a million indicators is about 600 MB,
/// anything larger is not a report (and would not fit an office PC's memory).
pub const MAX_FILE_BYTES: u64 = 1 << 30;

/// The deepest nesting a report file may have; a report needs about 6.
pub const MAX_NESTING: usize = 64;

/// Why a report could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("cannot read the file: {source}: {path}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The reason.
        #[source]
        source: std::io::Error,
    },
    /// The file is far larger than any report.
    #[error("the file is {} MB, more than any report (at most {} MB): {path}", bytes / 1_000_000, MAX_FILE_BYTES / 1_000_000)]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        bytes: u64,
    },
    /// The path is a folder.
    #[error("this is a folder, not a report file: {path}")]
    IsADirectory {
        /// The path.
        path: PathBuf,
    },
    /// The bytes are not UTF-8 text.
    #[error("line {line}, column {column}: {}: {path}", if *truncated {
        "the file ends in the middle of a character (is it truncated?)"
    } else {
        "the file is not UTF-8 text (is it a report file?)"
    })]
    NotText {
        /// The file.
        path: PathBuf,
        /// Line of the first bad byte, from 1.
        line: usize,
        /// Column of the first bad byte, from 1.
        column: usize,
        /// True when the only bad bytes are an unfinished character at the very end.
        truncated: bool,
    },
    /// The text is not a valid report.
    #[error("line {line}, column {column}: {message}: {path}")]
    Syntax {
        /// The file.
        path: PathBuf,
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// Written by a newer chitieu.
    #[error(
        "the report was written by a newer chitieu (schema version {found}; this version reads up to {SCHEMA_VERSION}): update chitieu to open it: {path}"
    )]
    TooNew {
        /// The file.
        path: PathBuf,
        /// The file's schema version.
        found: u32,
    },
    /// The figures parse, but the structure is broken (duplicate ids, references to
    /// nothing, cycles).
    #[error("{}: {path}", describe(problems))]
    Structure {
        /// The file.
        path: PathBuf,
        /// Each problem, with the line it was found on, if known.
        problems: Vec<(Option<usize>, Finding)>,
    },
}

impl LoadError {
    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            Self::Read { path, .. }
            | Self::TooLarge { path, .. }
            | Self::IsADirectory { path }
            | Self::NotText { path, .. }
            | Self::Syntax { path, .. }
            | Self::TooNew { path, .. }
            | Self::Structure { path, .. } => path,
        }
    }
}

fn describe(problems: &[(Option<usize>, Finding)]) -> String {
    let parts: Vec<String> = problems
        .iter()
        .map(|(line, f)| match line {
            Some(line) => format!("line {line}: {}", f.line()),
            None => f.line(),
        })
        .collect();
    format!("the report's structure is broken: {}", parts.join("; "))
}

/// Why a report could not be saved.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The report could not be turned into RON (should not happen).
    #[error("cannot write the report as RON: {0}")]
    Serialize(String),
    /// The previous version could not be kept as a backup, so nothing was saved.
    #[error("cannot keep a backup of the previous version, so nothing was saved: {source}: {path}")]
    Backup {
        /// The backup file.
        path: PathBuf,
        /// The reason.
        #[source]
        source: std::io::Error,
    },
    /// The file could not be written; the previous file, if any, is untouched.
    #[error("cannot save: {source}: {path}")]
    Write {
        /// The file.
        path: PathBuf,
        /// The reason.
        #[source]
        source: std::io::Error,
    },
}

/// Loads the report at `path`.
pub fn load(path: &Path) -> Result<Report, LoadError> {
    if path.is_dir() {
        return Err(LoadError::IsADirectory {
            path: path.to_owned(),
        });
    }
    if let Ok(meta) = std::fs::metadata(path)
        && meta.len() > MAX_FILE_BYTES
    {
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            bytes: meta.len(),
        });
    }
    let bytes = std::fs::read(path).map_err(|source| LoadError::Read {
        path: path.to_owned(),
        source,
    })?;
    from_bytes(&bytes, path)
}

/// Parses a report from `bytes`; `path` names where they came from, for messages.
pub fn from_bytes(bytes: &[u8], path: &Path) -> Result<Report, LoadError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let valid = bytes.get(..e.valid_up_to()).unwrap_or_default();
        let (line, column) = position_after(valid);
        LoadError::NotText {
            path: path.to_owned(),
            line,
            column,
            truncated: e.error_len().is_none(),
        }
    })?;
    from_str(text, path)
}

/// Parses a report from RON text; `path` names where it came from, for messages.
pub fn from_str(text: &str, path: &Path) -> Result<Report, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let options = ron_options();

    if text.trim().is_empty() {
        return Err(LoadError::Syntax {
            path: path.to_owned(),
            line: 1,
            column: 1,
            message: "the file is empty".to_owned(),
        });
    }
    let too_new = |found: u32| LoadError::TooNew {
        path: path.to_owned(),
        found,
    };

    // One parse of the whole text, on this thread; the app runs it behind its progress
    // window. What that costs on a large report, and why it is not split over threads:
    // BENCHMARKS.md, "Load".
    let report: Report = match options.from_str(text) {
        Ok(report) => report,
        Err(e) => {
            // A newer file may not parse as this version's report: if it says it is
            // newer, that is the error to show. (Read only on failure: it parses the
            // whole file a second time.)
            #[derive(Deserialize)]
            struct Version {
                schema_version: u32,
            }
            if let Ok(Version { schema_version }) = options.from_str::<Version>(text)
                && schema_version > SCHEMA_VERSION
            {
                return Err(too_new(schema_version));
            }
            let at_end =
                position_after(text.trim_end().as_bytes()) <= (e.span.end.line, e.span.end.col);
            let message = syntax_message(&e.code);
            return Err(LoadError::Syntax {
                path: path.to_owned(),
                line: e.span.start.line,
                column: e.span.start.col,
                message: if at_end && !matches!(e.code, ron::Error::Eof) {
                    format!("the file ends too early (is it truncated?): {message}")
                } else {
                    message
                },
            });
        }
    };
    if report.schema_version > SCHEMA_VERSION {
        return Err(too_new(report.schema_version));
    }

    let problems = checks::structure(&report);
    if !problems.is_empty() {
        let problems = problems
            .into_iter()
            .map(|f| (line_of(text, &f), f))
            .collect();
        return Err(LoadError::Structure {
            path: path.to_owned(),
            problems,
        });
    }
    Ok(report)
}

/// The embedded default report.
///
/// # Errors
/// Only if the embedded file is broken, which the tests rule out.
pub fn embedded() -> Result<Report, LoadError> {
    from_str(EMBEDDED_RON, Path::new(EMBEDDED_NAME))
}

pub(crate) fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(MAX_NESTING)
}

/// A RON error in words a person can act on.
fn syntax_message(code: &ron::Error) -> String {
    match code {
        ron::Error::ExceededRecursionLimit => {
            format!("the file is nested more than {MAX_NESTING} levels deep, which no report is")
        }
        ron::Error::Eof => "the file ends too early (is it truncated?)".to_owned(),
        ron::Error::ExpectedFloat | ron::Error::ExpectedInteger => {
            "expected a number here".to_owned()
        }
        ron::Error::ExpectedStringEnd => {
            "this text has no closing quote (is the file truncated?)".to_owned()
        }
        other => other.to_string(),
    }
}

/// Line and column (from 1) just after `bytes`.
fn position_after(bytes: &[u8]) -> (usize, usize) {
    let line = 1 + bytes.iter().filter(|b| **b == b'\n').count();
    let line_start = bytes.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
    let column = 1 + String::from_utf8_lossy(bytes.get(line_start..).unwrap_or_default())
        .chars()
        .count();
    (line, column)
}

/// The line of the last `id: "<subject>"` in `text`, for pointing at a structural problem.
fn line_of(text: &str, finding: &Finding) -> Option<usize> {
    let id = match &finding.subject {
        checks::Subject::Indicator(id) => id.0.as_str(),
        checks::Subject::Section(id) => id.0.as_str(),
        checks::Subject::Task(id) => id.as_str(),
    };
    let needle = format!("\"{id}\"");
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.contains("id:") && l.contains(&needle))
        .map(|(i, _)| i + 1)
        .last()
}

/// The report as RON text, in the layout chitieu writes.
pub fn to_string(report: &Report) -> Result<String, SaveError> {
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ")
        .struct_names(false)
        .separate_tuple_members(false)
        .compact_arrays(false)
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    let mut text = ron::Options::default()
        .to_string_pretty(report, config)
        .map_err(|e| SaveError::Serialize(e.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// Saves `report` to `path`, atomically.
///
/// The file it replaces is kept beside it as a backup, `<name>.bak` (see
/// [`backup_path`]); if that copy cannot be made, nothing is saved.
pub fn save(report: &Report, path: &Path) -> Result<(), SaveError> {
    let text = to_string(report)?;
    if path.is_file() {
        let backup = backup_path(path);
        std::fs::copy(path, &backup).map_err(|source| SaveError::Backup {
            path: backup,
            source,
        })?;
    }
    write_atomic(path, text.as_bytes())
}

/// Where [`save`] keeps the previous version of `path`: `report.ron` → `report.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, flushed to
/// disk, then renamed over `path`. On failure `path` is as it was.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let err = |source| SaveError::Write {
        path: path.to_owned(),
        source,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".chitieu-").suffix(".tmp");
    // A temporary file is private (0600), which a report shared in an office folder
    // must not become: a new file is created as any program creates one (0666 less the
    // umask), a replaced file keeps its own permissions.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(dir).map_err(err)?;
    if let Ok(existing) = std::fs::metadata(path) {
        tmp.as_file()
            .set_permissions(existing.permissions())
            .map_err(err)?;
    }
    tmp.write_all(bytes).map_err(err)?;
    tmp.as_file().sync_all().map_err(err)?;
    tmp.persist(path).map_err(|e| err(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters() {
        assert_eq!(position_after(b""), (1, 1));
        assert_eq!(position_after(b"ab\ncd"), (2, 3));
        assert_eq!(position_after("ổ\nđx".as_bytes()), (2, 3));
    }
}

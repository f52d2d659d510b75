//! Loading and saving reports as RON files.
//!
//! Loading never panics, whatever the bytes: every failure is a [`LoadError`] that says
//! what is wrong, where (line and column) and in which file. Saving is atomic: the
//! report is written to a temporary file in the same folder, flushed to disk, then
//! renamed over the target, so a failure never leaves a half-written file behind.

mod bounded;
mod cleaning;
mod fingerprint;
mod identity;
pub(crate) mod validate;
mod write;

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::Deserialize;

use crate::model::text::{Shape, clean_report};
use crate::model::{Lang, Report, SCHEMA_VERSION};

pub use bounded::{Bounded, BoundedError, read_bounded};
pub use cleaning::{Cleaning, cleaned_message};
pub use fingerprint::{Fingerprint, OnDisk, on_disk, stable_hash};
pub use identity::{FileId, same_file};
pub use validate::{Invalid, Problem, SHOWN_PROBLEMS, validate};
pub use write::{canonical, is_read_only};

/// The embedded default report: Hải Dương, first half of 2024.
pub const EMBEDDED_RON: &str = include_str!("../../../../assets/hai-duong-2024-h1.ron");

/// The name shown for the embedded report where a file name would be.
pub const EMBEDDED_NAME: &str = "hai-duong-2024-h1.ron (embedded)";

/// The largest report file read: a report of a million indicators is about 600 MB,
/// anything larger is not a report (and would not fit an office PC's memory). At most
/// this many bytes and one more are ever read, whatever the file says its size is.
pub const MAX_FILE_BYTES: u64 = 1 << 30;

/// The deepest nesting a report file may have; a report needs about 6.
pub const MAX_NESTING: usize = 64;

/// What a path is when it is not a regular file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// A folder.
    Folder,
    /// A named pipe (FIFO): reading it waits for a writer, possibly for ever.
    Pipe,
    /// A socket.
    Socket,
    /// A device (`/dev/zero`, a disk): it may never end, and is no report.
    Device,
    /// Anything else that is not a regular file.
    Other,
}

impl FileKind {
    /// Every kind, for the tests that read the whole catalogue.
    pub const ALL: &'static [FileKind] = &[
        Self::Folder,
        Self::Pipe,
        Self::Socket,
        Self::Device,
        Self::Other,
    ];

    /// The kind in words, with its article, in `lang` (the catalogue's area `io`).
    pub fn words(self, lang: Lang) -> &'static str {
        crate::i18n::Text::tr(self, lang)
    }
}

/// Why a report could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("{}", self.message(Lang::En))]
    Read {
        /// The file.
        path: PathBuf,
        /// The reason.
        #[source]
        source: std::io::Error,
    },
    /// The file says it is far larger than any report.
    #[error("{}", self.message(Lang::En))]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        bytes: u64,
    },
    /// The file went on past the limit while read, whatever size it said it had (a
    /// file still growing, or a special file passing as a regular one).
    #[error("{}", self.message(Lang::En))]
    Unending {
        /// The file.
        path: PathBuf,
        /// How many bytes were read before giving up.
        limit: u64,
    },
    /// The path is a folder.
    #[error("{}", self.message(Lang::En))]
    IsADirectory {
        /// The path.
        path: PathBuf,
    },
    /// The path is a device, a named pipe or a socket: refused before opening it (a
    /// pipe would wait for ever, a device may never end).
    #[error("{}", self.message(Lang::En))]
    NotAFile {
        /// The path.
        path: PathBuf,
        /// What it is.
        kind: FileKind,
    },
    /// The bytes are not UTF-8 text.
    #[error("{}", self.message(Lang::En))]
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
    #[error("{}", self.message(Lang::En))]
    Syntax {
        /// The file.
        path: PathBuf,
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
        /// What is wrong.
        problem: Syntax,
        /// The problem is at the file's very end: the file may have been cut short.
        ends_early: bool,
    },
    /// Written by a newer chitieu.
    #[error("{}", self.message(Lang::En))]
    TooNew {
        /// The file.
        path: PathBuf,
        /// The file's schema version.
        found: u32,
    },
    /// The figures parse, but the report cannot be used ([`validate`]): duplicate ids,
    /// references to nothing, cycles, numbers that are not finite. The text lists the
    /// first [`SHOWN_PROBLEMS`]; every problem is here.
    #[error("{}", self.message(Lang::En))]
    Structure {
        /// The file.
        path: PathBuf,
        /// Each problem, with the line it was found on, if known.
        problems: Vec<(Option<usize>, Problem)>,
    },
}

impl LoadError {
    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            Self::Read { path, .. }
            | Self::TooLarge { path, .. }
            | Self::Unending { path, .. }
            | Self::IsADirectory { path }
            | Self::NotAFile { path, .. }
            | Self::NotText { path, .. }
            | Self::Syntax { path, .. }
            | Self::TooNew { path, .. }
            | Self::Structure { path, .. } => path,
        }
    }

    /// The error in words, in `lang`: what is wrong, where, what to do, and the file
    /// last (the catalogue's area `io`). In English it is the error's `Display`.
    pub fn message(&self, lang: Lang) -> String {
        crate::i18n::Message::tr(self, lang)
    }
}

/// Why a report could not be saved. In every case the file that was to be replaced is
/// as it was.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The report could not be turned into RON (should not happen).
    #[error("{}", self.message(Lang::En))]
    Serialize(String),
    /// The previous version could not be kept as a backup, so nothing was saved.
    #[error("{}", self.message(Lang::En))]
    Backup {
        /// The backup file.
        path: PathBuf,
        /// The reason.
        #[source]
        source: std::io::Error,
    },
    /// The file could not be written; the previous file, if any, is untouched.
    #[error("{}", self.message(Lang::En))]
    Write {
        /// The file.
        path: PathBuf,
        /// The reason.
        #[source]
        source: std::io::Error,
    },
    /// The file is read-only (none of its write permissions is set): it is not
    /// replaced, whoever runs chitieu. Save under another name instead.
    #[error("{}", self.message(Lang::En))]
    ReadOnly {
        /// The file.
        path: PathBuf,
    },
    /// The path is a folder, a device, a named pipe or a socket: it is never replaced
    /// by a file.
    #[error("{}", self.message(Lang::En))]
    NotAFile {
        /// The path.
        path: PathBuf,
        /// What it is.
        kind: FileKind,
    },
    /// The file changed on disk since it was read or saved ([`save_if_unchanged`]):
    /// saving would overwrite that change. Overwrite, save under another name, or reload.
    #[error("{}", self.message(Lang::En))]
    Changed {
        /// The file.
        path: PathBuf,
    },
    /// The file is a chitieu report, and what was to be written (an export, a fill-in
    /// sheet) is not that report: it would be lost. Choose another file.
    #[error("{}", self.message(Lang::En))]
    IsAReport {
        /// The file.
        path: PathBuf,
    },
}

impl SaveError {
    /// The error in words, in `lang`: what is wrong, why, what to do, and the file
    /// last (the catalogue's area `io`). In English it is the error's `Display`.
    pub fn message(&self, lang: Lang) -> String {
        crate::i18n::Message::tr(self, lang)
    }
}

/// A report read from a file, with what is needed to save it back safely.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The report.
    pub report: Report,
    /// The file's absolute, canonical path ([`canonical`]): the one to keep.
    pub path: PathBuf,
    /// The file as read: compare it before saving ([`save_if_unchanged`], [`on_disk`]).
    pub fingerprint: Fingerprint,
    /// Whether the file is read-only ([`is_read_only`]): say so, offer save as.
    pub read_only: bool,
    /// The texts cleaned while reading ([`parse`]): show them ([`cleaned_message`]);
    /// the report differs from its file until saved.
    pub cleaned: Vec<Cleaning>,
}

/// Loads the report at `path`.
pub fn load(path: &Path) -> Result<Report, LoadError> {
    load_file(path).map(|loaded| loaded.report)
}

/// Loads the report at `path`, with its canonical path, its fingerprint and whether it
/// is read-only. A folder, device, pipe or socket is refused before it is opened; at
/// most [`MAX_FILE_BYTES`] and one more byte are read; the report is [`validate`]d.
pub fn load_file(path: &Path) -> Result<Loaded, LoadError> {
    let (bytes, modified) = read_report_bytes(path)?;
    let (report, cleaned) = parse(text_of(&bytes, path)?, path)?;
    Ok(Loaded {
        report,
        path: canonical(path),
        fingerprint: Fingerprint::of_bytes(&bytes, modified),
        read_only: is_read_only(path),
        cleaned,
    })
}

/// The bytes of the file at `path` and when it was modified, refusing what is not a
/// regular file before opening it, and reading at most [`MAX_FILE_BYTES`] + 1 bytes
/// ([`read_bounded`]).
pub(crate) fn read_report_bytes(path: &Path) -> Result<(Vec<u8>, Option<SystemTime>), LoadError> {
    let read = read_bounded(path, MAX_FILE_BYTES).map_err(|e| load_error(e, path))?;
    Ok((read.bytes, read.modified))
}

/// A bounded read's failure, as a report's load says it.
fn load_error(e: BoundedError, path: &Path) -> LoadError {
    let path = path.to_owned();
    match e {
        BoundedError::Read(source) => LoadError::Read { path, source },
        BoundedError::NotAFile(FileKind::Folder) => LoadError::IsADirectory { path },
        BoundedError::NotAFile(kind) => LoadError::NotAFile { path, kind },
        BoundedError::TooLarge { bytes, .. } => LoadError::TooLarge { path, bytes },
        BoundedError::Unending { limit } => LoadError::Unending { path, limit },
    }
}

/// Parses a report from `bytes`; `path` names where they came from, for messages.
/// Its texts are cleaned as [`parse`] does, without a word: use [`load_file`] or
/// [`parse`] to say what was cleaned.
pub fn from_bytes(bytes: &[u8], path: &Path) -> Result<Report, LoadError> {
    from_str(text_of(bytes, path)?, path)
}

/// `bytes` as UTF-8 text, or where they are not.
fn text_of<'a>(bytes: &'a [u8], path: &Path) -> Result<&'a str, LoadError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = bytes.get(..e.valid_up_to()).unwrap_or_default();
        let (line, column) = position_after(valid);
        LoadError::NotText {
            path: path.to_owned(),
            line,
            column,
            truncated: e.error_len().is_none(),
        }
    })
}

/// Parses a report from RON text; `path` names where it came from, for messages. Its
/// texts are cleaned as [`parse`] does, without a word: use [`parse`] to say what was
/// cleaned.
pub fn from_str(text: &str, path: &Path) -> Result<Report, LoadError> {
    parse(text, path).map(|(report, _)| report)
}

/// Parses a report from RON text, `path` naming where it came from for messages, and
/// cleans its texts ([`clean_report`]: control characters, noncharacters and direction
/// controls removed, line breaks of names made spaces), saying what it cleaned where.
/// Such a text is cleaned rather than refused: the file still opens, and the user sees
/// what changed before saving; a refusal would leave an invisible character to find
/// with a text editor. The clean report is then [`validate`]d.
pub fn parse(text: &str, path: &Path) -> Result<(Report, Vec<Cleaning>), LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let options = ron_options();

    if text.trim().is_empty() {
        return Err(LoadError::Syntax {
            path: path.to_owned(),
            line: 1,
            column: 1,
            problem: Syntax::Empty,
            ends_early: false,
        });
    }
    let too_new = |found: u32| LoadError::TooNew {
        path: path.to_owned(),
        found,
    };

    // One parse of the whole text, on this thread; the app runs it behind its progress
    // window. What that costs on a large report, and why it is not split over threads:
    // BENCHMARKS.md, "Load".
    let mut report: Report = match options.from_str(text) {
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
            return Err(LoadError::Syntax {
                path: path.to_owned(),
                line: e.span.start.line,
                column: e.span.start.col,
                ends_early: at_end && !matches!(e.code, ron::Error::Eof),
                problem: Syntax::of(&e.code),
            });
        }
    };
    if report.schema_version > SCHEMA_VERSION {
        return Err(too_new(report.schema_version));
    }

    let fixes = clean_report(&mut report, Shape::Lines);
    validate(&report).map_err(|invalid| invalid.at(Some(text), path))?;
    // Last year's figure, derived once where the report gives only actual and growth.
    report.settle_priors();
    Ok((report, cleaning::with_lines(text, fixes)))
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

/// What is wrong with a report's text, where it does not parse.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Syntax {
    /// The file holds nothing but blanks.
    Empty,
    /// Nested deeper than [`MAX_NESTING`] levels.
    TooDeep,
    /// The file ends in the middle of the report.
    EndsEarly,
    /// A number was expected.
    ExpectedNumber,
    /// A text has no closing quote.
    NoClosingQuote,
    /// Anything else, in the RON parser's own (English) words.
    Parser(String),
}

impl Syntax {
    /// The problem a RON parse error names.
    pub fn of(code: &ron::Error) -> Self {
        match code {
            ron::Error::ExceededRecursionLimit => Self::TooDeep,
            ron::Error::Eof => Self::EndsEarly,
            ron::Error::ExpectedFloat | ron::Error::ExpectedInteger => Self::ExpectedNumber,
            ron::Error::ExpectedStringEnd => Self::NoClosingQuote,
            other => Self::Parser(other.to_string()),
        }
    }
}

/// Line and column (from 1) just after `bytes`.
pub(crate) fn position_after(bytes: &[u8]) -> (usize, usize) {
    let line = 1 + bytes.iter().filter(|b| **b == b'\n').count();
    let line_start = bytes.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
    let column = 1 + String::from_utf8_lossy(bytes.get(line_start..).unwrap_or_default())
        .chars()
        .count();
    (line, column)
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

/// Saves `report` to `path`, atomically, and returns the fingerprint of the file
/// written (keep it, to tell an outside change before the next save).
///
/// The file it replaces is kept beside it as a backup, `<name>.bak` (see
/// [`backup_path`]), written atomically too; if that copy cannot be made, nothing is
/// saved. A symbolic link is followed: its target is replaced, and backed up beside
/// itself. A read-only file, a folder, a device, a pipe or a socket is refused.
pub fn save(report: &Report, path: &Path) -> Result<Fingerprint, SaveError> {
    let text = to_string(report)?;
    let target = write::target_of(path)?;
    save_to(text.as_bytes(), path, &target)
}

/// Saves `report` to `path` as [`save`] does, unless the file there is no longer the
/// one `known` describes (another program or window changed it since it was read or
/// saved): then nothing is written and the error is [`SaveError::Changed`], for the app
/// to ask whether to overwrite (then [`save`]), save under another name, or reload. A
/// file gone from disk is written again.
pub fn save_if_unchanged(
    report: &Report,
    path: &Path,
    known: &Fingerprint,
) -> Result<Fingerprint, SaveError> {
    let text = to_string(report)?;
    let target = write::target_of(path)?;
    match on_disk(&target, known) {
        Ok(OnDisk::Same | OnDisk::Missing) => save_to(text.as_bytes(), path, &target),
        Ok(OnDisk::Changed) => Err(SaveError::Changed {
            path: path.to_owned(),
        }),
        Err(e) => Err(SaveError::Write {
            path: path.to_owned(),
            source: match e {
                LoadError::Read { source, .. } => source,
                other => std::io::Error::other(other.to_string()),
            },
        }),
    }
}

/// Writes `bytes` over `target` (the resolved `path`), keeping a backup of what was there.
fn save_to(bytes: &[u8], path: &Path, target: &Path) -> Result<Fingerprint, SaveError> {
    if target.is_file() {
        write::keep_backup(target)?;
    }
    write::write_resolved(path, target, bytes)?;
    let modified = std::fs::metadata(target)
        .ok()
        .and_then(|m| m.modified().ok());
    Ok(Fingerprint::of_bytes(bytes, modified))
}

/// Where [`save`] keeps the previous version of `path`: `report.ron` → `report.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, flushed to
/// disk, then renamed over `path`. On failure `path` is as it was. A symbolic link is
/// followed (its target replaced, the link kept); a read-only file, a folder, a device,
/// a pipe or a socket is refused. Errors name `path`, never the temporary file.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write::write_atomic(path, bytes)
}

/// Writes an export or a fill-in sheet (`bytes`, not a report) to `path` as
/// [`write_atomic`] does, refusing to write over a chitieu report
/// ([`SaveError::IsAReport`]): a file dialog's "Replace?" or a mistyped `--out` must
/// never turn a report into a workbook.
pub fn write_not_over_report(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    refuse_report(path)?;
    write::write_atomic(path, bytes)
}

/// [`SaveError::IsAReport`] when the file at `path` (after links) holds a chitieu
/// report ([`is_report_file`]).
pub fn refuse_report(path: &Path) -> Result<(), SaveError> {
    if is_report_file(path) {
        return Err(SaveError::IsAReport {
            path: path.to_owned(),
        });
    }
    Ok(())
}

/// Whether the file at `path` (after links) is a chitieu report: a regular file whose
/// text begins as every report does, with the RON extensions line or the opening
/// parenthesis, then `schema_version` as the first field (comments and blank lines
/// allowed between). Only the first 4 KB are read. A file that cannot be read is not
/// taken for a report (writing to it will say why it cannot be written).
pub fn is_report_file(path: &Path) -> bool {
    use std::io::Read as _;
    let Ok(meta) = std::fs::metadata(path) else {
        return false;
    };
    if !meta.is_file() {
        return false;
    }
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let mut head = Vec::with_capacity(4096);
    if file.take(4096).read_to_end(&mut head).is_err() {
        return false;
    }
    looks_like_report(&head)
}

/// Whether `head`, the first bytes of a file, begin as a chitieu report does.
pub(crate) fn looks_like_report(head: &[u8]) -> bool {
    let text = String::from_utf8_lossy(head);
    let mut rest = text.trim_start_matches('\u{feff}');
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.split_once('\n').map_or("", |(_, r)| r);
        } else if let Some(after) = rest.strip_prefix("#![") {
            rest = after.split_once(']').map_or("", |(_, r)| r);
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, r)| r);
        } else {
            break;
        }
    }
    // `Report(` when written with struct names.
    let rest = rest.strip_prefix("Report").unwrap_or(rest).trim_start();
    rest.strip_prefix('(')
        .is_some_and(|body| body.trim_start().starts_with("schema_version"))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly")]

    use super::*;

    /// A reader that never ends, as `/dev/zero` does.
    struct Endless;

    impl std::io::Read for Endless {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            buf.fill(b' ');
            Ok(buf.len())
        }
    }

    #[test]
    fn an_endless_reader_is_refused_after_the_limit() {
        let err = bounded::read_limited(Endless, 1 << 20, 0).unwrap_err();
        let err = load_error(err, Path::new("endless"));
        assert!(
            matches!(err, LoadError::Unending { limit, .. } if limit == 1 << 20),
            "{err}"
        );
        assert!(
            err.to_string()
                .starts_with("the file does not end within 1 MB")
        );
        // A reader that ends at the limit is read whole.
        let bytes = bounded::read_limited(&[b'x'; 100][..], 100, 1000).unwrap();
        assert_eq!(bytes.len(), 100);
    }

    #[test]
    fn positions_count_lines_and_characters() {
        assert_eq!(position_after(b""), (1, 1));
        assert_eq!(position_after(b"ab\ncd"), (2, 3));
        assert_eq!(position_after("ổ\nđx".as_bytes()), (2, 3));
    }
}

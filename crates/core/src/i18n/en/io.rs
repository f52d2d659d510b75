//! The words of reading and saving a report, in English.

use crate::format::Notation;
use crate::i18n::io::{Cleaned, Problems};
use crate::io::{
    Cleaning, FileKind, LoadError, MAX_FILE_BYTES, MAX_NESTING, Problem, SHOWN_PROBLEMS, SaveError,
    Syntax, validate,
};
use crate::model::{Lang, SCHEMA_VERSION};

/// A path that is not a regular file, in English.
pub(crate) fn file_kind(k: FileKind) -> &'static str {
    match k {
        FileKind::Folder => "a folder",
        FileKind::Pipe => "a named pipe (FIFO)",
        FileKind::Socket => "a socket",
        FileKind::Device => "a device",
        FileKind::Other => "not a regular file",
    }
}

/// Why a report could not be loaded, in English.
pub(crate) fn load_error(e: &LoadError) -> String {
    let path = e.path().display();
    let mb = |b: u64| b / 1_000_000;
    let at = |line: usize, column: usize| format!("line {line}, column {column}");
    match e {
        LoadError::Read { source, .. } => {
            format!("cannot read the file: {}: {path}", read_reason(source))
        }
        LoadError::TooLarge { bytes, .. } => format!(
            "the file is {} MB, more than any report (at most {} MB): {path}",
            mb(*bytes),
            mb(MAX_FILE_BYTES)
        ),
        LoadError::Unending { limit, .. } => format!(
            "the file does not end within {} MB (more than any report); choose a report file: {path}",
            mb(*limit)
        ),
        LoadError::IsADirectory { .. } => {
            format!("this is a folder, not a report file: {path}")
        }
        LoadError::NotAFile { kind, .. } => format!(
            "this is {}, not a report file; choose a report file: {path}",
            kind.words(Lang::En)
        ),
        LoadError::NotText {
            line,
            column,
            truncated,
            ..
        } => format!(
            "{}: {}: {path}",
            at(*line, *column),
            if *truncated {
                "the file ends in the middle of a character (is it truncated?)"
            } else {
                "the file is not UTF-8 text (is it a report file?)"
            }
        ),
        LoadError::Syntax {
            line,
            column,
            problem,
            ends_early,
            ..
        } => {
            let early = if *ends_early {
                "the file ends too early (is it truncated?): "
            } else {
                ""
            };
            format!("{}: {early}{}: {path}", at(*line, *column), syntax(problem))
        }
        LoadError::TooNew { found, .. } => format!(
            "the report was written by a newer chitieu (schema version {found}; this version reads up to {SCHEMA_VERSION}): update chitieu to open it: {path}"
        ),
        LoadError::Structure { problems, .. } => {
            format!("{}: {path}", validate::describe(problems, Lang::En))
        }
    }
}

/// An error reading a file, in English.
pub(crate) fn read_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => "the file does not exist".to_owned(),
        K::PermissionDenied => "you may not read this file".to_owned(),
        _ => e.to_string(),
    }
}

/// An error writing a file, in English: the real reason, never the temporary file's name.
pub(crate) fn write_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let words = match e.kind() {
        K::PermissionDenied => "the folder is read-only, or you may not write in it",
        K::ReadOnlyFilesystem => "the disk is read-only",
        K::StorageFull => "the disk is full",
        K::QuotaExceeded => "your disk quota is used up",
        K::NotFound => "the folder does not exist",
        K::IsADirectory => "a folder of that name is in the way",
        _ => return e.to_string(),
    };
    words.to_owned()
}

/// Why a report could not be saved, in English.
pub(crate) fn save_error(e: &SaveError) -> String {
    match e {
        SaveError::Serialize(why) => format!("cannot write the report as RON: {why}"),
        SaveError::Backup { path, source } => format!(
            "cannot keep a backup of the previous version, so nothing was saved: {}: {}",
            write_reason(source),
            path.display()
        ),
        SaveError::Write { path, source } => {
            format!("cannot save: {}: {}", write_reason(source), path.display())
        }
        SaveError::ReadOnly { path } => format!(
            "the file is read-only, so it was not replaced; save under another name: {}",
            path.display()
        ),
        SaveError::NotAFile { path, kind } => format!(
            "this is {}, not a file to write to; choose a file: {}",
            kind.words(Lang::En),
            path.display()
        ),
        SaveError::Changed { path } => format!(
            "the file was changed by another program since it was opened or saved; saving would overwrite that change: {}",
            path.display()
        ),
        SaveError::IsAReport { path } => format!(
            "this file is a chitieu report, which writing over it would lose, so nothing was written; choose another file name: {}",
            path.display()
        ),
    }
}

/// A problem that makes a report unusable, in English.
pub(crate) fn problem(p: &Problem) -> String {
    match p {
        Problem::Structure(f) => f.line_in(Lang::En, Notation::English),
        Problem::NotFinite {
            indicator,
            what,
            value,
        } => format!("error {indicator}: {what} is {value}, not a usable number"),
    }
}

/// The problems that make a report unusable, in English: the first [`SHOWN_PROBLEMS`]
/// with their lines, and how many more.
pub(crate) fn problems(list: &Problems<'_>) -> String {
    let problems = list.0;
    let mut parts: Vec<String> = problems
        .iter()
        .take(SHOWN_PROBLEMS)
        .map(|(line, p)| match line {
            Some(line) => format!("line {line}: {}", problem(p)),
            None => problem(p),
        })
        .collect();
    if problems.len() > SHOWN_PROBLEMS {
        parts.push(format!("and {} more", problems.len() - SHOWN_PROBLEMS));
    }
    let head = if problems.iter().any(|(_, p)| p.is_structural()) {
        "the report's structure is broken"
    } else {
        "the report holds numbers that cannot be used"
    };
    format!("{head}: {}", parts.join("; "))
}

/// A text cleaned when the report was read, with its line, in English.
pub(crate) fn cleaning(c: &Cleaning) -> String {
    match c.line {
        Some(line) => format!("line {line}: {}", c.fix.message(Lang::En)),
        None => c.fix.message(Lang::En),
    }
}

/// What loading cleaned out of a report's texts, in English: how many, the first
/// [`SHOWN_PROBLEMS`] with their lines, what to do, and the file last.
pub(crate) fn cleaned(c: &Cleaned<'_>) -> String {
    let mut parts: Vec<String> = c
        .cleanings
        .iter()
        .take(SHOWN_PROBLEMS)
        .map(cleaning)
        .collect();
    if c.cleanings.len() > SHOWN_PROBLEMS {
        parts.push(format!("and {} more", c.cleanings.len() - SHOWN_PROBLEMS));
    }
    format!(
        "Cleaned {} texts holding characters that Word and Excel files cannot hold, or that turn the text's direction: {}; check them, then save to keep the clean text: {}",
        c.cleanings.len(),
        parts.join("; "),
        c.path.display()
    )
}

/// What is wrong with a report's text, in English.
pub(crate) fn syntax(s: &Syntax) -> String {
    match s {
        Syntax::Empty => "the file is empty".to_owned(),
        Syntax::TooDeep => {
            format!("the file is nested more than {MAX_NESTING} levels deep, which no report is")
        }
        Syntax::EndsEarly => "the file ends too early (is it truncated?)".to_owned(),
        Syntax::ExpectedNumber => "expected a number here".to_owned(),
        Syntax::NoClosingQuote => {
            "this text has no closing quote (is the file truncated?)".to_owned()
        }
        Syntax::Parser(words) => words.clone(),
    }
}

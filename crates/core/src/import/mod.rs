//! Bringing figures in from a department's sheet: chitieu's own exports (XLSX and CSV,
//! edited in Excel or LibreOffice), a fill-in sheet made by [`template`], any sheet
//! whose header row names its columns the way those do, and any other sheet read with
//! a [`Mapping`] the user gives ([`mapping`]).
//!
//! Reading never changes the report. It gives a [`Preview`] — the dry run: every
//! change (indicator, figure, old → new), every row that matches no indicator or two,
//! an indicator given twice with different figures, a unit that differs from the
//! indicator's, every cell that is not a number or not a figure of its kind, with its
//! sheet and cell (`Sở Tài chính!D14`), and the rows that change nothing. The changes
//! the user chooses become one [`Edit::Batch`] ([`Preview::apply`]) that the session
//! applies as one undoable step; each is recorded as a revision.
//!
//! Rows are matched to indicators by id, by code
//! ([`Indicator::code`](crate::model::Indicator::code)) or by name, ignoring case and
//! Vietnamese marks, through an index built once (a sheet of 10 000 rows is matched in
//! linear time). Numbers are read as Excel numbers or as text in either notation
//! (`14.283,5`, `14,283.5`, `14283.5`); a text that reads both ways (`1.234`) is read
//! in the user's notation in a workbook, and in the CSV's own (its separator tells) in
//! a CSV file. An empty cell gives no figure: it never clears one. A cell formatted as
//! a percent gives the percent it shows (0.105 is 10,5), and each figure is checked by
//! [`entry`](crate::entry)'s one rule, as typing it would be. Nothing is left out
//! without a word: a hidden sheet read (a visible one is read first), another sheet of
//! figures, a second column of a figure, a formula saved without its value; a value
//! quoted in a message is escaped and cut ([`quote()`]).

pub mod mapping;
pub mod parts;
pub mod quote;
pub mod sheet;
pub mod template;

mod header;
mod problem;
mod rows;
#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};

use crate::checks::Severity;
use crate::edit::Edit;
use crate::format::Notation;
use crate::i18n::Message as _;
use crate::model::{Field, IndicatorId, Lang, Report};

pub use header::key;
use header::{Recognised, Role, header, role};
pub(crate) use header::{code_title, fill_in_mark, period_title};
pub use problem::{Problem, ProblemKind};
use rows::preview_rows;
pub use rows::{percent_of, read_number};

pub use mapping::{Mapping, MappingError, MatchBy};
pub use quote::quote;
pub use sheet::{Row, Sheet, Value, Visibility};

/// How many rows at the top of a sheet are searched for its header row.
pub const HEADER_SEARCH_ROWS: usize = 40;

/// Why a file could not be read at all (nothing was changed).
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file could not be read.
    #[error("{}", self.message(Lang::En))]
    Read {
        /// The file.
        path: PathBuf,
        /// The reason.
        #[source]
        source: std::io::Error,
    },
    /// The path is a folder, a device or a pipe.
    #[error("{}", self.message(Lang::En))]
    NotAFile {
        /// The path.
        path: PathBuf,
    },
    /// The file is larger than any department's sheet.
    #[error("{}", self.message(Lang::En))]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// The largest file read.
        limit_bytes: u64,
    },
    /// Not an .xlsx workbook, or a damaged or encrypted one.
    #[error("{}", self.message(Lang::En))]
    NotAWorkbook {
        /// The file.
        path: PathBuf,
        /// What the reader found wrong.
        reason: Unreadable,
    },
    /// The workbook unpacks to more than any sheet of figures (a zip bomb).
    #[error("{}", self.message(Lang::En))]
    Unpacked {
        /// The file.
        path: PathBuf,
        /// The most a workbook may unpack to.
        limit_bytes: u64,
    },
    /// A spreadsheet format chitieu does not read (.xls, .ods, .xlsb).
    #[error("{}", self.message(Lang::En))]
    Unsupported {
        /// The file.
        path: PathBuf,
    },
    /// A CSV file that is not UTF-8 text.
    #[error("{}", self.message(Lang::En))]
    NotText {
        /// The file.
        path: PathBuf,
        /// The line of the first bad byte, from 1.
        line: usize,
    },
    /// A CSV file that cannot be split into fields.
    #[error("{}", self.message(Lang::En))]
    Csv {
        /// The file.
        path: PathBuf,
        /// The line, from 1.
        line: u64,
        /// What is wrong.
        reason: String,
    },
    /// A sheet goes on past the last row read.
    #[error("{}", self.message(Lang::En))]
    TooManyRows {
        /// The sheet.
        sheet: String,
        /// The last row read.
        limit: u32,
        /// The file.
        path: PathBuf,
    },
    /// No sheet has a header row that names the indicator and a figure.
    #[error("{}", self.message(Lang::En))]
    NoHeader {
        /// The file.
        path: PathBuf,
    },
}

impl ImportError {
    /// The error in words, in `lang`: what is wrong, where, what to do, the file last
    /// (the catalogue's area `import`).
    pub fn message(&self, lang: Lang) -> String {
        crate::i18n::Message::tr(self, lang)
    }
}

/// Why a workbook could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// The file is not a zip archive, as every .xlsx workbook is.
    NotAZip,
    /// What the workbook's reader says, in its own (English) words.
    Reader(String),
}

/// Choices for reading.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The user's notation: how a text number that reads both ways (`1.234`) is read
    /// in a workbook.
    pub notation: Notation,
}

/// What kind of sheet was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SheetKind {
    /// chitieu's CSV export.
    ChitieuCsv,
    /// chitieu's Excel export.
    ChitieuXlsx,
    /// A fill-in sheet made by [`template`].
    FillIn,
    /// Another sheet whose header row names its columns as those do.
    Other,
    /// Any sheet, read with the columns the user mapped ([`Mapping`]).
    Mapped,
}

/// A figure of the report that the file changes.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// The indicator.
    pub id: IndicatorId,
    /// Which figure.
    pub field: Field,
    /// Its value in the report now.
    pub before: Option<f64>,
    /// Its value in the file.
    pub after: f64,
    /// The cell it comes from (`D14`), on the preview's sheet.
    pub cell: String,
    /// The number as the cell stores it when the cell is formatted as a percent
    /// (0.105 for 10,5 %): the figure is the percent, [`Self::after`].
    pub percent_cell: Option<f64>,
}

impl Change {
    /// The change as `chitieu import` prints it in English: `<id> <field>: <old> ->
    /// <new>`, and where the figure was read from a percent cell, a note saying so.
    pub fn line(&self) -> String {
        self.line_in(Lang::En)
    }

    /// The change as `chitieu import` prints it, its note in `lang`.
    pub fn line_in(&self, lang: Lang) -> String {
        let line = format!(
            "{} {}: {} -> {}",
            self.id,
            self.field.key(),
            plain(self.before),
            plain(Some(self.after))
        );
        match self.note(lang) {
            Some(note) => format!("{line} ({note})"),
            None => line,
        }
    }

    /// What the dry run says of how the figure was read, if anything: from a percent
    /// cell, in `lang`.
    pub fn note(&self, lang: Lang) -> Option<String> {
        let stored = plain(self.percent_cell);
        let after = plain(Some(self.after));
        self.percent_cell.map(|_| {
            crate::i18n::ImportNote::PercentCell {
                cell: &self.cell,
                stored: &stored,
                after: &after,
            }
            .tr(lang)
        })
    }
}

/// A number as the CSV writes it, `-` for none.
pub(crate) fn plain(v: Option<f64>) -> String {
    match v {
        Some(v) if v.is_finite() => format!("{}", if v == 0.0 { 0.0 } else { v }),
        _ => "-".to_owned(),
    }
}

/// A row that matches an indicator and gives figures it already has.
#[derive(Clone, Debug, PartialEq)]
pub struct Unchanged {
    /// The indicator.
    pub id: IndicatorId,
    /// The row, as a spreadsheet numbers it (from 1).
    pub row: u32,
}

/// The dry run of an import: what it would change and what is wrong, before anything
/// changes.
#[derive(Clone, Debug, PartialEq)]
pub struct Preview {
    /// The file read.
    pub path: PathBuf,
    /// What kind of sheet it is.
    pub kind: SheetKind,
    /// The sheet the figures come from (a CSV file's name).
    pub sheet: String,
    /// The rows under the header that were read.
    pub rows_read: usize,
    /// Every figure that would change, in the order of the sheet.
    pub changes: Vec<Change>,
    /// Every problem, in the order of the sheet.
    pub problems: Vec<Problem>,
    /// The rows that match an indicator and change nothing.
    pub unchanged: Vec<Unchanged>,
}

impl Preview {
    /// The edit that makes the `chosen` changes (indices into [`Self::changes`]), as one
    /// step: an [`Edit::Batch`] of [`Edit::Value`]s, for [`crate::session::Session::apply`].
    /// An index out of range is ignored. The edit's "before" values are the report's
    /// as read: apply it to that report (read again if the report changed since).
    pub fn apply(&self, chosen: &[usize]) -> Edit {
        let mut chosen = chosen.to_vec();
        chosen.sort_unstable();
        chosen.dedup();
        Edit::Batch(
            chosen
                .into_iter()
                .filter_map(|i| self.changes.get(i))
                .map(|c| Edit::Value {
                    id: c.id.clone(),
                    field: c.field,
                    before: c.before,
                    after: Some(c.after),
                })
                .collect(),
        )
    }

    /// The edit that makes every change.
    pub fn apply_all(&self) -> Edit {
        let all: Vec<usize> = (0..self.changes.len()).collect();
        self.apply(&all)
    }

    /// True when a problem is an error.
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }

    /// The preview as `chitieu import` prints it in English: one line a change, then
    /// one a problem.
    pub fn lines(&self) -> Vec<String> {
        self.lines_in(Lang::En)
    }

    /// The preview as `chitieu import` prints it, its words in `lang`.
    pub fn lines_in(&self, lang: Lang) -> Vec<String> {
        self.changes
            .iter()
            .map(|c| c.line_in(lang))
            .chain(self.problems.iter().map(|p| p.line_in(lang)))
            .collect()
    }
}

/// Reads `path` and previews what it would change in `report`.
pub fn read_file(path: &Path, report: &Report, options: &Options) -> Result<Preview, ImportError> {
    let bytes = sheet::read_file(path)?;
    read_bytes(&bytes, path, report, options)
}

/// Previews what the file's `bytes` (read from `path`, which names it in messages and
/// tells a CSV from a workbook) would change in `report`.
pub fn read_bytes(
    bytes: &[u8],
    path: &Path,
    report: &Report,
    options: &Options,
) -> Result<Preview, ImportError> {
    let sheets = sheet::read_any(bytes, path)?;
    preview_sheets(&sheets, path, report, options)
}

/// Reads the sheets of the file at `path` (a workbook's every sheet, or a CSV file as one
/// sheet), for [`preview_sheets`] or [`mapping::read_mapped`].
pub fn read_sheets(path: &Path) -> Result<Vec<Sheet>, ImportError> {
    let bytes = sheet::read_file(path)?;
    sheet::read_any(&bytes, path)
}

/// Previews what the first of the `sheets` (read from `path`) whose header row is
/// recognised would change in `report`; [`ImportError::NoHeader`] when none is (the
/// app then asks the user for a [`Mapping`]).
///
/// A visible sheet is read before a hidden one (a hidden sheet read says so), and every
/// other sheet with a header row of figures is named as not read.
pub fn preview_sheets(
    sheets: &[Sheet],
    path: &Path,
    report: &Report,
    options: &Options,
) -> Result<Preview, ImportError> {
    let found: Vec<(&Sheet, usize, Recognised)> = sheets
        .iter()
        .filter_map(|s| header(s).map(|(at, columns)| (s, at, columns)))
        .collect();
    let chosen = found
        .iter()
        .position(|(s, _, _)| s.visibility == Visibility::Visible)
        .unwrap_or(0);
    let Some((sheet, header_at, columns)) = found.get(chosen) else {
        return Err(ImportError::NoHeader {
            path: path.to_path_buf(),
        });
    };
    let mut preview = preview_rows(sheet, header_at + 1, columns, path, report, options);
    for (other, at, _) in found.iter().filter(|(s, _, _)| s.name != sheet.name) {
        let col = other
            .rows
            .get(*at)
            .and_then(|r| r.cells.first())
            .map_or(0, |(c, _)| *c);
        let row = other.rows.get(*at).map_or(0, |r| r.index);
        preview.problems.push(Problem {
            severity: Severity::Warning,
            sheet: other.name.clone(),
            cell: sheet::cell_ref(row, col),
            kind: ProblemKind::OtherSheet {
                read: sheet.name.clone(),
            },
        });
    }
    Ok(preview)
}

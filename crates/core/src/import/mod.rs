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
//! Rows are matched to indicators by id, by code ([`Indicator::code`]) or by name,
//! ignoring case and Vietnamese marks, through an index built once (a sheet of 10 000
//! rows is matched in linear time). Numbers are read as Excel numbers or as text in
//! either notation (`14.283,5`, `14,283.5`, `14283.5`); a text that reads both ways
//! (`1.234`) is read in the user's notation in a workbook, and in the CSV's own (its
//! separator tells) in a CSV file. An empty cell gives no figure: it never clears one.
//! A cell formatted as a percent gives the percent it shows (0.105 is 10,5), and each
//! figure is checked by [`entry`]'s one rule, as typing it would be. Nothing is left
//! out without a word: a hidden sheet read (a visible one is read first), another
//! sheet of figures, a second column of a figure, a formula saved without its value;
//! a value quoted in a message is escaped and cut ([`quote`]).

pub mod mapping;
pub mod parts;
pub mod quote;
pub mod sheet;
pub mod template;

use std::collections::hash_map::Entry;
use std::path::{Path, PathBuf};

use rustc_hash::FxHashMap;

use crate::checks::Severity;
use crate::derived::fold;
use crate::edit::Edit;
use crate::entry::{self, EntryError};
use crate::format::{self, Notation, ParseNumberError};
use crate::i18n::{self, tr, trf};
use crate::model::{Field, Indicator, IndicatorId, Lang, Report};

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
        reason: String,
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
    /// The error in words, in `lang`: what is wrong, where, what to do, the file last.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::Read { path, source } => {
                let (path, source) = (path.display(), source.to_string());
                trf!(
                    lang,
                    "không đọc được tệp ({source}): kiểm tra đường dẫn và quyền đọc: {path}",
                    "cannot read the file ({source}): check the path and that it may be read: {path}"
                )
            }
            Self::NotAFile { path } => {
                let path = path.display();
                trf!(
                    lang,
                    "đây không phải một tệp: chọn một tệp .xlsx hoặc .csv: {path}",
                    "this is not a file: choose an .xlsx or .csv file: {path}"
                )
            }
            Self::TooLarge { path, limit_bytes } => {
                let (path, mb) = (path.display(), limit_bytes >> 20);
                trf!(
                    lang,
                    "tệp lớn hơn {mb} MB, quá lớn cho một bảng số liệu: chia nhỏ tệp: {path}",
                    "the file is larger than {mb} MB, too large for a sheet of figures: split it: {path}"
                )
            }
            Self::NotAWorkbook { path, reason } => {
                let path = path.display();
                trf!(
                    lang,
                    "không phải một bảng tính Excel (.xlsx) đọc được ({reason}): mở tệp trong Excel và lưu lại dạng .xlsx, hoặc xuất ra .csv: {path}",
                    "not an Excel workbook (.xlsx) that can be read ({reason}): open it in Excel and save it as .xlsx again, or export it as .csv: {path}"
                )
            }
            Self::Unpacked { path, limit_bytes } => {
                let (path, mb) = (path.display(), limit_bytes >> 20);
                trf!(
                    lang,
                    "bảng tính giải nén ra hơn {mb} MB, không thể là một bảng số liệu: tệp đã bị từ chối, không có gì thay đổi: {path}",
                    "the workbook unpacks to more than {mb} MB, which no sheet of figures does: it was refused and nothing changed: {path}"
                )
            }
            Self::Unsupported { path } => {
                let path = path.display();
                trf!(
                    lang,
                    "chitieu chỉ đọc .xlsx và .csv: mở tệp trong Excel hoặc LibreOffice và lưu dạng .xlsx: {path}",
                    "chitieu reads only .xlsx and .csv: open the file in Excel or LibreOffice and save it as .xlsx: {path}"
                )
            }
            Self::NotText { path, line } => {
                let path = path.display();
                trf!(
                    lang,
                    "tệp CSV không phải văn bản UTF-8 (dòng {line}): lưu lại dạng \"CSV UTF-8\": {path}",
                    "the CSV file is not UTF-8 text (line {line}): save it again as \"CSV UTF-8\": {path}"
                )
            }
            Self::Csv { path, line, reason } => {
                let path = path.display();
                trf!(
                    lang,
                    "tệp CSV hỏng ở dòng {line} ({reason}): sửa dòng đó hoặc xuất lại tệp: {path}",
                    "the CSV file is broken at line {line} ({reason}): fix that line or export the file again: {path}"
                )
            }
            Self::TooManyRows { sheet, limit, path } => {
                let path = path.display();
                trf!(
                    lang,
                    "trang \"{sheet}\" có dữ liệu sau dòng {limit}: xóa các dòng thừa ở cuối trang: {path}",
                    "sheet \"{sheet}\" has data past row {limit}: delete the stray rows at its end: {path}"
                )
            }
            Self::NoHeader { path } => {
                let path = path.display();
                trf!(
                    lang,
                    "không trang nào có dòng tiêu đề nêu chỉ tiêu (Mã, Mã số hoặc Chỉ tiêu) và một số liệu (Ước thực hiện, So cùng kỳ (%), Chỉ tiêu kỳ, Chỉ tiêu năm): dùng tệp xuất của chitieu hoặc phiếu nhập số liệu, hoặc gán các cột trong ứng dụng (Tệp → Nhập số liệu…): {path}",
                    "no sheet has a header row naming the indicator (Id, Code or Indicator) and a figure (Actual, Growth on a year ago (%), Period target, Annual target): use a chitieu export or a fill-in sheet, or map its columns in the app (File → Import figures…): {path}"
                )
            }
        }
    }
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
    /// The change as `chitieu import` prints it: `<id> <field>: <old> -> <new>`, and
    /// where the figure was read from a percent cell, a note saying so.
    pub fn line(&self) -> String {
        let line = format!(
            "{} {}: {} -> {}",
            self.id,
            self.field.key(),
            plain(self.before),
            plain(Some(self.after))
        );
        match self.note(Lang::En) {
            Some(note) => format!("{line} ({note})"),
            None => line,
        }
    }

    /// What the dry run says of how the figure was read, if anything: from a percent
    /// cell, in `lang`.
    pub fn note(&self, lang: Lang) -> Option<String> {
        let stored = plain(self.percent_cell);
        let after = plain(Some(self.after));
        let cell = &self.cell;
        self.percent_cell.map(|_| {
            trf!(
                lang,
                "đọc từ ô định dạng phần trăm {cell}: ô lưu {stored}, tức {after}%",
                "read from the percent cell {cell}: it stores {stored}, which is {after}%"
            )
        })
    }
}

/// A number as the CSV writes it, `-` for none.
fn plain(v: Option<f64>) -> String {
    match v {
        Some(v) if v.is_finite() => format!("{}", if v == 0.0 { 0.0 } else { v }),
        _ => "-".to_owned(),
    }
}

/// What is wrong with a row or a cell.
#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    /// A row with figures that matches no indicator.
    UnknownRow {
        /// What it was looked up by (its id, code or name).
        key: String,
        /// The indicator whose id, code or name it looks the same as, but is not: a
        /// letter of another alphabet, a character one cannot see.
        looks_like: Option<IndicatorId>,
    },
    /// A row that matches several indicators (by code or by name).
    Ambiguous {
        /// What it was looked up by.
        key: String,
        /// The indicators it matches.
        ids: Vec<IndicatorId>,
    },
    /// An indicator given twice with different figures: neither is taken.
    GivenTwice {
        /// The indicator.
        id: IndicatorId,
        /// The figure.
        field: Field,
        /// The cell that gave it first.
        first_cell: String,
        /// The figure given first.
        first: f64,
        /// The figure given here.
        second: f64,
    },
    /// The row's unit is not the indicator's: the row is not taken.
    UnitMismatch {
        /// The indicator.
        id: IndicatorId,
        /// The unit in the file.
        found: String,
        /// The indicator's unit.
        expected: String,
    },
    /// A cell that is not a number.
    NotANumber {
        /// The cell's text (or what it holds: a date, true or false).
        text: String,
        /// Why it does not read as a number, when it is text.
        error: Option<ParseNumberError>,
    },
    /// A formula whose result is an error (`#DIV/0!`).
    FormulaError {
        /// The error as the spreadsheet shows it.
        error: String,
    },
    /// A formula saved without its computed value (as some tools write them): there is
    /// no figure to read until a spreadsheet computes it.
    Uncomputed {
        /// The formula's text, without `=` (empty when it shares another cell's).
        formula: String,
    },
    /// The figures come from a hidden sheet, which is not on screen in Excel.
    HiddenSheet {
        /// Hidden or very hidden.
        visibility: Visibility,
    },
    /// Another sheet with a header row of figures, which was not read.
    OtherSheet {
        /// The sheet that was read.
        read: String,
    },
    /// A second column of a figure already given by another column: it is not read.
    SecondColumn {
        /// The figure.
        field: Field,
        /// The column read for it (its letter).
        first: String,
        /// The title of the column left out.
        title: String,
    },
    /// A number that cannot be this figure of this indicator (a negative count).
    NotAFigure {
        /// The indicator.
        id: IndicatorId,
        /// The figure.
        field: Field,
        /// The number.
        value: f64,
        /// Why not.
        error: EntryError,
    },
    /// The sheet goes on past the last row read with only empty (formatted) cells so
    /// far: reading stopped here.
    StoppedReading {
        /// The row where reading stopped, as a spreadsheet numbers it.
        row: u32,
    },
    /// A fill-in sheet made for another period than the report's.
    OtherPeriod {
        /// The period the sheet names.
        found: String,
        /// The report's period.
        expected: String,
    },
}

/// A problem found while reading, at its sheet and cell.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// How bad it is.
    pub severity: Severity,
    /// The sheet (a CSV file's name).
    pub sheet: String,
    /// The cell (`D14`).
    pub cell: String,
    /// What is wrong.
    pub kind: ProblemKind,
}

impl Problem {
    /// What is wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match &self.kind {
            ProblemKind::UnknownRow {
                key,
                looks_like: None,
            } => {
                let key = quote(lang, key);
                trf!(
                    lang,
                    "{key} không khớp chỉ tiêu nào của báo cáo: dòng bị bỏ qua",
                    "{key} matches no indicator of the report: the row is left out"
                )
            }
            ProblemKind::UnknownRow {
                key,
                looks_like: Some(id),
            } => {
                let key = quote(lang, key);
                trf!(
                    lang,
                    "{key} trông như \"{id}\" nhưng khác ở các ký tự ghi dạng \\u{{…}} (chữ của bảng chữ cái khác hoặc ký tự không nhìn thấy): gõ lại ô đó; dòng bị bỏ qua",
                    "{key} looks like \"{id}\" but differs at the characters written \\u{{…}} (a letter of another alphabet or a character one cannot see): type the cell again; the row is left out"
                )
            }
            ProblemKind::Ambiguous { key, ids } => {
                let key = quote(lang, key);
                let ids = ids
                    .iter()
                    .map(|i| i.0.as_str())
                    .collect::<Vec<_>>()
                    .join(", ");
                trf!(
                    lang,
                    "{key} khớp nhiều chỉ tiêu ({ids}): ghi mã chỉ tiêu (id) vào dòng; dòng bị bỏ qua",
                    "{key} matches several indicators ({ids}): write the indicator's id in the row; the row is left out"
                )
            }
            ProblemKind::GivenTwice {
                id,
                field,
                first_cell,
                first,
                second,
            } => {
                let (field, first, second) =
                    (field.key(), plain(Some(*first)), plain(Some(*second)));
                trf!(
                    lang,
                    "{id} {field} được ghi hai lần với số khác nhau ({first} ở {first_cell}, {second} ở đây): sửa một trong hai; không lấy số nào",
                    "{id} {field} is given twice with different figures ({first} at {first_cell}, {second} here): correct one of them; neither is taken"
                )
            }
            ProblemKind::UnitMismatch {
                id,
                found,
                expected,
            } => {
                let found = quote(lang, found);
                trf!(
                    lang,
                    "đơn vị {found} khác đơn vị của {id} (\"{expected}\"): đổi số liệu sang \"{expected}\"; dòng bị bỏ qua",
                    "the unit {found} is not {id}'s (\"{expected}\"): convert the figures to \"{expected}\"; the row is left out"
                )
            }
            ProblemKind::NotANumber { text, error } => {
                let why = error
                    .as_ref()
                    .map(|e| format!(" ({})", i18n::parse_error(lang, e)))
                    .unwrap_or_default();
                let text = quote(lang, text);
                trf!(
                    lang,
                    "{text} không phải là số{why}: ghi số, ví dụ 14.283,5 hoặc 14,283.5",
                    "{text} is not a number{why}: write a number, such as 14,283.5 or 14.283,5"
                )
            }
            ProblemKind::FormulaError { error } => {
                let error = quote::cut(lang, error);
                trf!(
                    lang,
                    "công thức cho kết quả lỗi {error}: sửa công thức hoặc ghi số",
                    "the formula gives the error {error}: correct it or write the number"
                )
            }
            ProblemKind::Uncomputed { formula } => {
                let cell = &self.cell;
                let formula = if formula.is_empty() {
                    String::new()
                } else {
                    format!(" ={}", quote::cut(lang, formula))
                };
                trf!(
                    lang,
                    "công thức{formula} ở {cell} chưa có giá trị tính sẵn: mở tệp trong Excel hoặc LibreOffice rồi lưu lại",
                    "the formula{formula} in {cell} has no computed value: open and save the file in Excel or LibreOffice"
                )
            }
            ProblemKind::HiddenSheet { visibility } => {
                let (sheet, how) = (quote(lang, &self.sheet), visibility.label(lang));
                trf!(
                    lang,
                    "số liệu lấy từ trang {sheet}, là trang {how}: trang này không hiện trong Excel; kiểm tra đúng là trang cần nhập (Excel: chuột phải vào tên trang → Unhide)",
                    "the figures come from sheet {sheet}, which is {how}: Excel does not show it; check it is the sheet meant (in Excel: right-click a sheet's tab → Unhide)"
                )
            }
            ProblemKind::OtherSheet { read } => {
                let (sheet, read) = (quote(lang, &self.sheet), quote(lang, read));
                trf!(
                    lang,
                    "trang {sheet} cũng có dòng tiêu đề số liệu nhưng không được đọc: mỗi lần nhập chỉ đọc một trang ({read}); chép các dòng sang trang đó, hoặc nhập trang này riêng trong ứng dụng (Gán cột… → chọn trang)",
                    "sheet {sheet} also has a header row of figures but was not read: an import reads one sheet ({read}); copy its rows onto that sheet, or import this one on its own in the app (Map the columns… → choose the sheet)"
                )
            }
            ProblemKind::SecondColumn {
                field,
                first,
                title,
            } => {
                let (field, title) = (i18n::field(lang, *field), quote(lang, title));
                trf!(
                    lang,
                    "cột {title} là cột \"{field}\" thứ hai (đã đọc cột {first}): cột này không được đọc; xóa hoặc đổi tên một trong hai",
                    "column {title} is a second \"{field}\" column (column {first} was read): it is not read; delete or rename one of them"
                )
            }
            ProblemKind::NotAFigure {
                id,
                field,
                value,
                error,
            } => {
                let (field, mut value, why) =
                    (field.key(), plain(Some(*value)), error.message(lang));
                if *error == EntryError::PercentOfAmount {
                    value.push('%');
                }
                trf!(
                    lang,
                    "{id} {field}: {value} không dùng được: {why}",
                    "{id} {field}: {value} cannot be used: {why}"
                )
            }
            ProblemKind::StoppedReading { row } => trf!(
                lang,
                "trang có ô trống (đã định dạng) đến tận dòng {row}: chỉ đọc đến đó, phần dưới không được đọc; xóa các dòng thừa dưới số liệu",
                "the sheet has empty (formatted) cells down to row {row}: reading stopped there and nothing below was read; delete the rows below the figures"
            ),
            ProblemKind::OtherPeriod { found, expected } => {
                let found = quote::cut(lang, found);
                trf!(
                    lang,
                    "phiếu nhập cho kỳ {found}, báo cáo là kỳ {expected}: kiểm tra lại đúng phiếu",
                    "the fill-in sheet is for {found}, the report for {expected}: check that it is the right sheet"
                )
            }
        }
    }

    /// The problem as `chitieu import` prints it: `<severity> <sheet>!<cell>: <message>`.
    pub fn line(&self) -> String {
        format!(
            "{} {}!{}: {}",
            self.severity.key(),
            self.sheet,
            self.cell,
            self.message(Lang::En)
        )
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

    /// The preview as `chitieu import` prints it: one line a change, then one a problem.
    pub fn lines(&self) -> Vec<String> {
        self.changes
            .iter()
            .map(Change::line)
            .chain(self.problems.iter().map(Problem::line))
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

/// The dry run of the rows of `sheet` under its header row, from `first` in
/// `sheet.rows` on, read with `columns`.
fn preview_rows(
    sheet: &Sheet,
    first: usize,
    columns: &Recognised,
    path: &Path,
    report: &Report,
    options: &Options,
) -> Preview {
    let index = Index::new(report);
    let mut preview = Preview {
        path: path.to_path_buf(),
        kind: columns.kind,
        sheet: sheet.name.clone(),
        rows_read: 0,
        changes: Vec::new(),
        problems: Vec::new(),
        unchanged: Vec::new(),
    };
    let notation = sheet.notation.unwrap_or(options.notation);
    if let Some(row) = sheet.stopped_at {
        preview.problems.push(Problem {
            severity: Severity::Warning,
            sheet: sheet.name.clone(),
            cell: sheet::cell_ref(row, 0),
            kind: ProblemKind::StoppedReading { row: row + 1 },
        });
    }
    let header_row = first
        .checked_sub(1)
        .and_then(|at| sheet.rows.get(at))
        .map_or(0, |r| r.index);
    if sheet.visibility != Visibility::Visible {
        preview.problems.push(Problem {
            severity: Severity::Warning,
            sheet: sheet.name.clone(),
            cell: sheet::cell_ref(header_row, 0),
            kind: ProblemKind::HiddenSheet {
                visibility: sheet.visibility,
            },
        });
    }
    for (col, field, first_col) in &columns.repeated {
        let title = first
            .checked_sub(1)
            .and_then(|at| sheet.rows.get(at))
            .map(|r| r.text(*col))
            .unwrap_or_default();
        preview.problems.push(Problem {
            severity: Severity::Warning,
            sheet: sheet.name.clone(),
            cell: sheet::cell_ref(header_row, *col),
            kind: ProblemKind::SecondColumn {
                field: *field,
                first: sheet::column_letter(*first_col),
                title,
            },
        });
    }
    if columns.kind == SheetKind::FillIn {
        period_check(sheet, first, report, &mut preview);
    }
    let mut reader = RowReader {
        report,
        index: &index,
        columns,
        notation,
        sheet: &sheet.name,
        given: FxHashMap::default(),
        conflicted: Vec::new(),
    };
    for row in sheet.rows.iter().skip(first) {
        preview.rows_read += 1;
        reader.row(row, &mut preview);
    }
    // Figures given twice with different values: neither is taken.
    if !reader.conflicted.is_empty() {
        let mut conflicted = reader.conflicted;
        conflicted.sort_unstable();
        preview.changes.retain(|c| {
            index
                .ids
                .get(c.id.0.as_str())
                .is_none_or(|pos| conflicted.binary_search(&(*pos, c.field)).is_err())
        });
    }
    preview
}

/// The roles of the columns of a header row.
#[derive(Clone, Debug, Default)]
struct Columns {
    id: Option<u16>,
    code: Option<u16>,
    names: Vec<u16>,
    unit: Option<u16>,
    fields: Vec<(u16, Field)>,
    repeated: Vec<(u16, Field, u16)>,
}

/// The recognised columns, with the sheet's kind.
#[derive(Clone, Debug)]
struct Recognised {
    kind: SheetKind,
    id: Option<u16>,
    code: Option<u16>,
    names: Vec<u16>,
    unit: Option<u16>,
    fields: Vec<(u16, Field)>,
    /// The columns of a figure already given by an earlier column (that column, the
    /// figure, the earlier column): not read, and said so.
    repeated: Vec<(u16, Field, u16)>,
}

/// What a column title means.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Role {
    Id,
    Code,
    Name,
    Unit,
    Figure(Field),
    /// A title only chitieu's Excel export has (its prior-period column).
    ExportMark,
}

/// A text as compared: lower case, without Vietnamese marks, blanks collapsed, and
/// without the control characters and direction marks a sheet's cell can carry
/// ([`crate::model::text::clean`]), which the report's own names never hold.
pub fn key(text: &str) -> String {
    let text = crate::model::text::clean(text, crate::model::text::Shape::Line).text;
    fold(&text).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The title of the fill-in sheet's first cell, in both languages: it tells a fill-in
/// sheet from other sheets.
pub(crate) fn fill_in_mark(lang: Lang) -> &'static str {
    tr(lang, "Phiếu nhập số liệu", "Fill-in sheet")
}

/// The title of the fill-in sheet's code column.
pub(crate) fn code_title(lang: Lang) -> &'static str {
    tr(lang, "Mã số", "Code")
}

/// The title of the fill-in sheet's period label.
pub(crate) fn period_title(lang: Lang) -> &'static str {
    tr(lang, "Kỳ báo cáo", "Period")
}

fn role(title: &str) -> Option<Role> {
    let k = key(title);
    let k = k.as_str();
    for lang in [Lang::Vi, Lang::En] {
        // Last year's figure as chitieu's exports title it marks an export, whose
        // column (rounded, derived where the report gave only a growth) is not read
        // back; a mapping brings last year's figures in.
        if k == key(i18n::prior_period(lang)) {
            return Some(Role::ExportMark);
        }
        for field in Field::ALL {
            if k == key(i18n::field(lang, field)) || k == key(i18n::field_in_full(lang, field)) {
                return Some(Role::Figure(field));
            }
        }
        if k == key(code_title(lang)) {
            return Some(Role::Code);
        }
    }
    if let Some(field) = Field::ALL
        .into_iter()
        .filter(|f| *f != Field::Prior)
        .find(|f| f.key() == k)
    {
        return Some(Role::Figure(field));
    }
    match k {
        "id" | "ma" | "ma chi tieu" => Some(Role::Id),
        "code" | "ma so chi tieu" => Some(Role::Code),
        "chi tieu" | "indicator" | "name" | "name_vi" | "name_en" | "ten chi tieu" => {
            Some(Role::Name)
        }
        "unit" | "don vi" | "don vi tinh" | "dvt" => Some(Role::Unit),
        "uoc dat" | "thuc hien" | "uoc thuc hien" => Some(Role::Figure(Field::Actual)),
        _ => None,
    }
}

/// The header row of `sheet` (its position in `sheet.rows`) and its columns: the first
/// of the top rows that names the indicator (id, code or name) and a figure.
fn header(sheet: &Sheet) -> Option<(usize, Recognised)> {
    let fill_in = sheet.rows.iter().take(HEADER_SEARCH_ROWS).any(|r| {
        let first = key(&r.text(r.cells.first().map_or(0, |(c, _)| *c)));
        [Lang::Vi, Lang::En]
            .iter()
            .any(|l| first.starts_with(&key(fill_in_mark(*l))))
    });
    for (at, row) in sheet.rows.iter().enumerate().take(HEADER_SEARCH_ROWS) {
        let mut c = Columns::default();
        let mut export_mark = false;
        for (col, value) in &row.cells {
            let Value::Text(title) = value else { continue };
            match role(title) {
                Some(Role::Id) => {
                    c.id.get_or_insert(*col);
                }
                Some(Role::Code) => {
                    c.code.get_or_insert(*col);
                }
                Some(Role::Name) => c.names.push(*col),
                Some(Role::Unit) => {
                    c.unit.get_or_insert(*col);
                }
                Some(Role::Figure(f)) => match c.fields.iter().find(|(_, g)| *g == f) {
                    Some((first, _)) => c.repeated.push((*col, f, *first)),
                    None => c.fields.push((*col, f)),
                },
                Some(Role::ExportMark) => export_mark = true,
                None => {}
            }
        }
        let names_indicator = c.id.is_some() || c.code.is_some() || !c.names.is_empty();
        if !names_indicator || c.fields.is_empty() {
            continue;
        }
        let is_csv = sheet.notation.is_some();
        let csv_header = row.text(0) == "id" && row.text(1) == "section" && row.text(2) == "parent";
        let kind = if is_csv && csv_header {
            SheetKind::ChitieuCsv
        } else if fill_in {
            SheetKind::FillIn
        } else if export_mark && !is_csv {
            SheetKind::ChitieuXlsx
        } else {
            SheetKind::Other
        };
        return Some((
            at,
            Recognised {
                kind,
                id: c.id,
                code: c.code,
                names: c.names,
                unit: c.unit,
                fields: c.fields,
                repeated: c.repeated,
            },
        ));
    }
    None
}

/// A fill-in sheet names its period above the figures (which start at `first` in
/// `sheet.rows`): a warning when it is not the report's.
fn period_check(sheet: &Sheet, first: usize, report: &Report, preview: &mut Preview) {
    let titles = [key(period_title(Lang::Vi)), key(period_title(Lang::En))];
    for row in sheet.rows.iter().take(first) {
        let Some((col, _)) = row.cells.first() else {
            continue;
        };
        if !titles.contains(&key(&row.text(*col))) {
            continue;
        }
        let Some((value_col, _)) = row.cells.get(1) else {
            continue;
        };
        let found = row.text(*value_col);
        let expected = report.period.to_string();
        if found != expected {
            preview.problems.push(Problem {
                severity: Severity::Warning,
                sheet: sheet.name.clone(),
                cell: sheet::cell_ref(row.index, *value_col),
                kind: ProblemKind::OtherPeriod { found, expected },
            });
        }
    }
}

/// The indicators by id, by code and by name (both languages, compared as [`key`]):
/// built once, so matching a sheet is linear in its rows.
struct Index<'a> {
    ids: FxHashMap<&'a str, usize>,
    codes: FxHashMap<String, Vec<usize>>,
    names: FxHashMap<String, Vec<usize>>,
}

impl<'a> Index<'a> {
    fn new(report: &'a Report) -> Self {
        let mut ids = FxHashMap::default();
        let mut codes: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        let mut names: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        let add = |map: &mut FxHashMap<String, Vec<usize>>, k: String, i: usize| {
            if k.is_empty() {
                return;
            }
            let list = map.entry(k).or_default();
            if list.last() != Some(&i) {
                list.push(i);
            }
        };
        for (i, ind) in report.indicators.iter().enumerate() {
            ids.insert(ind.id.0.as_str(), i);
            add(&mut codes, key(&ind.code), i);
            add(&mut names, key(&ind.name.vi), i);
            add(&mut names, key(&ind.name.en), i);
        }
        Self { ids, codes, names }
    }
}

/// What a row's key cells match.
enum Match {
    One(usize),
    None(String),
    Several(String, Vec<usize>),
}

/// Reads the rows under the header, one at a time.
struct RowReader<'a> {
    report: &'a Report,
    index: &'a Index<'a>,
    columns: &'a Recognised,
    notation: Notation,
    sheet: &'a str,
    /// Each figure given so far: its value and cell.
    given: FxHashMap<(usize, Field), (f64, String)>,
    /// The figures given twice with different values.
    conflicted: Vec<(usize, Field)>,
}

/// Text of a CSV export, without the apostrophe that keeps a spreadsheet from reading
/// it as a formula.
fn unneutralised(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => text,
    }
}

impl RowReader<'_> {
    fn problem(&self, preview: &mut Preview, severity: Severity, cell: String, kind: ProblemKind) {
        preview.problems.push(Problem {
            severity,
            sheet: self.sheet.to_owned(),
            cell,
            kind,
        });
    }

    /// The indicator the row is about: by id, else by code, else by name.
    fn find(&self, row: &Row) -> Match {
        let cols = self.columns;
        let mut shown = String::new();
        if let Some(col) = cols.id {
            let id = row.text(col);
            let id = unneutralised(&id);
            if let Some(i) = self.index.ids.get(id) {
                return Match::One(*i);
            }
            if !id.is_empty() {
                shown = id.to_owned();
            }
        }
        if let Some(col) = cols.code {
            let code = row.text(col);
            match self.index.codes.get(&key(&code)).map(Vec::as_slice) {
                Some([i]) => return Match::One(*i),
                Some(several @ [_, _, ..]) => return Match::Several(code, several.to_vec()),
                _ => {}
            }
            if shown.is_empty() {
                shown = code;
            }
        }
        for col in &cols.names {
            let name = row.text(*col);
            let name = unneutralised(&name);
            match self.index.names.get(&key(name)).map(Vec::as_slice) {
                Some([i]) => return Match::One(*i),
                Some(several @ [_, _, ..]) => {
                    return Match::Several(name.to_owned(), several.to_vec());
                }
                _ => {}
            }
            if shown.is_empty() {
                shown = name.to_owned();
            }
        }
        Match::None(shown)
    }

    /// The indicator whose id, code or name `key` looks the same as without being it
    /// (a Cyrillic `о`, a zero-width space), if one.
    fn looks_like(&self, key: &str) -> Option<IndicatorId> {
        let seen = quote::look_alike(key)?;
        let at = match self.index.ids.get(seen.as_str()) {
            Some(at) => *at,
            None => {
                let k = self::key(&seen);
                match (self.index.codes.get(&k), self.index.names.get(&k)) {
                    (Some(list), _) | (None, Some(list)) => *list.first()?,
                    (None, None) => return None,
                }
            }
        };
        self.report.indicators.get(at).map(|i| i.id.clone())
    }

    /// The cell naming the row's indicator, for problems about the whole row.
    fn key_cell(&self, row: &Row) -> String {
        let cols = self.columns;
        let col = [cols.id, cols.code, cols.names.first().copied()]
            .into_iter()
            .flatten()
            .find(|c| row.get(*c).is_some())
            .or(cols.id)
            .or(cols.code)
            .or(cols.names.first().copied())
            .unwrap_or(0);
        sheet::cell_ref(row.index, col)
    }

    fn row(&mut self, row: &Row, preview: &mut Preview) {
        // A row without any figure (a section heading, a note) is not about figures.
        if !self
            .columns
            .fields
            .iter()
            .any(|(c, _)| row.get(*c).is_some())
        {
            return;
        }
        let at = match self.find(row) {
            Match::One(at) => at,
            Match::None(key) => {
                let cell = self.key_cell(row);
                let looks_like = self.looks_like(&key);
                self.problem(
                    preview,
                    Severity::Warning,
                    cell,
                    ProblemKind::UnknownRow { key, looks_like },
                );
                return;
            }
            Match::Several(key, several) => {
                let ids = several
                    .iter()
                    .filter_map(|i| self.report.indicators.get(*i))
                    .map(|i| i.id.clone())
                    .collect();
                let cell = self.key_cell(row);
                self.problem(
                    preview,
                    Severity::Warning,
                    cell,
                    ProblemKind::Ambiguous { key, ids },
                );
                return;
            }
        };
        let Some(ind) = self.report.indicators.get(at) else {
            return;
        };
        if let Some(col) = self.columns.unit {
            let found = row.text(col);
            if !found.is_empty() && !same_unit(&found, ind) {
                self.problem(
                    preview,
                    Severity::Warning,
                    sheet::cell_ref(row.index, col),
                    ProblemKind::UnitMismatch {
                        id: ind.id.clone(),
                        found,
                        expected: ind.unit.vi.clone(),
                    },
                );
                return;
            }
        }
        let mut changed = false;
        let mut troubled = false;
        for (col, field) in &self.columns.fields {
            let Some(value) = row.get(*col) else { continue };
            let cell = sheet::cell_ref(row.index, *col);
            let (number, percent) = match self.number(value) {
                Ok(n) => n,
                Err(kind) => {
                    self.problem(preview, Severity::Error, cell, kind);
                    troubled = true;
                    continue;
                }
            };
            // A percent (typed `12%`, or a cell formatted as one) for an amount or a
            // count is refused as typing it in the table is.
            if percent != Percent::No
                && let Err(error) = entry::check_as(ind.measure, *field, number, true)
            {
                let kind = ProblemKind::NotAFigure {
                    id: ind.id.clone(),
                    field: *field,
                    value: number,
                    error,
                };
                self.problem(preview, Severity::Error, cell, kind);
                troubled = true;
                continue;
            }
            match self.given.entry((at, *field)) {
                Entry::Occupied(first) => {
                    let (first_value, first_cell) = first.get();
                    if !same(*first_value, number) {
                        let kind = ProblemKind::GivenTwice {
                            id: ind.id.clone(),
                            field: *field,
                            first_cell: first_cell.clone(),
                            first: *first_value,
                            second: number,
                        };
                        self.conflicted.push((at, *field));
                        self.problem(preview, Severity::Error, cell, kind);
                        troubled = true;
                    }
                    continue;
                }
                Entry::Vacant(v) => {
                    v.insert((number, cell.clone()));
                }
            }
            let before = ind.value(*field);
            if before.is_some_and(|b| same(b, number)) {
                continue;
            }
            // A growth that follows the actual and last year's figure comes back from an
            // export unrounded (the workbook's formula): within the rounding of the one
            // shown, it is the same.
            let follows = entry::editable(ind, *field).is_err();
            if follows
                && let Some(b) = before
                && (b - number).abs()
                    <= ind
                        .yoy_growth_pct
                        .map_or(0.0, |p| ind.growth_rounding(p))
                        .max(0.005 + 1e-9)
            {
                continue;
            }
            // Checked only when it changes: a report may already hold a figure that
            // would not be accepted typed in, and giving it back is no problem. A growth
            // that follows the actual and last year's figure is not set over them.
            if let Err(error) = entry::editable(ind, *field)
                .and_then(|()| entry::check(ind.measure, *field, number))
            {
                let kind = ProblemKind::NotAFigure {
                    id: ind.id.clone(),
                    field: *field,
                    value: number,
                    error,
                };
                self.problem(preview, Severity::Error, cell, kind);
                troubled = true;
                continue;
            }
            changed = true;
            preview.changes.push(Change {
                id: ind.id.clone(),
                field: *field,
                before,
                after: number,
                cell,
                percent_cell: match percent {
                    Percent::Cell(stored) => Some(stored),
                    Percent::No | Percent::Typed => None,
                },
            });
        }
        if !changed && !troubled {
            preview.unchanged.push(Unchanged {
                id: ind.id.clone(),
                row: row.index + 1,
            });
        }
    }

    /// A cell's number: Excel's own (the percent of a cell formatted as one), or text
    /// in either notation (the sheet's first when it reads both ways), with a trailing
    /// `%` allowed; and whether it was a percent.
    fn number(&self, value: &Value) -> Result<(f64, Percent), ProblemKind> {
        match value {
            Value::Number(n) if n.is_finite() => Ok((*n, Percent::No)),
            Value::Percent(n) if n.is_finite() => Ok((percent_of(*n), Percent::Cell(*n))),
            Value::Number(n) | Value::Percent(n) => Err(ProblemKind::NotANumber {
                text: format!("{n}"),
                error: None,
            }),
            Value::Text(text) => {
                let percent = if text.trim_end().ends_with('%') {
                    Percent::Typed
                } else {
                    Percent::No
                };
                read_number(text, self.notation)
                    .map(|n| (n, percent))
                    .map_err(|error| ProblemKind::NotANumber {
                        text: text.clone(),
                        error: Some(error),
                    })
            }
            Value::Uncomputed(formula) => Err(ProblemKind::Uncomputed {
                formula: formula.clone(),
            }),
            Value::Bool(b) => Err(ProblemKind::NotANumber {
                text: b.to_string().to_uppercase(),
                error: None,
            }),
            Value::Date => Err(ProblemKind::NotANumber {
                text: "(date)".to_owned(),
                error: None,
            }),
            Value::Error(error) => Err(ProblemKind::FormulaError {
                error: error.clone(),
            }),
        }
    }
}

/// How a figure was given as a percent.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Percent {
    /// Not a percent.
    No,
    /// Text ending in `%`.
    Typed,
    /// A cell formatted as a percent, storing this number (0.105 for 10,5 %).
    Cell(f64),
}

/// The percent a cell formatted as one shows for the number it stores: 0.105 → 10.5,
/// exactly as written (the decimal point moved, not a product that could end in
/// …0000002).
pub fn percent_of(stored: f64) -> f64 {
    let scientific = format!("{stored:e}");
    let Some((mantissa, exponent)) = scientific.split_once('e') else {
        return stored * 100.0;
    };
    exponent
        .parse::<i32>()
        .ok()
        .and_then(|e| format!("{mantissa}e{}", e + 2).parse().ok())
        .unwrap_or(stored * 100.0)
}

/// Reads a number written as text in either notation: in `preferred` first, so that a
/// text that reads both ways (`1.234`) takes that meaning. A trailing `%` is allowed.
pub fn read_number(text: &str, preferred: Notation) -> Result<f64, ParseNumberError> {
    let trimmed = text.trim();
    let trimmed = trimmed.strip_suffix('%').unwrap_or(trimmed);
    let other = match preferred {
        Notation::Vietnamese => Notation::English,
        Notation::English => Notation::Vietnamese,
    };
    format::parse(trimmed, preferred)
        .or_else(|first| format::parse(trimmed, other).map_err(|_| first))
}

fn same(a: f64, b: f64) -> bool {
    a.to_bits() == b.to_bits() || a == b
}

/// True when a unit as written in a sheet is the indicator's, in either language.
fn same_unit(found: &str, ind: &Indicator) -> bool {
    let found = key(found);
    found == key(&ind.unit.vi) || (!ind.unit.en.is_empty() && found == key(&ind.unit.en))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_in_either_notation_preferring_one() {
        let vi = Notation::Vietnamese;
        let en = Notation::English;
        assert_eq!(read_number("14.283,5", en), Ok(14_283.5));
        assert_eq!(read_number("14,283.5", vi), Ok(14_283.5));
        assert_eq!(read_number("14283.5", vi), Ok(14_283.5));
        assert_eq!(read_number("1.234", vi), Ok(1234.0));
        assert_eq!(read_number("1.234", en), Ok(1.234));
        assert_eq!(read_number(" 5,2% ", vi), Ok(5.2));
        assert!(matches!(
            read_number("abc", vi),
            Err(ParseNumberError::InvalidCharacter { found: 'a', .. })
        ));
    }

    #[test]
    fn a_percent_cell_is_read_as_the_percent_it_shows() {
        assert_eq!(percent_of(0.105), 10.5);
        assert_eq!(percent_of(0.0822), 8.22);
        assert_eq!(percent_of(-0.031), -3.1);
        assert_eq!(percent_of(1.5), 150.0);
        assert_eq!(percent_of(0.0), 0.0);
        assert_eq!(percent_of(1.234_567_89e-5), 0.001_234_567_89);
    }

    #[test]
    fn a_name_with_direction_marks_or_controls_matches_its_clean_name() {
        assert_eq!(
            key("Tổng\u{200E} thu\u{202E} NSNN\u{1}"),
            key("Tổng thu NSNN")
        );
        assert_eq!(
            key("Khách du lịch\r\nnội địa"),
            key("Khách du lịch nội địa")
        );
    }

    #[test]
    fn titles_of_both_languages_are_recognised() {
        assert_eq!(role("Mã"), Some(Role::Id));
        assert_eq!(role(" id "), Some(Role::Id));
        assert_eq!(role("ƯỚC THỰC HIỆN"), Some(Role::Figure(Field::Actual)));
        assert_eq!(
            role("Growth on a year ago (%)"),
            Some(Role::Figure(Field::YoyGrowthPct))
        );
        assert_eq!(
            role("annual_target"),
            Some(Role::Figure(Field::AnnualTarget))
        );
        assert_eq!(role("Chỉ tiêu kỳ"), Some(Role::Figure(Field::Target)));
        assert_eq!(role("Chỉ tiêu"), Some(Role::Name));
        assert_eq!(role("Đơn vị tính"), Some(Role::Unit));
        assert_eq!(role("Mã số"), Some(Role::Code));
        assert_eq!(role("Ghi chú"), None);
    }
}

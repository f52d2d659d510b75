//! Reading a file into sheets of cells: an Excel workbook (.xlsx, through calamine) or a
//! CSV file (either separator style). Every read is bounded: the file's size, what a
//! workbook unpacks to (a zip bomb), and the rows of a sheet. A workbook's sheets keep
//! whether they are hidden, its percent-formatted numbers are told from the others and
//! its formulas saved without a value are kept as such ([`parts`]).

use std::io::{Cursor, Read as _};
use std::path::{Path, PathBuf};

use calamine::{DataRef, Reader as _, SheetVisible, Xlsx};

use super::parts;
use super::{ImportError, Unreadable};
use crate::format::Notation;
use crate::i18n::{ImportText, Text as _};
use crate::model::Lang;

/// The largest file read: a department's workbook of 10 000 rows is about 1 MB.
pub const MAX_FILE_BYTES: u64 = 100 << 20;

/// The most a workbook may unpack to, all its parts together: a sheet of 100 000 rows
/// is about 50 MB of XML. A zip bomb stops here.
pub const MAX_UNPACKED_BYTES: u64 = 256 << 20;

/// The last row read (1-based, as a spreadsheet numbers it): a sheet going further is
/// refused rather than read for minutes.
pub const MAX_ROWS: u32 = 200_000;

/// The columns kept (A to IV): an indicator's row needs a dozen.
pub const MAX_COLUMNS: u16 = 256;

/// The value of one cell that is not empty.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A number (Excel's own, or a whole number).
    Number(f64),
    /// A number in a cell formatted as a percent, as Excel stores it: 10,5 % is 0.105.
    Percent(f64),
    /// A formula saved without its computed value: its text (without `=`, cut to
    /// [`parts::FORMULA_CHARS`] characters; empty when it shares another cell's).
    Uncomputed(String),
    /// Text, as typed.
    Text(String),
    /// True or false.
    Bool(bool),
    /// A date or a time.
    Date,
    /// A formula's error (`#DIV/0!`, `#REF!`).
    Error(String),
}

/// One row of a sheet: its non-empty cells, by column.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Row {
    /// The row's index, from 0 (row 1 in a spreadsheet is 0).
    pub index: u32,
    /// The non-empty cells, by column index from 0, in column order.
    pub cells: Vec<(u16, Value)>,
}

impl Row {
    /// The value in column `col`, if the cell is not empty.
    pub fn get(&self, col: u16) -> Option<&Value> {
        self.cells
            .binary_search_by_key(&col, |(c, _)| *c)
            .ok()
            .and_then(|i| self.cells.get(i))
            .map(|(_, v)| v)
    }

    /// The text in column `col`, trimmed; a number as it would print; empty otherwise.
    pub fn text(&self, col: u16) -> String {
        match self.get(col) {
            Some(Value::Text(t)) => t.trim().to_owned(),
            Some(Value::Number(n) | Value::Percent(n)) => format!("{n}"),
            _ => String::new(),
        }
    }
}

/// Whether a sheet is on screen when the workbook is opened.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Visibility {
    /// Shown (a CSV file's single sheet too).
    #[default]
    Visible,
    /// Hidden: Excel can show it again (Unhide…).
    Hidden,
    /// Very hidden: only a macro or the file's XML can show it.
    VeryHidden,
}

impl Visibility {
    /// The word added to a hidden sheet's name, in `lang` (empty for a visible one).
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Self::Visible => "",
            Self::Hidden => ImportText::Hidden.tr(lang),
            Self::VeryHidden => ImportText::VeryHidden.tr(lang),
        }
    }
}

/// A sheet: its name and its rows that hold something, in order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sheet {
    /// The sheet's name (a CSV file's name).
    pub name: String,
    /// Whether the sheet is on screen or hidden.
    pub visibility: Visibility,
    /// The rows with at least one non-empty cell, in order.
    pub rows: Vec<Row>,
    /// How text numbers of this sheet are read when they could be read both ways:
    /// `None` for a workbook (the user's notation), the CSV's own for a CSV.
    pub notation: Option<Notation>,
    /// The row (0-based) where reading stopped because the sheet went on past
    /// [`MAX_ROWS`] with nothing but empty (formatted) cells so far.
    pub stopped_at: Option<u32>,
}

impl Sheet {
    /// The sheet's name as the user is shown it: a hidden sheet says so
    /// (`Số liệu (hidden)`).
    pub fn shown_name(&self, lang: Lang) -> String {
        match self.visibility {
            Visibility::Visible => self.name.clone(),
            hidden => format!("{} ({})", self.name, hidden.label(lang)),
        }
    }
}

/// The Excel letter of a 0-based column: 0 → `A`, 27 → `AB` (rust_xlsxwriter's, as the
/// export's; a column past the last a sheet can have gets the last letters).
pub fn column_letter(col: u16) -> String {
    rust_xlsxwriter::utility::column_number_to_name(col.min(u16::MAX - 1))
}

/// A cell's reference such as `D14` for 0-based `row` and `col`.
pub fn cell_ref(row: u32, col: u16) -> String {
    rust_xlsxwriter::utility::row_col_to_cell(row.min(u32::MAX - 1), col.min(u16::MAX - 1))
}

/// Reads at most [`MAX_FILE_BYTES`] of `path`, refusing what is not a regular file,
/// before opening it and on the file opened ([`crate::io::read_bounded`]).
pub fn read_file(path: &Path) -> Result<Vec<u8>, ImportError> {
    use crate::io::BoundedError;
    let path_buf = path.to_path_buf();
    match crate::io::read_bounded(path, MAX_FILE_BYTES) {
        Ok(read) => Ok(read.bytes),
        Err(BoundedError::Read(source)) => Err(ImportError::Read {
            path: path_buf,
            source,
        }),
        Err(BoundedError::NotAFile(_)) => Err(ImportError::NotAFile { path: path_buf }),
        Err(BoundedError::TooLarge { .. } | BoundedError::Unending { .. }) => {
            Err(ImportError::TooLarge {
                path: path_buf,
                limit_bytes: MAX_FILE_BYTES,
            })
        }
    }
}

/// True when the bytes start like a zip archive (an .xlsx is one).
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

/// Unpacks every part of the workbook once, without keeping it, to make sure it all
/// fits in `limit` bytes ([`MAX_UNPACKED_BYTES`]) whatever sizes the archive claims.
fn check_unpacked_size(bytes: &[u8], path: &Path, limit: u64) -> Result<(), ImportError> {
    let not_a_workbook = |reason: String| ImportError::NotAWorkbook {
        path: path.to_path_buf(),
        reason: Unreadable::Reader(reason),
    };
    let too_large = || ImportError::Unpacked {
        path: path.to_path_buf(),
        limit_bytes: limit,
    };
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| not_a_workbook(e.to_string()))?;
    let mut declared: u64 = 0;
    for i in 0..zip.len() {
        let part = zip
            .by_index_raw(i)
            .map_err(|e| not_a_workbook(e.to_string()))?;
        declared = declared.saturating_add(part.size());
    }
    if declared > limit {
        return Err(too_large());
    }
    let mut unpacked: u64 = 0;
    for i in 0..zip.len() {
        let part = zip.by_index(i).map_err(|e| not_a_workbook(e.to_string()))?;
        let left = limit.saturating_sub(unpacked);
        let n = std::io::copy(&mut part.take(left + 1), &mut std::io::sink())
            .map_err(|e| not_a_workbook(e.to_string()))?;
        unpacked += n;
        if unpacked > limit {
            return Err(too_large());
        }
    }
    Ok(())
}

/// Collects cells (row, column, value) arriving in any order into rows.
#[derive(Default)]
struct Rows {
    rows: Vec<Row>,
    sorted: bool,
}

impl Rows {
    fn new() -> Self {
        Self {
            rows: Vec::new(),
            sorted: true,
        }
    }

    fn push(&mut self, row: u32, col: u16, value: Value) {
        match self.rows.last_mut() {
            Some(last) if last.index == row => {
                if last.cells.last().is_some_and(|(c, _)| *c >= col) {
                    self.sorted = false;
                }
                last.cells.push((col, value));
            }
            last => {
                if last.is_some_and(|l| l.index > row) {
                    self.sorted = false;
                }
                self.rows.push(Row {
                    index: row,
                    cells: vec![(col, value)],
                });
            }
        }
    }

    fn finish(mut self) -> Vec<Row> {
        if !self.sorted {
            // Cells out of order (a hand-made file): gather each row's cells.
            let mut cells: Vec<(u32, u16, Value)> = self
                .rows
                .drain(..)
                .flat_map(|r| {
                    let index = r.index;
                    r.cells.into_iter().map(move |(c, v)| (index, c, v))
                })
                .collect();
            cells.sort_by_key(|(r, c, _)| (*r, *c));
            cells.dedup_by_key(|(r, c, _)| (*r, *c));
            let mut rows = Self::new();
            for (r, c, v) in cells {
                rows.push(r, c, v);
            }
            return rows.rows;
        }
        self.rows
    }
}

/// The sheets of an Excel workbook, in order.
pub fn read_xlsx(bytes: &[u8], path: &Path) -> Result<Vec<Sheet>, ImportError> {
    if !is_zip(bytes) {
        return Err(ImportError::NotAWorkbook {
            path: path.to_path_buf(),
            reason: Unreadable::NotAZip,
        });
    }
    check_unpacked_size(bytes, path, MAX_UNPACKED_BYTES)?;
    let not_a_workbook = |e: calamine::XlsxError| ImportError::NotAWorkbook {
        path: path.to_path_buf(),
        reason: Unreadable::Reader(e.to_string()),
    };
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(not_a_workbook)?;
    let mut extra = parts::read(bytes);
    let mut sheets = Vec::new();
    let metadata: Vec<(String, Visibility)> = workbook
        .sheets_metadata()
        .iter()
        .map(|s| {
            let visibility = match s.visible {
                SheetVisible::Visible => Visibility::Visible,
                SheetVisible::Hidden => Visibility::Hidden,
                SheetVisible::VeryHidden => Visibility::VeryHidden,
            };
            (s.name.clone(), visibility)
        })
        .collect();
    for (name, visibility) in metadata {
        let parts = extra.remove(&name).unwrap_or_default();
        let mut reader = workbook
            .worksheet_cells_reader(&name)
            .map_err(not_a_workbook)?;
        let mut rows = Rows::new();
        let mut stopped_at = None;
        while let Some(cell) = reader.next_cell().map_err(not_a_workbook)? {
            let (row, col) = cell.get_position();
            let empty = match cell.get_value() {
                DataRef::Empty => true,
                DataRef::String(s) => s.trim().is_empty(),
                DataRef::SharedString(s) => s.trim().is_empty(),
                _ => false,
            };
            if row >= MAX_ROWS {
                // Formatted empty cells down to the sheet's end (a whole column
                // formatted) are not worth reading for minutes: stop there. A value
                // that far down is no sheet of figures.
                if empty {
                    stopped_at = Some(row);
                    break;
                }
                return Err(ImportError::TooManyRows {
                    sheet: name,
                    limit: MAX_ROWS,
                    path: path.to_path_buf(),
                });
            }
            let Ok(col) = u16::try_from(col) else {
                continue;
            };
            if empty || col >= MAX_COLUMNS {
                continue;
            }
            let percent = !parts.percent.is_empty() && parts.percent.contains(&(row, col));
            let number = |n: f64| {
                if percent {
                    Value::Percent(n)
                } else {
                    Value::Number(n)
                }
            };
            let value = match cell.get_value() {
                DataRef::Int(i) => number(*i as f64),
                DataRef::Float(f) => number(*f),
                DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => {
                    Value::Text(s.clone())
                }
                DataRef::SharedString(s) => Value::Text((*s).to_owned()),
                DataRef::Bool(b) => Value::Bool(*b),
                DataRef::DateTime(_) => Value::Date,
                DataRef::Error(e) => Value::Error(e.to_string()),
                DataRef::Empty => continue,
            };
            rows.push(row, col, value);
        }
        // Formulas without a value: calamine gives them as empty cells, or not at all.
        for u in parts.uncomputed {
            if stopped_at.is_none_or(|stop| u.row < stop) {
                rows.push(u.row, u.col, Value::Uncomputed(u.formula));
            }
        }
        sheets.push(Sheet {
            name,
            visibility,
            rows: rows.finish(),
            notation: None,
            stopped_at,
        });
    }
    Ok(sheets)
}

/// The separator of a CSV file, from its first line: semicolons (then numbers have a
/// decimal comma), tabs, or commas.
fn separator(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    let count = |c: char| first.chars().filter(|x| *x == c).count();
    let (commas, semicolons, tabs) = (count(','), count(';'), count('\t'));
    if semicolons > commas && semicolons >= tabs {
        b';'
    } else if tabs > commas {
        b'\t'
    } else {
        b','
    }
}

/// A CSV file as one sheet named after the file. Numbers written as text are read in
/// the notation of the separator: a semicolon file has decimal commas.
pub fn read_csv(bytes: &[u8], path: &Path) -> Result<Sheet, ImportError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let before = bytes.get(..e.valid_up_to()).unwrap_or_default();
        ImportError::NotText {
            path: path.to_path_buf(),
            line: before.iter().filter(|b| **b == b'\n').count() + 1,
        }
    })?;
    let text = text.strip_prefix(crate::export::csv::BOM).unwrap_or(text);
    let delimiter = separator(text);
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Rows::new();
    let mut record = ::csv::StringRecord::new();
    let mut index: u32 = 0;
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                return Err(ImportError::Csv {
                    path: path.to_path_buf(),
                    line: e.position().map_or(0, |p| p.line()),
                    reason: e.to_string(),
                });
            }
        }
        if index >= MAX_ROWS {
            return Err(ImportError::TooManyRows {
                sheet: file_name(path),
                limit: MAX_ROWS,
                path: path.to_path_buf(),
            });
        }
        for (col, field) in record.iter().enumerate() {
            let Ok(col) = u16::try_from(col) else { break };
            if col >= MAX_COLUMNS {
                break;
            }
            if !field.trim().is_empty() {
                rows.push(index, col, Value::Text(field.to_owned()));
            }
        }
        index += 1;
    }
    Ok(Sheet {
        name: file_name(path),
        visibility: Visibility::Visible,
        rows: rows.finish(),
        notation: Some(if delimiter == b';' {
            Notation::Vietnamese
        } else {
            Notation::English
        }),
        stopped_at: None,
    })
}

/// The file's name, for a CSV's sheet name.
pub fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// What kind of file the bytes are, by their start and the name's extension.
pub fn read_any(bytes: &[u8], path: &Path) -> Result<Vec<Sheet>, ImportError> {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    if is_zip(bytes) || matches!(extension.as_str(), "xlsx" | "xlsm") {
        return read_xlsx(bytes, path);
    }
    if matches!(extension.as_str(), "xls" | "ods" | "xlsb") {
        return Err(ImportError::Unsupported {
            path: PathBuf::from(path),
        });
    }
    Ok(vec![read_csv(bytes, path)?])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_excel_does() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(cell_ref(13, 3), "D14");
        // No column or row index is too large to name (none panics).
        assert_eq!(column_letter(16_383), "XFD");
        assert!(
            column_letter(u16::MAX)
                .chars()
                .all(|c| c.is_ascii_uppercase())
        );
        assert!(cell_ref(u32::MAX, u16::MAX).ends_with("4294967295"));
    }

    /// A zip of one part of `size` zeros.
    fn zeros(size: usize) -> Vec<u8> {
        let mut bytes = Vec::new();
        let mut zip = zip::ZipWriter::new(Cursor::new(&mut bytes));
        zip.start_file(
            "xl/worksheets/sheet1.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        std::io::Write::write_all(&mut zip, &vec![0u8; size]).unwrap();
        zip.finish().unwrap();
        bytes
    }

    #[test]
    fn a_workbook_that_unpacks_to_too_much_is_refused() {
        let p = Path::new("bomb.xlsx");
        let bomb = zeros(3 << 20);
        assert!(bomb.len() < 20_000, "{}", bomb.len());
        let err = check_unpacked_size(&bomb, p, 1 << 20).unwrap_err();
        assert!(matches!(err, ImportError::Unpacked { limit_bytes, .. } if limit_bytes == 1 << 20));
        assert!(
            err.to_string()
                .starts_with("the workbook unpacks to more than 1 MB")
        );
        assert!(check_unpacked_size(&bomb, p, 4 << 20).is_ok());

        // The same bomb claiming to unpack to 100 bytes: caught while unpacking.
        let mut lying = bomb;
        for signature in [&b"PK\x03\x04"[..], &b"PK\x01\x02"[..]] {
            let at = lying.windows(4).position(|w| w == signature).unwrap();
            let size_at = at + if signature[2] == 3 { 22 } else { 24 };
            lying[size_at..size_at + 4].copy_from_slice(&100u32.to_le_bytes());
        }
        let err = check_unpacked_size(&lying, p, 1 << 20).unwrap_err();
        assert!(matches!(err, ImportError::Unpacked { .. }), "{err}");
    }

    #[test]
    fn csv_separators_are_told_apart() {
        let p = Path::new("x.csv");
        let vi = read_csv("id;actual\r\na;14.283,5\r\n".as_bytes(), p).unwrap();
        assert_eq!(vi.notation, Some(Notation::Vietnamese));
        assert_eq!(vi.rows[1].text(1), "14.283,5");
        let en = read_csv("\u{feff}id,actual\na,\"14,283.5\"\n".as_bytes(), p).unwrap();
        assert_eq!(en.notation, Some(Notation::English));
        assert_eq!(en.rows[0].text(0), "id");
        assert_eq!(en.rows[1].text(1), "14,283.5");
    }

    #[test]
    fn cells_out_of_order_are_gathered_by_row() {
        let mut rows = Rows::new();
        rows.push(3, 1, Value::Number(1.0));
        rows.push(1, 0, Value::Number(2.0));
        rows.push(3, 0, Value::Number(3.0));
        let rows = rows.finish();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].index, 1);
        assert_eq!(rows[1].get(0), Some(&Value::Number(3.0)));
        assert_eq!(rows[1].get(1), Some(&Value::Number(1.0)));
    }
}

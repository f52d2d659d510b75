//! What calamine does not tell of a workbook, read from its XML parts: which cells are
//! formatted as a percent (Excel stores 10,5 % as 0.105) and which formulas have no
//! computed value saved with them (some tools write formulas alone, for Excel to
//! compute on opening).
//!
//! The styles (`xl/styles.xml`: `cellXfs` → `numFmtId`, the built-in percent formats 9
//! and 10, and custom `numFmts` whose code has a `%` outside quotes) give the percent
//! styles; one pass over each sheet's XML gives the cells of those styles and the
//! formulas without a value. Bounded like the rest of the reading: the workbook's size
//! was checked before, the rows stop at [`MAX_ROWS`], the columns at [`MAX_COLUMNS`],
//! and a formula's text is kept only to [`FORMULA_CHARS`] characters.

use std::io::{BufReader, Cursor};

use quick_xml::events::{BytesEnd, BytesRef, BytesStart, BytesText, Event};
use rustc_hash::{FxHashMap, FxHashSet};

use super::sheet::{MAX_COLUMNS, MAX_ROWS};

/// How much of a formula's text is kept to be shown: enough to recognise it.
pub const FORMULA_CHARS: usize = 200;

/// How many formulas without a value keep their text: past these (a sheet of
/// thousands), each is still found, at its cell, without its text.
pub const FORMULA_TEXTS: usize = 10_000;

/// A formula saved without its computed value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Uncomputed {
    /// The row, from 0.
    pub row: u32,
    /// The column, from 0.
    pub col: u16,
    /// The formula's text (without `=`), at most [`FORMULA_CHARS`] characters; empty
    /// for a cell that shares the formula of another.
    pub formula: String,
}

/// What one sheet's XML says beyond its values.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SheetParts {
    /// The cells (row, column, from 0) holding a number in a percent format.
    pub percent: FxHashSet<(u32, u16)>,
    /// The formulas without a computed value, in the order of the sheet.
    pub uncomputed: Vec<Uncomputed>,
}

/// The archive of a workbook, read part by part.
type Archive<'a> = zip::ZipArchive<Cursor<&'a [u8]>>;

/// Reads what calamine does not tell for each sheet, by the sheet's name. A workbook
/// whose parts cannot be followed gives nothing (calamine reports what is broken).
pub fn read(bytes: &[u8]) -> FxHashMap<String, SheetParts> {
    let mut out = FxHashMap::default();
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return out;
    };
    let workbook = office_document(&mut zip).unwrap_or_else(|| "xl/workbook.xml".to_owned());
    let rels = relationships(&mut zip, &rels_path(&workbook));
    let styles = rels
        .values()
        .find(|(kind, _)| kind.ends_with("/styles"))
        .map_or_else(|| "xl/styles.xml".to_owned(), |(_, target)| target.clone());
    let percent_styles = percent_styles(&mut zip, &resolve(&workbook, &styles));
    for (name, id) in sheets(&mut zip, &workbook) {
        let Some((_, target)) = rels.get(&id) else {
            continue;
        };
        let path = resolve(&workbook, target);
        let Some(parts) = scan_sheet(&mut zip, &path, &percent_styles) else {
            continue;
        };
        out.insert(name, parts);
    }
    out
}

/// The part `name` of the archive, to read as XML.
fn part<'z, 'a>(zip: &'z mut Archive<'a>, name: &str) -> Option<impl std::io::BufRead + 'z> {
    let name = name.trim_start_matches('/');
    let file = zip.by_name(name).ok()?;
    Some(BufReader::new(file))
}

/// The local name of an element or attribute, without its namespace prefix.
fn local(name: &[u8]) -> &[u8] {
    match name.iter().rposition(|b| *b == b':') {
        Some(at) => name.get(at + 1..).unwrap_or(name),
        None => name,
    }
}

/// The value of the attribute of local name `key` (the first, whatever its prefix).
fn attribute(e: &BytesStart, key: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| local(a.key.as_ref()) == key)
        .and_then(|a| value(&a.value))
}

/// An attribute's value as text, its entities (`&quot;`) replaced.
fn value(raw: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(raw).ok()?;
    quick_xml::escape::unescape(text)
        .ok()
        .map(std::borrow::Cow::into_owned)
}

/// The attribute `r:id` (a relationship's id), told from a plain `id` by its prefix.
fn relationship_id(e: &BytesStart) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() != b"id" && local(a.key.as_ref()) == b"id")
        .and_then(|a| value(&a.value))
}

/// Calls `each` with every start or empty element of the XML part `name`.
fn elements(zip: &mut Archive, name: &str, mut each: impl FnMut(&BytesStart)) {
    let Some(reader) = part(zip, name) else {
        return;
    };
    let mut xml = quick_xml::Reader::from_reader(reader);
    let mut buf = Vec::new();
    loop {
        match xml.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) => each(&e),
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
        buf.clear();
    }
}

/// The workbook part named by the package's relationships (`xl/workbook.xml`).
fn office_document(zip: &mut Archive) -> Option<String> {
    let mut found = None;
    elements(zip, "_rels/.rels", |e| {
        if found.is_none()
            && local(e.name().as_ref()) == b"Relationship"
            && attribute(e, b"Type").is_some_and(|t| t.ends_with("/officeDocument"))
        {
            found = attribute(e, b"Target").map(|t| t.trim_start_matches('/').to_owned());
        }
    });
    found
}

/// The relationships part of `part`: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`.
fn rels_path(part: &str) -> String {
    match part.rsplit_once('/') {
        Some((dir, file)) => format!("{dir}/_rels/{file}.rels"),
        None => format!("_rels/{part}.rels"),
    }
}

/// A relationship's target, from the part that holds it, as a path in the archive.
fn resolve(from: &str, target: &str) -> String {
    if let Some(absolute) = target.strip_prefix('/') {
        return absolute.to_owned();
    }
    let mut path: Vec<&str> = from.split('/').collect();
    path.pop();
    for piece in target.split('/') {
        match piece {
            ".." => {
                path.pop();
            }
            "." | "" => {}
            piece => path.push(piece),
        }
    }
    path.join("/")
}

/// The relationships of a part: id → (type, target).
fn relationships(zip: &mut Archive, name: &str) -> FxHashMap<String, (String, String)> {
    let mut rels = FxHashMap::default();
    elements(zip, name, |e| {
        if local(e.name().as_ref()) != b"Relationship" {
            return;
        }
        if let (Some(id), Some(kind), Some(target)) = (
            attribute(e, b"Id"),
            attribute(e, b"Type"),
            attribute(e, b"Target"),
        ) {
            rels.insert(id, (kind, target));
        }
    });
    rels
}

/// The sheets of the workbook: name and relationship id, in order.
fn sheets(zip: &mut Archive, workbook: &str) -> Vec<(String, String)> {
    let mut sheets = Vec::new();
    elements(zip, workbook, |e| {
        if local(e.name().as_ref()) == b"sheet"
            && let (Some(name), Some(id)) = (attribute(e, b"name"), relationship_id(e))
        {
            sheets.push((name, id));
        }
    });
    sheets
}

/// True when a number format's code shows the number as a percent: a `%` outside
/// quoted text, not escaped by `\` and not the character after `_` or `*`.
pub fn is_percent_code(code: &str) -> bool {
    let mut chars = code.chars();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match c {
            '"' => quoted = !quoted,
            _ if quoted => {}
            '\\' | '_' | '*' => {
                chars.next();
            }
            '%' => return true,
            _ => {}
        }
    }
    false
}

/// For each cell style (`cellXfs`, by index), whether its number format is a percent.
fn percent_styles(zip: &mut Archive, styles: &str) -> Vec<bool> {
    let mut custom: FxHashMap<u32, bool> = FxHashMap::default();
    let mut formats: Vec<u32> = Vec::new();
    let mut in_cell_xfs = false;
    let Some(reader) = part(zip, styles) else {
        return Vec::new();
    };
    let mut xml = quick_xml::Reader::from_reader(reader);
    let mut buf = Vec::new();
    loop {
        match xml.read_event_into(&mut buf) {
            Ok(Event::Start(e)) if local(e.name().as_ref()) == b"cellXfs" => in_cell_xfs = true,
            Ok(Event::End(e)) if local(e.name().as_ref()) == b"cellXfs" => in_cell_xfs = false,
            Ok(Event::Start(e) | Event::Empty(e)) => match local(e.name().as_ref()) {
                b"numFmt" => {
                    if let (Some(id), Some(code)) = (
                        attribute(&e, b"numFmtId").and_then(|i| i.parse().ok()),
                        attribute(&e, b"formatCode"),
                    ) {
                        custom.insert(id, is_percent_code(&code));
                    }
                }
                b"xf" if in_cell_xfs => {
                    formats.push(
                        attribute(&e, b"numFmtId")
                            .and_then(|i| i.parse().ok())
                            .unwrap_or(0),
                    );
                }
                _ => {}
            },
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
        buf.clear();
    }
    formats
        .into_iter()
        .map(|id| matches!(id, 9 | 10) || custom.get(&id).copied().unwrap_or(false))
        .collect()
}

/// A cell's reference (`D14`) as (row, column) from 0.
fn parse_ref(r: &[u8]) -> Option<(u32, u32)> {
    let split = r.iter().position(u8::is_ascii_digit)?;
    let (letters, digits) = r.split_at(split);
    let mut col: u32 = 0;
    for c in letters {
        if !c.is_ascii_alphabetic() {
            return None;
        }
        let n = u32::from(c.to_ascii_uppercase() - b'A') + 1;
        col = col.checked_mul(26)?.checked_add(n)?;
    }
    let row = parse_u32(digits)?;
    Some((row.checked_sub(1)?, col.checked_sub(1)?))
}

/// A whole number written in ASCII digits.
fn parse_u32(digits: &[u8]) -> Option<u32> {
    if digits.is_empty() {
        return None;
    }
    digits.iter().try_fold(0u32, |n, d| {
        if d.is_ascii_digit() {
            n.checked_mul(10)?.checked_add(u32::from(d - b'0'))
        } else {
            None
        }
    })
}

/// The cell being read.
#[derive(Default)]
struct Cell {
    row: u32,
    col: u32,
    percent: bool,
    /// The cell's type (`t`) is not a number's: a formula of text type with an empty
    /// value computed "".
    text_type: bool,
    formula: bool,
    in_formula: bool,
    in_value: bool,
    value: bool,
}

/// A `<c>` element's reference, style and type, read without allocating (this runs for
/// every cell of a sheet).
fn cell_attributes(e: &BytesStart) -> (Option<(u32, u32)>, Option<usize>, bool) {
    let (mut at, mut style, mut numeric) = (None, None, true);
    for a in e.attributes().with_checks(false).flatten() {
        match local(a.key.as_ref()) {
            b"r" => at = parse_ref(&a.value),
            b"s" => style = parse_u32(&a.value).and_then(|s| usize::try_from(s).ok()),
            b"t" => numeric = a.value.as_ref() == b"n",
            _ => {}
        }
    }
    (at, style, numeric)
}

/// One pass over the sheet `name` of the archive.
fn scan_sheet(zip: &mut Archive, name: &str, percent_styles: &[bool]) -> Option<SheetParts> {
    Some(scan(part(zip, name)?, percent_styles))
}

/// One pass over a sheet's XML: its percent cells (of the styles `percent_styles` marks)
/// and its formulas without a value.
fn scan(reader: impl std::io::BufRead, percent_styles: &[bool]) -> SheetParts {
    let mut xml = quick_xml::Reader::from_reader(reader);
    xml.config_mut().check_end_names = false;
    let mut scan = Scan::new(percent_styles);
    let mut buf = Vec::new();
    loop {
        let event = match xml.read_event_into(&mut buf) {
            Ok(Event::Eof) | Err(_) => break,
            Ok(event) => event,
        };
        let go_on = match event {
            Event::Start(ref e) | Event::Empty(ref e) if local(e.name().as_ref()) == b"c" => {
                scan.cell(e, matches!(event, Event::Start(_)))
            }
            Event::Start(e) | Event::Empty(e) if local(e.name().as_ref()) == b"row" => scan.row(&e),
            Event::Start(e) => {
                scan.inside_start(&e);
                true
            }
            Event::Empty(e) => {
                scan.inside_empty(&e);
                true
            }
            Event::Text(t) => {
                scan.text(&t);
                true
            }
            Event::GeneralRef(r) => {
                scan.reference(&r);
                true
            }
            Event::End(e) => {
                scan.end(&e);
                true
            }
            _ => true,
        };
        if !go_on {
            break;
        }
        buf.clear();
    }
    scan.parts
}

/// Where one pass over a sheet's XML is, and what it has found.
struct Scan<'s> {
    /// Which styles are percent formats, by index.
    percent_styles: &'s [bool],
    /// True when some style is (otherwise no cell's style is looked up).
    any_percent: bool,
    /// What the pass found so far.
    parts: SheetParts,
    /// The row being read (0-based), once one is.
    row: Option<u32>,
    /// The last cell's column (0-based), in the row being read.
    col: Option<u32>,
    /// The cell being read, between its start and its end.
    cell: Option<Cell>,
    /// The text of the formula of the cell being read (one buffer for every cell).
    formula: String,
}

impl<'s> Scan<'s> {
    /// A pass about to begin.
    fn new(percent_styles: &'s [bool]) -> Self {
        Self {
            percent_styles,
            any_percent: percent_styles.iter().any(|p| *p),
            parts: SheetParts::default(),
            row: None,
            col: None,
            cell: None,
            formula: String::new(),
        }
    }

    /// A `<c>` begins (`opened`) or is empty: its place, from its reference or after the
    /// last. False when it is past [`MAX_ROWS`]: the pass stops.
    fn cell(&mut self, e: &BytesStart, opened: bool) -> bool {
        let (at, style, numeric) = cell_attributes(e);
        let (r, c) = at.unwrap_or_else(|| {
            (
                self.row.unwrap_or(0),
                self.col.map_or(0, |c| c.saturating_add(1)),
            )
        });
        if r >= MAX_ROWS {
            return false;
        }
        self.col = Some(c);
        if opened {
            let percent = self.any_percent
                && numeric
                && style
                    .and_then(|s| self.percent_styles.get(s).copied())
                    .unwrap_or(false);
            self.formula.clear();
            self.cell = Some(Cell {
                row: r,
                col: c,
                percent,
                text_type: !numeric,
                ..Cell::default()
            });
        }
        true
    }

    /// A `<row>` begins (or is empty): its number, or the one after the last. False
    /// when it is past [`MAX_ROWS`]: the pass stops.
    fn row(&mut self, e: &BytesStart) -> bool {
        let r = e
            .attributes()
            .with_checks(false)
            .flatten()
            .find(|a| local(a.key.as_ref()) == b"r")
            .and_then(|a| parse_u32(&a.value))
            .and_then(|r| r.checked_sub(1));
        let at = r.unwrap_or_else(|| self.row.map_or(0, |r| r.saturating_add(1)));
        if at >= MAX_ROWS {
            return false;
        }
        self.row = Some(at);
        self.col = None;
        true
    }

    /// An element opens inside a cell: its formula (`<f>`), its value (`<v>`) or its
    /// inline text (`<is>`).
    fn inside_start(&mut self, e: &BytesStart) {
        let Some(cell) = self.cell.as_mut() else {
            return;
        };
        match local(e.name().as_ref()) {
            b"f" => {
                cell.formula = true;
                cell.in_formula = true;
            }
            b"v" => cell.in_value = true,
            b"is" => cell.value = true,
            _ => {}
        }
    }

    /// An empty element inside a cell: an `<f/>` is a formula shared with another cell.
    fn inside_empty(&mut self, e: &BytesStart) {
        let Some(cell) = self.cell.as_mut() else {
            return;
        };
        if local(e.name().as_ref()) == b"f" {
            cell.formula = true;
        }
    }

    /// Text inside a cell: a value that is not blank, or the formula's text.
    fn text(&mut self, t: &BytesText) {
        let Some(cell) = self.cell.as_mut() else {
            return;
        };
        if cell.in_value {
            cell.value |= t.iter().any(|b| !b.is_ascii_whitespace());
        } else if cell.in_formula
            && let Ok(text) = t.decode()
        {
            push_bounded(&mut self.formula, &text);
        }
    }

    /// A character or entity reference inside a cell (`&amp;`, `&#233;`): a value, or a
    /// character of the formula.
    fn reference(&mut self, r: &BytesRef) {
        let Some(cell) = self.cell.as_mut() else {
            return;
        };
        if cell.in_value {
            cell.value = true;
        } else if cell.in_formula {
            let name: &[u8] = r;
            let c = match name {
                b"amp" => Some('&'),
                b"lt" => Some('<'),
                b"gt" => Some('>'),
                b"quot" => Some('"'),
                b"apos" => Some('\''),
                _ => r.resolve_char_ref().ok().flatten(),
            };
            if let Some(c) = c {
                push_bounded(&mut self.formula, c.encode_utf8(&mut [0; 4]));
            }
        }
    }

    /// An element closes: a formula's, a value's, or the cell's (kept, then forgotten).
    fn end(&mut self, e: &BytesEnd) {
        match local(e.name().as_ref()) {
            b"f" => {
                if let Some(cell) = self.cell.as_mut() {
                    cell.in_formula = false;
                }
            }
            b"v" => {
                if let Some(cell) = self.cell.as_mut() {
                    cell.in_value = false;
                }
            }
            b"c" => {
                if let Some(done) = self.cell.take() {
                    finish(&done, &self.formula, &mut self.parts);
                }
            }
            _ => {}
        }
    }
}

/// Keeps what a finished cell says; `formula` is its formula's text.
fn finish(cell: &Cell, formula: &str, parts: &mut SheetParts) {
    let Ok(col) = u16::try_from(cell.col) else {
        return;
    };
    if col >= MAX_COLUMNS {
        return;
    }
    // Only a cell with a number is kept: a whole column formatted as a percent down to
    // the sheet's end is not a million cells.
    if cell.percent && cell.value {
        parts.percent.insert((cell.row, col));
    }
    // A formula with no value, or an empty one, was never computed; one of text type
    // with an empty value computed "" (a cell made to look empty).
    if cell.formula && !cell.value && !cell.text_type {
        let formula = if parts.uncomputed.len() < FORMULA_TEXTS {
            formula.to_owned()
        } else {
            String::new()
        };
        parts.uncomputed.push(Uncomputed {
            row: cell.row,
            col,
            formula,
        });
    }
}

/// Appends `text` to `formula` up to [`FORMULA_CHARS`] characters.
fn push_bounded(formula: &mut String, text: &str) {
    let room = FORMULA_CHARS.saturating_sub(formula.chars().count());
    formula.extend(text.chars().take(room));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_codes_are_told_from_quoted_or_escaped_percent_signs() {
        assert!(is_percent_code("0.0%"));
        assert!(is_percent_code("0.00%;[Red]-0.00%"));
        assert!(is_percent_code("#,##0.0\" \"%"));
        assert!(!is_percent_code("0.0\" %\""));
        assert!(!is_percent_code("0.0\\%"));
        assert!(!is_percent_code("#,##0_%"));
        assert!(!is_percent_code("#,##0.0"));
    }

    #[test]
    fn references_and_paths_are_read_as_excel_writes_them() {
        assert_eq!(parse_ref(b"D14"), Some((13, 3)));
        assert_eq!(parse_ref(b"AB1"), Some((0, 27)));
        assert_eq!(parse_ref(b"14"), None);
        assert_eq!(parse_ref(b"A0"), None);
        assert_eq!(parse_u32(b"12a"), None);
        assert_eq!(parse_u32(b"99999999999"), None);
        assert_eq!(
            resolve("xl/workbook.xml", "worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml"
        );
        assert_eq!(
            resolve("xl/workbook.xml", "/xl/worksheets/sheet2.xml"),
            "xl/worksheets/sheet2.xml"
        );
        assert_eq!(
            resolve("xl/workbook.xml", "../other/styles.xml"),
            "other/styles.xml"
        );
        assert_eq!(rels_path("xl/workbook.xml"), "xl/_rels/workbook.xml.rels");
    }

    #[test]
    fn a_sheet_gives_its_percent_cells_with_numbers_and_its_formulas_without_values() {
        let xml = r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="2"><c r="A2" s="1"><v>0.105</v></c><c r="B2" s="1"/><c r="C2" s="2"><v>5</v></c></row>
            <row r="3"><c r="A3" s="1"><f>B3/C3</f><v>0.2</v></c><c r="B3"><f>SUM(X1:X9)&gt;0</f></c><c r="C3"><f>1+1</f><v></v></c></row>
            <row><c s="1"><v>0.5</v></c><c t="str"><f>IF(1,"","")</f><v></v></c><c t="s" s="1"><v>0</v></c><c><f t="shared" si="0"/></c></row>
        </sheetData></worksheet>"#;
        let parts = scan(xml.as_bytes(), &[false, true, false]);
        let mut percent: Vec<(u32, u16)> = parts.percent.into_iter().collect();
        percent.sort_unstable();
        assert_eq!(percent, [(1, 0), (2, 0), (3, 0)]);
        let uncomputed: Vec<(u32, u16, &str)> = parts
            .uncomputed
            .iter()
            .map(|u| (u.row, u.col, u.formula.as_str()))
            .collect();
        assert_eq!(
            uncomputed,
            [(2, 1, "SUM(X1:X9)>0"), (2, 2, "1+1"), (3, 3, "")]
        );
    }

    #[test]
    fn a_long_formula_is_kept_to_its_first_characters() {
        let mut f = String::new();
        push_bounded(&mut f, &"A".repeat(FORMULA_CHARS + 50));
        push_bounded(&mut f, "B");
        assert_eq!(f.chars().count(), FORMULA_CHARS);
        assert!(!f.contains('B'));
    }
}

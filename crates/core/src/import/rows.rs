//! The rows under the header: each matched to an indicator, each figure read and
//! checked, into the dry run.

use std::collections::hash_map::Entry;
use std::path::Path;

use rustc_hash::FxHashMap;

use super::header::{Recognised, key, period_check};
use super::{
    Change, Options, Preview, Problem, ProblemKind, Row, Sheet, SheetKind, Unchanged, Value,
    Visibility, quote, sheet,
};
use crate::checks::Severity;
use crate::entry;
use crate::format::{self, Notation, ParseNumberError};
use crate::model::{Field, Indicator, IndicatorId, Report};

/// The dry run of the rows of `sheet` under its header row, from `first` in
/// `sheet.rows` on, read with `columns`.
pub(super) fn preview_rows(
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
        let columns = self.columns;
        for (col, field) in &columns.fields {
            match self.figure(ind, at, row, *col, *field, preview) {
                Read::Changed => changed = true,
                Read::Troubled => troubled = true,
                Read::Nothing => {}
            }
        }
        if !changed && !troubled {
            preview.unchanged.push(Unchanged {
                id: ind.id.clone(),
                row: row.index + 1,
            });
        }
    }

    /// Reads the figure `field` of the indicator `ind` (at `at` in the report) from the
    /// cell of `row` in column `col`: a change into the preview, or a problem.
    fn figure(
        &mut self,
        ind: &Indicator,
        at: usize,
        row: &Row,
        col: u16,
        field: Field,
        preview: &mut Preview,
    ) -> Read {
        let Some(value) = row.get(col) else {
            return Read::Nothing;
        };
        let cell = sheet::cell_ref(row.index, col);
        let (number, percent) = match self.number(value) {
            Ok(n) => n,
            Err(kind) => {
                self.problem(preview, Severity::Error, cell, kind);
                return Read::Troubled;
            }
        };
        // A percent (typed `12%`, or a cell formatted as one) for an amount or a
        // count is refused as typing it in the table is.
        if percent != Percent::No
            && let Err(error) = entry::check_as(ind.measure, field, number, true)
        {
            let kind = ProblemKind::NotAFigure {
                id: ind.id.clone(),
                field,
                value: number,
                error,
            };
            self.problem(preview, Severity::Error, cell, kind);
            return Read::Troubled;
        }
        match self.given.entry((at, field)) {
            Entry::Occupied(first) => {
                let (first_value, first_cell) = first.get();
                if !same(*first_value, number) {
                    let kind = ProblemKind::GivenTwice {
                        id: ind.id.clone(),
                        field,
                        first_cell: first_cell.clone(),
                        first: *first_value,
                        second: number,
                    };
                    self.conflicted.push((at, field));
                    self.problem(preview, Severity::Error, cell, kind);
                    return Read::Troubled;
                }
                return Read::Nothing;
            }
            Entry::Vacant(v) => {
                v.insert((number, cell.clone()));
            }
        }
        let before = ind.value(field);
        if before.is_some_and(|b| same(b, number)) {
            return Read::Nothing;
        }
        // A growth that follows the actual and last year's figure comes back from an
        // export unrounded (the workbook's formula): within the rounding of the one
        // shown, it is the same.
        let follows = entry::editable(ind, field).is_err();
        if follows
            && let Some(b) = before
            && (b - number).abs()
                <= ind
                    .yoy_growth_pct
                    .map_or(0.0, |p| ind.growth_rounding(p))
                    .max(0.005 + 1e-9)
        {
            return Read::Nothing;
        }
        // Checked only when it changes: a report may already hold a figure that
        // would not be accepted typed in, and giving it back is no problem. A growth
        // that follows the actual and last year's figure is not set over them.
        if let Err(error) =
            entry::editable(ind, field).and_then(|()| entry::check(ind.measure, field, number))
        {
            let kind = ProblemKind::NotAFigure {
                id: ind.id.clone(),
                field,
                value: number,
                error,
            };
            self.problem(preview, Severity::Error, cell, kind);
            return Read::Troubled;
        }
        preview.changes.push(Change {
            id: ind.id.clone(),
            field,
            before,
            after: number,
            cell,
            percent_cell: match percent {
                Percent::Cell(stored) => Some(stored),
                Percent::No | Percent::Typed => None,
            },
        });
        Read::Changed
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

/// What reading one figure of a row gave.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Read {
    /// An empty cell, or the figure the report has.
    Nothing,
    /// A change.
    Changed,
    /// A problem.
    Troubled,
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

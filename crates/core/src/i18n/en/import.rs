//! The words of an import (its errors, its problems, its notes), in English.

use crate::entry::EntryError;
use crate::i18n;
use crate::i18n::{ImportNote, ImportText};
use crate::import::quote::{self, quote};
use crate::import::{ImportError, Problem, ProblemKind, Unreadable, plain};
use crate::model::Lang;

/// The words of `t` in English.
pub(crate) fn text(t: ImportText) -> &'static str {
    match t {
        ImportText::FillInMark => "Fill-in sheet",
        ImportText::CodeTitle => "Code",
        ImportText::PeriodTitle => "Period",
        ImportText::Hidden => "hidden",
        ImportText::VeryHidden => "very hidden",
    }
}

/// A note of an import in English.
pub(crate) fn note(n: &ImportNote<'_>) -> String {
    match n {
        ImportNote::PercentCell {
            cell,
            stored,
            after,
        } => format!("read from the percent cell {cell}: it stores {stored}, which is {after}%"),
        ImportNote::Length { chars } => format!("({chars} characters)"),
    }
}

/// The error `e` in English.
pub(crate) fn error(e: &ImportError) -> String {
    match e {
        ImportError::Read { path, source } => {
            let (path, source) = (path.display(), crate::i18n::en::io::read_reason(source));
            format!(
                "cannot read the file ({source}): check the path and that it may be read: {path}"
            )
        }
        ImportError::NotAFile { path } => {
            let path = path.display();
            format!("this is not a file: choose an .xlsx or .csv file: {path}")
        }
        ImportError::TooLarge { path, limit_bytes } => {
            let (path, mb) = (path.display(), limit_bytes >> 20);
            format!(
                "the file is larger than {mb} MB, too large for a sheet of figures: split it: {path}"
            )
        }
        ImportError::NotAWorkbook { path, reason } => {
            let path = path.display();
            let reason = match reason {
                Unreadable::NotAZip => "the file is not a zip archive, as every .xlsx workbook is",
                Unreadable::Reader(words) => words.as_str(),
            };
            format!(
                "not an Excel workbook (.xlsx) that can be read ({reason}): open it in Excel and save it as .xlsx again, or export it as .csv: {path}"
            )
        }
        ImportError::Unpacked { path, limit_bytes } => {
            let (path, mb) = (path.display(), limit_bytes >> 20);
            format!(
                "the workbook unpacks to more than {mb} MB, which no sheet of figures does: it was refused and nothing changed: {path}"
            )
        }
        ImportError::Unsupported { path } => {
            let path = path.display();
            format!(
                "chitieu reads only .xlsx and .csv: open the file in Excel or LibreOffice and save it as .xlsx: {path}"
            )
        }
        ImportError::NotText { path, line } => {
            let path = path.display();
            format!(
                "the CSV file is not UTF-8 text (line {line}): save it again as \"CSV UTF-8\": {path}"
            )
        }
        ImportError::Csv { path, line, reason } => {
            let path = path.display();
            format!(
                "the CSV file is broken at line {line} ({reason}): fix that line or export the file again: {path}"
            )
        }
        ImportError::TooManyRows { sheet, limit, path } => {
            let path = path.display();
            format!(
                "sheet \"{sheet}\" has data past row {limit}: delete the stray rows at its end: {path}"
            )
        }
        ImportError::NoHeader { path } => {
            let path = path.display();
            format!(
                "no sheet has a header row naming the indicator (Id, Code or Indicator) and a figure (Actual, Growth on a year ago (%), Period target, Annual target): use a chitieu export or a fill-in sheet, or map its columns in the app (File → Import figures…): {path}"
            )
        }
    }
}

/// The problem `p` in English.
pub(crate) fn problem(p: &Problem) -> String {
    match &p.kind {
        ProblemKind::UnknownRow {
            key,
            looks_like: None,
        } => {
            let key = quote(Lang::En, key);
            format!("{key} matches no indicator of the report: the row is left out")
        }
        ProblemKind::UnknownRow {
            key,
            looks_like: Some(id),
        } => {
            let key = quote(Lang::En, key);
            format!(
                "{key} looks like \"{id}\" but differs at the characters written \\u{{…}} (a letter of another alphabet or a character one cannot see): type the cell again; the row is left out"
            )
        }
        ProblemKind::Ambiguous { key, ids } => {
            let key = quote(Lang::En, key);
            let ids = ids
                .iter()
                .map(|i| i.0.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            format!(
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
            let (field, first, second) = (field.key(), plain(Some(*first)), plain(Some(*second)));
            format!(
                "{id} {field} is given twice with different figures ({first} at {first_cell}, {second} here): correct one of them; neither is taken"
            )
        }
        ProblemKind::UnitMismatch {
            id,
            found,
            expected,
        } => {
            let found = quote(Lang::En, found);
            format!(
                "the unit {found} is not {id}'s (\"{expected}\"): convert the figures to \"{expected}\"; the row is left out"
            )
        }
        ProblemKind::NotANumber { text, error } => {
            let why = error
                .as_ref()
                .map(|e| format!(" ({})", i18n::parse_error(Lang::En, e)))
                .unwrap_or_default();
            let text = quote(Lang::En, text);
            format!("{text} is not a number{why}: write a number, such as 14,283.5 or 14.283,5")
        }
        ProblemKind::FormulaError { error } => {
            let error = quote::cut(Lang::En, error);
            format!("the formula gives the error {error}: correct it or write the number")
        }
        ProblemKind::Uncomputed { formula } => {
            let cell = &p.cell;
            let formula = if formula.is_empty() {
                String::new()
            } else {
                format!(" ={}", quote::cut(Lang::En, formula))
            };
            format!(
                "the formula{formula} in {cell} has no computed value: open and save the file in Excel or LibreOffice"
            )
        }
        ProblemKind::HiddenSheet { visibility } => {
            let (sheet, how) = (quote(Lang::En, &p.sheet), visibility.label(Lang::En));
            format!(
                "the figures come from sheet {sheet}, which is {how}: Excel does not show it; check it is the sheet meant (in Excel: right-click a sheet's tab → Unhide)"
            )
        }
        ProblemKind::OtherSheet { read } => {
            let (sheet, read) = (quote(Lang::En, &p.sheet), quote(Lang::En, read));
            format!(
                "sheet {sheet} also has a header row of figures but was not read: an import reads one sheet ({read}); copy its rows onto that sheet, or import this one on its own in the app (Map the columns… → choose the sheet)"
            )
        }
        ProblemKind::SecondColumn {
            field,
            first,
            title,
        } => {
            let (field, title) = (i18n::field(Lang::En, *field), quote(Lang::En, title));
            format!(
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
                (field.key(), plain(Some(*value)), error.message(Lang::En));
            if *error == EntryError::PercentOfAmount {
                value.push('%');
            }
            format!("{id} {field}: {value} cannot be used: {why}")
        }
        ProblemKind::StoppedReading { row } => format!(
            "the sheet has empty (formatted) cells down to row {row}: reading stopped there and nothing below was read; delete the rows below the figures"
        ),
        ProblemKind::OtherPeriod { found, expected } => {
            let found = quote::cut(Lang::En, found);
            format!(
                "the fill-in sheet is for {found}, the report for {expected}: check that it is the right sheet"
            )
        }
    }
}

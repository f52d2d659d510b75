//! What is wrong with a row or a cell of a sheet read: the problems of the dry run.

use super::Visibility;
use crate::checks::Severity;
use crate::entry::EntryError;
use crate::format::ParseNumberError;
use crate::model::{Field, IndicatorId, Lang};

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
    /// What is wrong, in `lang` (the catalogue's area `import`).
    pub fn message(&self, lang: Lang) -> String {
        crate::i18n::Message::tr(self, lang)
    }

    /// The problem as `chitieu import` prints it in English: `<severity>
    /// <sheet>!<cell>: <message>`.
    pub fn line(&self) -> String {
        self.line_in(Lang::En)
    }

    /// The problem as `chitieu import` prints it, in `lang`.
    pub fn line_in(&self, lang: Lang) -> String {
        format!(
            "{} {}!{}: {}",
            crate::i18n::Text::tr(self.severity.word(), lang),
            self.sheet,
            self.cell,
            self.message(lang)
        )
    }
}

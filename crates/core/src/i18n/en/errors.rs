//! The errors of the core shown to a user (recovery, entry, export, fill-in sheet,
//! mapping, numbers), in English.

use crate::entry::EntryError;
use crate::export::ExportError;
use crate::format::ParseNumberError;
use crate::import::MatchBy;
use crate::import::mapping::MappingError;
use crate::import::template::TemplateError;
use crate::model::Lang;
use crate::model::ParsePeriodError;
use crate::recovery::RecoveryError;

/// A recovery file's error, in English.
pub(crate) fn recovery_error(e: &RecoveryError) -> String {
    match e {
        RecoveryError::Busy { path } => format!(
            "the report is open in another chitieu window: {}",
            path.display()
        ),
        RecoveryError::Lock { path, source } => format!(
            "cannot lock the recovery file (can the data folder be written?): {source}: {}",
            path.display()
        ),
        RecoveryError::Write(e) => {
            format!("cannot write the recovery file: {}", e.message(Lang::En))
        }
        RecoveryError::Read(e) => format!("cannot read the recovery file: {}", e.message(Lang::En)),
        RecoveryError::Remove { path, source } => format!(
            "cannot remove the recovery file: {source}: {}",
            path.display()
        ),
    }
}

/// Why a figure cannot be what it was entered as, in English.
pub(crate) fn entry_error(e: &EntryError) -> String {
    let words = match e {
        EntryError::NotANumber(e) => return parse_error(e),
        EntryError::NotWhole => "A count is a whole number",
        EntryError::Negative => "A count cannot be negative",
        EntryError::ShareOutOfRange => "A share lies between 0 and 100 %",
        EntryError::GrowthBelowAll => "A fall of more than 100 % would leave less than nothing",
        EntryError::GrowthFollowsFigures => {
            "The growth is computed from the actual and the same period last year: \
             change the actual or the same period last year"
        }
        EntryError::PercentOfAmount => {
            "A percent (%) is only for a growth, a rate or a share; this figure is an amount or a count: write it in the indicator's unit, without %"
        }
        EntryError::TooLarge => {
            "Too large (over 10^15) for a figure of a report: check the unit and the number of digits"
        }
    };
    words.to_owned()
}

/// Why an export failed, in English.
pub(crate) fn export_error(e: &ExportError) -> String {
    match e {
        ExportError::Xlsx(why) => format!("cannot build the Excel workbook: {why}"),
        ExportError::Docx(why) => format!("cannot build the Word document: {why}"),
        ExportError::Save(e) => e.message(Lang::En),
    }
}

/// Why a fill-in sheet could not be made, in English.
pub(crate) fn template_error(e: &TemplateError) -> String {
    match e {
        TemplateError::UnknownSection { id } => format!(
            "the report has no section \"{id}\": use a section id as in the section column of the CSV export"
        ),
        TemplateError::NoIndicators => {
            "no indicator is in the sections or of the department chosen: choose others".to_owned()
        }
        TemplateError::Xlsx(reason) => format!("cannot build the workbook: {reason}"),
        TemplateError::Save(e) => e.message(Lang::En),
    }
}

/// What is wrong with a mapping, in English.
pub(crate) fn mapping_error(e: &MappingError) -> String {
    match e {
        MappingError::NoSheet { sheet } => format!("the file has no sheet \"{sheet}\": choose one of its sheets"),
        MappingError::NoRow { row } => format!("the sheet has no row {row}: choose the header row among the sheet's rows"),
        MappingError::NoIndicator => "no indicator column chosen: choose the column with the id, code or name".to_owned(),
        MappingError::NoFigure => "no figure column chosen: choose at least one (actual, growth, period target, annual target)".to_owned(),
        MappingError::SameColumn { column } => format!("column {column} is chosen twice: give each column one role"),
    }
}

/// How rows are matched to indicators, in English.
pub(crate) fn match_by(m: MatchBy) -> &'static str {
    match m {
        MatchBy::Id => "by id",
        MatchBy::Code => "by code",
        MatchBy::Name => "by name (ignoring case and marks)",
    }
}

/// Why a text is not a number, in English.
pub(crate) fn parse_error(e: &ParseNumberError) -> String {
    match e {
        ParseNumberError::Empty => "No number was entered".to_owned(),
        ParseNumberError::InvalidCharacter { found, position } => {
            format!("'{found}' at position {position} is not part of a number")
        }
        ParseNumberError::TwoDecimalMarks { mark } => {
            format!("The number has more than one decimal mark '{mark}'")
        }
        ParseNumberError::BadGrouping { separator, example } => format!(
            "The thousands separator '{separator}' must group digits by three, as in {example}"
        ),
        ParseNumberError::NoDigits => "There are no digits".to_owned(),
        ParseNumberError::OutOfRange => "The number is too large".to_owned(),
    }
}

/// A period that could not be read, in English.
pub(crate) fn period_error(e: &ParsePeriodError) -> String {
    format!(
        "\"{}\" is not a period: write the year and the part of it, as 2024-H1, 2024-H2, 2024-Q3, 2024-9M or 2024-Y",
        e.0
    )
}

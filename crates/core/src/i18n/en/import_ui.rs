//! The import window (the dry run and its mapping step) and the fill-in sheet window, in English.

use crate::i18n::import_ui::{ImportUi, ImportUiMsg};

/// The words of `t` in English.
pub(crate) fn text(t: ImportUi) -> &'static str {
    match t {
        ImportUi::HeaderNotRecognised => {
            "chitieu does not recognise the header row of this file. Say which row holds the titles, which column names the indicator and which columns are figures."
        }
        ImportUi::MappingHint => {
            "Say which row holds the titles, which column names the indicator and which columns are figures."
        }
        ImportUi::FirstRowsHint => {
            "The first rows of the sheet (click a row number to take it as the header row)"
        }
        ImportUi::PreviewTheChanges => "Preview the changes",
        ImportUi::Sheet => "Sheet",
        ImportUi::HeaderRow => "Header row",
        ImportUi::IndicatorColumn => "Indicator column",
        ImportUi::MatchTheIndicator => "Match the indicator",
        ImportUi::UnitColumnChecked => "Unit column (checked)",
        ImportUi::Row => "Row",
        ImportUi::ReportChangedSinceRead => {
            "The report changed since the sheet was read: import the sheet again to see its changes now"
        }
        ImportUi::ColumnsRecognised => "The columns were recognised by their titles.",
        ImportUi::ColumnsRemembered => {
            "The columns are read as mapped for the last file of this shape."
        }
        ImportUi::ColumnsMapped => "The columns are read as you mapped them.",
        ImportUi::MapTheColumns => "Map the columns…",
        ImportUi::Changes => "Changes from the sheet",
        ImportUi::TickAll => "Tick all",
        ImportUi::UntickAll => "Untick all",
        ImportUi::ProblemsNotTaken => "Problems (not taken)",
        ImportUi::ImportFigures => "Import figures",
        ImportUi::SheetFilter => "Spreadsheets (.xlsx, .csv)",
        ImportUi::FillInExplained => {
            "A workbook for a department to fill in: the indicators chosen, with their id, code, name and unit locked, and white cells for the figures. Once it is filled in, File → Import figures… brings the figures in."
        }
        ImportUi::BySection => "By section",
        ImportUi::ByDepartment => "By department",
        ImportUi::LanguageOfTheSheet => "Language of the sheet",
        ImportUi::SaveEllipsis => "Save…",
        ImportUi::ChooseADepartment => "Choose a department.",
        ImportUi::NoSectionTicked => "No section ticked: the sheet asks for every indicator.",
        ImportUi::NoDepartmentYet => {
            "No indicator names its department yet (Edit → Describe the indicator… names it)"
        }
        ImportUi::SaveTheFillInSheet => "Save the fill-in sheet",
        ImportUi::FillInFileName => "fill-in",
    }
}

/// The words of `m` in English.
pub(crate) fn message(m: &ImportUiMsg) -> String {
    match m {
        ImportUiMsg::DryRunSummary {
            sheet,
            changes,
            problems,
            unchanged,
        } => format!(
            "Sheet \"{sheet}\": {changes} changes, {problems} problems, {unchanged} rows that change nothing. Nothing changes until you press Apply."
        ),
        ImportUiMsg::ApplyTicked { count } => format!("Apply the changes ticked ({count})"),
        ImportUiMsg::SheetAsks { count } => format!("The sheet asks for {count} indicators."),
    }
}

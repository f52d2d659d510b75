//! The app's own words, in English.

use crate::i18n::app::{AppMessage, AppText};

/// The words of `t` in English.
pub(crate) fn text(t: AppText) -> &'static str {
    match t {
        AppText::ReadOnly => "read-only",
        AppText::PleaseWait => "Please wait…",
        AppText::NewBlankReport => "A new blank report",
        AppText::OpenElsewhere => {
            "This report is open in another chitieu window: read-only here; save it under another name."
        }
        AppText::FileIsReadOnly => "The report file is read-only: it cannot be saved over.",
        AppText::SavingOverUndoesTheOtherWindow => {
            "The report is open in another chitieu window; saving over it would undo the work there."
        }
        AppText::ExportOverTheReport => {
            "this is the file of the report on screen, so nothing was exported there; to save the report use Save (Ctrl+S), to export choose another file name"
        }
        AppText::CannotOpenTheFolder => "Cannot open the folder",
        AppText::ShowThePlotsFirst => "Show the plots before saving them as an image.",
        AppText::RecoveryNotWritten => {
            "Cannot write the recovery file (the changes are still on screen)"
        }
        AppText::RecoveryUnreadable => {
            "The recovery file of the last session cannot be read; it was kept as"
        }
        AppText::WorkLost => "The work stopped before it was done; nothing was changed",
        AppText::SelectAFigureFirst => "Select a figure in the table before pasting.",
        AppText::TextCleaned => "the text typed or pasted was cleaned",
        AppText::SavedWithTextCleaned => "Saved, with its text cleaned —",
        AppText::Refused => "refused",
        AppText::IndicatorTable => "Indicator table",
        AppText::BehindOnly => "Behind target only",
        AppText::RevisedOnly => "Revised only",
        AppText::FindingsOnly => "With findings only",
        AppText::Columns => "Columns ▾",
        AppText::RowsPicked => "rows picked",
        AppText::IndicatorsShown => "indicators",
        AppText::HasRevisedValues => "Has revised values",
        AppText::Collapse => "Collapse",
        AppText::Expand => "Expand",
        AppText::NotPasted => "Not pasted",
        AppText::ClickToSort => "Click to sort",
    }
}

/// `m` in English.
pub(crate) fn message(m: &AppMessage) -> String {
    match m {
        AppMessage::Opened(path) => format!("Opened {}", path.display()),
        AppMessage::Saved(path) => format!("Saved {}", path.display()),
        AppMessage::Exported(path) => format!("Exported to {}", path.display()),
        AppMessage::SavedImage(path) => format!("Saved the image {}", path.display()),
        AppMessage::Opening(name) => format!("Opening {name}"),
        AppMessage::Saving(name) => format!("Saving {name}"),
        AppMessage::Exporting(name) => format!("Exporting to {name}"),
        AppMessage::ReadingFigures(name) => format!("Reading figures from {name}"),
        AppMessage::WritingFillIn(name) => format!("Writing the fill-in sheet {name}"),
        AppMessage::Applying { count, name } => format!("Applying {count} figures from {name}"),
        AppMessage::Imported { count, name } => format!("Imported {count} figures from {name}"),
        AppMessage::FillInWritten { count, name } => {
            format!("Wrote the fill-in sheet of {count} indicators: {name}")
        }
        AppMessage::Copied(rows) => format!("Copied, rows: {rows}"),
        AppMessage::Pasted(cells) => format!("Pasted, cells changed: {cells}"),
        AppMessage::NextPeriod {
            period,
            cleared,
            carried,
            kept,
            renamed,
        } => {
            let mut words = format!(
                "The report on {period}: {cleared} actuals cleared, {carried} carried as last year's values, {kept} annual targets kept."
            );
            if *renamed > 0 {
                words.push_str(&format!(
                    " {renamed} names with their years rolled forward (Ctrl+Z undoes each)."
                ));
            }
            words
        }
        AppMessage::Restored {
            written_at,
            copy_of: Some(file),
        } => format!(
            "Restored the unsaved changes of a read-only window, of {written_at}: save them under another name (the other window may have saved the file) — {}",
            file.display()
        ),
        AppMessage::Restored {
            written_at,
            copy_of: None,
        } => format!("Restored the unsaved changes of {written_at}"),
        AppMessage::ChangedSinceRead => {
            "The report changed since the sheet was read: import the sheet again to see its changes now"
                .to_owned()
        }
    }
}

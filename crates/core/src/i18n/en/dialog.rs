//! The file dialogs, the modal questions and the secondary windows (shortcuts, about, findings), in English.

use crate::i18n::dialog::{Dialog, DialogMsg};

/// The words of `t` in English.
pub(crate) fn text(t: Dialog) -> &'static str {
    match t {
        Dialog::OpenAReport => "Open a report",
        Dialog::ReportFileFilter => "chitieu report (RON)",
        Dialog::SaveAsTitle => "Save as",
        Dialog::SaveThePlotAsAnImage => "Save the plot as an image",
        Dialog::SaveYourChanges => "Save your changes?",
        Dialog::RestoreUnsavedChanges => "Restore unsaved changes?",
        Dialog::RecoveredReadOnly => {
            "These changes were made in a window that had the report read-only (it was open in another window): restored as an unsaved report, to save under another name."
        }
        Dialog::Restore => "Restore",
        Dialog::DiscardThem => "Discard them",
        Dialog::ThatDidNotWork => "That did not work",
        Dialog::TheFileHasChanged => "The file has changed",
        Dialog::ChangedElsewhere => {
            "Another program or window changed the report file since it was opened here. Saving over it would undo that change."
        }
        Dialog::CannotSaveOverTheFile => "Cannot save over the file",
        Dialog::AboutText => "Review and revise the targets of a half-year socio-economic report.",
        Dialog::AboutFont => "Font: DejaVu Sans.",
        Dialog::NoFindings => "No findings.",
        Dialog::Overwrite => "Overwrite",
        Dialog::Reload => "Reload (drop the edits here)",
        Dialog::SaveBeforeClosing => "The report has unsaved changes. Save them before closing?",
        Dialog::SaveBeforeNew => {
            "The report has unsaved changes. Save them before starting a new report?"
        }
        Dialog::SaveBeforeOpening => {
            "The report has unsaved changes. Save them before opening another report?"
        }
        Dialog::PlotFileName => "plot",
        Dialog::Unnamed => "(no name)",
    }
}

/// The words of `m` in English.
pub(crate) fn message(m: &DialogMsg) -> String {
    match m {
        DialogMsg::Recovered { at, file } => format!(
            "chitieu did not close properly last time. There are unsaved changes, kept at {at} ({file})."
        ),
        DialogMsg::RevisedValues { count } => format!("{count} revised values."),
    }
}

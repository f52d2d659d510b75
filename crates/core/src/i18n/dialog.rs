//! The file dialogs, the modal questions and the secondary windows (shortcuts, about, findings).

use super::{en, vi};

crate::texts! {
    /// The file dialogs, the modal questions and the secondary windows (shortcuts, about, findings): a fixed text.
    pub enum Dialog in vi::dialog::text, en::dialog::text {
        /// Shown by `dialogs::pick_open`.
        OpenAReport,
        /// Shown by `dialogs::pick_open`.
        ReportFileFilter,
        /// Shown by `dialogs::pick_save`.
        SaveAsTitle,
        /// Shown by `dialogs::pick_png`.
        SaveThePlotAsAnImage,
        /// Shown by `dialogs::modal_ui`.
        SaveYourChanges,
        /// Shown by `dialogs::modal_ui`.
        RestoreUnsavedChanges,
        /// Shown by `dialogs::modal_ui`.
        RecoveredReadOnly,
        /// Shown by `dialogs::modal_ui`.
        Restore,
        /// Shown by `dialogs::modal_ui`.
        DiscardThem,
        /// Shown by `dialogs::modal_ui`.
        ThatDidNotWork,
        /// Shown by `dialogs::changed_ui`.
        TheFileHasChanged,
        /// Shown by `dialogs::changed_ui`.
        ChangedElsewhere,
        /// Shown by `dialogs::save_as_instead_ui`.
        CannotSaveOverTheFile,
        /// Shown by `dialogs::ui`.
        AboutText,
        /// Shown by `dialogs::ui`.
        AboutFont,
        /// Shown by `dialogs::ui`.
        NoFindings,
        /// Shown by `dialogs::changed_ui`: save over the file changed elsewhere.
        Overwrite,
        /// Shown by `dialogs::changed_ui`: read the file again, dropping the edits made here.
        Reload,
        /// Shown by `dialogs::modal_ui`: the question before closing with unsaved changes.
        SaveBeforeClosing,
        /// Shown by `dialogs::modal_ui`: the question before a new report replaces one with unsaved changes.
        SaveBeforeNew,
        /// Shown by `dialogs::modal_ui`: the question before another report replaces one with unsaved changes.
        SaveBeforeOpening,
        /// Shown by `dialogs::pick_png`: the end of the name suggested for a plot saved as an image (no accents, as a file name).
        PlotFileName,
        /// Shown by `dialogs::subject_name`: in the findings, an indicator whose name is missing.
        Unnamed,
    }
}

/// A message of the dialogs with figures, times or paths in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogMsg {
    /// The question after a crash: when the unsaved changes were kept, and for which file (last).
    Recovered {
        /// When they were kept, as a date and time.
        at: String,
        /// The file, as a path.
        file: String,
    },
    /// How many values the changes to restore revise.
    RevisedValues {
        /// How many.
        count: usize,
    },
}

impl crate::i18n::Message for DialogMsg {
    fn vi(&self) -> String {
        vi::dialog::message(self)
    }
    fn en(&self) -> String {
        en::dialog::message(self)
    }
}

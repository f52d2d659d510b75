//! The app's own words around the report: the window's title and tabs, what the status
//! bar says after a file is opened, saved or exported, the errors of files and work
//! beside the window, copy and paste, and the table's filter bar and cells.

use std::path::PathBuf;

use super::{en, vi};

crate::texts! {
    /// A fixed text of the app.
    pub enum AppText in vi::app::text, en::app::text {
        /// After the window's title, for a report that cannot be saved over.
        ReadOnly,
        /// The busy window, with the seconds elapsed after it.
        PleaseWait,
        /// The status bar after File → New blank report.
        NewBlankReport,
        /// The status bar when the report is open in another window.
        OpenElsewhere,
        /// Why the report's file cannot be saved over: it is read-only.
        FileIsReadOnly,
        /// Why the report's file cannot be saved over: another window has it.
        SavingOverUndoesTheOtherWindow,
        /// An export asked to go over the report's own file (followed by the path).
        ExportOverTheReport,
        /// The export's folder cannot be opened (followed by the error and the path).
        CannotOpenTheFolder,
        /// Saving the plots with the plots panel hidden.
        ShowThePlotsFirst,
        /// The recovery file cannot be written (followed by the error).
        RecoveryNotWritten,
        /// The last session's recovery file cannot be read (followed by its new name).
        RecoveryUnreadable,
        /// Work beside the window ended without an outcome.
        WorkLost,
        /// A paste with no figure of the table selected.
        SelectAFigureFirst,
        /// A text typed or pasted had characters taken out (followed by what).
        TextCleaned,
        /// A figure's description saved with characters taken out of its texts.
        SavedWithTextCleaned,
        /// A cell of a paste refused (followed by the indicator and the reason).
        Refused,
        /// The table's accessible name.
        IndicatorTable,
        /// The filter: only indicators behind their target.
        BehindOnly,
        /// The filter: only revised figures.
        RevisedOnly,
        /// The filter: only indicators with findings.
        FindingsOnly,
        /// The menu of the columns shown.
        Columns,
        /// After the count of the rows picked.
        RowsPicked,
        /// After the count of the indicators shown.
        IndicatorsShown,
        /// The mark of a row with revised figures, on hover.
        HasRevisedValues,
        /// Folding a breakdown.
        Collapse,
        /// Unfolding a breakdown.
        Expand,
        /// A cell a paste refused (followed by the reason).
        NotPasted,
        /// A column's title, on hover.
        ClickToSort,
    }
}

/// A message of the app with figures, names or paths in it.
#[derive(Clone, Debug, PartialEq)]
pub enum AppMessage {
    /// The status bar after a file was read.
    Opened(PathBuf),
    /// The status bar after the report was saved.
    Saved(PathBuf),
    /// The status bar after an export.
    Exported(PathBuf),
    /// The status bar after the plots were saved as an image.
    SavedImage(PathBuf),
    /// The busy window while a file is read (its name).
    Opening(String),
    /// The busy window while the report is saved (the file's name).
    Saving(String),
    /// The busy window while exporting (the file's name).
    Exporting(String),
    /// The busy window while a sheet of figures is read (its name).
    ReadingFigures(String),
    /// The busy window while a fill-in sheet is written (its name).
    WritingFillIn(String),
    /// The busy window while an import's changes are applied.
    Applying {
        /// How many changes.
        count: usize,
        /// The sheet's file name.
        name: String,
    },
    /// The status bar after an import.
    Imported {
        /// How many changes.
        count: usize,
        /// The sheet's file name.
        name: String,
    },
    /// The status bar after a fill-in sheet was written.
    FillInWritten {
        /// How many indicators it asks for.
        count: usize,
        /// The file's name.
        name: String,
    },
    /// The status bar after a copy.
    Copied(usize),
    /// The status bar after a paste: the cells changed.
    Pasted(usize),
    /// The status bar after the next period was started.
    NextPeriod {
        /// The period, in words.
        period: String,
        /// Actuals cleared.
        cleared: usize,
        /// This period's figures carried as last year's.
        carried: usize,
        /// Annual targets kept.
        kept: usize,
        /// Names whose years rolled forward.
        renamed: usize,
    },
    /// The status bar after unsaved edits were restored.
    Restored {
        /// When they were written.
        written_at: String,
        /// The read-only window's file they were edits of, if they were.
        copy_of: Option<PathBuf>,
    },
    /// A report that cannot be read from the changes an import was read against.
    ChangedSinceRead,
}

impl super::Message for AppMessage {
    fn vi(&self) -> String {
        vi::app::message(self)
    }
    fn en(&self) -> String {
        en::app::message(self)
    }
}

//! The import window (the dry run and its mapping step) and the fill-in sheet window.

use super::{en, vi};

crate::texts! {
    /// The import window (the dry run and its mapping step) and the fill-in sheet window: a fixed text.
    pub enum ImportUi in vi::import_ui::text, en::import_ui::text {
        /// Shown by `mapping::ui`.
        HeaderNotRecognised,
        /// Shown by `mapping::ui`.
        MappingHint,
        /// Shown by `mapping::ui`.
        FirstRowsHint,
        /// Shown by `mapping::ui`.
        PreviewTheChanges,
        /// Shown by `mapping::sheet_row_ui`.
        Sheet,
        /// Shown by `mapping::header_row_ui`.
        HeaderRow,
        /// Shown by `mapping::columns_ui`.
        IndicatorColumn,
        /// Shown by `mapping::columns_ui`.
        MatchTheIndicator,
        /// Shown by `mapping::columns_ui`.
        UnitColumnChecked,
        /// Shown by `mapping::row_summary`.
        Row,
        /// Shown by `import::changed_since_read`.
        ReportChangedSinceRead,
        /// Shown by `import::contents_ui`.
        ColumnsRecognised,
        /// Shown by `import::contents_ui`.
        ColumnsRemembered,
        /// Shown by `import::contents_ui`.
        ColumnsMapped,
        /// Shown by `import::contents_ui`.
        MapTheColumns,
        /// Shown by `import::contents_ui`.
        Changes,
        /// Shown by `import::contents_ui`.
        TickAll,
        /// Shown by `import::contents_ui`.
        UntickAll,
        /// Shown by `import::contents_ui`.
        ProblemsNotTaken,
        /// Shown by `import::pick_sheet`, `import::ui`.
        ImportFigures,
        /// Shown by `import::pick_sheet`.
        SheetFilter,
        /// Shown by `fill_in::contents_ui`.
        FillInExplained,
        /// Shown by `fill_in::contents_ui`.
        BySection,
        /// Shown by `fill_in::contents_ui`.
        ByDepartment,
        /// Shown by `fill_in::contents_ui`.
        LanguageOfTheSheet,
        /// Shown by `fill_in::contents_ui`.
        SaveEllipsis,
        /// Shown by `fill_in::count`.
        ChooseADepartment,
        /// Shown by `fill_in::sections_ui`.
        NoSectionTicked,
        /// Shown by `fill_in::agencies_ui`.
        NoDepartmentYet,
        /// Shown by `fill_in::pick_path`.
        SaveTheFillInSheet,
        /// Shown by `fill_in::pick_path`.
        FillInFileName,
    }
}

/// A message of the import and fill-in windows with figures or names in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportUiMsg {
    /// Above the dry run: the sheet, its changes, its problems and its rows that change nothing.
    DryRunSummary {
        /// The sheet's name.
        sheet: String,
        /// How many changes.
        changes: usize,
        /// How many problems.
        problems: usize,
        /// How many rows change nothing.
        unchanged: usize,
    },
    /// The button that applies the changes ticked, with how many.
    ApplyTicked {
        /// How many.
        count: usize,
    },
    /// In the fill-in window: how many indicators the sheet asks for.
    SheetAsks {
        /// How many.
        count: usize,
    },
}

impl crate::i18n::Message for ImportUiMsg {
    fn vi(&self) -> String {
        vi::import_ui::message(self)
    }
    fn en(&self) -> String {
        en::import_ui::message(self)
    }
}

//! The sections panel, the tasks panel and the status bar.

use super::{en, vi};

crate::texts! {
    /// The sections panel, the tasks panel and the status bar: a fixed text.
    pub enum Panel in vi::panel::text, en::panel::text {
        /// Shown by `status_bar::status_bar_ui`.
        UnsavedChanges,
        /// Shown by `status_bar::status_bar_ui`.
        Saved,
        /// Shown by `status_bar::status_bar_ui`.
        FindingsHint,
        /// Shown by `status_bar::status_bar_ui`.
        OpenFolder,
        /// Shown by `sections::sections_ui`.
        Sections,
        /// Shown by `sections::sections_ui`.
        AllIndicators,
        /// Shown by `sections::section_menu_ui`.
        AddASectionInside,
        /// Shown by `tasks::ui`.
        NewTaskHint,
        /// Shown by `tasks::ui`.
        NewTaskTitle,
        /// Shown by `tasks::ui`.
        AddTask,
        /// Shown by `tasks::list_ui`.
        StatusOfTask,
        /// Shown by `tasks::list_ui`.
        TextAndNote,
        /// Shown by `tasks::list_ui`.
        Note,
        /// Shown by `tasks::list_ui`.
        NoteOfTask,
    }
}

/// A message of the sections panel, the tasks panel or the status bar with figures in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PanelMsg {
    /// The heading of the tasks carried from the last report: its period in words, and how many.
    TasksToReport {
        /// The period, in words.
        period: String,
        /// How many.
        count: usize,
    },
    /// The heading of the report's own tasks, and how many.
    OwnTasks {
        /// How many.
        count: usize,
    },
    /// Above the tasks: how many are done out of all.
    TasksDone {
        /// How many are done.
        done: usize,
        /// How many there are.
        total: usize,
    },
    /// In the status bar: how many check findings the report has.
    Findings {
        /// How many.
        count: usize,
    },
    /// In the status bar: how many indicators are behind their target.
    Behind {
        /// How many.
        count: usize,
    },
}

impl crate::i18n::Message for PanelMsg {
    fn vi(&self) -> String {
        vi::panel::message(self)
    }
    fn en(&self) -> String {
        en::panel::message(self)
    }
}

//! The sections panel, the tasks panel and the status bar, in English.

use crate::i18n::panel::{Panel, PanelMsg};

/// The words of `t` in English.
pub(crate) fn text(t: Panel) -> &'static str {
    match t {
        Panel::UnsavedChanges => "• Unsaved changes",
        Panel::Saved => "Saved",
        Panel::FindingsHint => "List them and go to each indicator",
        Panel::OpenFolder => "Open folder",
        Panel::Sections => "Sections",
        Panel::AllIndicators => "All indicators",
        Panel::AddASectionInside => "Add a section inside…",
        Panel::NewTaskHint => "New task's title…",
        Panel::NewTaskTitle => "New task's title",
        Panel::AddTask => "+ Add task",
        Panel::StatusOfTask => "Status of task",
        Panel::TextAndNote => "Text and note",
        Panel::Note => "Note…",
        Panel::NoteOfTask => "Note of task",
    }
}

/// The words of `m` in English.
pub(crate) fn message(m: &PanelMsg) -> String {
    match m {
        PanelMsg::TasksToReport { period, count } => {
            format!("Tasks of the report on the {period} to report on ({count})")
        }
        PanelMsg::OwnTasks { count } => format!("This report's own tasks ({count})"),
        PanelMsg::TasksDone { done, total } => format!("{done} / {total} tasks done"),
        PanelMsg::Findings { count } => format!("{count} check findings"),
        PanelMsg::Behind { count } => format!("{count} behind target"),
    }
}

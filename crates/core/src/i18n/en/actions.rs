//! The names of the app's actions, in English.

use crate::i18n::actions::ActionText;

/// The words of `t` in English.
pub(crate) fn action(t: ActionText) -> &'static str {
    match t {
        ActionText::NewBlank => "New blank report",
        ActionText::NewPeriod => "Next period from this report…",
        ActionText::Open => "Open…",
        ActionText::Save => "Save",
        ActionText::SaveAs => "Save as…",
        ActionText::SavePlot => "Save the plot as PNG…",
        ActionText::SavePlotHint => "Save the plot shown as an image file",
        ActionText::ImportFigures => "Import figures…",
        ActionText::FillIn => "Fill-in sheet…",
        ActionText::Quit => "Quit",
        ActionText::Undo => "Undo",
        ActionText::Redo => "Redo",
        ActionText::Copy => "Copy rows",
        ActionText::Paste => "Paste figures",
        ActionText::SelectAllRows => "Select all rows",
        ActionText::Find => "Search indicators",
        ActionText::AddIndicator => "Add an indicator…",
        ActionText::AddPart => "Add a part…",
        ActionText::DescribeIndicator => "Describe the indicator…",
        ActionText::DeleteIndicator => "Delete the indicator…",
        ActionText::MoveUp => "Move up",
        ActionText::MoveDown => "Move down",
        ActionText::AddSection => "Add a section…",
        ActionText::DescribeSection => "Describe the section…",
        ActionText::DeleteSection => "Delete the section…",
        ActionText::RestOfYear => "What the rest of the year must do…",
        ActionText::ToggleSections => "Sections panel",
        ActionText::TogglePlots => "Plots panel",
        ActionText::Shortcuts => "Keyboard shortcuts",
        ActionText::Findings => "Check findings",
        ActionText::About => "About chitieu",
        ActionText::MoveBetweenCells => "Move between cells",
        ActionText::EditOrCommit => "Edit the selected cell / commit",
        ActionText::TypeToEdit => "Type to edit the selected cell",
        ActionText::MoveRightLeft => "Move right / left",
        ActionText::CancelEditing => "Cancel editing",
        ActionText::PickRows => "Pick a run of rows / add or remove a row (to copy them)",
        ActionText::Click => "click",
    }
}

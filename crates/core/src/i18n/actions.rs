//! The names of the app's actions, as the menus, the row and section menus, the plots'
//! button and the shortcuts window show them (one key an action, so the row menu and
//! the Edit menu cannot drift apart), and the table's own keys in the shortcuts window.

use super::{en, vi};

crate::texts! {
    /// The name of an action of the app.
    pub enum ActionText in vi::actions::action, en::actions::action {
        /// File → start a blank report.
        NewBlank,
        /// File → the next period's report from this one.
        NewPeriod,
        /// File → open a report.
        Open,
        /// File → save.
        Save,
        /// File → save to another file.
        SaveAs,
        /// File and the plots panel → save the plot shown as an image.
        SavePlot,
        /// The hover text of saving the plot as an image.
        SavePlotHint,
        /// File → import figures from a sheet.
        ImportFigures,
        /// File → write a fill-in sheet.
        FillIn,
        /// File → quit.
        Quit,
        /// Edit → undo.
        Undo,
        /// Edit → redo.
        Redo,
        /// Edit → copy the rows.
        Copy,
        /// Edit → paste a column of figures.
        Paste,
        /// Edit → pick every row.
        SelectAllRows,
        /// Edit → the search box.
        Find,
        /// Edit and a section's menu → add an indicator.
        AddIndicator,
        /// Edit and a row's menu → add a part to the indicator.
        AddPart,
        /// Edit and a row's menu → describe the indicator.
        DescribeIndicator,
        /// Edit and a row's menu → delete the indicator.
        DeleteIndicator,
        /// Edit and a row's menu → move the indicator up.
        MoveUp,
        /// Edit and a row's menu → move the indicator down.
        MoveDown,
        /// Edit and a section's menu → add a section.
        AddSection,
        /// Edit and a section's menu → describe the section.
        DescribeSection,
        /// Edit and a section's menu → delete the section.
        DeleteSection,
        /// Edit → what the rest of the year must do.
        RestOfYear,
        /// View → the sections panel.
        ToggleSections,
        /// View → the plots panel.
        TogglePlots,
        /// Help → the keyboard shortcuts.
        Shortcuts,
        /// Help → every check finding.
        Findings,
        /// Help → about chitieu.
        About,
        /// Shortcuts window: the arrow keys.
        MoveBetweenCells,
        /// Shortcuts window: Enter and F2.
        EditOrCommit,
        /// Shortcuts window: typing a figure.
        TypeToEdit,
        /// Shortcuts window: Tab and Shift+Tab.
        MoveRightLeft,
        /// Shortcuts window: Esc.
        CancelEditing,
        /// Shortcuts window: Shift+click and Ctrl+click on a row.
        PickRows,
        /// Shortcuts window: the words for a click, after the modifier keys.
        Click,
    }
}

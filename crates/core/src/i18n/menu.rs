//! The words of the menu bar that are not actions: the menus' titles, the recent files,
//! the export formats, resetting a figure, and the View menu's choices.

use super::{en, vi};

crate::texts! {
    /// A word of the menu bar.
    pub enum MenuText in vi::menu::menu, en::menu::menu {
        /// The File menu.
        File,
        /// The Edit menu.
        Edit,
        /// The View menu.
        View,
        /// The Help menu.
        Help,
        /// File → the files opened lately.
        OpenRecent,
        /// File → Open recent, when there is none.
        NoneYet,
        /// File → the export formats.
        ExportRevised,
        /// Export as an Excel workbook.
        Xlsx,
        /// Export as CSV with commas.
        CsvStandard,
        /// Export as CSV for a Vietnamese Excel.
        CsvVietnamese,
        /// Export as the Word report.
        Docx,
        /// Export as the report's text in Markdown.
        Markdown,
        /// Export as the report's plain text.
        Text,
        /// Export as a chitieu report.
        Ron,
        /// Edit → put a figure back to the report's own value (followed by the figure).
        ResetToReport,
        /// View → where the indicator's detail goes.
        IndicatorDetail,
        /// The detail on the right.
        OnTheRight,
        /// The detail below.
        Below,
        /// The detail hidden.
        Hidden,
        /// View → the language.
        Language,
        /// View → how numbers are written.
        Notation,
        /// View → the theme.
        Theme,
        /// The theme of the system.
        FollowSystem,
        /// The light theme.
        Light,
        /// The dark theme.
        Dark,
    }
}

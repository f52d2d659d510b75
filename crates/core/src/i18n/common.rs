//! Words shared by many panels and windows: buttons, titles, short labels.

use super::{en, vi};

crate::texts! {
    /// Words shared by many panels and windows: a fixed text.
    pub enum Common in vi::common::text, en::common::text {
        /// Shown by `detail::note_ui`.
        Note,
        /// Shown by `detail::figures_ui`.
        Unit,
        /// Shown by `detail::figures_ui`.
        Department,
        /// Shown by `detail::rest_of_year_ui`, `pace::ui`.
        TheRestOfTheYear,
        /// Shown by `breakdown::parts_plot_ui`, `detail::breakdown_ui`, `plots::ui`.
        Breakdown,
        /// Shown by `structure::ok_cancel_ui`.
        OK,
        /// Shown by `dialogs::modal_ui`, `dialogs::save_as_instead_ui`, `import::contents_ui`, `mapping::ui`, `structure::delete_ui`, `structure::ok_cancel_ui`.
        Cancel,
        /// Shown by `mapping::columns_ui`, `structure::growth_of_row`, `structure::ui`.
        NoneInParens,
        /// Shown by `dialogs::pick_open`, `import::pick_sheet`.
        AllFiles,
        /// Shown by `dialogs::modal_ui`.
        DontSave,
        /// Shown by `dialogs::ui`, `import::contents_ui`.
        Error,
        /// Shown by `dialogs::ui`, `import::contents_ui`.
        Warning,
        /// Shown by `dialogs::ui`, `import::contents_ui`.
        Notice,
        /// Shown by `fill_in::contents_ui`.
        Close,
        /// Shown by `breakdown::parts_plot_ui`.
        Total,
    }
}

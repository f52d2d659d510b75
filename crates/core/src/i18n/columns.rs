//! The titles of the indicator table's columns that are not a figure's name (the
//! figures' titles are the fields' names): shown in the window, copied with Ctrl+C.

use super::{en, vi};

crate::texts! {
    /// The title of a column of the indicator table.
    pub enum ColumnText in vi::columns::column, en::columns::column {
        /// The indicator's name.
        Indicator,
    }
}

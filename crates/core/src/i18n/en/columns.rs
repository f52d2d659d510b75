//! The titles of the indicator table's columns, in English.

use crate::i18n::columns::ColumnText;

/// The words of `t` in English.
pub(crate) fn column(t: ColumnText) -> &'static str {
    match t {
        ColumnText::Indicator => "Indicator",
    }
}

//! The titles of the indicator table's columns, in Vietnamese.

use crate::i18n::columns::ColumnText;

/// The words of `t` in Vietnamese.
pub(crate) fn column(t: ColumnText) -> &'static str {
    match t {
        ColumnText::Indicator => "Chỉ tiêu",
    }
}

//! Words shared by many panels and windows, in English.

use crate::i18n::common::Common;

/// The words of `t` in English.
pub(crate) fn text(t: Common) -> &'static str {
    match t {
        Common::Note => "Note",
        Common::Unit => "Unit",
        Common::Department => "Department",
        Common::TheRestOfTheYear => "The rest of the year",
        Common::Breakdown => "Breakdown",
        Common::OK => "OK",
        Common::Cancel => "Cancel",
        Common::NoneInParens => "(none)",
        Common::AllFiles => "All files",
        Common::DontSave => "Don't save",
        Common::Error => "Error",
        Common::Warning => "Warning",
        Common::Notice => "Notice",
        Common::Close => "Close",
        Common::Total => "Total",
    }
}

//! The words of the session, in English.

use crate::format::Notation;
use crate::i18n::SessionMessage;
use crate::model::Lang;
use crate::session::StructureError;

/// The message `m` in English.
pub(crate) fn message(m: &SessionMessage) -> String {
    match m {
        SessionMessage::NewReport(period) => format!("New report {period} (unsaved)"),
    }
}

/// The error `e` in English.
pub(crate) fn structure_error(e: &StructureError) -> String {
    match e {
        StructureError::Unknown(what) => format!("Not in the report: {what}"),
        StructureError::Breaks(finding) => format!(
            "The change would break the report's structure: {}",
            finding.line_in(Lang::En, Notation::English)
        ),
        StructureError::ChangedUnderTheEdit => {
            "The report changed under the edit: nothing was changed; make it again".to_owned()
        }
        StructureError::NowhereToMove(id) => format!(
            "Section {id} is not inside another section: its contents can only be deleted with it"
        ),
    }
}

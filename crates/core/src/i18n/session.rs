//! The words of the session: why a change to the structure was refused
//! (`session::StructureError`), and the name of a report never saved.

use super::{Message, en, vi};
use crate::model::Period;
use crate::session::StructureError;

/// A message of the session, with what it says filled in.
#[derive(Clone, Copy, Debug)]
pub enum SessionMessage {
    /// The name of a report made here and never saved, for its period.
    NewReport(Period),
}

impl Message for SessionMessage {
    fn vi(&self) -> String {
        vi::session::message(self)
    }
    fn en(&self) -> String {
        en::session::message(self)
    }
}

impl Message for StructureError {
    fn vi(&self) -> String {
        vi::session::structure_error(self)
    }
    fn en(&self) -> String {
        en::session::structure_error(self)
    }
}

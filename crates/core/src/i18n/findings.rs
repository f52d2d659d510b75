//! The findings of the checks (`checks::FindingKind`), in words: each kind with its
//! figures, rendered in the user's language and notation where it is shown.

use super::{Message, en, vi};
use crate::checks::FindingKind;
use crate::format::Notation;

crate::texts! {
    /// The severity of a finding, as a line of `chitieu check` starts.
    pub enum FindingWord in vi::findings::word, en::findings::word {
        /// The figures contradict each other, or the structure is broken.
        Error,
        /// Something is likely wrong.
        Warning,
        /// Worth knowing.
        Info,
    }
}

/// A finding's kind with the notation its numbers are written in: the message of a
/// finding (`checks::Finding::message`).
#[derive(Clone, Copy, Debug)]
pub struct FindingText<'a> {
    /// What was found, with its figures.
    pub kind: &'a FindingKind,
    /// How its numbers are written.
    pub notation: Notation,
}

impl Message for FindingText<'_> {
    fn vi(&self) -> String {
        vi::findings::finding(self.kind, self.notation)
    }
    fn en(&self) -> String {
        en::findings::finding(self.kind, self.notation)
    }
}

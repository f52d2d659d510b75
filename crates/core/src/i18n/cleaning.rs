//! The words of cleaning a text (`model::text`): what was removed, whose text it was,
//! and the names of the texts a form shows.

use super::{Message, en, vi};
use crate::model::text::{Owner, Removed};

crate::texts! {
    /// The name of a cleaned text, or of its owner, as a form or a message names it.
    pub enum CleaningText in vi::cleaning::text, en::cleaning::text {
        /// The report itself, as the owner of a text.
        TheReport,
        /// An indicator's Vietnamese name.
        NameVi,
        /// An indicator's English name.
        NameEn,
        /// A unit in Vietnamese.
        UnitVi,
        /// A unit in English.
        UnitEn,
        /// A section's or the report's Vietnamese title.
        TitleVi,
        /// A section's or the report's English title.
        TitleEn,
        /// An indicator's code.
        Code,
        /// The department responsible for an indicator.
        Agency,
        /// A task's printed number.
        Number,
        /// A note.
        Note,
    }
}

impl Message for Removed {
    fn vi(&self) -> String {
        vi::cleaning::removed(self)
    }
    fn en(&self) -> String {
        en::cleaning::removed(self)
    }
}

impl Message for Owner {
    fn vi(&self) -> String {
        vi::cleaning::owner(self)
    }
    fn en(&self) -> String {
        en::cleaning::owner(self)
    }
}

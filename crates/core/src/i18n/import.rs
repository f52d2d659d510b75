//! The words of an import: its errors (`import::ImportError`), the problems of its dry
//! run (`import::Problem`), its notes, and the titles of the fill-in sheet it knows.

use super::{Message, en, vi};
use crate::import::{ImportError, Problem};

crate::texts! {
    /// A fixed text of an import.
    pub enum ImportText in vi::import::text, en::import::text {
        /// The fill-in sheet's name: the title of its first cell, which tells it from other
        /// sheets, and of the window that writes it.
        FillInMark,
        /// The title of the fill-in sheet's code column.
        CodeTitle,
        /// The title of the fill-in sheet's period label.
        PeriodTitle,
        /// A sheet Excel does not show.
        Hidden,
        /// A sheet Excel does not show and lists nowhere.
        VeryHidden,
    }
}

/// A note of an import, with what it says filled in.
#[derive(Clone, Copy, Debug)]
pub enum ImportNote<'a> {
    /// A figure read from a cell formatted as a percent.
    PercentCell {
        /// The cell (`D14`).
        cell: &'a str,
        /// The number the cell stores (`0.105`).
        stored: &'a str,
        /// The percent it is (`10.5`).
        after: &'a str,
    },
    /// The length of a text cut short in a message.
    Length {
        /// Its length in characters.
        chars: usize,
    },
}

impl Message for ImportNote<'_> {
    fn vi(&self) -> String {
        vi::import::note(self)
    }
    fn en(&self) -> String {
        en::import::note(self)
    }
}

impl Message for ImportError {
    fn vi(&self) -> String {
        vi::import::error(self)
    }
    fn en(&self) -> String {
        en::import::error(self)
    }
}

impl Message for Problem {
    fn vi(&self) -> String {
        vi::import::problem(self)
    }
    fn en(&self) -> String {
        en::import::problem(self)
    }
}

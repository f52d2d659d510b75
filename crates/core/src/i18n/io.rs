//! The words of reading and saving a report: `io::LoadError`, `io::SaveError`, and
//! what a path is when it is not a file.

use std::path::Path;

use super::{Message, Text, en, vi};
use crate::io::{Cleaning, FileKind, LoadError, Problem, SaveError};

/// The problems that make a report unusable, each with its line when known: the words
/// of `io::LoadError::Structure`.
#[derive(Clone, Copy, Debug)]
pub struct Problems<'a>(pub &'a [(Option<usize>, Problem)]);

/// What loading cleaned out of the texts of the report read from `path`.
#[derive(Clone, Copy, Debug)]
pub struct Cleaned<'a> {
    /// What was cleaned (not empty).
    pub cleanings: &'a [Cleaning],
    /// The file read.
    pub path: &'a Path,
}

impl Text for FileKind {
    fn vi(self) -> &'static str {
        vi::io::file_kind(self)
    }
    fn en(self) -> &'static str {
        en::io::file_kind(self)
    }
}

impl Message for LoadError {
    fn vi(&self) -> String {
        vi::io::load_error(self)
    }
    fn en(&self) -> String {
        en::io::load_error(self)
    }
}

impl Message for SaveError {
    fn vi(&self) -> String {
        vi::io::save_error(self)
    }
    fn en(&self) -> String {
        en::io::save_error(self)
    }
}

impl Message for Problem {
    fn vi(&self) -> String {
        vi::io::problem(self)
    }
    fn en(&self) -> String {
        en::io::problem(self)
    }
}

impl Message for Problems<'_> {
    fn vi(&self) -> String {
        vi::io::problems(self)
    }
    fn en(&self) -> String {
        en::io::problems(self)
    }
}

impl Message for Cleaning {
    fn vi(&self) -> String {
        vi::io::cleaning(self)
    }
    fn en(&self) -> String {
        en::io::cleaning(self)
    }
}

impl Message for Cleaned<'_> {
    fn vi(&self) -> String {
        vi::io::cleaned(self)
    }
    fn en(&self) -> String {
        en::io::cleaned(self)
    }
}

//! The words of reading and saving a report: `io::LoadError`, `io::SaveError`, and
//! what a path is when it is not a file.

use super::{Message, Text, en, vi};
use crate::io::{FileKind, LoadError, SaveError};

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

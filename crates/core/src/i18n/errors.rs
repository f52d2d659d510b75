//! The errors of the core as a user reads them: a recovery file
//! (`recovery::RecoveryError`), a figure entered (`entry::EntryError`), an export
//! (`export::ExportError`), a fill-in sheet (`import::template::TemplateError`), a
//! mapping (`import::mapping::MappingError`, and how rows are matched,
//! `import::MatchBy`), a number or a period that does not read
//! (`format::ParseNumberError`, `model::ParsePeriodError`).

use super::{Message, Text, en, vi};
use crate::entry::EntryError;
use crate::export::ExportError;
use crate::format::ParseNumberError;
use crate::import::MatchBy;
use crate::import::mapping::MappingError;
use crate::import::template::TemplateError;
use crate::model::ParsePeriodError;
use crate::recovery::RecoveryError;

impl Message for RecoveryError {
    fn vi(&self) -> String {
        vi::errors::recovery_error(self)
    }
    fn en(&self) -> String {
        en::errors::recovery_error(self)
    }
}
impl Message for EntryError {
    fn vi(&self) -> String {
        vi::errors::entry_error(self)
    }
    fn en(&self) -> String {
        en::errors::entry_error(self)
    }
}
impl Message for ExportError {
    fn vi(&self) -> String {
        vi::errors::export_error(self)
    }
    fn en(&self) -> String {
        en::errors::export_error(self)
    }
}
impl Message for TemplateError {
    fn vi(&self) -> String {
        vi::errors::template_error(self)
    }
    fn en(&self) -> String {
        en::errors::template_error(self)
    }
}
impl Message for MappingError {
    fn vi(&self) -> String {
        vi::errors::mapping_error(self)
    }
    fn en(&self) -> String {
        en::errors::mapping_error(self)
    }
}
impl Message for ParseNumberError {
    fn vi(&self) -> String {
        vi::errors::parse_error(self)
    }
    fn en(&self) -> String {
        en::errors::parse_error(self)
    }
}

impl Text for MatchBy {
    fn vi(self) -> &'static str {
        vi::errors::match_by(self)
    }
    fn en(self) -> &'static str {
        en::errors::match_by(self)
    }
}

impl Message for ParsePeriodError {
    fn vi(&self) -> String {
        vi::errors::period_error(self)
    }
    fn en(&self) -> String {
        en::errors::period_error(self)
    }
}

//! Exports of a report: CSV and RON for now.

pub mod csv;

use std::path::Path;

use crate::io::{self, SaveError};
use crate::model::Report;

/// An export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// One row per indicator with the computed figures; UTF-8 with a byte-order mark.
    Csv,
    /// The report itself, loadable by chitieu (what Save writes).
    Ron,
}

impl Format {
    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Csv => "csv",
            Self::Ron => "ron",
        }
    }
}

/// The export of `report` in `format`, as bytes.
pub fn to_bytes(report: &Report, format: Format) -> Result<Vec<u8>, SaveError> {
    match format {
        Format::Csv => Ok(csv::to_bytes(report)),
        Format::Ron => Ok(io::to_string(report)?.into_bytes()),
    }
}

/// Writes the export of `report` in `format` to `path`, atomically.
pub fn write(report: &Report, format: Format, path: &Path) -> Result<(), SaveError> {
    io::write_atomic(path, &to_bytes(report, format)?)
}

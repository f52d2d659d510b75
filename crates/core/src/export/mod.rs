//! Exports of a report: Excel (XLSX), CSV, RON, the Word report (DOCX) and the report's
//! text rewritten from the figures (Markdown). Every export is written atomically: a failure never leaves half a file.

pub mod clipboard;
pub mod csv;
pub mod docx;
pub mod prose;
pub mod text;
pub mod xlsx;

use std::path::Path;
use std::time::SystemTime;

use crate::io::{self, SaveError};
use crate::model::{Lang, Report};

/// An export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// An Excel workbook with live formulas.
    Xlsx,
    /// One row per indicator with the computed figures; UTF-8 with a byte-order mark.
    Csv,
    /// The report itself, loadable by chitieu (what Save writes).
    Ron,
    /// The report's paragraphs on the indicators, regenerated from the figures.
    Markdown,
    /// The report as a Word document in the format of Decree 30/2020/NĐ-CP.
    Docx,
    /// The report's paragraphs as plain text, to paste into another document.
    Text,
}

impl Format {
    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Xlsx => "xlsx",
            Self::Csv => "csv",
            Self::Ron => "ron",
            Self::Markdown => "md",
            Self::Docx => "docx",
            Self::Text => "txt",
        }
    }
}

/// How the CSV writes numbers and separates fields.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum CsvLocale {
    /// Comma between fields, dot for decimals: the interchange format.
    #[default]
    Standard,
    /// Semicolon between fields, comma for decimals: what Excel set to Vietnamese
    /// (or most European) regional settings reads on a double click.
    Vietnamese,
}

/// Choices that shape an export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// The language of headers, sheet names and sentences.
    pub lang: Lang,
    /// The CSV's separators.
    pub csv_locale: CsvLocale,
    /// When the export was made, as written in the workbook.
    pub exported_at: String,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            lang: Lang::Vi,
            csv_locale: CsvLocale::Standard,
            exported_at: local_timestamp(SystemTime::now()),
        }
    }
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The workbook could not be built.
    #[error("{}", self.message(Lang::En))]
    Xlsx(String),
    /// The Word document could not be built.
    #[error("{}", self.message(Lang::En))]
    Docx(String),
    /// The file could not be written (the previous file, if any, is untouched).
    #[error(transparent)]
    Save(#[from] SaveError),
}

impl ExportError {
    /// The error in words, in `lang`, the file last.
    pub fn message(&self, lang: Lang) -> String {
        crate::i18n::Message::tr(self, lang)
    }
}

/// A file name for the export of `report`: `hai-duong-2024-H1-revised.xlsx`.
pub fn suggested_file_name(report: &Report, format: Format) -> String {
    format!("{}-revised.{}", report.slug(), format.extension())
}

/// The export of `report` in `format`, as bytes.
pub fn to_bytes(
    report: &Report,
    format: Format,
    options: &Options,
) -> Result<Vec<u8>, ExportError> {
    match format {
        Format::Xlsx => xlsx::to_bytes(report, options),
        Format::Csv => Ok(csv::to_bytes(report, options.csv_locale)),
        Format::Ron => Ok(io::to_string(report)?.into_bytes()),
        Format::Markdown => Ok(text::markdown(report, options.lang).into_bytes()),
        Format::Text => Ok(text::plain(report, options.lang).into_bytes()),
        Format::Docx => docx::to_bytes(report, options.lang),
    }
}

/// Writes the export of `report` in `format` to `path`, atomically. An export other
/// than RON is never written over a chitieu report ([`SaveError::IsAReport`]); a RON
/// export keeps the file it replaces as `.bak`, as Save does.
pub fn write(
    report: &Report,
    format: Format,
    options: &Options,
    path: &Path,
) -> Result<(), ExportError> {
    match format {
        // The report itself, as Save writes it: a report it replaces is kept as `.bak`.
        Format::Ron => {
            io::save(report, path)?;
        }
        // Anything else never replaces a report (a dialog's "Replace?" answered yes on
        // the report's own file would have turned it into a workbook).
        _ => io::write_not_over_report(path, &to_bytes(report, format, options)?)?,
    }
    Ok(())
}

/// `t` in the computer's time zone, as `2024-07-15 15:30 (UTC+07:00)`; in UTC when the
/// time zone cannot be known.
pub fn local_timestamp(t: SystemTime) -> String {
    let Ok(ts) = jiff::Timestamp::try_from(t) else {
        return utc_timestamp(t);
    };
    ts.to_zoned_datetime(jiff::tz::TimeZone::system())
        .strftime("%Y-%m-%d %H:%M (UTC%:z)")
        .to_string()
}

/// `t` as `2024-07-15 08:30 UTC` (the Unix epoch for a time jiff cannot hold).
pub fn utc_timestamp(t: SystemTime) -> String {
    jiff::Timestamp::try_from(t)
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
        .strftime("%Y-%m-%d %H:%M UTC")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn timestamps_are_civil_dates() {
        assert_eq!(
            utc_timestamp(SystemTime::UNIX_EPOCH),
            "1970-01-01 00:00 UTC"
        );
        let t = SystemTime::UNIX_EPOCH + Duration::from_secs(1_721_032_200);
        assert_eq!(utc_timestamp(t), "2024-07-15 08:30 UTC");
        let leap = SystemTime::UNIX_EPOCH + Duration::from_secs(951_782_400);
        assert_eq!(utc_timestamp(leap), "2000-02-29 00:00 UTC");
    }

    #[test]
    fn local_timestamps_name_their_offset() {
        let t = SystemTime::UNIX_EPOCH + Duration::from_secs(1_721_032_200);
        let local = local_timestamp(t);
        assert!(local.starts_with("2024-07-1"), "{local}");
        assert!(
            local.contains("(UTC+") || local.contains("(UTC-"),
            "{local}"
        );
    }

    #[test]
    fn file_names_follow_the_report() {
        let r = crate::io::embedded().unwrap();
        assert_eq!(
            suggested_file_name(&r, Format::Xlsx),
            "hai-duong-2024-H1-revised.xlsx"
        );
    }
}

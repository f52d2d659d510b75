//! The words of the command line, in English.

use crate::i18n::CliMessage;
use crate::model::{Lang, ParsePeriodError};

/// The message `m` in English.
pub(crate) fn message(m: &CliMessage) -> String {
    match m {
        CliMessage::OutIsTheReport { path } => format!(
            "--out is the report being exported, which the export would replace: choose another file: {path}"
        ),
        CliMessage::FormatDoesNotMatch { given, named, path } => format!(
            "--format {given} does not match --out, whose extension is .{named}: change one of them: {path}"
        ),
        CliMessage::NoFormat { path } => format!(
            "cannot tell the format from the extension of --out: give --format (xlsx, csv, ron or md): {path}"
        ),
        CliMessage::OutExists { path } => format!(
            "--out already exists; the new report is never written over a file: choose another name: {path}"
        ),
        CliMessage::NewPeriod {
            path,
            indicators,
            actuals_cleared,
            priors_carried,
            annual_targets_kept,
            annual_targets_cleared,
            renames,
        } => format!(
            "{path}: {indicators} indicators, {actuals_cleared} actuals cleared, {priors_carried} carried as last year's values, {annual_targets_kept} annual targets kept, {annual_targets_cleared} cleared, {renames} names with their years rolled forward"
        ),
        CliMessage::Renamed { id, before, after } => {
            format!("renamed {id}: {before} -> {after}")
        }
        CliMessage::CannotWriteFindings { error } => {
            format!("cannot write the findings: {error}: <standard output>")
        }
        CliMessage::CannotWritePreview { error } => {
            format!("cannot write the preview: {error}: <standard output>")
        }
        CliMessage::OutRequired => "--out is required to write the report with the changes (naming --into writes over it), or give --dry-run".to_owned(),
        CliMessage::OutIsTheSheet { path } => format!(
            "--out is the sheet being imported, which would be replaced: choose another file: {path}"
        ),
        CliMessage::BadPeriod { text } => {
            format!("--period: {}", ParsePeriodError(text.clone()).message(Lang::En))
        }
    }
}

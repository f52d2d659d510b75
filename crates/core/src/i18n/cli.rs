//! The words of the command line (`chitieu-cli`, `chitieu <command>`): what it says of
//! wrong usage, of what it wrote, and when it cannot write.

use super::{Message, en, vi};

/// A message of the command line, with what it says filled in.
#[derive(Clone, Debug)]
pub enum CliMessage {
    /// `export --out` names the report being exported.
    OutIsTheReport {
        /// The path given.
        path: String,
    },
    /// `--format` and the extension of `--out` name different formats.
    FormatDoesNotMatch {
        /// The format given.
        given: &'static str,
        /// The format the extension names.
        named: &'static str,
        /// The path given.
        path: String,
    },
    /// `--out`'s extension names no format and `--format` is not given.
    NoFormat {
        /// The path given.
        path: String,
    },
    /// `new-period --out` names a file that exists.
    OutExists {
        /// The path given.
        path: String,
    },
    /// What `new-period` wrote.
    NewPeriod {
        /// The file written.
        path: String,
        /// How many indicators.
        indicators: usize,
        /// How many actuals were cleared.
        actuals_cleared: usize,
        /// How many actuals became last year's values.
        priors_carried: usize,
        /// How many annual targets stayed.
        annual_targets_kept: usize,
        /// How many annual targets were cleared.
        annual_targets_cleared: usize,
        /// How many names had their years rolled forward.
        renames: usize,
    },
    /// A name whose years `new-period` rolled forward.
    Renamed {
        /// The indicator.
        id: String,
        /// The name before.
        before: String,
        /// The name after.
        after: String,
    },
    /// The findings of `check` could not be written.
    CannotWriteFindings {
        /// Why.
        error: String,
    },
    /// The dry run of `import` could not be written.
    CannotWritePreview {
        /// Why.
        error: String,
    },
    /// `import` without `--out` or `--dry-run`.
    OutRequired,
    /// `import --out` names the sheet being imported.
    OutIsTheSheet {
        /// The path given.
        path: String,
    },
    /// `new-period --period` does not read as a period.
    BadPeriod {
        /// What was given.
        text: String,
    },
}

impl Message for CliMessage {
    fn vi(&self) -> String {
        vi::cli::message(self)
    }
    fn en(&self) -> String {
        en::cli::message(self)
    }
}

//! chitieu's command line: `check`, `export`, `import`, `template`, `new-period` and
//! `generate`, run by the console program `chitieu-cli` and by the desktop program
//! `chitieu` when it is given a command (README, "The command line").

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Subcommand, ValueEnum};

use chitieu_core::export::{self, Format};
use chitieu_core::format::Notation;
use chitieu_core::i18n::{CliMessage, Message as _};
use chitieu_core::io::{self as report_io, LoadError};
use chitieu_core::model::{Lang, Report};

/// The language of the user, as the environment says it: Vietnamese when the first of
/// `LC_ALL`, `LC_MESSAGES` and `LANG` that is set (the order POSIX reads them in) starts
/// with `vi`, English otherwise.
pub fn user_lang() -> Lang {
    let var = |name: &str| std::env::var(name).ok();
    lang_of(
        var("LC_ALL").as_deref(),
        var("LC_MESSAGES").as_deref(),
        var("LANG").as_deref(),
    )
}

/// The language the locale variables name: the first set and not empty of `lc_all`,
/// `lc_messages` and `lang`, Vietnamese when it starts with `vi` (`vi_VN.UTF-8`),
/// English otherwise (`C`, `en_US.UTF-8`, none).
pub fn lang_of(lc_all: Option<&str>, lc_messages: Option<&str>, lang: Option<&str>) -> Lang {
    let locale = [lc_all, lc_messages, lang]
        .into_iter()
        .flatten()
        .find(|v| !v.is_empty());
    match locale {
        Some(v) if v.starts_with("vi") => Lang::Vi,
        _ => Lang::En,
    }
}

/// The notation of numbers that goes with `lang`.
fn notation_of(lang: Lang) -> Notation {
    match lang {
        Lang::Vi => Notation::Vietnamese,
        Lang::En => Notation::English,
    }
}

/// Logging to standard error, at warnings unless `RUST_LOG` says otherwise.
pub fn init_logging() {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
}

/// The program as clap describes it for a usage error: the name it was started by, and
/// the commands.
fn command_line() -> clap::Command {
    let console = std::env::args_os()
        .next()
        .map(PathBuf::from)
        .and_then(|p| p.file_stem().map(|s| s.to_string_lossy().ends_with("-cli")))
        .unwrap_or(false);
    let name = if console { "chitieu-cli" } else { "chitieu" };
    Command::augment_subcommands(clap::Command::new(name))
}

/// The commands, as both programs take them.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Write the report in another format, to a file or to standard output.
    ///
    /// Never writes over the report it exports. Exits 2 when `--out` is that report, or
    /// when its extension and `--format` disagree.
    Export {
        /// The format to write: by default, the one `--out`'s extension names (.xlsx,
        /// .csv, .ron, .md or .txt), CSV on standard output.
        #[arg(long, value_enum)]
        format: Option<ExportFormat>,
        /// The language of headers, sheet names and sentences (xlsx, md).
        #[arg(long, value_enum, default_value_t = ExportLang::Vi)]
        lang: ExportLang,
        /// CSV separators: `standard` (commas, dot decimals) or `vi` (semicolons, comma
        /// decimals, for Excel with Vietnamese regional settings).
        #[arg(long, value_enum, default_value_t = CsvStyle::Standard)]
        csv_locale: CsvStyle,
        /// Where to write; standard output when not given.
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
        /// The report file (RON); the embedded report when not given.
        report: Option<PathBuf>,
    },
    /// Write a large made-up report, for trying chitieu at scale and for benchmarks.
    Generate {
        /// How many indicators.
        #[arg(long, default_value_t = 10_000)]
        indicators: usize,
        /// Different seeds give different reports; the same seed the same report.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Where to write the report (RON).
        #[arg(long, value_name = "PATH")]
        out: PathBuf,
    },
    /// Start the report of the next period from REPORT: the same sections and
    /// indicators, the last period's figures cleared; a year on, each actual becomes
    /// last year's value; within the year, the annual targets stay.
    ///
    /// Writes the new report to `--out`, never over an existing file; exits 2 on a
    /// period it cannot read or when `--out` exists.
    NewPeriod {
        /// The new period: 2025-H1, 2024-H2, 2024-Q3, 2024-9M, 2024-Y.
        #[arg(long, value_name = "PERIOD")]
        period: String,
        /// Where to write the new report (RON); by default `<region>-<period>.ron` in
        /// the current folder.
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
        /// The last report (RON); the embedded report when not given.
        report: Option<PathBuf>,
    },
    /// Check the report's figures and print one finding a line:
    /// `<severity> <indicator-id>: <message>`, in the user's language (LC_ALL,
    /// LC_MESSAGES, LANG: Vietnamese when it starts with `vi`) and its notation.
    ///
    /// Exits 0 when the report loads (with findings or not), 1 when it cannot be read
    /// or the findings cannot be written.
    Check {
        /// The language of the findings, over the one the environment names.
        #[arg(long, value_enum)]
        lang: Option<ExportLang>,
        /// The report file (RON); the embedded report when not given.
        report: Option<PathBuf>,
    },
    /// Bring figures in from a sheet (chitieu's XLSX or CSV export, edited, or a
    /// fill-in sheet): print the dry run, one line a change
    /// (`<id> <field>: <old> -> <new>`, `-` for none) and one a problem
    /// (`<severity> <sheet>!<cell>: <message>`), then write the report with the
    /// changes to `--out`, unless `--dry-run`.
    ///
    /// Exits 0 when the file could be read (problems or not), 1 when it or the report
    /// cannot be read or the result cannot be written, 2 on wrong usage.
    Import {
        /// The sheet to read (.xlsx or .csv).
        file: PathBuf,
        /// The report (RON) the figures go into; the embedded report when not given.
        #[arg(long, value_name = "REPORT")]
        into: Option<PathBuf>,
        /// Print what would change and write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Where to write the report with the changes (required without --dry-run;
        /// naming --into writes over it).
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
        /// How a text number that reads both ways (`1.234`) is read in a workbook.
        #[arg(long, value_enum, default_value_t = NotationArg::Vi)]
        notation: NotationArg,
    },
    /// Write a fill-in sheet (.xlsx) for a department: the indicators chosen, with
    /// their id, code, name, unit and the report's period locked, and cells for the
    /// figures. Importing the filled sheet brings its figures in.
    Template {
        /// A section to include, with its subsections (repeat for several); all
        /// sections when not given.
        #[arg(long = "section", value_name = "ID")]
        sections: Vec<String>,
        /// Only the indicators of this department.
        #[arg(long, value_name = "NAME")]
        agency: Option<String>,
        /// The language of titles and notes.
        #[arg(long, value_enum, default_value_t = ExportLang::Vi)]
        lang: ExportLang,
        /// Where to write; `<report>-fill-in.xlsx` in the current folder when not given.
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
        /// The report file (RON); the embedded report when not given.
        report: Option<PathBuf>,
    },
}

/// How `import` reads a text number that reads both ways.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum NotationArg {
    /// 14.283,5
    Vi,
    /// 14,283.5
    En,
}

/// The formats `export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// An Excel workbook with live formulas, a Changes sheet and the report's details.
    Xlsx,
    /// One row per indicator with the computed figures (UTF-8 with BOM).
    Csv,
    /// The report itself, as chitieu saves it.
    Ron,
    /// The report's sentences on the indicators, rewritten from the figures (Markdown).
    Md,
    /// The report as a Word document in the format of Decree 30/2020/NĐ-CP.
    Docx,
    /// The report's sentences as plain text, to paste into another document.
    Txt,
}

impl ExportFormat {
    /// The format a file name's extension names, if any.
    fn of_path(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "xlsx" => Some(Self::Xlsx),
            "csv" => Some(Self::Csv),
            "ron" => Some(Self::Ron),
            "md" => Some(Self::Md),
            "txt" => Some(Self::Txt),
            "docx" => Some(Self::Docx),
            _ => None,
        }
    }

    /// The format's name as `--format` takes it.
    fn name(self) -> &'static str {
        match self {
            Self::Xlsx => "xlsx",
            Self::Csv => "csv",
            Self::Ron => "ron",
            Self::Md => "md",
            Self::Docx => "docx",
            Self::Txt => "txt",
        }
    }
}

impl From<ExportFormat> for Format {
    fn from(f: ExportFormat) -> Self {
        match f {
            ExportFormat::Xlsx => Self::Xlsx,
            ExportFormat::Csv => Self::Csv,
            ExportFormat::Ron => Self::Ron,
            ExportFormat::Md => Self::Markdown,
            ExportFormat::Docx => Self::Docx,
            ExportFormat::Txt => Self::Text,
        }
    }
}

/// The language of what `export` and `template` write.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ExportLang {
    /// Tiếng Việt.
    Vi,
    /// English.
    En,
}

impl ExportLang {
    /// The language it names.
    pub fn lang(self) -> Lang {
        match self {
            Self::Vi => Lang::Vi,
            Self::En => Lang::En,
        }
    }
}

/// The separators of a CSV export.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum CsvStyle {
    /// Commas between fields, dot decimals.
    Standard,
    /// Semicolons between fields, comma decimals.
    Vi,
}

/// Runs one command; the exit code says how it went (each command's help says which).
pub fn run(command: Command) -> ExitCode {
    let lang = user_lang();
    match command {
        Command::Export {
            format,
            lang: export_lang,
            csv_locale,
            out,
            report,
        } => {
            let options = export::Options {
                lang: export_lang.lang(),
                csv_locale: match csv_locale {
                    CsvStyle::Standard => export::CsvLocale::Standard,
                    CsvStyle::Vi => export::CsvLocale::Vietnamese,
                },
                ..export::Options::default()
            };
            let format = match export_format(format, out.as_deref(), report.as_deref()) {
                Ok(format) => format,
                Err(message) => return usage_error(&message.tr(lang)),
            };
            run_export(
                report.as_deref(),
                format.into(),
                &options,
                out.as_deref(),
                lang,
            )
        }
        Command::Check {
            lang: chosen,
            report,
        } => {
            let lang = chosen.map_or(lang, ExportLang::lang);
            run_check(report.as_deref(), lang)
        }
        Command::NewPeriod {
            period,
            out,
            report,
        } => run_new_period(&period, out, report.as_deref(), lang),
        Command::Import {
            file,
            into,
            dry_run,
            out,
            notation,
        } => run_import(
            &file,
            Where {
                into: into.as_deref(),
                dry_run,
                out: out.as_deref(),
            },
            notation,
            lang,
        ),
        Command::Template {
            sections,
            agency,
            lang: sheet_lang,
            out,
            report,
        } => run_template(
            sections,
            agency,
            sheet_lang.lang(),
            out,
            report.as_deref(),
            lang,
        ),
        Command::Generate {
            indicators,
            seed,
            out,
        } => match report_io::save(&chitieu_core::generate::report(indicators, seed), &out) {
            Ok(_) => ExitCode::SUCCESS,
            Err(e) => fail(&e.message(lang)),
        },
    }
}

/// Prints an error to standard error, the one place errors of the command line are shown.
#[expect(
    clippy::print_stderr,
    reason = "the command line reports errors on stderr"
)]
pub fn fail(message: &dyn std::fmt::Display) -> ExitCode {
    eprintln!("chitieu: {message}");
    ExitCode::FAILURE
}

/// Prints what the command line should know but did not stop it (texts cleaned while
/// the report was read) to standard error; nothing when `message` is empty.
#[expect(
    clippy::print_stderr,
    reason = "the command line reports what it changed on stderr"
)]
fn notice(message: &str) {
    if !message.is_empty() {
        eprintln!("chitieu: {message}");
    }
}

/// Refuses wrong usage the way clap does: the message, the usage line, exit code 2.
fn usage_error(message: &str) -> ExitCode {
    let error = command_line().error(clap::error::ErrorKind::ArgumentConflict, message);
    // Printing to a closed standard error is nothing to report.
    let _ = error.print();
    ExitCode::from(2)
}

/// The format to export in: `--format`, else the one `--out`'s extension names, else
/// CSV on standard output. Refuses a `--format` that contradicts `--out`'s extension,
/// an extension that names no format without `--format`, and `--out` naming the
/// report being exported (it would be replaced).
fn export_format(
    format: Option<ExportFormat>,
    out: Option<&Path>,
    report: Option<&Path>,
) -> Result<ExportFormat, CliMessage> {
    let Some(out) = out else {
        return Ok(format.unwrap_or(ExportFormat::Csv));
    };
    if let Some(report) = report
        && report_io::canonical(report) == report_io::canonical(out)
    {
        return Err(CliMessage::OutIsTheReport {
            path: out.display().to_string(),
        });
    }
    match (format, ExportFormat::of_path(out)) {
        (Some(given), Some(named)) if given != named => Err(CliMessage::FormatDoesNotMatch {
            given: given.name(),
            named: named.name(),
            path: out.display().to_string(),
        }),
        (Some(format), _) | (None, Some(format)) => Ok(format),
        (None, None) => Err(CliMessage::NoFormat {
            path: out.display().to_string(),
        }),
    }
}

fn load(path: Option<&Path>, lang: Lang) -> Result<(Report, String), LoadError> {
    match path {
        Some(path) => {
            let loaded = report_io::load_file(path)?;
            notice(&report_io::cleaned_message(&loaded.cleaned, path, lang));
            Ok((loaded.report, path.display().to_string()))
        }
        None => Ok((report_io::embedded()?, report_io::EMBEDDED_NAME.to_owned())),
    }
}

fn run_export(
    report: Option<&Path>,
    format: Format,
    options: &export::Options,
    out: Option<&Path>,
    lang: Lang,
) -> ExitCode {
    let (report, _) = match load(report, lang) {
        Ok(r) => r,
        Err(e) => return fail(&e.message(lang)),
    };
    let result = match out {
        Some(path) => export::write(&report, format, options, path),
        None => export::to_bytes(&report, format, options).and_then(|bytes| {
            let mut stdout = std::io::stdout().lock();
            stdout
                .write_all(&bytes)
                .and_then(|()| stdout.flush())
                .map_err(|source| {
                    export::ExportError::Save(report_io::SaveError::Write {
                        path: PathBuf::from("<standard output>"),
                        source,
                    })
                })
        }),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&e.message(lang)),
    }
}

fn run_new_period(
    period: &str,
    out: Option<PathBuf>,
    report: Option<&Path>,
    lang: Lang,
) -> ExitCode {
    let period: chitieu_core::model::Period = match period.parse() {
        Ok(p) => p,
        Err(_) => {
            let text = period.to_owned();
            return usage_error(&CliMessage::BadPeriod { text }.tr(lang));
        }
    };
    let (last, _) = match load(report, lang) {
        Ok(r) => r,
        Err(e) => return fail(&e.message(lang)),
    };
    let (mut next, summary) = chitieu_core::next_period::next_period(&last, period);
    // Years in names roll forward, each said below: never silently.
    for rename in &summary.renames {
        if let Some(ind) = next.indicator_mut(&rename.id) {
            ind.name = rename.after.clone();
        }
    }
    let out = out.unwrap_or_else(|| PathBuf::from(format!("{}.ron", next.slug())));
    if out.exists() {
        let path = out.display().to_string();
        return usage_error(&CliMessage::OutExists { path }.tr(lang));
    }
    if let Err(e) = report_io::save(&next, &out) {
        return fail(&e.message(lang));
    }
    let mut lines = vec![
        CliMessage::NewPeriod {
            path: out.display().to_string(),
            indicators: summary.indicators,
            actuals_cleared: summary.actuals_cleared,
            priors_carried: summary.priors_carried,
            annual_targets_kept: summary.annual_targets_kept,
            annual_targets_cleared: summary.annual_targets_cleared,
            renames: summary.renames.len(),
        }
        .tr(lang),
    ];
    lines.extend(summary.renames.iter().map(|r| {
        CliMessage::Renamed {
            id: r.id.to_string(),
            before: r.before.vi.clone(),
            after: r.after.vi.clone(),
        }
        .tr(lang)
    }));
    say(&lines.join("\n"))
}

/// Prints what a command did; a closed standard output is nothing to fail for.
fn say(line: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "{line}");
    ExitCode::SUCCESS
}

fn run_check(report: Option<&Path>, lang: Lang) -> ExitCode {
    let (report, _) = match load(report, lang) {
        Ok(r) => r,
        Err(e) => return fail(&e.message(lang)),
    };
    let notation = notation_of(lang);
    let mut stdout = std::io::stdout().lock();
    let written = chitieu_core::checks::check(&report)
        .iter()
        .try_for_each(|finding| writeln!(stdout, "{}", finding.line_in(lang, notation)))
        .and_then(|()| stdout.flush());
    match written {
        Ok(()) => ExitCode::SUCCESS,
        // The reader went away (`chitieu check | head`): it has what it wanted.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        // A full disk, a closed terminal: the findings did not reach anyone.
        Err(e) => fail(
            &CliMessage::CannotWriteFindings {
                error: e.to_string(),
            }
            .tr(lang),
        ),
    }
}

/// `chitieu import`: the dry run on standard output, then the report with the changes
/// to `--out` unless `--dry-run`.
fn run_import(file: &Path, to: Where<'_>, notation: NotationArg, lang: Lang) -> ExitCode {
    let Where { into, dry_run, out } = to;
    if !dry_run && out.is_none() {
        return usage_error(&CliMessage::OutRequired.tr(lang));
    }
    if let Some(out) = out
        && report_io::canonical(out) == report_io::canonical(file)
    {
        let path = out.display().to_string();
        return usage_error(&CliMessage::OutIsTheSheet { path }.tr(lang));
    }
    let (report, _) = match load(into, lang) {
        Ok(r) => r,
        Err(e) => return fail(&e.message(lang)),
    };
    let options = chitieu_core::import::Options {
        notation: match notation {
            NotationArg::Vi => chitieu_core::format::Notation::Vietnamese,
            NotationArg::En => chitieu_core::format::Notation::English,
        },
    };
    let preview = match chitieu_core::import::read_file(file, &report, &options) {
        Ok(p) => p,
        Err(e) => return fail(&e.message(lang)),
    };
    let mut stdout = std::io::stdout().lock();
    let written = preview
        .lines_in(lang)
        .iter()
        .try_for_each(|line| writeln!(stdout, "{line}"))
        .and_then(|()| stdout.flush());
    if let Err(e) = written
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        return fail(
            &CliMessage::CannotWritePreview {
                error: e.to_string(),
            }
            .tr(lang),
        );
    }
    let Some(out) = out.filter(|_| !dry_run) else {
        return ExitCode::SUCCESS;
    };
    let mut session = chitieu_core::session::Session::new(report, into.map(Path::to_path_buf));
    session.apply(preview.apply_all());
    match report_io::save(session.report(), out) {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => fail(&e.message(lang)),
    }
}

/// Where `import` takes the report from and writes it to.
#[derive(Clone, Copy, Debug)]
struct Where<'a> {
    /// The report the figures go into; the embedded one when not given.
    into: Option<&'a Path>,
    /// Print the dry run and write nothing.
    dry_run: bool,
    /// Where to write the report with the changes.
    out: Option<&'a Path>,
}

/// `chitieu template`: the fill-in sheet for the sections or department chosen.
fn run_template(
    sections: Vec<String>,
    agency: Option<String>,
    lang: Lang,
    out: Option<PathBuf>,
    report: Option<&Path>,
    user: Lang,
) -> ExitCode {
    let (report, _) = match load(report, user) {
        Ok(r) => r,
        Err(e) => return fail(&e.message(user)),
    };
    let options = chitieu_core::import::template::TemplateOptions {
        sections: sections
            .into_iter()
            .map(chitieu_core::model::SectionId)
            .collect(),
        agency,
        lang,
    };
    let out = out.unwrap_or_else(|| PathBuf::from(format!("{}-fill-in.xlsx", report.slug())));
    match chitieu_core::import::template::write(&report, &options, &out) {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => fail(&e.message(user)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_is_the_first_locale_variable_set() {
        let vi = Some("vi_VN.UTF-8");
        assert_eq!(lang_of(None, None, vi), Lang::Vi);
        assert_eq!(lang_of(Some("C"), None, vi), Lang::En);
        assert_eq!(lang_of(None, Some("en_US.UTF-8"), vi), Lang::En);
        assert_eq!(
            lang_of(Some(""), None, vi),
            Lang::Vi,
            "an empty one is not set"
        );
        assert_eq!(lang_of(Some("vi"), Some("en_US"), Some("C")), Lang::Vi);
        assert_eq!(lang_of(None, None, None), Lang::En);
    }
}

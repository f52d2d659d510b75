//! chitieu: the desktop app, or a headless command.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use chitieu::export::{self, Format};
use chitieu::io::{self as report_io, LoadError};
use chitieu::model::Report;

/// mimalloc rather than the system's allocator, as rerun does: egui allocates a great
/// deal each frame, and the system allocator was a tenth of a frame here
/// (BENCHMARKS.md); the benchmarks use it too.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Review and revise the targets of a provincial half-year socio-economic report.
///
/// Without a command, opens the desktop app on REPORT (or on the embedded Hải Dương
/// 2024 first-half report).
#[derive(Parser, Debug)]
#[command(name = "chitieu", version, args_conflicts_with_subcommands = true)]
struct Cli {
    /// The report file (RON) to open.
    report: Option<PathBuf>,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Write the report in another format, to a file or to standard output.
    Export {
        /// The format to write.
        #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
        format: ExportFormat,
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
    /// Check the report's figures and print one finding a line:
    /// `<severity> <indicator-id>: <message>`.
    ///
    /// Exits 0 when the report loads (with findings or not), 1 when it cannot be read.
    Check {
        /// The report file (RON); the embedded report when not given.
        report: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum ExportFormat {
    /// An Excel workbook with live formulas, a Changes sheet and the report's details.
    Xlsx,
    /// One row per indicator with the computed figures (UTF-8 with BOM).
    Csv,
    /// The report itself, as chitieu saves it.
    Ron,
    /// The report's sentences on the indicators, rewritten from the figures (Markdown).
    Md,
}

impl From<ExportFormat> for Format {
    fn from(f: ExportFormat) -> Self {
        match f {
            ExportFormat::Xlsx => Self::Xlsx,
            ExportFormat::Csv => Self::Csv,
            ExportFormat::Ron => Self::Ron,
            ExportFormat::Md => Self::Markdown,
        }
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum ExportLang {
    /// Tiếng Việt.
    Vi,
    /// English.
    En,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum CsvStyle {
    /// Commas between fields, dot decimals.
    Standard,
    /// Semicolons between fields, comma decimals.
    Vi,
}

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    STARTED.get_or_init(|| started);
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Export {
            format,
            lang,
            csv_locale,
            out,
            report,
        }) => {
            let options = export::Options {
                lang: match lang {
                    ExportLang::Vi => chitieu::model::Lang::Vi,
                    ExportLang::En => chitieu::model::Lang::En,
                },
                csv_locale: match csv_locale {
                    CsvStyle::Standard => export::CsvLocale::Standard,
                    CsvStyle::Vi => export::CsvLocale::Vietnamese,
                },
                ..export::Options::default()
            };
            run_export(report.as_deref(), format.into(), &options, out.as_deref())
        }
        Some(Command::Check { report }) => run_check(report.as_deref()),
        Some(Command::Generate {
            indicators,
            seed,
            out,
        }) => match report_io::save(&chitieu::generate::report(indicators, seed), &out) {
            Ok(_) => ExitCode::SUCCESS,
            Err(e) => fail(&e),
        },
        None => run_gui(cli.report.as_deref()),
    }
}

/// When the process started, for `CHITIEU_REPORT_FIRST_FRAME`.
static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// The app, timed: with `CHITIEU_REPORT_FIRST_FRAME=1` in the environment, prints how
/// long the first frame took to reach the screen after the process started, then
/// closes (for measuring start-up; see BENCHMARKS.md).
struct Timed {
    app: chitieu::app::ChitieuApp,
    frames: u32,
}

impl eframe::App for Timed {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.app.ui(ui, frame);
        self.frames += 1;
        if self.frames == 1 {
            // The first frame is painted after this call returns: report at the next.
            ui.ctx().request_repaint();
        } else if self.frames == 2
            && let Some(started) = STARTED.get()
        {
            report_first_frame(started.elapsed());
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.app.save(storage);
    }
}

#[expect(
    clippy::print_stderr,
    reason = "a measurement asked for on the command line"
)]
fn report_first_frame(elapsed: std::time::Duration) {
    eprintln!(
        "first frame painted after {:.1} ms",
        elapsed.as_secs_f64() * 1000.0
    );
}

/// Prints an error to standard error, the one place errors of the command line are shown.
#[expect(
    clippy::print_stderr,
    reason = "the command line reports errors on stderr"
)]
fn fail(message: &dyn std::fmt::Display) -> ExitCode {
    eprintln!("chitieu: {message}");
    ExitCode::FAILURE
}

fn load(path: Option<&Path>) -> Result<(Report, String), LoadError> {
    match path {
        Some(path) => Ok((report_io::load(path)?, path.display().to_string())),
        None => Ok((report_io::embedded()?, report_io::EMBEDDED_NAME.to_owned())),
    }
}

fn run_export(
    report: Option<&Path>,
    format: Format,
    options: &export::Options,
    out: Option<&Path>,
) -> ExitCode {
    let (report, _) = match load(report) {
        Ok(r) => r,
        Err(e) => return fail(&e),
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
        Err(e) => fail(&e),
    }
}

fn run_check(report: Option<&Path>) -> ExitCode {
    let (report, _) = match load(report) {
        Ok(r) => r,
        Err(e) => return fail(&e),
    };
    let mut stdout = std::io::stdout().lock();
    for finding in chitieu::checks::check(&report) {
        if writeln!(stdout, "{}", finding.line()).is_err() {
            // The reader went away (a closed pipe): nothing more to say.
            break;
        }
    }
    ExitCode::SUCCESS
}

/// OpenGL by default (README, Install, says why); wgpu when built to compare.
#[cfg(not(feature = "wgpu"))]
const RENDERER: eframe::Renderer = eframe::Renderer::Glow;
/// wgpu, in a build made to compare it with OpenGL.
#[cfg(feature = "wgpu")]
const RENDERER: eframe::Renderer = eframe::Renderer::Wgpu;

fn run_gui(path: Option<&Path>) -> ExitCode {
    // A file that cannot be read is said in the window, not here: a double-clicked file
    // has no console to print to.
    let file_name = path.map_or_else(
        || report_io::EMBEDDED_NAME.to_owned(),
        |p| p.display().to_string(),
    );
    let path = path.map(Path::to_path_buf);
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(format!("chitieu — {file_name}"))
            .with_app_id("chitieu")
            .with_icon(
                eframe::icon_data::from_png_bytes(include_bytes!("../assets/icon.png"))
                    .unwrap_or_default(),
            )
            .with_inner_size([1400.0, 860.0])
            .with_min_inner_size([640.0, 400.0]),
        renderer: RENDERER,
        ..Default::default()
    };
    let result = eframe::run_native(
        "chitieu",
        options,
        Box::new(move |cc| {
            let app = chitieu::app::ChitieuApp::new(cc, path)?;
            if std::env::var_os("CHITIEU_REPORT_FIRST_FRAME").is_some() {
                Ok(Box::new(Timed { app, frames: 0 }) as Box<dyn eframe::App>)
            } else {
                Ok(Box::new(app))
            }
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&format_args!("cannot open the window: {e}")),
    }
}

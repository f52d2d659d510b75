//! chitieu: the desktop app, or a command of the command line (`chitieu_cli`).
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;

use chitieu_core::io as report_io;

/// mimalloc rather than the system's allocator, as rerun does: egui allocates a great
/// deal each frame, and the system allocator was a tenth of a frame here
/// (BENCHMARKS.md); the benchmarks use it too.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Review and revise the targets of a provincial half-year socio-economic report.
///
/// Without a command, opens the desktop app on REPORT (or on the embedded Hải Dương
/// 2024 first-half report). With one, runs it as `chitieu-cli` does.
#[derive(Parser, Debug)]
#[command(name = "chitieu", version, args_conflicts_with_subcommands = true)]
struct Cli {
    /// The report file (RON) to open.
    report: Option<PathBuf>,

    #[command(subcommand)]
    command: Option<chitieu_cli::Command>,
}

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    STARTED.get_or_init(|| started);
    chitieu_cli::init_logging();
    let cli = Cli::parse();
    match cli.command {
        Some(command) => run_command(command),
        None => run_gui(cli.report.as_deref()),
    }
}

/// A command of the command line. A console shows what it prints, except on Windows,
/// where this program is a windowed one with no console: there it says, in a window,
/// to use `chitieu-cli.exe`, which takes the same commands.
fn run_command(command: chitieu_cli::Command) -> ExitCode {
    if cfg!(all(windows, not(debug_assertions))) {
        rfd::MessageDialog::new()
            .set_level(rfd::MessageLevel::Info)
            .set_title("chitieu")
            .set_description(
                "chitieu.exe mở cửa sổ; các lệnh (check, export, import, …) chạy trong cửa sổ dòng lệnh bằng chitieu-cli.exe, với cùng tham số.\n\n\
                 chitieu.exe opens the window; the commands (check, export, import, …) run in a console with chitieu-cli.exe, with the same arguments.",
            )
            .show();
        return ExitCode::from(2);
    }
    chitieu_cli::run(command)
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
        Err(e) => chitieu_cli::fail(&format_args!("cannot open the window: {e}")),
    }
}

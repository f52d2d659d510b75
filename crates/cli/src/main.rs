//! `chitieu-cli`: chitieu's commands in a console, on every system (on Windows the
//! windowed `chitieu.exe` has no console to print to).

use std::process::ExitCode;

use clap::Parser;

/// mimalloc, as the desktop program: the commands load and compute whole reports.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Review and revise the targets of a provincial half-year socio-economic report, from
/// the command line. `chitieu` (without `-cli`) opens the desktop app.
#[derive(Parser, Debug)]
#[command(name = "chitieu-cli", version)]
struct Cli {
    #[command(subcommand)]
    command: chitieu_cli::Command,
}

fn main() -> ExitCode {
    chitieu_cli::init_logging();
    chitieu_cli::run(Cli::parse().command)
}

//! Thin binary: no arguments opens the window, a subcommand runs the same core for scripts.

use std::process::ExitCode;

fn main() -> ExitCode {
    wxsign::cli::main()
}

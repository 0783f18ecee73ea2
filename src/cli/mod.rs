//! The command line: the same core as the window, for scripts, QA and CI.
//!
//! Exit codes: 0 success (or a match / no error finding), 1 a failure the command reports
//! (mismatch, error finding, WeChat error), 2 bad arguments.

mod batch;
mod output;
mod sign;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Debug WeChat JS-SDK signatures. Run without a subcommand to open the window.
#[derive(Debug, Parser)]
#[command(name = "wxsign", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build string1 and its SHA-1 signature.
    Sign(sign::SignArgs),
    /// QA: sign every page of a pages file through the team's endpoint and check it.
    Batch(Box<batch::BatchArgs>),
}

/// Entry point of the binary: parses arguments, runs the command, prints errors once.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // clap exits 2 for usage errors and 0 for --help / --version.
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let Some(command) = cli.command else {
        return match crate::ui::run() {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: could not open the window: {e:#}");
                ExitCode::from(1)
            }
        };
    };
    let result = match command {
        Command::Sign(args) => sign::run(args),
        Command::Batch(args) => batch::run(*args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(1)
        }
    }
}

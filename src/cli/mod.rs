//! The command line: the same core as the window, for scripts, QA and CI.
//!
//! Exit codes: 0 success (or a match / no error finding), 1 a failure the command reports
//! (mismatch, error finding, WeChat error), 2 bad arguments or input unusable before any work
//! ([`usage::UsageError`]). A closed stdout pipe ends a command quietly (141).

mod batch;
mod card;
mod check_url;
mod docs;
mod doctor;
mod interrupt;
mod output;
mod phone;
mod phone_args;
mod phone_output;
mod phone_proxy;
mod probe;
mod probe_output;
mod profile;
mod profile_redis;
mod secret;
mod secret_entry;
mod secret_ticket;
mod sign;
mod sign_wecom;
mod token;
mod usage;
mod verify;
mod verify_args;
mod verify_report;
mod verify_wecom;
mod window;

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
    /// Show what the page signs for a URL and every rule the URL breaks.
    CheckUrl(check_url::CheckUrlArgs),
    /// Check a server's signature and find the mistake behind a mismatch.
    Verify(verify_args::VerifyArgs),
    /// Manage profiles (one per Official Account).
    Profile(profile::ProfileArgs),
    /// Store or delete a profile's appSecret in the OS keyring.
    Secret(secret::SecretArgs),
    /// Get the access_token of a profile (cached; stable_token by default).
    Token(token::TokenArgs),
    /// Get the jsapi_ticket (or wx_card ticket) of a profile (cached).
    Ticket(token::TicketArgs),
    /// QA: sign every page of a pages file through the team's endpoint and check it.
    Batch(Box<batch::BatchArgs>),
    /// Check what usually breaks: keyring, config files, font, each profile's API base, clock
    /// and credentials; one ✓/✗ line each with the fix.
    Doctor(doctor::DoctorArgs),
    /// Print the shell completion script for bash, zsh, fish, elvish or powershell.
    Completions(docs::CompletionsArgs),
    /// Print the manual page wxsign(1), or write every page with --dir.
    Man(docs::ManArgs),
    /// Open the real page in a headless browser playing WeChat and judge its wx.config.
    Probe(Box<probe::ProbeArgs>),
    /// Ask the real WeChat on an Android phone: attach to its web-view and report what the
    /// client answered to the page's wx.config.
    Phone(phone::PhoneArgs),
}

/// Entry point of the binary: parses arguments, runs the command, prints errors once.
pub fn main() -> ExitCode {
    usage::quiet_on_closed_pipe();
    let argv: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let mut definition = <Cli as clap::CommandFactory>::command();
    definition.build();
    if let Some(e) = usage::missing_value(&definition, &argv) {
        let _ = e.print();
        return ExitCode::from(2);
    }
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let e = usage::unquoted_url(&definition, &argv, &e).unwrap_or(e);
            // clap exits 2 for usage errors and 0 for --help / --version.
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let Some(command) = cli.command else {
        return window::open();
    };
    let result = match command {
        Command::Sign(args) => sign::run(args),
        Command::CheckUrl(args) => check_url::run(args),
        Command::Verify(args) => verify::run(args),
        Command::Profile(args) => profile::run(args),
        Command::Secret(args) => secret::run(args),
        Command::Token(args) => token::run_token(args),
        Command::Ticket(args) => token::run_ticket(args),
        Command::Batch(args) => batch::run(*args),
        Command::Doctor(args) => doctor::run(args),
        Command::Completions(args) => docs::run_completions(args),
        Command::Man(args) => docs::run_man(args),
        Command::Probe(args) => probe::run(*args),
        Command::Phone(args) => phone::run(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(if usage::is_usage(&e) { 2 } else { 1 })
        }
    }
}

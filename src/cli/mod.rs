//! The command line: the same core as the window, for scripts, QA and CI.
//!
//! Exit codes: 0 success (or a match / no error finding), 1 a failure the command reports
//! (mismatch, error finding, WeChat error), 2 bad arguments or input unusable before any work
//! ([`usage::UsageError`]). A closed stdout pipe ends a command quietly (141).

mod batch;
mod card;
mod check_url;
#[cfg(windows)]
mod console;
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
mod ticket_args;
mod token;
mod usage;
mod verify;
mod verify_args;
mod verify_report;
mod verify_wecom;
mod window;

use std::process::ExitCode;

use clap::{ArgMatches, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::core::text::{Lang, msg};
use crate::i18n::Render;

/// Debug WeChat JS-SDK signatures. Run without a subcommand to open the window.
#[derive(Debug, Parser)]
#[command(name = "wxsign", version, about, long_about = None)]
pub struct Cli {
    #[command(flatten)]
    pub global: output::GlobalArgs,
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
    ///
    /// Print one JSON object with --json (access_token redacted unless --reveal, expires_in,
    /// fetched_at, from_cache, endpoint); on failure {"error": {errcode, errmsg, meaning, fix}}.
    Token(token::TokenArgs),
    /// Get the jsapi_ticket (or wx_card ticket) of a profile (cached).
    ///
    /// Print one JSON object with --json (ticket redacted unless --reveal, type, expires_in,
    /// fetched_at, from_cache, source); on failure {"error": {errcode, errmsg, meaning, fix}}.
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

impl Command {
    /// Whether `--json` means something here: the commands that print a result for scripts.
    fn prints_json(&self) -> bool {
        match self {
            Command::Sign(_)
            | Command::CheckUrl(_)
            | Command::Verify(_)
            | Command::Token(_)
            | Command::Ticket(_)
            | Command::Doctor(_)
            | Command::Probe(_)
            | Command::Phone(_) => true,
            Command::Profile(p) => p.prints_json(),
            Command::Secret(_) | Command::Batch(_) | Command::Completions(_) | Command::Man(_) => {
                false
            }
        }
    }
}

/// `wxsign profile add`: the subcommand chain that parsed, for the `--help` hint of a usage
/// error.
fn command_path(matches: &ArgMatches) -> String {
    let mut path = "wxsign".to_owned();
    let mut m = matches;
    while let Some((name, sub)) = m.subcommand() {
        path.push(' ');
        path.push_str(name);
        m = sub;
    }
    path
}

/// Entry point of the binary: parses arguments, runs the command, prints errors once.
pub fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    #[cfg(windows)]
    console::adapt(argv.len() > 1);
    usage::quiet_on_closed_pipe();
    output::set_parse_lang(&argv);
    let mut definition = Cli::command();
    definition.build();
    if let Some(e) = usage::missing_value(&definition, &argv) {
        let _ = e.print();
        return ExitCode::from(2);
    }
    let parsed = definition
        .clone()
        .try_get_matches_from(std::env::args_os())
        .and_then(|m| Cli::from_arg_matches(&m).map(|cli| (cli, m)));
    let (cli, matches) = match parsed {
        Ok(parsed) => parsed,
        Err(e) => {
            let e = usage::unquoted_url(&definition, &argv, &e).unwrap_or(e);
            // clap exits 2 for usage errors and 0 for --help / --version.
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let out = output::Output::of(&cli.global);
    let path = command_path(&matches);
    let json_here = cli.command.as_ref().is_some_and(Command::prints_json);
    if out.json && !json_here {
        let e = usage::usage(msg!("cli-json-not-here", command = path.as_str()).get(out.lang));
        return usage::report(&e, out.lang, &path);
    }
    let Some(command) = cli.command else {
        return window::open(cli.global.lang.map(Lang::from));
    };
    let result = match command {
        Command::Sign(args) => sign::run(args, out),
        Command::CheckUrl(args) => check_url::run(args, out),
        Command::Verify(args) => verify::run(args, out),
        Command::Profile(args) => profile::run(args, out),
        Command::Secret(args) => secret::run(args, out),
        Command::Token(args) => token::run_token(args, out),
        Command::Ticket(args) => token::run_ticket(args, out),
        Command::Batch(args) => batch::run(*args, out),
        Command::Doctor(args) => doctor::run(args, out),
        Command::Completions(args) => docs::run_completions(args, out),
        Command::Man(args) => docs::run_man(args, out),
        Command::Probe(args) => probe::run(*args, out),
        Command::Phone(args) => phone::run(args, out),
    };
    match result {
        Ok(code) => code,
        Err(e) => usage::report(&e, out.lang, &path),
    }
}

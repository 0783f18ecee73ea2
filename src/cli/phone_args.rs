//! What `phone attach` and `phone proxy` share on the command line: what a page is judged with
//! (`probe`'s [`PageAccountArgs`]: tickets typed, or a profile's), how long a page is recorded,
//! the runtime to record on and the `--record` fixture.

use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use clap::Args;

use super::output::Output;
use super::probe::{PageAccountArgs, profile_account};
use crate::core::text::{Lang, msg};
use crate::core::verify::TicketCandidate;
use crate::i18n::{Render, text};
use crate::phone::session::Exchanged;
use crate::phone::{DEFAULT_SETTLE_MS, DEFAULT_TIMEOUT_MS, PhoneReport, Source};
use crate::probe::judge::Account;

/// How long a page is recorded, and whose answers they are; shared by `phone attach` and
/// `phone proxy`.
#[derive(Debug, Args)]
pub struct RecordingFlags {
    /// Hard deadline of a page's recording, in milliseconds.
    #[arg(long, default_value_t = DEFAULT_TIMEOUT_MS, value_parser = clap::value_parser!(u64).range(500..=600_000))]
    pub timeout_ms: u64,
    /// How long the page must stay quiet after wx.config before the recording ends, in ms.
    #[arg(long, default_value_t = DEFAULT_SETTLE_MS, value_parser = clap::value_parser!(u64).range(50..=30_000))]
    pub settle_ms: u64,
    /// Mark the report as coming from a simulated phone (test rigs, emulators).
    #[arg(long, hide = true)]
    pub simulated: bool,
}

impl RecordingFlags {
    pub fn timeout(&self) -> Duration {
        Duration::from_millis(self.timeout_ms)
    }

    pub fn settle(&self) -> Duration {
        Duration::from_millis(self.settle_ms)
    }

    pub fn source(&self) -> Source {
        if self.simulated {
            Source::Simulated
        } else {
            Source::Phone
        }
    }
}

pub fn runtime(lang: Lang) -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context(text(lang, "cli-runtime-failed"))
}

/// The tickets, appId and safe domains a page is judged with (the same flags as `probe`), and
/// the runtime to work on (the profile's session's, which fetched the ticket). No ticket is
/// fine here: the page is then recorded, not judged. `Err(code)`: the profile's ticket could
/// not be had, and that was said.
pub fn judge_with(
    args: &PageAccountArgs,
    out: Output,
) -> anyhow::Result<Result<(Account, tokio::runtime::Runtime), ExitCode>> {
    let mut account = Account {
        tickets: Vec::new(),
        app_id: args.app_id.clone(),
        safe_domains: args.safe_domain.clone(),
    };
    let rt = match args.tickets.profile_only(out.lang)? {
        Some(profile) => {
            let (found, rt) = match profile_account(profile, &args.tickets.api_base, out)? {
                Ok(found) => found,
                Err(code) => return Ok(Err(code)),
            };
            account.tickets = found.tickets;
            if account.app_id.is_none() {
                account.app_id = found.app_id;
            }
            if account.safe_domains.is_empty() {
                account.safe_domains = found.safe_domains;
            }
            rt
        }
        None => {
            account.tickets = args.tickets.candidates();
            account.tickets.retain(|t| !t.ticket.is_empty());
            runtime(out.lang)?
        }
    };
    Ok(Ok((account, rt)))
}

/// Writes a page's raw bridge exchange to `path` as a fixture (`--record`), with the `tickets`
/// redacted (revealed here only to be found and replaced).
pub fn write_fixture(
    path: &Path,
    report: &PhoneReport,
    exchange: &[Exchanged],
    tickets: &[TicketCandidate],
    lang: Lang,
) -> anyhow::Result<()> {
    let refs: Vec<&str> = tickets.iter().map(|t| t.ticket.reveal()).collect();
    let fixture = crate::phone::fixture::record(report, exchange, &refs);
    let body = serde_json::to_string_pretty(&fixture)
        .context(text(lang, "phone-cli-fixture-encode-failed"))?;
    std::fs::write(path, body + "\n").with_context(|| {
        msg!(
            "phone-cli-fixture-write-failed",
            path = path.display().to_string()
        )
        .get(lang)
    })
}

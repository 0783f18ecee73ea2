//! What `phone attach` and `phone proxy` share on the command line: what a page is judged with
//! (tickets typed, or a profile's), how long a page is recorded, and the runtime to record on.

use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use clap::Args;

use super::token;
use crate::core::text::{Lang, msg};
use crate::core::verify::TicketOrigin;
use crate::i18n::Render;
use crate::phone::{DEFAULT_SETTLE_MS, DEFAULT_TIMEOUT_MS, Source};
use crate::probe::judge::Account;
use crate::secret::Secret;
use crate::wechat::TicketKind;

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

/// What a page is judged with: tickets typed (or `WXSIGN_TICKET`), or a profile's; shared by
/// `phone attach` and `phone proxy`.
#[derive(Debug, Args)]
pub struct JudgeFlags {
    /// The current jsapi_ticket (repeat to add older ones), to judge the page's signature.
    /// WXSIGN_TICKET (comma-separated) keeps tickets out of the process list; or use --profile.
    #[arg(
        long,
        allow_hyphen_values = true,
        value_name = "TICKET",
        value_parser = super::usage::secret_arg,
        env = "WXSIGN_TICKET",
        hide_env_values = true,
        value_delimiter = ','
    )]
    pub ticket: Vec<Secret>,
    /// Take the jsapi_ticket (cached or fetched), appId and safe domains of this profile.
    #[arg(long, value_name = "NAME")]
    pub profile: Option<String>,
    /// With --profile: fetch the ticket from this API base instead of the profile's.
    #[arg(long, value_name = "URL", requires = "profile")]
    pub api_base: Option<String>,
    /// The account's appId: a wx.config of another appId is an error.
    #[arg(long, value_name = "APPID")]
    pub app_id: Option<String>,
    /// A JS safe domain (repeatable).
    #[arg(long, value_name = "DOMAIN")]
    pub safe_domain: Vec<String>,
}

pub fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")
}

/// The tickets, appId and safe domains a page is judged with, and the runtime to work on (the
/// profile's session's, which fetched the ticket). `Err(code)`: the profile's ticket could not
/// be had, and that was said.
pub fn judge_with(
    args: &JudgeFlags,
    json: bool,
    lang: Lang,
) -> anyhow::Result<Result<(Account, tokio::runtime::Runtime), ExitCode>> {
    // WXSIGN_TICKET may be set for other commands; only tickets typed here clash with --profile.
    let from_env = std::env::var("WXSIGN_TICKET").ok();
    let given: Vec<&str> = args.ticket.iter().map(Secret::reveal).collect();
    let typed = !given.is_empty() && from_env.as_deref() != Some(given.join(",").as_str());
    if args.profile.is_some() && typed {
        return Err(super::usage::usage(
            msg!("phone-cli-ticket-or-profile").get(lang),
        ));
    }
    let mut account = Account {
        tickets: Vec::new(),
        app_id: args.app_id.clone(),
        safe_domains: args.safe_domain.clone(),
    };
    let rt = match args.profile.as_deref() {
        Some(profile) => {
            let session = token::Session::open(
                &token::WechatArgs {
                    profile: profile.to_owned(),
                    api_base: args.api_base.clone(),
                    secret_stdin: false,
                    verbose: false,
                    agent_id: None,
                },
                lang,
            )?;
            account.tickets = match session.ticket_candidates(TicketKind::Jsapi) {
                Ok(t) => t,
                Err(e) => return Ok(Err(token::report_error_for(&e, json, lang, Some(profile)))),
            };
            // The page signs with a jsapi ticket: the current one or an older one.
            account
                .tickets
                .retain(|t| matches!(t.origin, TicketOrigin::Current | TicketOrigin::Stale { .. }));
            account
                .app_id
                .get_or_insert_with(|| session.profile.app_id.clone());
            if account.safe_domains.is_empty() {
                account.safe_domains = session.profile.safe_domains.clone();
            }
            session.runtime
        }
        None => {
            account.tickets = super::usage::typed_tickets(&args.ticket);
            account.tickets.retain(|t| !t.ticket.is_empty());
            runtime()?
        }
    };
    Ok(Ok((account, rt)))
}

//! `wxsign phone list` and `wxsign phone attach`: what the real WeChat client on an Android phone
//! answered to a page's wx.config (issue 18, PHONE.md). Exit codes as `probe`: 0 when the client
//! accepted every config and nothing is wrong, 1 when it did not (or the page never configured,
//! the deadline passed, an OAuth page was left alone), 2 for bad arguments and for nothing to
//! attach to (no adb, no device, no DevTools socket, no page or no single one).

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use clap::{Args, Subcommand};

use super::output::Output;
use super::phone_output;
use super::usage::usage;
use crate::batch::CancelFlag;
use crate::core::text::{Lang, msg};
use crate::i18n::{Render, text};
use crate::phone::adb::Adb;
use crate::phone::{self, AttachOptions, Navigate, PhoneError, Progress, Source};
use crate::probe::judge::Account;

/// Default hard deadline of a recording.
pub const DEFAULT_TIMEOUT_MS: u64 = 30_000;
/// Default quiet time: a phone answers slower than the probe's own bridge.
pub const DEFAULT_SETTLE_MS: u64 = 1_000;

#[derive(Debug, Args)]
pub struct PhoneArgs {
    #[command(subcommand)]
    pub command: PhoneCommand,
}

#[derive(Debug, Subcommand)]
pub enum PhoneCommand {
    /// List the connected Android phones, their WeChat and WeCom web-views and the pages open
    /// in them (turn on the debugging switch first: open
    /// http://debugxweb.qq.com/?inspector=true inside WeChat).
    List(ListArgs),
    /// Attach to a page open in WeChat on an Android phone, reload it under wxsign's recorder
    /// and report what the real client answered to its wx.config, with the full diagnosis.
    Attach(Box<AttachArgs>),
}

#[derive(Debug, Args)]
pub struct ListArgs {}

#[derive(Debug, Args)]
pub struct AttachArgs {
    /// The phone's serial (`adb devices`); needed when more than one is connected.
    #[arg(long, value_name = "SERIAL")]
    pub device: Option<String>,
    /// Text in the URL or title of the page to attach to; needed when more than one is open.
    #[arg(long, value_name = "TEXT")]
    pub page: Option<String>,
    /// The tickets (or the profile) the page's signature is judged with; none: recorded only.
    #[command(flatten)]
    pub account: super::probe::PageAccountArgs,
    /// Open this URL instead of reloading the page; without a value, the page's own URL
    /// without its OAuth code and state (a code is single-use).
    #[arg(long, value_name = "URL", num_args = 0..=1, default_missing_value = "", conflicts_with = "reload")]
    pub entry: Option<String>,
    /// Reload the page even when its URL carries an OAuth code.
    #[arg(long)]
    pub reload: bool,
    /// Also let the client verify the current URL, the landing URL and the URLs the diagnosis
    /// names, each signed with the ticket (a few real verifications under your appId).
    #[arg(long)]
    pub ask: bool,
    /// Write the raw bridge exchange to FILE as a JSON fixture (tickets and signatures
    /// redacted), for tests/fixtures/phone/.
    #[arg(long, value_name = "FILE")]
    pub record: Option<PathBuf>,
    /// Hard deadline of the recording, in milliseconds.
    #[arg(long, default_value_t = DEFAULT_TIMEOUT_MS, value_parser = clap::value_parser!(u64).range(500..=600_000))]
    pub timeout_ms: u64,
    /// How long the page must stay quiet after wx.config before the recording ends, in ms.
    #[arg(long, default_value_t = DEFAULT_SETTLE_MS, value_parser = clap::value_parser!(u64).range(50..=30_000))]
    pub settle_ms: u64,
    /// Mark the report as coming from a simulated phone (test rigs, emulators).
    #[arg(long, hide = true)]
    pub simulated: bool,
}

impl PhoneArgs {
    /// Whether `--json` means something here (the global flag): a listing or a report.
    pub fn prints_json(&self) -> bool {
        match self.command {
            PhoneCommand::List(_) | PhoneCommand::Attach(_) => true,
        }
    }
}

pub fn run(args: PhoneArgs, out: Output) -> anyhow::Result<ExitCode> {
    match args.command {
        PhoneCommand::List(_) => run_list(out),
        PhoneCommand::Attach(a) => run_attach(*a, out),
    }
}

fn runtime(lang: Lang) -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context(text(lang, "cli-runtime-failed"))
}

fn run_list(out: Output) -> anyhow::Result<ExitCode> {
    let Output { lang, json } = out;
    let adb = Adb::from_env();
    let result = runtime(lang)?.block_on(async {
        phone::list(&adb, &mut |p: Progress| {
            if !json {
                phone_output::progress(&p, lang);
            }
        })
        .await
    });
    match result {
        Ok(listing) => {
            let found = !listing.choices().is_empty();
            if json {
                println!("{}", phone_output::listing_json(&listing, lang));
            } else {
                phone_output::print_listing(&listing, lang);
            }
            Ok(if found {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        Err(e) => Ok(fail(&e, json, lang)),
    }
}

fn run_attach(args: AttachArgs, out: Output) -> anyhow::Result<ExitCode> {
    let Output { lang, json } = out;
    let profile = args.account.tickets.profile_only(lang)?;
    let mut account = Account {
        tickets: Vec::new(),
        app_id: args.account.app_id.clone(),
        safe_domains: args.account.safe_domain.clone(),
    };
    let rt = match profile {
        Some(profile) => {
            let (found, rt) = match super::probe::profile_account(
                profile,
                &args.account.tickets.api_base,
                out,
            )? {
                Ok(found) => found,
                Err(code) => return Ok(code),
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
            account.tickets = args.account.tickets.candidates();
            account.tickets.retain(|t| !t.ticket.is_empty());
            runtime(lang)?
        }
    };
    if args.ask && account.tickets.is_empty() {
        return Err(usage(text(lang, "phone-cli-ask-needs-ticket")));
    }
    let secrets: Vec<String> = account
        .tickets
        .iter()
        .map(|t| t.ticket.reveal().to_owned())
        .collect();
    let opts = AttachOptions {
        adb: Adb::from_env(),
        device: args.device.clone(),
        page: args.page.clone(),
        navigate: match (&args.entry, args.reload) {
            (Some(e), _) if e.is_empty() => Navigate::Entry(None),
            (Some(e), _) => Navigate::Entry(Some(e.clone())),
            (None, true) => Navigate::ReloadAnyway,
            (None, false) => Navigate::Reload,
        },
        account,
        timeout: Duration::from_millis(args.timeout_ms),
        settle: Duration::from_millis(args.settle_ms),
        ask: args.ask,
        source: if args.simulated {
            Source::Simulated
        } else {
            Source::Phone
        },
    };
    let result = rt.block_on(async {
        let cancel = CancelFlag::new();
        super::interrupt::cancel_on_ctrl_c(&cancel).await;
        phone::attach(opts, cancel, &mut |p: Progress| {
            if !json {
                phone_output::progress(&p, lang);
            }
        })
        .await
    });
    let attached = match result {
        Ok(a) => a,
        Err(e) => return Ok(fail(&e, json, lang)),
    };
    if let Some(path) = &args.record {
        let refs: Vec<&str> = secrets.iter().map(String::as_str).collect();
        let fixture = phone::fixture::record(&attached.report, &attached.exchange, &refs);
        let body = serde_json::to_string_pretty(&fixture)
            .context(text(lang, "phone-cli-fixture-encode-failed"))?;
        std::fs::write(path, body + "\n").with_context(|| {
            msg!(
                "phone-cli-fixture-write-failed",
                path = path.display().to_string()
            )
            .get(lang)
        })?;
    }
    let report = &attached.report;
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(report).context(text(lang, "cli-probe-encode-failed"))?
        );
    } else {
        phone_output::print_report(report, lang);
    }
    Ok(if report.passed {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Says why nothing was attached (once, on stderr; as `{"error": …}` on stdout with `--json`)
/// and gives the exit code.
fn fail(e: &PhoneError, json: bool, lang: Lang) -> ExitCode {
    if json {
        println!("{}", phone_output::error_json(e, lang));
    } else {
        phone_output::print_error(e, lang);
    }
    match e {
        PhoneError::OAuthCode { .. } | PhoneError::Cancelled => ExitCode::from(1),
        _ => ExitCode::from(2),
    }
}

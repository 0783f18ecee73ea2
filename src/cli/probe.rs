//! `wxsign probe URL`: open the real page in a headless browser that plays the WeChat in-app
//! browser and judge every `wx.config` and share call it makes. Exit 0 when every config call
//! verifies on every platform probed, 1 when one does not or the page stops at OAuth / never
//! calls `wx.config` / fails to load, 2 for bad arguments or no usable browser.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use clap::{Args, ValueEnum};

use super::output::{self, Output};
use super::probe_output;
use super::ticket_args::TicketArgs;
use super::token;
use super::usage::{NotStarted, usage};
use crate::batch::{CancelFlag, Platform};
use crate::core::verify::TicketOrigin;
use crate::i18n::{Render, text};
use crate::probe::judge::Account;
use crate::probe::{self, AnswerMode, ProbeError, ProbeOptions, Progress};
use crate::wechat::TicketKind;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PlatformArg {
    Android,
    Ios,
    Both,
}

impl PlatformArg {
    pub fn platforms(self) -> Vec<Platform> {
        match self {
            PlatformArg::Android => vec![Platform::Android],
            PlatformArg::Ios => vec![Platform::Ios],
            PlatformArg::Both => vec![Platform::Android, Platform::Ios],
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum AnswerArg {
    /// As WeChat would on that platform (the page's wx.error / wx.ready run as on a phone).
    Wechat,
    /// Always config:ok (reach the share setup behind a broken signature).
    Ok,
    /// Always config:invalid signature.
    Fail,
}

impl From<AnswerArg> for AnswerMode {
    fn from(a: AnswerArg) -> Self {
        match a {
            AnswerArg::Wechat => AnswerMode::Wechat,
            AnswerArg::Ok => AnswerMode::Ok,
            AnswerArg::Fail => AnswerMode::Fail,
        }
    }
}

#[derive(Debug, Args)]
#[command(mut_arg("tickets", |a| a.required_unless_present("profile")))]
pub struct ProbeArgs {
    /// The page, as the phone opens it (https://example.com/page?x=1).
    pub url: String,
    /// Which WeChat client to play; `both` loads the page once per platform.
    #[arg(long, value_enum, default_value = "both")]
    pub platform: PlatformArg,
    /// The jsapi tickets (`--ticket`), or the profile whose ticket, appId and safe domains to
    /// take (`--profile`); the appId and safe domains.
    #[command(flatten)]
    pub account: PageAccountArgs,
    /// Chrome, Chromium or Edge to use (default: the saved setting, then PATH and the usual
    /// install places).
    #[arg(long, value_name = "PATH")]
    pub browser: Option<PathBuf>,
    /// Replace the WeChat user agent of every platform.
    #[arg(long, value_name = "UA")]
    pub user_agent: Option<String>,
    /// How to answer the page's wx.config.
    #[arg(long, value_enum, default_value = "wechat")]
    pub answer: AnswerArg,
    /// Hard deadline of each platform's run, in milliseconds: the browser is stopped then.
    #[arg(long, default_value_t = 30_000, value_parser = clap::value_parser!(u64).range(500..=600_000))]
    pub timeout_ms: u64,
    /// How long the page must stay quiet after wx.config before the run ends, in milliseconds.
    #[arg(long, default_value_t = probe::DEFAULT_SETTLE_MS, value_parser = clap::value_parser!(u64).range(50..=30_000))]
    pub settle_ms: u64,
    /// Fetch every share imgUrl and check that it answers with an image.
    #[arg(long)]
    pub check_images: bool,
}

/// What a page's wx.config is judged with (`probe`, `phone attach`): typed tickets or a
/// profile's, the appId, the safe domains.
#[derive(Debug, Args)]
pub struct PageAccountArgs {
    #[command(flatten)]
    pub tickets: TicketArgs,
    /// The account's appId: a wx.config of another appId is an error.
    #[arg(long, value_name = "APPID")]
    pub app_id: Option<String>,
    /// A JS safe domain (repeatable): WeChat refuses a config on a page outside them.
    #[arg(long, value_name = "DOMAIN")]
    pub safe_domain: Vec<String>,
}

/// What a page's wx.config is judged with, from `profile` (`probe`, `phone attach`): its jsapi
/// tickets (the current one, then older ones; never the card ticket), appId and safe domains,
/// and the runtime its session opened. `Err(code)`: no ticket, already reported.
pub(super) fn profile_account(
    profile: &str,
    api_base: &Option<String>,
    out: Output,
) -> anyhow::Result<Result<(Account, tokio::runtime::Runtime), ExitCode>> {
    let session = token::Session::open(
        &token::WechatArgs {
            profile: profile.to_owned(),
            api_base: api_base.clone(),
            secret_stdin: false,
            verbose: false,
            agent_id: None,
        },
        out.lang,
    )?;
    // DingTalk and Feishu pages talk to their own bridge: said in one line.
    if let Some(m) = session.profile.platform.spec().probe_refusal() {
        return Err(usage(m.get(out.lang)));
    }
    let mut tickets = match session.ticket_candidates(TicketKind::Jsapi) {
        Ok(t) => t,
        Err(e) => return Ok(Err(token::report_error_for(&e, out, Some(profile)))),
    };
    tickets.retain(|t| matches!(t.origin, TicketOrigin::Current | TicketOrigin::Stale { .. }));
    let account = Account {
        tickets,
        app_id: Some(session.profile.app_id.clone()),
        safe_domains: session.profile.safe_domains.clone(),
    };
    Ok(Ok((account, session.runtime)))
}

/// With `--json` the report is printed as JSON.
pub fn run(args: ProbeArgs, out: Output) -> anyhow::Result<ExitCode> {
    let lang = out.lang;
    if let Err(e) = probe::check_url(&args.url) {
        return Err(usage(e.text().get(lang)));
    }
    if let Some(ua) = &args.user_agent
        && let Some(problem) = probe::platform::user_agent_problem(ua)
    {
        anstream::eprintln!("{} {}", output::warning_prefix(lang), problem.get(lang));
    }
    let mut opts = ProbeOptions::new(args.url.clone());
    opts.platforms = args.platform.platforms();
    opts.browser = args.browser.clone().or_else(saved_browser);
    opts.user_agent = args.user_agent.clone();
    opts.answer = args.answer.into();
    opts.timeout = Duration::from_millis(args.timeout_ms);
    opts.settle = Duration::from_millis(args.settle_ms);
    opts.check_images = args.check_images;
    opts.safe_domains = args.account.safe_domain.clone();
    opts.app_id = args.account.app_id.clone();

    let runtime;
    let rt = match args.account.tickets.profile_only(lang)? {
        Some(profile) => {
            let (account, rt) = match profile_account(profile, &args.account.tickets.api_base, out)?
            {
                Ok(found) => found,
                Err(code) => return Ok(code),
            };
            opts.tickets = account.tickets;
            if opts.app_id.is_none() {
                opts.app_id = account.app_id;
            }
            if opts.safe_domains.is_empty() {
                opts.safe_domains = account.safe_domains;
            }
            runtime = rt;
            &runtime
        }
        None => {
            opts.tickets = args.account.tickets.candidates();
            if opts.tickets.first().is_none_or(|t| t.ticket.is_empty()) {
                return Err(usage(text(lang, "cli-no-jsapi-ticket")));
            }
            runtime = tokio::runtime::Builder::new_multi_thread()
                .enable_all()
                .build()
                .context(text(lang, "cli-runtime-failed"))?;
            &runtime
        }
    };

    let json = out.json;
    let result = rt.block_on(async {
        let cancel = CancelFlag::new();
        // Ctrl-C cancels; the probe then stops its browser and deletes its profile.
        super::interrupt::cancel_on_ctrl_c(&cancel).await;
        let mut live = probe_output::Live::new(lang, json);
        probe::probe(opts, cancel, move |p: Progress| live.show(&p)).await
    });
    match result {
        Ok(report) => {
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&report)
                        .context(text(lang, "cli-probe-encode-failed"))?
                );
            } else {
                probe_output::print_report(&report, lang);
            }
            Ok(if report.passed {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        Err(e @ ProbeError::BadUrl(_)) => Err(usage(e.text().get(lang))),
        // No usable browser: nothing ran, exit 2.
        Err(e @ (ProbeError::Browser(_) | ProbeError::Launch(_))) => {
            Err(NotStarted(anyhow::anyhow!("{}", e.text().get(lang))).into())
        }
        Err(ProbeError::Cancelled) => {
            eprintln!("{}", text(lang, "cli-probe-cancelled"));
            Ok(ExitCode::from(1))
        }
    }
}

/// The browser saved in the window's settings (gui.toml `probe_browser`), if any.
pub fn saved_browser() -> Option<PathBuf> {
    let dir = crate::gui_settings::default_config_dir()?;
    crate::gui_settings::AppState::load(&dir)
        .ok()?
        .probe_browser
}

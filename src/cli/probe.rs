//! `wxsign probe URL`: open the real page in a headless browser that plays the WeChat in-app
//! browser and judge every `wx.config` and share call it makes. Exit 0 when every config call
//! verifies on every platform probed, 1 when one does not or the page stops at OAuth / never
//! calls `wx.config` / fails to load, 2 for bad arguments or no usable browser.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use clap::{Args, ValueEnum};

use super::output::{self, tr};
use super::probe_output;
use super::token;
use crate::batch::{CancelFlag, Platform};
use crate::core::text::Lang;
use crate::core::verify::TicketOrigin;
use crate::probe::judge::Account;
use crate::probe::{self, AnswerMode, ProbeError, ProbeOptions, Progress};
use crate::secret::Secret;
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
pub struct ProbeArgs {
    /// The page, as the phone opens it (https://example.com/page?x=1).
    pub url: String,
    /// Which WeChat client to play; `both` loads the page once per platform.
    #[arg(long, value_enum, default_value = "both")]
    pub platform: PlatformArg,
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
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// Language of the human output (default: from LC_ALL, LC_MESSAGES or LANG).
    #[arg(long, value_enum)]
    pub lang: Option<output::LangArg>,
}

fn usage(lang: Lang, msg: &str) -> ExitCode {
    match lang {
        Lang::En => eprintln!("error: {msg}\n\nFor more information, try 'wxsign probe --help'."),
        Lang::Zh => eprintln!("错误：{msg}\n\n更多信息请运行 'wxsign probe --help'。"),
    }
    ExitCode::from(2)
}

/// What a page's wx.config is judged with (`probe`, `phone attach`): typed tickets or a
/// profile's, the appId, the safe domains.
#[derive(Debug, Args)]
pub struct PageAccountArgs {
    /// The current jsapi_ticket; repeat to add older tickets as stale candidates.
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
    json: bool,
    lang: Lang,
) -> anyhow::Result<Result<(Account, tokio::runtime::Runtime), ExitCode>> {
    let session = token::Session::open(
        &token::WechatArgs {
            profile: profile.to_owned(),
            api_base: api_base.clone(),
            secret_stdin: false,
            verbose: false,
            agent_id: None,
        },
        lang,
    )?;
    let mut tickets = match session.ticket_candidates(TicketKind::Jsapi) {
        Ok(t) => t,
        Err(e) => return Ok(Err(token::report_error_for(&e, json, lang, Some(profile)))),
    };
    tickets.retain(|t| matches!(t.origin, TicketOrigin::Current | TicketOrigin::Stale { .. }));
    let account = Account {
        tickets,
        app_id: Some(session.profile.app_id.clone()),
        safe_domains: session.profile.safe_domains.clone(),
    };
    Ok(Ok((account, session.runtime)))
}

pub fn run(args: ProbeArgs) -> anyhow::Result<ExitCode> {
    let lang = output::resolve_lang(args.lang);
    if let Err(e) = probe::check_url(&args.url) {
        return Ok(usage(lang, e.text().get(lang)));
    }
    if let Some(ua) = &args.user_agent
        && let Some(problem) = probe::platform::user_agent_problem(ua)
    {
        eprintln!("{} {}", output::warning_prefix(lang), problem.get(lang));
    }
    let from_env = std::env::var("WXSIGN_TICKET").ok();
    let given: Vec<&str> = args.account.ticket.iter().map(Secret::reveal).collect();
    let typed = !given.is_empty() && from_env.as_deref() != Some(given.join(",").as_str());
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
    let rt = match &args.account.profile {
        Some(profile) if !typed => {
            let (account, rt) =
                match profile_account(profile, &args.account.api_base, args.json, lang)? {
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
        Some(_) => {
            return Ok(usage(
                lang,
                tr(
                    lang,
                    "give either --ticket or --profile, not both",
                    "请只给出 --ticket 或 --profile 之一",
                ),
            ));
        }
        None => {
            opts.tickets = super::usage::typed_tickets(&args.account.ticket);
            if opts.tickets.first().is_none_or(|t| t.ticket.is_empty()) {
                return Ok(usage(
                    lang,
                    tr(
                        lang,
                        "no jsapi_ticket: pass the current one with --ticket, or use --profile to fetch it",
                        "没有 jsapi_ticket：请用 --ticket 传入当前的 ticket，或用 --profile 自动获取",
                    ),
                ));
            }
            runtime = tokio::runtime::Builder::new_multi_thread()
                .enable_all()
                .build()
                .context("starting the async runtime")?;
            &runtime
        }
    };

    let json = args.json;
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
                    serde_json::to_string_pretty(&report).context("encoding the report")?
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
        Err(e @ (ProbeError::Browser(_) | ProbeError::BadUrl(_) | ProbeError::Launch(_))) => {
            let prefix = tr(lang, "error:", "错误：");
            eprintln!("{prefix} {}", e.text().get(lang));
            Ok(ExitCode::from(2))
        }
        Err(ProbeError::Cancelled) => {
            eprintln!(
                "{}",
                tr(
                    lang,
                    "cancelled: the browser was stopped",
                    "已取消：浏览器已停止"
                )
            );
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

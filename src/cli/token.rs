//! `wxsign token` and `wxsign ticket`: the access_token and the jsapi (or wx_card) ticket of a
//! profile, from the cache while fresh. Credentials print redacted unless `--reveal`.

use std::process::ExitCode;
use std::sync::Arc;

use clap::{Args, ValueEnum};

use super::output::{self, Output};
use crate::cache::CredentialCache;
use crate::core::text::{Lang, msg};
use crate::i18n::{Render, text};
use crate::profile::{Profile, ProfileStore};
use crate::secret::Secret;
use crate::secrets::{self, Secrets};
use crate::wechat::{ClientError, Credentials, FetchOptions, LogSink, TicketKind};

/// Options every command that talks to WeChat shares.
#[derive(Debug, Args)]
pub struct WechatArgs {
    /// The profile to use (`wxsign profile list`).
    #[arg(long)]
    pub profile: String,
    /// Use this API base instead of the profile's (a proxy, a token server, a mock).
    #[arg(long, value_name = "URL")]
    pub api_base: Option<String>,
    /// Read the appSecret from the first line of stdin for this call.
    #[arg(long)]
    pub secret_stdin: bool,
    /// Print one line per HTTP call to stderr (credentials redacted).
    #[arg(long, short)]
    pub verbose: bool,
    /// WeCom: the app (AgentId) whose token and agent ticket to use [default: the profile's
    /// first app].
    #[arg(long, value_name = "N")]
    pub agent_id: Option<u64>,
}

#[derive(Debug, Args)]
pub struct TokenArgs {
    #[command(flatten)]
    pub wechat: WechatArgs,
    /// Rotate the stable token now (force_refresh:true; 20 a day, 30 s apart). Only for a leaked
    /// token: every other caller gets the new one too.
    #[arg(long)]
    pub force_refresh: bool,
    /// Print the full token instead of its first 6 characters and length.
    #[arg(long)]
    pub reveal: bool,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum TicketType {
    /// The jsapi_ticket that signs wx.config.
    Jsapi,
    /// The card ticket; `wx_card` (WeChat's spelling) works too.
    #[value(alias = "wx_card")]
    WxCard,
    /// WeCom: the agent ticket of one app, which signs wx.agentConfig (`agent_config` works
    /// too). On a WeCom profile `jsapi` is the corp ticket, which signs wx.config.
    #[value(alias = "agent_config")]
    AgentConfig,
}

#[derive(Debug, Args)]
pub struct TicketArgs {
    #[command(flatten)]
    pub wechat: WechatArgs,
    /// jsapi signs wx.config; wx-card (or wx_card) is the card ticket, which never does.
    #[arg(long = "type", value_enum, default_value = "jsapi")]
    pub kind: TicketType,
    /// Print the full ticket instead of its first 6 characters and length.
    #[arg(long)]
    pub reveal: bool,
}

/// A loaded profile and a credentials service wired for the command line.
pub struct Session {
    pub profile: Profile,
    pub credentials: Credentials,
    pub options: FetchOptions,
    pub runtime: tokio::runtime::Runtime,
}

impl Session {
    /// Loads the profile, opens the secret store, reads `--secret-stdin`. `lang` is the
    /// command's `--lang` (or the locale's), for the errors said here.
    pub fn open(args: &WechatArgs, lang: Lang) -> anyhow::Result<Self> {
        let profile = super::profile::get(&ProfileStore::from_env()?, &args.profile, lang)?;
        let secret = if args.secret_stdin {
            let s = secrets::read_secret_line(&mut std::io::stdin().lock())
                .map_err(|e| anyhow::anyhow!("{}: {e}", text(lang, "cli-secret-stdin-failed")))?;
            Some(s.ok_or_else(|| super::usage::usage(text(lang, "cli-token-stdin-empty")))?)
        } else {
            None
        };
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let secrets = Arc::new(Secrets::from_env());
        let cache = Arc::new(CredentialCache::new(secrets.store()));
        let verbose = args.verbose;
        let log: LogSink = Arc::new(move |entry: crate::wechat::LogEntry| {
            if verbose {
                anstream::eprintln!("{}", entry.line());
            }
        });
        Ok(Self {
            profile,
            credentials: Credentials::new(secrets, cache, log),
            options: FetchOptions {
                api_base: args.api_base.clone(),
                force_refresh: false,
                secret,
                agent_id: args.agent_id,
            },
            runtime,
        })
    }

    pub fn ticket(&self, kind: TicketKind) -> Result<crate::wechat::TicketInfo, ClientError> {
        self.runtime
            .block_on(self.credentials.ticket(&self.profile, kind, &self.options))
    }

    /// The current ticket of `kind` and the older ones the verifier tries
    /// ([`Credentials::ticket_candidates`]).
    pub fn ticket_candidates(
        &self,
        kind: TicketKind,
    ) -> Result<Vec<crate::core::verify::TicketCandidate>, ClientError> {
        self.runtime.block_on(self.credentials.ticket_candidates(
            &self.profile,
            kind,
            &self.options,
        ))
    }
}

/// Prints a client error once: the errcode, its meaning and the fix on stderr, and the
/// `{"error": …}` object on stdout with `--json`. Exit 1. With `profile`, `--profile NAME` in
/// the texts names it.
pub fn report_error_for(e: &ClientError, out: Output, profile: Option<&str>) -> ExitCode {
    let lang = out.lang;
    let mut r = e.report();
    if let Some(name) = profile {
        r = r.for_profile(name);
    }
    let error = text(lang, "cli-error-prefix");
    let fix = text(lang, "cli-fix-prefix");
    if out.json {
        let v = serde_json::json!({ "error": {
            "errcode": r.errcode,
            "errmsg": r.errmsg,
            "meaning": r.meaning(lang),
            "fix": r.fix(lang),
        }});
        println!("{v}");
    }
    match r.errcode {
        Some(code) => anstream::eprintln!(
            "{}{error}{:#} errcode {code} ({}): {}\n  {fix} {}",
            output::ERROR,
            output::ERROR,
            r.errmsg,
            r.meaning(lang),
            r.fix(lang)
        ),
        None => {
            let mut message = e.message().get(lang);
            if let Some(name) = profile {
                message = crate::wechat::naming_profile(&message, name);
            }
            anstream::eprintln!(
                "{}{error}{:#} {}\n  {fix} {}",
                output::ERROR,
                output::ERROR,
                message,
                r.fix(lang)
            )
        }
    }
    ExitCode::from(1)
}

/// One `warning:` line on stderr (a fetched credential's warnings: legacy mode, quota).
fn warn(lang: Lang, warning: &str) {
    anstream::eprintln!("{} {warning}", output::warning_prefix(lang));
}

fn yes_no(b: bool, lang: Lang) -> &'static str {
    if b {
        text(lang, "cli-yes")
    } else {
        text(lang, "cli-no")
    }
}

fn seconds(n: u64, lang: Lang) -> String {
    msg!("cli-seconds", seconds = n).get(lang)
}

fn shown(s: &Secret, reveal: bool) -> String {
    if reveal {
        s.reveal().to_owned()
    } else {
        s.preview()
    }
}

fn time(unix: i64) -> String {
    chrono::DateTime::from_timestamp(unix, 0)
        .map(|t| t.format("%Y-%m-%d %H:%M:%S UTC").to_string())
        .unwrap_or_else(|| unix.to_string())
}

pub fn run_token(args: TokenArgs, out: Output) -> anyhow::Result<ExitCode> {
    let lang = out.lang;
    let mut session = Session::open(&args.wechat, lang)?;
    session.options.force_refresh = args.force_refresh;
    let result = session.runtime.block_on(
        session
            .credentials
            .token(&session.profile, &session.options),
    );
    let token = match result {
        Ok(t) => t,
        Err(e) => {
            let name = &session.profile.name;
            return Ok(report_error_for(&e, out, Some(name)));
        }
    };
    for w in &token.warnings {
        warn(lang, &w.get(lang));
    }
    let value = shown(&token.access_token, args.reveal);
    if out.json {
        let v = serde_json::json!({
            "access_token": value,
            "expires_in": token.expires_in,
            "fetched_at": token.fetched_at,
            "from_cache": token.from_cache,
            "endpoint": token.endpoint.as_str(),
        });
        println!("{v}");
    } else {
        let w = 12;
        output::field(w, text(lang, "cli-token-access-token"), &value);
        output::field(
            w,
            text(lang, "cli-token-expires-in"),
            &seconds(token.expires_in, lang),
        );
        output::field(
            w,
            text(lang, "cli-token-fetched-at"),
            &time(token.fetched_at),
        );
        output::field(
            w,
            text(lang, "cli-token-from-cache"),
            yes_no(token.from_cache, lang),
        );
        output::field(w, text(lang, "cli-token-endpoint"), token.endpoint.as_str());
    }
    Ok(ExitCode::SUCCESS)
}

pub fn run_ticket(args: TicketArgs, out: Output) -> anyhow::Result<ExitCode> {
    let lang = out.lang;
    let session = Session::open(&args.wechat, lang)?;
    let kind = match args.kind {
        TicketType::Jsapi => TicketKind::Jsapi,
        TicketType::WxCard => TicketKind::WxCard,
        TicketType::AgentConfig => TicketKind::AgentConfig,
    };
    let ticket = match session.ticket(kind) {
        Ok(t) => t,
        Err(e) => {
            let name = &session.profile.name;
            return Ok(report_error_for(&e, out, Some(name)));
        }
    };
    for w in &ticket.warnings {
        warn(lang, &w.get(lang));
    }
    let value = shown(&ticket.ticket, args.reveal);
    if out.json {
        let v = serde_json::json!({
            "ticket": value,
            "type": kind.as_str(),
            "expires_in": ticket.expires_in,
            "fetched_at": ticket.fetched_at,
            "from_cache": ticket.from_cache,
            "source": ticket.origin,
        });
        println!("{v}");
    } else {
        let w = 10;
        output::field(w, text(lang, "cli-token-ticket"), &value);
        output::field(w, text(lang, "cli-token-type"), kind.as_str());
        let unknown = matches!(
            &ticket.origin,
            crate::wechat::TicketOrigin::Redis {
                expiry: crate::core::stored::ExpirySource::Unknown,
                ..
            }
        );
        let estimated = matches!(
            &ticket.origin,
            crate::wechat::TicketOrigin::Pasted {
                estimated: true,
                ..
            }
        );
        let expires = if unknown {
            text(lang, "cli-token-unknown").to_owned()
        } else if estimated {
            let left = ticket.expires_in;
            msg!("cli-token-expires-estimated", seconds = left).get(lang)
        } else {
            seconds(ticket.expires_in, lang)
        };
        output::field(w, text(lang, "cli-token-expires-in"), &expires);
        output::field(
            w,
            text(lang, "cli-token-fetched-at"),
            &time(ticket.fetched_at),
        );
        output::field(
            w,
            text(lang, "cli-token-from-cache"),
            yes_no(ticket.from_cache, lang),
        );
        output::field(
            w,
            text(lang, "cli-token-source"),
            &ticket.origin.label().get(lang),
        );
    }
    Ok(ExitCode::SUCCESS)
}

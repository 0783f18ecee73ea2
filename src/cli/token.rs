//! `wxsign token` and `wxsign ticket`: the access_token and the jsapi (or wx_card) ticket of a
//! profile, from the cache while fresh. Credentials print redacted unless `--reveal`.

use std::process::ExitCode;
use std::sync::Arc;

use clap::{Args, ValueEnum};

use super::output::{self, LangArg};
use crate::cache::CredentialCache;
use crate::core::text::Lang;
use crate::i18n::Render;
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
    /// Print one JSON object (access_token redacted unless --reveal, expires_in, fetched_at,
    /// from_cache, endpoint); on failure {"error": {errcode, errmsg, meaning, fix}}.
    #[arg(long)]
    pub json: bool,
    /// Print the full token instead of its first 6 characters and length.
    #[arg(long)]
    pub reveal: bool,
    /// Language of the human output [default: from LANG].
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
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
    /// Print one JSON object (ticket redacted unless --reveal, type, expires_in, fetched_at,
    /// from_cache); on failure {"error": {errcode, errmsg, meaning, fix}}.
    #[arg(long)]
    pub json: bool,
    /// Print the full ticket instead of its first 6 characters and length.
    #[arg(long)]
    pub reveal: bool,
    /// Language of the human output [default: from LANG].
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
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
                .map_err(|e| anyhow::anyhow!("reading the secret from stdin: {e}"))?;
            Some(s.ok_or_else(|| {
                super::usage::usage("--secret-stdin: stdin was empty: pipe the appSecret in")
            })?)
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

use super::output::tr;

/// Prints a client error once: the errcode, its meaning and the fix on stderr, and the
/// `{"error": …}` object on stdout with `--json`. Exit 1. With `profile`, `--profile NAME` in
/// the texts names it.
pub fn report_error_for(
    e: &ClientError,
    json: bool,
    lang: Lang,
    profile: Option<&str>,
) -> ExitCode {
    let mut r = e.report();
    if let Some(name) = profile {
        r = r.for_profile(name);
    }
    let error = tr(lang, "error:", "错误：");
    let fix = tr(lang, "fix:", "解决：");
    if json {
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

fn warn(texts: &[crate::core::text::Msg], lang: Lang) {
    for t in texts {
        anstream::eprintln!(
            "{}{}{:#} {}",
            output::WARNING,
            tr(lang, "warning:", "警告："),
            output::WARNING,
            t.get(lang)
        );
    }
}

fn yes_no(b: bool, lang: Lang) -> &'static str {
    match (b, lang) {
        (true, Lang::En) => "yes",
        (false, Lang::En) => "no",
        (true, Lang::Zh) => "是",
        (false, Lang::Zh) => "否",
    }
}

fn seconds(n: u64, lang: Lang) -> String {
    format!("{n} {}", tr(lang, "s", "秒"))
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

pub fn run_token(args: TokenArgs) -> anyhow::Result<ExitCode> {
    let lang = output::resolve_lang(args.lang);
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
            return Ok(report_error_for(&e, args.json, lang, Some(name)));
        }
    };
    warn(&token.warnings, lang);
    let value = shown(&token.access_token, args.reveal);
    if args.json {
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
        output::field(w, tr(lang, "access_token", "访问令牌"), &value);
        output::field(
            w,
            tr(lang, "expires_in", "剩余有效期"),
            &seconds(token.expires_in, lang),
        );
        output::field(
            w,
            tr(lang, "fetched_at", "获取时间"),
            &time(token.fetched_at),
        );
        output::field(
            w,
            tr(lang, "from_cache", "来自缓存"),
            yes_no(token.from_cache, lang),
        );
        output::field(w, tr(lang, "endpoint", "接口"), token.endpoint.as_str());
    }
    Ok(ExitCode::SUCCESS)
}

pub fn run_ticket(args: TicketArgs) -> anyhow::Result<ExitCode> {
    let lang = output::resolve_lang(args.lang);
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
            return Ok(report_error_for(&e, args.json, lang, Some(name)));
        }
    };
    warn(&ticket.warnings, lang);
    let value = shown(&ticket.ticket, args.reveal);
    if args.json {
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
        output::field(w, tr(lang, "ticket", "票据"), &value);
        output::field(w, tr(lang, "type", "类型"), kind.as_str());
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
            tr(lang, "unknown", "未知").to_owned()
        } else if estimated {
            format!(
                "~{} ({})",
                seconds(ticket.expires_in, lang),
                tr(
                    lang,
                    "an estimate: counted from when it was pasted",
                    "估算值：从粘贴时起算"
                )
            )
        } else {
            seconds(ticket.expires_in, lang)
        };
        output::field(w, tr(lang, "expires_in", "剩余有效期"), &expires);
        output::field(
            w,
            tr(lang, "fetched_at", "获取时间"),
            &time(ticket.fetched_at),
        );
        output::field(
            w,
            tr(lang, "from_cache", "来自缓存"),
            yes_no(ticket.from_cache, lang),
        );
        output::field(
            w,
            tr(lang, "source", "来源"),
            &ticket.origin.label().get(lang),
        );
    }
    Ok(ExitCode::SUCCESS)
}

//! `wxsign token` and `wxsign ticket`: the access_token and the jsapi (or wx_card) ticket of a
//! profile, from the cache while fresh. Credentials print redacted unless `--reveal`.

use std::process::ExitCode;
use std::sync::Arc;

use clap::{Args, ValueEnum};

use super::output;
use crate::cache::CredentialCache;
use crate::core::text::Lang;
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
}

#[derive(Debug, Args)]
pub struct TokenArgs {
    #[command(flatten)]
    pub wechat: WechatArgs,
    /// Rotate the stable token now (force_refresh:true; 20 a day, 30 s apart). Only for a leaked
    /// token: every other caller gets the new one too.
    #[arg(long)]
    pub force_refresh: bool,
    #[arg(long)]
    pub json: bool,
    /// Print the full token instead of its first 6 characters and length.
    #[arg(long)]
    pub reveal: bool,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum TicketType {
    Jsapi,
    WxCard,
}

#[derive(Debug, Args)]
pub struct TicketArgs {
    #[command(flatten)]
    pub wechat: WechatArgs,
    #[arg(long = "type", value_enum, default_value = "jsapi")]
    pub kind: TicketType,
    #[arg(long)]
    pub json: bool,
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
    /// Loads the profile, opens the secret store, reads `--secret-stdin`.
    pub fn open(args: &WechatArgs) -> anyhow::Result<Self> {
        let profile = ProfileStore::from_env()?.get(&args.profile)?;
        let secret = if args.secret_stdin {
            let s = secrets::read_secret_line(&mut std::io::stdin().lock())
                .map_err(|e| anyhow::anyhow!("reading the secret from stdin: {e}"))?;
            Some(s.ok_or_else(|| {
                anyhow::anyhow!("--secret-stdin: stdin was empty: pipe the appSecret in")
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
            },
            runtime,
        })
    }

    pub fn ticket(&self, kind: TicketKind) -> Result<crate::wechat::TicketInfo, ClientError> {
        self.runtime
            .block_on(self.credentials.ticket(&self.profile, kind, &self.options))
    }
}

/// The user's language for error texts (the locale, as for every command).
pub fn lang() -> Lang {
    output::resolve_lang(None)
}

/// Prints a client error once: the errcode, its meaning and the fix on stderr, and the
/// `{"error": …}` object on stdout with `--json`. Exit 1.
pub fn report_error(e: &ClientError, json: bool) -> ExitCode {
    let r = e.report();
    let lang = lang();
    if json {
        let v = serde_json::json!({ "error": {
            "errcode": r.errcode,
            "errmsg": r.errmsg,
            "meaning": r.meaning.get(lang),
            "fix": r.fix.get(lang),
        }});
        println!("{v}");
    }
    match r.errcode {
        Some(code) => anstream::eprintln!(
            "{}error:{:#} errcode {code} ({}): {}\n  fix: {}",
            output::ERROR,
            output::ERROR,
            r.errmsg,
            r.meaning.get(lang),
            r.fix.get(lang)
        ),
        None => anstream::eprintln!(
            "{}error:{:#} {}\n  fix: {}",
            output::ERROR,
            output::ERROR,
            r.errmsg,
            r.fix.get(lang)
        ),
    }
    ExitCode::from(1)
}

fn warn(texts: &[crate::core::text::Text]) {
    let lang = lang();
    for t in texts {
        anstream::eprintln!(
            "{}warning:{:#} {}",
            output::WARNING,
            output::WARNING,
            t.get(lang)
        );
    }
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
    let mut session = Session::open(&args.wechat)?;
    session.options.force_refresh = args.force_refresh;
    let result = session.runtime.block_on(
        session
            .credentials
            .token(&session.profile, &session.options),
    );
    let token = match result {
        Ok(t) => t,
        Err(e) => return Ok(report_error(&e, args.json)),
    };
    warn(&token.warnings);
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
        output::field(w, "access_token", &value);
        output::field(w, "expires_in", &format!("{} s", token.expires_in));
        output::field(w, "fetched_at", &time(token.fetched_at));
        output::field(w, "from_cache", if token.from_cache { "yes" } else { "no" });
        output::field(w, "endpoint", token.endpoint.as_str());
    }
    Ok(ExitCode::SUCCESS)
}

pub fn run_ticket(args: TicketArgs) -> anyhow::Result<ExitCode> {
    let session = Session::open(&args.wechat)?;
    let kind = match args.kind {
        TicketType::Jsapi => TicketKind::Jsapi,
        TicketType::WxCard => TicketKind::WxCard,
    };
    let ticket = match session.ticket(kind) {
        Ok(t) => t,
        Err(e) => return Ok(report_error(&e, args.json)),
    };
    warn(&ticket.warnings);
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
        output::field(w, "ticket", &value);
        output::field(w, "type", kind.as_str());
        let unknown = matches!(
            &ticket.origin,
            crate::redis_source::TicketOrigin::Redis {
                expiry: crate::core::stored::ExpirySource::Unknown,
                ..
            }
        );
        let expires = if unknown {
            "unknown".to_owned()
        } else {
            format!("{} s", ticket.expires_in)
        };
        output::field(w, "expires_in", &expires);
        output::field(w, "fetched_at", &time(ticket.fetched_at));
        output::field(
            w,
            "from_cache",
            if ticket.from_cache { "yes" } else { "no" },
        );
        output::field(w, "source", &ticket.origin.label());
    }
    Ok(ExitCode::SUCCESS)
}

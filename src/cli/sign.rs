//! `wxsign sign`: string1 and the signature from explicit values.
//!
//! The URL is signed exactly as given: this command is for reproducing what a server did, so it
//! never rewrites anything. It only warns on stderr when `check-url` would call the URL wrong.

use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use clap::builder::{NonEmptyStringValueParser, TypedValueParser};

use super::card;
use super::check_url::warn_about_url;
use super::output::{self, LangArg};
use super::sign_wecom;
use super::token;
use crate::core::sign;
use crate::core::text::Lang;
use crate::core::verify;
use crate::i18n::Render;
use crate::secret::{self, Secret};
use crate::wechat::TicketKind;

/// The arguments of `sign`, kept in one struct so options such as a profile can be added.
#[derive(Debug, Args)]
pub struct SignArgs {
    /// The jsapi_ticket (may start with '-'; `--ticket=-x` also works). Set WXSIGN_TICKET
    /// instead to keep it out of the process list and shell history, or use --profile NAME to
    /// fetch the profile's ticket. One of the three is required.
    #[arg(
        long,
        env = "WXSIGN_TICKET",
        hide_env_values = true,
        allow_hyphen_values = true,
        value_parser = NonEmptyStringValueParser::new().map(Secret::from)
    )]
    pub ticket: Option<Secret>,
    /// Fetch (or reuse the cached) jsapi_ticket of this profile instead of `--ticket`.
    #[arg(long)]
    pub profile: Option<String>,
    /// With --profile: use this API base instead of the profile's.
    #[arg(long, value_name = "URL", requires = "profile")]
    pub api_base: Option<String>,
    /// With --profile: read the appSecret from the first line of stdin.
    #[arg(long, requires = "profile")]
    pub secret_stdin: bool,
    /// With --profile: print the fetched ticket in full (default: first 6 characters and length).
    #[arg(long, requires = "profile")]
    pub reveal: bool,
    /// With a WeCom --profile: the app (AgentId) whose agent ticket signs wx.agentConfig
    /// [default: the profile's first app].
    #[arg(long, value_name = "N", requires = "profile")]
    pub agent_id: Option<u64>,
    /// With a WeCom --profile: also print the page's code, as `wx.config` + `wx.agentConfig`
    /// (wx) or `ww.register` (ww).
    #[arg(long, value_enum, requires = "profile")]
    pub snippet: Option<sign_wecom::SnippetForm>,
    /// An API for the snippet's jsApiList (repeat for several).
    #[arg(long = "js-api", value_name = "NAME", requires = "snippet")]
    pub js_api: Vec<String>,
    /// The page URL exactly as the page sees it (location.href.split('#')[0]); signed as given.
    #[arg(
        long,
        allow_hyphen_values = true,
        value_parser = NonEmptyStringValueParser::new(),
        required_unless_present = "card",
        conflicts_with = "card"
    )]
    pub url: Option<String>,
    /// Nonce; a random 16-character one when omitted.
    #[arg(long, allow_hyphen_values = true, value_parser = NonEmptyStringValueParser::new())]
    pub noncestr: Option<String>,
    /// Seconds since the epoch; now when omitted.
    #[arg(long)]
    pub timestamp: Option<u64>,
    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
    /// Language of the warnings [default: from LANG].
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    #[command(flatten)]
    pub card: card::CardArgs,
}

pub fn run(args: SignArgs) -> anyhow::Result<ExitCode> {
    args.card.check_usage(&[]);
    let lang = output::resolve_lang(args.lang);
    // A fetched ticket is a credential: shown redacted unless --reveal. A typed one is echoed.
    let (ticket, redact) = match (&args.profile, args.ticket.clone()) {
        // WXSIGN_TICKET in the environment does not conflict with --profile; a typed one does.
        (Some(_), Some(t))
            if std::env::var("WXSIGN_TICKET").ok().as_deref() != Some(t.reveal()) =>
        {
            clap::Error::raw(
                clap::error::ErrorKind::ArgumentConflict,
                "give either --ticket or --profile, not both\n",
            )
            .exit()
        }
        (Some(profile), _) => {
            let session = token::Session::open(&token::WechatArgs {
                profile: profile.clone(),
                api_base: args.api_base.clone(),
                secret_stdin: args.secret_stdin,
                verbose: false,
                agent_id: args.agent_id,
            }, lang)?;
            if session.profile.platform.spec().per_app_secrets && args.card.card.is_none() {
                let request = sign_wecom::WecomSign {
                    url: args.url.as_deref().unwrap_or_default(),
                    agent_id: args.agent_id,
                    noncestr: args.noncestr.as_deref(),
                    timestamp: args.timestamp,
                    snippet: args.snippet,
                    js_api: &args.js_api,
                    reveal: args.reveal,
                    json: args.json,
                    lang,
                };
                return sign_wecom::run(&request, session);
            }
            if args.agent_id.is_some() || args.snippet.is_some() {
                clap::Error::raw(
                    clap::error::ErrorKind::ArgumentConflict,
                    format!(
                        "--agent-id and --snippet are for WeCom profiles: '{profile}' is an Official Account\n"
                    ),
                )
                .exit()
            }
            // A card signature takes the wx_card ticket (DOMAIN.md §11).
            let kind = if args.card.card.is_some() {
                TicketKind::WxCard
            } else {
                TicketKind::Jsapi
            };
            match session.ticket(kind) {
                Ok(t) => {
                    if let crate::wechat::TicketOrigin::Pasted { estimated, .. } = t.origin {
                        // Said on stderr: stdout stays the signature (or its JSON).
                        anstream::eprintln!(
                            "ticket source: pasted, valid {}{} s{}",
                            if estimated { "~" } else { "" },
                            t.expires_in,
                            if estimated {
                                " (an estimate: counted from when it was pasted)"
                            } else {
                                ""
                            }
                        );
                    }
                    (t.ticket, !args.reveal)
                }
                Err(e) => return Ok(token::report_error_for(&e, args.json, lang, Some(profile))),
            }
        }
        (None, Some(t)) => (t, false),
        (None, None) => clap::Error::raw(
            clap::error::ErrorKind::MissingRequiredArgument,
            "no ticket: pass --ticket TICKET, set WXSIGN_TICKET, or use --profile NAME to fetch the profile's jsapi_ticket (see wxsign sign --help)\n",
        )
        .exit(),
    };
    let noncestr = match args.noncestr {
        Some(n) => n,
        None => sign::generate_nonce(&mut rand::rng(), sign::DEFAULT_NONCE_LEN)
            .context("generating a nonce")?,
    };
    let timestamp = args
        .timestamp
        .unwrap_or_else(|| sign::timestamp_at(std::time::SystemTime::now()));
    if !redact {
        warn_about_ticket(ticket.reveal(), lang);
    }
    if let Some(api) = args.card.card {
        return Ok(card::sign(&card::CardCheck {
            api: api.into(),
            args: &args.card,
            tickets: vec![ticket],
            jsapi_tickets: Vec::new(),
            timestamp: timestamp.to_string(),
            nonce: noncestr,
            signature: String::new(),
            redact,
            json: args.json,
            lang,
        }));
    }
    let url = args.url.unwrap_or_default();
    warn_about_url(&url, lang);
    if let Some(text) = verify::millisecond_timestamp(&timestamp.to_string()) {
        anstream::eprintln!(
            "{} [{}] {}",
            output::warning_prefix(lang),
            verify::MS_TIMESTAMP_CODE,
            text.get(lang)
        );
    }
    let mut sig = sign::sign(ticket.reveal(), &noncestr, timestamp, &url);
    if redact {
        sig.string1 = secret::redact_in(&sig.string1, [ticket.reveal()]);
        sig.jsapi_ticket = ticket.preview();
    }
    if args.json {
        let v = serde_json::json!({
            "string1": sig.string1,
            "signature": sig.signature,
            "jsapi_ticket": sig.jsapi_ticket,
            "noncestr": sig.noncestr,
            "timestamp": timestamp,
            "url": sig.url,
        });
        println!("{v}");
    } else {
        output::field(9, "string1", &sig.string1);
        output::field(9, output::tr(lang, "signature", "签名"), &sig.signature);
    }
    Ok(ExitCode::SUCCESS)
}

/// WeChat tickets are base64url text; a comma or whitespace means a list (WXSIGN_TICKET as
/// `batch` reads it) or a paste accident. Signed as given all the same, since reproducing a
/// server's mistake is the point; the ticket itself is never printed here.
fn warn_about_ticket(ticket: &str, lang: Lang) {
    if !ticket.contains(|c: char| c == ',' || c.is_whitespace()) {
        return;
    }
    let text = if lang == Lang::Zh {
        "票据中有逗号或空白；微信的 jsapi_ticket 从不包含它们（WXSIGN_TICKET 在这里必须只有一个票据）。仍按原样签名。"
    } else {
        "the ticket contains a comma or whitespace; WeChat jsapi_tickets never do (WXSIGN_TICKET must hold one ticket here). Signed as given."
    };
    anstream::eprintln!("{} [ticket] {text}", output::warning_prefix(lang));
}

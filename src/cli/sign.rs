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
use super::output::{self, Output};
use super::sign_wecom;
use super::ticket_args::TicketArgs;
use super::token;
use super::usage::usage;
use crate::core::sign;
use crate::core::text::{Lang, msg};
use crate::core::verify;
use crate::i18n::{Render, text};
use crate::secret::{self, Secret};
use crate::wechat::TicketKind;

/// The arguments of `sign`, kept in one struct so options such as a profile can be added. It
/// signs one ticket, exactly as given: `--ticket` takes no list here (a comma is signed as part
/// of it, with a warning) and no empty value.
#[derive(Debug, Args)]
#[command(mut_arg("tickets", |a| a
    .value_delimiter(None)
    .action(clap::ArgAction::Set)
    .value_parser(NonEmptyStringValueParser::new().map(Secret::from))))]
pub struct SignArgs {
    #[command(flatten)]
    pub tickets: TicketArgs,
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
    /// Seconds since the epoch (milliseconds for Feishu); now when omitted.
    #[arg(long)]
    pub timestamp: Option<u64>,
    /// Sign the way this platform does (official_account, wecom, dingtalk, feishu): its digest,
    /// timestamp unit and URL rule, with its page call shown; without --profile.
    #[arg(long, value_parser = super::profile::parse_platform, conflicts_with_all = ["profile", "card"])]
    pub platform: Option<crate::platform::Platform>,
    #[command(flatten)]
    pub card: card::CardArgs,
}

pub fn run(args: SignArgs, out: Output) -> anyhow::Result<ExitCode> {
    let lang = out.lang;
    args.card.check_usage(&[], lang)?;
    // A fetched ticket is a credential: shown redacted unless --reveal. A typed one is echoed.
    let (ticket, redact) = match args.tickets.profile_only(lang)? {
        Some(profile) => {
            let session = token::Session::open(
                &token::WechatArgs {
                    profile: profile.to_owned(),
                    api_base: args.tickets.api_base.clone(),
                    secret_stdin: args.secret_stdin,
                    verbose: false,
                    agent_id: args.agent_id,
                },
                lang,
            )?;
            if session.profile.platform.app_ticket().is_some() && args.card.card.is_none() {
                let request = sign_wecom::WecomSign {
                    url: args.url.as_deref().unwrap_or_default(),
                    agent_id: args.agent_id,
                    noncestr: args.noncestr.as_deref(),
                    timestamp: args.timestamp,
                    snippet: args.snippet,
                    js_api: &args.js_api,
                    reveal: args.reveal,
                };
                return sign_wecom::run(&request, session, out);
            }
            if args.agent_id.is_some() || args.snippet.is_some() {
                return Err(usage(
                    msg!("cli-sign-wecom-only", profile = profile).get(lang),
                ));
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
                        let seconds = t.expires_in;
                        let note = if estimated {
                            msg!("cli-sign-pasted-estimated", seconds = seconds)
                        } else {
                            msg!("cli-sign-pasted-valid", seconds = seconds)
                        };
                        anstream::eprintln!("{}", note.get(lang));
                    }
                    (t.ticket, !args.reveal)
                }
                Err(e) => return Ok(token::report_error_for(&e, out, Some(profile))),
            }
        }
        None => match args.tickets.tickets.into_iter().next() {
            Some(t) => (t, false),
            None => return Err(usage(text(lang, "cli-sign-no-ticket"))),
        },
    };
    let noncestr = match args.noncestr {
        Some(n) => n,
        None => sign::generate_nonce(&mut rand::rng(), sign::DEFAULT_NONCE_LEN)
            .context(text(lang, "cli-nonce-failed"))?,
    };
    let call = args.platform.map(|p| &p.spec().calls[0]);
    let recipe = call.map_or(sign::Recipe::WECHAT, |c| c.recipe);
    let timestamp = args
        .timestamp
        .unwrap_or_else(|| recipe.timestamp.now(std::time::SystemTime::now()));
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
            out,
        }));
    }
    let url = args.url.unwrap_or_default();
    warn_about_url(&url, lang);
    if let Some(call) = call {
        return Ok(sign_call(call, &ticket, &noncestr, timestamp, &url, out));
    }
    if let Some(warning) = verify::millisecond_timestamp(&timestamp.to_string()) {
        anstream::eprintln!(
            "{} [{}] {}",
            output::warning_prefix(lang),
            verify::MS_TIMESTAMP_CODE,
            warning.get(lang)
        );
    }
    let mut sig = sign::sign(ticket.reveal(), &noncestr, timestamp, &url);
    if redact {
        sig.string1 = secret::redact_in(&sig.string1, [ticket.reveal()]);
        sig.jsapi_ticket = ticket.preview();
    }
    if out.json {
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
        output::field(9, text(lang, "cli-label-signature"), &sig.signature);
    }
    Ok(ExitCode::SUCCESS)
}

/// `sign --platform`: the platform's recipe, its timestamp slips as warnings, and the page call
/// with the signed values under the call's own names. A typed ticket, so nothing is redacted.
fn sign_call(
    call: &crate::platform::ConfigCall,
    ticket: &Secret,
    noncestr: &str,
    timestamp: u64,
    url: &str,
    out: Output,
) -> ExitCode {
    let lang = out.lang;
    let timestamp = &timestamp.to_string();
    for m in call.mistakes {
        if let sign::Slip::TimestampIn(unit) = m.slip
            && sign::TimestampUnit::of(timestamp) == Some(unit)
        {
            anstream::eprintln!(
                "{} [{}] {}",
                output::warning_prefix(lang),
                m.code,
                m.message.get(lang)
            );
        }
    }
    let sig = sign::sign_with(&call.recipe, ticket.reveal(), noncestr, timestamp, url);
    let page_call = call.signed_call(timestamp, noncestr, &sig.signature);
    if out.json {
        let fields: serde_json::Map<String, serde_json::Value> = call
            .signed_fields(timestamp, noncestr, &sig.signature)
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
        let v = serde_json::json!({
            "string1": sig.string1,
            "signature": sig.signature,
            "digest": call.recipe.digest.name(),
            "jsapi_ticket": sig.jsapi_ticket,
            "noncestr": sig.noncestr,
            "timestamp": timestamp.parse::<u64>().ok(),
            "url": sig.url,
            "call": call.js,
            "call_fields": fields,
        });
        println!("{v}");
    } else {
        output::field(9, "string1", &sig.string1);
        output::field(9, text(lang, "cli-label-signature"), &sig.signature);
        output::field(9, text(lang, "platforms-sign-call"), &page_call);
    }
    ExitCode::SUCCESS
}

/// WeChat tickets are base64url text; a comma or whitespace means a list (WXSIGN_TICKET as
/// `batch` reads it) or a paste accident. Signed as given all the same, since reproducing a
/// server's mistake is the point; the ticket itself is never printed here.
fn warn_about_ticket(ticket: &str, lang: Lang) {
    if !ticket.contains(|c: char| c == ',' || c.is_whitespace()) {
        return;
    }
    anstream::eprintln!(
        "{} [ticket] {}",
        output::warning_prefix(lang),
        text(lang, "cli-sign-ticket-list")
    );
}

//! The arguments of `wxsign verify`, apart from the command: the Official Account check
//! (`verify`) and WeCom's two-call check (`verify_wecom`) both read them.

use clap::Args;

use std::io::Read;

use super::card;
use super::output::parse_lang;
use super::ticket_args::{AgentTicketArgs, TicketArgs, secret_arg};
use super::usage::usage;
use crate::core::text::{Lang, msg};
use crate::i18n::{Render, text};
use crate::secret::Secret;

#[derive(Debug, Args)]
#[command(mut_arg("tickets", |a| a.required_unless_present("profile")))]
pub struct VerifyArgs {
    /// The page URL as the phone shows it (a #fragment is fine; quote it in the shell).
    #[arg(
        long,
        allow_hyphen_values = true,
        value_parser = page_url,
        required_unless_present = "card",
        conflicts_with = "card"
    )]
    pub url: Option<String>,
    /// The first URL of the visit; WeChat on iOS checks a single-page app against it.
    #[arg(long, value_name = "URL", allow_hyphen_values = true, value_parser = page_url)]
    pub entry_url: Option<String>,
    /// The jsapi tickets (`--ticket`), or the profile to take them from (`--profile`).
    #[command(flatten)]
    pub tickets: TicketArgs,
    /// A wx_card ticket the server may have used by mistake (repeatable).
    #[arg(
        long = "card-ticket",
        value_name = "TICKET",
        value_parser = secret_arg,
        allow_hyphen_values = true
    )]
    pub card_tickets: Vec<Secret>,
    /// A ticket of another appId (e.g. the Open Platform app) the server may have used.
    #[arg(
        long = "other-app-ticket",
        value_name = "TICKET",
        value_parser = secret_arg,
        allow_hyphen_values = true
    )]
    pub other_app_tickets: Vec<Secret>,
    /// With --profile: print the tickets in string1 in full (default: first 6 characters and length).
    #[arg(long, requires = "profile")]
    pub reveal: bool,
    /// With --profile: read the appSecret from the first line of stdin (not with --config -).
    #[arg(long, requires = "profile")]
    pub secret_stdin: bool,
    /// The endpoint's JSON reply or the page's wx.config({...}) call, from a file or '-' for stdin.
    #[arg(
        long,
        value_name = "FILE|-",
        required_unless_present_any = ["noncestr", "timestamp", "signature"],
        conflicts_with_all = ["noncestr", "timestamp", "signature"]
    )]
    pub config: Option<String>,
    /// The nonceStr the server sent to wx.config.
    #[arg(long, allow_hyphen_values = true, requires_all = ["timestamp", "signature"])]
    pub noncestr: Option<String>,
    /// The timestamp the server sent to wx.config (digits: seconds since the epoch).
    #[arg(
        long,
        allow_hyphen_values = true,
        requires_all = ["noncestr", "signature"],
        value_parser = timestamp_digits
    )]
    pub timestamp: Option<String>,
    /// The signature the server sent to wx.config.
    #[arg(long, allow_hyphen_values = true, requires_all = ["noncestr", "timestamp"])]
    pub signature: Option<String>,
    /// WeCom's agent tickets: given, `verify` switches to the two-call check.
    #[command(flatten)]
    pub agent_tickets: AgentTicketArgs,
    /// WeCom: the agentid the agent ticket belongs to (default: the agentConfig's own).
    #[arg(long, value_name = "N")]
    pub agent_id: Option<u64>,
    /// WeCom without --profile: the corpId both calls must name.
    #[arg(long, value_name = "ID")]
    pub corp_id: Option<String>,
    /// WeCom without --profile: a trusted domain of the app (repeat; up to 10).
    #[arg(long = "trusted-domain", value_name = "DOMAIN")]
    pub trusted_domains: Vec<String>,
    /// A safe (or trusted) domain of the account (repeatable; also from --profile): the server
    /// may have built the URL on one of these hosts.
    #[arg(long = "safe-domain", value_name = "D")]
    pub safe_domains: Vec<String>,
    /// A realAuthUrl from the page's wx.error result (repeatable): the URL the client verified.
    /// A pasted wx.error result inside --config is read too.
    #[arg(
        long = "real-auth-url",
        value_name = "URL",
        allow_hyphen_values = true,
        conflicts_with = "card"
    )]
    pub real_auth_urls: Vec<String>,
    /// With --card: a jsapi ticket, to recognise it used instead of the wx_card one (repeatable).
    #[arg(
        long = "jsapi-ticket",
        value_name = "TICKET",
        value_parser = secret_arg,
        allow_hyphen_values = true,
        requires = "card"
    )]
    pub jsapi_tickets: Vec<Secret>,
    #[command(flatten)]
    pub card: card::CardArgs,
    /// Judge the signature the way this platform signs (official_account, wecom, dingtalk,
    /// feishu): its digest, timestamp unit, URL rule and the mistakes seen with it
    /// [default: the --profile's platform, else official_account].
    #[arg(
        long,
        value_parser = super::profile::parse_platform,
        conflicts_with = "card"
    )]
    pub platform: Option<crate::platform::Platform>,
}

/// `--url` and `--entry-url` must be URLs a page can have: the verifier would otherwise compare
/// against garbage and "explain" it.
fn page_url(s: &str) -> Result<String, String> {
    let typed = s.trim();
    let lang = parse_lang();
    match url::Url::parse(typed) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => Ok(s.to_owned()),
        Ok(u) => Err(msg!("cli-verify-not-page-url", scheme = u.scheme()).get(lang)),
        Err(e) => Err(msg!("cli-verify-not-url", error = e.to_string()).get(lang)),
    }
}

/// WeChat timestamps are decimal seconds; anything else cannot be what wx.config got.
fn timestamp_digits(s: &str) -> Result<String, String> {
    let t = s.trim();
    if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
        Ok(s.to_owned())
    } else {
        Err(text(parse_lang(), "cli-verify-timestamp-digits").to_owned())
    }
}

/// `--config`'s text and how messages name it (`<stdin>` or the path); an unreadable one is a
/// usage error. Both the Official Account and the WeCom check read it.
pub fn read_source(source: &str, lang: Lang) -> anyhow::Result<(String, String)> {
    let read = if source == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map(|_| ("<stdin>".to_owned(), text))
    } else {
        std::fs::read_to_string(source).map(|text| (source.to_owned(), text))
    };
    read.map_err(|e| {
        let m = msg!(
            "cli-verify-config-unreadable",
            source = source,
            error = e.to_string()
        );
        usage(m.get(lang))
    })
}

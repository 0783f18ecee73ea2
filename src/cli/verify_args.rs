//! The arguments of `wxsign verify`, apart from the command: the Official Account check
//! (`verify`) and WeCom's two-call check (`verify_wecom`) both read them.

use clap::Args;

use super::card;
use super::output::LangArg;
use super::usage::secret_arg;
use crate::secret::Secret;

#[derive(Debug, Args)]
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
    /// A jsapi ticket: the first is the current one, later ones are older candidates.
    /// WXSIGN_TICKET (comma-separated) keeps tickets out of the process list; or use --profile.
    #[arg(
        long = "ticket",
        value_name = "TICKET",
        value_parser = secret_arg,
        required_unless_present = "profile",
        allow_hyphen_values = true,
        env = "WXSIGN_TICKET",
        hide_env_values = true,
        value_delimiter = ','
    )]
    pub tickets: Vec<Secret>,
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
    /// Take the current jsapi ticket of this profile (cached, or fetched) and its older cached
    /// tickets as stale candidates, instead of `--ticket`.
    #[arg(long)]
    pub profile: Option<String>,
    /// With --profile: use this API base instead of the profile's.
    #[arg(long, value_name = "URL", requires = "profile")]
    pub api_base: Option<String>,
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
    /// WeCom: the agent ticket that signs wx.agentConfig (the first current, later ones older);
    /// switches to the two-call check, with --ticket as the corp ticket. WXSIGN_AGENT_TICKET
    /// (comma-separated) keeps it out of the process list.
    #[arg(
        long = "agent-ticket",
        value_name = "TICKET",
        value_parser = secret_arg,
        allow_hyphen_values = true,
        env = "WXSIGN_AGENT_TICKET",
        hide_env_values = true,
        value_delimiter = ','
    )]
    pub agent_tickets: Vec<Secret>,
    /// WeCom: the agentid the agent ticket belongs to (default: the agentConfig's own).
    #[arg(long, value_name = "N")]
    pub agent_id: Option<u64>,
    /// WeCom without --profile: the corpId both calls must name.
    #[arg(long, value_name = "ID")]
    pub corp_id: Option<String>,
    /// WeCom without --profile: a trusted domain of the app (repeat; up to 10).
    #[arg(long = "trusted-domain", value_name = "DOMAIN")]
    pub trusted_domains: Vec<String>,
    /// Print one JSON object (messages in English) instead of text.
    #[arg(long)]
    pub json: bool,
    /// Language of the human output [default: from LC_ALL / LC_MESSAGES / LANG].
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
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
}

/// `--url` and `--entry-url` must be URLs a page can have: the verifier would otherwise compare
/// against garbage and "explain" it.
fn page_url(s: &str) -> Result<String, String> {
    let typed = s.trim();
    match url::Url::parse(typed) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => Ok(s.to_owned()),
        Ok(u) => Err(format!(
            "not a web page URL (scheme {}:): pass the page's http(s) URL as the phone shows it, e.g. https://example.com/page?id=1",
            u.scheme()
        )),
        Err(e) => Err(format!(
            "not a URL ({e}): pass the page's full URL with http:// or https://, e.g. https://example.com/page?id=1"
        )),
    }
}

/// WeChat timestamps are decimal seconds; anything else cannot be what wx.config got.
fn timestamp_digits(s: &str) -> Result<String, String> {
    let t = s.trim();
    if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
        Ok(s.to_owned())
    } else {
        Err("not a number: pass the timestamp wx.config got, in seconds since the epoch (e.g. 1414587457)".to_owned())
    }
}

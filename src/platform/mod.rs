//! What a platform is, as data: the one place that says what an Official Account and a WeChat
//! Work (WeCom) corp differ in — their id, credentials, endpoints, quotas, domain rules, ticket
//! kinds and the JS calls those tickets sign. The profile, the client, the cache, the verifier
//! and the UI read a [`PlatformSpec`] instead of branching on the platform; a later platform (a
//! third-party platform's authorizer mode, DingTalk, Feishu) is one more entry here.
//!
//! Pure data: no I/O, no dependency on the client or the UI.

mod dingtalk;
mod feishu;
mod model;
mod official_account;
mod wecom;

use serde::{Deserialize, Serialize};

pub use model::{
    ApiFlow, ApiSpec, Auth, CallFields, ConfigCall, DomainLimit, DomainRule, Endpoint, Errcode,
    Method, RefreshRule, Request, Status, Value,
};

use crate::core::sign::Recipe;
use crate::core::text::{Msg, msg};
use crate::core::urlcheck::DomainWording;

/// Which ticket a platform issues (`getticket`'s `type=`); a `wx_card` ticket never signs
/// `wx.config`. Here, below the cache and the client, since both key their data by it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TicketKind {
    #[default]
    Jsapi,
    WxCard,
    /// WeCom's agent ticket (`ticket/get?type=agent_config`): signs `wx.agentConfig`, fetched
    /// with the token of that agentid's app. On WeCom, `Jsapi` is the corp ticket.
    AgentConfig,
}

impl TicketKind {
    /// Every kind, as the ticket specs below name them.
    pub const ALL: [TicketKind; 3] = [
        TicketKind::Jsapi,
        TicketKind::WxCard,
        TicketKind::AgentConfig,
    ];

    /// The kind a platform's ticket spec names (`jsapi`, `wx_card`, `agent_config`).
    pub fn of(name: &str) -> Option<TicketKind> {
        Self::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// The `type=` query value.
    pub fn as_str(self) -> &'static str {
        match self {
            TicketKind::Jsapi => "jsapi",
            TicketKind::WxCard => "wx_card",
            TicketKind::AgentConfig => "agent_config",
        }
    }
}

/// The platform a profile debugs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    /// A WeChat Official Account (公众号): one appId, one secret, one jsapi ticket.
    #[default]
    OfficialAccount,
    /// WeChat Work (企业微信): a corpId, one secret per app, a corp ticket and an agent ticket
    /// per app (DOMAIN.md §10).
    Wecom,
    /// DingTalk (钉钉): `dd.config`, SHA-256, the query decoded once (DOMAIN.md §13).
    Dingtalk,
    /// Feishu / Lark (飞书): `h5sdk.config`, SHA-1, a millisecond timestamp (DOMAIN.md §13).
    Feishu,
}

/// Where a profile's id goes and how it is checked.
#[derive(Debug)]
pub struct IdRule {
    /// How the id is called in the console and in messages (`appId`, `corpId`).
    pub label: &'static str,
    /// Accepted prefixes, each followed by the body.
    pub prefixes: &'static [&'static str],
    /// What follows the prefix.
    pub body: IdBody,
    /// An example for error messages.
    pub example: &'static str,
    /// Where the console shows it.
    pub console: Msg,
}

/// What follows an id's prefix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdBody {
    /// Exactly this many lowercase hex digits (`wx` + 16).
    Hex(usize),
    /// Lowercase letters and digits, between `min` and `max` of them (Feishu's `cli_…`,
    /// DingTalk's `ding…`: their length is not documented).
    Alnum { min: usize, max: usize },
}

impl IdRule {
    /// Whether `id` is one of the prefixes followed by the body.
    pub fn accepts(&self, id: &str) -> bool {
        self.prefixes.iter().any(|p| {
            id.strip_prefix(p).is_some_and(|rest| {
                let lower = |c: char| c.is_ascii_digit() || c.is_ascii_lowercase();
                match self.body {
                    IdBody::Hex(n) => {
                        rest.len() == n
                            && rest
                                .chars()
                                .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c))
                    }
                    IdBody::Alnum { min, max } => {
                        (min..=max).contains(&rest.len()) && rest.chars().all(lower)
                    }
                }
            })
        })
    }
}

/// One ticket a platform issues and the JS call it signs.
#[derive(Debug)]
pub struct TicketSpec {
    /// The `--type` name and the cache key (`jsapi`, `wx_card`, `agent_config`).
    pub kind: &'static str,
    /// What it is called on this platform (`corp ticket (jsapi)`).
    pub name: Msg,
    /// The API path, relative to the API base.
    pub path: &'static str,
    /// The `type=` query value, when the API takes one.
    pub type_param: Option<&'static str>,
    /// The JS call this ticket signs (`wx.config`, `wx.agentConfig`), `None` for a ticket that
    /// signs no config call (the card ticket).
    pub signs: Option<&'static str>,
    /// Whether it belongs to one app (the agent ticket) rather than to the whole account.
    pub per_app: bool,
}

impl TicketSpec {
    /// Where a ticket of this kind is kept (its cache entry, a pasted ticket's keyring entry):
    /// the account's id (appId or corpId), or `corpId/agentid` for a per-app ticket — one entry
    /// per ticket kind and app.
    pub fn account(&self, id: &str, agent_id: u64) -> String {
        if self.per_app {
            app_account(id, agent_id)
        } else {
            id.to_owned()
        }
    }
}

/// Everything a platform differs in.
#[derive(Debug)]
pub struct PlatformSpec {
    pub platform: Platform,
    /// The `profiles.toml` / `--platform` value.
    pub key: &'static str,
    /// Who answers API calls, as messages say it (`WeChat`, `WeCom`; 微信, 企业微信).
    pub api_name: Msg,
    /// The ticket source "its own API" as the profile editor names it.
    pub api_source_label: Msg,
    pub id: IdRule,
    /// Whether credentials belong to apps (agentids) of the profile, each with its own secret.
    pub per_app_secrets: bool,
    pub default_api_base: &'static str,
    /// The token endpoint's path.
    pub token_path: &'static str,
    /// Whether forcing a new token touches production (stable_token's force_refresh: 20 a day,
    /// rotates the token every server uses), so the window asks first. WeCom's gettoken returns
    /// the same token while it is valid: no.
    pub forced_token_is_costly: bool,
    /// Tickets, the one that signs the main config call first.
    pub tickets: &'static [TicketSpec],
    /// Ticket fetches an hour across the account before it answers 45009 (WeCom: 400 per corp).
    pub hourly_ticket_quota: Option<u32>,
    /// Ticket fetches an hour with one app's token (WeCom: 100 per app).
    pub hourly_app_ticket_quota: Option<u32>,
    /// Where an errcode is explained (kept in errmsgs and reports).
    pub errcode_link: Option<&'static str>,
    /// How the URL checks' domain findings speak (JS接口安全域名 / the app's 可信域名, 80001).
    pub domain_wording: &'static DomainWording,
    /// The calls a page signs, the main one first: what `sign`, `verify` and the panels loop
    /// over.
    pub calls: &'static [ConfigCall],
    /// The token and ticket API as data.
    pub api: ApiSpec,
    /// Which credentials path serves it.
    pub flow: ApiFlow,
    /// The errcodes of the token and ticket API and of the page call, each with its fix.
    pub errcodes: &'static [Errcode],
    /// The meaning and fix of a code the table lacks: where to look it up.
    pub unknown_errcode: fn(i64) -> (Msg, Msg),
    /// The errcodes whose errmsg names the caller's IP (40164, WeCom's 60020).
    pub caller_ip_errcodes: &'static [i64],
    /// The fix for a caller IP the platform refuses, given the IP and `ip_console`.
    pub allow_ip_fix: fn(ip: &str, console: Msg) -> Msg,
    /// The name people know it by.
    pub name: Msg,
    /// Where a caller IP has to be allowed.
    pub ip_console: Msg,
    /// The page domains a profile lists.
    pub domain: DomainRule,
    /// What fetching a ticket again does while the current one is valid.
    pub refresh: RefreshRule,
    /// Whether the page probe can play this platform's client (WeChat's bridge): DingTalk and
    /// Feishu pages talk to other bridges.
    pub probe: bool,
}

/// The fields of `wx.config` (DOMAIN.md §1).
const WX_CONFIG_FIELDS: CallFields = CallFields {
    ids: &["appId"],
    timestamp: "timestamp",
    nonce: "nonceStr",
    signature: "signature",
    timestamp_is_number: false,
    extra: &[],
    profile_id: Some("appId"),
    wechat_api_list: true,
};

/// The Official Account's API base.
pub const OFFICIAL_ACCOUNT_API_BASE: &str = "https://api.weixin.qq.com";
/// WeCom's API base.
pub const WECOM_API_BASE: &str = "https://qyapi.weixin.qq.com";
/// Trusted domains a WeCom app can have (DOMAIN.md §10).
pub const WECOM_MAX_DOMAINS: usize = 10;

impl PlatformSpec {
    /// Why the page probe does not run on this platform's pages, in one line (DingTalk and Feishu
    /// pages talk to their own bridge); `None` where it plays the client.
    pub fn probe_refusal(&self) -> Option<Msg> {
        (!self.probe).then(|| {
            msg!(
                "platforms-probe-not-wechat",
                platform = self.name.clone(),
                call = self.calls[0].js
            )
        })
    }
}

impl Platform {
    /// Every platform, in the order the UI lists them.
    pub const ALL: [Platform; 4] = [
        Platform::OfficialAccount,
        Platform::Wecom,
        Platform::Dingtalk,
        Platform::Feishu,
    ];

    pub fn spec(self) -> &'static PlatformSpec {
        match self {
            Platform::OfficialAccount => &official_account::SPEC,
            Platform::Wecom => &wecom::SPEC,
            Platform::Dingtalk => &dingtalk::SPEC,
            Platform::Feishu => &feishu::SPEC,
        }
    }

    pub fn is_official_account(&self) -> bool {
        *self == Platform::OfficialAccount
    }

    /// The `--platform` / `profiles.toml` value.
    pub fn key(self) -> &'static str {
        self.spec().key
    }

    /// The name people know it by.
    pub fn name(self) -> Msg {
        self.spec().name.clone()
    }

    /// What the page domains are called on this platform.
    pub fn domain_label(self) -> Msg {
        self.spec().domain.label.clone()
    }

    /// Where the page domains are kept in the console.
    pub fn domain_console(self) -> Msg {
        self.spec().domain.console.clone()
    }

    /// The ticket spec of `kind` (`jsapi`, `wx_card`, `agent_config`), if this platform issues it.
    pub fn ticket(self, kind: &str) -> Option<&'static TicketSpec> {
        self.spec().tickets.iter().find(|t| t.kind == kind)
    }

    /// The ticket that belongs to one app rather than to the whole account (WeCom's agent
    /// ticket), if the platform has one: where it does, a page signs that app's call too, and
    /// the window and the CLI ask which app.
    pub fn app_ticket(self) -> Option<TicketKind> {
        self.spec()
            .tickets
            .iter()
            .find(|t| t.per_app)
            .and_then(|t| TicketKind::of(t.kind))
    }

    /// What a ticket kind is called on this platform; a kind it does not issue by the Official
    /// Account's name for it.
    pub fn ticket_name(self, kind: &str) -> Msg {
        self.ticket(kind)
            .or_else(|| Platform::OfficialAccount.ticket(kind))
            .map_or(msg!("platform-jsapi-ticket"), |t| t.name.clone())
    }

    /// Where a caller IP has to be allowed.
    pub fn ip_console(self) -> Msg {
        self.spec().ip_console.clone()
    }
}

impl std::str::FromStr for Platform {
    type Err = Msg;

    fn from_str(s: &str) -> Result<Self, Msg> {
        let wanted = s.trim().to_ascii_lowercase().replace('-', "_");
        Platform::ALL
            .into_iter()
            .find(|p| p.key() == wanted || (wanted == "oa" && p.is_official_account()))
            .ok_or_else(|| {
                let keys = Platform::ALL.map(Platform::key).join(", ");
                msg!("platform-unknown", name = s, keys = keys)
            })
    }
}

/// One WeCom app (应用) of a corp: its own secret (in the keyring), token and agent ticket.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WecomApp {
    /// The app's AgentId (应用管理 → the app), e.g. 1000002.
    pub agent_id: u64,
    /// A name to tell the apps apart; free text.
    #[serde(default)]
    pub name: String,
}

impl WecomApp {
    /// `1000002 (OA approvals)`, or the bare agentid without a name.
    pub fn label(&self) -> String {
        if self.name.trim().is_empty() {
            self.agent_id.to_string()
        } else {
            format!("{} ({})", self.agent_id, self.name.trim())
        }
    }
}

/// The keyring account (and cache key) of one app's secret and token: `corpId/agentid`.
/// An appId or corpId never holds a `/`, so it never collides with an Official Account's entry.
pub fn app_account(corp_id: &str, agent_id: u64) -> String {
    format!("{corp_id}/{agent_id}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_each_platform() {
        let oa = &Platform::OfficialAccount.spec().id;
        let wecom = &Platform::Wecom.spec().id;
        assert!(oa.accepts("wx0123456789abcdef"));
        assert!(!oa.accepts("ww0123456789abcdef"));
        assert!(wecom.accepts("ww0123456789abcdef"));
        assert!(wecom.accepts("wx0123456789abcdef"), "older corps keep wx");
        for bad in [
            "ww0123456789ABCDEF",
            "ww0123456789abcde",
            "xx0123456789abcdef",
        ] {
            assert!(!wecom.accepts(bad), "{bad}");
        }
    }

    #[test]
    fn specs_are_the_domain_facts() {
        let w = Platform::Wecom;
        assert_eq!(w.spec().default_api_base, "https://qyapi.weixin.qq.com");
        let max = |p: Platform| p.spec().domain.limit.as_ref().map(|l| l.max);
        assert_eq!(max(w), Some(10));
        assert_eq!(max(Platform::OfficialAccount), Some(3));
        let corp = w.ticket("jsapi").unwrap();
        assert_eq!(
            (corp.path, corp.signs, corp.per_app),
            ("/cgi-bin/get_jsapi_ticket", Some("wx.config"), false)
        );
        let agent = w.ticket("agent_config").unwrap();
        assert_eq!(
            (agent.path, agent.type_param, agent.per_app),
            ("/cgi-bin/ticket/get", Some("agent_config"), true)
        );
        let spec = w.spec();
        assert_eq!(
            (spec.hourly_ticket_quota, spec.hourly_app_ticket_quota),
            (Some(400), Some(100))
        );
        assert_eq!(corp.account("ww1", 1000002), "ww1");
        assert_eq!(agent.account("ww1", 1000002), "ww1/1000002");
        assert!(w.ticket("wx_card").is_none());
        assert!(Platform::OfficialAccount.ticket("agent_config").is_none());
    }

    #[test]
    fn parses_names() {
        assert_eq!("wecom".parse::<Platform>().unwrap(), Platform::Wecom);
        assert_eq!(
            "official-account".parse::<Platform>().unwrap(),
            Platform::OfficialAccount
        );
        assert_eq!(
            "weibo".parse::<Platform>().unwrap_err(),
            msg!(
                "platform-unknown",
                name = "weibo",
                keys = Platform::ALL.map(Platform::key).join(", ")
            )
        );
        assert_eq!(
            app_account("ww0123456789abcdef", 1000002),
            "ww0123456789abcdef/1000002"
        );
    }
}

//! Profiles: one per Official Account the user debugs. Everything here is safe to write to disk;
//! the appSecret never is (it lives in the keyring, see `crate::secrets`).
//!
//! The file is `profiles.toml` in the user's config dir (`WXSIGN_CONFIG_DIR` overrides it). It is
//! written atomically (temp file + rename) so a crash never leaves half a file. An entry that does
//! not parse is skipped (the others load); a save keeps a numbered backup of such a file first.

pub mod endpoint;
mod store;
mod ticket_source;

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::core::text::{Arg, Msg, list, msg};
pub use crate::platform::{Platform, WecomApp};

pub use store::{
    LoadIssue, LoadProblem, Loaded, ProfileError, ProfileStore, backup_text, config_dir,
    replace_file,
};
pub use ticket_source::{RedisSettings, TOKEN_FIELD, TicketSource};

/// Safe domains an account can have (DOMAIN §3).
pub const MAX_SAFE_DOMAINS: usize = 3;

/// The WeChat API base every profile starts with.
pub const DEFAULT_API_BASE: &str = "https://api.weixin.qq.com";
/// Environment variable that moves the config dir (tests, portable installs).
pub const CONFIG_DIR_ENV: &str = "WXSIGN_CONFIG_DIR";

/// Test accounts have smaller quotas (200 tokens a day) and looser domain rules.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AccountKind {
    TestAccount,
    #[default]
    Production,
}

/// How the access_token is obtained. `Stable` shares the token with every other caller; `Legacy`
/// (`cgi-bin/token`) issues a new one and kills the production server's token 5 minutes later.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenMode {
    #[default]
    Stable,
    Legacy,
}

/// Per-profile HTTP timeouts: a team proxy may be slower than WeChat itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Timeouts {
    pub connect_ms: u64,
    pub total_ms: u64,
}

impl Default for Timeouts {
    fn default() -> Self {
        Self {
            connect_ms: 5_000,
            total_ms: 15_000,
        }
    }
}

impl Timeouts {
    pub fn connect(&self) -> Duration {
        Duration::from_millis(self.connect_ms.max(1))
    }
    pub fn total(&self) -> Duration {
        Duration::from_millis(self.total_ms.max(1))
    }
}

/// One Official Account (or WeCom corp) as the user debugs it. Holds no secret.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// Display name, unique among profiles; what `--profile NAME` refers to.
    pub name: String,
    /// What `wx.config`'s `appId` holds: the Official Account's appId, or the WeCom corpId.
    #[serde(alias = "corp_id")]
    pub app_id: String,
    /// Official Account (the default: files written before WeCom load unchanged) or WeCom.
    #[serde(default, skip_serializing_if = "Platform::is_official_account")]
    pub platform: Platform,
    /// WeCom only: the corp's apps (agentid, name); each has its secret in the keyring.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub apps: Vec<WecomApp>,
    #[serde(default)]
    pub kind: AccountKind,
    /// JS interface safe domains as entered in the console (up to 3).
    #[serde(default)]
    pub safe_domains: Vec<String>,
    #[serde(default = "default_api_base")]
    pub api_base: String,
    #[serde(default)]
    pub token_mode: TokenMode,
    #[serde(default)]
    pub timeouts: Timeouts,
    #[serde(default)]
    pub notes: String,
    /// The team's signing endpoint for the QA batch (`wxsign batch --save-endpoint`); its
    /// header values live in the secret store, never here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_endpoint: Option<Box<endpoint::EndpointSpec>>,
    /// Where the jsapi_ticket comes from: the WeChat API, or the backend's Redis (read-only).
    #[serde(default, skip_serializing_if = "TicketSource::is_wechat")]
    pub ticket_source: TicketSource,
}

/// Whether `base` can take `/cgi-bin/...` appended: http(s), a host, no query or fragment, and
/// not already ending in `/cgi-bin`. Used for profiles and for `--api-base`.
pub fn check_api_base(base: &str) -> Result<(), Msg> {
    check_api_base_for(base, Platform::OfficialAccount)
}

/// [`check_api_base`] whose advice names the platform's own API base.
pub fn check_api_base_for(base: &str, platform: Platform) -> Result<(), Msg> {
    let default = platform.spec().default_api_base;
    let bad = |why: Msg| {
        msg!(
            "profile-api-base-bad",
            base = base,
            why = why,
            default = default
        )
    };
    let Ok(u) = url::Url::parse(base) else {
        return Err(bad(msg!("profile-api-base-not-url")));
    };
    if !matches!(u.scheme(), "http" | "https") || u.host().is_none() {
        return Err(bad(msg!("profile-api-base-not-url")));
    }
    if u.query().is_some() || u.fragment().is_some() {
        return Err(bad(msg!("profile-api-base-query")));
    }
    if u.path().trim_end_matches('/').ends_with("/cgi-bin") {
        return Err(bad(msg!("profile-api-base-cgi-bin")));
    }
    Ok(())
}

/// `ww or wx` / `ww 或 wx`: the id prefixes a platform accepts.
fn either(prefixes: &[&'static str]) -> Arg {
    match prefixes {
        [] => Arg::Str(String::new()),
        [one] => (*one).into(),
        [first, rest @ ..] => msg!("profile-id-or", first = *first, rest = either(rest)).into(),
    }
}

fn default_api_base() -> String {
    DEFAULT_API_BASE.to_owned()
}

impl Profile {
    /// A production profile with the defaults (stable token, official API base).
    pub fn new(name: impl Into<String>, app_id: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            app_id: app_id.into(),
            platform: Platform::default(),
            apps: Vec::new(),
            kind: AccountKind::default(),
            safe_domains: Vec::new(),
            api_base: default_api_base(),
            token_mode: TokenMode::default(),
            timeouts: Timeouts::default(),
            notes: String::new(),
            signing_endpoint: None,
            ticket_source: TicketSource::default(),
        }
    }

    /// A profile of `platform` with that platform's API base (and, for WeCom, no app yet).
    pub fn on(platform: Platform, name: impl Into<String>, id: impl Into<String>) -> Self {
        Self {
            platform,
            api_base: platform.spec().default_api_base.to_owned(),
            ..Self::new(name, id)
        }
    }

    /// A WeCom profile with WeCom's API base and no app yet.
    pub fn new_wecom(name: impl Into<String>, corp_id: impl Into<String>) -> Self {
        Self::on(Platform::Wecom, name, corp_id)
    }

    /// The app of `agent_id`, or the only/first app when none is asked for. WeCom only.
    pub fn app(&self, agent_id: Option<u64>) -> Result<&WecomApp, ProfileError> {
        let found = match agent_id {
            Some(id) => self.apps.iter().find(|a| a.agent_id == id),
            None => self.apps.first(),
        };
        if let Some(app) = found {
            return Ok(app);
        }
        let known: Vec<String> = self.apps.iter().map(WecomApp::label).collect();
        let name = self.name.as_str();
        let text = match agent_id {
            Some(id) if !known.is_empty() => msg!(
                "profile-no-such-app",
                name = name,
                id = id,
                apps = list(known.iter().cloned())
            ),
            _ => msg!("profile-no-app", name = name),
        };
        Err(ProfileError::Invalid(text))
    }

    fn validate_id(&self) -> Result<(), ProfileError> {
        let rule = &self.platform.spec().id;
        if rule.accepts(&self.app_id) {
            return Ok(());
        }
        let shape = match (rule.body, rule.prefixes) {
            (crate::platform::IdBody::Alnum { min, max }, _) => msg!(
                "platforms-id-shape-alnum",
                prefix = rule.prefixes.join(" / "),
                min = min,
                max = max
            ),
            (_, [one]) => msg!("profile-id-shape", prefix = *one),
            (_, many) => msg!("profile-id-shape-either", prefixes = either(many)),
        };
        Err(ProfileError::Invalid(msg!(
            "profile-id-invalid",
            label = rule.label,
            id = self.app_id.as_str(),
            shape = shape,
            console = rule.console.clone(),
            example = rule.example
        )))
    }

    fn validate_apps(&self) -> Result<(), ProfileError> {
        if !self.platform.spec().per_app_secrets {
            if self.apps.is_empty() {
                return Ok(());
            }
            return Err(ProfileError::Invalid(msg!("profile-apps-not-wecom")));
        }
        let mut seen = std::collections::BTreeSet::new();
        for app in &self.apps {
            if app.agent_id == 0 {
                return Err(ProfileError::Invalid(msg!("profile-agent-id-zero")));
            }
            if !seen.insert(app.agent_id) {
                return Err(ProfileError::Invalid(msg!(
                    "profile-agent-id-twice",
                    agent_id = app.agent_id
                )));
            }
        }
        Ok(())
    }

    /// Checks what would otherwise fail later with a confusing network or WeChat error.
    pub fn validate(&self) -> Result<(), ProfileError> {
        if self.name.trim().is_empty() {
            return Err(ProfileError::Invalid(msg!("profile-name-empty")));
        }
        self.validate_id()?;
        self.validate_apps()?;
        if let Some(redis) = self.ticket_source.redis() {
            redis.validate().map_err(ProfileError::Invalid)?;
        }
        let spec = self.platform.spec();
        if let Some(limit) = &spec.domain.limit
            && self.safe_domains.len() > limit.max
        {
            return Err(ProfileError::Invalid((limit.too_many)(
                self.safe_domains.len(),
                limit.max,
            )));
        }
        // Entries are WeChat's domain form (no port) only where pages are on 80/443 alone;
        // Feishu's name a port.
        let wechat_entries =
            spec.domain_wording.port == crate::core::urlcheck::PortRule::Only80And443;
        for entry in self.safe_domains.iter().filter(|_| wechat_entries) {
            let findings = crate::core::urlcheck::validate_safe_domain(entry);
            // Test accounts may accept `host:port` (DOMAIN §3, unconfirmed): do not block them.
            let test_port = |f: &&crate::core::urlcheck::Finding| {
                self.kind == AccountKind::TestAccount && f.code == "safe_domain_port"
            };
            if let Some(f) = findings
                .iter()
                .find(|f| f.severity == crate::core::urlcheck::Severity::Error && !test_port(f))
            {
                let label = spec.domain.entry_label.clone();
                return Err(ProfileError::Invalid(msg!(
                    "profile-domain-invalid",
                    label = label,
                    entry = entry,
                    message = f.message.clone(),
                    fix = f.fix.clone()
                )));
            }
        }
        if self.timeouts.connect_ms == 0 || self.timeouts.total_ms == 0 {
            return Err(ProfileError::Invalid(msg!("profile-timeout-zero")));
        }
        check_api_base_for(&self.api_base, self.platform).map_err(ProfileError::Invalid)
    }
}

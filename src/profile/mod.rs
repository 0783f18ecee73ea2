//! Profiles: one per Official Account the user debugs. Everything here is safe to write to disk;
//! the appSecret never is (it lives in the keyring, see `crate::secrets`).
//!
//! The file is `profiles.toml` in the user's config dir (`WXSIGN_CONFIG_DIR` overrides it). It is
//! written atomically (temp file + rename) so a crash never leaves half a file, and a file that
//! does not parse is moved aside to `profiles.toml.bak` so the app still starts.

mod store;

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::core::text::Text;
use crate::redis_source::TicketSource;

pub use store::{LoadProblem, Loaded, ProfileError, ProfileStore, config_dir};

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

/// One Official Account as the user debugs it. Holds no secret.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// Display name, unique among profiles; what `--profile NAME` refers to.
    pub name: String,
    pub app_id: String,
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
    pub signing_endpoint: Option<Box<crate::batch::EndpointSpec>>,
    /// Where the jsapi_ticket comes from: the WeChat API, or the backend's Redis (read-only).
    #[serde(default, skip_serializing_if = "TicketSource::is_wechat")]
    pub ticket_source: TicketSource,
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

    /// Checks what would otherwise fail later with a confusing network or WeChat error.
    pub fn validate(&self) -> Result<(), ProfileError> {
        if self.name.trim().is_empty() {
            return Err(ProfileError::Invalid(Text::new(
                "the profile name is empty: give it a name",
                "配置名称为空：请填写名称",
            )));
        }
        let id = self.app_id.trim();
        if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(ProfileError::Invalid(Text::new(
                format!(
                    "appId '{}' is not valid: copy it from 开发 → 基本配置 (it looks like wx1234567890abcdef)",
                    self.app_id
                ),
                format!(
                    "appId '{}' 无效：请从 开发 → 基本配置 复制（形如 wx1234567890abcdef）",
                    self.app_id
                ),
            )));
        }
        if let Some(redis) = self.ticket_source.redis() {
            redis.validate().map_err(ProfileError::Invalid)?;
        }
        match url::Url::parse(&self.api_base) {
            Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => Ok(()),
            _ => Err(ProfileError::Invalid(Text::new(
                format!(
                    "API base '{}' is not an http(s) URL: use {DEFAULT_API_BASE} or your proxy's URL",
                    self.api_base
                ),
                format!(
                    "API 地址 '{}' 不是 http(s) URL：请使用 {DEFAULT_API_BASE} 或代理地址",
                    self.api_base
                ),
            ))),
        }
    }
}

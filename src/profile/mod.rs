//! Profiles: one per Official Account the user debugs. Everything here is safe to write to disk;
//! the appSecret never is (it lives in the keyring, see `crate::secrets`).
//!
//! The file is `profiles.toml` in the user's config dir (`WXSIGN_CONFIG_DIR` overrides it). It is
//! written atomically (temp file + rename) so a crash never leaves half a file. An entry that does
//! not parse is skipped (the others load); a save keeps a numbered backup of such a file first.

mod store;

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::core::text::Text;
use crate::redis_source::TicketSource;

pub use store::{
    LoadIssue, LoadProblem, Loaded, ProfileError, ProfileStore, backup_text, config_dir,
};

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

/// `wx` and 16 lowercase hex digits, as the console shows it.
fn is_app_id(id: &str) -> bool {
    id.len() == 18
        && id.starts_with("wx")
        && id[2..]
            .chars()
            .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c))
}

/// Whether `base` can take `/cgi-bin/...` appended: http(s), a host, no query or fragment, and
/// not already ending in `/cgi-bin`. Used for profiles and for `--api-base`.
pub fn check_api_base(base: &str) -> Result<(), Text> {
    let bad = |why_en: &str, why_zh: &str| {
        Text::new(
            format!("API base '{base}' {why_en}: use {DEFAULT_API_BASE} or your proxy's URL"),
            format!("API 地址 '{base}' {why_zh}：请使用 {DEFAULT_API_BASE} 或代理地址"),
        )
    };
    let Ok(u) = url::Url::parse(base) else {
        return Err(bad("is not an http(s) URL", "不是 http(s) URL"));
    };
    if !matches!(u.scheme(), "http" | "https") || u.host().is_none() {
        return Err(bad("is not an http(s) URL", "不是 http(s) URL"));
    }
    if u.query().is_some() || u.fragment().is_some() {
        return Err(bad(
            "has a query or fragment (wxsign appends /cgi-bin/... to it)",
            "带有查询参数或片段（wxsign 会在其后追加 /cgi-bin/...）",
        ));
    }
    if u.path().trim_end_matches('/').ends_with("/cgi-bin") {
        return Err(bad(
            "ends with /cgi-bin (wxsign appends /cgi-bin/...): leave it out",
            "以 /cgi-bin 结尾（wxsign 会自动追加 /cgi-bin/...）：请去掉",
        ));
    }
    Ok(())
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
        if !is_app_id(&self.app_id) {
            return Err(ProfileError::Invalid(Text::new(
                format!(
                    "appId '{}' is not valid (wx and 16 lowercase hex digits): copy it from 开发 → 基本配置 (it looks like wx1234567890abcdef)",
                    self.app_id
                ),
                format!(
                    "appId '{}' 无效（应为 wx 加 16 位小写十六进制字符）：请从 开发 → 基本配置 复制（形如 wx1234567890abcdef）",
                    self.app_id
                ),
            )));
        }
        if let Some(redis) = self.ticket_source.redis() {
            redis.validate().map_err(ProfileError::Invalid)?;
        }
        if self.safe_domains.len() > MAX_SAFE_DOMAINS {
            return Err(ProfileError::Invalid(Text::new(
                format!(
                    "{} safe domains given: an account has at most {MAX_SAFE_DOMAINS} (公众号设置 → 功能设置 → JS接口安全域名)",
                    self.safe_domains.len()
                ),
                format!(
                    "填写了 {} 个安全域名：一个公众号最多 {MAX_SAFE_DOMAINS} 个（公众号设置 → 功能设置 → JS接口安全域名）",
                    self.safe_domains.len()
                ),
            )));
        }
        for entry in &self.safe_domains {
            let findings = crate::core::urlcheck::validate_safe_domain(entry);
            // Test accounts may accept `host:port` (DOMAIN §3, unconfirmed): do not block them.
            let test_port = |f: &&crate::core::urlcheck::Finding| {
                self.kind == AccountKind::TestAccount && f.code == "safe_domain_port"
            };
            if let Some(f) = findings
                .iter()
                .find(|f| f.severity == crate::core::urlcheck::Severity::Error && !test_port(f))
            {
                return Err(ProfileError::Invalid(Text::new(
                    format!("safe domain '{entry}': {} {}", f.message.en, f.fix.en),
                    format!("安全域名 '{entry}'：{}{}", f.message.zh, f.fix.zh),
                )));
            }
        }
        if self.timeouts.connect_ms == 0 || self.timeouts.total_ms == 0 {
            return Err(ProfileError::Invalid(Text::new(
                "a timeout of 0 ms is not possible: give milliseconds, e.g. 5000 (connect) and 15000 (total)",
                "超时不能为 0 毫秒：请填写毫秒数，例如 5000（连接）和 15000（总计）",
            )));
        }
        check_api_base(&self.api_base).map_err(ProfileError::Invalid)
    }
}

//! Errors of the WeChat client, each with its meaning and fix in both languages.

use std::time::Duration;

use serde::Serialize;

use super::errcode;
use crate::core::text::Text;
use crate::platform::Platform;
use crate::profile::ProfileError;
use crate::secrets::SecretError;

/// What went wrong talking to WeChat. Carries no credential: messages are scrubbed of the secret,
/// token and ticket before they get here.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum WechatError {
    #[error("{endpoint}: {} errcode {errcode} ({errmsg}): {}; {}", api_name(*.platform), errcode::describe_in(*.platform, *.errcode).0.en, errcode::describe_in(*.platform, *.errcode).1.en)]
    Api {
        endpoint: String,
        errcode: i64,
        errmsg: String,
        /// For 40164 (WeCom: 60020, 48002): the IP WeChat saw, to add to the whitelist.
        caller_ip: Option<String>,
        /// Whose API answered: the same code means different things on each.
        platform: Platform,
        /// WeCom: the app (agentid) whose token or agent ticket was asked for.
        agent: Option<u64>,
    },
    #[error(
        "{endpoint}: HTTP {status} from the API base: check the API base URL and that the proxy in front of WeChat is up"
    )]
    HttpStatus { endpoint: String, status: u16 },
    #[error(
        "{endpoint}: the answer is not JSON (HTTP {status}, {content_type}, starts with {preview:?}): the API base points at something that is not WeChat, or a proxy or captive portal answered"
    )]
    NotJson {
        endpoint: String,
        status: u16,
        content_type: String,
        preview: String,
    },
    #[error(
        "{endpoint}: the JSON answer has no {field}: the API base is not WeChat or a proxy changed the answer"
    )]
    MissingField {
        endpoint: String,
        field: &'static str,
    },
    #[error("{endpoint}: no answer within {} ms: check the network or raise the profile's timeout", .after.as_millis())]
    Timeout { endpoint: String, after: Duration },
    #[error(
        "{endpoint}: the host {host} could not be resolved (DNS): check the API base and your network or proxy settings (HTTPS_PROXY)"
    )]
    Dns { endpoint: String, host: String },
    #[error(
        "{endpoint}: TLS failed ({detail}): behind a corporate proxy, install its CA in the OS certificate store"
    )]
    Tls { endpoint: String, detail: String },
    #[error(
        "{endpoint}: could not connect ({detail}): check the API base, the network and HTTPS_PROXY"
    )]
    Connect { endpoint: String, detail: String },
    #[error("{endpoint}: the request failed ({detail})")]
    Network { endpoint: String, detail: String },
    #[error("the API base '{0}' is not a valid http(s) URL: fix it in the profile or --api-base")]
    BadBase(String),
    #[error("the HTTP client could not be built ({0}): check the system's TLS certificates")]
    Setup(String),
}

/// A failure of a token or ticket request, from the secret lookup to the HTTP call.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ClientError {
    #[error("no appSecret for {app_id}: {}", no_secret_fix(*.keyring).en)]
    NoSecret {
        app_id: String,
        /// Whether the secret store is usable (`wxsign secret set`); without a usable OS
        /// keyring the fix is the environment or stdin.
        keyring: bool,
    },
    /// A WeCom app has no secret (each app has its own).
    #[error(
        "no secret for app {agent_id} of {corp_id}: run `wxsign secret set --profile NAME --agent-id {agent_id}`, or set WXSIGN_APP_SECRET, or pass --secret-stdin"
    )]
    NoAppSecret { corp_id: String, agent_id: u64 },
    #[error(transparent)]
    Secret(#[from] SecretError),
    #[error(transparent)]
    Wechat(#[from] WechatError),
    /// The profile's own ticket source (its Redis, its pasted tickets) failed.
    #[error(transparent)]
    Source(Box<SourceFailure>),
    #[error("{0}")]
    Profile(String),
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<ProfileError> for ClientError {
    fn from(e: ProfileError) -> Self {
        ClientError::Profile(e.to_string())
    }
}

/// A ticket source other than the API failed, worded by that source: the client carries the
/// words and never names a source, so the sources sit above it and it stays below them.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{display}")]
pub struct SourceFailure {
    /// The whole error in English, fix included, as `Display` prints it.
    pub display: String,
    /// As [`ErrorReport::errmsg`] shows it.
    pub errmsg: String,
    /// What happened, without the fix.
    pub message: Text,
    pub meaning: Text,
    pub fix: Text,
}

/// The error as `--json` prints it and the GUI shows it: `{"errcode","errmsg","meaning","fix"}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ErrorReport {
    /// The WeChat errcode, when WeChat answered with one.
    pub errcode: Option<i64>,
    /// WeChat's errmsg, or our one-line description.
    pub errmsg: String,
    pub meaning: Text,
    pub fix: Text,
}

impl ClientError {
    pub fn errcode(&self) -> Option<i64> {
        match self {
            ClientError::Wechat(WechatError::Api { errcode, .. }) => Some(*errcode),
            _ => None,
        }
    }

    pub fn report(&self) -> ErrorReport {
        match self {
            ClientError::Wechat(WechatError::Api {
                errcode: code,
                errmsg,
                caller_ip,
                platform,
                agent,
                ..
            }) => {
                let (meaning, mut fix) = errcode::describe_in(*platform, *code);
                if let Some(ip) = caller_ip {
                    let console = platform.ip_console();
                    fix = Text::new(
                        format!("add {ip} to {}", console.en),
                        format!("请将 {ip} 加入 {}", console.zh),
                    );
                    if *platform == Platform::Wecom {
                        fix = Text::new(
                            format!(
                                "{}, or sign with a pasted or Redis ticket instead (`wxsign profile edit NAME --ticket-source pasted`): a desktop on an office IP is rarely trusted",
                                fix.en
                            ),
                            format!(
                                "{}，或改用粘贴的票据或 Redis 票据（`wxsign profile edit NAME --ticket-source pasted`）：办公网络的 IP 通常不在可信 IP 中",
                                fix.zh
                            ),
                        );
                    }
                }
                if let (42012, Some(a)) = (*code, agent) {
                    fix = Text::new(
                        format!(
                            "the agent ticket of app {a} needs the token of app {a} itself: the secret stored for agentid {a} belongs to another app. Set app {a}'s own secret (应用管理 → the app → Secret): `wxsign secret set --profile NAME --agent-id {a}`"
                        ),
                        format!(
                            "应用 {a} 的应用票据需要应用 {a} 自己的令牌：为 agentid {a} 保存的 Secret 属于其他应用。请设置应用 {a} 自己的 Secret（应用管理 → 应用 → Secret）：`wxsign secret set --profile NAME --agent-id {a}`"
                        ),
                    );
                }
                if let Some(base) = platform.spec().errcode_link
                    && errcode::devtool_link(errmsg).is_none()
                {
                    fix = Text::new(
                        format!("{} (more: {base}{code})", fix.en),
                        format!("{}（详见：{base}{code}）", fix.zh),
                    );
                }
                ErrorReport {
                    errcode: Some(*code),
                    errmsg: errmsg.clone(),
                    meaning,
                    fix,
                }
            }
            ClientError::Wechat(w) => {
                let (meaning, fix) = transport_text(w);
                ErrorReport {
                    errcode: None,
                    errmsg: w.detail(),
                    meaning,
                    fix,
                }
            }
            ClientError::NoSecret { app_id, keyring } => ErrorReport {
                errcode: None,
                errmsg: format!("no appSecret for {app_id}"),
                meaning: Text::new(
                    format!("no appSecret is set for {app_id}"),
                    format!("{app_id} 没有设置 AppSecret"),
                ),
                fix: no_secret_fix(*keyring),
            },
            ClientError::NoAppSecret { corp_id, agent_id } => ErrorReport {
                errcode: None,
                errmsg: format!("no secret for app {agent_id} of {corp_id}"),
                meaning: Text::new(
                    format!("no secret is set for app {agent_id} of {corp_id}"),
                    format!("{corp_id} 的应用 {agent_id} 没有设置 Secret"),
                ),
                fix: Text::new(
                    format!(
                        "set that app's own secret (应用管理 → the app → Secret) with `wxsign secret set --profile NAME --agent-id {agent_id}` (or WXSIGN_APP_SECRET / --secret-stdin)"
                    ),
                    format!(
                        "请用 `wxsign secret set --profile NAME --agent-id {agent_id}` 设置该应用自己的 Secret（应用管理 → 应用 → Secret）（或 WXSIGN_APP_SECRET / --secret-stdin）"
                    ),
                ),
            },
            ClientError::Source(e) => ErrorReport {
                errcode: None,
                errmsg: e.errmsg.clone(),
                meaning: e.meaning.clone(),
                fix: e.fix.clone(),
            },
            ClientError::Secret(e) => ErrorReport {
                errcode: None,
                // The fix is the whole message: printing it as errmsg too said it twice.
                errmsg: "the keyring could not be used".to_owned(),
                meaning: Text::new("the keyring could not be used", "无法使用系统钥匙串"),
                fix: e.text(),
            },
            other => ErrorReport {
                errcode: None,
                errmsg: other.to_string(),
                meaning: Text::new(other.to_string(), other.to_string()),
                fix: Text::new(
                    "check the profile (`wxsign profile show NAME`)",
                    "请检查配置（`wxsign profile show NAME`）",
                ),
            },
        }
    }
}

/// How to give a missing appSecret: the keyring when there is one, else per call.
fn no_secret_fix(keyring: bool) -> Text {
    if keyring {
        Text::new(
            "store it with `wxsign secret set --profile NAME`, or set WXSIGN_APP_SECRET, or pass --secret-stdin",
            "请用 `wxsign secret set --profile NAME` 保存，或设置 WXSIGN_APP_SECRET，或使用 --secret-stdin",
        )
    } else {
        Text::new(
            "no usable OS keyring can store it here, so give it per call: set WXSIGN_APP_SECRET or pass --secret-stdin",
            "这里没有可用的系统钥匙串来保存它，请每次调用时提供：设置 WXSIGN_APP_SECRET 或使用 --secret-stdin",
        )
    }
}

impl ErrorReport {
    /// The report with `--profile NAME` (and `profile show NAME`) in its texts naming the
    /// profile the command ran with, so a fix line can be pasted as it is.
    pub fn for_profile(self, name: &str) -> Self {
        let word = shell_word(name);
        Self {
            errmsg: fill_profile(&self.errmsg, &word),
            meaning: naming_profile(&self.meaning, name),
            fix: naming_profile(&self.fix, name),
            ..self
        }
    }
}

/// `text` with the `NAME` placeholder of `--profile NAME` (and `profile show|edit NAME`)
/// replaced by `name`, quoted for the shell when needed.
pub fn naming_profile(text: &Text, name: &str) -> Text {
    let word = shell_word(name);
    Text::new(fill_profile(&text.en, &word), fill_profile(&text.zh, &word))
}

fn fill_profile(s: &str, word: &str) -> String {
    let mut out = s.to_owned();
    for cmd in ["--profile", "profile show", "profile edit"] {
        out = out.replace(&format!("{cmd} NAME"), &format!("{cmd} {word}"));
    }
    out
}

/// `name` as one shell word: as is when it is plain, else in single quotes.
fn shell_word(name: &str) -> String {
    let plain = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.@%+=:,/".contains(c) || !c.is_ascii());
    if plain {
        name.to_owned()
    } else {
        format!("'{}'", name.replace('\'', "'\\''"))
    }
}

impl ClientError {
    /// What happened, in both languages, without the fix (a report prints that on its own
    /// line). Details that come from the network or the OS stay as they were given.
    pub fn message(&self) -> Text {
        match self {
            ClientError::Wechat(w) => w.detail_text(),
            ClientError::NoSecret { .. } | ClientError::NoAppSecret { .. } => self.report().meaning,
            ClientError::Secret(_) => {
                Text::new("the keyring could not be used", "无法使用系统钥匙串")
            }
            ClientError::Source(e) => e.message.clone(),
            ClientError::Profile(s) | ClientError::Internal(s) => Text::new(s.clone(), s.clone()),
        }
    }
}

impl WechatError {
    /// [`WechatError::detail`] in both languages.
    pub fn detail_text(&self) -> Text {
        let zh = match self {
            WechatError::HttpStatus { endpoint, status } => {
                format!("{endpoint}：API 地址返回 HTTP {status}")
            }
            WechatError::NotJson {
                endpoint,
                status,
                content_type,
                preview,
            } => format!(
                "{endpoint}：返回内容不是 JSON（HTTP {status}，{content_type}，开头为 {preview:?}）"
            ),
            WechatError::MissingField { endpoint, field } => {
                format!("{endpoint}：JSON 应答中没有 {field}")
            }
            WechatError::Timeout { endpoint, after } => {
                format!("{endpoint}：{} 毫秒内没有应答", after.as_millis())
            }
            WechatError::Dns { endpoint, host } => {
                format!("{endpoint}：无法解析域名 {host}（DNS）")
            }
            WechatError::Tls { endpoint, detail } => format!("{endpoint}：TLS 失败（{detail}）"),
            WechatError::Connect { endpoint, detail } => {
                format!("{endpoint}：无法连接（{detail}）")
            }
            WechatError::Network { endpoint, detail } => {
                format!("{endpoint}：请求失败（{detail}）")
            }
            WechatError::BadBase(base) => format!("API 地址 '{base}' 不是有效的 http(s) URL"),
            WechatError::Setup(detail) => format!("无法创建 HTTP 客户端（{detail}）"),
            WechatError::Api {
                endpoint,
                errcode,
                errmsg,
                ..
            } => format!("{endpoint}：微信错误码 {errcode}（{errmsg}）"),
        };
        Text::new(self.detail(), zh)
    }

    /// The same error, naming the WeCom app (agentid) it concerns.
    pub fn for_agent(self, agent_id: u64) -> Self {
        match self {
            WechatError::Api {
                endpoint,
                errcode,
                errmsg,
                caller_ip,
                platform,
                ..
            } => WechatError::Api {
                endpoint,
                errcode,
                errmsg,
                caller_ip,
                platform,
                agent: Some(agent_id),
            },
            other => other,
        }
    }

    /// What happened, without the advice the full message ends with: reports print the fix on
    /// a line of its own.
    pub fn detail(&self) -> String {
        match self {
            WechatError::HttpStatus { endpoint, status } => {
                format!("{endpoint}: HTTP {status} from the API base")
            }
            WechatError::NotJson {
                endpoint,
                status,
                content_type,
                preview,
            } => format!(
                "{endpoint}: the answer is not JSON (HTTP {status}, {content_type}, starts with {preview:?})"
            ),
            WechatError::MissingField { endpoint, field } => {
                format!("{endpoint}: the JSON answer has no {field}")
            }
            WechatError::Timeout { endpoint, after } => {
                format!("{endpoint}: no answer within {} ms", after.as_millis())
            }
            WechatError::Dns { endpoint, host } => {
                format!("{endpoint}: the host {host} could not be resolved (DNS)")
            }
            WechatError::Tls { endpoint, detail } => format!("{endpoint}: TLS failed ({detail})"),
            WechatError::Connect { endpoint, detail } => {
                format!("{endpoint}: could not connect ({detail})")
            }
            WechatError::Network { endpoint, detail } => {
                format!("{endpoint}: the request failed ({detail})")
            }
            WechatError::BadBase(base) => {
                format!("the API base '{base}' is not a valid http(s) URL")
            }
            WechatError::Setup(detail) => format!("the HTTP client could not be built ({detail})"),
            WechatError::Api {
                endpoint,
                errcode,
                errmsg,
                platform,
                ..
            } => format!(
                "{endpoint}: {} errcode {errcode} ({errmsg})",
                api_name(*platform)
            ),
        }
    }
}

/// Who answers: "WeChat" or "WeCom", as the error messages say it.
fn api_name(platform: Platform) -> &'static str {
    platform.spec().api_name
}

fn transport_text(e: &WechatError) -> (Text, Text) {
    let (m_en, m_zh, f_en, f_zh) = match e {
        WechatError::HttpStatus { .. } => (
            "the API base answered with an HTTP error",
            "API 地址返回了 HTTP 错误",
            "check the API base URL and that the proxy in front of WeChat is up",
            "请检查 API 地址，以及微信前面的代理是否正常",
        ),
        WechatError::NotJson { .. } | WechatError::MissingField { .. } => (
            "the answer is not a WeChat API answer",
            "返回内容不是微信接口的应答",
            "the API base points at something else, or a proxy or captive portal answered: check the API base",
            "API 地址指向了其他服务，或被代理/认证页面拦截：请检查 API 地址",
        ),
        WechatError::Timeout { .. } => (
            "no answer in time",
            "请求超时",
            "check the network, or raise the profile's timeouts",
            "请检查网络，或调大配置中的超时时间",
        ),
        WechatError::Dns { .. } => (
            "the API host could not be resolved",
            "无法解析 API 域名",
            "check the API base, the network and HTTPS_PROXY",
            "请检查 API 地址、网络和 HTTPS_PROXY",
        ),
        WechatError::Tls { .. } => (
            "the TLS handshake failed",
            "TLS 握手失败",
            "behind a corporate proxy, install its CA certificate in the OS store",
            "如在公司代理后面，请将其 CA 证书安装到系统证书库",
        ),
        WechatError::Connect { .. } | WechatError::Network { .. } => (
            "the API base could not be reached",
            "无法连接 API 地址",
            "check the API base, the network and HTTPS_PROXY",
            "请检查 API 地址、网络和 HTTPS_PROXY",
        ),
        WechatError::Setup(_) => (
            "the HTTP client could not be built",
            "无法创建 HTTP 客户端",
            "check the system's TLS certificates",
            "请检查系统的 TLS 证书",
        ),
        WechatError::BadBase(_) | WechatError::Api { .. } => (
            "the request could not be made",
            "无法发出请求",
            "fix the API base in the profile or --api-base",
            "请修正配置中的 API 地址或 --api-base",
        ),
    };
    (Text::new(m_en, m_zh), Text::new(f_en, f_zh))
}

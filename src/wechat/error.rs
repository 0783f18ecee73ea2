//! Errors of the WeChat client, each with its meaning and fix in both languages.

use std::time::Duration;

use super::errcode;
use crate::core::text::{Lang, Msg, msg};
use crate::i18n::Render;
use crate::platform::Platform;
use crate::profile::ProfileError;
use crate::secrets::SecretError;

/// What went wrong talking to WeChat. Carries no credential: messages are scrubbed of the secret,
/// token and ticket before they get here.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum WechatError {
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
    HttpStatus {
        endpoint: String,
        status: u16,
    },
    NotJson {
        endpoint: String,
        status: u16,
        content_type: String,
        preview: String,
    },
    MissingField {
        endpoint: String,
        field: &'static str,
    },
    Timeout {
        endpoint: String,
        after: Duration,
    },
    Dns {
        endpoint: String,
        host: String,
    },
    Tls {
        endpoint: String,
        detail: String,
    },
    Connect {
        endpoint: String,
        detail: String,
    },
    Network {
        endpoint: String,
        detail: String,
    },
    BadBase(String),
    Setup(String),
}

/// What happened, its meaning and the fix, in English: for logs and error chains.
impl std::fmt::Display for WechatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let full = match self {
            WechatError::Api {
                platform, errcode, ..
            } => {
                let (meaning, fix) = errcode::describe_in(*platform, *errcode);
                msg!(
                    "wechat-error-api-full",
                    detail = self.detail_text(),
                    meaning = meaning,
                    fix = fix
                )
            }
            other => msg!(
                "wechat-error-full",
                detail = other.detail_text(),
                fix = transport_text(other).1
            ),
        };
        f.write_str(&full.get(Lang::En))
    }
}

/// A failure of a token or ticket request, from the secret lookup to the HTTP call.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ClientError {
    NoSecret {
        app_id: String,
        /// Whether the secret store is usable (`wxsign secret set`); without a usable OS
        /// keyring the fix is the environment or stdin.
        keyring: bool,
    },
    /// A WeCom app has no secret (each app has its own).
    NoAppSecret {
        corp_id: String,
        agent_id: u64,
    },
    Secret(#[from] SecretError),
    Wechat(#[from] WechatError),
    /// The profile's own ticket source (its Redis, its pasted tickets) failed.
    Source(Box<SourceFailure>),
    Profile(Msg),
    /// A background task failed (`detail` as the runtime put it).
    Internal(String),
}

/// The whole error in English, for logs and error chains.
impl std::fmt::Display for ClientError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ClientError::Secret(e) => e.fmt(f),
            ClientError::Wechat(e) => e.fmt(f),
            ClientError::Source(e) => f.write_str(&e.display),
            other => {
                let r = other.report();
                let full = msg!("wechat-error-full", detail = other.message(), fix = r.fix);
                f.write_str(&full.get(Lang::En))
            }
        }
    }
}

impl From<ProfileError> for ClientError {
    fn from(e: ProfileError) -> Self {
        ClientError::Profile(e.text())
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
    pub message: Msg,
    pub meaning: Msg,
    pub fix: Msg,
}

/// The error as `--json` prints it and the GUI shows it: `{"errcode","errmsg","meaning","fix"}`.
/// Meaning and fix are rendered in the language shown, with `--profile NAME` naming the profile
/// once [`ErrorReport::for_profile`] knows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorReport {
    /// The WeChat errcode, when WeChat answered with one.
    pub errcode: Option<i64>,
    /// WeChat's errmsg, or our one-line description.
    pub errmsg: String,
    meaning: Msg,
    fix: Msg,
    /// The profile `NAME` stands for, as one shell word.
    profile: Option<String>,
}

impl ErrorReport {
    pub fn new(errcode: Option<i64>, errmsg: String, meaning: Msg, fix: Msg) -> Self {
        Self {
            errcode,
            errmsg,
            meaning,
            fix,
            profile: None,
        }
    }

    /// The meaning and the fix as messages, for views that render them later (doctor's lines,
    /// which name the profile themselves).
    pub fn texts(&self) -> (Msg, Msg) {
        (self.meaning.clone(), self.fix.clone())
    }

    /// What the error means, in `lang`.
    pub fn meaning(&self, lang: Lang) -> String {
        self.named(self.meaning.get(lang))
    }

    /// What to do, in `lang`.
    pub fn fix(&self, lang: Lang) -> String {
        self.named(self.fix.get(lang))
    }

    fn named(&self, text: String) -> String {
        match &self.profile {
            Some(word) => fill_profile(&text, word),
            None => text,
        }
    }
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
                    fix = (platform.spec().allow_ip_fix)(ip, console);
                }
                if let (42012, Some(a)) = (*code, agent) {
                    fix = msg!("wechat-fix-agent-ticket-own-token", agent_id = *a);
                }
                if let Some(base) = platform.spec().errcode_link
                    && errcode::devtool_link(errmsg).is_none()
                {
                    fix = msg!("wechat-fix-more", fix = fix, link = format!("{base}{code}"));
                }
                ErrorReport::new(Some(*code), errmsg.clone(), meaning, fix)
            }
            ClientError::Wechat(w) => {
                let (meaning, fix) = transport_text(w);
                ErrorReport::new(None, w.detail(), meaning, fix)
            }
            ClientError::NoSecret { app_id, keyring } => ErrorReport::new(
                None,
                format!("no appSecret for {app_id}"),
                msg!("wechat-no-secret", app_id = app_id),
                no_secret_fix(*keyring),
            ),
            ClientError::NoAppSecret { corp_id, agent_id } => ErrorReport::new(
                None,
                format!("no secret for app {agent_id} of {corp_id}"),
                msg!(
                    "wechat-no-app-secret",
                    agent_id = *agent_id,
                    corp_id = corp_id
                ),
                msg!("wechat-no-app-secret-fix", agent_id = *agent_id),
            ),
            ClientError::Source(e) => {
                ErrorReport::new(None, e.errmsg.clone(), e.meaning.clone(), e.fix.clone())
            }
            ClientError::Secret(e) => ErrorReport::new(
                None,
                // The fix is the whole message: printing it as errmsg too said it twice.
                "the keyring could not be used".to_owned(),
                msg!("wechat-keyring-unusable"),
                e.text(),
            ),
            ClientError::Profile(_) | ClientError::Internal(_) => {
                let m = self.message();
                ErrorReport::new(None, m.get(Lang::En), m, msg!("wechat-fix-check-profile"))
            }
        }
    }
}

/// How to give a missing appSecret: the keyring when there is one, else per call.
fn no_secret_fix(keyring: bool) -> Msg {
    if keyring {
        msg!("wechat-no-secret-fix")
    } else {
        msg!("wechat-no-secret-fix-no-keyring")
    }
}

impl ErrorReport {
    /// The report with `--profile NAME` (and `profile show NAME`) in its texts naming the
    /// profile the command ran with, so a fix line can be pasted as it is.
    pub fn for_profile(self, name: &str) -> Self {
        let word = shell_word(name);
        Self {
            errmsg: fill_profile(&self.errmsg, &word),
            profile: Some(word),
            ..self
        }
    }
}

/// `text` (rendered) with the `NAME` placeholder of `--profile NAME` (and `profile show|edit
/// NAME`) replaced by `name`, quoted for the shell when needed.
pub fn naming_profile(text: &str, name: &str) -> String {
    fill_profile(text, &shell_word(name))
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
    /// What happened, without the fix (a report prints that on its own line). Details that
    /// come from the network or the OS stay as they were given.
    pub fn message(&self) -> Msg {
        match self {
            ClientError::Wechat(w) => w.detail_text(),
            ClientError::NoSecret { app_id, .. } => msg!("wechat-no-secret", app_id = app_id),
            ClientError::NoAppSecret { corp_id, agent_id } => {
                msg!(
                    "wechat-no-app-secret",
                    agent_id = *agent_id,
                    corp_id = corp_id
                )
            }
            ClientError::Secret(_) => msg!("wechat-keyring-unusable"),
            ClientError::Source(e) => e.message.clone(),
            ClientError::Profile(m) => m.clone(),
            ClientError::Internal(detail) => msg!("wechat-internal", detail = detail),
        }
    }
}

impl WechatError {
    /// What happened, without the advice: reports print the fix on a line of its own.
    pub fn detail_text(&self) -> Msg {
        match self {
            WechatError::HttpStatus { endpoint, status } => {
                msg!("wechat-http-status", endpoint = endpoint, status = *status)
            }
            WechatError::NotJson {
                endpoint,
                status,
                content_type,
                preview,
            } => msg!(
                "wechat-not-json",
                endpoint = endpoint,
                status = *status,
                content_type = content_type,
                preview = format!("{preview:?}")
            ),
            WechatError::MissingField { endpoint, field } => {
                msg!("wechat-missing-field", endpoint = endpoint, field = *field)
            }
            WechatError::Timeout { endpoint, after } => {
                msg!(
                    "wechat-timeout",
                    endpoint = endpoint,
                    ms = after.as_millis()
                )
            }
            WechatError::Dns { endpoint, host } => {
                msg!("wechat-dns", endpoint = endpoint, host = host)
            }
            WechatError::Tls { endpoint, detail } => {
                msg!("wechat-tls", endpoint = endpoint, detail = detail)
            }
            WechatError::Connect { endpoint, detail } => {
                msg!("wechat-connect", endpoint = endpoint, detail = detail)
            }
            WechatError::Network { endpoint, detail } => {
                msg!("wechat-network", endpoint = endpoint, detail = detail)
            }
            WechatError::BadBase(base) => msg!("wechat-bad-base", base = base),
            WechatError::Setup(detail) => msg!("wechat-setup", detail = detail),
            WechatError::Api {
                endpoint,
                errcode,
                errmsg,
                platform,
                ..
            } => msg!(
                "wechat-api",
                endpoint = endpoint,
                api = platform.spec().api_name.clone(),
                errcode = *errcode,
                errmsg = errmsg
            ),
        }
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

    /// What happened, in English, without the advice the full message ends with.
    pub fn detail(&self) -> String {
        self.detail_text().get(Lang::En)
    }
}

/// The meaning and the fix of a failure before WeChat answered.
fn transport_text(e: &WechatError) -> (Msg, Msg) {
    match e {
        WechatError::HttpStatus { .. } => (
            msg!("wechat-meaning-http-status"),
            msg!("wechat-fix-http-status"),
        ),
        WechatError::NotJson { .. } | WechatError::MissingField { .. } => (
            msg!("wechat-meaning-not-wechat"),
            msg!("wechat-fix-not-wechat"),
        ),
        WechatError::Timeout { .. } => (msg!("wechat-meaning-timeout"), msg!("wechat-fix-timeout")),
        WechatError::Dns { .. } => (msg!("wechat-meaning-dns"), msg!("wechat-fix-network")),
        WechatError::Tls { .. } => (msg!("wechat-meaning-tls"), msg!("wechat-fix-tls")),
        WechatError::Connect { .. } | WechatError::Network { .. } => {
            (msg!("wechat-meaning-connect"), msg!("wechat-fix-network"))
        }
        WechatError::Setup(_) => (msg!("wechat-meaning-setup"), msg!("wechat-fix-setup")),
        WechatError::BadBase(_) | WechatError::Api { .. } => {
            (msg!("wechat-meaning-bad-base"), msg!("wechat-fix-bad-base"))
        }
    }
}

//! A jsapi_ticket the user pasted (from the backend's logs or an admin page) as a profile's
//! ticket source: signing with the very ticket production used, with no WeChat call at all.
//!
//! The ticket is a credential: it lives in the secret store (service [`TICKET_SERVICE`], account
//! = appId) or, when the keyring is unusable, in memory for the session — never in
//! `profiles.toml`. With it we keep when it was pasted and when it stops working; WeChat tickets
//! last at most [`MAX_LIFETIME`] seconds from issue, so without a given lifetime the paste time
//! stands in for the issue time and the expiry is an estimate.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::core::text::{Lang, Msg, Text, msg};
use crate::i18n::Render;
use crate::platform::TicketKind;
use crate::profile::Profile;
use crate::secret::Secret;
use crate::secrets::{SecretError, Secrets, StoreHealth};
use crate::wechat::{ClientError, SourceFailure, TicketInfo, TicketOrigin};

/// Keyring service of pasted tickets; the account is the profile's appId.
pub const TICKET_SERVICE: &str = "wxsign-pasted-ticket";
/// A jsapi_ticket lives 7200 s from when WeChat issued it.
pub const MAX_LIFETIME: i64 = 7200;

/// A pasted ticket with its dates, as the secret store holds it (one JSON text, a secret as a
/// whole since it carries the ticket).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PastedTicket {
    /// Written to the store as plain text inside the JSON (the store entry is the secret);
    /// in memory a `Secret`, so a debug print shows `********`.
    #[serde(serialize_with = "reveal_str", deserialize_with = "secret_str")]
    ticket: Secret,
    /// Unix seconds of the paste.
    pub pasted_at: i64,
    /// Unix seconds when it stops working.
    pub expires_at: i64,
    /// True when no lifetime was given and `expires_at` assumes it was issued at the paste.
    pub estimated: bool,
}

impl PastedTicket {
    /// `expires_in` is the lifetime left as the user read it (at most 7200 s); `None` makes the
    /// paste time the issue time, an estimate.
    pub fn new(ticket: &Secret, now: i64, expires_in: Option<i64>) -> Result<Self, Msg> {
        let value = ticket.reveal().trim();
        if value.is_empty() || value.chars().any(char::is_whitespace) {
            return Err(msg!("pasted-ticket-malformed"));
        }
        if let Some(s) = expires_in
            && !(1..=MAX_LIFETIME).contains(&s)
        {
            return Err(msg!(
                "pasted-lifetime-impossible",
                seconds = s,
                max = MAX_LIFETIME
            ));
        }
        Ok(Self {
            ticket: Secret::new(value),
            pasted_at: now,
            expires_at: now + expires_in.unwrap_or(MAX_LIFETIME),
            estimated: expires_in.is_none(),
        })
    }

    pub fn ticket(&self) -> Secret {
        self.ticket.clone()
    }

    fn to_secret(&self) -> Result<Secret, SecretError> {
        serde_json::to_string(self)
            .map(Secret::new)
            .map_err(|e| SecretError::Failed(format!("encoding the pasted ticket: {e}")))
    }

    fn from_secret(s: &Secret, app_id: &str) -> Result<Self, SecretError> {
        serde_json::from_str(s.reveal()).map_err(|_| SecretError::Corrupt {
            service: TICKET_SERVICE.to_owned(),
            account: app_id.to_owned(),
        })
    }
}

fn reveal_str<S: serde::Serializer>(s: &Secret, ser: S) -> Result<S::Ok, S::Error> {
    ser.serialize_str(s.reveal())
}

fn secret_str<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Secret, D::Error> {
    <String as Deserialize>::deserialize(d).map(Secret::new)
}

/// Why a pasted-source profile has no ticket to sign with.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PastedError {
    #[error(
        "profile '{profile}' signs with a pasted ticket, but none is stored{}: paste one with `wxsign secret set --profile {profile} --ticket{}`",
        for_app(*.agent_id).en, agent_flag(*.agent_id)
    )]
    Missing {
        profile: String,
        /// The WeCom app whose agent ticket is missing; `None` for the (corp) jsapi ticket.
        agent_id: Option<u64>,
    },
    #[error(
        "the pasted ticket of profile '{profile}'{} expired at {at}: paste a fresh ticket with `wxsign secret set --profile {profile} --ticket{}`",
        for_app(*.agent_id).en, agent_flag(*.agent_id)
    )]
    Expired {
        profile: String,
        /// The time, with "(estimated ...)" when nobody gave the lifetime.
        at: String,
        agent_id: Option<u64>,
    },
    #[error(
        "a pasted ticket is a jsapi ticket: a wx_card ticket comes from the WeChat API (switch the profile's ticket source to wechat)"
    )]
    OnlyJsapi,
}

/// " for the agent ticket of app N", or nothing for the (corp) jsapi ticket.
fn for_app(agent_id: Option<u64>) -> Text {
    match agent_id {
        Some(id) => Text::new(
            format!(" for the agent ticket of app {id}"),
            format!("（应用 {id} 的应用票据）"),
        ),
        None => Text::new("", ""),
    }
}

/// The `--agent-id N` that pastes a WeCom app's agent ticket.
fn agent_flag(agent_id: Option<u64>) -> String {
    agent_id
        .map(|id| format!(" --agent-id {id}"))
        .unwrap_or_default()
}

impl PastedError {
    /// What happened to this profile's pasted ticket, without the fix.
    pub fn message(&self) -> Text {
        match self {
            PastedError::Missing { profile, agent_id } => {
                let app = for_app(*agent_id);
                Text::new(
                    format!(
                        "profile '{profile}' signs with a pasted ticket, but none is stored{}",
                        app.en
                    ),
                    format!(
                        "配置 '{profile}' 使用粘贴的票据签名，但没有保存票据{}",
                        app.zh
                    ),
                )
            }
            PastedError::Expired {
                profile,
                at,
                agent_id,
            } => {
                let app = for_app(*agent_id);
                Text::new(
                    format!(
                        "the pasted ticket of profile '{profile}'{} expired at {at}",
                        app.en
                    ),
                    format!("配置 '{profile}' 粘贴的票据{}已于 {at} 过期", app.zh),
                )
            }
            PastedError::OnlyJsapi => Text::new(
                "a pasted ticket is a jsapi ticket: a wx_card ticket comes from the WeChat API",
                "粘贴的票据是 jsapi 票据：wx_card 票据只能从微信接口获取",
            ),
        }
    }

    pub fn meaning(&self) -> Text {
        match self {
            PastedError::Missing { .. } => {
                Text::new("no pasted ticket is stored", "没有保存粘贴的票据")
            }
            PastedError::Expired { .. } => {
                Text::new("the pasted ticket has expired", "粘贴的票据已过期")
            }
            PastedError::OnlyJsapi => Text::new(
                "a pasted ticket cannot provide this",
                "粘贴的票据无法提供该凭据",
            ),
        }
    }

    pub fn fix(&self) -> Text {
        match self {
            PastedError::Missing { profile, agent_id }
            | PastedError::Expired {
                profile, agent_id, ..
            } => {
                let flag = agent_flag(*agent_id);
                Text::new(
                    format!(
                        "paste a fresh ticket: `wxsign secret set --profile {profile} --ticket{flag}` (or the profile editor)"
                    ),
                    format!(
                        "请粘贴新的票据：`wxsign secret set --profile {profile} --ticket{flag}`（或在配置编辑器中）"
                    ),
                )
            }
            PastedError::OnlyJsapi => Text::new(
                "fetch wx_card tickets from a profile whose ticket source is the WeChat API",
                "请用票据来源为微信接口的配置获取 wx_card 票据",
            ),
        }
    }
}

/// The pasted ticket of an appId: the session's first, then the store. Blocking (keyring).
pub fn load(secrets: &Secrets, app_id: &str) -> Result<Option<PastedTicket>, SecretError> {
    let stored = match secrets.session_entry(TICKET_SERVICE, app_id) {
        Some(s) => Some(s),
        None => secrets.store().get(TICKET_SERVICE, app_id)?,
    };
    stored
        .map(|s| PastedTicket::from_secret(&s, app_id))
        .transpose()
}

/// Stores a pasted ticket: in the keyring, or for this session only when asked or when no
/// keyring is usable — the appSecret's rules. Returns whether it persists. Blocking (keyring).
pub fn save(
    secrets: &Secrets,
    app_id: &str,
    pasted: &PastedTicket,
    session_only: bool,
) -> Result<bool, SecretError> {
    let value = pasted.to_secret()?;
    if session_only || matches!(secrets.health(), StoreHealth::Unavailable(_)) {
        secrets.set_session_entry(TICKET_SERVICE, app_id, value);
        return Ok(false);
    }
    secrets.store().set(TICKET_SERVICE, app_id, &value)?;
    secrets.remove_session_entry(TICKET_SERVICE, app_id);
    Ok(secrets.persistent())
}

/// Forgets the pasted ticket everywhere; `Ok(false)` when there was none. Blocking (keyring).
pub fn delete(secrets: &Secrets, app_id: &str) -> Result<bool, SecretError> {
    let had_session = secrets.remove_session_entry(TICKET_SERVICE, app_id);
    let had_stored = secrets.store().delete(TICKET_SERVICE, app_id)?;
    Ok(had_session || had_stored)
}

/// Where the pasted ticket of `kind` is kept: the appId (the corp ticket on WeCom), or for a
/// WeCom agent ticket the app's own entry `corpId/agentid` — one entry per ticket kind. Only
/// tickets that sign a config call can be pasted.
pub fn account(
    profile: &Profile,
    kind: TicketKind,
    agent_id: Option<u64>,
) -> Result<String, ClientError> {
    match profile.platform.ticket(kind.as_str()) {
        Some(t) if t.per_app => {
            let app = profile.app(agent_id)?;
            Ok(t.account(&profile.app_id, app.agent_id))
        }
        Some(t) if t.signs.is_some() => Ok(profile.app_id.clone()),
        _ => Err(PastedError::OnlyJsapi.into()),
    }
}

/// The pasted ticket kept at `account` (see [`account`]); `agent_id` names the app of a
/// per-app ticket in the messages.
pub async fn ticket_at(
    secrets: &Arc<Secrets>,
    profile: &Profile,
    (account, agent_id): (&str, Option<u64>),
    kind: TicketKind,
    now: i64,
) -> Result<TicketInfo, ClientError> {
    let s = Arc::clone(secrets);
    let id = account.to_owned();
    let pasted = tokio::task::spawn_blocking(move || load(&s, &id))
        .await
        .map_err(|e| ClientError::Internal(format!("a background task failed: {e}")))??
        .ok_or_else(|| PastedError::Missing {
            profile: profile.name.clone(),
            agent_id,
        })?;
    let mut info = info_for(&pasted, profile, agent_id, now)?;
    info.kind = kind;
    Ok(info)
}

/// The ticket info of a pasted ticket at `now`; an expired one is an error.
pub fn info(pasted: &PastedTicket, profile: &Profile, now: i64) -> Result<TicketInfo, ClientError> {
    info_for(pasted, profile, None, now)
}

/// [`info`] for the agent ticket of app `agent_id` (`None`: a ticket of the whole account).
fn info_for(
    pasted: &PastedTicket,
    profile: &Profile,
    agent_id: Option<u64>,
    now: i64,
) -> Result<TicketInfo, ClientError> {
    if now >= pasted.expires_at {
        return Err(PastedError::Expired {
            profile: profile.name.clone(),
            agent_id,
            at: format!(
                "{}{}",
                chrono::DateTime::from_timestamp(pasted.expires_at, 0)
                    .map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string())
                    .unwrap_or_else(|| pasted.expires_at.to_string()),
                if pasted.estimated {
                    " (estimated: 7200 s after it was pasted)"
                } else {
                    ""
                }
            ),
        }
        .into());
    }
    let mut warnings = Vec::new();
    if pasted.estimated {
        warnings.push(Text::new(
            "the pasted ticket's expiry is an estimate: it assumes WeChat issued it when it was pasted (it may stop working sooner)",
            "粘贴票据的过期时间是估算值：假定微信在粘贴时签发（可能更早失效）",
        ));
    }
    Ok(TicketInfo {
        ticket: pasted.ticket(),
        kind: TicketKind::Jsapi,
        expires_in: u64::try_from(pasted.expires_at - now).unwrap_or(0),
        fetched_at: pasted.pasted_at,
        from_cache: false,
        warnings,
        origin: TicketOrigin::Pasted {
            pasted_at: pasted.pasted_at,
            estimated: pasted.estimated,
        },
        agent_id,
    })
}

/// Stores a pasted ticket of `kind` (WeCom's agent ticket: of the app `agent_id`) from the
/// worker (the GUI's editor) and returns it as ticket info, so the top bar shows it at once.
pub async fn store(
    secrets: &Arc<Secrets>,
    profile: &Profile,
    (kind, agent_id): (TicketKind, Option<u64>),
    ticket: Secret,
    expires_in: Option<i64>,
    session_only: bool,
    now: i64,
) -> Result<TicketInfo, ClientError> {
    let account = account(profile, kind, agent_id)?;
    let pasted = PastedTicket::new(&ticket, now, expires_in)
        .map_err(|m| ClientError::Profile(m.get(Lang::En)))?;
    let s = Arc::clone(secrets);
    let p = pasted.clone();
    tokio::task::spawn_blocking(move || save(&s, &account, &p, session_only))
        .await
        .map_err(|e| ClientError::Internal(format!("a background task failed: {e}")))??;
    let app = match profile.platform.ticket(kind.as_str()) {
        Some(t) if t.per_app => Some(profile.app(agent_id)?.agent_id),
        _ => None,
    };
    let mut info = info_for(&pasted, profile, app, now)?;
    info.kind = kind;
    Ok(info)
}

impl From<PastedError> for ClientError {
    fn from(e: PastedError) -> Self {
        ClientError::Source(Box::new(SourceFailure {
            display: e.to_string(),
            // The fix has a line of its own: the message alone, not the full error again.
            errmsg: e.message().en,
            message: e.message(),
            meaning: e.meaning(),
            fix: e.fix(),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secrets::MemoryStore;

    fn secrets(health: StoreHealth) -> Secrets {
        Secrets::new(Arc::new(MemoryStore::default()), health, None)
    }

    #[test]
    fn lifetime_rules() {
        let t = Secret::new(" abc_DEF-1 \n");
        let p = PastedTicket::new(&t, 1000, None).unwrap();
        assert_eq!((p.expires_at, p.estimated), (8200, true));
        assert_eq!(p.ticket().reveal(), "abc_DEF-1");
        let p = PastedTicket::new(&t, 1000, Some(60)).unwrap();
        assert_eq!((p.expires_at, p.estimated), (1060, false));
        for bad in [Some(0), Some(7201), Some(-5)] {
            assert!(
                PastedTicket::new(&t, 1000, bad)
                    .unwrap_err()
                    .get(Lang::En)
                    .contains("7200")
            );
        }
        assert!(PastedTicket::new(&Secret::new("a b"), 0, None).is_err());
        assert!(PastedTicket::new(&Secret::new("  "), 0, None).is_err());
    }

    #[test]
    fn the_ticket_is_stored_as_text_and_debug_prints_hide_it() {
        let p = PastedTicket::new(&Secret::new("pasted-TICKET-9f2c"), 1000, None).unwrap();
        assert!(!format!("{p:?}").contains("pasted-TICKET-9f2c"), "{p:?}");
        // The store entry keeps the same JSON text as before: existing entries still read.
        let stored = p.to_secret().unwrap();
        assert_eq!(
            stored.reveal(),
            r#"{"ticket":"pasted-TICKET-9f2c","pasted_at":1000,"expires_at":8200,"estimated":true}"#
        );
        assert_eq!(PastedTicket::from_secret(&stored, "wx1").unwrap(), p);
    }

    #[test]
    fn store_session_fallback_and_expiry() {
        let prof = Profile::new("p", "wx1");
        let s = secrets(StoreHealth::MemoryByRequest);
        assert_eq!(load(&s, "wx1").unwrap(), None);
        let p = PastedTicket::new(&Secret::new("T1"), 100, None).unwrap();
        save(&s, "wx1", &p, false).unwrap();
        assert_eq!(load(&s, "wx1").unwrap(), Some(p.clone()));
        assert!(s.store().get(TICKET_SERVICE, "wx1").unwrap().is_some());
        let i = info(&p, &prof, 160).unwrap();
        assert_eq!((i.expires_in, i.fetched_at), (7140, 100));
        assert_eq!(i.warnings.len(), 1);
        let e = info(&p, &prof, 7300).unwrap_err().to_string();
        assert!(
            e.contains("paste a fresh ticket") && e.contains("estimated"),
            "{e}"
        );
        assert!(delete(&s, "wx1").unwrap());
        assert!(!delete(&s, "wx1").unwrap());

        // No keyring: kept for the session only, never in the store.
        let u = secrets(StoreHealth::Unavailable(Text::new("x", "x")));
        assert!(!save(&u, "wx1", &p, false).unwrap());
        assert_eq!(u.store().get(TICKET_SERVICE, "wx1").unwrap(), None);
        assert_eq!(load(&u, "wx1").unwrap(), Some(p));
    }
}

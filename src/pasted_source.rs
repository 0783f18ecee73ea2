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

use crate::core::text::{Arg, Lang, Msg, msg};
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
        serde_json::to_string(self).map(Secret::new).map_err(|e| {
            SecretError::Failed(msg!("pasted-encode-failed", error = e.to_string()).into())
        })
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
    Missing {
        profile: String,
        /// The WeCom app whose agent ticket is missing; `None` for the (corp) jsapi ticket.
        agent_id: Option<u64>,
    },
    Expired {
        profile: String,
        /// When it expired (`2026-05-01 10:00 UTC`).
        at: String,
        /// Nobody gave its lifetime: the time is 7200 s after it was pasted.
        estimated: bool,
        agent_id: Option<u64>,
    },
    OnlyJsapi,
}

/// The whole error in English, fix included, for logs and error chains.
impl std::fmt::Display for PastedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let full = msg!(
            "pasted-error-full",
            message = self.message(),
            fix = self.fix()
        );
        f.write_str(&full.get(Lang::En))
    }
}

/// " for the agent ticket of app N", or nothing for the (corp) jsapi ticket.
fn for_app(agent_id: Option<u64>) -> Arg {
    match agent_id {
        Some(id) => msg!("pasted-for-app", agent_id = id).into(),
        None => Arg::Str(String::new()),
    }
}

/// The `--agent-id N` that pastes a WeCom app's agent ticket.
fn agent_flag(agent_id: Option<u64>) -> String {
    agent_id
        .map(|id| format!(" --agent-id {id}"))
        .unwrap_or_default()
}

impl PastedError {
    /// When an expired ticket expired, said as an estimate when it is one.
    fn expiry(&self) -> Arg {
        match self {
            PastedError::Expired {
                at,
                estimated: true,
                ..
            } => msg!("pasted-expired-at-estimated", at = at).into(),
            PastedError::Expired { at, .. } => at.into(),
            _ => Arg::Str(String::new()),
        }
    }

    /// What happened to this profile's pasted ticket, without the fix.
    pub fn message(&self) -> Msg {
        match self {
            PastedError::Missing { profile, agent_id } => msg!(
                "pasted-missing",
                profile = profile,
                app = for_app(*agent_id)
            ),
            PastedError::Expired {
                profile, agent_id, ..
            } => msg!(
                "pasted-expired",
                profile = profile,
                app = for_app(*agent_id),
                at = self.expiry()
            ),
            PastedError::OnlyJsapi => msg!("pasted-only-jsapi"),
        }
    }

    pub fn meaning(&self) -> Msg {
        match self {
            PastedError::Missing { .. } => msg!("pasted-meaning-missing"),
            PastedError::Expired { .. } => msg!("pasted-meaning-expired"),
            PastedError::OnlyJsapi => msg!("pasted-meaning-only-jsapi"),
        }
    }

    pub fn fix(&self) -> Msg {
        match self {
            PastedError::Missing { profile, agent_id }
            | PastedError::Expired {
                profile, agent_id, ..
            } => msg!(
                "pasted-fix-paste",
                profile = profile,
                flag = agent_flag(*agent_id)
            ),
            PastedError::OnlyJsapi => msg!("pasted-fix-only-jsapi"),
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
            at: chrono::DateTime::from_timestamp(pasted.expires_at, 0)
                .map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string())
                .unwrap_or_else(|| pasted.expires_at.to_string()),
            estimated: pasted.estimated,
        }
        .into());
    }
    let mut warnings = Vec::new();
    if pasted.estimated {
        warnings.push(msg!("pasted-expiry-estimated"));
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
    let pasted = PastedTicket::new(&ticket, now, expires_in).map_err(ClientError::Profile)?;
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
            errmsg: e.message().get(Lang::En),
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
        let u = secrets(StoreHealth::Unavailable(msg!("secrets-status-checking")));
        assert!(!save(&u, "wx1", &p, false).unwrap());
        assert_eq!(u.store().get(TICKET_SERVICE, "wx1").unwrap(), None);
        assert_eq!(load(&u, "wx1").unwrap(), Some(p));
    }
}

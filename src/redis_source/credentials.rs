//! The Redis source behind [`crate::wechat::Credentials`]: what `ticket()` and `token()` return
//! for a profile whose ticket source is Redis. Never cached locally: production may rotate the
//! ticket at any time, and a read costs one round trip, not WeChat quota.

use std::sync::Arc;

use super::{RedisRead, RedisSourceError, Which};
use crate::core::stored::ExpirySource;
use crate::core::text::{Msg, msg};
use crate::profile::{Profile, RedisSettings};
use crate::secret::Secret;
use crate::secrets::Secrets;
use crate::wechat::{
    ClientError, LogEntry, LogSink, SourceFailure, TicketInfo, TicketKind, TicketOrigin,
    TokenEndpoint, TokenInfo,
};

/// The Redis password of the profile (env, then keyring), off the async threads.
pub async fn password_of(
    secrets: &Arc<Secrets>,
    app_id: &str,
) -> Result<Option<Secret>, ClientError> {
    let store = secrets.store();
    let id = app_id.to_owned();
    tokio::task::spawn_blocking(move || super::password(store.as_ref(), &id))
        .await
        .map_err(|e| ClientError::Internal(format!("a background task failed: {e}")))?
        .map_err(ClientError::from)
}

/// One read with a Log panel row: `REDIS GET key`, its time and outcome (never the value).
async fn logged_read(
    log: &LogSink,
    settings: &RedisSettings,
    which: Which,
    password: Option<&Secret>,
    profile: &Profile,
    now: i64,
) -> Result<RedisRead, RedisSourceError> {
    let started = std::time::Instant::now();
    let result = super::read(settings, which, password, profile.timeouts, now).await;
    let key = match which {
        Which::Ticket => settings.ticket_key.as_str(),
        Which::Token => settings.token_key.as_deref().unwrap_or("-"),
    };
    let outcome = match &result {
        Ok(r) => match r.expiry.remaining {
            Some(s) => format!("ok, {s} s left"),
            None => "ok, no expiry".to_owned(),
        },
        Err(e) => e.to_string(),
    };
    log(LogEntry {
        at: chrono::Utc::now(),
        method: "REDIS",
        endpoint: format!("GET {key}"),
        duration: started.elapsed(),
        http_status: None,
        errcode: None,
        attempt: 1,
        outcome,
    });
    result
}

/// The jsapi_ticket as production caches it.
pub async fn ticket(
    log: &LogSink,
    secrets: &Arc<Secrets>,
    profile: &Profile,
    settings: &RedisSettings,
    kind: TicketKind,
    now: i64,
) -> Result<TicketInfo, ClientError> {
    // The jsapi (WeCom: corp) ticket and WeCom's agent tickets are cached by backends; the card
    // ticket is not read from Redis.
    if kind == TicketKind::WxCard {
        return Err(RedisSourceError::OnlyJsapi.into());
    }
    let password = password_of(secrets, &profile.app_id).await?;
    let read = logged_read(
        log,
        settings,
        Which::Ticket,
        password.as_ref(),
        profile,
        now,
    )
    .await?;
    let (expires_in, warnings) = expiry_of(&read, "jsapi_ticket");
    Ok(TicketInfo {
        ticket: read.value,
        kind,
        expires_in,
        fetched_at: now,
        from_cache: false,
        warnings,
        origin: TicketOrigin::Redis {
            key: read.key,
            expiry: read.expiry.source,
        },
        agent_id: None,
    })
}

/// The access_token as production caches it (only with a token key).
pub async fn token(
    log: &LogSink,
    secrets: &Arc<Secrets>,
    profile: &Profile,
    settings: &RedisSettings,
    now: i64,
) -> Result<TokenInfo, ClientError> {
    let password = password_of(secrets, &profile.app_id).await?;
    let read = logged_read(log, settings, Which::Token, password.as_ref(), profile, now).await?;
    let (expires_in, warnings) = expiry_of(&read, "access_token");
    Ok(TokenInfo {
        access_token: read.value,
        expires_in,
        fetched_at: now,
        from_cache: false,
        endpoint: TokenEndpoint::Redis,
        warnings,
    })
}

fn expiry_of(read: &RedisRead, what: &str) -> (u64, Vec<Msg>) {
    let mut warnings = Vec::new();
    if read.expiry.expired {
        warnings.push(msg!(
            "redis-value-past-expiry",
            what = what,
            key = read.key.as_str()
        ));
    }
    if read.expiry.source == ExpirySource::Unknown {
        warnings.push(msg!(
            "redis-value-lifetime-unknown",
            what = what,
            key = read.key.as_str()
        ));
    }
    (read.expiry.remaining.unwrap_or(0), warnings)
}

impl From<RedisSourceError> for ClientError {
    fn from(e: RedisSourceError) -> Self {
        ClientError::Source(Box::new(SourceFailure {
            display: e.to_string(),
            errmsg: e.to_string(),
            message: e.text(),
            meaning: e.meaning(),
            fix: e.fix(),
        }))
    }
}

/// "Test connection" in the profile editor: connects and looks at the keys (TYPE and TTL, no
/// value read), with the password just typed or else the stored one.
pub async fn test_connection(
    secrets: &Arc<Secrets>,
    profile: &Profile,
    typed_password: Option<Secret>,
) -> Result<super::Probe, ClientError> {
    let Some(settings) = profile.ticket_source.redis() else {
        return Err(RedisSourceError::BadSettings(msg!("redis-not-the-source")).into());
    };
    let password = match typed_password {
        Some(p) => Some(p),
        None => password_of(secrets, &profile.app_id).await?,
    };
    Ok(super::probe(settings, password.as_ref(), profile.timeouts).await?)
}

/// Stores a profile's Redis password in the secret store (the keyring, or memory by request).
pub async fn store_password(
    secrets: &Arc<Secrets>,
    app_id: &str,
    password: Secret,
) -> Result<(), ClientError> {
    if let crate::secrets::StoreHealth::Unavailable(t) = secrets.health() {
        return Err(ClientError::Secret(
            crate::secrets::SecretError::Unavailable(t.clone()),
        ));
    }
    let store = secrets.store();
    let id = app_id.to_owned();
    tokio::task::spawn_blocking(move || store.set(super::PASSWORD_SERVICE, &id, &password))
        .await
        .map_err(|e| ClientError::Internal(format!("a background task failed: {e}")))?
        .map_err(ClientError::from)
}

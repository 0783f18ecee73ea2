//! Errors of the Redis reader, each with its meaning and fix in both languages. None carries the
//! password or the credential: values appear only as the redacted preview of `core::stored`.

use std::time::Duration;

use crate::core::stored::ValueError;
use crate::core::text::{Lang, Msg, msg};
use crate::i18n::Render;

/// Why the ticket (or token) could not be read from Redis.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RedisSourceError {
    BadSettings(Msg),
    Refused { addr: String },
    Timeout { addr: String, after: Duration },
    Connect { addr: String, detail: String },
    Tls { addr: String, detail: String },
    NoPassword { addr: String },
    AuthFailed { addr: String, code: String },
    NoPermission { addr: String, command: String },
    MissingKey { addr: String, db: i64, key: String },
    WrongType { key: String, found: String },
    Value { key: String, source: ValueError },
    NoTokenKey,
    OnlyJsapi,
    Other { addr: String, detail: String },
}

/// The English sentence, for logs and error chains.
impl std::fmt::Display for RedisSourceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text().get(Lang::En))
    }
}

impl RedisSourceError {
    /// What happened and what to do, in one sentence.
    pub fn text(&self) -> Msg {
        match self {
            RedisSourceError::BadSettings(m) => m.clone(),
            RedisSourceError::Refused { addr } => msg!("redis-error-refused", addr = addr),
            RedisSourceError::Timeout { addr, after } => {
                msg!("redis-error-timeout", addr = addr, ms = after.as_millis())
            }
            RedisSourceError::Connect { addr, detail } => {
                msg!("redis-error-connect", addr = addr, detail = detail)
            }
            RedisSourceError::Tls { addr, detail } => {
                msg!("redis-error-tls", addr = addr, detail = detail)
            }
            RedisSourceError::NoPassword { addr } => msg!("redis-error-no-password", addr = addr),
            RedisSourceError::AuthFailed { addr, code } => {
                msg!("redis-error-auth-failed", addr = addr, code = code)
            }
            RedisSourceError::NoPermission { addr, command } => {
                msg!("redis-error-no-permission", addr = addr, command = command)
            }
            RedisSourceError::MissingKey { addr, db, key } => {
                msg!("redis-error-missing-key", addr = addr, db = *db, key = key)
            }
            RedisSourceError::WrongType { key, found } => {
                msg!("redis-error-wrong-type", key = key, found = found)
            }
            RedisSourceError::Value { key, source } => {
                msg!("redis-error-value", key = key, problem = source.text())
            }
            RedisSourceError::NoTokenKey => msg!("redis-error-no-token-key"),
            RedisSourceError::OnlyJsapi => msg!("redis-error-only-jsapi"),
            RedisSourceError::Other { addr, detail } => {
                msg!("redis-error-other", addr = addr, detail = detail)
            }
        }
    }

    /// A short meaning for the `{"error": …}` report.
    pub fn meaning(&self) -> Msg {
        match self {
            RedisSourceError::BadSettings(_) => msg!("redis-meaning-bad-settings"),
            RedisSourceError::Refused { .. }
            | RedisSourceError::Timeout { .. }
            | RedisSourceError::Connect { .. }
            | RedisSourceError::Other { .. } => msg!("redis-meaning-unreachable"),
            RedisSourceError::Tls { .. } => msg!("redis-meaning-tls"),
            RedisSourceError::NoPassword { .. } | RedisSourceError::AuthFailed { .. } => {
                msg!("redis-meaning-auth")
            }
            RedisSourceError::NoPermission { .. } => msg!("redis-meaning-no-permission"),
            RedisSourceError::MissingKey { .. } => msg!("redis-meaning-missing-key"),
            RedisSourceError::WrongType { .. } => msg!("redis-meaning-wrong-type"),
            RedisSourceError::Value { .. } => msg!("redis-meaning-value"),
            RedisSourceError::NoTokenKey | RedisSourceError::OnlyJsapi => {
                msg!("redis-meaning-cannot-provide")
            }
        }
    }

    /// Only what to do, for the `fix:` line under the full message.
    pub fn fix(&self) -> Msg {
        match self {
            RedisSourceError::BadSettings(_) => msg!("redis-fix-bad-settings"),
            RedisSourceError::Refused { .. }
            | RedisSourceError::Timeout { .. }
            | RedisSourceError::Connect { .. }
            | RedisSourceError::Other { .. } => msg!("redis-fix-unreachable"),
            RedisSourceError::Tls { .. } => msg!("redis-fix-tls"),
            RedisSourceError::NoPassword { .. } | RedisSourceError::AuthFailed { .. } => {
                msg!("redis-fix-auth")
            }
            RedisSourceError::NoPermission { .. } => msg!("redis-fix-no-permission"),
            RedisSourceError::MissingKey { .. } => msg!("redis-fix-missing-key"),
            RedisSourceError::WrongType { .. } => msg!("redis-fix-wrong-type"),
            RedisSourceError::Value { .. } => msg!("redis-fix-value"),
            RedisSourceError::NoTokenKey => msg!("redis-fix-no-token-key"),
            RedisSourceError::OnlyJsapi => msg!("redis-fix-only-jsapi"),
        }
    }
}

//! The production backend's Redis as a read-only ticket source (issue 6): the very ticket
//! production signs with, without spending WeChat quota or touching the production token.
//!
//! Read-only by construction: this module sends GET, TTL, TYPE and EXISTS, plus what the
//! connection itself needs (AUTH when there is a password, SELECT for a db other than 0). The
//! client library's `CLIENT SETINFO` is switched off so nothing else reaches the server. The
//! value formats and expiry live in the pure `core::stored`.

mod credentials;
mod error;

use redis::aio::MultiplexedConnection;
use redis::{AsyncConnectionConfig, IntoConnectionInfo, RedisError};

pub use credentials::{
    store_password, test_connection, ticket as ticket_from, token as token_from,
};
pub use error::RedisSourceError;

use crate::core::stored::{self, Expiry, KeyTtl, ValueFormat};
use crate::profile::{RedisSettings, Timeouts};
use crate::secret::Secret;
use crate::secrets::{SecretError, SecretStore};

/// Keyring service of Redis passwords; the account is the profile's appId.
pub const PASSWORD_SERVICE: &str = "wxsign-redis";
/// The Redis password for CI and scripts; wins over the keyring.
pub const PASSWORD_ENV: &str = "WXSIGN_REDIS_PASSWORD";

/// Which credential to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Which {
    Ticket,
    Token,
}

/// A credential read from Redis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RedisRead {
    pub value: Secret,
    pub expiry: Expiry,
    pub key: String,
}

/// What "test connection" found for one key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyProbe {
    pub key: String,
    /// Redis's TYPE answer: `string` is what wxsign reads; `none` means no such key.
    pub kind: String,
    /// The key's TTL; `None` when the key does not exist.
    pub ttl: Option<KeyTtl>,
}

/// What "test connection" found: the server answered, and the state of the configured keys.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Probe {
    pub addr: String,
    pub ticket: KeyProbe,
    pub token: Option<KeyProbe>,
    /// WeCom: each app's agent ticket key, in agentid order.
    pub agent_tickets: Vec<KeyProbe>,
}

/// The Redis password of a profile: `WXSIGN_REDIS_PASSWORD`, else the keyring. `Ok(None)` when
/// there is none (a server without a password needs none). Blocking (keyring).
pub fn password(store: &dyn SecretStore, app_id: &str) -> Result<Option<Secret>, SecretError> {
    if let Some(p) = std::env::var(PASSWORD_ENV).ok().filter(|p| !p.is_empty()) {
        return Ok(Some(Secret::new(p)));
    }
    store.get(PASSWORD_SERVICE, app_id)
}

/// Reads the ticket (or token) and its expiry. `now` is Unix seconds, for `update_time`.
pub async fn read(
    settings: &RedisSettings,
    which: Which,
    password: Option<&Secret>,
    timeouts: Timeouts,
    now: i64,
) -> Result<RedisRead, RedisSourceError> {
    let (key, format) = match which {
        Which::Ticket => (settings.ticket_key.clone(), settings.format.clone()),
        Which::Token => (
            settings
                .token_key
                .clone()
                .ok_or(RedisSourceError::NoTokenKey)?,
            settings.token_format(),
        ),
    };
    let target = Target::new(settings, timeouts)?;
    let work = async {
        let mut con = target.connect(password).await?;
        target.read_key(&mut con, &key, &format, now).await
    };
    target.within(work).await
}

/// Connects and looks at the configured keys (TYPE and TTL only; the values are not read).
pub async fn probe(
    settings: &RedisSettings,
    password: Option<&Secret>,
    timeouts: Timeouts,
) -> Result<Probe, RedisSourceError> {
    let target = Target::new(settings, timeouts)?;
    let work = async {
        let mut con = target.connect(password).await?;
        let ticket = target.probe_key(&mut con, &settings.ticket_key).await?;
        let token = match &settings.token_key {
            Some(k) => Some(target.probe_key(&mut con, k).await?),
            None => None,
        };
        let mut agent_tickets = Vec::new();
        for key in settings.agent_ticket_keys.values() {
            agent_tickets.push(target.probe_key(&mut con, key).await?);
        }
        Ok(Probe {
            addr: target.addr.clone(),
            ticket,
            token,
            agent_tickets,
        })
    };
    target.within(work).await
}

/// One server as the messages name it: `host:port`, never the user or a password.
struct Target {
    info: redis::ConnectionInfo,
    addr: String,
    db: i64,
    timeouts: Timeouts,
}

/// The connection step in error messages (AUTH and SELECT happen there).
const CONNECT: &str = "connect (AUTH/SELECT)";

impl Target {
    fn new(settings: &RedisSettings, timeouts: Timeouts) -> Result<Self, RedisSourceError> {
        settings.validate().map_err(RedisSourceError::BadSettings)?;
        let info = settings
            .url
            .trim()
            .into_connection_info()
            .map_err(|e| RedisSourceError::BadSettings(bad_url(&settings.url, &e)))?;
        let addr = info.addr().to_string();
        let db = info.redis_settings().db();
        Ok(Self {
            info,
            addr,
            db,
            timeouts,
        })
    }

    async fn within<T>(
        &self,
        work: impl Future<Output = Result<T, RedisSourceError>>,
    ) -> Result<T, RedisSourceError> {
        let after = self.timeouts.total();
        tokio::time::timeout(after, work).await.unwrap_or_else(|_| {
            Err(RedisSourceError::Timeout {
                addr: self.addr.clone(),
                after,
            })
        })
    }

    async fn connect(
        &self,
        password: Option<&Secret>,
    ) -> Result<MultiplexedConnection, RedisSourceError> {
        let mut redis_settings = self.info.redis_settings().clone().set_skip_set_lib_name();
        if let Some(p) = password {
            redis_settings = redis_settings.set_password(p.reveal());
        }
        let info = self.info.clone().set_redis_settings(redis_settings);
        let client = redis::Client::open(info).map_err(|e| self.map_err(&e, CONNECT))?;
        let config = AsyncConnectionConfig::new()
            .set_connection_timeout(Some(self.timeouts.connect()))
            .set_response_timeout(Some(self.timeouts.total()));
        client
            .get_multiplexed_async_connection_with_config(&config)
            .await
            .map_err(|e| self.map_err(&e, CONNECT))
    }

    async fn key_type(
        &self,
        con: &mut MultiplexedConnection,
        key: &str,
    ) -> Result<String, RedisSourceError> {
        redis::cmd("TYPE")
            .arg(key)
            .query_async(con)
            .await
            .map_err(|e| self.map_err(&e, "TYPE"))
    }

    async fn ttl(
        &self,
        con: &mut MultiplexedConnection,
        key: &str,
    ) -> Result<Option<KeyTtl>, RedisSourceError> {
        let ttl: i64 = redis::cmd("TTL")
            .arg(key)
            .query_async(con)
            .await
            .map_err(|e| self.map_err(&e, "TTL"))?;
        Ok(KeyTtl::from_reply(ttl))
    }

    async fn read_key(
        &self,
        con: &mut MultiplexedConnection,
        key: &str,
        format: &ValueFormat,
        now: i64,
    ) -> Result<RedisRead, RedisSourceError> {
        let kind = self.key_type(con, key).await?;
        match kind.as_str() {
            "string" => {}
            "none" => return Err(self.missing(key)),
            _ => {
                return Err(RedisSourceError::WrongType {
                    key: key.to_owned(),
                    found: kind,
                });
            }
        }
        let raw: Option<Vec<u8>> = redis::cmd("GET")
            .arg(key)
            .query_async(con)
            .await
            .map_err(|e| self.map_err(&e, "GET"))?;
        // The backend may delete or rotate the key between TYPE and GET.
        let raw = raw.ok_or_else(|| self.missing(key))?;
        let ttl = self.ttl(con, key).await?.ok_or_else(|| self.missing(key))?;
        let stored =
            stored::parse_value(&raw, format).map_err(|source| RedisSourceError::Value {
                key: key.to_owned(),
                source,
            })?;
        Ok(RedisRead {
            expiry: stored::expiry(&stored, ttl, now),
            value: stored.value,
            key: key.to_owned(),
        })
    }

    async fn probe_key(
        &self,
        con: &mut MultiplexedConnection,
        key: &str,
    ) -> Result<KeyProbe, RedisSourceError> {
        let exists: i64 = redis::cmd("EXISTS")
            .arg(key)
            .query_async(con)
            .await
            .map_err(|e| self.map_err(&e, "EXISTS"))?;
        if exists == 0 {
            return Ok(KeyProbe {
                key: key.to_owned(),
                kind: "none".to_owned(),
                ttl: None,
            });
        }
        let kind = self.key_type(con, key).await?;
        let ttl = self.ttl(con, key).await?;
        Ok(KeyProbe {
            key: key.to_owned(),
            kind,
            ttl,
        })
    }

    fn missing(&self, key: &str) -> RedisSourceError {
        RedisSourceError::MissingKey {
            addr: self.addr.clone(),
            db: self.db,
            key: key.to_owned(),
        }
    }

    fn map_err(&self, e: &RedisError, command: &str) -> RedisSourceError {
        let addr = self.addr.clone();
        if e.is_connection_refusal() {
            return RedisSourceError::Refused { addr };
        }
        if e.is_timeout() {
            let after = if command == CONNECT {
                self.timeouts.connect()
            } else {
                self.timeouts.total()
            };
            return RedisSourceError::Timeout { addr, after };
        }
        match e.code() {
            Some("NOAUTH") => return RedisSourceError::NoPassword { addr },
            Some("WRONGPASS") => {
                return RedisSourceError::AuthFailed {
                    addr,
                    code: "WRONGPASS".to_owned(),
                };
            }
            Some("NOPERM") => {
                return RedisSourceError::NoPermission {
                    addr,
                    command: command.to_owned(),
                };
            }
            _ => {}
        }
        if e.kind() == redis::ErrorKind::AuthenticationFailed {
            return RedisSourceError::AuthFailed {
                addr,
                code: "authentication failed".to_owned(),
            };
        }
        if e.is_io_error() {
            let detail = e.to_string();
            // rustls reports certificate and handshake problems as I/O errors.
            let lower = detail.to_ascii_lowercase();
            if lower.contains("certificate") || lower.contains("tls") || lower.contains("handshake")
            {
                return RedisSourceError::Tls { addr, detail };
            }
            return RedisSourceError::Connect { addr, detail };
        }
        RedisSourceError::Other {
            addr,
            detail: format!("{command} failed: {e}"),
        }
    }
}

fn bad_url(url: &str, e: &RedisError) -> crate::core::text::Msg {
    crate::core::text::msg!("redis-url-unusable", url = url, error = e.to_string())
}

//! Token and ticket with the cache in front: the one path both the CLI and the worker use.
//! Secret store and cache calls may block (keyring over D-Bus), so they run on tokio's blocking
//! pool.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use serde::Serialize;

use super::{ClientError, LogSink, RetryPolicy, TicketKind, TokenEndpoint, WechatClient};
use crate::cache::CredentialCache;
use crate::core::stored::ExpirySource;
use crate::core::text::{Msg, msg};
use crate::core::verify::TicketCandidate;
use crate::profile::{Profile, Timeouts, TokenMode};
use crate::secret::Secret;
use crate::secrets::Secrets;

mod cached;
mod spec;
mod wecom;

use cached::{CacheSlot, TokenSlot};

/// Unix seconds now; injected so tests can move time.
pub type Clock = Arc<dyn Fn() -> i64 + Send + Sync>;

pub fn system_clock() -> Clock {
    Arc::new(|| chrono::Utc::now().timestamp())
}

/// Per-request choices.
#[derive(Clone, Debug, Default)]
pub struct FetchOptions {
    /// Overrides the profile's API base (`--api-base`).
    pub api_base: Option<String>,
    /// Rotate the stable token (`force_refresh:true`, 20 a day). Explicit request only.
    pub force_refresh: bool,
    /// An appSecret for this call only (`--secret-stdin`).
    pub secret: Option<Secret>,
    /// WeCom: the app (agentid) whose token and agent ticket are meant; the profile's first
    /// app when `None`. Ignored for Official Accounts.
    pub agent_id: Option<u64>,
}

/// An access_token and where it came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TokenInfo {
    #[serde(skip)]
    pub access_token: Secret,
    /// Seconds left.
    pub expires_in: u64,
    /// Unix seconds.
    pub fetched_at: i64,
    pub from_cache: bool,
    pub endpoint: TokenEndpoint,
    /// Shown every time: legacy mode and forced refreshes have side effects.
    #[serde(skip)]
    pub warnings: Vec<Msg>,
}

/// A ticket and where it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TicketInfo {
    pub ticket: Secret,
    pub kind: TicketKind,
    pub expires_in: u64,
    pub fetched_at: i64,
    pub from_cache: bool,
    pub warnings: Vec<Msg>,
    /// Which source answered (`crate::tickets::Source`).
    pub origin: TicketOrigin,
    /// The app a per-app ticket (WeCom's agent ticket) belongs to; `None` for a ticket of the
    /// whole account.
    pub agent_id: Option<u64>,
}

/// Where a ticket came from, for the top bar and `wxsign ticket`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TicketOrigin {
    #[default]
    Wechat,
    /// WeCom's API (`get_jsapi_ticket`, `ticket/get?type=agent_config`).
    Wecom,
    /// The API of a platform whose API is data (DingTalk, Feishu).
    Platform { platform: crate::platform::Platform },
    Redis {
        key: String,
        /// What `expires_in` is based on; `unknown` means it is 0 because nothing says.
        expiry: ExpirySource,
    },
    /// Pasted by the user (`crate::pasted_source`).
    Pasted {
        /// Unix seconds of the paste.
        pasted_at: i64,
        /// The expiry assumes the ticket was issued when it was pasted.
        estimated: bool,
    },
}

impl TicketOrigin {
    /// A short label, e.g. `Redis wx:ticket (TTL)`.
    pub fn label(&self) -> Msg {
        match self {
            TicketOrigin::Wechat => crate::platform::Platform::OfficialAccount
                .spec()
                .api_source_label
                .clone(),
            TicketOrigin::Wecom => crate::platform::Platform::Wecom
                .spec()
                .api_source_label
                .clone(),
            TicketOrigin::Platform { platform } => platform.spec().api_source_label.clone(),
            TicketOrigin::Redis { key, expiry } => {
                let basis = match expiry {
                    ExpirySource::Value => msg!("wechat-origin-redis-update-time"),
                    ExpirySource::KeyTtl => msg!("wechat-origin-redis-ttl"),
                    ExpirySource::Unknown => msg!("wechat-origin-redis-no-expiry"),
                };
                msg!("wechat-origin-redis", key = key, basis = basis)
            }
            TicketOrigin::Pasted { .. } => msg!("wechat-origin-pasted"),
        }
    }
}

/// Fetches and caches credentials for any profile.
pub struct Credentials {
    secrets: Arc<Secrets>,
    cache: Arc<CredentialCache>,
    log: LogSink,
    clock: Clock,
    retry: RetryPolicy,
    /// One HTTP client per API base and timeouts: token and ticket calls share its connection
    /// pool instead of a new TLS handshake each.
    clients: Mutex<HashMap<(String, Timeouts, crate::platform::Platform), Arc<WechatClient>>>,
}

impl Credentials {
    pub fn new(secrets: Arc<Secrets>, cache: Arc<CredentialCache>, log: LogSink) -> Self {
        Self {
            secrets,
            cache,
            log,
            clock: system_clock(),
            retry: RetryPolicy::default(),
            clients: Mutex::new(HashMap::new()),
        }
    }

    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    pub fn with_retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        if let Ok(mut c) = self.clients.lock() {
            c.clear();
        }
        self
    }

    /// Unix seconds on this service's clock (the one expiries are computed with).
    pub fn now(&self) -> i64 {
        (self.clock)()
    }

    pub fn secrets(&self) -> &Arc<Secrets> {
        &self.secrets
    }

    pub fn cache(&self) -> &Arc<CredentialCache> {
        &self.cache
    }

    /// Where each HTTP (and Redis) call is reported.
    pub fn log(&self) -> &LogSink {
        &self.log
    }

    fn client(
        &self,
        profile: &Profile,
        opts: &FetchOptions,
    ) -> Result<Arc<WechatClient>, ClientError> {
        let base = opts.api_base.as_deref().unwrap_or(&profile.api_base);
        crate::profile::check_api_base_for(base, profile.platform).map_err(ClientError::Profile)?;
        let key = (base.to_owned(), profile.timeouts, profile.platform);
        if let Some(c) = self.clients.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return Ok(c);
        }
        let client = Arc::new(
            WechatClient::new(
                base,
                profile.timeouts,
                Arc::clone(&self.log),
                self.retry.clone(),
            )?
            .with_platform(profile.platform),
        );
        if let Ok(mut m) = self.clients.lock() {
            m.insert(key, Arc::clone(&client));
        }
        Ok(client)
    }

    /// An Official Account's access_token: from the cache while fresh, else through
    /// `stable_token` (or `cgi-bin/token` in legacy mode). Concurrent calls for one appId share
    /// one fetch. Only `crate::tickets` calls it; everyone else asks `Credentials::token`.
    pub(crate) async fn api_token(
        &self,
        profile: &Profile,
        opts: &FetchOptions,
    ) -> Result<TokenInfo, ClientError> {
        let endpoint = match profile.token_mode {
            TokenMode::Stable => TokenEndpoint::StableToken,
            TokenMode::Legacy => TokenEndpoint::Token,
        };
        // Only a token from this API base and this profile's token mode.
        let slot = TokenSlot {
            key: profile.app_id.clone(),
            endpoint,
            api_base: api_base(profile, opts),
        };
        let app_id = &profile.app_id;
        let mut info = self
            .token_through_cache(slot, opts.force_refresh, async {
                let secret = self.app_secret(app_id, opts).await?;
                let client = self.client(profile, opts)?;
                Ok(match profile.token_mode {
                    TokenMode::Stable => {
                        client
                            .stable_token(app_id, &secret, opts.force_refresh)
                            .await?
                    }
                    TokenMode::Legacy => client.legacy_token(app_id, &secret).await?,
                })
            })
            .await?;
        // Said each time a token is fetched: legacy mode and forced refreshes have side effects.
        if !info.from_cache {
            match profile.token_mode {
                TokenMode::Stable if opts.force_refresh => {
                    info.warnings.push(force_refresh_warning());
                }
                TokenMode::Stable => {}
                TokenMode::Legacy => info.warnings.push(legacy_warning()),
            }
        }
        Ok(info)
    }

    /// An Official Account's ticket of `kind`: from the cache while fresh, else `getticket`
    /// with the (cached) access_token. Only `crate::tickets` calls it.
    pub(crate) async fn api_ticket(
        &self,
        profile: &Profile,
        kind: TicketKind,
        opts: &FetchOptions,
    ) -> Result<TicketInfo, ClientError> {
        let slot = CacheSlot {
            key: profile.app_id.clone(),
            token_key: profile.app_id.clone(),
            kind,
            api_base: api_base(profile, opts),
            endpoint: "getticket".to_owned(),
            origin: TicketOrigin::Wechat,
        };
        self.ticket_through_cache(&slot, async {
            let token_opts = FetchOptions {
                force_refresh: false,
                ..opts.clone()
            };
            let token = self.api_token(profile, &token_opts).await?;
            let client = self.client(profile, opts)?;
            Ok((
                client.ticket(&token.access_token, kind).await,
                token.warnings,
            ))
        })
        .await
    }

    /// The verifier's ticket candidates for an appId (current, stale, wx_card).
    pub async fn candidates(&self, app_id: &str) -> Result<Vec<TicketCandidate>, ClientError> {
        let cache = Arc::clone(&self.cache);
        let id = app_id.to_owned();
        blocking(move || cache.candidates(&id)).await
    }

    async fn app_secret(&self, app_id: &str, opts: &FetchOptions) -> Result<Secret, ClientError> {
        if let Some(s) = &opts.secret {
            return Ok(s.clone());
        }
        let secrets = Arc::clone(&self.secrets);
        let id = app_id.to_owned();
        match blocking(move || secrets.app_secret(&id)).await?? {
            Some((s, _)) => Ok(s),
            None => Err(ClientError::NoSecret {
                app_id: app_id.to_owned(),
                keyring: !matches!(
                    self.secrets.health(),
                    crate::secrets::StoreHealth::Unavailable(_)
                ),
            }),
        }
    }
}

/// The API base a request goes to, as the cache records it (no trailing slash).
fn api_base(profile: &Profile, opts: &FetchOptions) -> String {
    opts.api_base
        .as_deref()
        .unwrap_or(&profile.api_base)
        .trim_end_matches('/')
        .to_owned()
}

/// Shown each time legacy mode calls `cgi-bin/token`.
pub fn legacy_warning() -> Msg {
    msg!("wechat-legacy-token-warning")
}

/// Shown for `--force-refresh`.
pub fn force_refresh_warning() -> Msg {
    msg!("wechat-force-refresh-warning")
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, ClientError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| ClientError::Internal(format!("a background task failed: {e}")))
}

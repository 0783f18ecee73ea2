//! The one ticket path both APIs share (Official Account getticket, WeCom's corp and agent
//! tickets): the cached ticket while fresh, else the API's answer put through the cache — a
//! token the API calls dead is dropped so the next request fetches a new one, a ticket is kept
//! with its expiry. What differs between the platforms is data in a [`CacheSlot`].

use std::sync::Arc;

use super::{Credentials, TicketInfo, TokenInfo, blocking};
use crate::cache::Cached;
use crate::core::text::Msg;
use crate::wechat::{
    ClientError, Fetched, TicketKind, TicketOrigin, TokenEndpoint, WechatError, errcode,
};

/// Where one API ticket is cached and whose token fetches it.
pub(super) struct CacheSlot {
    /// The ticket's cache entry: the appId or corpId, or `corpId/agentid` for an agent ticket.
    pub(super) key: String,
    /// The cache entry of the token the ticket is fetched with: dropped when the API calls that
    /// token dead (40001, 40014, 42001).
    pub(super) token_key: String,
    pub(super) kind: TicketKind,
    /// The API base the ticket comes from; a ticket cached from another base is not used.
    pub(super) api_base: String,
    /// The endpoint the cache records (`getticket`, `get_jsapi_ticket`, `ticket/get`).
    pub(super) endpoint: String,
    pub(super) origin: TicketOrigin,
}

impl CacheSlot {
    /// The lock concurrent requests for this ticket share, so they make one fetch.
    pub(super) fn flight(&self, c: &Credentials) -> Arc<tokio::sync::Mutex<()>> {
        c.cache
            .flight(&format!("{}/ticket/{}", self.key, self.kind.as_str()))
    }
}

/// Where one token is cached: its entry, the endpoint it must come from, the API base.
pub(super) struct TokenSlot {
    /// The cache entry: the appId, appKey, `cli_…` app id, or `corpId/agentid`.
    pub(super) key: String,
    pub(super) endpoint: TokenEndpoint,
    pub(super) api_base: String,
}

impl Credentials {
    /// The token of `slot`: the cached one while fresh, from the same API base and endpoint
    /// (unless `force_refresh`), else `fetch`'s answer, cached. Concurrent calls for one entry
    /// share one fetch.
    pub(super) async fn token_through_cache<F>(
        &self,
        slot: TokenSlot,
        force_refresh: bool,
        fetch: F,
    ) -> Result<TokenInfo, ClientError>
    where
        F: std::future::Future<Output = Result<Fetched, ClientError>>,
    {
        let flight = self.cache.flight(&format!("{}/token", slot.key));
        let _guard = flight.lock().await;
        let now = (self.clock)();
        if !force_refresh {
            let cache = Arc::clone(&self.cache);
            let (key, base) = (slot.key.clone(), slot.api_base.clone());
            let endpoint = slot.endpoint.as_str();
            let found = blocking(move || {
                cache
                    .token(&key, now)
                    .filter(|c| c.api_base == base && c.endpoint == endpoint)
            });
            if let Some(c) = found.await? {
                return Ok(TokenInfo {
                    access_token: c.value.clone(),
                    expires_in: c.remaining(now),
                    fetched_at: c.fetched_at,
                    from_cache: true,
                    endpoint: slot.endpoint,
                    warnings: Vec::new(),
                });
            }
        }
        let fetched = fetch.await?;
        let fetched_at = (self.clock)();
        let cached = Cached {
            value: fetched.value.clone(),
            fetched_at,
            expires_in: fetched.expires_in,
            endpoint: slot.endpoint.as_str().to_owned(),
            api_base: slot.api_base,
        };
        let cache = Arc::clone(&self.cache);
        let key = slot.key;
        blocking(move || cache.put_token(&key, cached)).await?;
        Ok(TokenInfo {
            access_token: fetched.value,
            expires_in: fetched.expires_in,
            fetched_at,
            from_cache: false,
            endpoint: slot.endpoint,
            warnings: Vec::new(),
        })
    }

    /// The ticket of `slot`: the cached one while fresh, else `fetch`'s answer (the API's reply
    /// and the warnings of the token it used) through [`Self::keep_ticket`]. Concurrent calls for
    /// one ticket share one fetch.
    pub(super) async fn ticket_through_cache<F>(
        &self,
        slot: &CacheSlot,
        fetch: F,
    ) -> Result<TicketInfo, ClientError>
    where
        F: std::future::Future<
                Output = Result<(Result<Fetched, WechatError>, Vec<Msg>), ClientError>,
            >,
    {
        let flight = slot.flight(self);
        let _guard = flight.lock().await;
        if let Some(cached) = self.cached_ticket(slot).await? {
            return Ok(cached);
        }
        let (answer, warnings) = fetch.await?;
        let mut info = self.keep_ticket(slot, answer).await?;
        info.warnings = warnings;
        Ok(info)
    }

    /// The cached ticket of `slot`, while it is fresh and from the same API base.
    pub(super) async fn cached_ticket(
        &self,
        slot: &CacheSlot,
    ) -> Result<Option<TicketInfo>, ClientError> {
        let now = (self.clock)();
        let cache = Arc::clone(&self.cache);
        let (key, kind, wanted) = (slot.key.clone(), slot.kind, slot.api_base.clone());
        let found = blocking(move || {
            cache
                .ticket(&key, kind, now)
                .filter(|c| c.api_base == wanted)
        })
        .await?;
        Ok(found.map(|c| TicketInfo {
            ticket: c.value.clone(),
            kind,
            expires_in: c.remaining(now),
            fetched_at: c.fetched_at,
            from_cache: true,
            warnings: Vec::new(),
            origin: slot.origin.clone(),
            agent_id: None,
        }))
    }

    /// What the ticket API answered, through the cache: on an errcode that means the token is
    /// dead the token is dropped (the next request fetches a new one) and the error returned;
    /// a ticket is cached under `slot` and returned as fetched now.
    pub(super) async fn keep_ticket(
        &self,
        slot: &CacheSlot,
        answer: Result<Fetched, WechatError>,
    ) -> Result<TicketInfo, ClientError> {
        let fetched = match answer {
            Ok(f) => f,
            Err(e) => {
                if let WechatError::Api { errcode: c, .. } = &e
                    && errcode::token_is_dead(*c)
                {
                    let cache = Arc::clone(&self.cache);
                    let token_key = slot.token_key.clone();
                    blocking(move || cache.drop_token(&token_key)).await?;
                }
                return Err(e.into());
            }
        };
        let fetched_at = (self.clock)();
        let cached = Cached {
            value: fetched.value.clone(),
            fetched_at,
            expires_in: fetched.expires_in,
            endpoint: slot.endpoint.clone(),
            api_base: slot.api_base.clone(),
        };
        let cache = Arc::clone(&self.cache);
        let (key, kind) = (slot.key.clone(), slot.kind);
        blocking(move || cache.put_ticket(&key, kind, cached)).await?;
        Ok(TicketInfo {
            ticket: fetched.value,
            kind,
            expires_in: fetched.expires_in,
            fetched_at,
            from_cache: false,
            warnings: Vec::new(),
            origin: slot.origin.clone(),
            agent_id: None,
        })
    }
}

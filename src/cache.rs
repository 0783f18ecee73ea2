//! The token and ticket cache: per appId (each value remembers its API base and endpoint, and the
//! service only reuses one that matches the request), reused until 5 minutes before expiry, kept in the secret
//! store (the keyring, service `wxsign-cache`, one JSON entry per appId) so it survives restarts
//! without ever being plaintext on disk. When the store is memory, so is the cache.
//!
//! It also keeps the last few tickets per appId: the verifier tries them as stale candidates.
//! And it hands out one lock per credential so concurrent requests share a single fetch.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};

use crate::core::verify::{TicketCandidate, TicketOrigin};
use crate::platform::TicketKind;
use crate::secret::Secret;
use crate::secrets::{CACHE_SERVICE, SecretStore};

/// Credentials are refetched this many seconds before WeChat says they expire.
pub const REFRESH_MARGIN_SECS: i64 = 300;
/// Tickets kept per appId and type, newest first.
pub const TICKET_HISTORY: usize = 5;

/// The cache entry an hourly quota is counted in for `key` (a corpId, or `corpId/agentid`):
/// apart from the credentials, so deleting a secret's cached token does not reset the count
/// WeCom keeps.
pub fn quota_key(key: &str) -> String {
    format!("{key}#quota")
}

/// A cached credential. `value` is only ever serialized into the secret store.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cached {
    #[serde(with = "secret_string")]
    pub value: Secret,
    /// Unix seconds.
    pub fetched_at: i64,
    pub expires_in: u64,
    /// `stable_token`, `token` or `getticket`.
    pub endpoint: String,
    /// The API base it came from: a credential from a mock or a proxy is never served for
    /// another base. Empty in entries written before it was recorded (never matches).
    #[serde(default)]
    pub api_base: String,
}

impl Cached {
    pub fn expires_at(&self) -> i64 {
        self.fetched_at
            .saturating_add(i64::try_from(self.expires_in).unwrap_or(i64::MAX))
    }

    /// Still usable at `now`: more than [`REFRESH_MARGIN_SECS`] before expiry.
    pub fn is_fresh(&self, now: i64) -> bool {
        now >= self.fetched_at && now < self.expires_at().saturating_sub(REFRESH_MARGIN_SECS)
    }

    /// Seconds left until WeChat expires it (0 when past).
    pub fn remaining(&self, now: i64) -> u64 {
        u64::try_from(self.expires_at().saturating_sub(now)).unwrap_or(0)
    }
}

mod secret_string {
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::secret::Secret;

    pub fn serialize<S: Serializer>(s: &Secret, ser: S) -> Result<S::Ok, S::Error> {
        ser.serialize_str(s.reveal())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(de: D) -> Result<Secret, D::Error> {
        String::deserialize(de).map(Secret::new)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
struct AppEntry {
    #[serde(default)]
    token: Option<Cached>,
    /// By ticket type (`jsapi`, `wx_card`, `agent_config`), newest first.
    #[serde(default)]
    tickets: BTreeMap<String, Vec<Cached>>,
    /// Unix seconds of the ticket fetches of the last hour, for quotas counted per hour
    /// (WeCom: 400 per corp, 100 per app).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    fetches: Vec<i64>,
}

/// The cache. Methods are blocking (the store may be the keyring): call them off the UI thread.
pub struct CredentialCache {
    store: Arc<dyn SecretStore>,
    entries: Mutex<HashMap<String, AppEntry>>,
    flights: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
}

impl CredentialCache {
    pub fn new(store: Arc<dyn SecretStore>) -> Self {
        Self {
            store,
            entries: Mutex::new(HashMap::new()),
            flights: Mutex::new(HashMap::new()),
        }
    }

    /// Whether the cache survives a restart.
    pub fn persistent(&self) -> bool {
        self.store.persistent()
    }

    /// The lock that serialises fetches of one credential (`"wx1/token"`, `"wx1/ticket/jsapi"`):
    /// whoever waits on it finds the first caller's result in the cache.
    pub fn flight(&self, key: &str) -> Arc<tokio::sync::Mutex<()>> {
        match self.flights.lock() {
            Ok(mut map) => Arc::clone(map.entry(key.to_owned()).or_default()),
            Err(_) => Arc::new(tokio::sync::Mutex::new(())),
        }
    }

    /// The access_token, if still fresh at `now`.
    pub fn token(&self, app_id: &str, now: i64) -> Option<Cached> {
        self.with_entry(app_id, |e| e.token.clone())
            .filter(|c| c.is_fresh(now))
    }

    pub fn put_token(&self, app_id: &str, token: Cached) {
        self.update(app_id, |e| e.token = Some(token));
    }

    /// Forgets the token (WeChat said it is dead: 40001, 40014, 42001).
    pub fn drop_token(&self, app_id: &str) {
        self.update(app_id, |e| e.token = None);
    }

    /// The newest ticket of `kind`, if still fresh at `now`.
    pub fn ticket(&self, app_id: &str, kind: TicketKind, now: i64) -> Option<Cached> {
        self.with_entry(app_id, |e| {
            e.tickets
                .get(kind.as_str())
                .and_then(|v| v.first().cloned())
        })
        .filter(|c| c.is_fresh(now))
    }

    /// Records a new ticket at the head of the history (a repeat of the newest is not added twice).
    pub fn put_ticket(&self, app_id: &str, kind: TicketKind, ticket: Cached) {
        self.update(app_id, |e| {
            let list = e.tickets.entry(kind.as_str().to_owned()).or_default();
            list.retain(|c| c.value != ticket.value);
            list.insert(0, ticket);
            list.truncate(TICKET_HISTORY);
        });
    }

    /// Every ticket of `kind` we remember, newest first.
    pub fn ticket_history(&self, app_id: &str, kind: TicketKind) -> Vec<Cached> {
        self.with_entry(app_id, |e| {
            e.tickets.get(kind.as_str()).cloned().unwrap_or_default()
        })
    }

    /// The verifier's candidates: the newest jsapi ticket as `Current`, older ones as `Stale`, and
    /// the newest `wx_card` ticket as `WxCard`.
    pub fn candidates(&self, app_id: &str) -> Vec<TicketCandidate> {
        let mut out = Vec::new();
        for (i, c) in self
            .ticket_history(app_id, TicketKind::Jsapi)
            .into_iter()
            .enumerate()
        {
            let origin = if i == 0 {
                TicketOrigin::Current
            } else {
                TicketOrigin::Stale {
                    fetched_at: Some(c.fetched_at),
                }
            };
            out.push(TicketCandidate {
                ticket: c.value,
                origin,
            });
        }
        if let Some(c) = self
            .ticket_history(app_id, TicketKind::WxCard)
            .into_iter()
            .next()
        {
            out.push(TicketCandidate {
                ticket: c.value,
                origin: TicketOrigin::WxCard,
            });
        }
        out
    }

    /// Ticket fetches recorded for `key` in the hour before `now`.
    pub fn fetches_in_hour(&self, key: &str, now: i64) -> usize {
        self.with_entry(key, |e| {
            e.fetches
                .iter()
                .filter(|t| now - **t < 3600 && **t <= now)
                .count()
        })
    }

    /// Records a ticket fetch for `key` at `now` and returns the fetches of the last hour,
    /// this one included. Older records are dropped.
    pub fn record_fetch(&self, key: &str, now: i64) -> usize {
        let mut count = 0;
        self.update(key, |e| {
            e.fetches.retain(|t| now - *t < 3600 && *t <= now);
            e.fetches.push(now);
            count = e.fetches.len();
        });
        count
    }

    /// Forgets everything about `app_id`, here and in the store.
    pub fn clear(&self, app_id: &str) {
        if let Ok(mut map) = self.entries.lock() {
            map.remove(app_id);
        }
        let _ = self.store.delete(CACHE_SERVICE, app_id);
    }

    fn with_entry<T: Default>(&self, app_id: &str, f: impl FnOnce(&AppEntry) -> T) -> T {
        let Ok(mut map) = self.entries.lock() else {
            return T::default();
        };
        if !map.contains_key(app_id) {
            let loaded = self.load(app_id);
            map.insert(app_id.to_owned(), loaded);
        }
        map.get(app_id).map(f).unwrap_or_default()
    }

    fn update(&self, app_id: &str, f: impl FnOnce(&mut AppEntry)) {
        let Ok(mut map) = self.entries.lock() else {
            return;
        };
        if !map.contains_key(app_id) {
            let loaded = self.load(app_id);
            map.insert(app_id.to_owned(), loaded);
        }
        if let Some(entry) = map.get_mut(app_id) {
            f(entry);
            // A store that fails (a locked keyring) leaves the cache in memory: the fetch that
            // produced the value still succeeded.
            if let Ok(json) = serde_json::to_string(entry) {
                let _ = self.store.set(CACHE_SERVICE, app_id, &Secret::new(json));
            }
        }
    }

    fn load(&self, app_id: &str) -> AppEntry {
        match self.store.get(CACHE_SERVICE, app_id) {
            Ok(Some(json)) => serde_json::from_str(json.reveal()).unwrap_or_default(),
            _ => AppEntry::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secrets::MemoryStore;

    fn cached(v: &str, at: i64) -> Cached {
        Cached {
            value: Secret::new(v),
            fetched_at: at,
            expires_in: 7200,
            endpoint: "getticket".into(),
            api_base: "http://base".into(),
        }
    }

    #[test]
    fn freshness_ends_five_minutes_before_expiry() {
        let c = cached("t", 1_000);
        assert!(c.is_fresh(1_000));
        assert!(c.is_fresh(1_000 + 7200 - 301));
        assert!(!c.is_fresh(1_000 + 7200 - 300));
        assert!(!c.is_fresh(999), "a clock that went back is not trusted");
        assert_eq!(c.remaining(1_200), 7000);
        assert_eq!(c.remaining(100_000), 0);
    }

    #[test]
    fn survives_a_restart_through_the_store() {
        let store: Arc<dyn SecretStore> = Arc::new(MemoryStore::default());
        let a = CredentialCache::new(Arc::clone(&store));
        a.put_token(
            "wx1",
            Cached {
                endpoint: "stable_token".into(),
                ..cached("tok", 0)
            },
        );
        a.put_ticket("wx1", TicketKind::Jsapi, cached("t1", 0));
        let b = CredentialCache::new(store);
        assert_eq!(b.token("wx1", 10).unwrap().value.reveal(), "tok");
        assert_eq!(
            b.ticket("wx1", TicketKind::Jsapi, 10)
                .unwrap()
                .value
                .reveal(),
            "t1"
        );
        assert!(b.ticket("wx1", TicketKind::WxCard, 10).is_none());
        b.drop_token("wx1");
        assert!(b.token("wx1", 10).is_none());
    }

    #[test]
    fn fetches_are_counted_per_hour_and_survive_a_restart() {
        let store: Arc<dyn SecretStore> = Arc::new(MemoryStore::default());
        let c = CredentialCache::new(Arc::clone(&store));
        assert_eq!(c.fetches_in_hour("ww1", 10_000), 0);
        assert_eq!(c.record_fetch("ww1", 6_000), 1);
        assert_eq!(c.record_fetch("ww1", 9_000), 2);
        assert_eq!(c.record_fetch("ww1/1000002", 9_000), 1);
        let again = CredentialCache::new(store);
        assert_eq!(again.fetches_in_hour("ww1", 9_500), 2);
        // An hour after the first fetch it no longer counts.
        assert_eq!(again.fetches_in_hour("ww1", 9_600), 1);
        assert_eq!(again.record_fetch("ww1", 12_599), 2);
    }

    #[test]
    fn history_keeps_the_last_tickets_as_candidates() {
        let c = CredentialCache::new(Arc::new(MemoryStore::default()));
        for i in 0..7 {
            c.put_ticket("wx1", TicketKind::Jsapi, cached(&format!("t{i}"), i));
        }
        c.put_ticket("wx1", TicketKind::Jsapi, cached("t6", 6));
        c.put_ticket("wx1", TicketKind::WxCard, cached("card", 3));
        let h = c.ticket_history("wx1", TicketKind::Jsapi);
        assert_eq!(h.len(), TICKET_HISTORY);
        assert_eq!(h[0].value.reveal(), "t6");
        let cands = c.candidates("wx1");
        assert_eq!(cands[0].origin, TicketOrigin::Current);
        assert_eq!(
            cands[1].origin,
            TicketOrigin::Stale {
                fetched_at: Some(5)
            }
        );
        assert_eq!(cands.last().unwrap().origin, TicketOrigin::WxCard);
        assert_eq!(cands.len(), TICKET_HISTORY + 1);
    }
}

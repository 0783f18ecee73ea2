//! The credentials service against the mock: stable_token semantics, the cache, single flight.

use std::sync::{Arc, Mutex};
use std::time::Duration;
use wxsign::core::text::Lang;
use wxsign::i18n::Render;

use wiremock::matchers::{body_partial_json, method, path};
use wiremock::{Mock, MockServer};
use wxsign::cache::CredentialCache;
use wxsign::profile::{Profile, TokenMode};
use wxsign::secret::Secret;
use wxsign::secrets::{MemoryStore, SecretStore, Secrets, StoreHealth};
use wxsign::wechat::{Credentials, FetchOptions, LogEntry, RetryPolicy, TicketKind, TokenEndpoint};

use crate::cli::mock_wechat::*;

pub struct Rig {
    pub creds: Credentials,
    pub logs: Arc<Mutex<Vec<LogEntry>>>,
    pub profile: Profile,
}

pub fn rig_with(base: &str, store: Arc<dyn SecretStore>) -> Rig {
    let logs = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&logs);
    let secrets = Arc::new(Secrets::new(
        Arc::clone(&store),
        StoreHealth::MemoryByRequest,
        None,
    ));
    secrets
        .set_persistent(APP_ID, &Secret::new(APP_SECRET))
        .unwrap();
    let creds = Credentials::new(
        secrets,
        Arc::new(CredentialCache::new(store)),
        Arc::new(move |e| sink.lock().unwrap().push(e)),
    )
    .with_retry(RetryPolicy {
        busy_delay: Duration::from_millis(10),
        network_backoff: vec![Duration::from_millis(10), Duration::from_millis(20)],
    });
    let mut profile = Profile::new("test", APP_ID);
    profile.api_base = base.to_owned();
    Rig {
        creds,
        logs,
        profile,
    }
}

pub fn rig(base: &str) -> Rig {
    rig_with(base, Arc::new(MemoryStore::default()))
}

#[tokio::test]
async fn stable_token_then_ticket_then_cache() {
    let server = happy(None).await;
    let r = rig(&server.uri());
    let opts = FetchOptions::default();
    let t = r
        .creds
        .ticket(&r.profile, TicketKind::Jsapi, &opts)
        .await
        .unwrap();
    assert_eq!(t.ticket.reveal(), TICKET);
    assert!(!t.from_cache);
    // The token request is the stable one, without a forced refresh.
    let body = seen(&server).await;
    assert!(body.contains(r#""force_refresh":false"#), "{body}");
    assert!(body.contains(r#""grant_type":"client_credential""#));
    let again = r
        .creds
        .ticket(&r.profile, TicketKind::Jsapi, &opts)
        .await
        .unwrap();
    assert!(again.from_cache);
    let tok = r.creds.token(&r.profile, &opts).await.unwrap();
    assert!(tok.from_cache);
    assert_eq!(tok.endpoint, TokenEndpoint::StableToken);
    assert_eq!(calls(&server, STABLE).await, 1);
    assert_eq!(calls(&server, GETTICKET).await, 1);
    assert_eq!(
        calls(&server, LEGACY).await,
        0,
        "never cgi-bin/token by default"
    );
    // One log entry per HTTP call, no credential in any of them.
    let logs = r.logs.lock().unwrap().clone();
    assert_eq!(logs.len(), 2);
    assert_eq!(logs[0].endpoint, STABLE);
    assert_eq!(logs[0].http_status, Some(200));
    assert_eq!(logs[1].errcode, Some(0));
    for l in &logs {
        let line = l.line();
        for s in [APP_SECRET, TOKEN, TICKET] {
            assert!(!line.contains(s), "{line}");
        }
    }
}

#[tokio::test]
async fn concurrent_requests_share_one_fetch() {
    let server = happy(Some(Duration::from_millis(150))).await;
    let r = rig(&server.uri());
    let opts = FetchOptions::default();
    let (a, b, c) = tokio::join!(
        r.creds.ticket(&r.profile, TicketKind::Jsapi, &opts),
        r.creds.ticket(&r.profile, TicketKind::Jsapi, &opts),
        r.creds.token(&r.profile, &opts),
    );
    assert_eq!(a.unwrap().ticket.reveal(), TICKET);
    assert_eq!(b.unwrap().ticket.reveal(), TICKET);
    assert_eq!(c.unwrap().access_token.reveal(), TOKEN);
    assert_eq!(calls(&server, STABLE).await, 1);
    assert_eq!(calls(&server, GETTICKET).await, 1);
}

#[tokio::test]
async fn cache_survives_a_restart_with_the_same_store() {
    let server = happy(None).await;
    let store: Arc<dyn SecretStore> = Arc::new(MemoryStore::default());
    let first = rig_with(&server.uri(), Arc::clone(&store));
    first
        .creds
        .ticket(&first.profile, TicketKind::Jsapi, &FetchOptions::default())
        .await
        .unwrap();
    let second = rig_with(&server.uri(), store);
    let t = second
        .creds
        .ticket(&second.profile, TicketKind::Jsapi, &FetchOptions::default())
        .await
        .unwrap();
    assert!(t.from_cache);
    assert_eq!(calls(&server, GETTICKET).await, 1);
    let cands = second.creds.candidates(APP_ID).await.unwrap();
    assert_eq!(cands.len(), 1);
    assert_eq!(cands[0].ticket.reveal(), TICKET);
}

#[tokio::test]
async fn expired_cache_is_refetched() {
    let server = happy(None).await;
    let now = Arc::new(Mutex::new(1_000_000i64));
    let clock_now = Arc::clone(&now);
    let mut r = rig(&server.uri());
    r.creds = r
        .creds
        .with_clock(Arc::new(move || *clock_now.lock().unwrap()));
    let opts = FetchOptions::default();
    r.creds.token(&r.profile, &opts).await.unwrap();
    *now.lock().unwrap() += 7200 - 301;
    assert!(r.creds.token(&r.profile, &opts).await.unwrap().from_cache);
    *now.lock().unwrap() += 1;
    assert!(!r.creds.token(&r.profile, &opts).await.unwrap().from_cache);
    assert_eq!(calls(&server, STABLE).await, 2);
}

#[tokio::test]
async fn force_refresh_and_legacy_mode() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(STABLE))
        .and(body_partial_json(
            serde_json::json!({"force_refresh": true}),
        ))
        .respond_with(ok_token("ROTATED_TOKEN_x"))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(LEGACY))
        .respond_with(ok_token("LEGACY_TOKEN_y"))
        .mount(&server)
        .await;
    let mut r = rig(&server.uri());
    let forced = FetchOptions {
        force_refresh: true,
        ..FetchOptions::default()
    };
    let t = r.creds.token(&r.profile, &forced).await.unwrap();
    assert_eq!(t.access_token.reveal(), "ROTATED_TOKEN_x");
    assert!(t.warnings[0].get(Lang::En).contains("20 a day"));

    r.profile.app_id = "wxlegacy".into();
    r.profile.token_mode = TokenMode::Legacy;
    let opts = FetchOptions {
        secret: Some(Secret::new(APP_SECRET)),
        ..FetchOptions::default()
    };
    let t = r.creds.token(&r.profile, &opts).await.unwrap();
    assert_eq!(t.endpoint, TokenEndpoint::Token);
    assert!(t.warnings[0].get(Lang::En).contains("5 minutes"));
    assert_eq!(calls(&server, LEGACY).await, 1);
    // The secret travels in the legacy query string but never reaches a log line.
    assert!(seen(&server).await.contains(APP_SECRET));
    for l in r.logs.lock().unwrap().iter() {
        assert!(!l.line().contains(APP_SECRET));
    }
}

/// A keyring that refuses everything, as a locked one does.
struct LockedStore;

impl SecretStore for LockedStore {
    fn get(&self, _: &str, _: &str) -> Result<Option<Secret>, wxsign::secrets::SecretError> {
        Err(locked())
    }
    fn set(&self, _: &str, _: &str, _: &Secret) -> Result<(), wxsign::secrets::SecretError> {
        Err(locked())
    }
    fn delete(&self, _: &str, _: &str) -> Result<bool, wxsign::secrets::SecretError> {
        Err(locked())
    }
    fn persistent(&self) -> bool {
        true
    }
}

fn locked() -> wxsign::secrets::SecretError {
    wxsign::secrets::SecretError::Unavailable(wxsign::secrets::unavailable_text("locked"))
}

#[tokio::test]
async fn a_locked_keyring_keeps_the_cache_in_memory_and_says_why_without_a_secret() {
    let server = happy(None).await;
    let store: Arc<dyn SecretStore> = Arc::new(LockedStore);
    let mut profile = Profile::new("x", APP_ID);
    profile.api_base = server.uri();
    // With the secret from the environment, fetching works and the cache still serves reuse.
    let with_env = Credentials::new(
        Arc::new(Secrets::new(
            Arc::clone(&store),
            StoreHealth::Keyring,
            Some(Secret::new(APP_SECRET)),
        )),
        Arc::new(CredentialCache::new(Arc::clone(&store))),
        wxsign::wechat::no_log(),
    );
    let opts = FetchOptions::default();
    assert!(
        !with_env
            .ticket(&profile, TicketKind::Jsapi, &opts)
            .await
            .unwrap()
            .from_cache
    );
    assert!(
        with_env
            .ticket(&profile, TicketKind::Jsapi, &opts)
            .await
            .unwrap()
            .from_cache
    );
    assert_eq!(calls(&server, GETTICKET).await, 1);
    // Without one, the error is the keyring's, with its fix, and nothing is sent.
    let without = Credentials::new(
        Arc::new(Secrets::new(Arc::clone(&store), StoreHealth::Keyring, None)),
        Arc::new(CredentialCache::new(store)),
        wxsign::wechat::no_log(),
    );
    profile.app_id = "wxother".into();
    let err = without.token(&profile, &opts).await.unwrap_err();
    assert!(
        err.report().fix(Lang::En).contains("no usable OS keyring"),
        "{err:?}"
    );
    assert_eq!(calls(&server, STABLE).await, 1);
}

/// QA finding 13: a ticket or token from one API base (a mock) is never served for another, and
/// a token from stable_token is not served to a profile switched to legacy mode.
#[tokio::test]
async fn cache_is_per_api_base_and_token_mode() {
    let mock = happy(None).await;
    let real = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(STABLE))
        .respond_with(ok_token("OTHER_TOKEN_FROM_THE_SECOND_BASE_0123456789"))
        .mount(&real)
        .await;
    Mock::given(method("GET"))
        .and(path(LEGACY))
        .respond_with(ok_token("LEGACY_TOKEN_0123456789_0123456789_0123456"))
        .mount(&real)
        .await;
    Mock::given(method("GET"))
        .and(path(GETTICKET))
        .respond_with(ok_ticket("REAL_TICKET_0123456789"))
        .mount(&real)
        .await;
    let mut r = rig(&real.uri());
    let on_mock = FetchOptions {
        api_base: Some(format!("{}/", mock.uri())),
        ..FetchOptions::default()
    };
    let t = r
        .creds
        .ticket(&r.profile, TicketKind::Jsapi, &on_mock)
        .await
        .unwrap();
    assert_eq!(t.ticket.reveal(), TICKET);
    // The same base (trailing slash or not) is served from the cache.
    let again = FetchOptions {
        api_base: Some(mock.uri()),
        ..FetchOptions::default()
    };
    let t = r
        .creds
        .ticket(&r.profile, TicketKind::Jsapi, &again)
        .await
        .unwrap();
    assert!(t.from_cache);
    // The profile's own base: fetched there, not the mock's ticket.
    let opts = FetchOptions::default();
    let t = r
        .creds
        .ticket(&r.profile, TicketKind::Jsapi, &opts)
        .await
        .unwrap();
    assert!(!t.from_cache);
    assert_eq!(t.ticket.reveal(), "REAL_TICKET_0123456789");
    assert_eq!(calls(&real, STABLE).await, 1);
    // Switched to legacy mode: the stable token is not served as if it came from cgi-bin/token.
    r.profile.token_mode = TokenMode::Legacy;
    let tok = r.creds.token(&r.profile, &opts).await.unwrap();
    assert!(!tok.from_cache);
    assert_eq!(tok.endpoint, TokenEndpoint::Token);
    assert_eq!(calls(&real, LEGACY).await, 1);
}

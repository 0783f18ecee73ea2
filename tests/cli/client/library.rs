//! The credentials service against the mock: stable_token semantics, cache, single flight,
//! errcodes, retries and transport failures.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use wiremock::matchers::{body_partial_json, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};
use wxsign::cache::CredentialCache;
use wxsign::profile::{Profile, Timeouts, TokenMode};
use wxsign::secret::Secret;
use wxsign::secrets::{MemoryStore, SecretStore, Secrets, StoreHealth};
use wxsign::wechat::{
    ClientError, Credentials, FetchOptions, LogEntry, RetryPolicy, TicketKind, TokenEndpoint,
    WechatError,
};

use crate::cli::mock_wechat::*;

struct Rig {
    creds: Credentials,
    logs: Arc<Mutex<Vec<LogEntry>>>,
    profile: Profile,
}

fn rig_with(base: &str, store: Arc<dyn SecretStore>) -> Rig {
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

fn rig(base: &str) -> Rig {
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
    assert!(t.warnings[0].en.contains("20 a day"));

    r.profile.app_id = "wxlegacy".into();
    r.profile.token_mode = TokenMode::Legacy;
    let opts = FetchOptions {
        secret: Some(Secret::new(APP_SECRET)),
        ..FetchOptions::default()
    };
    let t = r.creds.token(&r.profile, &opts).await.unwrap();
    assert_eq!(t.endpoint, TokenEndpoint::Token);
    assert!(t.warnings[0].en.contains("5 minutes"));
    assert_eq!(calls(&server, LEGACY).await, 1);
    // The secret travels in the legacy query string but never reaches a log line.
    assert!(seen(&server).await.contains(APP_SECRET));
    for l in r.logs.lock().unwrap().iter() {
        assert!(!l.line().contains(APP_SECRET));
    }
}

/// Mounts `resp` on stable_token and returns the error the token request gives.
async fn token_error(resp: ResponseTemplate, timeouts: Option<Timeouts>) -> (ClientError, usize) {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(STABLE))
        .respond_with(resp)
        .mount(&server)
        .await;
    let mut r = rig(&server.uri());
    if let Some(t) = timeouts {
        r.profile.timeouts = t;
    }
    let err = r
        .creds
        .token(&r.profile, &FetchOptions::default())
        .await
        .unwrap_err();
    (err, calls(&server, STABLE).await)
}

#[tokio::test]
async fn each_errcode_family_is_typed_and_never_retried() {
    for code in [
        40001, 40013, 40125, 40243, 41004, 45009, 45011, 50004, 61024, 89503, 89507,
    ] {
        let (err, n) = token_error(errcode(code, "some errmsg"), None).await;
        assert_eq!(err.errcode(), Some(code));
        assert_eq!(n, 1, "errcode {code} must not be retried");
        let rep = err.report();
        assert!(!rep.meaning.en.is_empty() && !rep.meaning.zh.is_empty());
        assert!(!rep.fix.en.is_empty() && !rep.fix.zh.is_empty());
        assert_eq!(rep.errmsg, "some errmsg");
    }
}

#[tokio::test]
async fn ip_whitelist_error_shows_the_callers_ip() {
    let (err, _) = token_error(
        errcode(
            40164,
            "invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist rid: 1",
        ),
        None,
    )
    .await;
    let rep = err.report();
    assert!(rep.fix.en.contains("203.0.113.7"), "{:?}", rep.fix);
    assert!(rep.fix.zh.contains("IP白名单"));
}

#[tokio::test]
async fn busy_is_retried_once() {
    let server = MockServer::start().await;
    Mock::given(path(STABLE))
        .respond_with(errcode(-1, "system error"))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(path(STABLE))
        .respond_with(ok_token(TOKEN))
        .with_priority(2)
        .mount(&server)
        .await;
    let r = rig(&server.uri());
    let t = r
        .creds
        .token(&r.profile, &FetchOptions::default())
        .await
        .unwrap();
    assert_eq!(t.access_token.reveal(), TOKEN);
    assert_eq!(calls(&server, STABLE).await, 2);
    let logs = r.logs.lock().unwrap().clone();
    assert_eq!(
        logs.iter()
            .map(|l| (l.attempt, l.errcode))
            .collect::<Vec<_>>(),
        vec![(1, Some(-1)), (2, None)]
    );

    // Busy twice: one retry only, then the error.
    let (err, n) = token_error(errcode(-1, "system error"), None).await;
    assert_eq!((err.errcode(), n), (Some(-1), 2));
}

#[tokio::test]
async fn non_json_http_500_and_missing_fields() {
    let (err, _) = token_error(
        ResponseTemplate::new(200).set_body_raw("<html>Portal login</html>", "text/html"),
        None,
    )
    .await;
    assert!(
        matches!(&err, ClientError::Wechat(WechatError::NotJson { content_type, .. }) if content_type == "text/html"),
        "{err:?}"
    );

    let (err, n) = token_error(ResponseTemplate::new(500), None).await;
    assert!(
        matches!(
            err,
            ClientError::Wechat(WechatError::HttpStatus { status: 500, .. })
        ),
        "{err:?}"
    );
    assert_eq!(n, 1);

    let (err, _) = token_error(
        ResponseTemplate::new(200).set_body_json(serde_json::json!({"expires_in": 7200})),
        None,
    )
    .await;
    assert!(matches!(
        err,
        ClientError::Wechat(WechatError::MissingField {
            field: "access_token",
            ..
        })
    ));
}

#[tokio::test]
async fn a_slow_server_times_out_with_the_profiles_timeout() {
    let (err, _) = token_error(
        ok_token(TOKEN).set_delay(Duration::from_secs(3)),
        Some(Timeouts {
            connect_ms: 200,
            total_ms: 200,
        }),
    )
    .await;
    match err {
        ClientError::Wechat(WechatError::Timeout { after, .. }) => {
            assert_eq!(after, Duration::from_millis(200))
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn connection_refused_is_retried_twice_then_reported() {
    // Bind then drop a listener: nothing answers on that port.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let r = rig(&format!("http://127.0.0.1:{port}"));
    let err = r
        .creds
        .token(&r.profile, &FetchOptions::default())
        .await
        .unwrap_err();
    assert!(
        matches!(err, ClientError::Wechat(WechatError::Connect { .. })),
        "{err:?}"
    );
    let attempts: Vec<u32> = r.logs.lock().unwrap().iter().map(|l| l.attempt).collect();
    assert_eq!(attempts, vec![1, 2, 3]);
    assert!(
        r.logs
            .lock()
            .unwrap()
            .iter()
            .all(|l| l.http_status.is_none())
    );
}

#[tokio::test]
async fn unresolvable_host_is_a_dns_error() {
    let r = rig("http://wxsign-test.invalid");
    let err = r
        .creds
        .token(&r.profile, &FetchOptions::default())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, ClientError::Wechat(WechatError::Dns { host, .. }) if host == "wxsign-test.invalid"),
        "{err:?}"
    );
}

#[tokio::test]
async fn a_dead_token_is_dropped_so_the_next_click_refetches() {
    let server = MockServer::start().await;
    Mock::given(path(STABLE))
        .respond_with(ok_token(TOKEN))
        .mount(&server)
        .await;
    Mock::given(path(GETTICKET))
        .respond_with(errcode(
            40001,
            "invalid credential, access_token is invalid or not latest",
        ))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(path(GETTICKET))
        .respond_with(ok_ticket(TICKET))
        .with_priority(2)
        .mount(&server)
        .await;
    let r = rig(&server.uri());
    let opts = FetchOptions::default();
    let err = r
        .creds
        .ticket(&r.profile, TicketKind::Jsapi, &opts)
        .await
        .unwrap_err();
    assert_eq!(err.errcode(), Some(40001));
    assert!(err.report().fix.en.contains("stable_token"));
    let t = r
        .creds
        .ticket(&r.profile, TicketKind::Jsapi, &opts)
        .await
        .unwrap();
    assert_eq!(t.ticket.reveal(), TICKET);
    assert_eq!(calls(&server, STABLE).await, 2);
}

#[tokio::test]
async fn missing_secret_says_how_to_set_it() {
    let server = happy(None).await;
    let secrets = Arc::new(Secrets::new(
        Arc::new(MemoryStore::default()),
        StoreHealth::MemoryByRequest,
        None,
    ));
    let creds = Credentials::new(
        secrets,
        Arc::new(CredentialCache::new(Arc::new(MemoryStore::default()))),
        wxsign::wechat::no_log(),
    );
    let mut p = Profile::new("x", APP_ID);
    p.api_base = server.uri();
    let err = creds.token(&p, &FetchOptions::default()).await.unwrap_err();
    assert!(matches!(err, ClientError::NoSecret { .. }));
    assert!(err.to_string().contains("wxsign secret set"));
    assert_eq!(calls(&server, STABLE).await, 0);
}

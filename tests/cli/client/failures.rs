//! The credentials service when things go wrong: each errcode family, retries, non-JSON,
//! HTTP errors, timeouts, DNS and connection failures.

use std::sync::Arc;
use std::time::Duration;
use wxsign::core::text::Lang;

use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};
use wxsign::cache::CredentialCache;
use wxsign::profile::{Profile, Timeouts};
use wxsign::secrets::{MemoryStore, Secrets, StoreHealth};
use wxsign::wechat::{ClientError, Credentials, FetchOptions, TicketKind, WechatError};

use super::library::rig;
use crate::cli::mock_wechat::*;

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
        assert!(!rep.meaning(Lang::En).is_empty() && !rep.meaning(Lang::Zh).is_empty());
        assert!(!rep.fix(Lang::En).is_empty() && !rep.fix(Lang::Zh).is_empty());
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
    assert!(
        rep.fix(Lang::En).contains("203.0.113.7"),
        "{:?}",
        rep.fix(Lang::En)
    );
    assert!(rep.fix(Lang::Zh).contains("IP白名单"));
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
    // QA finding 10: the advice is said once, as the fix, not in errmsg as well.
    let rep = err.report();
    assert!(rep.fix(Lang::En).contains("HTTPS_PROXY"), "{rep:?}");
    assert!(!rep.errmsg.contains("HTTPS_PROXY"), "{rep:?}");
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
    // QA finding 10: the dead token was dropped, so the advice is to run again.
    assert!(err.report().fix(Lang::En).contains("run the command again"));
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

//! `--profile`: appId, safe domains and ticket from the profile; the saved endpoint.

use super::super::fake_endpoint::{self, APP_ID, SIGN_PATH, TICKET};
use super::{args, batch, by_url, read_json, write};

/// A mock WeChat that hands out [`TICKET`] through stable_token + getticket.
async fn mock_wechat() -> wiremock::MockServer {
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/cgi-bin/stable_token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            serde_json::json!({"access_token": "ACCESS-TOKEN-1", "expires_in": 7200}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/cgi-bin/ticket/getticket"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "errcode": 0, "errmsg": "ok", "ticket": TICKET, "expires_in": 7200
        })))
        .expect(1)
        .mount(&server)
        .await;
    server
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn profile_supplies_app_id_domains_ticket_and_saved_endpoint() {
    use wxsign::profile::{Profile, ProfileStore};
    let signer = fake_endpoint::start().await;
    let wechat = mock_wechat().await;
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    let mut profile = Profile::new("qa", APP_ID);
    profile.safe_domains = vec!["m.example.com".into()];
    profile.api_base = wechat.uri();
    ProfileStore::new(&config).add(profile).unwrap();
    let env = vec![
        (
            "WXSIGN_CONFIG_DIR".to_owned(),
            config.to_string_lossy().into_owned(),
        ),
        ("WXSIGN_KEYRING".to_owned(), "memory".to_owned()),
        (
            "WXSIGN_APP_SECRET".to_owned(),
            "app-secret-for-test".to_owned(),
        ),
        ("QA_COOKIE".to_owned(), "sid=cookie-secret-42".to_owned()),
    ];
    let pages = write(
        dir.path(),
        "p.txt",
        "https://m.example.com/good/a\nhttps://m.example.com/appid/b\nhttps://www.example.com/good/c\n",
    );
    let json = dir.path().join("r.json");
    let endpoint = format!("{}{SIGN_PATH}", signer.uri());
    let out = batch(
        args(&[
            "--profile",
            "qa",
            "--pages",
            &pages,
            "--endpoint-url",
            &endpoint,
            "--header-env",
            "Cookie=QA_COOKIE",
            "--save-endpoint",
            "--report",
            json.to_str().unwrap(),
        ]),
        env.clone(),
    )
    .await;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    // A memory-only keyring cannot keep the header value: said at save time, with what to do.
    assert!(
        stderr.contains("header Cookie is NOT kept")
            && stderr.contains("WXSIGN_KEYRING=memory")
            && stderr.contains("--header-env Cookie=VAR on every run"),
        "{stderr}"
    );
    let pages_by_url = by_url(&read_json(&json));
    // The ticket came from the mock WeChat, the appId and the safe domain from the profile.
    assert_eq!(pages_by_url["https://m.example.com/good/a"].0, "pass");
    assert!(
        pages_by_url["https://m.example.com/appid/b"]
            .1
            .contains(&"app_id_mismatch".to_owned())
    );
    assert!(
        pages_by_url["https://www.example.com/good/c"]
            .1
            .contains(&"outside_safe_domains".to_owned())
    );
    wechat.verify().await;

    // The profile now holds the endpoint and the header name, never its value.
    let saved = std::fs::read_to_string(ProfileStore::new(&config).path()).unwrap();
    assert!(
        saved.contains(&endpoint) && saved.contains("Cookie"),
        "{saved}"
    );
    assert!(!saved.contains("cookie-secret-42"));
    // With a memory keyring the header value did not outlive that run: the saved endpoint
    // says how to provide it, and does not send the user back to --save-endpoint.
    let out = batch(
        args(&["--profile", "qa", "--pages", &pages, "--ticket", TICKET]),
        env.clone(),
    )
    .await;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("memory-only")
            && stderr.contains("every run with --header-env Cookie=VAR")
            && !stderr.contains("--save-endpoint"),
        "{stderr}"
    );
    // Doing exactly that works: the saved endpoint gets the value from the environment.
    let with_cookie = wiremock::Mock::given(wiremock::matchers::path(SIGN_PATH))
        .and(wiremock::matchers::header("cookie", "sid=cookie-secret-42"))
        .respond_with(fake_endpoint::FakeSigner)
        .with_priority(1)
        .expect(3)
        .mount_as_scoped(&signer)
        .await;
    let json2 = dir.path().join("r2.json");
    let out = batch(
        args(&[
            "--profile",
            "qa",
            "--pages",
            &pages,
            "--ticket",
            TICKET,
            "--header-env",
            "Cookie=QA_COOKIE",
            "--report",
            json2.to_str().unwrap(),
        ]),
        env,
    )
    .await;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(
        by_url(&read_json(&json2))["https://m.example.com/good/a"].0,
        "pass"
    );
    // Dropping the guard checks that all three pages carried the cookie.
    drop(with_cookie);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn profile_ticket_failure_says_what_to_do() {
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};
    use wxsign::profile::{Profile, ProfileStore};
    let wechat = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/cgi-bin/stable_token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "errcode": 40164,
            "errmsg": "invalid ip 203.0.113.9 ipv6 ::ffff:203.0.113.9, not in whitelist rid: 1"
        })))
        .mount(&wechat)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    let mut profile = Profile::new("qa", APP_ID);
    profile.api_base = wechat.uri();
    ProfileStore::new(&config).add(profile).unwrap();
    let pages = write(dir.path(), "p.txt", "https://m.example.com/good/a\n");
    let out = batch(
        args(&[
            "--profile",
            "qa",
            "--pages",
            &pages,
            "--endpoint-url",
            "http://127.0.0.1:9/wx/signature",
        ]),
        vec![
            (
                "WXSIGN_CONFIG_DIR".into(),
                config.to_string_lossy().into_owned(),
            ),
            ("WXSIGN_KEYRING".into(), "memory".into()),
            ("WXSIGN_APP_SECRET".into(), "app-secret-for-test".into()),
        ],
    )
    .await;
    let stderr = String::from_utf8_lossy(&out.stderr);
    // Found before the first page ran: exit 2 (docs/guide.md, exit codes).
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("203.0.113.9") && stderr.contains("--ticket"),
        "{stderr}"
    );
    assert!(!stderr.contains("app-secret-for-test"));
}

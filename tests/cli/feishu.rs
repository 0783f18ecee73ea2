//! Feishu / Lark (DOMAIN.md §13): `sign`, `verify` and `check-url --platform feishu` offline with
//! the official vector, and a profile's token and ticket from a simulated Feishu API on
//! 127.0.0.1 (`code/msg/data` replies, a Bearer token).

use wiremock::matchers::{body_json, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use super::support::{json_stdout, wxsign};

/// The official vector of DOMAIN.md §13.
const TICKET: &str = "617bf955832a4d4d80d9d8d85917a427";
const NONCE: &str = "Y7a8KkqX041bsSwT";
const URL: &str = "https://example.cn/test/1234/content.html";
const MS: &str = "1510045655000";
const SIGNATURE: &str = "40a68999ecf7e05907edba43b31a50fd1830c777";
/// The same values with the timestamp in seconds.
const SECONDS: &str = "1510045655";
const SECONDS_SIGNATURE: &str = "2979555874f3e76cbed55266301482d17b79b37e";

const APP_ID: &str = "cli_a1b2c3d4e5f6a7b8";
const APP_SECRET: &str = "simulated-feishu-secret-0123456789";
const TOKEN: &str = "t-simulated-feishu-tenant-token-0123";
const JSAPI_TICKET: &str = "simulated-feishu-jsapi-ticket-abcdef0123456789";

fn signed(ts: &str) -> Vec<String> {
    [
        "--platform",
        "feishu",
        "--ticket",
        TICKET,
        "--noncestr",
        NONCE,
    ]
    .into_iter()
    .chain(["--timestamp", ts, "--url", URL])
    .map(String::from)
    .collect()
}

#[test]
fn sign_gives_the_official_vector_and_h5sdk_config() {
    let out = wxsign().arg("sign").args(signed(MS)).output().unwrap();
    assert!(out.status.success(), "{out:?}");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "",
        "milliseconds are right"
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines,
        [
            format!("string1    jsapi_ticket={TICKET}&noncestr={NONCE}&timestamp={MS}&url={URL}"),
            format!("signature  {SIGNATURE}"),
            format!(
                "call       h5sdk.config({{timestamp: {MS}, nonceStr: \"{NONCE}\", signature: \"{SIGNATURE}\"}})"
            ),
        ]
    );
    // Seconds are signed as given, with Feishu's warning.
    let out = wxsign()
        .args(["sign", "--json"])
        .args(signed(SECONDS))
        .output()
        .unwrap();
    assert_eq!(json_stdout(&out)["signature"], SECONDS_SIGNATURE);
    assert_eq!(json_stdout(&out)["call_fields"]["timestamp"], 1510045655u64);
    assert!(String::from_utf8_lossy(&out.stderr).contains("[seconds_for_ms]"));
    // Without --timestamp, now in milliseconds.
    let out = wxsign()
        .args([
            "sign",
            "--json",
            "--platform",
            "feishu",
            "--ticket",
            TICKET,
            "--url",
            URL,
        ])
        .output()
        .unwrap();
    let ts = json_stdout(&out)["timestamp"].as_u64().unwrap();
    assert!(ts > 1_000_000_000_000, "{ts} is milliseconds");
}

#[test]
fn verify_finds_seconds_where_milliseconds_belong_and_a_url_cut_at_the_first_ampersand() {
    // (timestamp, signature, url the page has, match, cause)
    let page = "https://example.cn/list?a=1&b=2";
    let cut = cut_signature("https://example.cn/list?a=1");
    let cases: &[(&str, &str, &str, bool, Option<&str>)] = &[
        (MS, SIGNATURE, URL, true, None),
        (
            SECONDS,
            SECONDS_SIGNATURE,
            URL,
            false,
            Some("seconds_for_ms"),
        ),
        (MS, &cut, page, false, Some("url_cut_at_ampersand")),
    ];
    for (ts, signature, url, matched, cause) in cases {
        let out = wxsign()
            .args([
                "verify",
                "--json",
                "--platform",
                "feishu",
                "--ticket",
                TICKET,
            ])
            .args(["--noncestr", NONCE, "--timestamp", ts, "--url", url])
            .args(["--signature", signature])
            .output()
            .unwrap();
        let v = json_stdout(&out);
        assert_eq!(v["match"], *matched, "{ts} {url}: {v}");
        assert_eq!(out.status.code(), Some(i32::from(!matched)));
        assert_eq!(v["causes"][0]["code"].as_str(), *cause, "{ts} {url}: {v}");
    }
}

/// SHA-1 of the official values' string1 with `url` (what a server reading a `url` parameter
/// that `encodeURI` left unescaped signs).
fn cut_signature(url: &str) -> String {
    use sha1::Digest as _;
    let s1 = format!("jsapi_ticket={TICKET}&noncestr={NONCE}&timestamp={MS}&url={url}");
    hex::encode(sha1::Sha1::digest(s1.as_bytes()))
}

#[test]
fn check_url_takes_the_port_from_the_h5_trusted_domain() {
    let run = |domain: &str| {
        wxsign()
            .args(["check-url", "--json", "--platform", "feishu"])
            .args(["--safe-domain", domain, "https://h5.example.cn:8443/p"])
            .output()
            .unwrap()
    };
    let out = run("h5.example.cn:8443");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let codes: Vec<String> = json_stdout(&out)["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            format!(
                "{}:{}",
                f["code"].as_str().unwrap(),
                f["severity"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(codes, ["port:info"]);
    let out = run("h5.example.cn");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("H5 trusted domain"),
        "{out:?}"
    );
}

/// A simulated Feishu API: the tenant token from `app_id`/`app_secret`, then the ticket with
/// `Authorization: Bearer`, answered as `code/msg/data`.
async fn simulated_feishu() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/open-apis/auth/v3/tenant_access_token/internal"))
        .and(body_json(
            serde_json::json!({"app_id": APP_ID, "app_secret": APP_SECRET}),
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "code": 0, "msg": "ok", "tenant_access_token": TOKEN, "expire": 7200
        })))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/open-apis/jssdk/ticket/get"))
        .and(header("authorization", format!("Bearer {TOKEN}").as_str()))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "code": 0, "msg": "ok", "data": {"expire_in": 6000, "ticket": JSAPI_TICKET}
        })))
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn the_ticket_is_cached_per_app_id() {
    let server = simulated_feishu().await;
    let (creds, profile) = super::platforms::credentials(
        &server.uri(),
        wxsign::platform::Platform::Feishu,
        APP_ID,
        APP_SECRET,
    );
    let [first, second] = super::platforms::ticket_twice(&creds, &profile).await;
    assert_eq!(first, (JSAPI_TICKET.to_owned(), false));
    assert_eq!(second, (JSAPI_TICKET.to_owned(), true));
    assert_eq!(
        server.received_requests().await.unwrap_or_default().len(),
        2
    );
}

#[test]
fn a_profile_fetches_its_ticket_and_an_errcode_is_explained() {
    let rt = super::mock_wechat::runtime();
    let server = rt.block_on(simulated_feishu());
    let dir = super::platforms::config_with_profile(
        "fs",
        wxsign::platform::Platform::Feishu,
        ("--app-id", APP_ID),
        &server.uri(),
    );
    let c = dir.path();
    let out = super::platforms::with_secret(
        c,
        APP_SECRET,
        &["ticket", "--profile", "fs", "--json", "--reveal"],
    );
    assert!(out.status.success(), "{out:?}");
    let v = json_stdout(&out);
    assert_eq!(
        (v["ticket"].as_str(), v["expires_in"].as_u64()),
        (Some(JSAPI_TICKET), Some(6000))
    );
    // The IP whitelist's refusal: code 99991401 with its meaning and fix.
    let denied = rt.block_on(async {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path("/open-apis/auth/v3/tenant_access_token/internal"))
            .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
                "code": 0, "msg": "ok", "tenant_access_token": TOKEN, "expire": 7200
            })))
            .mount(&server)
            .await;
        Mock::given(method("POST"))
            .and(path("/open-apis/jssdk/ticket/get"))
            .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
                "code": 99991401, "msg": "ip 203.0.113.7 is denied by app setting"
            })))
            .mount(&server)
            .await;
        server
    });
    let out = super::platforms::with_secret(
        c,
        APP_SECRET,
        &[
            "ticket",
            "--profile",
            "fs",
            "--json",
            "--api-base",
            &denied.uri(),
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let v = json_stdout(&out);
    assert_eq!(v["error"]["errcode"], 99991401, "{v}");
    assert!(v["error"]["fix"].as_str().unwrap().contains("IP"), "{v}");
    // doctor says the same refusal with its meaning and fix, as a failed check.
    let edited = super::support::wxsign_in(c)
        .args(["profile", "edit", "fs", "--api-base", &denied.uri()])
        .output()
        .unwrap();
    assert!(edited.status.success(), "{edited:?}");
    let check = super::platforms::doctor_api_check(c, APP_SECRET, "fs");
    assert_eq!(check["status"], "fail", "{check}");
    let message = check["message"].as_str().unwrap();
    assert!(
        message.starts_with("Feishu") && message.contains("99991401"),
        "{check}"
    );
    assert!(check["fix"].as_str().unwrap().contains("IP"), "{check}");
    drop(rt);
}

/// DOMAIN.md §13's Feishu code: 99991401, the IP whitelist.
#[test]
fn every_section_13_code_is_explained_with_its_fix() {
    super::platforms::every_errcode_is_explained(
        wxsign::platform::Platform::Feishu,
        &[99991401],
        "Feishu",
    );
}

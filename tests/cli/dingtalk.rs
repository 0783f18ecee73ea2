//! DingTalk (DOMAIN.md §13): `sign`, `verify` and `check-url --platform dingtalk` offline with
//! §13's vectors, and a profile's token and ticket from a simulated DingTalk API on 127.0.0.1.

use wiremock::matchers::{body_json, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use super::support::{json_stdout, wxsign, wxsign_in};

const TICKET: &str = "dsf8sdf87sd7f87sd8v8ds0vs09dvu09sd8vy87dsv87";
const PAGE: &str = "https://open.dingtalk.com/page?name=%E9%92%89%E9%92%89&x=1+2";
/// The page with its query decoded once, the Java way (`+` is a space).
const SIGNED_URL: &str = "https://open.dingtalk.com/page?name=钉钉&x=1 2";
const SHA256: &str = "d38804745f6813b78f351fab2ac5b01fac7778e6f49a0a87e4bed727ee4c020e";

const APP_KEY: &str = "dingabcdefgh12345678";
const APP_SECRET: &str = "simulated-dingtalk-secret-0123456789";
const TOKEN: &str = "simulated-dingtalk-access-token-0123";
const JSAPI_TICKET: &str = "simulated-dingtalk-jsapi-ticket-abcdef0123456789";

fn args(extra: &[&str]) -> Vec<String> {
    let mut a: Vec<String> = ["--platform", "dingtalk", "--ticket", TICKET]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    a.extend(
        [
            "--noncestr",
            "abcdefg",
            "--timestamp",
            "1414588745",
            "--url",
            PAGE,
        ]
        .map(String::from),
    );
    a.extend(extra.iter().map(|s| (*s).to_owned()));
    a
}

#[test]
fn sign_gives_the_section_13_vector_and_dd_config() {
    let out = wxsign().arg("sign").args(args(&[])).output().unwrap();
    assert!(out.status.success(), "{out:?}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines,
        [
            format!(
                "string1    jsapi_ticket={TICKET}&noncestr=abcdefg&timestamp=1414588745&url={SIGNED_URL}"
            ),
            format!("signature  {SHA256}"),
            format!(
                "call       dd.config({{timeStamp: \"1414588745\", nonceStr: \"abcdefg\", signature: \"{SHA256}\"}})"
            ),
        ]
    );
    let out = wxsign()
        .args(["sign", "--json"])
        .args(args(&[]))
        .output()
        .unwrap();
    let v = json_stdout(&out);
    assert_eq!(v["signature"], SHA256);
    assert_eq!(v["digest"], "SHA-256");
    assert_eq!(v["url"], SIGNED_URL);
    assert_eq!(v["call"], "dd.config");
    assert_eq!(v["call_fields"]["timeStamp"], "1414588745");
}

/// Each recipe of §13 gives its own answer: the right one matches, the others are named.
#[test]
fn verify_names_each_section_13_recipe() {
    let cases: &[(&str, Option<&str>)] = &[
        (SHA256, None),
        (
            "125630396648c608088f17bcd540ed2ea05da440",
            Some("sha1_for_sha256"),
        ),
        (
            "92af825a4c4a6b53866eddc9bc52118a7a12d9b10601ed7897bb9bd1306f5f26",
            Some("query_not_decoded"),
        ),
        (
            "858a96dc8c38141e6bb2f13361e0d3bde4c422ba4f08c2b696e5ec7a3cf4f3a3",
            Some("query_decoded_plus_kept"),
        ),
        (
            "2ea23a62c6870648b234a211d308ccf742084c02",
            Some("sha1_for_sha256+query_not_decoded"),
        ),
    ];
    for (signature, cause) in cases {
        let out = wxsign()
            .args(["verify", "--json"])
            .args(args(&["--signature", signature]))
            .output()
            .unwrap();
        let v = json_stdout(&out);
        assert_eq!(v["match"], cause.is_none(), "{signature}: {v}");
        assert_eq!(
            out.status.code(),
            Some(i32::from(cause.is_some())),
            "{signature}"
        );
        assert_eq!(v["expected_signature"], SHA256);
        let codes: Vec<&str> = v["causes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["code"].as_str().unwrap())
            .collect();
        assert_eq!(
            codes,
            cause.iter().copied().collect::<Vec<_>>(),
            "{signature}"
        );
    }
    // A URL mistake every platform shares, found with SHA-256: the page's #fragment signed.
    let out = wxsign()
        .args([
            "verify",
            "--json",
            "--platform",
            "dingtalk",
            "--ticket",
            TICKET,
        ])
        .args(["--noncestr", "abcdefg", "--timestamp", "1414588745"])
        .args(["--url", "https://open.dingtalk.com/page?x=1#/home"])
        .args([
            "--signature",
            &sha256_of("https://open.dingtalk.com/page?x=1#/home"),
        ])
        .output()
        .unwrap();
    let v = json_stdout(&out);
    assert_eq!(v["causes"][0]["code"], "fragment", "{v}");
    // The Chinese words of a cause.
    let out = wxsign()
        .args(["--lang", "zh", "verify"])
        .args(args(&[
            "--signature",
            "125630396648c608088f17bcd540ed2ea05da440",
        ]))
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("SHA-256"));
    assert!(String::from_utf8_lossy(&out.stdout).contains("服务器用 SHA-1"));
}

/// SHA-256 of the string1 a server signing `url` as is would build (DOMAIN.md §13's values).
fn sha256_of(url: &str) -> String {
    use sha2::Digest as _;
    let s1 = format!("jsapi_ticket={TICKET}&noncestr=abcdefg&timestamp=1414588745&url={url}");
    hex::encode(sha2::Sha256::digest(s1.as_bytes()))
}

#[test]
fn check_url_says_the_port_rule_is_undocumented() {
    let out = wxsign()
        .args(["check-url", "--json", "--platform", "dingtalk"])
        .arg("https://a.example.cn:8443/p")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "another port is no error here");
    let v = json_stdout(&out);
    let port = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "port")
        .cloned()
        .unwrap_or_default();
    assert_eq!(port["severity"], "warning", "{v}");
}

/// A simulated DingTalk API: `oauth2/accessToken` with the appKey and appSecret as JSON, then
/// `oauth2/jsapiTickets` with the token in `x-acs-dingtalk-access-token`.
async fn simulated_dingtalk() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1.0/oauth2/accessToken"))
        .and(body_json(
            serde_json::json!({"appKey": APP_KEY, "appSecret": APP_SECRET}),
        ))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(serde_json::json!({"accessToken": TOKEN, "expireIn": 7200})),
        )
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1.0/oauth2/jsapiTickets"))
        .and(header("x-acs-dingtalk-access-token", TOKEN))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(serde_json::json!({"jsapiTicket": JSAPI_TICKET, "expireIn": 7000})),
        )
        .mount(&server)
        .await;
    server
}

/// In one process the ticket is fetched once and then cached per appKey, and the token is
/// asked once, as JSON with the appKey and the secret.
#[tokio::test]
async fn the_ticket_is_cached_per_app_key() {
    let server = simulated_dingtalk().await;
    let (creds, profile) = super::platforms::credentials(
        &server.uri(),
        wxsign::platform::Platform::Dingtalk,
        APP_KEY,
        APP_SECRET,
    );
    let [first, second] = super::platforms::ticket_twice(&creds, &profile).await;
    assert_eq!(first, (JSAPI_TICKET.to_owned(), false));
    assert_eq!(second, (JSAPI_TICKET.to_owned(), true));
    let paths: Vec<String> = server
        .received_requests()
        .await
        .unwrap_or_default()
        .iter()
        .map(|r| r.url.path().to_owned())
        .collect();
    assert_eq!(
        paths,
        ["/v1.0/oauth2/accessToken", "/v1.0/oauth2/jsapiTickets"]
    );
}

/// The simulated DingTalk API and a config dir with the profile `dd` on it.
fn profile_on_simulated_dingtalk(rt: &tokio::runtime::Runtime) -> (MockServer, tempfile::TempDir) {
    let server = rt.block_on(simulated_dingtalk());
    let dir = super::platforms::config_with_profile(
        "dd",
        wxsign::platform::Platform::Dingtalk,
        ("--app-key", APP_KEY),
        &server.uri(),
    );
    (server, dir)
}

#[test]
fn a_profile_fetches_and_caches_the_token_and_ticket_from_the_simulated_api() {
    let rt = super::mock_wechat::runtime();
    let (_server, dir) = profile_on_simulated_dingtalk(&rt);
    let c = dir.path();
    let out = super::platforms::with_secret(
        c,
        APP_SECRET,
        &["ticket", "--profile", "dd", "--json", "--reveal"],
    );
    assert!(out.status.success(), "{out:?}");
    let v = json_stdout(&out);
    assert_eq!(v["ticket"], JSAPI_TICKET);
    assert_eq!(v["expires_in"], 7000);
    assert_eq!(v["source"]["platform"], "dingtalk", "{v}");
    // A signature made with the fetched ticket verifies against the profile's platform.
    let sig = wxsign()
        .args([
            "sign",
            "--json",
            "--platform",
            "dingtalk",
            "--ticket",
            JSAPI_TICKET,
        ])
        .args(["--noncestr", "n", "--timestamp", "1", "--url", PAGE])
        .output()
        .unwrap();
    let signature = json_stdout(&sig)["signature"].as_str().unwrap().to_owned();
    let out = wxsign_in(c)
        .env("WXSIGN_APP_SECRET", APP_SECRET)
        .args([
            "verify",
            "--json",
            "--profile",
            "dd",
            "--noncestr",
            "n",
            "--timestamp",
            "1",
        ])
        .args(["--url", PAGE, "--signature", &signature])
        .output()
        .unwrap();
    assert_eq!(json_stdout(&out)["match"], true, "{out:?}");
    // The probe plays WeChat only, and says so in one line.
    let out = wxsign_in(c)
        .args(["probe", "https://open.dingtalk.com/page", "--profile", "dd"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let first = stderr.lines().next().unwrap_or_default();
    assert!(
        first.contains("dd.config") && first.contains("probe"),
        "{stderr}"
    );
    drop(rt);
}

/// doctor reaches the profile's API base and gets the token and the ticket through DingTalk's
/// API as data (the JSON body and the header the simulated API insists on).
#[test]
fn doctor_gets_the_token_and_ticket_from_the_simulated_api() {
    let rt = super::mock_wechat::runtime();
    let (server, dir) = profile_on_simulated_dingtalk(&rt);
    let check = super::platforms::doctor_api_check(dir.path(), APP_SECRET, "dd");
    assert_eq!(check["status"], "ok", "{check}");
    assert_eq!(
        check["message"],
        "DingTalk API: the token and the ticket answer (ticket valid for another 116 min, fetched now)"
    );
    let paths: Vec<String> = rt
        .block_on(server.received_requests())
        .unwrap_or_default()
        .iter()
        .map(|r| r.url.path().to_owned())
        .filter(|p| p.starts_with("/v1.0"))
        .collect();
    assert_eq!(
        paths,
        ["/v1.0/oauth2/accessToken", "/v1.0/oauth2/jsapiTickets"]
    );
    drop(rt);
}

/// DingTalk refuses with an HTTP 4xx and a textual code: said with its words, exit 1.
#[test]
fn a_refusal_of_the_simulated_api_is_reported_with_its_code() {
    let rt = super::mock_wechat::runtime();
    let server = rt.block_on(async {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path("/v1.0/oauth2/accessToken"))
            .respond_with(ResponseTemplate::new(400).set_body_json(serde_json::json!({
                "code": "invalidClientIdOrSecret",
                "message": "无效的clientId或者clientSecret",
                "requestid": "1"
            })))
            .mount(&server)
            .await;
        server
    });
    let dir = super::platforms::config_with_profile(
        "dd",
        wxsign::platform::Platform::Dingtalk,
        ("--app-key", APP_KEY),
        &server.uri(),
    );
    let c = dir.path();
    let out = super::platforms::with_secret(c, APP_SECRET, &["ticket", "--profile", "dd"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("invalidClientIdOrSecret"), "{stderr}");
    assert!(!stderr.contains(APP_SECRET), "{stderr}");
    drop(rt);
}

/// DOMAIN.md §13's DingTalk codes: 52013, the client's errorCode 3, 45009.
#[test]
fn every_section_13_code_is_explained_with_its_fix() {
    super::platforms::every_errcode_is_explained(
        wxsign::platform::Platform::Dingtalk,
        &[52013, 3, 45009],
        "DingTalk",
    );
}

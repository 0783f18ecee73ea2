//! `wxsign batch` against the fake signing endpoint: each wrong signer's page names its cause,
//! endpoint failures are page results, the reports parse back, secrets stay out of them.

use std::collections::HashMap;
use std::path::Path;
use std::process::Output;

use assert_cmd::cargo::cargo_bin;
use serde_json::Value;

use super::fake_endpoint::{self, APP_ID, SIGN_PATH, STALE_TICKET, TICKET};

/// Runs the binary off the async runtime so the fake server keeps answering.
async fn batch(args: Vec<String>, envs: Vec<(String, String)>) -> Output {
    tokio::task::spawn_blocking(move || {
        let mut cmd = std::process::Command::new(cargo_bin("wxsign"));
        cmd.arg("batch").args(args).env("LANG", "C");
        for (k, v) in envs {
            cmd.env(k, v);
        }
        cmd.output().expect("run wxsign")
    })
    .await
    .expect("join")
}

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.to_string_lossy().into_owned()
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// url → (status, every cause/finding/error code)
fn by_url(report: &Value) -> HashMap<String, (String, Vec<String>)> {
    let mut map = HashMap::new();
    for p in report["pages"].as_array().unwrap() {
        let mut codes = Vec::new();
        for key in ["causes", "findings"] {
            for c in p[key].as_array().unwrap() {
                codes.push(c["code"].as_str().unwrap().to_owned());
            }
        }
        if let Some(e) = p.get("endpoint_error") {
            codes.push(e["code"].as_str().unwrap().to_owned());
        }
        map.insert(
            p["url"].as_str().unwrap().to_owned(),
            (p["status"].as_str().unwrap().to_owned(), codes),
        );
    }
    map
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_wrong_signer_is_named() {
    let server = fake_endpoint::start().await;
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &str, &str); 11] = [
        ("https://m.example.com/good/home?id=1#/tab", "pass", ""),
        ("https://m.example.com/wrapped/x", "pass", ""),
        (
            "https://m.example.com/fragment/list#/detail/7",
            "fail",
            "fragment",
        ),
        (
            "https://m.example.com/encoded/p?a=1&b=2",
            "fail",
            "encode_uri_component",
        ),
        ("https://m.example.com/stale/p", "fail", "stale_ticket"),
        ("https://m.example.com/ms/p", "fail", "ms_timestamp"),
        ("https://m.example.com/appid/p", "fail", "app_id_mismatch"),
        (
            "https://m.example.com/http500/p",
            "error",
            "endpoint_http_error",
        ),
        (
            "https://m.example.com/notjson/p",
            "error",
            "endpoint_not_json",
        ),
        ("https://m.example.com/slow/p", "error", "endpoint_timeout"),
        (
            "https://other.example.org/good/p",
            "fail",
            "outside_safe_domains",
        ),
    ];
    let list: String = cases.iter().map(|c| format!("{}\n", c.0)).collect();
    let pages = write(dir.path(), "pages.txt", &list);
    let (json, xml, html) = (
        dir.path().join("out.json"),
        dir.path().join("out.xml"),
        dir.path().join("out.html"),
    );
    let endpoint = format!("{}{SIGN_PATH}", server.uri());
    let out = batch(
        args(&[
            "--pages",
            &pages,
            "--endpoint-url",
            &endpoint,
            "--ticket",
            TICKET,
            "--ticket",
            STALE_TICKET,
            "--app-id",
            APP_ID,
            "--safe-domain",
            "example.com",
            "--timeout-ms",
            "400",
            "--report",
            json.to_str().unwrap(),
            "--report",
            xml.to_str().unwrap(),
            "--report",
            html.to_str().unwrap(),
        ]),
        vec![],
    )
    .await;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    assert!(
        stdout.contains("11 pages: 2 pass, 6 fail, 3 error"),
        "{stdout}"
    );

    let report = read_json(&json);
    let pages = by_url(&report);
    for (url, status, code) in cases {
        let (got_status, codes) = &pages[url];
        assert_eq!(got_status, status, "{url}: {codes:?}");
        if !code.is_empty() {
            assert!(
                codes
                    .iter()
                    .any(|c| c == code || c.split('+').any(|p| p == code)),
                "{url}: expected {code} in {codes:?}"
            );
        }
    }

    // JUnit: every page is a test case; failures and errors carry their codes.
    let text = std::fs::read_to_string(&xml).unwrap();
    let doc = roxmltree::Document::parse(&text).expect("well-formed JUnit XML");
    let suite = doc
        .descendants()
        .find(|n| n.has_tag_name("testsuite"))
        .unwrap();
    assert_eq!(suite.attribute("tests"), Some("11"));
    assert_eq!(suite.attribute("failures"), Some("6"));
    assert_eq!(suite.attribute("errors"), Some("3"));
    let cases_xml: Vec<_> = suite
        .children()
        .filter(|n| n.has_tag_name("testcase"))
        .collect();
    assert_eq!(cases_xml.len(), 11);
    for (i, (url, status, code)) in cases.iter().enumerate() {
        let case = cases_xml[i];
        assert!(case.attribute("name").unwrap().ends_with(url), "file order");
        let tag = match *status {
            "fail" => Some("failure"),
            "error" => Some("error"),
            _ => None,
        };
        let child = case
            .children()
            .find(|n| n.has_tag_name("failure") || n.has_tag_name("error"));
        assert_eq!(child.map(|c| c.tag_name().name()), tag, "{url}");
        if let Some(c) = child {
            assert!(
                c.attribute("type").unwrap().contains(code),
                "{url}: {:?}",
                c.attribute("type")
            );
        }
    }

    // HTML: self-contained, one row per page.
    let page = std::fs::read_to_string(&html).unwrap();
    assert_eq!(page.matches("<tr data-status=").count(), 11);
    assert!(!page.contains("src=") && !page.contains("<link"));

    // The tickets never reach a report or the output.
    for text in [
        std::fs::read_to_string(&json).unwrap(),
        text,
        page,
        stdout.into_owned(),
        stderr.into_owned(),
    ] {
        assert!(!text.contains(TICKET) && !text.contains(STALE_TICKET));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn all_good_pages_exit_zero_get_query_encoded() {
    let server = fake_endpoint::start().await;
    let dir = tempfile::tempdir().unwrap();
    let pages = write(
        dir.path(),
        "pages.csv",
        "url,platform,entry_url\n\
         https://m.example.com/good/a?x=1&y=中文,,\n\
         \"https://m.example.com/good/app/list#/b\",ios,https://m.example.com/good/app/\n",
    );
    let endpoint = format!("{}{SIGN_PATH}", server.uri());
    let out = batch(
        args(&[
            "--pages",
            &pages,
            "--endpoint-url",
            &endpoint,
            "--method",
            "get",
            "--url-encoding",
            "component",
            "--app-id",
            APP_ID,
        ]),
        // The ticket through the environment keeps it out of the process list.
        vec![("WXSIGN_TICKET".into(), TICKET.into())],
    )
    .await;
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("ALL PASSED") && stdout.contains("2 pages: 2 pass"),
        "{stdout}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn share_settings_and_images() {
    let server = fake_endpoint::start().await;
    let dir = tempfile::tempdir().unwrap();
    let base = server.uri();
    let pages = write(
        dir.path(),
        "pages.json",
        &serde_json::json!([
            {"url": "https://m.example.com/good/1", "title": "Spring sale", "desc": "Up to 50% off",
             "link": "https://m.example.com/good/1", "imgUrl": format!("{base}/img/ok.png"),
             "jsApiList": ["updateAppMessageShareData", "updateTimelineShareData"]},
            {"url": "https://m.example.com/good/2", "title": "", "link": "https://evil.example.net/",
             "imgUrl": format!("{base}/img/page"),
             "jsApiList": ["updateAppMessageShareData", "onMenuShareTimeline", "shareToMoon"]}
        ])
        .to_string(),
    );
    let json = dir.path().join("r.json");
    let out = batch(
        args(&[
            "--pages",
            &pages,
            "--endpoint-url",
            &format!("{base}{SIGN_PATH}"),
            "--ticket",
            TICKET,
            "--safe-domain",
            "example.com",
            "--check-images",
            "--report",
            json.to_str().unwrap(),
        ]),
        vec![],
    )
    .await;
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let pages = by_url(&read_json(&json));
    let (s1, c1) = &pages["https://m.example.com/good/1"];
    assert_eq!(s1, "pass", "{c1:?}");
    assert!(!c1.contains(&"share_img_not_image".to_owned()));
    let (s2, c2) = &pages["https://m.example.com/good/2"];
    assert_eq!(s2, "fail");
    for code in [
        "share_title_empty",
        "share_link_domain",
        "share_img_not_image",
        "js_api_unknown",
        "js_api_deprecated",
    ] {
        assert!(c2.iter().any(|c| c == code), "{code} not in {c2:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn auth_header_from_env_stays_secret() {
    use wiremock::matchers::{header, path};
    use wiremock::{Mock, MockServer};
    let server = MockServer::start().await;
    Mock::given(path(SIGN_PATH))
        .and(header("x-qa-token", "qa-secret-7f3a9"))
        .respond_with(fake_endpoint::FakeSigner)
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let pages = write(dir.path(), "p.txt", "https://m.example.com/good/x\n");
    let json = dir.path().join("r.json");
    let endpoint = format!("{}{SIGN_PATH}", server.uri());
    let base = [
        "--pages",
        pages.as_str(),
        "--endpoint-url",
        endpoint.as_str(),
        "--ticket",
        TICKET,
        "--report",
        json.to_str().unwrap(),
    ];
    // Without the header the endpoint refuses (wiremock answers 404): an error result, exit 1.
    let out = batch(args(&base), vec![]).await;
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        by_url(&read_json(&json))["https://m.example.com/good/x"].0,
        "error"
    );

    let mut with = args(&base);
    with.extend(args(&["--header-env", "X-QA-Token=QA_TOKEN_FOR_TEST"]));
    let out = batch(
        with,
        vec![("QA_TOKEN_FOR_TEST".into(), "qa-secret-7f3a9".into())],
    )
    .await;
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let report = std::fs::read_to_string(&json).unwrap();
    for text in [
        report.as_str(),
        &String::from_utf8_lossy(&out.stdout),
        &String::from_utf8_lossy(&out.stderr),
    ] {
        assert!(!text.contains("qa-secret-7f3a9"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refused_endpoint_is_a_page_error_not_an_abort() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dir = tempfile::tempdir().unwrap();
    let pages = write(
        dir.path(),
        "p.txt",
        "https://a.example.com/1\nhttps://a.example.com/2\n",
    );
    let json = dir.path().join("r.json");
    let out = batch(
        args(&[
            "--pages",
            &pages,
            "--endpoint-url",
            &format!("http://127.0.0.1:{port}/wx/signature"),
            "--ticket",
            TICKET,
            "--report",
            json.to_str().unwrap(),
        ]),
        vec![],
    )
    .await;
    assert_eq!(out.status.code(), Some(1));
    let pages = by_url(&read_json(&json));
    assert_eq!(pages.len(), 2);
    for (status, codes) in pages.values() {
        assert_eq!(status, "error");
        assert!(
            codes.iter().any(|c| c == "endpoint_unreachable"),
            "{codes:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_arguments_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let pages = write(dir.path(), "p.txt", "https://a.example.com/\n");
    let empty = write(dir.path(), "empty.txt", "\n");
    let ep = "http://127.0.0.1:9/wx/signature";
    let cases: Vec<(Vec<String>, &str)> = vec![
        (args(&["--pages", &pages, "--endpoint-url", ep]), "--ticket"),
        (
            args(&["--pages", &pages, "--ticket", TICKET]),
            "--endpoint-url",
        ),
        (
            args(&[
                "--pages",
                "/nonexistent/p.txt",
                "--endpoint-url",
                ep,
                "--ticket",
                TICKET,
            ]),
            "cannot read",
        ),
        (
            args(&["--pages", &empty, "--endpoint-url", ep, "--ticket", TICKET]),
            "no pages",
        ),
        (
            args(&[
                "--pages",
                &pages,
                "--endpoint-url",
                ep,
                "--ticket",
                TICKET,
                "--report",
                "r.pdf",
            ]),
            ".json, .xml",
        ),
        (
            args(&[
                "--pages",
                &pages,
                "--endpoint-url",
                ep,
                "--ticket",
                TICKET,
                "--url-param",
                "body:url",
            ]),
            "json:NAME",
        ),
        (
            args(&[
                "--pages",
                &pages,
                "--endpoint-url",
                "ftp://x/",
                "--ticket",
                TICKET,
            ]),
            "http",
        ),
        (
            args(&[
                "--pages",
                &pages,
                "--endpoint-url",
                ep,
                "--ticket",
                TICKET,
                "--header-env",
                "Cookie=WXSIGN_TEST_UNSET_VAR",
            ]),
            "not set",
        ),
        (
            args(&[
                "--pages",
                &pages,
                "--endpoint-url",
                ep,
                "--ticket",
                TICKET,
                "--concurrency",
                "0",
            ]),
            "concurrency",
        ),
    ];
    for (a, needle) in cases {
        let out = batch(a.clone(), vec![]).await;
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{a:?}: {stderr}");
        assert!(stderr.contains(needle), "{a:?}: {stderr}");
    }
}

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
    assert_eq!(
        out.status.code(),
        Some(1),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
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
    // says how to provide it.
    let out = batch(
        args(&["--profile", "qa", "--pages", &pages, "--ticket", TICKET]),
        env,
    )
    .await;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("--header-env Cookie="), "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ctrl_c_cancels_and_keeps_finished_pages() {
    use std::io::{BufRead, BufReader};
    let server = fake_endpoint::start().await;
    let dir = tempfile::tempdir().unwrap();
    // One page fails at once; the slow ones hold the run until the interrupt.
    let pages = write(
        dir.path(),
        "p.txt",
        "https://m.example.com/http500/a\nhttps://m.example.com/slow/1\nhttps://m.example.com/slow/2\n\
         https://m.example.com/slow/3\nhttps://m.example.com/slow/4\n",
    );
    let json = dir.path().join("r.json");
    let endpoint = format!("{}{SIGN_PATH}", server.uri());
    let json_arg = json.to_string_lossy().into_owned();
    let out = tokio::task::spawn_blocking(move || {
        let mut child = std::process::Command::new(cargo_bin("wxsign"))
            .args([
                "batch",
                "--pages",
                &pages,
                "--endpoint-url",
                &endpoint,
                "--ticket",
                TICKET,
                "--concurrency",
                "2",
                "--timeout-ms",
                "60000",
                "--report",
                &json_arg,
            ])
            .env("LANG", "C")
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("spawn wxsign");
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        // Wait for the first finished page, then interrupt like Ctrl-C.
        let first = lines.next().unwrap().unwrap();
        assert!(first.contains("ERROR"), "{first}");
        let status = std::process::Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        let rest: Vec<String> = lines.map_while(Result::ok).collect();
        (child.wait().unwrap(), rest.join("\n"))
    })
    .await
    .unwrap();
    let (status, stdout) = out;
    assert_eq!(status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("CANCELLED"), "{stdout}");
    let report = read_json(&json);
    assert_eq!(report["summary"]["cancelled"], true);
    assert_eq!(report["summary"]["error"], 1);
    assert_eq!(report["summary"]["not_run"], 4);
    let pages = by_url(&report);
    assert_eq!(pages.len(), 1);
    assert_eq!(pages["https://m.example.com/http500/a"].0, "error");
}

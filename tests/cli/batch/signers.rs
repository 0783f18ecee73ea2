//! Each wrong signer is named; good pages pass; share settings and images are checked.

use super::super::fake_endpoint::{self, APP_ID, SIGN_PATH, STALE_TICKET, TICKET};
use super::{args, batch, by_url, read_json, write};

/// The fake endpoint's own signer and encoder against answers from outside this code: DOMAIN.md
/// §1's vectors, and what `encodeURIComponent` returns in a browser (typed in by hand).
#[test]
fn the_fake_endpoint_signs_and_encodes_like_the_references() {
    use crate::cli::support::{NONCE, TICKET as DOC_TICKET, VECTORS};
    for (ts, url, sig) in VECTORS {
        assert_eq!(
            fake_endpoint::signature(DOC_TICKET, NONCE, ts, url),
            *sig,
            "{url}"
        );
    }
    for (text, js) in [
        (
            "https://a.com/p?x=1&y=中#h",
            "https%3A%2F%2Fa.com%2Fp%3Fx%3D1%26y%3D%E4%B8%AD%23h",
        ),
        ("a-_.!~*'()b c+d/e", "a-_.!~*'()b%20c%2Bd%2Fe"),
        ("@:;,=$&?", "%40%3A%3B%2C%3D%24%26%3F"),
    ] {
        assert_eq!(fake_endpoint::encode_uri_component(text), js, "{text}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_wrong_signer_is_named() {
    let server = fake_endpoint::start().await;
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &str, &str); 12] = [
        ("https://m.example.com/good/home?id=1#/tab", "pass", ""),
        ("https://m.example.com/wrapped/x", "pass", ""),
        (
            "https://m.example.com/fragment/list#/detail/7",
            "fail",
            "fragment",
        ),
        (
            // Where encoders differ: encodeURIComponent keeps `!*~()`, encodes `%` and `,`.
            "https://m.example.com/encoded/p?a=1&b=2&q=%E4%B8%AD(x)!*~&c=,",
            "fail",
            "encode_uri_component",
        ),
        ("https://m.example.com/stale/p", "fail", "stale_ticket"),
        ("https://m.example.com/ms/p", "fail", "ms_timestamp"),
        // Signature matches; a millisecond timestamp is a warning, not a failure (DOMAIN.md §1).
        ("https://m.example.com/msreply/p", "pass", "timestamp_ms"),
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
        stdout.contains("12 pages: 3 pass, 6 fail, 3 error"),
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
    assert_eq!(suite.attribute("tests"), Some("12"));
    assert_eq!(suite.attribute("failures"), Some("6"));
    assert_eq!(suite.attribute("errors"), Some("3"));
    let cases_xml: Vec<_> = suite
        .children()
        .filter(|n| n.has_tag_name("testcase"))
        .collect();
    assert_eq!(cases_xml.len(), 12);
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
    assert_eq!(page.matches("<tr data-status=").count(), 12);
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

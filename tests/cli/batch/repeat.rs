//! `wxsign batch --repeat N`: pass counts per page, `flaky` in every report (JUnit: "passed k
//! of N"), and the load-balancer finding when answers are signed with different tickets.

use super::super::fake_endpoint::{self, APP_ID, SIGN_PATH, STALE_TICKET, TICKET};
use super::{args, batch, by_url, read_json, write};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn repeat_finds_flaky_pages_and_per_node_ticket_caches() {
    let server = fake_endpoint::start().await;
    let dir = tempfile::tempdir().unwrap();
    let pages = write(
        dir.path(),
        "pages.txt",
        "https://m.example.com/good/p\nhttps://m.example.com/lb/p\nhttps://m.example.com/stale/p\n",
    );
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
            "--repeat",
            "4",
            "--concurrency",
            "1",
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
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("1 flaky"), "{stdout}");
    assert!(
        stdout.contains("FLAKY") && stdout.contains("passed 2 of 4"),
        "{stdout}"
    );

    let report = read_json(&json);
    let by = by_url(&report);
    assert_eq!(by["https://m.example.com/good/p"].0, "pass");
    let (status, codes) = &by["https://m.example.com/lb/p"];
    assert_eq!(status, "flaky");
    assert!(
        codes.iter().any(|c| c == "tickets_differ_between_answers"),
        "{codes:?}"
    );
    // A page that always fails is not flaky, and one ticket is no load-balancer finding.
    let (status, codes) = &by["https://m.example.com/stale/p"];
    assert_eq!(status, "fail");
    assert!(
        !codes.iter().any(|c| c == "tickets_differ_between_answers"),
        "{codes:?}"
    );
    let lb = report["pages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["url"] == "https://m.example.com/lb/p")
        .unwrap();
    assert_eq!(lb["repeat"]["asked"], 4);
    assert_eq!(lb["repeat"]["passed"], 2);
    assert_eq!(lb["repeat"]["tickets"], 2);
    assert_eq!(report["summary"]["flaky"], 1, "{}", report["summary"]);

    // JUnit: the flaky page is a failure whose message says how often it passed.
    let text = std::fs::read_to_string(&xml).unwrap();
    let doc = roxmltree::Document::parse(&text).unwrap();
    let failure = doc
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .find(|n| n.attribute("name").unwrap().ends_with("/lb/p"))
        .and_then(|n| n.children().find(|c| c.has_tag_name("failure")))
        .expect("a failure for the flaky page");
    assert!(
        failure
            .attribute("message")
            .unwrap()
            .starts_with("passed 2 of 4")
    );
    assert!(failure.attribute("type").unwrap().contains("flaky"));
    let suite = doc
        .descendants()
        .find(|n| n.has_tag_name("testsuite"))
        .unwrap();
    assert_eq!(suite.attribute("failures"), Some("2"));

    // HTML: the row is marked flaky.
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("data-status=\"flaky\""));
    assert!(page.contains("passed 2 of 4"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn repeat_must_be_a_small_positive_number() {
    let out = batch(
        args(&[
            "--pages",
            "x.txt",
            "--endpoint-url",
            "http://127.0.0.1:9/",
            "--ticket",
            TICKET,
            "--repeat",
            "0",
        ]),
        vec![],
    )
    .await;
    assert_eq!(out.status.code(), Some(2));
}

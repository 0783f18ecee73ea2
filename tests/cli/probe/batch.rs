//! `wxsign batch --probe`: the pages of a file probed in one browser, the batch's reports with
//! each page's runs.

use super::fixture;
use crate::cli::support::TICKET;

#[test]
fn batch_probe_writes_every_report_with_each_pages_runs() {
    let Some(f) = fixture() else { return };
    let dir = f.tmp.path();
    let pages = dir.join("pages.txt");
    std::fs::write(
        &pages,
        format!(
            "# release 42\n{}\n{}\n{}\n",
            f.site.url("/static.html"),
            f.site.url("/spa.html"),
            f.site.url("/noconfig.html")
        ),
    )
    .unwrap();
    let (json, junit, html) = (dir.join("r.json"), dir.join("r.xml"), dir.join("r.html"));
    let out = crate::cli::support::wxsign()
        .env("TMPDIR", dir)
        .args(["batch", "--probe", "--pages"])
        .arg(&pages)
        .args(["--ticket", TICKET, "--lang", "en", "--browser"])
        .arg(&f.browser)
        .arg("--report")
        .arg(&json)
        .arg("--report")
        .arg(&junit)
        .arg("--report")
        .arg(&html)
        .timeout(std::time::Duration::from_secs(120))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("3 pages: 1 pass, 2 fail"), "{stdout}");
    f.assert_clean();

    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert!(
        report["summary"]["endpoint"]
            .as_str()
            .unwrap()
            .starts_with("probe (")
    );
    let pages = report["pages"].as_array().unwrap();
    let status: Vec<&str> = pages
        .iter()
        .map(|p| p["status"].as_str().unwrap())
        .collect();
    assert_eq!(status, ["pass", "fail", "fail"]);
    for p in pages {
        assert_eq!(p["probe"]["runs"].as_array().unwrap().len(), 2, "{p:#}");
    }
    let spa = &pages[1];
    assert_eq!(spa["probe"]["runs"][1]["platform"], "ios");
    assert!(
        spa["causes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["code"] == "ios_current_url"
                && c["message"]["en"].as_str().unwrap().starts_with("iOS: "))
    );
    assert_eq!(pages[2]["probe"]["outcome"], "no_config_call");

    let xml = std::fs::read_to_string(&junit).unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    assert_eq!(
        doc.descendants()
            .filter(|n| n.has_tag_name("testcase"))
            .count(),
        3
    );
    assert_eq!(
        doc.descendants()
            .filter(|n| n.has_tag_name("failure"))
            .count(),
        2
    );
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("/spa.html") && page.contains("ios_current_url"));
}

#[test]
fn batch_probe_needs_no_endpoint_but_a_ticket_and_a_browser() {
    let Some(f) = fixture() else { return };
    let pages = f.tmp.path().join("p.txt");
    std::fs::write(&pages, f.site.url("/static.html")).unwrap();
    let out = crate::cli::support::wxsign()
        .args(["batch", "--probe", "--pages"])
        .arg(&pages)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--ticket"));
    let out = crate::cli::support::wxsign()
        .args(["batch", "--probe", "--pages"])
        .arg(&pages)
        .args(["--ticket", TICKET, "--browser", "/nonexistent/chrome"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("chromium-headless-shell"));
}

#[test]
fn batch_probe_repeat_finds_a_page_signed_with_two_tickets_by_turns() {
    let Some(f) = fixture() else { return };
    let dir = f.tmp.path();
    let pages = dir.join("pages.txt");
    std::fs::write(&pages, f.site.url("/mistake.html?kind=lb") + "\n").unwrap();
    let json = dir.join("r.json");
    let out = crate::cli::support::wxsign()
        .env("TMPDIR", dir)
        .args(["batch", "--probe", "--pages"])
        .arg(&pages)
        .args(["--platform", "android", "--repeat", "2", "--lang", "en"])
        .args([
            "--ticket",
            TICKET,
            "--ticket",
            super::pages::OLD_TICKET,
            "--browser",
        ])
        .arg(&f.browser)
        .arg("--report")
        .arg(&json)
        .timeout(std::time::Duration::from_secs(120))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    f.assert_clean();
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let page = &report["pages"][0];
    // Loaded twice: once signed with the current ticket, once with the old one.
    assert_eq!(page["status"], "flaky", "{page:#}");
    assert_eq!(
        page["repeat"],
        serde_json::json!({"asked": 2, "passed": 1, "tickets": 2})
    );
    assert!(
        page["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == "tickets_differ_between_answers"),
        "{page:#}"
    );
    // The failing load is the one reported, with its cause.
    assert_eq!(page["probe"]["runs"][0]["configs"][0]["match"], false);
    assert_eq!(page["probe"]["runs"][0]["configs"][0]["signed_with"], 1);
}

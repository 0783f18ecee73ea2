use super::*;
use crate::batch::result::{CauseSummary, Counts, EndpointFailure, PageStatus, Reply};
use crate::core::text::msg;
use crate::core::urlcheck::{Finding, Severity};

fn page(index: usize, status: PageStatus) -> PageResult {
    let evil = format!("https://a.example.com/{index}?q=<script>alert('x')</script>&b=\"1\"\u{1}");
    PageResult {
        index,
        url: evil.clone(),
        entry_url: None,
        platform: Default::default(),
        sent_url: evil,
        sign_url: None,
        status,
        duration_ms: 12,
        http_status: Some(200),
        endpoint_error: (status == PageStatus::Error).then(|| EndpointFailure {
            code: "endpoint_timeout",
            message: msg!("batch-endpoint-failed", detail = "no answer <in time>"),
        }),
        reply: (status != PageStatus::Error).then(Reply::default),
        signature_match: (status != PageStatus::Error).then_some(status == PageStatus::Pass),
        expected_signature: None,
        causes: if status == PageStatus::Fail {
            vec![CauseSummary {
                code: "fragment".into(),
                message: msg!(
                    "batch-agent-config-cause",
                    cause = "The server signed the URL with its #fragment & more."
                ),
                string1: "jsapi_ticket=sM4AOV… (86 chars)&noncestr=a".into(),
            }]
        } else {
            Vec::new()
        },
        notes: Vec::new(),
        findings: vec![Finding {
            code: "share_link_invalid",
            severity: Severity::Warning,
            message: msg!("batch-share-link-invalid", link = "long & <b>"),
            fix: msg!("batch-share-link-invalid-fix"),
        }],
        probe: None,
        repeat: None,
        signed_with: None,
        wecom: None,
    }
}

fn summary(n: usize, counts: Counts) -> Summary {
    Summary {
        total: n,
        counts,
        not_run: n - counts.done(),
        cancelled: n > counts.done(),
        elapsed_ms: 1234,
        endpoint: "http://127.0.0.1:1/wx/signature?a=1&b=2".into(),
    }
}

fn write_all(dir: &Path, results: Vec<PageResult>, s: &Summary) -> [PathBuf; 3] {
    let paths = [dir.join("r.json"), dir.join("r.xml"), dir.join("r.html")];
    let reports = paths
        .iter()
        .map(|p| Report::create(p, ReportFormat::from_path(p).unwrap(), Lang::En).unwrap())
        .collect();
    let mut set = Reports::new(reports);
    for r in results {
        set.add(r).unwrap();
    }
    set.finish(s).unwrap();
    paths
}

#[test]
fn all_formats_parse_back_in_file_order() {
    let dir = tempfile::tempdir().unwrap();
    // Completion order differs from file order.
    let results = vec![
        page(2, PageStatus::Error),
        page(0, PageStatus::Pass),
        page(1, PageStatus::Fail),
    ];
    let counts = Counts {
        pass: 1,
        fail: 1,
        error: 1,
        flaky: 0,
    };
    let [json, xml, html] = write_all(dir.path(), results, &summary(3, counts));

    let v: serde_json::Value = serde_json::from_str(&fs::read_to_string(&json).unwrap()).unwrap();
    // Pages are numbered from 1, as `#1` in the human output, JUnit and HTML.
    let numbers: Vec<u64> = v["pages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["number"].as_u64().unwrap())
        .collect();
    assert_eq!(numbers, [1, 2, 3]);
    assert!(v["pages"][0].get("index").is_none());
    assert_eq!(v["summary"]["fail"], 1);
    assert_eq!(v["pages"][1]["causes"][0]["code"], "fragment");
    // A finding keeps the shape reports always had: its message and fix in both languages.
    assert_eq!(
        v["pages"][0]["findings"][0],
        serde_json::json!({
            "code": "share_link_invalid",
            "severity": "warning",
            "message": {
                "en": "The share link `long & <b>` is not an absolute http(s) URL.",
                "zh": "分享链接 `long & <b>` 不是完整的 http(s) 地址。",
            },
            "fix": {
                "en": "Use the full URL, e.g. https://your-domain/page.",
                "zh": "请使用完整地址，例如 https://你的域名/page。",
            },
        })
    );

    let text = fs::read_to_string(&xml).unwrap();
    let doc = roxmltree::Document::parse(&text).unwrap();
    let suite = doc
        .descendants()
        .find(|n| n.has_tag_name("testsuite"))
        .unwrap();
    assert_eq!(suite.attribute("tests"), Some("3"));
    assert_eq!(suite.attribute("failures"), Some("1"));
    assert_eq!(suite.attribute("errors"), Some("1"));
    let cases: Vec<_> = suite
        .children()
        .filter(|n| n.has_tag_name("testcase"))
        .collect();
    assert_eq!(cases.len(), 3);
    assert!(cases[0].attribute("name").unwrap().contains("<script>"));
    for (case, n) in cases.iter().zip(&numbers) {
        assert!(
            case.attribute("name")
                .unwrap()
                .starts_with(&format!("#{n} "))
        );
    }
    let failure = cases[1]
        .children()
        .find(|n| n.has_tag_name("failure"))
        .unwrap();
    assert!(failure.attribute("type").unwrap().contains("fragment"));
    assert!(failure.text().unwrap().contains("#fragment & more"));
    assert!(cases[2].children().any(|n| n.has_tag_name("error")));

    let page_html = fs::read_to_string(&html).unwrap();
    assert!(!page_html.contains("<script>alert"));
    assert!(page_html.contains("&lt;script&gt;alert(&#39;x&#39;)"));
    assert!(!page_html.contains("src=\"http") && !page_html.contains("href=\"http"));
    assert!(!page_html.contains('\u{1}'));
    // No side files left behind.
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 3, "{names:?}");
}

#[test]
fn cancelled_run_reports_what_finished() {
    let dir = tempfile::tempdir().unwrap();
    // The runner reports the pages a cancel left unchecked as not run.
    let mut results = vec![page(0, PageStatus::Pass), page(2, PageStatus::Pass)];
    for i in [1, 3, 4] {
        let spec = crate::batch::PageSpec::from_url(format!("https://a.example.com/{i}"));
        results.push(PageResult::not_run(i, &spec));
    }
    let counts = Counts {
        pass: 2,
        fail: 0,
        error: 0,
        flaky: 0,
    };
    let [json, xml, html] = write_all(dir.path(), results, &summary(5, counts));
    let v: serde_json::Value = serde_json::from_str(&fs::read_to_string(&json).unwrap()).unwrap();
    let statuses: Vec<&str> = v["pages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["pass", "not_run", "pass", "not_run", "not_run"]);
    assert_eq!(v["summary"]["not_run"], 3);
    let text = fs::read_to_string(&xml).unwrap();
    let doc = roxmltree::Document::parse(&text).unwrap();
    let suite = doc
        .descendants()
        .find(|n| n.has_tag_name("testsuite"))
        .unwrap();
    assert_eq!(suite.attribute("tests"), Some("5"));
    assert_eq!(suite.attribute("skipped"), Some("3"));
    let cases: Vec<_> = suite
        .children()
        .filter(|n| n.has_tag_name("testcase"))
        .collect();
    assert_eq!(cases.len(), 5);
    let skipped: Vec<_> = cases
        .iter()
        .filter(|c| c.children().any(|n| n.has_tag_name("skipped")))
        .map(|c| c.attribute("name").unwrap())
        .collect();
    assert_eq!(
        skipped,
        [
            "#2 https://a.example.com/1",
            "#4 https://a.example.com/3",
            "#5 https://a.example.com/4"
        ]
    );
    let html = fs::read_to_string(&html).unwrap();
    assert_eq!(html.matches("<tr data-status=\"not_run\">").count(), 3);
}

#[test]
fn report_format_from_extension() {
    assert_eq!(
        ReportFormat::from_path(Path::new("a/B.XML")),
        Some(ReportFormat::Junit)
    );
    assert_eq!(
        ReportFormat::from_path(Path::new("a.htm")),
        Some(ReportFormat::Html)
    );
    assert_eq!(ReportFormat::from_path(Path::new("a.txt")), None);
}

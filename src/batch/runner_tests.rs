use super::*;
use crate::batch::{EndpointSpec, PageStatus};
use crate::core::sign;
use crate::core::verify::TicketOrigin;
use crate::secret::Secret;
use wiremock::matchers::path;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const TICKET: &str = "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3";

async fn signer() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(path("/sign"))
        .respond_with(|req: &Request| {
            let v: serde_json::Value = serde_json::from_slice(&req.body).unwrap_or_default();
            let url = v["url"].as_str().unwrap_or_default();
            if url.contains("/broken") {
                return ResponseTemplate::new(502);
            }
            let ts = SystemTime::now()
                .duration_since(SystemTime::UNIX_EPOCH)
                .map(|d| d.as_secs())
                .unwrap_or_default();
            let sig = sign::sign(TICKET, "nonce", ts, url.split('#').next().unwrap_or(url));
            ResponseTemplate::new(200).set_body_json(serde_json::json!({
                "timestamp": ts, "nonceStr": "nonce", "signature": sig.signature
            }))
        })
        .mount(&server)
        .await;
    server
}

fn job(server: &MockServer, concurrency: usize) -> BatchJob {
    BatchJob {
        endpoint: Endpoint {
            spec: EndpointSpec {
                url: format!("{}/sign", server.uri()),
                ..EndpointSpec::default()
            },
            headers: Vec::new(),
        },
        tickets: vec![TicketCandidate {
            ticket: Secret::new(TICKET),
            origin: TicketOrigin::Current,
        }],
        options: RunOptions {
            concurrency,
            ..RunOptions::default()
        },
        ..BatchJob::default()
    }
}

fn pages(n: usize) -> Vec<PageSpec> {
    (0..n)
        .map(|i| {
            let kind = if i % 5 == 4 { "broken" } else { "ok" };
            PageSpec::from_url(format!("https://m.example.com/{kind}/{i}#/x"))
        })
        .collect()
}

/// The endpoint run as the worker starts it.
async fn run(
    job: BatchJob,
    pages: Vec<PageSpec>,
    cancel: CancelFlag,
    on_result: impl FnMut(PageResult, &Counts),
) -> Result<Summary, RunError> {
    let total = pages.len();
    Ok(Checker::endpoint(job)?
        .run(pages, total, &cancel, on_result)
        .await)
}

#[tokio::test]
async fn every_page_gets_a_result_and_failures_do_not_abort() {
    let server = signer().await;
    let mut seen = Vec::new();
    let mut http = Vec::new();
    let summary = run(job(&server, 4), pages(25), CancelFlag::new(), |r, _| {
        http.push((r.index, r.http_status));
        seen.push((r.index, r.status))
    })
    .await
    .unwrap();
    assert_eq!(summary.total, 25);
    // The summary names the endpoint the pages were signed by (reports show it).
    assert_eq!(summary.endpoint, format!("{}/sign", server.uri()));
    assert_eq!(summary.counts.pass, 20);
    assert_eq!(summary.counts.error, 5);
    assert!(!summary.cancelled && summary.not_run == 0);
    seen.sort();
    assert_eq!(seen.len(), 25);
    assert!(seen.iter().enumerate().all(|(i, (idx, _))| i == *idx));
    assert_eq!(seen[4].1, PageStatus::Error);
    // The reply's HTTP status is kept for the Log panel.
    http.sort();
    assert_eq!(http[0].1, Some(200));
    assert_eq!(http[4].1, Some(502));
}

#[tokio::test]
async fn cancel_keeps_finished_pages() {
    let server = signer().await;
    let cancel = CancelFlag::new();
    let flag = cancel.clone();
    let mut seen = Vec::new();
    let summary = run(job(&server, 2), pages(200), cancel, |r, counts| {
        seen.push((r.index, r.status));
        if counts.done() == 3 {
            flag.cancel();
        }
    })
    .await
    .unwrap();
    assert!(summary.cancelled);
    let checked = seen
        .iter()
        .filter(|(_, s)| *s != PageStatus::NotRun)
        .count();
    assert_eq!(checked, summary.counts.done());
    // At most the pages already in flight finish after the cancel.
    assert!((3..=5).contains(&checked), "{checked}");
    assert_eq!(summary.not_run, 200 - checked);
    // Every page is reported once; the unchecked ones as not run.
    seen.sort();
    assert_eq!(seen.len(), 200);
    assert!(seen.iter().enumerate().all(|(i, (idx, _))| i == *idx));
    assert_eq!(seen.last().map(|s| s.1), Some(PageStatus::NotRun));
    assert!(!summary.all_passed());
}

#[test]
fn reports_never_show_endpoint_credentials() {
    assert_eq!(
        display_endpoint("https://qa:pw@api.example.com/wx/sign?token=abc#x"),
        "https://api.example.com/wx/sign"
    );
    assert_eq!(display_endpoint("not a url"), "");
}

#[tokio::test]
async fn cancelled_before_start_runs_nothing() {
    let server = signer().await;
    let cancel = CancelFlag::new();
    cancel.cancel();
    let mut seen = Vec::new();
    let summary = run(job(&server, 8), pages(10), cancel, |r, counts| {
        assert_eq!(counts.done(), 0, "no page should run");
        seen.push((r.index, r.status));
    })
    .await
    .unwrap();
    let expected: Vec<_> = (0..10).map(|i| (i, PageStatus::NotRun)).collect();
    assert_eq!(seen, expected);
    assert_eq!(summary.not_run, 10);
    assert!(summary.cancelled);
}

/// The one loop both batches use: a check that panics is an error row, one that answers "not
/// run" (the probe, cancelled inside) is listed as not run even without a cancel of the run,
/// and `repeat` asks each page that many times.
#[tokio::test]
async fn drive_reports_every_page_whatever_its_check_does() {
    let asked = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&asked);
    let check = move |index: usize, page: PageSpec| {
        let log = Arc::clone(&log);
        async move {
            if let Ok(mut l) = log.lock() {
                l.push(index);
            }
            match index {
                1 => panic!("a check that stops"),
                2 => PageResult::not_run(index, &page),
                _ => PageResult::new(index, &page, PageStatus::Pass),
            }
        }
    };
    let how = Drive {
        concurrency: 2,
        repeat: 2,
    };
    let mut seen = Vec::new();
    let summary = drive(pages(4), 4, how, &CancelFlag::new(), check, |r, _| {
        seen.push((r.index, r.status, r.endpoint_error.map(|e| e.code)))
    })
    .await;
    seen.sort();
    assert_eq!(
        seen,
        [
            (0, PageStatus::Pass, None),
            (1, PageStatus::Error, Some("internal_error")),
            (2, PageStatus::NotRun, None),
            (3, PageStatus::Pass, None),
        ]
    );
    assert_eq!((summary.counts.pass, summary.counts.error), (2, 1));
    assert_eq!(summary.not_run, 1);
    assert!(!summary.cancelled);
    // Passing pages were asked twice; the not-run one stopped after its first answer.
    let mut asked = asked.lock().map(|a| a.clone()).unwrap_or_default();
    asked.sort();
    assert_eq!(asked, [0, 0, 1, 2, 3, 3]);
}

/// A simulated DingTalk signing endpoint: `timeStamp` (DingTalk's spelling), and the signature
/// as SHA-256 over string1 (DOMAIN.md §13), or SHA-1 as old DingTalk demos do. Worked out here
/// with the digests directly, not with the product's recipe.
async fn dingtalk_signer(sha1: bool) -> MockServer {
    use sha1::Digest as _;
    let server = MockServer::start().await;
    Mock::given(path("/sign"))
        .respond_with(move |req: &Request| {
            let v: serde_json::Value = serde_json::from_slice(&req.body).unwrap_or_default();
            let url = v["url"].as_str().unwrap_or_default();
            let ts = SystemTime::now()
                .duration_since(SystemTime::UNIX_EPOCH)
                .map(|d| d.as_secs())
                .unwrap_or_default();
            let string1 = format!("jsapi_ticket={TICKET}&noncestr=nonce&timestamp={ts}&url={url}");
            let signature = if sha1 {
                hex::encode(sha1::Sha1::digest(string1.as_bytes()))
            } else {
                hex::encode(sha2::Sha256::digest(string1.as_bytes()))
            };
            ResponseTemplate::new(200).set_body_json(serde_json::json!({
                "timeStamp": ts.to_string(), "nonceStr": "nonce", "signature": signature,
                "agentId": "1000002", "corpId": "dingcorp"
            }))
        })
        .mount(&server)
        .await;
    server
}

/// The statuses and cause codes of one page run against `server` as a profile of `platform`.
async fn judged_as(
    server: &MockServer,
    platform: crate::platform::Platform,
) -> (PageStatus, Vec<String>, Vec<&'static str>) {
    let job = BatchJob {
        platform,
        app_id: Some("dingabc123456".into()),
        ..job(server, 1)
    };
    let page = PageSpec::from_url("https://h5.example.com/dd/home");
    let mut out = None;
    run(job, vec![page], CancelFlag::new(), |r, _| out = Some(r))
        .await
        .unwrap();
    let r = out.expect("one result");
    let causes = r.causes.iter().map(|c| c.code.clone()).collect();
    (
        r.status,
        causes,
        r.findings.iter().map(|f| f.code).collect(),
    )
}

#[tokio::test]
async fn a_dingtalk_endpoint_is_judged_by_dingtalks_recipe() {
    use crate::platform::Platform;
    let server = dingtalk_signer(false).await;
    let (status, causes, findings) = judged_as(&server, Platform::Dingtalk).await;
    assert_eq!(status, PageStatus::Pass, "{causes:?} {findings:?}");
    // No appId in a dd.config reply is no finding: DingTalk's call names agentId and corpId.
    assert!(!findings.contains(&"app_id_missing"), "{findings:?}");
    // The same reply judged by WeChat's recipe would fail.
    let (status, _, _) = judged_as(&server, Platform::OfficialAccount).await;
    assert_eq!(status, PageStatus::Fail);
    // An endpoint still signing with SHA-1 is named.
    let old = dingtalk_signer(true).await;
    let (status, causes, _) = judged_as(&old, Platform::Dingtalk).await;
    assert_eq!(status, PageStatus::Fail);
    assert_eq!(
        causes.first().map(String::as_str),
        Some("sha1_for_sha256"),
        "{causes:?}"
    );
}

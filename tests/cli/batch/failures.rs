//! Endpoint failures, bad arguments, auth headers and Ctrl-C: results, exit codes, no leaks.

use assert_cmd::cargo::cargo_bin;
use wxsign::core::text::Lang;
use wxsign::i18n::Render;

use super::super::fake_endpoint::{self, SIGN_PATH, TICKET};
use super::{args, batch, by_url, read_json, write};

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
    let bad_json = write(
        dir.path(),
        "p.json",
        r#"[{"url": "https://a.example.com/", "jsApiList": "updateAppMessageShareData"}]"#,
    );
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
                &bad_json,
                "--endpoint-url",
                ep,
                "--ticket",
                TICKET,
            ]),
            "page 1 (https://a.example.com/): `jsApiList` must be an array",
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
    let xml = dir.path().join("r.xml");
    let endpoint = format!("{}{SIGN_PATH}", server.uri());
    let json_arg = json.to_string_lossy().into_owned();
    let xml_arg = xml.to_string_lossy().into_owned();
    let out = tokio::task::spawn_blocking(move || {
        let mut cmd = std::process::Command::new(cargo_bin("wxsign"));
        let mut child = crate::cli::support::interruptible(&mut cmd)
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
                "--report",
                &xml_arg,
            ])
            .env("LANG", "C")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("spawn wxsign");
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        // Wait for the first finished page, then interrupt like Ctrl-C.
        let first = lines.next().unwrap().unwrap();
        assert!(first.contains("ERROR"), "{first}");
        crate::cli::support::interrupt(child.id());
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
    // Every page of the file is listed; the unfinished ones as not run.
    let pages = by_url(&report);
    assert_eq!(pages.len(), 5);
    assert_eq!(pages["https://m.example.com/http500/a"].0, "error");
    for i in 1..=4 {
        assert_eq!(
            pages[&format!("https://m.example.com/slow/{i}")].0,
            "not_run"
        );
    }
    // JUnit: one test case per page, the unfinished ones skipped.
    let text = std::fs::read_to_string(&xml).unwrap();
    let doc = roxmltree::Document::parse(&text).unwrap();
    let suite = doc
        .descendants()
        .find(|n| n.has_tag_name("testsuite"))
        .unwrap();
    assert_eq!(suite.attribute("tests"), Some("5"), "{text}");
    assert_eq!(suite.attribute("skipped"), Some("4"), "{text}");
    let cases = suite
        .children()
        .filter(|n| n.has_tag_name("testcase"))
        .count();
    assert_eq!(cases, 5, "{text}");
}

/// Every option an endpoint failure tells the user to use is an option `wxsign batch` has.
#[test]
fn endpoint_failures_name_real_options() {
    use wxsign::batch::endpoint::EndpointError;
    let help = std::process::Command::new(cargo_bin("wxsign"))
        .args(["batch", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&help.stdout).into_owned();
    let options: std::collections::HashSet<&str> = help
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|w| w.starts_with("--"))
        .collect();
    let errors = [
        EndpointError::Connect("refused".into()),
        EndpointError::Timeout(400),
        EndpointError::Http {
            status: 500,
            body: "x".into(),
        },
        EndpointError::NotJson("<html>".into()),
        EndpointError::MissingFields {
            missing: "signature".into(),
            body: "{}".into(),
        },
        EndpointError::Other("x".into()),
    ];
    let mut named = 0;
    for e in errors {
        let m = e.message();
        for text in [&m.get(Lang::En), &m.get(Lang::Zh)] {
            for word in text
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                .filter(|w| w.starts_with("--"))
            {
                named += 1;
                assert!(
                    options.contains(word),
                    "{word} in {text:?} is not an option of batch"
                );
            }
        }
    }
    assert!(named >= 4, "{named}");
}

/// The human output follows --lang, else the locale (LC_ALL first, as check-url does): page
/// statuses and the summary included.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn human_output_in_chinese() {
    let server = fake_endpoint::start().await;
    let dir = tempfile::tempdir().unwrap();
    let pages = write(
        dir.path(),
        "p.txt",
        "https://m.example.com/good/a\nhttps://m.example.com/fragment/b#/x\nhttps://m.example.com/http500/c\n",
    );
    let endpoint = format!("{}{SIGN_PATH}", server.uri());
    let base = args(&[
        "--pages",
        &pages,
        "--endpoint-url",
        &endpoint,
        "--ticket",
        TICKET,
    ]);
    let mut with_flag = base.clone();
    with_flag.extend(args(&["--lang", "zh"]));
    for (a, env) in [
        (with_flag, vec![]),
        (base, vec![("LC_ALL".to_owned(), "zh_CN.UTF-8".to_owned())]),
    ] {
        let out = batch(a, env).await;
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(1), "{stdout}");
        assert!(
            stdout.contains("失败 #2 https://m.example.com/fragment/b#/x"),
            "{stdout}"
        );
        assert!(
            stdout.contains("错误 #3 https://m.example.com/http500/c"),
            "{stdout}"
        );
        assert!(
            stdout.contains("3 个页面：通过 1，失败 1，错误 1"),
            "{stdout}"
        );
        for english in ["FAIL", "ERROR", "pages:", " pass"] {
            assert!(!stdout.contains(english), "{english}: {stdout}");
        }
    }
    // Usage errors too.
    let out = batch(
        args(&[
            "--pages",
            &pages,
            "--endpoint-url",
            &endpoint,
            "--lang",
            "zh",
        ]),
        vec![],
    )
    .await;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("错误：没有 jsapi_ticket"), "{stderr}");
    assert!(stderr.contains("更多信息请运行"), "{stderr}");
}

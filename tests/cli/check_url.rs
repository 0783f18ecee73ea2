//! `wxsign check-url`: exit codes, the JSON shape, languages and argument handling.

use predicates::prelude::*;

use super::support::{big_url, json_stdout, keys, wxsign};

fn check_json(args: &[&str]) -> (Option<i32>, serde_json::Value) {
    let out = wxsign()
        .arg("check-url")
        .arg("--json")
        .args(args)
        .output()
        .expect("runs");
    (out.status.code(), json_stdout(&out))
}

fn codes(v: &serde_json::Value, field: &str) -> Vec<String> {
    v[field]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|f| f["code"].as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn json_shape() {
    let (code, v) = check_json(&["http://QQ.com:80/a b#x", "--safe-domain", "qq.com"]);
    assert_eq!(code, Some(1));
    assert_eq!(keys(&v), ["changes", "findings", "input", "sign_url"]);
    assert_eq!(v["input"], "http://QQ.com:80/a b#x");
    assert_eq!(v["sign_url"], "http://qq.com/a%20b");
    assert_eq!(
        codes(&v, "changes"),
        [
            "host_lowercased",
            "default_port_removed",
            "percent_encoded",
            "fragment_removed"
        ]
    );
    for c in v["changes"].as_array().expect("an array") {
        assert_eq!(keys(c), ["code", "description"]);
        assert!(c["description"].is_string());
    }
    let findings = v["findings"].as_array().expect("an array");
    assert_eq!(findings[0]["code"], "fragment");
    assert_eq!(findings[0]["severity"], "error");
    for f in findings {
        assert_eq!(keys(f), ["code", "fix", "message", "severity"]);
        // English in JSON.
        assert!(
            f["message"]
                .as_str()
                .is_some_and(|m| m.is_ascii() || m.contains('→'))
        );
    }
    assert_eq!(
        codes(&v, "findings"),
        ["fragment", "whitespace", "default_port", "normalized"]
    );
}

#[test]
fn exit_codes_follow_the_worst_finding() {
    let safe = [
        "--safe-domain",
        "qq.com",
        "--safe-domain",
        "example.com/app",
    ];
    let cases: &[(&str, i32)] = &[
        ("https://mp.qq.com/page?id=1", 0),
        ("https://example.com/app/x", 0),
        ("https://qq.com/?a=1&amp;b=2", 0),
        ("https://qq.com/a?from=singlemessage&isappinstalled=0", 0),
        ("http://qq.com", 0),
        ("https://example.com/appx", 1),
        ("https://evil.com/", 1),
        ("https://qq.com/#/home", 1),
        ("https://qq.com:8443/", 1),
        ("http://10.0.0.1/", 1),
        ("ftp://qq.com/", 1),
        ("https%3A%2F%2Fqq.com%2F", 1),
        ("not a url", 1),
    ];
    for &(url, expected) in cases {
        let (code, v) = check_json(&[url, safe[0], safe[1], safe[2], safe[3]]);
        assert_eq!(code, Some(expected), "{url}: {v}");
        let has_error = v["findings"]
            .as_array()
            .is_some_and(|f| f.iter().any(|f| f["severity"] == "error"));
        assert_eq!(has_error, expected == 1, "{url}");
    }
}

#[test]
fn unparseable_input_has_a_null_sign_url() {
    let (code, v) = check_json(&["qq.com/page"]);
    assert_eq!(code, Some(1));
    assert!(v["sign_url"].is_null());
    assert_eq!(codes(&v, "findings"), ["unparseable"]);
    assert!(
        v["findings"][0]["fix"]
            .as_str()
            .is_some_and(|f| f.contains("https://qq.com/page"))
    );
}

#[test]
fn bad_safe_domain_entries_are_findings() {
    let (code, v) = check_json(&["https://qq.com/", "--safe-domain", "https://qq.com:8080"]);
    assert_eq!(code, Some(1));
    assert_eq!(
        codes(&v, "findings"),
        ["safe_domain_scheme", "safe_domain_port"]
    );
    assert!(
        v["findings"][0]["fix"]
            .as_str()
            .is_some_and(|f| f.ends_with("qq.com"))
    );
}

#[test]
fn no_safe_domains_is_only_info() {
    let (code, v) = check_json(&["https://qq.com/"]);
    assert_eq!(code, Some(0));
    assert_eq!(codes(&v, "findings"), ["no_safe_domains"]);
    assert_eq!(v["findings"][0]["severity"], "info");
}

#[test]
fn a_16_kb_url_is_checked() {
    let url = big_url(16 * 1024);
    let (code, v) = check_json(&[&url, "--safe-domain", "qq.com"]);
    assert_eq!(code, Some(1), "the fragment is an error");
    assert_eq!(v["input"], url.as_str());
    let found = codes(&v, "findings");
    assert!(found.contains(&"too_long".to_owned()), "{found:?}");
    assert!(found.contains(&"fragment".to_owned()), "{found:?}");
}

#[test]
fn human_output_is_aligned_plain_and_localised() {
    let out = wxsign()
        .args([
            "check-url",
            "https://qq.com:8080/a",
            "--safe-domain",
            "qq.com",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains('\u{1b}'), "escape codes in piped output");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "input     https://qq.com:8080/a");
    assert_eq!(lines[1], "sign url  https://qq.com:8080/a");
    assert!(
        lines[2].starts_with("findings  error    port  The page is on port 8080"),
        "{text}"
    );
    assert!(
        lines
            .last()
            .is_some_and(|l| l.starts_with("result    1 error(s)")),
        "{text}"
    );

    for cmd in [
        wxsign()
            .args(["check-url", "https://qq.com:8080/", "--lang", "zh"])
            .output(),
        wxsign()
            .env("LANG", "zh_CN.UTF-8")
            .args(["check-url", "https://qq.com:8080/"])
            .output(),
    ] {
        let text = String::from_utf8_lossy(&cmd.expect("runs").stdout).into_owned();
        assert!(text.contains("端口"), "{text}");
    }
    wxsign()
        .env("LANG", "zh_CN.UTF-8")
        .args(["check-url", "https://qq.com:8080/", "--lang", "en"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("The page is on port 8080"));
}

#[test]
fn control_characters_are_shown_escaped() {
    let out = wxsign()
        .args(["check-url", "https://qq.com/a\u{200b}b\u{1b}[31m"])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains('\u{1b}'), "{text}");
    assert!(text.contains("\\u{200b}"), "{text}");
}

#[test]
fn arguments_in_any_order_and_hyphen_leading_urls() {
    wxsign()
        .args(["check-url", "https://qq.com/", "--json"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("{"));
    wxsign()
        .args(["check-url", "--", "-not-a-url"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("unparseable"));
}

#[test]
fn bad_arguments_exit_2() {
    let cases: &[&[&str]] = &[
        &["check-url"],
        &["check-url", "https://qq.com/", "--lang", "fr"],
        &["check-url", "https://qq.com/", "--safe-domain"],
        &["check-url", "https://qq.com/", "extra"],
    ];
    for args in cases {
        wxsign()
            .args(*args)
            .assert()
            .code(2)
            .stderr(predicate::str::starts_with("error:"))
            .stderr(predicate::str::contains("--help"));
    }
}

/// With Chinese chosen, no English label, severity or summary word is left (finding 6).
#[test]
fn chinese_output_has_no_english_labels() {
    let out = wxsign()
        .args(["check-url", "HTTP://QQ.com:8080/a#x", "--lang", "zh"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    for en in [
        "input", "sign url", "changes", "findings", "result", "error", "warning", "info",
    ] {
        assert!(
            !stdout.lines().any(|l| l.contains(en)),
            "{en:?} in {stdout}"
        );
    }
    for zh in ["输入", "签名 URL", "变化", "问题", "结果", "错误", "个警告"] {
        assert!(stdout.contains(zh), "{zh:?} missing in {stdout}");
    }
    let out = wxsign()
        .args(["check-url", "not a url", "--lang", "zh"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("（无："), "{stdout}");
    assert!(!stdout.contains("none"), "{stdout}");
}

/// DOMAIN.md §3: at most 3 safe domains; a fourth is an error finding, exit 1 (finding 3).
#[test]
fn four_safe_domains_is_an_error_finding() {
    let run = |n: usize| {
        let mut cmd = wxsign();
        cmd.args(["check-url", "https://a.com/p", "--json"]);
        for d in ["a.com", "b.com", "c.com", "d.com"].iter().take(n) {
            cmd.args(["--safe-domain", d]);
        }
        cmd.output().unwrap()
    };
    let out = run(3);
    assert_eq!(out.status.code(), Some(0));
    let out = run(4);
    assert_eq!(out.status.code(), Some(1));
    let v = json_stdout(&out);
    let codes: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["code"].as_str())
        .collect();
    assert!(codes.contains(&"safe_domain_count"), "{codes:?}");
}

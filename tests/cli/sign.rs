//! `wxsign sign`: known answers, JSON shape, values taken exactly as given, bad arguments.

use predicates::prelude::*;

use super::support::{NONCE, TICKET, VECTORS, big_url, json_stdout, keys, sha1_hex, wxsign};

fn string1(ticket: &str, nonce: &str, ts: &str, url: &str) -> String {
    format!("jsapi_ticket={ticket}&noncestr={nonce}&timestamp={ts}&url={url}")
}

#[test]
fn every_domain_vector_through_the_cli() {
    for &(ts, url, expected) in VECTORS {
        let out = wxsign()
            .args(["sign", "--ticket", TICKET, "--noncestr", NONCE])
            .args(["--timestamp", ts, "--url", url])
            .output()
            .expect("runs");
        assert!(out.status.success(), "{url}: {out:?}");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let lines: Vec<&str> = stdout.lines().collect();
        assert_eq!(
            lines,
            [
                format!("string1    {}", string1(TICKET, NONCE, ts, url)),
                format!("signature  {expected}"),
            ],
            "{url}"
        );
    }
}

#[test]
fn json_has_exactly_the_documented_keys() {
    let (ts, url, expected) = VECTORS[0];
    let out = wxsign()
        .args(["sign", "--json", "--ticket", TICKET, "--noncestr", NONCE])
        .args(["--timestamp", ts, "--url", url])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let v = json_stdout(&out);
    assert_eq!(
        keys(&v),
        [
            "jsapi_ticket",
            "noncestr",
            "signature",
            "string1",
            "timestamp",
            "url"
        ]
    );
    assert_eq!(v["signature"], expected);
    assert_eq!(v["string1"], string1(TICKET, NONCE, ts, url));
    assert_eq!(v["jsapi_ticket"], TICKET);
    assert_eq!(v["noncestr"], NONCE);
    assert_eq!(v["timestamp"], serde_json::json!(1414587457u64));
    assert!(v["timestamp"].is_u64());
    assert_eq!(v["url"], url);
}

#[test]
fn hyphen_leading_values_work_with_and_without_equals() {
    let ticket = "-Sl-HhTdfl2fzFy1AOcHKP7qg";
    let expected = sha1_hex(&string1(ticket, "-n", "1414587457", "https://qq.com/"));
    for args in [
        vec!["--ticket", ticket, "--noncestr", "-n"],
        vec!["--ticket=-Sl-HhTdfl2fzFy1AOcHKP7qg", "--noncestr=-n"],
    ] {
        let out = wxsign()
            .arg("sign")
            .args(&args)
            .args([
                "--timestamp",
                "1414587457",
                "--url",
                "https://qq.com/",
                "--json",
            ])
            .output()
            .expect("runs");
        assert!(out.status.success(), "{args:?}: {out:?}");
        let v = json_stdout(&out);
        assert_eq!(v["signature"], expected.as_str(), "{args:?}");
        assert_eq!(v["jsapi_ticket"], ticket);
    }
}

#[test]
fn a_16_kb_url_with_quotes_spaces_and_fragment_is_signed_as_given() {
    let url = big_url(16 * 1024);
    let out = wxsign()
        .args(["sign", "--json", "--ticket", TICKET, "--noncestr", NONCE])
        .args(["--timestamp", "1414587457", "--url", &url])
        .output()
        .expect("runs");
    assert!(out.status.success(), "{:?}", out.status);
    let v = json_stdout(&out);
    assert_eq!(v["url"], url.as_str());
    let expected = sha1_hex(&string1(TICKET, NONCE, "1414587457", &url));
    assert_eq!(v["signature"], expected.as_str());
    // Signed as given, but the user is told the fragment should not be there.
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("[fragment]"), "{stderr}");
}

#[test]
fn warns_on_stderr_only_for_urls_check_url_rejects() {
    wxsign()
        .args([
            "sign",
            "--ticket",
            TICKET,
            "--noncestr",
            NONCE,
            "--timestamp",
            "1",
        ])
        .args(["--url", "https://mp.qq.com/a?b=1"])
        .assert()
        .success()
        .stderr(predicate::str::is_empty());
    wxsign()
        .args([
            "sign",
            "--ticket",
            TICKET,
            "--noncestr",
            NONCE,
            "--timestamp",
            "1",
        ])
        .args(["--url", "https://mp.qq.com:8080/a"])
        .assert()
        .success()
        .stderr(predicate::str::contains("[port]"));
    wxsign()
        .args([
            "sign",
            "--ticket",
            TICKET,
            "--noncestr",
            NONCE,
            "--timestamp",
            "1",
        ])
        .args(["--url", "https://mp.qq.com:8080/a", "--lang", "zh"])
        .assert()
        .success()
        .stderr(predicate::str::contains("端口"));
}

#[test]
fn nonce_and_timestamp_are_generated_when_omitted() {
    let out = wxsign()
        .args([
            "sign",
            "--json",
            "--ticket",
            TICKET,
            "--url",
            "https://qq.com/",
        ])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let v = json_stdout(&out);
    let nonce = v["noncestr"].as_str().expect("a string");
    assert_eq!(nonce.len(), 16);
    assert!(nonce.bytes().all(|b| b.is_ascii_alphanumeric()), "{nonce}");
    // Seconds, not milliseconds, and after this code was written.
    let ts = v["timestamp"].as_u64().expect("a number");
    assert!((1_700_000_000..10_000_000_000).contains(&ts), "{ts}");
    let expected = sha1_hex(&string1(TICKET, nonce, &ts.to_string(), "https://qq.com/"));
    assert_eq!(v["signature"], expected.as_str());
}

#[test]
fn piped_output_is_plain() {
    let out = wxsign()
        .args(["sign", "--ticket", TICKET, "--url", "https://qq.com/"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("signature"));
    assert!(!out.stdout.contains(&0x1b), "escape codes in piped output");
    assert!(!out.stderr.contains(&0x1b), "escape codes in piped stderr");
}

#[test]
fn bad_arguments_exit_2_with_a_usage_hint() {
    let cases: &[&[&str]] = &[
        &["sign", "--url", "https://qq.com/"],
        &["sign", "--ticket", TICKET],
        &["sign", "--ticket", "", "--url", "https://qq.com/"],
        &["sign", "--ticket", TICKET, "--url", ""],
        &[
            "sign",
            "--ticket",
            TICKET,
            "--url",
            "https://qq.com/",
            "--timestamp",
            "abc",
        ],
        &[
            "sign",
            "--ticket",
            TICKET,
            "--url",
            "https://qq.com/",
            "--timestamp",
            "-1",
        ],
        &[
            "sign",
            "--ticket",
            TICKET,
            "--url",
            "https://qq.com/",
            "--bogus",
        ],
        &["sign", "--ticket"],
    ];
    for args in cases {
        wxsign()
            .args(*args)
            .assert()
            .code(2)
            .stdout(predicate::str::is_empty())
            .stderr(predicate::str::starts_with("error:"))
            .stderr(predicate::str::contains("--help"));
    }
}

#[test]
fn the_ticket_can_come_from_the_environment() {
    let (ts, url, expected) = VECTORS[1];
    let out = wxsign()
        .env("WXSIGN_TICKET", TICKET)
        .args([
            "sign",
            "--json",
            "--noncestr",
            NONCE,
            "--timestamp",
            ts,
            "--url",
            url,
        ])
        .output()
        .expect("runs");
    assert!(out.status.success(), "{out:?}");
    assert_eq!(json_stdout(&out)["signature"], expected);
    // --help must not show the value.
    wxsign()
        .env("WXSIGN_TICKET", TICKET)
        .args(["sign", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("WXSIGN_TICKET"))
        .stdout(predicate::str::contains(TICKET).not());
}

#[test]
fn a_ticket_list_or_stray_whitespace_is_signed_as_given_with_a_warning() {
    for ticket in ["a,b", "abc\n", " abc"] {
        let out = wxsign()
            .env("WXSIGN_TICKET", ticket)
            .args(["sign", "--json", "--noncestr", "n", "--timestamp", "1"])
            .args(["--url", "https://qq.com/"])
            .output()
            .expect("runs");
        assert!(out.status.success(), "{ticket:?}");
        let v = json_stdout(&out);
        assert_eq!(v["jsapi_ticket"], ticket);
        let expected = sha1_hex(&string1(ticket, "n", "1", "https://qq.com/"));
        assert_eq!(v["signature"], expected.as_str());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("[ticket]"), "{ticket:?}: {stderr}");
    }
}

#[test]
fn a_millisecond_timestamp_is_signed_with_a_warning() {
    // DOMAIN.md §1 last vector: the signature is right for the string, WeChat rejects the config.
    let (ts, url, expected) = VECTORS[4];
    let out = wxsign()
        .args(["sign", "--ticket", TICKET, "--noncestr", NONCE])
        .args(["--timestamp", ts, "--url", url, "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(json_stdout(&out)["signature"], expected);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("warning:"), "{stderr}");
    assert!(stderr.contains("[millisecond_timestamp]"), "{stderr}");
    assert!(stderr.contains("milliseconds"), "{stderr}");
    // Seconds: no warning at all.
    wxsign()
        .args(["sign", "--ticket", TICKET, "--noncestr", NONCE])
        .args(["--timestamp", "1414587457", "--url", "https://mp.qq.com/"])
        .assert()
        .success()
        .stderr(predicate::str::is_empty());
}

/// `--lang zh`: the warning prefix and the labels follow the language (finding 6).
#[test]
fn chinese_warnings_and_labels() {
    let out = wxsign()
        .args(["sign", "--ticket", TICKET, "--noncestr", NONCE])
        .args(["--timestamp", "1414587457000", "--lang", "zh"])
        .args(["--url", "http://mp.weixin.qq.com?params=value#/home"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!stderr.contains("warning"), "{stderr}");
    assert!(stderr.contains("警告： [fragment]"), "{stderr}");
    assert!(
        stderr.contains("警告： [millisecond_timestamp]"),
        "{stderr}"
    );
    assert!(stdout.contains("签名"), "{stdout}");
    assert!(!stdout.contains("signature"), "{stdout}");
}

/// Without a ticket the error names all three ways to give one, and so does the help (finding 15).
#[test]
fn a_missing_ticket_names_profile_and_environment() {
    wxsign()
        .args(["sign", "--url", "https://qq.com/"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--ticket"))
        .stderr(predicate::str::contains("--profile"))
        .stderr(predicate::str::contains("WXSIGN_TICKET"));
    wxsign()
        .args(["sign", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--profile NAME"))
        .stdout(predicate::str::contains("WXSIGN_TICKET"));
}

/// `--platform` signs with the platform's recipe and shows its page call; WeChat's two platforms
/// give DOMAIN.md §1's answers under `wx.config`'s names.
#[test]
fn platform_signs_with_its_recipe_and_shows_its_call() {
    let (ts, url, expected) = VECTORS[0];
    for platform in ["official_account", "wecom"] {
        let out = wxsign()
            .args(["sign", "--platform", platform, "--ticket", TICKET])
            .args(["--noncestr", NONCE, "--timestamp", ts, "--url", url])
            .output()
            .expect("runs");
        assert!(out.status.success(), "{platform}: {out:?}");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let lines: Vec<&str> = stdout.lines().collect();
        assert_eq!(
            lines,
            [
                format!("string1    {}", string1(TICKET, NONCE, ts, url)),
                format!("signature  {expected}"),
                format!(
                    "call       wx.config({{timestamp: \"{ts}\", nonceStr: \"{NONCE}\", signature: \"{expected}\"}})"
                ),
            ],
            "{platform}"
        );
    }
    wxsign()
        .args([
            "sign",
            "--platform",
            "weibo",
            "--ticket",
            TICKET,
            "--url",
            url,
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("weibo"));
    wxsign()
        .args([
            "sign",
            "--platform",
            "wecom",
            "--profile",
            "p",
            "--url",
            url,
        ])
        .assert()
        .code(2);
}

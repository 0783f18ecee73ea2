//! `token`, `ticket` and `sign --profile` end to end against the mock WeChat, and a whole flow
//! scanned for leaked credentials.

use std::path::Path;

use predicates::prelude::*;

use super::commands::{add_profile, wxsign};
use crate::cli::mock_wechat::*;

#[test]
fn token_and_ticket_json_redacted_and_revealed() {
    let rt = runtime();
    let server = rt.block_on(happy(None));
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path();
    add_profile(c, "https://unused.invalid");
    // --api-base wins over the profile's base.
    let out = wxsign(c)
        .env("WXSIGN_APP_SECRET", APP_SECRET)
        .args([
            "token",
            "--profile",
            "dev",
            "--json",
            "--api-base",
            &server.uri(),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["access_token"], "ACCESS… (45 chars)");
    assert_eq!(v["expires_in"], 7200);
    assert_eq!(v["from_cache"], false);
    assert_eq!(v["endpoint"], "stable_token");
    assert!(v["fetched_at"].as_i64().unwrap() > 1_700_000_000);

    let out = wxsign(c)
        .env("WXSIGN_APP_SECRET", APP_SECRET)
        .args(["ticket", "--profile", "dev", "--json", "--reveal"])
        .args(["--api-base", &server.uri()])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["ticket"], TICKET);
    assert_eq!(v["type"], "jsapi");
    assert_eq!(v["from_cache"], false);
    assert_eq!(rt.block_on(calls(&server, LEGACY)), 0);

    // Human output, secret from stdin.
    wxsign(c)
        .args(["ticket", "--profile", "dev", "--secret-stdin"])
        .args(["--api-base", &server.uri()])
        .write_stdin(format!("{APP_SECRET}\n"))
        .assert()
        .success()
        .stdout(predicate::str::contains("sM4AOV… (86 chars)"))
        .stdout(predicate::str::contains(TICKET).not());
}

#[test]
fn sign_with_a_profile_fetches_the_ticket() {
    let rt = runtime();
    let server = rt.block_on(happy(None));
    let dir = tempfile::tempdir().unwrap();
    add_profile(dir.path(), &server.uri());
    let sign = |extra: &[&str]| {
        let out = wxsign(dir.path())
            .env("WXSIGN_APP_SECRET", APP_SECRET)
            .args(["sign", "--profile", "dev", "--json"])
            .args(["--url", "http://mp.weixin.qq.com?params=value"])
            .args([
                "--noncestr",
                "Wm3WZYTPz0wzccnW",
                "--timestamp",
                "1414587457",
            ])
            .args(extra)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    // DOMAIN.md §1 vector: the mock hands out the documented ticket.
    let v = sign(&[]);
    assert_eq!(v["signature"], "0f9de62fce790f9a083d5c99e95740ceb90c27ed");
    assert_eq!(v["jsapi_ticket"], "sM4AOV… (86 chars)");
    assert!(!v["string1"].as_str().unwrap().contains(TICKET));
    let v = sign(&["--reveal"]);
    assert_eq!(v["jsapi_ticket"], TICKET);
    assert!(
        v["string1"]
            .as_str()
            .unwrap()
            .starts_with(&format!("jsapi_ticket={TICKET}&"))
    );
    // The second and third runs are new processes with a memory store: each fetches once, and
    // never through cgi-bin/token.
    assert_eq!(rt.block_on(calls(&server, GETTICKET)), 2);
    assert_eq!(rt.block_on(calls(&server, LEGACY)), 0);

    wxsign(dir.path())
        .args([
            "sign",
            "--profile",
            "dev",
            "--ticket",
            TICKET,
            "--url",
            "https://qq.com/",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "give either --ticket or --profile, not both",
        ));
    wxsign(dir.path())
        .args([
            "sign",
            "--url",
            "https://qq.com/",
            "--reveal",
            "--ticket",
            TICKET,
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--profile <PROFILE>"));
}

#[test]
fn wechat_errors_exit_1_with_meaning_and_fix() {
    let rt = runtime();
    let server = rt.block_on(async {
        let s = wiremock::MockServer::start().await;
        wiremock::Mock::given(wiremock::matchers::path(STABLE))
            .respond_with(errcode(
                40164,
                "invalid ip 198.51.100.4 ipv6 ::ffff:198.51.100.4, not in whitelist rid: 9",
            ))
            .mount(&s)
            .await;
        s
    });
    let dir = tempfile::tempdir().unwrap();
    add_profile(dir.path(), &server.uri());
    let out = wxsign(dir.path())
        .env("WXSIGN_APP_SECRET", APP_SECRET)
        .args(["ticket", "--profile", "dev", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("errcode 40164"), "{stderr}");
    assert!(stderr.contains("add 198.51.100.4 to"), "{stderr}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["error"]["errcode"], 40164);
    assert!(
        v["error"]["errmsg"]
            .as_str()
            .unwrap()
            .contains("invalid ip")
    );
    assert!(
        v["error"]["meaning"]
            .as_str()
            .unwrap()
            .contains("whitelist")
    );
    assert!(v["error"]["fix"].as_str().unwrap().contains("IP白名单"));

    // Chinese locale: the meaning and fix in Chinese.
    wxsign(dir.path())
        .env("WXSIGN_APP_SECRET", APP_SECRET)
        .env("LANG", "zh_CN.UTF-8")
        .args(["token", "--profile", "dev"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("白名单"));

    // No secret anywhere: exit 1 and how to set one; nothing sent.
    let before = rt.block_on(calls(&server, STABLE));
    wxsign(dir.path())
        .args(["token", "--profile", "dev", "--json"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("wxsign secret set"));
    assert_eq!(rt.block_on(calls(&server, STABLE)), before);
}

/// Walks every file under `dir` (config dir, caches, logs) and returns its bytes as text.
fn all_files(dir: &Path) -> String {
    let mut out = String::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.push_str(&all_files(&p));
            } else if let Ok(b) = std::fs::read(&p) {
                out.push_str(&String::from_utf8_lossy(&b));
            }
        }
    }
    out
}

#[test]
fn a_whole_flow_leaks_no_credential() {
    let rt = runtime();
    let server = rt.block_on(happy(None));
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config");
    let mut transcript = String::new();
    let mut run = |args: &[&str], stdin: Option<&str>| {
        let mut cmd = wxsign(&config);
        cmd.env("HOME", home.path())
            .env("XDG_CONFIG_HOME", home.path().join("xdg"))
            .env("XDG_CACHE_HOME", home.path().join("cache"))
            .env("WXSIGN_APP_SECRET", APP_SECRET)
            .args(args);
        if let Some(s) = stdin {
            cmd.write_stdin(s.to_owned());
        }
        let out = cmd.output().unwrap();
        transcript.push_str(&String::from_utf8_lossy(&out.stdout));
        transcript.push_str(&String::from_utf8_lossy(&out.stderr));
        out.status.success()
    };
    let base = server.uri();
    assert!(run(
        &[
            "profile",
            "add",
            "dev",
            "--appid",
            APP_ID,
            "--api-base",
            &base
        ],
        None
    ));
    assert!(run(
        &["secret", "set", "--profile", "dev", "--secret-stdin"],
        Some(&format!("{APP_SECRET}\n"))
    ));
    assert!(run(&["secret", "status", "--profile", "dev"], None));
    assert!(run(&["token", "--profile", "dev", "-v"], None));
    assert!(run(
        &[
            "token",
            "--profile",
            "dev",
            "--json",
            "-v",
            "--force-refresh"
        ],
        None
    ));
    assert!(run(&["ticket", "--profile", "dev", "-v"], None));
    assert!(run(
        &[
            "ticket",
            "--profile",
            "dev",
            "--json",
            "-v",
            "--secret-stdin"
        ],
        Some(APP_SECRET)
    ));
    assert!(run(
        &[
            "sign",
            "--profile",
            "dev",
            "--url",
            "https://example.com/a?b=1"
        ],
        None
    ));
    assert!(run(
        &[
            "sign",
            "--profile",
            "dev",
            "--json",
            "--url",
            "https://example.com/"
        ],
        None
    ));
    assert!(run(&["profile", "show", "dev"], None));
    assert!(run(&["profile", "show", "dev", "--json"], None));
    // A failing call too: errors must not echo the secret either.
    assert!(!run(
        &[
            "ticket",
            "--profile",
            "dev",
            "-v",
            "--api-base",
            "http://127.0.0.1:9"
        ],
        None
    ));

    // The test can fail: the secret really went to the server, the credentials really came back.
    assert!(rt.block_on(seen(&server)).contains(APP_SECRET));
    assert!(
        transcript.contains("GET /cgi-bin/ticket/getticket"),
        "{transcript}"
    );
    let on_disk = all_files(home.path());
    assert!(on_disk.contains(APP_ID), "the profile was written");
    for (what, value) in [
        ("appSecret", APP_SECRET),
        ("token", TOKEN),
        ("ticket", TICKET),
    ] {
        assert!(
            !transcript.contains(value),
            "{what} in the output:\n{transcript}"
        );
        assert!(!on_disk.contains(value), "{what} on disk");
    }
}

/// QA finding 4: a pasted secret with spaces around it reaches WeChat without them.
#[test]
fn secret_stdin_is_trimmed_before_it_is_sent() {
    let rt = runtime();
    let server = rt.block_on(happy(None));
    let dir = tempfile::tempdir().unwrap();
    add_profile(dir.path(), &server.uri());
    wxsign(dir.path())
        .args(["token", "--profile", "dev", "--secret-stdin", "--json"])
        .write_stdin(format!("  {APP_SECRET} \n"))
        .assert()
        .success();
    let seen = rt.block_on(seen(&server));
    assert!(
        seen.contains(&format!("\"secret\":\"{APP_SECRET}\"")),
        "{seen}"
    );
    wxsign(dir.path())
        .args(["token", "--profile", "dev", "--secret-stdin"])
        .write_stdin(" \t \n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("stdin was empty"));
}

/// QA finding 10: a network error prints its advice once (as the fix), not in the error too.
#[test]
fn network_error_says_its_fix_once() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dir = tempfile::tempdir().unwrap();
    add_profile(dir.path(), &format!("http://127.0.0.1:{port}"));
    let out = wxsign(dir.path())
        .env("WXSIGN_APP_SECRET", APP_SECRET)
        .args(["token", "--profile", "dev"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("could not connect"), "{stderr}");
    assert_eq!(stderr.matches("HTTPS_PROXY").count(), 1, "{stderr}");
}

/// QA finding 6: token and ticket labels, warnings and "fix:" follow --lang.
#[test]
fn token_and_ticket_speak_chinese() {
    let rt = runtime();
    let server = rt.block_on(happy(None));
    let dir = tempfile::tempdir().unwrap();
    add_profile(dir.path(), &server.uri());
    wxsign(dir.path())
        .env("WXSIGN_APP_SECRET", APP_SECRET)
        .args(["ticket", "--profile", "dev", "--lang", "zh"])
        .assert()
        .success()
        .stdout(predicate::str::contains("票据"))
        .stdout(predicate::str::contains("来自缓存"))
        .stdout(predicate::str::contains("from_cache").not());
    wxsign(dir.path())
        .env("WXSIGN_APP_SECRET", APP_SECRET)
        .args(["token", "--profile", "dev", "--lang", "zh"])
        .assert()
        .success()
        .stdout(predicate::str::contains("剩余有效期"));
    // No secret: the error's labels in Chinese too.
    wxsign(dir.path())
        .args(["token", "--profile", "dev", "--lang", "zh", "--api-base"])
        .arg(format!("{}/other", server.uri()))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("错误："))
        .stderr(predicate::str::contains("解决："))
        .stderr(predicate::str::contains("fix:").not());
}

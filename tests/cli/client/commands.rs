//! The `profile`, `secret`, `token` and `ticket` commands end to end, with a memory secret store,
//! a temp config dir and the mock WeChat.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

use crate::cli::mock_wechat::*;

/// `wxsign` with a clean environment: temp config dir, memory keyring, no proxy, English.
pub fn wxsign(config: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_wxsign"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("WXSIGN_CONFIG_DIR", config)
        .env("WXSIGN_KEYRING", "memory")
        .env("LANG", "C");
    cmd
}

fn add_profile(config: &Path, base: &str) {
    wxsign(config)
        .args([
            "profile",
            "add",
            "dev",
            "--appid",
            APP_ID,
            "--api-base",
            base,
        ])
        .assert()
        .success();
}

#[test]
fn profile_lifecycle() {
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path();
    wxsign(c)
        .args(["profile", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("no profiles yet"));
    wxsign(c)
        .args([
            "profile",
            "add",
            "prod",
            "--appid",
            APP_ID,
            "--safe-domain",
            "example.com",
            "--safe-domain",
            "wx.example.com/mp",
            "--test-account",
        ])
        .assert()
        .success();
    wxsign(c)
        .args(["profile", "add", "prod", "--appid", APP_ID])
        .assert()
        .failure()
        .code(1)
        .stderr(predicate::str::contains("already exists"));
    wxsign(c)
        .args([
            "profile",
            "edit",
            "prod",
            "--legacy-token",
            "--rename",
            "main",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains("5 minutes later"));
    let out = wxsign(c)
        .args(["profile", "show", "main", "--json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["app_id"], APP_ID);
    assert_eq!(v["kind"], "test_account");
    assert_eq!(v["token_mode"], "legacy");
    assert_eq!(v["api_base"], "https://api.weixin.qq.com");
    assert_eq!(v["safe_domains"][1], "wx.example.com/mp");
    wxsign(c)
        .args(["profile", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("main").and(predicate::str::contains("test account")));
    wxsign(c)
        .args(["profile", "remove", "main"])
        .assert()
        .success();
    wxsign(c)
        .args(["profile", "show", "main"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("wxsign profile list"));
}

#[test]
fn bad_arguments_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    wxsign(dir.path())
        .args(["profile", "add", "x"])
        .assert()
        .code(2);
    wxsign(dir.path())
        .args(["ticket", "--profile", "x", "--type", "card"])
        .assert()
        .code(2);
    // A secret is never an argument.
    wxsign(dir.path())
        .args(["secret", "set", "--profile", "x", "--secret", "abc"])
        .assert()
        .code(2);
}

#[test]
fn broken_profiles_file_is_reported_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("profiles.toml");
    std::fs::write(&file, "[[profile]]\nname = \"a\"\napp_id = [\n").unwrap();
    wxsign(dir.path())
        .args(["profile", "list"])
        .assert()
        .success()
        .stderr(predicate::str::contains("profiles.toml:"))
        .stderr(predicate::str::contains("profiles.toml.bak"));
    assert!(dir.path().join("profiles.toml.bak").exists());
}

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

#[test]
fn secret_set_in_memory_mode_says_it_does_not_persist() {
    let dir = tempfile::tempdir().unwrap();
    add_profile(dir.path(), "https://api.weixin.qq.com");
    wxsign(dir.path())
        .args(["secret", "set", "--profile", "dev", "--secret-stdin"])
        .write_stdin(format!("{APP_SECRET}\n"))
        .assert()
        .success()
        .stdout(predicate::str::contains("memory only"));
    wxsign(dir.path())
        .args(["secret", "set", "--profile", "dev", "--secret-stdin"])
        .write_stdin("\n")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("empty"));
    wxsign(dir.path())
        .args(["secret", "set", "--profile", "dev"])
        .write_stdin("")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--secret-stdin"));
}

#[cfg(target_os = "linux")]
#[test]
fn no_keyring_is_said_plainly_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    add_profile(dir.path(), "https://api.weixin.qq.com");
    let out = wxsign(dir.path())
        .env_remove("WXSIGN_KEYRING")
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/wxsign-test-bus",
        )
        .args(["secret", "set", "--profile", "dev", "--secret-stdin"])
        .write_stdin(format!("{APP_SECRET}\n"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no usable OS keyring"), "{stderr}");
    assert!(stderr.contains("gnome-keyring"), "{stderr}");
    assert!(stderr.contains("WXSIGN_APP_SECRET"), "{stderr}");
    let files: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(files, vec![std::ffi::OsString::from("profiles.toml")]);
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

//! `wxsign doctor` end to end: against the mock WeChat, a missing keyring, a corrupt profiles
//! file, a proxy that refuses, and a server whose `Date` is 10 minutes off.

use std::path::Path;
use std::process::{Command, Output};

use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::cli::mock_wechat::{self, APP_ID, APP_SECRET};

fn wxsign(config: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_wxsign"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", config)
        .env("WXSIGN_CONFIG_DIR", config)
        .env("WXSIGN_KEYRING", "memory")
        .env("LANG", "C");
    cmd
}

fn add(config: &Path, name: &str, base: &str) {
    let out = wxsign(config)
        .args([
            "profile",
            "add",
            name,
            "--appid",
            APP_ID,
            "--api-base",
            base,
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `doctor --json`: (exit code, the checks by id and profile).
fn doctor(cmd: &mut Command, extra: &[&str]) -> (Option<i32>, Vec<serde_json::Value>, Output) {
    let out = cmd.args(["doctor", "--json"]).args(extra).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)));
    assert_eq!(v["ok"], out.status.code() == Some(0), "{v}");
    let checks = v["checks"].as_array().unwrap().clone();
    (out.status.code(), checks, out)
}

fn check<'a>(checks: &'a [serde_json::Value], id: &str) -> &'a serde_json::Value {
    checks
        .iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no {id}: {checks:#?}"))
}

/// A mock whose `GET /` answers with the given `Date` header (hyper keeps one that is set).
async fn with_date(date: Option<String>) -> MockServer {
    let server = MockServer::start().await;
    let mut reply = ResponseTemplate::new(404);
    if let Some(d) = date {
        reply = reply.insert_header("Date", d.as_str());
    }
    Mock::given(method("GET"))
        .and(path("/"))
        .respond_with(reply)
        .mount(&server)
        .await;
    server
}

#[test]
fn a_healthy_setup_exits_0_and_each_line_has_its_fix() {
    let rt = mock_wechat::runtime();
    let server = rt.block_on(with_date(None));
    let dir = tempfile::tempdir().unwrap();
    add(dir.path(), "dev", &server.uri());
    let (code, checks, out) = doctor(wxsign(dir.path()).env("WXSIGN_APP_SECRET", APP_SECRET), &[]);
    assert_eq!(code, Some(0), "{checks:#?}");
    let reach = check(&checks, "profile.reach");
    assert_eq!(reach["profile"], "dev");
    assert_eq!(reach["status"], "ok");
    assert!(
        reach["message"]
            .as_str()
            .unwrap()
            .contains("reachable: DNS 127.0.0.1 → TCP → HTTP 404"),
        "{reach}"
    );
    assert_eq!(check(&checks, "profile.clock")["status"], "ok");
    assert_eq!(check(&checks, "profile.secret")["status"], "ok");
    // Memory by request: a warning with its fix, not a failure.
    let keyring = check(&checks, "keyring.store");
    assert_eq!(keyring["status"], "warn");
    assert!(keyring["fix"].as_str().unwrap().contains("WXSIGN_KEYRING"));
    for c in &checks {
        assert_eq!(c["status"] == "ok", c["fix"].is_null(), "{c}");
    }
    assert!(!String::from_utf8_lossy(&out.stdout).contains(APP_SECRET));
    // Human output, both languages: ✓ lines and the summary.
    let text = |lang: &str| {
        let out = wxsign(dir.path())
            .env("WXSIGN_APP_SECRET", APP_SECRET)
            .args(["doctor", "--lang", lang])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        String::from_utf8(out.stdout).unwrap()
    };
    let en = text("en");
    assert!(
        en.contains("✓ config: ") && en.contains("profile dev"),
        "{en}"
    );
    assert!(en.contains("nothing is broken"), "{en}");
    let zh = text("zh");
    assert!(zh.contains("配置 dev") && zh.contains("一切正常"), "{zh}");
    assert!(zh.contains("解决："), "{zh}");
}

#[test]
fn a_missing_keyring_and_a_corrupt_profiles_file_fail() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("profiles.toml"),
        "[[profile]]\nname = \"a\"\napp_id = [\n",
    )
    .unwrap();
    let mut cmd = wxsign(dir.path());
    cmd.env_remove("WXSIGN_KEYRING").env(
        "DBUS_SESSION_BUS_ADDRESS",
        "unix:path=/nonexistent/wxsign-test-bus",
    );
    let (code, checks, _) = doctor(&mut cmd, &[]);
    assert_eq!(code, Some(1));
    let keyring = check(&checks, "keyring.store");
    assert_eq!(keyring["status"], "fail");
    assert!(
        keyring["fix"].as_str().unwrap().contains("gnome-keyring") || !cfg!(target_os = "linux"),
        "{keyring}"
    );
    assert!(
        checks.iter().all(|c| c["id"] != "keyring.write"),
        "not tried"
    );
    let profiles = check(&checks, "config.profiles");
    assert_eq!(profiles["status"], "fail");
    assert!(
        profiles["message"]
            .as_str()
            .unwrap()
            .contains("profiles.toml:3"),
        "{profiles}"
    );
    assert!(
        profiles["fix"]
            .as_str()
            .unwrap()
            .contains("profiles.toml.bak")
    );
    // The check only reads: the file is as it was, and no backup was made.
    assert!(!dir.path().join("profiles.toml.bak").exists());
}

#[test]
fn a_proxy_that_refuses_is_named() {
    let dir = tempfile::tempdir().unwrap();
    add(dir.path(), "dev", "https://api.weixin.qq.com");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let proxy = format!("http://127.0.0.1:{port}");
    let (code, checks, _) = doctor(
        wxsign(dir.path())
            .env("WXSIGN_APP_SECRET", APP_SECRET)
            .env("HTTPS_PROXY", &proxy),
        &[],
    );
    assert_eq!(code, Some(1));
    let reach = check(&checks, "profile.reach");
    assert_eq!(reach["status"], "fail");
    let message = reach["message"].as_str().unwrap();
    assert!(
        message.contains(&format!("through the proxy {proxy}")),
        "{message}"
    );
    assert!(message.contains("the proxy refused"), "{message}");
    assert!(reach["fix"].as_str().unwrap().contains("HTTPS_PROXY"));
    // No clock line without an answer.
    assert!(checks.iter().all(|c| c["id"] != "profile.clock"));
}

#[test]
fn a_server_ten_minutes_off_is_a_clock_failure() {
    let rt = mock_wechat::runtime();
    let behind = chrono::Utc::now() - chrono::Duration::seconds(600);
    let date = behind.format("%a, %d %b %Y %H:%M:%S GMT").to_string();
    let server = rt.block_on(with_date(Some(date)));
    let dir = tempfile::tempdir().unwrap();
    add(dir.path(), "dev", &server.uri());
    let (code, checks, _) = doctor(wxsign(dir.path()).env("WXSIGN_APP_SECRET", APP_SECRET), &[]);
    assert_eq!(code, Some(1));
    let clock = check(&checks, "profile.clock");
    assert_eq!(clock["status"], "fail");
    let message = clock["message"].as_str().unwrap();
    // The server says 10 minutes earlier: this computer is ahead (a second may tick between).
    assert!(
        message.contains("10 min 0 s ahead of") || message.contains("10 min 1 s ahead of"),
        "{message}"
    );
    assert!(clock["fix"].as_str().unwrap().len() > 10);
    assert_eq!(check(&checks, "profile.reach")["status"], "ok");
}

#[test]
fn offline_and_one_profile() {
    let dir = tempfile::tempdir().unwrap();
    add(dir.path(), "a", "http://127.0.0.1:9");
    add(dir.path(), "b", "http://127.0.0.1:9");
    let (_, checks, _) = doctor(&mut wxsign(dir.path()), &["--profile", "b", "--offline"]);
    assert!(checks.iter().all(|c| c["profile"] != "a"));
    assert!(checks.iter().any(|c| c["profile"] == "b"));
    assert!(checks.iter().all(|c| c["id"] != "profile.reach"));
    let out = wxsign(dir.path())
        .args(["doctor", "--profile", "nope"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no profile named 'nope'"));
}

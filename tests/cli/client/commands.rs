//! The `profile` and `secret` commands end to end, with a memory secret store and a temp config
//! dir.

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

pub fn add_profile(config: &Path, base: &str) {
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
        .success()
        .stdout(predicate::str::contains("--delete-secret"));
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

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
        .stdout(predicate::str::contains("removed profile main"))
        // The memory store keeps no secret: nothing "stays in the keyring".
        .stdout(predicate::str::contains("keyring").not());
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
        .code(2)
        .stderr(predicate::str::contains("--appid <APPID>"));
    wxsign(dir.path())
        .args(["ticket", "--profile", "x", "--type", "card"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "invalid value 'card' for '--type <KIND>'",
        ));
    // QA finding 8: WeChat's spelling `wx_card` (as in the README) is accepted like `wx-card`:
    // this fails for the missing profile (1), not for the argument (2).
    for t in ["wx_card", "wx-card"] {
        wxsign(dir.path())
            .args(["ticket", "--profile", "x", "--type", t])
            .assert()
            .code(1)
            .stderr(predicate::str::contains("no profile named 'x'"));
    }
    // A secret is never an argument.
    wxsign(dir.path())
        .args(["secret", "set", "--profile", "x", "--secret", "abc"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unexpected argument '--secret'"));
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
        .stderr(predicate::str::contains("profiles.toml:"));
    // A read-only command leaves the file as it is.
    assert!(!dir.path().join("profiles.toml.bak").exists());
    assert!(file.exists());
}

/// The profile names `profile list --json` prints, in order.
fn names(config: &Path) -> Vec<String> {
    let out = wxsign(config)
        .args(["profile", "list", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_owned())
        .collect()
}

/// QA finding 1: two typos in a row, each followed by a save, must not lose a and b.
#[test]
fn a_typo_skips_one_entry_and_every_save_keeps_its_own_backup() {
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path();
    let file = c.join("profiles.toml");
    for name in ["a", "b"] {
        wxsign(c)
            .args(["profile", "add", name, "--appid", APP_ID])
            .assert()
            .success();
    }
    let typo = |from: &str, to: &str| {
        let text = std::fs::read_to_string(&file).unwrap();
        let changed = text.replacen(from, to, 1);
        assert_ne!(text, changed);
        std::fs::write(&file, &changed).unwrap();
        changed
    };
    // `a` is the first entry: its kind is the first one in the file.
    let first = typo("kind = \"production\"", "kind = \"prod\"");
    let line = first.lines().position(|l| l.contains("\"prod\"")).unwrap() + 1;
    wxsign(c)
        .args(["profile", "list"])
        .assert()
        .success()
        .stderr(predicate::str::contains(format!("profiles.toml:{line}")))
        .stderr(predicate::str::contains("prod"));
    assert_eq!(names(c), ["b"], "a is skipped, b is listed");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), first);
    wxsign(c)
        .args(["profile", "add", "c", "--appid", APP_ID])
        .assert()
        .success()
        .stderr(predicate::str::contains("profiles.toml.bak"));
    let second = typo("kind = \"production\"", "kind = \"prod\"");
    assert_eq!(names(c), ["c"], "b is skipped now, c is listed");
    wxsign(c)
        .args(["profile", "add", "d", "--appid", APP_ID])
        .assert()
        .success()
        .stderr(predicate::str::contains("profiles.toml.1.bak"));
    assert_eq!(
        std::fs::read_to_string(c.join("profiles.toml.bak")).unwrap(),
        first
    );
    assert_eq!(
        std::fs::read_to_string(c.join("profiles.toml.1.bak")).unwrap(),
        second
    );
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
        .code(2)
        .stderr(predicate::str::contains("empty"));
    wxsign(dir.path())
        .args(["secret", "set", "--profile", "dev", "--secret-stdin"])
        .write_stdin("   \n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("empty"));
    wxsign(dir.path())
        .args(["secret", "set", "--profile", "dev"])
        .write_stdin("")
        .assert()
        .code(2)
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

/// QA finding 2: the appSecret and cache belong to the appId, which another profile may share.
#[test]
fn remove_delete_secret_keeps_a_secret_another_profile_uses() {
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path();
    for name in ["a", "b"] {
        wxsign(c)
            .args(["profile", "add", name, "--appid", APP_ID])
            .assert()
            .success();
    }
    wxsign(c)
        .args(["profile", "remove", "a", "--delete-secret"])
        .assert()
        .success()
        .stdout(predicate::str::contains("removed profile a"))
        .stdout(predicate::str::contains(format!(
            "kept the appSecret and cached credentials of {APP_ID}: profile b still uses it"
        )));
    // The last profile with that appId: the secret goes.
    wxsign(c)
        .args(["profile", "remove", "b", "--delete-secret"])
        .assert()
        .success()
        .stdout(predicate::str::contains("kept").not());
}

/// QA finding 3: bad profile input is refused when it is typed, not when it fails later.
#[test]
fn profile_input_is_validated() {
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path();
    let add = |extra: &[&str]| {
        let mut cmd = wxsign(c);
        cmd.args(["profile", "add", "x"]).args(extra);
        cmd.assert()
    };
    add(&["--appid", "12345"])
        .code(1)
        .stderr(predicate::str::contains("appId '12345' is not valid"));
    add(&["--appid", APP_ID, "--safe-domain", "https://x.com"])
        .code(1)
        .stderr(predicate::str::contains("safe domain 'https://x.com'"));
    add(&["--appid", APP_ID, "--api-base", "http://h/cgi-bin/"])
        .code(1)
        .stderr(predicate::str::contains("/cgi-bin"));
    add(&["--appid", APP_ID, "--timeout-ms", "0"])
        .code(1)
        .stderr(predicate::str::contains("0 ms"));
    assert!(!c.join("profiles.toml").exists());
    add_profile(c, "https://api.weixin.qq.com");
    // --api-base on the command line is checked the same way, before any call.
    wxsign(c)
        .env("WXSIGN_APP_SECRET", APP_SECRET)
        .args(["token", "--profile", "dev", "--api-base", "http://h/p?x=1"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("query"));
}

/// QA finding 6: --lang zh (or a zh locale) translates the labels of profile and secret.
#[test]
fn profile_and_secret_speak_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path();
    wxsign(c)
        .args(["profile", "add", "dev", "--appid", APP_ID, "--lang", "zh"])
        .assert()
        .success()
        .stdout(predicate::str::contains("已添加配置 dev"));
    wxsign(c)
        .args(["profile", "show", "dev", "--lang", "zh"])
        .assert()
        .success()
        .stdout(predicate::str::contains("名称"))
        .stdout(predicate::str::contains("正式号"))
        .stdout(predicate::str::contains("超时"))
        .stdout(predicate::str::contains("timeouts").not());
    wxsign(c)
        .env("LANG", "zh_CN.UTF-8")
        .args(["profile", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("正式号"));
    wxsign(c)
        .args(["secret", "status", "--profile", "dev", "--lang", "zh"])
        .assert()
        .success()
        .stdout(predicate::str::contains("未设置"))
        .stdout(predicate::str::contains("secret set --profile dev"));
    // English stays the default.
    wxsign(c)
        .args(["profile", "show", "dev"])
        .assert()
        .success()
        .stdout(predicate::str::contains("timeouts"));
}

/// QA finding 15: every option and argument of these commands says what it is.
#[test]
fn help_texts_describe_every_argument() {
    let dir = tempfile::tempdir().unwrap();
    let help = |args: &[&str]| {
        let out = wxsign(dir.path())
            .args(args)
            .arg("--help")
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let has = |text: &str, needle: &str| assert!(text.contains(needle), "{needle}:\n{text}");
    has(&help(&["ticket"]), "card ticket");
    has(&help(&["ticket"]), "Print one JSON object");
    has(&help(&["token"]), "Print one JSON object");
    has(&help(&["profile", "edit"]), "A new appId");
    has(&help(&["profile", "edit"]), "The profile to change");
    has(
        &help(&["profile", "add"]),
        "what `--profile NAME` refers to",
    );
    has(&help(&["profile", "show"]), "The profile to show");
    has(&help(&["profile", "remove"]), "The profile to remove");
    has(&help(&["profile", "list"]), "JSON array");
    for cmd in ["set", "delete", "status"] {
        has(&help(&["secret", cmd]), "The profile whose appId");
    }
}

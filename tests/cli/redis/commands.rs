//! The command line over the Redis source: profile settings, `secret --redis`, `ticket` and
//! `sign --profile`, each against a real server.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

use super::server::{RedisServer, start};
use crate::cli::support::{NONCE, TICKET, VECTORS, json_stdout};

const APP_ID: &str = "wx0123456789abcdef";

/// `wxsign` with a clean environment: temp config dir, memory keyring, English.
pub fn wxsign(config: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_wxsign"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("WXSIGN_CONFIG_DIR", config)
        .env("WXSIGN_KEYRING", "memory")
        .env("LANG", "C");
    cmd
}

fn add_redis_profile(config: &Path, server: &RedisServer, format: &str) {
    wxsign(config)
        .args(["profile", "add", "prod", "--appid", APP_ID])
        .args(["--ticket-source", "redis", "--redis-url", &server.url()])
        .args(["--redis-ticket-key", "wx:ticket", "--redis-format", format])
        .assert()
        .success();
}

#[test]
fn ticket_and_sign_read_production_s_ticket() {
    let Some(server) = start(None) else { return };
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path();
    server.set(
        "wx:ticket",
        &format!("{{'ticket': '{TICKET}', 'expires_in': 7200, 'update_time': 4102444800.0}}"),
        Some(7000),
    );
    add_redis_profile(c, &server, "pydict:ticket");
    wxsign(c)
        .args(["profile", "show", "prod"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Redis (read-only)"))
        .stdout(predicate::str::contains("wx:ticket (pydict:ticket)"));

    let out = wxsign(c)
        .args(["ticket", "--profile", "prod", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let v = json_stdout(&out);
    assert_eq!(v["ticket"], "sM4AOV… (86 chars)");
    assert_eq!(v["source"]["kind"], "redis");
    assert_eq!(v["source"]["key"], "wx:ticket");
    // update_time (2100-01-01) + expires_in wins over the key's TTL.
    assert_eq!(v["source"]["expiry"], "value");
    assert!(v["expires_in"].as_u64().unwrap() > 7200, "{v}");

    let out = wxsign(c)
        .args(["ticket", "--profile", "prod", "--reveal"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains(TICKET), "{text}");
    assert!(text.contains("Redis wx:ticket (update_time)"), "{text}");

    // The signature production would make, from the known-answer vectors.
    let (ts, url, signature) = VECTORS[0];
    let out = wxsign(c)
        .args(["sign", "--profile", "prod", "--url", url])
        .args(["--noncestr", NONCE, "--timestamp", ts, "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let v = json_stdout(&out);
    assert_eq!(v["signature"], signature);
    // A ticket read from production is shown redacted unless --reveal.
    assert_eq!(v["jsapi_ticket"], "sM4AOV… (86 chars)");
    assert!(!String::from_utf8_lossy(&out.stderr).contains(TICKET));

    // --ticket and --profile are two ways to say the same thing, not both.
    wxsign(c)
        .args(["sign", "--profile", "prod", "--ticket", "x", "--url", url])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "give either --ticket or --profile, not both",
        ));
}

#[test]
fn each_format_through_the_command_line() {
    let Some(server) = start(None) else { return };
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path();
    add_redis_profile(c, &server, "raw");
    for (format, value) in [
        ("raw", TICKET.to_owned()),
        (
            "json:ticket",
            format!(r#"{{"errcode":0,"errmsg":"ok","ticket":"{TICKET}","expires_in":7200}}"#),
        ),
        (
            "pydict:jsapi_ticket",
            format!("{{'jsapi_ticket': '{TICKET}', 'expires_in': 7200}}"),
        ),
    ] {
        server.set("wx:ticket", &value, Some(600));
        wxsign(c)
            .args(["profile", "edit", "prod", "--redis-format", format])
            .assert()
            .success();
        let out = wxsign(c)
            .args(["ticket", "--profile", "prod", "--json", "--reveal"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{format}: {out:?}");
        let v = json_stdout(&out);
        assert_eq!(v["ticket"], TICKET, "{format}");
        assert_eq!(v["source"]["expiry"], "key_ttl", "{format}");
        assert!(matches!(v["expires_in"].as_u64(), Some(300..=600)), "{v}");
    }
    // A value in another layout: the error shows its start, redacted, and the fix.
    server.set("wx:ticket", &format!("{{\"ticket\": \"{TICKET}\"}}"), None);
    wxsign(c)
        .args(["profile", "edit", "prod", "--redis-format", "raw"])
        .assert()
        .success();
    wxsign(c)
        .args(["ticket", "--profile", "prod"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("set the format to json:ticket"))
        .stderr(predicate::str::contains("sM4AOV… (86 chars)"))
        .stderr(predicate::str::contains(&TICKET[..12]).not());
}

#[test]
fn password_from_env_and_clear_auth_errors() {
    let Some(server) = start(Some("prod-redis-pw")) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path();
    server.set("wx:ticket", TICKET, Some(100));
    add_redis_profile(c, &server, "raw");

    wxsign(c)
        .args(["ticket", "--profile", "prod"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("requires a password"))
        // The fix names the profile the command ran with.
        .stderr(predicate::str::contains(
            "secret set --profile prod --redis",
        ));
    wxsign(c)
        .args(["ticket", "--profile", "prod"])
        .env("WXSIGN_REDIS_PASSWORD", "not-it")
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "rejected the user name or password",
        ))
        .stderr(predicate::str::contains("not-it").not());
    wxsign(c)
        .args(["ticket", "--profile", "prod", "--reveal"])
        .env("WXSIGN_REDIS_PASSWORD", "prod-redis-pw")
        .assert()
        .success()
        .stdout(predicate::str::contains(TICKET));

    // The keyring path: with the memory store the password lives for that one command only.
    wxsign(c)
        .args([
            "secret",
            "set",
            "--profile",
            "prod",
            "--redis",
            "--secret-stdin",
        ])
        .write_stdin("prod-redis-pw\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("Redis password"))
        .stdout(predicate::str::contains("prod-redis-pw").not());
    wxsign(c)
        .args(["secret", "status", "--profile", "prod"])
        .env("WXSIGN_REDIS_PASSWORD", "x")
        .assert()
        .success()
        .stdout(predicate::str::contains("set (WXSIGN_REDIS_PASSWORD)"));
}

#[test]
fn missing_key_wrong_type_and_refused() {
    let Some(server) = start(None) else { return };
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path();
    add_redis_profile(c, &server, "raw");
    wxsign(c)
        .args(["ticket", "--profile", "prod", "--json"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("\"error\""))
        .stderr(predicate::str::contains(
            "the key 'wx:ticket' does not exist in Redis db 0",
        ));
    server.cli(&["HSET", "wx:ticket", "ticket", TICKET]);
    wxsign(c)
        .args(["ticket", "--profile", "prod"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("holds a Redis hash, not a string"));
    // A wx_card ticket never comes from the backend's cache.
    wxsign(c)
        .args(["ticket", "--profile", "prod", "--type", "wx-card"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("jsapi ticket only"));

    let port = server.port;
    drop(server);
    wxsign(c)
        .args(["ticket", "--profile", "prod"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "Redis at 127.0.0.1:{port} refused the connection"
        )));
}

#[test]
fn profile_options_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path();
    wxsign(c)
        .args(["profile", "add", "p", "--appid", APP_ID])
        .assert()
        .success();
    wxsign(c)
        .args(["profile", "edit", "p", "--redis-ticket-key", "k"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("add --ticket-source redis"));
    wxsign(c)
        .args(["profile", "edit", "p", "--ticket-source", "redis"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--redis-url"));
    wxsign(c)
        .args(["profile", "edit", "p", "--ticket-source", "redis"])
        .args(["--redis-url", "redis://:hunter2@10.0.0.5:6379/0"])
        .args(["--redis-ticket-key", "k"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("contains a password"))
        .stderr(predicate::str::contains("hunter2").not());
    wxsign(c)
        .args(["profile", "edit", "p", "--redis-format", "yaml:x"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("raw, json:FIELD or pydict:FIELD"));
    wxsign(c)
        .args(["profile", "edit", "p", "--ticket-source", "redis"])
        .args(["--redis-url", "rediss://reader@cache.internal:6380/2"])
        .args([
            "--redis-ticket-key",
            "wx:jsapi",
            "--redis-token-key",
            "wx:token",
        ])
        .args(["--redis-format", "json:ticket"])
        .assert()
        .success();
    let toml = std::fs::read_to_string(c.join("profiles.toml")).unwrap();
    assert!(toml.contains("kind = \"redis\""), "{toml}");
    assert!(toml.contains("format = \"json:ticket\""), "{toml}");
    wxsign(c)
        .args(["profile", "show", "p"])
        .assert()
        .success()
        .stdout(predicate::str::contains("wx:token (json:access_token)"));
    wxsign(c)
        .args(["profile", "edit", "p", "--ticket-source", "wechat"])
        .assert()
        .success();
    let toml = std::fs::read_to_string(c.join("profiles.toml")).unwrap();
    assert!(!toml.contains("redis"), "{toml}");
}

#[test]
fn the_command_line_writes_nothing_either() {
    let Some(server) = start(None) else { return };
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path();
    server.set("wx:ticket", TICKET, Some(100));
    server.set(
        "wx:token",
        "{\"access_token\": \"tok\", \"expires_in\": 7200}",
        Some(100),
    );
    add_redis_profile(c, &server, "raw");
    wxsign(c)
        .args(["profile", "edit", "prod", "--redis-token-key", "wx:token"])
        .args(["--redis-token-format", "json:access_token"])
        .assert()
        .success();
    let writes = server.info_field("persistence", "rdb_changes_since_last_save");
    server.cli(&["CONFIG", "RESETSTAT"]);
    wxsign(c)
        .args(["ticket", "--profile", "prod"])
        .assert()
        .success();
    wxsign(c)
        .args(["token", "--profile", "prod", "--json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"endpoint\":\"redis\""));
    wxsign(c)
        .args(["sign", "--profile", "prod", "--url", "https://a.example/"])
        .assert()
        .success();
    assert_eq!(
        server.info_field("persistence", "rdb_changes_since_last_save"),
        writes
    );
    let run = server.commands_run();
    for cmd in &run {
        assert!(
            ["get", "ttl", "type", "config|resetstat", "info"].contains(&cmd.as_str()),
            "a non-read command ran: {cmd} ({run:?})"
        );
    }
    assert!(run.iter().any(|r| r == "get"), "{run:?}");
}

//! Each WeCom app's secret in the real OS keyring, under its own entry. Ignored by default;
//! `scripts/test.sh` runs it under `scripts/with-keyring.sh` (a throwaway gnome-keyring).

use assert_cmd::Command;
use predicates::prelude::*;
use wxsign::platform::app_account;
use wxsign::secrets::{KeyringStore, SECRET_SERVICE, SecretStore};

use crate::cli::mock_wecom::*;

#[test]
#[ignore = "needs a Secret Service: bash scripts/with-keyring.sh cargo test --test cli -- --ignored real_keyring"]
fn real_keyring_wecom_app_secrets() {
    let store = KeyringStore::open().expect("a Secret Service on the session bus");
    let rt = crate::cli::mock_wechat::runtime();
    // A corpId unique to this run, so nothing collides with another run's entries.
    let corp = format!(
        "ww{:016x}",
        0x7765_636f_0000_0000u64 | u64::from(std::process::id())
    );
    let server = rt.block_on(corp_with(&corp, None));
    let dir = tempfile::tempdir().unwrap();
    let cli = || {
        let mut c = Command::new(env!("CARGO_BIN_EXE_wxsign"));
        c.env("WXSIGN_CONFIG_DIR", dir.path())
            .env("LANG", "C")
            .env_remove("WXSIGN_KEYRING")
            .env_remove("WXSIGN_APP_SECRET");
        c
    };
    let (a, b) = (AGENT_A.to_string(), AGENT_B.to_string());
    cli()
        .args(["profile", "add", "kr", "--corp-id", &corp, "--agent-id", &a])
        .args(["--agent-id", &b, "--api-base", &server.uri()])
        .assert()
        .success();
    for (agent, secret) in [(&a, SECRET_A), (&b, SECRET_B)] {
        cli()
            .args([
                "secret",
                "set",
                "--profile",
                "kr",
                "--agent-id",
                agent,
                "--secret-stdin",
            ])
            .write_stdin(format!("{secret}\n"))
            .assert()
            .success()
            .stdout(predicate::str::contains("in the OS keyring"));
    }
    // Two entries, one per app, holding each app's own secret.
    let account_a = app_account(&corp, AGENT_A);
    let account_b = app_account(&corp, AGENT_B);
    let get = |acc: &str| {
        store
            .get(SECRET_SERVICE, acc)
            .unwrap()
            .map(|s| s.reveal().to_owned())
    };
    assert_eq!(get(&account_a).as_deref(), Some(SECRET_A));
    assert_eq!(get(&account_b).as_deref(), Some(SECRET_B));
    assert_eq!(get(&corp), None, "no corp-wide secret");
    // A new process finds app B's secret in the keyring and gets app B's token and ticket.
    cli()
        .args([
            "ticket",
            "--profile",
            "kr",
            "--agent-id",
            &b,
            "--type",
            "agent_config",
            "--json",
        ])
        .args(["--reveal"])
        .assert()
        .success()
        .stdout(predicate::str::contains(AGENT_TICKET_B));
    cli()
        .args(["secret", "status", "--profile", "kr"])
        .assert()
        .success()
        .stdout(predicate::str::contains("OS keyring"));
    // Deleting app A's secret leaves app B's.
    cli()
        .args(["secret", "delete", "--profile", "kr", "--agent-id", &a])
        .assert()
        .success();
    assert_eq!(get(&account_a), None);
    assert_eq!(get(&account_b).as_deref(), Some(SECRET_B));
    cli()
        .args(["profile", "remove", "kr", "--delete-secret"])
        .assert()
        .success();
    assert_eq!(get(&account_b), None);
}

/// A pasted-source WeCom profile keeps one keyring entry per ticket kind: the corp ticket, and
/// each app's agent ticket under `corpId/agentid`; `secret status` lists them per app, and
/// `ticket` / `sign` read them without calling WeCom.
#[test]
#[ignore = "needs a Secret Service: bash scripts/with-keyring.sh cargo test --test cli -- --ignored real_keyring"]
fn real_keyring_wecom_pasted_tickets_per_app() {
    let store = KeyringStore::open().expect("a Secret Service on the session bus");
    let rt = crate::cli::mock_wechat::runtime();
    let corp = format!(
        "ww{:016x}",
        0x7061_7374_0000_0000u64 | u64::from(std::process::id())
    );
    let server = rt.block_on(corp_with(&corp, None));
    let dir = tempfile::tempdir().unwrap();
    let cli = || {
        let mut c = Command::new(env!("CARGO_BIN_EXE_wxsign"));
        c.env("WXSIGN_CONFIG_DIR", dir.path())
            .env("LANG", "C")
            .env_remove("WXSIGN_KEYRING")
            .env_remove("WXSIGN_APP_SECRET");
        c
    };
    let (a, b) = (AGENT_A.to_string(), AGENT_B.to_string());
    cli()
        .args(["profile", "add", "pt", "--corp-id", &corp, "--agent-id", &a])
        .args(["--agent-id", &b, "--api-base", &server.uri()])
        .assert()
        .success();
    cli()
        .args(["profile", "edit", "pt", "--ticket-source", "pasted"])
        .assert()
        .success();
    let paste = |agent: Option<&str>, ticket: &str| {
        let mut c = cli();
        c.args([
            "secret",
            "set",
            "--profile",
            "pt",
            "--ticket",
            "--secret-stdin",
        ]);
        if let Some(agent) = agent {
            c.args(["--agent-id", agent]);
        }
        c.write_stdin(format!("{ticket}\n"))
            .assert()
            .success()
            .stdout(predicate::str::contains("in the OS keyring"));
    };
    paste(None, "PASTED_CORP_TICKET");
    paste(Some(&a), "PASTED_AGENT_TICKET_A");
    assert!(
        store
            .get(
                wxsign::pasted_source::TICKET_SERVICE,
                &app_account(&corp, AGENT_A)
            )
            .unwrap()
            .is_some_and(|s| s.reveal().contains("PASTED_AGENT_TICKET_A"))
    );
    cli()
        .args(["secret", "status", "--profile", "pt"])
        .assert()
        .success()
        .stdout(
            predicate::str::is_match(r"ticket +pasted, valid ~\d+ min")
                .unwrap()
                .and(predicate::str::is_match(r"ticket 1000002 +pasted").unwrap())
                .and(predicate::str::contains(
                    "not set: `wxsign secret set --profile pt --ticket --agent-id 1000003`",
                )),
        );
    let reveal = |agent: &str, kind: &str| {
        cli()
            .args([
                "ticket",
                "--profile",
                "pt",
                "--type",
                kind,
                "--agent-id",
                agent,
            ])
            .args(["--reveal"])
            .output()
            .unwrap()
    };
    let out = reveal(&a, "agent_config");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("PASTED_AGENT_TICKET_A"),
        "{out:?}"
    );
    let out = reveal(&b, "jsapi");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("PASTED_CORP_TICKET"),
        "the corp ticket is the same for every app: {out:?}"
    );
    let out = reveal(&b, "agent_config");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("secret set --profile pt --ticket --agent-id 1000003"),
        "{out:?}"
    );
    cli()
        .args([
            "sign",
            "--profile",
            "pt",
            "--agent-id",
            &a,
            "--url",
            "https://example.com/p",
        ])
        .assert()
        .success();
    assert!(
        rt.block_on(server.received_requests())
            .unwrap_or_default()
            .is_empty(),
        "WeCom was called"
    );
    for agent in [None, Some(a.as_str())] {
        let mut c = cli();
        c.args(["secret", "delete", "--profile", "pt", "--ticket"]);
        if let Some(agent) = agent {
            c.args(["--agent-id", agent]);
        }
        c.assert()
            .success()
            .stdout(predicate::str::contains("deleted the pasted ticket"));
    }
    assert!(
        store
            .get(
                wxsign::pasted_source::TICKET_SERVICE,
                &app_account(&corp, AGENT_A)
            )
            .unwrap()
            .is_none()
    );
}

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

//! The pasted ticket source: a jsapi_ticket the user pastes is a credential (secret store only),
//! `ticket`/`sign --profile` use it, and WeChat is never asked for the jsapi ticket — the mock
//! server's request count proves it.

use std::path::Path;
use std::sync::Arc;
use wxsign::core::text::Lang;
use wxsign::i18n::Render;

use assert_cmd::Command;
use predicates::prelude::*;
use wxsign::cache::CredentialCache;
use wxsign::pasted_source::{self, PastedTicket};
use wxsign::profile::Profile;
use wxsign::profile::TicketSource;
use wxsign::secret::Secret;
use wxsign::secrets::{MemoryStore, Secrets, StoreHealth};
use wxsign::wechat::TicketOrigin;
use wxsign::wechat::{ClientError, Credentials, FetchOptions, TicketKind};

use crate::cli::mock_wechat::*;
use crate::cli::support::{NONCE, VECTORS};

/// The DOMAIN.md §1 ticket, so `sign` can be checked against the known answers.
const PASTED: &str = crate::cli::support::TICKET;

/// `wxsign` with a clean environment: temp config dir, English, the appSecret in the env (so a
/// WeChat call would be possible, and would show on the mock).
fn wxsign(config: &Path, keyring_memory: bool) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_wxsign"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("WXSIGN_CONFIG_DIR", config)
        .env("WXSIGN_APP_SECRET", APP_SECRET)
        .env("LANG", "C");
    if keyring_memory {
        cmd.env("WXSIGN_KEYRING", "memory");
    }
    for var in ["DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR", "HOME"] {
        if let Some(v) = std::env::var_os(var) {
            cmd.env(var, v);
        }
    }
    cmd
}

fn add_pasted_profile(config: &Path, app_id: &str, base: &str, memory: bool) {
    wxsign(config, memory)
        .args([
            "profile",
            "add",
            "prod",
            "--appid",
            app_id,
            "--api-base",
            base,
        ])
        .assert()
        .success();
    wxsign(config, memory)
        .args(["profile", "edit", "prod", "--ticket-source", "pasted"])
        .assert()
        .success();
}

fn creds(secrets: Arc<Secrets>, now: i64) -> Credentials {
    let store = secrets.store();
    Credentials::new(
        secrets,
        Arc::new(CredentialCache::new(store)),
        Arc::new(|_| {}),
    )
    .with_clock(Arc::new(move || now))
}

#[test]
fn credentials_use_the_pasted_ticket_without_calling_wechat() {
    let rt = runtime();
    let server = rt.block_on(happy(None));
    let secrets = Arc::new(Secrets::new(
        Arc::new(MemoryStore::default()),
        StoreHealth::MemoryByRequest,
        Some(Secret::new(APP_SECRET)),
    ));
    let mut profile = Profile::new("prod", APP_ID);
    profile.api_base = server.uri();
    profile.ticket_source = TicketSource::Pasted;
    let opts = FetchOptions::default();

    // Nothing pasted yet: a clear error, and still no WeChat call.
    let e = rt
        .block_on(creds(Arc::clone(&secrets), 1_000).ticket(&profile, TicketKind::Jsapi, &opts))
        .unwrap_err();
    assert!(matches!(e, ClientError::Source(_)), "{e:?}");
    assert!(
        e.to_string().contains("secret set --profile prod --ticket"),
        "{e}"
    );

    let pasted = PastedTicket::new(&Secret::new(PASTED), 1_000, None).unwrap();
    pasted_source::save(&secrets, APP_ID, &pasted, false).unwrap();
    let t = rt
        .block_on(creds(Arc::clone(&secrets), 1_600).ticket(&profile, TicketKind::Jsapi, &opts))
        .unwrap();
    assert_eq!(t.ticket.reveal(), PASTED);
    assert_eq!(
        (t.expires_in, t.fetched_at, t.from_cache),
        (6_600, 1_000, false)
    );
    assert_eq!(
        t.origin,
        TicketOrigin::Pasted {
            pasted_at: 1_000,
            estimated: true
        }
    );
    assert!(t.warnings[0].get(Lang::En).contains("estimate"));

    // Expired (7200 s after the paste): an error asking for a fresh one.
    let e = rt
        .block_on(creds(Arc::clone(&secrets), 8_200).ticket(&profile, TicketKind::Jsapi, &opts))
        .unwrap_err();
    assert!(e.to_string().contains("paste a fresh ticket"), "{e}");
    assert!(e.report().fix(Lang::En).contains("--ticket"));

    // A wx_card ticket cannot be pasted.
    let e = rt
        .block_on(creds(Arc::clone(&secrets), 1_600).ticket(&profile, TicketKind::WxCard, &opts))
        .unwrap_err();
    assert!(e.to_string().contains("wx_card"), "{e}");

    let requests = rt.block_on(server.received_requests()).unwrap_or_default();
    assert_eq!(requests.len(), 0, "WeChat was called: {requests:?}");
}

#[test]
fn cli_profile_and_secret_keep_the_ticket_out_of_files_and_output() {
    let rt = runtime();
    let server = rt.block_on(happy(None));
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path();
    add_pasted_profile(c, APP_ID, &server.uri(), true);
    let toml = std::fs::read_to_string(c.join("profiles.toml")).unwrap();
    assert!(toml.contains("kind = \"pasted\""), "{toml}");
    wxsign(c, true)
        .args(["profile", "show", "prod"])
        .assert()
        .success()
        .stdout(predicate::str::contains("pasted"));

    // Never from argv.
    wxsign(c, true)
        .args(["secret", "set", "--profile", "prod", "--ticket", PASTED])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("unexpected argument"));
    // Out-of-range lifetimes are refused with the rule.
    wxsign(c, true)
        .args([
            "secret",
            "set",
            "--profile",
            "prod",
            "--ticket",
            "--secret-stdin",
        ])
        .args(["--expires-in", "9000"])
        .write_stdin(format!("{PASTED}\n"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("at most 7200"));
    let out = wxsign(c, true)
        .args([
            "secret",
            "set",
            "--profile",
            "prod",
            "--ticket",
            "--secret-stdin",
        ])
        .write_stdin(format!("{PASTED}\n"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("in memory only"), "{stdout}");

    // This process's memory store is gone: `ticket` says what to do and asks WeChat nothing.
    wxsign(c, true)
        .args(["ticket", "--profile", "prod"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "wxsign secret set --profile prod --ticket",
        ));
    wxsign(c, true)
        .args(["sign", "--profile", "prod", "--url", "https://example.com/"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(
            "wxsign secret set --profile prod --ticket",
        ));
    wxsign(c, true)
        .args(["secret", "delete", "--profile", "prod", "--ticket"])
        .assert()
        .success()
        .stdout(predicate::str::contains("no pasted ticket was stored"));

    // Back to WeChat: the --redis-* options still need redis.
    wxsign(c, true)
        .args(["profile", "edit", "prod", "--ticket-source", "pasted"])
        .args(["--redis-url", "redis://h"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("not pasted"));

    for file in walk(c) {
        let text = std::fs::read(&file).unwrap();
        assert!(
            !String::from_utf8_lossy(&text).contains(PASTED),
            "the ticket is in {}",
            file.display()
        );
    }
    let requests = rt.block_on(server.received_requests()).unwrap_or_default();
    assert_eq!(requests.len(), 0, "WeChat was called: {requests:?}");
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let p = entry.path();
        if p.is_dir() {
            files.extend(walk(&p));
        } else {
            files.push(p);
        }
    }
    files
}

#[test]
#[ignore = "needs a Secret Service: bash scripts/with-keyring.sh cargo test --test cli -- --ignored real_keyring_pasted"]
fn real_keyring_pasted_ticket_round_trip() {
    let rt = runtime();
    let server = rt.block_on(happy(None));
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path();
    // A valid appId of its own, so no real entry is touched.
    let app_id = format!(
        "wx{:016x}",
        0xfeed_0000_0000_0000_u64 + u64::from(std::process::id())
    );
    add_pasted_profile(c, &app_id, &server.uri(), false);
    let out = wxsign(c, false)
        .args([
            "secret",
            "set",
            "--profile",
            "prod",
            "--ticket",
            "--secret-stdin",
        ])
        .write_stdin(format!("{PASTED}\n"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("OS keyring") && stdout.contains("estimate"),
        "{stdout}"
    );
    assert!(!stdout.contains(PASTED));

    let out = wxsign(c, false)
        .args(["ticket", "--profile", "prod"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(stdout.contains("pasted"), "{stdout}");
    assert!(stdout.contains("~7"), "{stdout}");
    assert!(stdout.contains("estimate"), "{stdout}");
    assert!(stderr.contains("estimate"), "{stderr}");
    assert!(!stdout.contains(PASTED) && !stderr.contains(PASTED));
    wxsign(c, false)
        .args(["ticket", "--profile", "prod", "--reveal"])
        .assert()
        .success()
        .stdout(predicate::str::contains(PASTED));
    let v: serde_json::Value = serde_json::from_slice(
        &wxsign(c, false)
            .args(["ticket", "--profile", "prod", "--json"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert_eq!(v["source"]["kind"], "pasted");
    assert_eq!(v["source"]["estimated"], true);

    let (ts, url, signature) = VECTORS[0];
    wxsign(c, false)
        .args(["sign", "--profile", "prod", "--url", url])
        .args(["--timestamp", ts, "--noncestr", NONCE])
        .assert()
        .success()
        .stdout(predicate::str::contains(signature))
        .stdout(predicate::str::contains(PASTED).not())
        .stderr(predicate::str::contains("ticket source: pasted"));

    let requests = rt.block_on(server.received_requests()).unwrap_or_default();
    assert_eq!(requests.len(), 0, "WeChat was called: {requests:?}");

    wxsign(c, false)
        .args(["secret", "delete", "--profile", "prod", "--ticket"])
        .assert()
        .success()
        .stdout(predicate::str::contains("deleted the pasted ticket"));
    for file in walk(c) {
        let text = std::fs::read(&file).unwrap();
        assert!(!String::from_utf8_lossy(&text).contains(PASTED));
    }
}

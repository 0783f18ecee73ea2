//! The real OS keyring. Ignored by default (CI boxes have no Secret Service); `.ci/run` runs it
//! under `scripts/with-keyring.sh`, which starts a throwaway, unlocked gnome-keyring.

use assert_cmd::Command;
use predicates::prelude::*;
use wxsign::secret::Secret;
use wxsign::secrets::{KeyringStore, SECRET_SERVICE, SecretStore};

use crate::cli::mock_wechat::*;

#[test]
#[ignore = "needs a Secret Service: bash scripts/with-keyring.sh cargo test --test cli -- --ignored real_keyring"]
fn real_keyring_round_trip() {
    // The library path: store, read back, delete, gone.
    let store = KeyringStore::open().expect("a Secret Service on the session bus");
    let account = format!("wxsign-test-{}", std::process::id());
    assert_eq!(store.get(SECRET_SERVICE, &account).unwrap(), None);
    store
        .set(SECRET_SERVICE, &account, &Secret::new(APP_SECRET))
        .unwrap();
    assert_eq!(
        store
            .get(SECRET_SERVICE, &account)
            .unwrap()
            .unwrap()
            .reveal(),
        APP_SECRET
    );
    assert!(store.delete(SECRET_SERVICE, &account).unwrap());
    assert!(!store.delete(SECRET_SERVICE, &account).unwrap());
    assert_eq!(store.get(SECRET_SERVICE, &account).unwrap(), None);

    // The CLI path: `secret set`, a token fetched with the stored secret, then the cache
    // persisting across processes, then `secret delete`.
    let rt = runtime();
    let server = rt.block_on(happy(None));
    let dir = tempfile::tempdir().unwrap();
    let cli = || {
        let mut c = Command::new(env!("CARGO_BIN_EXE_wxsign"));
        c.env("WXSIGN_CONFIG_DIR", dir.path())
            .env_remove("WXSIGN_KEYRING")
            .env_remove("WXSIGN_APP_SECRET");
        c
    };
    // A valid appId (wx + 16 lowercase hex) that is unique to this run.
    let app_id = format!(
        "wx{:016x}",
        0x6b65_7972_0000_0000u64 | u64::from(std::process::id())
    );
    cli()
        .args([
            "profile",
            "add",
            "kr",
            "--appid",
            &app_id,
            "--api-base",
            &server.uri(),
        ])
        .assert()
        .success();
    cli()
        .args(["secret", "set", "--profile", "kr", "--secret-stdin"])
        .write_stdin(format!("{APP_SECRET}\n"))
        .assert()
        .success()
        .stdout(predicate::str::contains("OS keyring"));
    cli()
        .args(["secret", "status", "--profile", "kr"])
        .assert()
        .success()
        .stdout(predicate::str::contains("set (OS keyring)"));
    cli()
        .args(["token", "--profile", "kr", "--json"])
        .assert()
        .success()
        .stdout(predicate::str::contains(r#""from_cache":false"#));
    cli()
        .args(["token", "--profile", "kr", "--json"])
        .assert()
        .success()
        .stdout(predicate::str::contains(r#""from_cache":true"#));
    assert_eq!(rt.block_on(calls(&server, STABLE)), 1);
    assert!(rt.block_on(seen(&server)).contains(APP_SECRET));
    // `wxsign doctor` under the real keyring: reachable, unlocked, a test entry written, read
    // back and deleted, the secret and the cached token seen.
    let out = cli()
        .args(["doctor", "--json", "--offline", "--profile", "kr"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let status = |id: &str| {
        v["checks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == id)
            .map(|c| c["status"].as_str().unwrap().to_owned())
    };
    for id in [
        "keyring.store",
        "keyring.locked",
        "keyring.write",
        "profile.secret",
    ] {
        // Only a Secret Service collection can be locked (Windows: Credential Manager).
        if id == "keyring.locked" && !cfg!(target_os = "linux") {
            continue;
        }
        assert_eq!(status(id).as_deref(), Some("ok"), "{id}: {v}");
    }
    assert!(v.to_string().contains("access_token cached"), "{v}");
    // After a run under the real keyring, no file under the config dir holds the appSecret.
    let mut todo = vec![dir.path().to_path_buf()];
    let mut scanned = 0;
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                todo.push(p);
                continue;
            }
            scanned += 1;
            let text = String::from_utf8_lossy(&std::fs::read(&p).unwrap()).into_owned();
            assert!(
                !text.contains(APP_SECRET),
                "the appSecret is in {}",
                p.display()
            );
            assert!(!text.contains(TOKEN), "the token is in {}", p.display());
        }
    }
    assert!(scanned > 0, "profiles.toml was scanned");
    cli()
        .args(["secret", "delete", "--profile", "kr"])
        .assert()
        .success()
        .stdout(predicate::str::contains("deleted"));
    assert_eq!(store.get(SECRET_SERVICE, &app_id).unwrap(), None);
    assert_eq!(
        store.get(wxsign::secrets::CACHE_SERVICE, &app_id).unwrap(),
        None
    );
    cli()
        .args(["secret", "status", "--profile", "kr"])
        .assert()
        .success()
        .stdout(predicate::str::contains("not set"));

    // Removing the profile with --delete-secret leaves nothing in the keyring.
    cli()
        .args(["secret", "set", "--profile", "kr", "--secret-stdin"])
        .write_stdin(format!("{APP_SECRET}\n"))
        .assert()
        .success();
    assert!(store.get(SECRET_SERVICE, &app_id).unwrap().is_some());
    cli()
        .args(["profile", "remove", "kr", "--delete-secret"])
        .assert()
        .success()
        .stdout(predicate::str::contains("deleted the appSecret"));
    assert_eq!(store.get(SECRET_SERVICE, &app_id).unwrap(), None);
}

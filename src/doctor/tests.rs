//! The verdicts, from plain facts: no keyring, network or clock involved.

use std::net::SocketAddr;
use std::path::PathBuf;

use super::*;
use crate::wechat::reach::Reach;

fn addr() -> SocketAddr {
    "127.0.0.1:443".parse().unwrap()
}

fn reach() -> Reach {
    Reach {
        base: "https://api.weixin.qq.com".into(),
        proxy: None,
        dns: Ok(vec![addr()]),
        tcp: Some(Ok(addr())),
        tls: Some(Ok(())),
        http: Some(Ok(404)),
        clock: Some((1_000_000, 1_000_002)),
    }
}

fn healthy() -> Facts {
    Facts {
        keyring: KeyringFacts {
            platform: crate::secrets::self_test::platform_store(),
            health: StoreHealth::Keyring,
            locked: Some(false),
            write_delete: Some(Ok(())),
        },
        config: ConfigFacts {
            dir: PathBuf::from("/home/u/.config/wxsign"),
            dir_state: DirState::Ok { writable: true },
            profiles: ProfilesFile::Read {
                count: 1,
                problem: None,
            },
            backups: Vec::new(),
        },
        font: Some(FontFacts::System {
            family: "Noto Sans CJK SC".into(),
            path: PathBuf::from("/usr/share/fonts/noto/NotoSansCJK-Regular.ttc"),
        }),
        profiles: vec![ProfileFacts {
            name: "prod".into(),
            app_id: "wx0123456789abcdef".into(),
            needs_secret: true,
            secret: SecretStatus::Present(SecretSource::Keyring),
            reach: Some(reach()),
            token_left: Some(3600),
            ticket_left: None,
            pasted_left: None,
            api: None,
        }],
        browser: Some(Ok(crate::probe::BrowserInfo {
            path: PathBuf::from("/usr/lib/chromium/chromium-headless-shell"),
            version: Some("Chromium 148.0.7778.167".into()),
        })),
    }
}

fn line<'a>(lines: &'a [Line], id: &str) -> &'a Line {
    lines
        .iter()
        .find(|l| l.id == id)
        .unwrap_or_else(|| panic!("no {id} line in {lines:#?}"))
}

#[test]
fn a_healthy_machine_is_all_ticks() {
    let lines = judge(&healthy());
    assert!(all_ok(&lines), "{lines:#?}");
    assert!(lines.iter().all(|l| l.status == Status::Ok), "{lines:#?}");
    let ids: Vec<&str> = lines.iter().map(|l| l.id).collect();
    assert_eq!(
        ids,
        [
            "keyring.store",
            "keyring.locked",
            "keyring.write",
            "config.dir",
            "config.profiles",
            "font",
            "browser",
            "profile.reach",
            "profile.clock",
            "profile.secret",
            "profile.cache",
        ]
    );
    let r = line(&lines, "profile.reach");
    assert_eq!(r.profile.as_deref(), Some("prod"));
    assert!(
        r.message
            .get(Lang::En)
            .contains("reachable: DNS 127.0.0.1 → TCP → TLS → HTTP 404"),
        "{r:?}"
    );
    assert!(
        line(&lines, "profile.cache")
            .message
            .get(Lang::En)
            .contains("access_token cached, valid 60 min")
    );
}

#[test]
fn the_probe_browser_line_names_what_to_install() {
    let mut f = healthy();
    assert!(
        line(&judge(&f), "browser")
            .message
            .get(Lang::En)
            .contains("Chromium 148.0.7778.167")
    );
    f.browser = Some(Err(crate::probe::BrowserError::NotFound {
        searched: "chromium".into(),
    }));
    let lines = judge(&f);
    let b = line(&lines, "browser");
    assert_eq!(b.status, Status::Warn);
    assert!(
        b.fix
            .as_ref()
            .unwrap()
            .get(Lang::En)
            .contains("chromium-headless-shell")
    );
    assert!(
        all_ok(&lines),
        "a missing browser is no failure of wxsign itself"
    );
}

/// (what changes, the line, its status, words in the message or fix)
#[test]
fn each_failure_names_its_fix() {
    type Case = (
        &'static str,
        fn(&mut Facts),
        &'static str,
        Status,
        &'static str,
    );
    let cases: &[Case] = &[
        (
            "no keyring",
            |f| {
                f.keyring.health =
                    StoreHealth::Unavailable(crate::secrets::unavailable_text("no D-Bus"));
                f.keyring.locked = None;
                f.keyring.write_delete = None;
            },
            "keyring.store",
            Status::Fail,
            "no D-Bus",
        ),
        (
            "memory by request",
            |f| f.keyring.health = StoreHealth::MemoryByRequest,
            "keyring.store",
            Status::Warn,
            "unset WXSIGN_KEYRING",
        ),
        (
            "locked",
            |f| f.keyring.locked = Some(true),
            "keyring.locked",
            Status::Fail,
            "gnome-keyring-daemon --unlock",
        ),
        (
            "write refused",
            |f| {
                f.keyring.write_delete = Some(Err(crate::secrets::SecretError::Failed(
                    "refused".into(),
                )
                .text()))
            },
            "keyring.write",
            Status::Fail,
            "refused",
        ),
        (
            "read-only config dir",
            |f| f.config.dir_state = DirState::Ok { writable: false },
            "config.dir",
            Status::Fail,
            "WXSIGN_CONFIG_DIR",
        ),
        (
            "damaged profiles.toml without a backup",
            |f| {
                f.config.profiles = ProfilesFile::Read {
                    count: 0,
                    problem: Some(LoadProblem::new(
                        PathBuf::from("/c/profiles.toml"),
                        vec![crate::profile::LoadIssue {
                            line: Some(3),
                            message: "expected a value".into(),
                        }],
                        true,
                    )),
                };
            },
            "config.profiles",
            Status::Fail,
            "profiles.toml:3",
        ),
        (
            "bundled font",
            |f| f.font = Some(FontFacts::Bundled { forced: false }),
            "font",
            Status::Warn,
            "fonts-noto-cjk",
        ),
        (
            "DNS",
            |f| {
                let r = f.profiles[0].reach.as_mut().unwrap();
                r.dns = Err("failed to lookup address".into());
                r.tcp = None;
                r.http = None;
                r.clock = None;
            },
            "profile.reach",
            Status::Fail,
            "could not be resolved",
        ),
        (
            "a proxy that refuses",
            |f| {
                let r = f.profiles[0].reach.as_mut().unwrap();
                r.proxy = Some("http://127.0.0.1:9".into());
                r.tcp = Some(Err("Connection refused".into()));
                r.tls = None;
                r.http = None;
                r.clock = None;
            },
            "profile.reach",
            Status::Fail,
            "the proxy refused",
        ),
        (
            "TLS",
            |f| {
                let r = f.profiles[0].reach.as_mut().unwrap();
                r.tls = Some(Err("invalid peer certificate: UnknownIssuer".into()));
                r.http = None;
                r.clock = None;
            },
            "profile.reach",
            Status::Fail,
            "CA certificate",
        ),
        (
            "clock 10 minutes behind",
            |f| f.profiles[0].reach.as_mut().unwrap().clock = Some((1_000_600, 1_000_000)),
            "profile.clock",
            Status::Fail,
            "10 min 0 s behind",
        ),
        (
            "missing appSecret",
            |f| f.profiles[0].secret = SecretStatus::Missing,
            "profile.secret",
            Status::Fail,
            "secret set --profile prod",
        ),
        (
            "pasted ticket expired",
            |f| {
                f.profiles[0].needs_secret = false;
                f.profiles[0].secret = SecretStatus::Missing;
                f.profiles[0].pasted_left = Some(Some(-5));
            },
            "profile.cache",
            Status::Fail,
            "--ticket",
        ),
    ];
    for (what, change, id, status, words) in cases {
        let mut f = healthy();
        change(&mut f);
        let lines = judge(&f);
        let l = line(&lines, id);
        assert_eq!(l.status, *status, "{what}: {l:#?}");
        let text = format!(
            "{} {}",
            l.message.get(Lang::En),
            l.fix.as_ref().map_or(String::new(), |t| t.get(Lang::En))
        );
        assert!(text.contains(words), "{what}: {text}");
        assert_eq!(all_ok(&lines), *status != Status::Fail, "{what}");
        if *status != Status::Ok {
            assert!(l.fix.is_some(), "{what}: a problem without a fix");
            assert!(
                l.fix.as_ref().is_some_and(
                    |t| !t.get(Lang::Zh).is_empty() && t.get(Lang::Zh) != t.get(Lang::En)
                ),
                "{what}: the fix in Chinese"
            );
        }
    }
}

#[test]
fn a_pasted_profile_needs_no_secret_and_json_is_stable() {
    let mut f = healthy();
    f.profiles[0].needs_secret = false;
    f.profiles[0].secret = SecretStatus::Missing;
    f.profiles[0].reach = None;
    f.profiles[0].pasted_left = Some(Some(3000));
    let lines = judge(&f);
    assert!(all_ok(&lines));
    assert!(
        line(&lines, "profile.secret")
            .message
            .get(Lang::En)
            .contains("not needed")
    );
    let v = to_json(&lines);
    assert_eq!(v["ok"], true);
    let first = &v["checks"][0];
    let mut keys: Vec<&str> = first
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort();
    assert_eq!(keys, ["fix", "id", "message", "profile", "status"]);
    assert_eq!(first["status"], "ok");
}

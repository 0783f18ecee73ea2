//! The promises no other test held: the UI thread never waits on the network, no appSecret
//! reaches a file the GUI writes, and the Settings self-check runs on the worker.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use egui_kittest::kittest::Queryable as _;
use wiremock::matchers::{method, path};
use wiremock::{Mock, Request, Respond, ResponseTemplate};

use crate::support;

/// A stable_token reply that waits until the test releases it. `arrived` tells the test the
/// request is being held; a reply the test never released (after a minute, so a UI that blocks
/// fails instead of hanging forever) is recorded and the test fails.
struct Held {
    arrived: Mutex<mpsc::Sender<()>>,
    release: Mutex<mpsc::Receiver<()>>,
    released_by_test: std::sync::Arc<AtomicBool>,
}

impl Respond for Held {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        if let Ok(tx) = self.arrived.lock() {
            let _ = tx.send(());
        }
        let released = self
            .release
            .lock()
            .map(|rx| rx.recv_timeout(Duration::from_secs(60)).is_ok())
            .unwrap_or(false);
        self.released_by_test.store(released, Ordering::SeqCst);
        ResponseTemplate::new(200)
            .set_body_json(serde_json::json!({"access_token": "HELD_TOKEN", "expires_in": 7200}))
    }
}

/// While WeChat holds its answer, the window keeps running frames and taking input: the frame
/// loop does not depend on the reply. No timing: the test waits on channels, never on a clock.
#[test]
fn the_ui_thread_never_waits_for_wechat() {
    let (arrived_tx, arrived_rx) = mpsc::channel();
    let (release_tx, release_rx) = mpsc::channel();
    let released = std::sync::Arc::new(AtomicBool::new(false));
    let flag = released.clone();
    let mut on = support::online(move |server, rt| {
        rt.block_on(
            Mock::given(method("POST"))
                .and(path("/cgi-bin/stable_token"))
                .respond_with(Held {
                    arrived: Mutex::new(arrived_tx),
                    release: Mutex::new(release_rx),
                    released_by_test: flag,
                })
                .mount(server),
        );
    });
    let h = &mut on.app.harness;
    support::step_until(h, "the profile", |h| h.state().active_profile().is_some());
    h.get_by_label("Fetch ticket").click();
    h.step();
    // The worker's request is at the server now, and held there.
    arrived_rx
        .recv()
        .expect("the token request reaches the mock");
    for _ in 0..30 {
        h.step();
    }
    assert_eq!(h.state().rt.in_flight, 1, "the request is still open");
    assert!(h.state().rt.tokens.is_empty());
    // Input is handled while the reply is held: another panel, typing into it.
    h.get_by_label("Check URL").click();
    h.run_steps(3);
    let url = "https://example.com/held?x=1";
    h.get_by_label("Page URL").click();
    h.run_steps(3);
    h.get_by_label("Page URL").type_text(url);
    for _ in 0..10 {
        h.step();
    }
    assert_eq!(h.state().check_url.url, url);
    assert_eq!(h.state().rt.in_flight, 1, "still held");
    release_tx.send(()).expect("release");
    // Wait for the whole fetch (token, then ticket) to end: `step_until` settles the UI, and a
    // spinner still turning for the ticket would never settle.
    support::step_until(h, "the released token and the fetch's end", |h| {
        h.state().rt.tokens.contains_key("demo") && h.state().rt.in_flight == 0
    });
    assert!(
        released.load(Ordering::SeqCst),
        "the reply went out without the test releasing it"
    );
}

/// Every file under the config dir after the GUI saved a profile with an appSecret (in the
/// secret store, not "session only") and its settings.
#[test]
fn no_app_secret_in_any_file_the_gui_writes() {
    const SECRET: &str = "gui-typed-app-secret-7d1e";
    let mut on = support::online(|_, _| {});
    let dir = on.app._dir.path().to_path_buf();
    let h = &mut on.app.harness;
    support::step_until(h, "the first profile", |h| {
        h.state().active_profile().is_some()
    });
    h.get_by_label("Add profile").click();
    h.run();
    for (label, text) in [("Name", "scan"), ("appId", "wx9999888877776666")] {
        h.get_by_label(label).click();
        h.run();
        h.get_by_label(label).type_text(text);
        h.run();
    }
    h.get_by_label("New AppSecret").click();
    h.run();
    h.get_by_label("New AppSecret").type_text(SECRET);
    h.run();
    h.get_by_label("Save").click();
    support::step_until(h, "the saved profile and its stored secret", |h| {
        h.query_by_label("Edit scan").is_some()
            && h.state().rt.secret_status.get("wx9999888877776666")
                == Some(&wxsign::secrets::SecretStatus::Present(
                    wxsign::secrets::SecretSource::Keyring,
                ))
    });
    // A settings change writes gui.toml.
    h.get_by_label("Settings").click();
    h.run();
    h.get_by_label("简体中文").click();
    h.run();
    let files = files_under(&dir);
    let names: Vec<String> = files
        .iter()
        .filter_map(|f| f.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    assert!(names.contains(&"profiles.toml".to_owned()), "{names:?}");
    assert!(names.contains(&"gui.toml".to_owned()), "{names:?}");
    for f in files {
        let bytes = std::fs::read(&f).unwrap();
        assert!(
            !String::from_utf8_lossy(&bytes).contains(SECRET),
            "the appSecret is in {}",
            f.display()
        );
    }
}

fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                todo.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out
}

/// Settings → Self-check: the worker runs the checks against the mock and the lines come back;
/// English and Chinese.
#[test]
fn the_settings_self_check_runs_on_the_worker() {
    let mut on = support::online(|server, rt| {
        rt.block_on(
            Mock::given(method("GET"))
                .and(path("/"))
                .respond_with(ResponseTemplate::new(404))
                .mount(server),
        );
    });
    let h = &mut on.app.harness;
    support::step_until(h, "the profile", |h| h.state().active_profile().is_some());
    h.get_by_label("Settings").click();
    h.run();
    h.get_by_label("Run checks").click();
    h.step();
    support::step_until(h, "the self-check lines", |h| {
        h.state().rt.self_check.lines.is_some() && !h.state().rt.self_check.running
    });
    h.get_by_label("Profile demo");
    h.get_by_label_contains("reachable: DNS 127.0.0.1 → TCP → HTTP 404");
    h.get_by_label_contains("clock: within");
    // The memory store by request is a warning with its fix, not a failure.
    h.get_by_label_contains("keyring: WXSIGN_KEYRING=memory");
    h.get_by_label_contains("Fix: unset WXSIGN_KEYRING");
    h.get_by_label("简体中文").click();
    h.run();
    h.get_by_label("自检");
    h.get_by_label_contains("时钟：与服务器 Date 相差");
}

//! `wxsign phone attach` end to end against the simulated phone: each reply shape of the fake
//! client, the ways its bridge appears, the fallbacks when the web-view refuses a command, Ask,
//! `--record`, the OAuth guard, and nothing left behind.

use serde_json::Value;

use super::pages::signature;
use super::rig::{Phone, Quirks, Spec};
use super::{SERIAL, assert_page_clean, fixture, webview};
use crate::cli::support::TICKET;

/// The flags every attach here uses: the test ticket, JSON, a short settle, marked simulated.
fn attach_args<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec![
        "attach",
        "--ticket",
        TICKET,
        "--json",
        "--simulated",
        "--settle-ms",
        "300",
        "--timeout-ms",
        "20000",
    ];
    v.extend_from_slice(extra);
    v
}

fn config(report: &Value) -> &Value {
    let c = &report["run"]["configs"][0];
    assert!(c.is_object(), "no config recorded: {report:#}");
    c
}

fn codes(list: &Value) -> Vec<String> {
    list.as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f["code"].as_str().map(str::to_owned))
        .collect()
}

/// When `WXSIGN_PHONE_FIXTURES_OUT` names a directory, the recorded fixture is copied there
/// (how `tests/fixtures/phone/` was filled).
fn keep_fixture(path: &std::path::Path, name: &str) {
    if let Some(dir) = std::env::var_os("WXSIGN_PHONE_FIXTURES_OUT") {
        std::fs::copy(path, std::path::Path::new(&dir).join(name)).expect("copy the fixture");
    }
}

fn record_path() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("fixture.json");
    (dir, path)
}

#[test]
fn a_client_that_verifies_the_current_url_passes_and_the_record_is_redacted() {
    let Some(f) = fixture() else { return };
    let (phone, id) = f.phone_with("/spa?policy=current&sign=current", Quirks::default());
    let (_dir, record) = record_path();
    let record_arg = record.to_string_lossy().into_owned();
    let v = f.run(&phone, &attach_args(&["--record", &record_arg]), 0);
    assert_eq!(v["source"], "simulated");
    assert_eq!(v["platform"], "android");
    assert_eq!(v["client"]["wechat"], "8.0.50.2701");
    assert_eq!(v["client"]["xweb"], "1260117");
    assert_eq!(v["client"]["app"], "wechat");
    assert_eq!(v["target"]["device"], SERIAL);
    assert_eq!(v["target"]["process"], "com.tencent.mm:tools");
    assert_eq!(v["target"]["page"]["title"], "Autumn & sale");
    assert_eq!(v["navigation"]["kind"], "reload");
    assert_eq!(v["outcome"], "configured");
    assert_eq!(v["passed"], true, "{v:#}");
    let c = config(&v);
    // The page's own wx.config values, and location.href when it called.
    assert_eq!(c["app_id"], "wx0123456789abcdef");
    assert_eq!(c["timestamp"], super::pages::TS);
    assert_eq!(c["nonce_str"], crate::cli::support::NONCE);
    assert_eq!(
        c["js_api_list"],
        serde_json::json!(["updateAppMessageShareData"])
    );
    assert!(
        c["href"]
            .as_str()
            .is_some_and(|h| h.ends_with("/spa/d/d?policy=current&sign=current#/d")),
        "{c:#}"
    );
    assert_eq!(c["answer"], "config:ok");
    assert_eq!(
        c["client_reply"],
        serde_json::json!({"errMsg": "config:ok"})
    );
    assert_eq!(c["match"], true);
    let current = c["verified_url"].as_str().expect("verified url");
    assert!(
        current.ends_with("/spa/d/d?policy=current&sign=current"),
        "{current}"
    );
    assert!(
        v["run"]["landing_url"]
            .as_str()
            .is_some_and(|l| l.contains("/spa/d?policy=current")),
        "the reload landed where the page had routed to: {v:#}"
    );
    assert_eq!(v["run"]["url_changes"][0]["kind"], "push_state");
    assert_eq!(v["run"]["shares"][0]["api"], "updateAppMessageShareData");
    assert_eq!(v["turn_off"], "http://debugxweb.qq.com/?inspector=false");

    // The plumbing: a WebSocket upgrade the DevTools server accepts, the recorder put in
    // before the page's scripts, the page reloaded, and everything taken out again.
    let seen = phone.seen.lock().unwrap();
    let upgrade = seen.upgrades.first().expect("a WebSocket upgrade");
    assert_eq!(upgrade.get("host").map(String::as_str), Some("127.0.0.1"));
    assert!(!upgrade.contains_key("origin"), "{upgrade:?}");
    drop(seen);
    let methods = phone.methods();
    for m in [
        "Runtime.addBinding",
        "Page.addScriptToEvaluateOnNewDocument",
        "Page.reload",
        "Page.removeScriptToEvaluateOnNewDocument",
        "Runtime.removeBinding",
    ] {
        assert!(
            methods.iter().any(|x| x == m),
            "{m} missing from {methods:?}"
        );
    }
    for never in [
        "Network.getCookies",
        "Network.getAllCookies",
        "DOMStorage.enable",
        "Storage.getCookies",
    ] {
        assert!(!methods.iter().any(|x| x == never), "{never} was called");
    }
    assert!(!phone.services().iter().any(|s| s.contains("forward")));
    assert_page_clean(&f.chromium, &id);

    // The fixture: keyed by the versions, marked simulated, no ticket and no signature.
    let text = std::fs::read_to_string(&record).expect("the fixture");
    let fx: Value = serde_json::from_str(&text).expect("json");
    assert_eq!(fx["format"], "wxsign-phone-fixture/1");
    assert_eq!(fx["source"], "simulated");
    assert_eq!(fx["wechat"], "8.0.50.2701");
    assert_eq!(fx["xweb"], "1260117");
    assert_eq!(fx["app_id"], "wx0123456789abcdef");
    assert!(!text.contains(TICKET), "a ticket in the fixture");
    assert!(
        !text.contains(&signature(current)),
        "a signature in the fixture"
    );
    let exchange = fx["exchange"].as_array().expect("exchange");
    let invoke = exchange
        .iter()
        .find(|e| e["msg"]["t"] == "invoke" && e["msg"]["name"] == "preVerifyJSAPI")
        .expect("the config invoke");
    assert_eq!(invoke["msg"]["params"]["verifySignature"], "(redacted)");
    assert!(
        exchange
            .iter()
            .any(|e| e["msg"]["t"] == "reply" && e["msg"]["res"]["errMsg"] == "config:ok"),
        "the raw reply is recorded"
    );
    assert!(
        exchange
            .iter()
            .any(|e| e["msg"]["t"] == "bridge" && e["msg"]["how"] == "setter")
    );
    keep_fixture(
        &record,
        "wechat-8.0.50.2701-xweb-1260117-current-url-ok.json",
    );

    // For people: the source line, and how to turn the switch off.
    let out = f
        .wxsign(
            &phone,
            &[
                "attach",
                "--ticket",
                TICKET,
                "--settle-ms",
                "300",
                "--lang",
                "en",
            ],
        )
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("source      this phone, WeChat 8.0.50.2701, XWeb 1260117"),
        "{text}"
    );
    assert!(
        text.contains("When you are done, turn the debugging switch off: open http://debugxweb.qq.com/?inspector=false inside WeChat."),
        "{text}"
    );
    assert!(phone.all_closed());
}

#[test]
fn a_client_that_verifies_the_landing_url_is_caught_and_ask_measures_it() {
    let Some(f) = fixture() else { return };
    let (phone, _) = f.phone_with("/spa?policy=landing&sign=current", Quirks::default());
    let (_dir, record) = record_path();
    let record_arg = record.to_string_lossy().into_owned();
    let v = f.run(&phone, &attach_args(&["--ask", "--record", &record_arg]), 1);
    let c = config(&v);
    assert_eq!(c["answer"], "config:invalid signature");
    assert_eq!(c["match"], true, "right for the current URL");
    assert!(
        codes(&v["findings"]).contains(&"client_refused_current_url".to_owned()),
        "{:#}",
        v["findings"]
    );
    let asks = v["asks"].as_array().expect("asks");
    let by_why = |why: &str| {
        asks.iter()
            .find(|a| a["why"] == why)
            .unwrap_or_else(|| panic!("no {why} ask in {asks:#?}"))
    };
    assert_eq!(by_why("current_url")["accepted"], false);
    assert_eq!(by_why("landing_url")["accepted"], true);
    assert_eq!(by_why("landing_url")["answer"], "config:ok");
    assert!(asks.len() <= 5);
    let m = &v["measured"][0];
    assert_eq!(m["verifies"], "landing_url");
    assert_eq!(m["wechat"], "8.0.50.2701");
    assert_eq!(m["xweb"], "1260117");
    assert_eq!(m["source"], "simulated");
    let text = std::fs::read_to_string(&record).expect("fixture");
    assert!(!text.contains(TICKET));
    let fx: Value = serde_json::from_str(&text).expect("json");
    assert_eq!(fx["measured"][0]["verifies"], "landing_url");
    assert!(fx["asks"].as_array().is_some_and(|a| a.len() >= 2));
    keep_fixture(
        &record,
        "wechat-8.0.50.2701-xweb-1260117-landing-url-asked.json",
    );
}

#[test]
fn a_real_auth_url_reply_decides_the_verdict() {
    let Some(f) = fixture() else { return };
    let (phone, _) = f.phone_with("/spa?policy=real_auth&sign=landing", Quirks::default());
    let (_dir, record) = record_path();
    let record_arg = record.to_string_lossy().into_owned();
    let v = f.run(&phone, &attach_args(&["--record", &record_arg]), 1);
    let c = config(&v);
    assert_eq!(c["answer"], "config:invalid signature");
    let real: Vec<&str> = c["real_auth_url"]
        .as_array()
        .expect("realAuthUrl")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(real.len(), 2, "duplicates kept: {real:?}");
    assert_eq!(real[0], real[1]);
    assert!(real[0].ends_with("#/d"), "fragment kept: {real:?}");
    let verified = c["verified_url"].as_str().expect("verified");
    assert_eq!(verified, real[0].trim_end_matches("#/d"));
    assert_eq!(c["match"], false);
    let landing = v["run"]["landing_url"].as_str().expect("landing");
    let landing = landing.split('#').next().unwrap_or_default();
    assert!(
        c["causes"]
            .as_array()
            .is_some_and(|cs| cs.iter().any(|x| x["string1"]
                .as_str()
                .is_some_and(|s| s.ends_with(&format!("url={landing}"))))),
        "the cause names the landing URL the server signed: {c:#}"
    );
    keep_fixture(
        &record,
        "wechat-8.0.50.2701-xweb-1260117-real-auth-url.json",
    );
}

#[test]
fn a_raw_err_msg_reply_is_read_as_jweixin_reads_it() {
    let Some(f) = fixture() else { return };
    let (phone, _) = f.phone_with(
        "/spa?policy=err_msg&sign=landing&when=late",
        Quirks::default(),
    );
    let (_dir, record) = record_path();
    let record_arg = record.to_string_lossy().into_owned();
    let v = f.run(&phone, &attach_args(&["--record", &record_arg]), 1);
    let c = config(&v);
    assert_eq!(c["answer"], "config:invalid signature");
    assert_eq!(
        c["client_reply"],
        serde_json::json!({"err_msg": "preVerifyJSAPI:fail_invalid_signature"})
    );
    let fx: Value =
        serde_json::from_str(&std::fs::read_to_string(&record).expect("fixture")).expect("json");
    assert!(
        fx["exchange"].as_array().is_some_and(|e| e
            .iter()
            .any(|x| x["msg"]["t"] == "bridge" && x["msg"]["how"] == "setter")),
        "a bridge that appears at DOMContentLoaded is wrapped by the setter"
    );
    keep_fixture(
        &record,
        "wechat-8.0.50.2701-xweb-1260117-err-msg-late-bridge.json",
    );
}

#[test]
fn a_bridge_fixed_on_window_is_wrapped_in_place_at_its_ready_event() {
    let Some(f) = fixture() else { return };
    let (phone, id) = f.phone_with(
        "/spa?policy=current&sign=current&when=fixed",
        Quirks::default(),
    );
    let (_dir, record) = record_path();
    let record_arg = record.to_string_lossy().into_owned();
    let v = f.run(&phone, &attach_args(&["--record", &record_arg]), 0);
    assert_eq!(config(&v)["answer"], "config:ok");
    let fx: Value =
        serde_json::from_str(&std::fs::read_to_string(&record).expect("fixture")).expect("json");
    let hows: Vec<&str> = fx["exchange"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|x| x["msg"]["t"] == "bridge")
        .filter_map(|x| x["msg"]["how"].as_str())
        .collect();
    assert_eq!(hows, ["ready"], "{fx:#}");
    // One invoke recorded once: the wrapped methods do not call themselves.
    let invokes = fx["exchange"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|x| x["msg"]["t"] == "invoke" && x["msg"]["name"] == "preVerifyJSAPI")
        .count();
    assert_eq!(invokes, 1);
    assert_page_clean(&f.chromium, &id);
}

#[test]
fn a_refused_binding_is_replaced_by_polling_and_a_refused_script_by_a_late_one() {
    let Some(f) = fixture() else { return };
    let (phone, _) = f.phone_with(
        "/spa?policy=current&sign=current",
        Quirks {
            refuse: vec!["Runtime.addBinding"],
            ..Quirks::default()
        },
    );
    let v = f.run(&phone, &attach_args(&[]), 0);
    assert_eq!(v["setup"]["polled"], true);
    assert_eq!(config(&v)["answer"], "config:ok");
    assert!(codes(&v["findings"]).contains(&"recorder_polled".to_owned()));
    assert!(phone.methods().iter().any(|m| m == "Runtime.evaluate"));

    // A recorder that goes in late cannot catch a config made before it: this page configs
    // after a while, as pages that wait for their own data do.
    let (phone, _) = f.phone_with(
        "/spa?policy=current&sign=current&delay=500",
        Quirks {
            refuse: vec!["Page.addScriptToEvaluateOnNewDocument"],
            ..Quirks::default()
        },
    );
    let v = f.run(&phone, &attach_args(&[]), 0);
    assert_eq!(v["setup"]["late"], true);
    assert!(codes(&v["findings"]).contains(&"recorder_late".to_owned()));
    assert_eq!(
        config(&v)["answer"],
        "config:ok",
        "the config after the page's fetch is still caught"
    );
}

#[test]
fn an_oauth_code_is_not_spent_without_asking_and_the_entry_url_is_offered() {
    let Some(f) = fixture() else { return };
    let (phone, _) = f.phone_with(
        "/cb?code=0a1B2c&state=xyz&policy=current&sign=current",
        Quirks::default(),
    );
    let loads = || {
        f.site
            .paths()
            .iter()
            .filter(|p| p.starts_with("/cb"))
            .count()
    };
    let before = loads();
    let v = f.run(&phone, &attach_args(&[]), 1);
    assert_eq!(v["error"], "oauth_code");
    assert!(v["url"].as_str().is_some_and(|u| u.contains("code=0a1B2c")));
    let entry = v["entry_url"].as_str().expect("the entry URL").to_owned();
    assert!(
        entry.contains("/cb") && entry.contains("policy=current&sign=current"),
        "{entry}"
    );
    assert!(
        !entry.contains("code=") && !entry.contains("state="),
        "code and state dropped: {entry}"
    );
    assert_eq!(loads(), before, "the page was not reloaded");
    assert!(
        !phone.methods().iter().any(|m| m == "Page.reload"),
        "{:?}",
        phone.methods()
    );
    let out = f
        .wxsign(&phone, &["attach", "--lang", "en"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("accepts only once") && err.contains("--entry"),
        "{err}"
    );

    let v = f.run(&phone, &attach_args(&["--entry"]), 0);
    assert_eq!(v["navigation"]["kind"], "entry");
    // The page's URL as Chromium lists it may have caught up with its pushState since the
    // first run: the entry opened is that URL without code and state.
    let opened = v["navigation"]["url"]
        .as_str()
        .expect("the entry URL")
        .to_owned();
    assert!(
        opened.contains("/cb") && !opened.contains("code=") && !opened.contains("state="),
        "{opened}"
    );
    let entry_path = opened
        .split_once("://")
        .and_then(|(_, rest)| rest.find('/').map(|i| rest[i..].to_owned()))
        .unwrap_or_default();
    // The fragment never reaches the server.
    let entry_path = entry_path.split('#').next().unwrap_or_default().to_owned();
    assert!(
        f.site.paths().contains(&entry_path),
        "the entry URL {entry_path} was opened: {:?}",
        f.site.paths()
    );
    assert_eq!(config(&v)["answer"], "config:ok");
}

#[test]
fn with_two_pages_one_is_chosen_by_text_through_the_other_process() {
    let Some(f) = fixture() else { return };
    let a = f
        .chromium
        .open(&f.site.url("/spa?policy=current&sign=current"));
    let b = f
        .chromium
        .open(&f.site.url("/spa/news?policy=current&sign=current"));
    let phone = Phone::start(Spec {
        serial: SERIAL.to_owned(),
        others: Vec::new(),
        webviews: vec![
            webview(
                "webview_devtools_remote",
                "com.tencent.mm:tools",
                &[&a],
                Quirks::default(),
            ),
            webview(
                "mm_{pid}_devtools_remote",
                "com.tencent.mm:appbrand1",
                &[&b],
                Quirks {
                    no_list: true,
                    no_ws_url: true,
                    ..Quirks::default()
                },
            ),
        ],
        processes: Vec::new(),
        old_ps: false,
        chromium: f.chromium.port,
    });
    let v = f.run(&phone, &attach_args(&[]), 2);
    assert_eq!(v["error"], "many_pages");
    assert_eq!(v["pages"].as_array().map(Vec::len), Some(2));
    let v = f.run(&phone, &attach_args(&["--page", "NEWS"]), 0);
    assert_eq!(v["target"]["process"], "com.tencent.mm:appbrand1");
    assert!(
        v["target"]["page"]["url"]
            .as_str()
            .is_some_and(|u| u.contains("/spa/news")),
        "{v:#}"
    );
    assert_eq!(config(&v)["answer"], "config:ok");
    let v = f.run(&phone, &attach_args(&["--page", "cart"]), 2);
    assert_eq!(v["error"], "page_not_found");
}

#[test]
fn a_phone_unplugged_mid_run_gives_a_clear_error_and_no_half_written_record() {
    let Some(f) = fixture() else { return };
    // The client never answers: wxsign is still recording when the cable goes.
    let (phone, _) = f.phone_with("/spa?policy=never&sign=current", Quirks::default());
    let (dir, record) = record_path();
    let record_arg = record.to_string_lossy().into_owned();
    let args = attach_args(&["--record", &record_arg]);
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_wxsign"));
    cmd.env("TMPDIR", f.tmp.path())
        .env("ANDROID_ADB_SERVER_PORT", phone.port.to_string())
        .env("PATH", "/nonexistent")
        .arg("phone")
        .args(&args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let child = cmd.spawn().expect("start wxsign");
    // Unplugged once the page runs again under the recorder and has asked the client.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !phone.methods().iter().any(|m| m == "Page.reload") {
        assert!(
            std::time::Instant::now() < deadline,
            "wxsign never reloaded the page"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    std::thread::sleep(std::time::Duration::from_millis(1500));
    phone.unplug();
    let out = child.wait_with_output().expect("wxsign ends");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(2),
        "stdout {stdout}\nstderr {stderr}"
    );
    let v: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"));
    assert_eq!(v["error"], "disconnected", "{v:#}");
    let message = v["message"].as_str().unwrap_or_default();
    assert!(
        message.contains(SERIAL) && message.contains("USB"),
        "says what happened and what to do: {message}"
    );
    assert!(phone.all_closed(), "a connection to the phone stayed open");
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert!(
        left.is_empty(),
        "nothing half-written next to --record: {left:?}"
    );
    let tmp: Vec<_> = std::fs::read_dir(f.tmp.path())
        .expect("TMPDIR")
        .flatten()
        .collect();
    assert!(tmp.is_empty(), "left in TMPDIR: {tmp:?}");
}

#[test]
fn a_profile_gives_the_ticket_and_app_id_the_page_is_judged_with() {
    use crate::cli::mock_wechat;
    let Some(f) = fixture() else { return };
    // A simulated WeChat API hands out the ticket the page signs with.
    let rt = mock_wechat::runtime();
    let server = rt.block_on(mock_wechat::happy(None));
    let config_dir = tempfile::tempdir().expect("tempdir");
    let with_profile = |mut cmd: assert_cmd::Command| {
        cmd.env("WXSIGN_CONFIG_DIR", config_dir.path())
            .env("WXSIGN_KEYRING", "memory")
            .env("WXSIGN_APP_SECRET", mock_wechat::APP_SECRET);
        cmd
    };
    let added = with_profile(crate::cli::support::wxsign())
        .args(["profile", "add", "dev", "--appid", mock_wechat::APP_ID])
        .args(["--api-base", &server.uri()])
        .output()
        .expect("profile add");
    assert!(added.status.success(), "{added:?}");
    let (phone, _) = f.phone_with("/spa?policy=current&sign=current", Quirks::default());
    let args = [
        "attach",
        "--profile",
        "dev",
        "--json",
        "--simulated",
        "--settle-ms",
        "300",
    ];
    let out = with_profile(f.wxsign(&phone, &args)).output().expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_str(&stdout).expect("json");
    let c = config(&v);
    assert_eq!(c["match"], true, "judged with the profile's ticket: {c:#}");
    assert_eq!(v["passed"], true);
    assert!(phone.all_closed());
}

//! The Phone panel against the simulated phone of the CLI tests (a mock adb server on 127.0.0.1
//! and Linux abstract sockets relayed to a headless Chromium; no phone, said as `simulated`):
//! the first-time explanation, a phone whose switch expired, and a page attached, judged and
//! asked, driven by the labels a person clicks.

use egui_kittest::kittest::Queryable as _;
use wxsign::gui_settings::Panel;
use wxsign::phone::Source;
use wxsign::phone::adb::Adb;
use wxsign::ui::phone_panel::{Found, Outcome, ProxyState};

use crate::cli::phone::rig::{Chromium, Phone, Quirks, Spec, WebView, unique_pid};
use crate::probe::{H, app_with_worker, browser_or_skip, wait_for};
use crate::support;

const SERIAL: &str = "SIM0PHONE1";
/// The user agent of a real WeChat 8.0.50 on XWeb 1260117 (PHONE.md §1).
const UA: &str = "Mozilla/5.0 (Linux; Android 14; 23049RAD8C Build/UKQ1.230804.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.188 Mobile Safari/537.36 XWEB/1260117 MMWEBSDK/20240404 MMWEBID/2307 MicroMessenger/8.0.50.2701(0x2800325B) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64";

/// The window on the Phone panel, talking to the simulated phone's adb server.
fn on_phone_panel(phone: &Phone) -> support::App {
    let mut app = app_with_worker();
    let h = &mut app.harness;
    let p = &mut h.state_mut().phone;
    p.adb = Adb {
        start_if_needed: false,
        ..Adb::at_port(phone.port)
    };
    p.source = Source::Simulated;
    h.state_mut().state.panel = Panel::Phone;
    support::step_until(h, "the profiles", |h| h.state().rt.profiles_loaded);
    app
}

fn find(h: &mut H) {
    h.get_by_label("Find phones").click();
    wait_for(h, "the phone list", |h| {
        matches!(
            h.state().phone.found,
            Some(Found::Listed(_) | Found::Failed(_))
        )
    });
}

#[test]
fn a_first_time_user_is_told_to_turn_on_usb_debugging_and_the_switch() {
    let mut app = support::app();
    let h = &mut app.harness;
    h.state_mut().state.panel = Panel::Phone;
    h.run();
    h.get_by_label("Connect an Android phone");
    h.get_by_label_contains("USB debugging");
    h.get_by_label_contains("http://debugxweb.qq.com/?inspector=true");
    h.get_by_label_contains("http://debugxweb.qq.com/?inspector=false");
    // Nothing to attach to yet.
    assert!(h.query_by_label("Attach and reload").is_none());
}

#[test]
fn a_phone_whose_wechat_serves_no_socket_says_the_switch_may_have_expired() {
    let phone = Phone::start(Spec {
        serial: SERIAL.to_owned(),
        others: Vec::new(),
        webviews: Vec::new(),
        processes: vec![(unique_pid(), "com.tencent.mm".to_owned())],
        old_ps: false,
        chromium: 0,
    });
    let mut app = on_phone_panel(&phone);
    let h = &mut app.harness;
    find(h);
    h.get_by_label_contains("has expired");
    h.get_by_label_contains("http://debugxweb.qq.com/?inspector=true");
    assert!(phone.all_closed(), "a connection to the phone stayed open");
}

#[test]
fn a_page_is_attached_judged_and_asked_with_a_confirmation() {
    let Some(browser) = browser_or_skip() else {
        return;
    };
    let _one = crate::cli::probe::ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    let profile = tempfile::tempdir().expect("tempdir");
    let chromium = Chromium::start(&browser, profile.path(), UA);
    let site = crate::cli::probe::server::Server::start(crate::cli::phone::pages::site());
    // This client verifies the landing URL (the iOS rule); the page signs its current URL.
    let id = chromium.open(&site.url("/spa?policy=landing&sign=current"));
    let pid = unique_pid();
    let phone = Phone::start(Spec {
        serial: SERIAL.to_owned(),
        others: Vec::new(),
        webviews: vec![WebView {
            socket: format!("webview_devtools_remote_{pid}"),
            pid,
            process: "com.tencent.mm:tools".to_owned(),
            quirks: Quirks::default(),
            targets: vec![id],
        }],
        processes: Vec::new(),
        old_ps: false,
        chromium: chromium.port,
    });
    let mut app = on_phone_panel(&phone);
    let h = &mut app.harness;
    h.state_mut().sign.ticket = crate::cli::support::TICKET.into();
    find(h);
    // The only page is chosen; its process is shown.
    h.get_by_label_contains("com.tencent.mm:tools");
    h.get_by_label_contains("Autumn & sale");
    h.get_by_label("Attach and reload").click();
    wait_for(h, "the recording", |h| {
        h.state().phone.recording.is_none() && h.state().phone.outcome.is_some()
    });
    let Some(Outcome::Report(v)) = &h.state().phone.outcome else {
        panic!("no report");
    };
    assert!(!v.report.passed);
    assert_eq!(v.report.run.configs[0].answer, "config:invalid signature");
    // The verdict, where it came from, and the cause only the real client shows.
    assert!(
        h.query_all_by_label("failed").count() > 0,
        "the verdict is shown"
    );
    h.get_by_label("simulated, WeChat 8.0.50.2701, XWeb 1260117");
    h.get_by_label_contains("probably the landing URL");
    // The probe's timeline and verdict of the recorded config.
    // (the signature is right for the current URL: the client checked another one).
    assert!(h.query_all_by_label("MATCH").count() > 0);
    assert!(h.query_by_label("MISMATCH").is_none());
    h.get_by_label("Reload and record again");
    // The answer is the real client's, not the probe's.
    assert!(h.query_all_by_label("client answered").count() > 0);
    assert!(h.query_all_by_label("probe answered").count() == 0);

    // Ask: a confirmation first; cancelling it asks nothing.
    h.get_by_label("Ask the client…").click();
    h.run();
    h.get_by_label("Ask the real client?");
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.query_by_label("Ask the real client?").is_none());
    assert!(h.state().phone.recording.is_none(), "nothing was asked");
    h.get_by_label("Ask the client…").click();
    h.run();
    h.get_by_label("Reload and ask").click();
    wait_for(h, "the asks", |h| {
        h.state().phone.recording.is_none()
            && matches!(&h.state().phone.outcome, Some(Outcome::Report(v)) if !v.report.asks.is_empty())
    });
    let Some(Outcome::Report(v)) = &h.state().phone.outcome else {
        panic!("no report");
    };
    let accepted: Vec<&str> = v
        .report
        .asks
        .iter()
        .filter(|a| a.accepted)
        .map(|a| a.why.as_str())
        .collect();
    assert_eq!(accepted, ["landing_url"]);
    h.get_by_label("What the client accepted");
    h.get_by_label_contains("verifies the landing URL");
    assert!(phone.all_closed(), "a connection to the phone stayed open");
}

/// The iOS proxy started from the panel on 127.0.0.1 (a free port): it listens at the address
/// it shows, with the setup page and the CA's fingerprint; Stop closes the port and shows the
/// undo steps. Nothing leaves the machine: no page goes through it here.
#[test]
fn the_ios_proxy_starts_on_loopback_shows_its_address_and_stops() {
    let mut app = app_with_worker();
    let h = &mut app.harness;
    h.state_mut().state.panel = Panel::Phone;
    support::step_until(h, "the profiles", |h| h.state().rt.profiles_loaded);
    h.run();
    // No host yet: the block says what to fill in.
    h.get_by_label("name the page's host to start");
    let fill = |h: &mut H, label: &str, text: &str| {
        h.get_by_label(label).click();
        h.run();
        h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::A);
        h.get_by_label(label).type_text(text);
        h.run();
    };
    fill(h, "Hosts", "m.example.com");
    // Port 0: any free port, so the test never meets another proxy on 8899.
    fill(h, "Port", "0");
    fill(h, "Listen on", "127.0.0.1");
    let b = &h.state().phone.proxy;
    assert_eq!(
        (b.hosts.as_str(), b.port.as_str(), b.listen.as_str()),
        ("m.example.com", "0", "127.0.0.1")
    );
    h.get_by_label("Start proxy").click();
    wait_for(h, "the proxy", |h| {
        matches!(
            h.state().phone.proxy.state,
            ProxyState::Running { .. } | ProxyState::Failed(_)
        )
    });
    let (addr, setup_url, sha256) = match &h.state().phone.proxy.state {
        ProxyState::Running {
            addr,
            setup_url,
            ca,
            ..
        } => (*addr, setup_url.clone(), ca.sha256.clone()),
        ProxyState::Failed(m) => panic!("the proxy did not start: {m:?}"),
        _ => unreachable!(),
    };
    assert!(addr.ip().is_loopback(), "{addr}");
    assert_ne!(addr.port(), 0);
    h.get_by_label(&addr.to_string());
    h.get_by_label(&setup_url);
    h.get_by_label(&sha256);
    std::net::TcpStream::connect(addr).expect("the proxy listens at the address shown");
    h.get_by_label("Stop proxy").click();
    wait_for(h, "the stop", |h| {
        matches!(h.state().phone.proxy.state, ProxyState::Stopped)
    });
    h.get_by_label("The proxy is stopped. To undo the setup:");
    assert!(
        std::net::TcpStream::connect(addr).is_err(),
        "the port is closed after Stop"
    );
}

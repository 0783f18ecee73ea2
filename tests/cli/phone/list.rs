//! `wxsign phone list` and what is said when there is nothing to attach to.

use std::os::unix::fs::PermissionsExt;

use serde_json::Value;

use super::rig::{Phone, Quirks, Spec};
use super::{SERIAL, fixture, webview};
use crate::cli::support::wxsign;

/// Two WeChat processes (one socket answering `/json/list` with a host-less WebSocket URL and
/// an invisible target, one that only knows `/json` and gives no WebSocket URL), Chrome's own
/// socket, WeCom running without a socket, an unauthorised second phone, and an Android 7 `ps`.
#[test]
fn list_finds_both_wechat_processes_through_every_quirk_and_nothing_else() {
    let Some(f) = fixture() else { return };
    let a = f.chromium.open(&f.site.url("/spa?policy=current"));
    let b = f.chromium.open(&f.site.url("/spa/news?policy=current"));
    let tools = webview(
        "webview_devtools_remote",
        "com.tencent.mm:tools",
        &[&a],
        Quirks {
            hostless_ws: true,
            invisible_extra: true,
            ..Quirks::default()
        },
    );
    let appbrand = webview(
        "xweb_devtools_remote",
        "com.tencent.mm:appbrand0",
        &[&b],
        Quirks {
            no_list: true,
            no_ws_url: true,
            ..Quirks::default()
        },
    );
    let chrome = webview(
        "chrome_devtools_remote",
        "com.android.chrome",
        &[&a],
        Quirks::default(),
    );
    let wecom_pid = super::rig::unique_pid();
    let phone = Phone::start(Spec {
        serial: SERIAL.to_owned(),
        others: vec![("SIM0PHONE2".to_owned(), "unauthorized".to_owned())],
        webviews: vec![tools.clone(), appbrand.clone(), chrome],
        processes: vec![(wecom_pid, "com.tencent.wework".to_owned())],
        old_ps: true,
        chromium: f.chromium.port,
    });
    let v = f.run(&phone, &["list", "--json"], 0);
    let devices = v["devices"].as_array().expect("devices");
    assert_eq!(devices.len(), 2, "{v:#}");
    assert_eq!(devices[1]["serial"], "SIM0PHONE2");
    assert_eq!(devices[1]["state"], "unauthorized");
    let d = &devices[0];
    assert_eq!(d["serial"], SERIAL);
    assert_eq!(d["running_without_socket"], serde_json::json!(["wecom"]));
    // In the kernel's order of /proc/net/unix: sorted here by socket name.
    let mut endpoints = d["endpoints"].as_array().expect("endpoints").clone();
    endpoints.sort_by(|x, y| x["socket"].as_str().cmp(&y["socket"].as_str()));
    let got: Vec<(&str, &str, &str)> = endpoints
        .iter()
        .map(|e| {
            (
                e["socket"].as_str().unwrap_or_default(),
                e["process"].as_str().unwrap_or_default(),
                e["app"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (tools.socket.as_str(), "com.tencent.mm:tools", "wechat"),
            (
                appbrand.socket.as_str(),
                "com.tencent.mm:appbrand0",
                "wechat"
            ),
        ],
        "Chrome's socket is not WeChat's"
    );
    let pages = |e: &Value| e["pages"].as_array().cloned().unwrap_or_default();
    let first = pages(&endpoints[0]);
    assert_eq!(
        first.len(),
        1,
        "the invisible target is skipped: {first:#?}"
    );
    assert_eq!(first[0]["title"], "Autumn & sale", "unescaped");
    assert_eq!(first[0]["ws_path"], format!("/devtools/page/{a}"));
    assert_eq!(first[0]["busy"], false);
    let second = pages(&endpoints[1]);
    assert_eq!(second.len(), 1, "read through /json: {second:#?}");
    assert_eq!(second[0]["id"], b.as_str());
    assert_eq!(second[0]["busy"], true, "no webSocketDebuggerUrl");
    assert_eq!(second[0]["ws_path"], format!("/devtools/page/{b}"));
    assert_eq!(v["turn_off"], "http://debugxweb.qq.com/?inspector=false");

    let services = phone.services();
    assert!(
        services.iter().any(|s| s == "shell:ps -A") && services.iter().any(|s| s == "shell:ps"),
        "an Android 7 ps is asked again without -A: {services:?}"
    );
    assert!(
        services
            .iter()
            .any(|s| s == &format!("localabstract:{}", appbrand.socket)),
        "{services:?}"
    );
    assert!(
        !services.iter().any(|s| s.contains("forward")),
        "no adb forward is ever made: {services:?}"
    );

    // The same for people, in Chinese.
    let out = f
        .wxsign(&phone, &["list", "--lang", "zh"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Autumn & sale"), "{text}");
    assert!(text.contains("com.tencent.mm:appbrand0"), "{text}");
    assert!(
        text.contains(
            "用完后请关闭调试开关：在微信内打开 http://debugxweb.qq.com/?inspector=false"
        ),
        "{text}"
    );
    assert!(phone.all_closed());
}

/// `wxsign phone ARGS` against a phone without any web-view socket (no browser needed).
fn run_bare(phone: &Phone, args: &[&str]) -> (i32, String, String) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = wxsign()
        .env("TMPDIR", tmp.path())
        .env("ANDROID_ADB_SERVER_PORT", phone.port.to_string())
        .env("PATH", "/nonexistent")
        .arg("phone")
        .args(args)
        .output()
        .expect("run wxsign");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn bare_phone(processes: &[&str]) -> Phone {
    Phone::start(Spec {
        serial: SERIAL.to_owned(),
        others: Vec::new(),
        webviews: Vec::new(),
        processes: processes
            .iter()
            .map(|p| (super::rig::unique_pid(), (*p).to_owned()))
            .collect(),
        old_ps: false,
        chromium: 0,
    })
}

#[test]
fn no_socket_says_in_one_line_how_to_turn_the_switch_on() {
    let off = bare_phone(&["com.android.systemui"]);
    let (code, _, err) = run_bare(&off, &["attach", "--lang", "en"]);
    assert_eq!(code, 2, "{err}");
    assert_eq!(
        err.trim(),
        format!(
            "error: WeChat on {SERIAL} serves no DevTools socket: open http://debugxweb.qq.com/?inspector=true inside WeChat (send it to yourself and tap it), then reopen the page"
        )
    );
    let (code, _, err) = run_bare(&off, &["attach", "--lang", "zh"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("请在微信内打开 http://debugxweb.qq.com/?inspector=true"),
        "{err}"
    );

    // WeChat runs but serves nothing: the switch may have expired.
    let expired = bare_phone(&["com.tencent.mm", "com.tencent.mm:push"]);
    let (code, out, _) = run_bare(&expired, &["attach", "--json", "--lang", "en"]);
    assert_eq!(code, 2);
    let v: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["error"], "switch_expired");
    let message = v["message"].as_str().unwrap_or_default();
    assert!(message.contains("has expired"), "{message}");
    assert!(message.contains("WeChat runs on"), "{message}");
    let (code, out, _) = run_bare(&expired, &["list", "--json", "--lang", "zh"]);
    assert_eq!(code, 1, "nothing to attach to: {out}");
    let v: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["devices"][0]["problem"]["code"], "switch_expired");
    assert!(
        v["devices"][0]["problem"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("已过期")),
        "{v:#}"
    );
    assert!(off.all_closed() && expired.all_closed());
}

#[test]
fn no_adb_is_said_plainly_and_adb_is_asked_to_start_its_server() {
    // A port nothing listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = wxsign()
        .env("ANDROID_ADB_SERVER_PORT", port.to_string())
        .env("PATH", "/nonexistent")
        .args(["phone", "list", "--lang", "en"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("no adb server answers at 127.0.0.1:{port}"))
            && err.contains("apt install adb"),
        "{err}"
    );
    // An adb that only notes how it was called: wxsign asks it to start the server on the
    // port adb itself would use, then says the server is still not there.
    let bin = tmp.path().join("bin");
    std::fs::create_dir(&bin).expect("bin");
    let note = tmp.path().join("called");
    let adb = bin.join("adb");
    std::fs::write(
        &adb,
        format!(
            "#!/bin/sh\necho \"$@ $ANDROID_ADB_SERVER_PORT\" > '{}'\n",
            note.display()
        ),
    )
    .expect("write adb");
    std::fs::set_permissions(&adb, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let out = wxsign()
        .env("ANDROID_ADB_SERVER_PORT", port.to_string())
        .env("PATH", &bin)
        .args(["phone", "list", "--json", "--lang", "en"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(&note)
            .expect("adb was called")
            .trim(),
        format!("start-server {port}")
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["error"], "adb_unreachable");
}

/// The framing the mock reads is the one wxsign writes.
#[test]
fn the_mock_reads_wxsigns_framing() {
    let framed = wxsign::phone::adb::frame("host:transport:R58M").unwrap();
    assert_eq!(
        super::rig::read_request(&mut framed.as_bytes()).as_deref(),
        Some("host:transport:R58M")
    );
}

//! `wxsign phone` against a simulated phone (no phone here, said in every report as
//! `source: simulated`): a mock adb server, Linux abstract sockets named like WeChat's
//! web-views relayed to a headless Chromium (`rig`), and pages in which a fake WeChat client
//! answers `preVerifyJSAPI` by a policy (`pages`). wxsign's real adb client, discovery, page
//! lists, WebSocket, recorder script, binding and reload all run. Without a browser these tests
//! say so in one line and pass, except under CI. Linux only: Windows has no abstract sockets.

mod attach;
mod list;
mod pages;
pub mod rig;

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use crate::cli::probe::server::Server;
use crate::cli::support::wxsign;
pub use rig::Chromium;
use rig::{Phone, Quirks, Spec, WebView};

/// The user agent the simulated web-view shows: a real WeChat 8.0.50 on XWeb 1260117 (PHONE.md §1).
pub const UA: &str = "Mozilla/5.0 (Linux; Android 14; 23049RAD8C Build/UKQ1.230804.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.188 Mobile Safari/537.36 XWEB/1260117 MMWEBSDK/20240404 MMWEBID/2307 MicroMessenger/8.0.50.2701(0x2800325B) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64";
pub const SERIAL: &str = "SIM0PHONE1";

/// One Chromium at a time on two cores.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Everything a phone test needs; `None` (with one line on stderr) when there is no browser.
pub struct Fixture {
    _guard: MutexGuard<'static, ()>,
    pub site: Server,
    pub chromium: Chromium,
    /// wxsign's TMPDIR: must stay empty.
    pub tmp: tempfile::TempDir,
    _profile: tempfile::TempDir,
}

pub fn fixture() -> Option<Fixture> {
    let guard = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let browser: PathBuf = match wxsign::probe::browser::find(None) {
        Ok(b) => b.path,
        Err(e) => {
            assert!(
                !crate::cli::support::under_ci(),
                "CI is set but there is no browser for the phone tests: {e}"
            );
            eprintln!(
                "phone test skipped: no Chromium-family browser to play the web-view (apt-get install chromium-headless-shell)"
            );
            return None;
        }
    };
    let profile = tempfile::tempdir().expect("tempdir");
    let chromium = Chromium::start(&browser, profile.path(), UA);
    Some(Fixture {
        _guard: guard,
        site: Server::start(pages::site()),
        chromium,
        tmp: tempfile::tempdir().expect("tempdir"),
        _profile: profile,
    })
}

/// A WeChat web-view socket named `name_<pid>` owned by `process`, showing `targets`.
pub fn webview(name: &str, process: &str, targets: &[&str], quirks: Quirks) -> WebView {
    let pid = rig::unique_pid();
    let socket = if name.contains("{pid}") {
        name.replace("{pid}", &pid.to_string())
    } else {
        format!("{name}_{pid}")
    };
    WebView {
        socket,
        pid,
        process: process.to_owned(),
        quirks,
        targets: targets.iter().map(|s| (*s).to_owned()).collect(),
    }
}

impl Fixture {
    /// A phone with one WeChat web-view showing the page at `path`, opened and loaded.
    pub fn phone_with(&self, path: &str, quirks: Quirks) -> (Phone, String) {
        let id = self.chromium.open(&self.site.url(path));
        let phone = Phone::start(Spec {
            serial: SERIAL.to_owned(),
            others: Vec::new(),
            webviews: vec![webview(
                "webview_devtools_remote",
                "com.tencent.mm:tools",
                &[&id],
                quirks,
            )],
            processes: Vec::new(),
            old_ps: false,
            chromium: self.chromium.port,
        });
        (phone, id)
    }

    /// `wxsign phone ARGS` against `phone`, with this test's TMPDIR and no adb on PATH.
    pub fn wxsign(&self, phone: &Phone, args: &[&str]) -> assert_cmd::Command {
        let mut cmd = wxsign();
        cmd.env("TMPDIR", self.tmp.path())
            .env("ANDROID_ADB_SERVER_PORT", phone.port.to_string())
            .env("PATH", "/nonexistent")
            .arg("phone")
            .args(args)
            .timeout(Duration::from_secs(90));
        cmd
    }

    /// Runs `wxsign phone ARGS`, checks the exit code, that every connection closed and that
    /// TMPDIR is empty; the stdout as JSON.
    pub fn run(&self, phone: &Phone, args: &[&str], code: i32) -> serde_json::Value {
        let out = self.wxsign(phone, args).output().expect("run wxsign");
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        assert_eq!(
            out.status.code(),
            Some(code),
            "{args:?}: stderr {}\nstdout {stdout}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(phone.all_closed(), "a connection to the phone stayed open");
        let left: Vec<_> = std::fs::read_dir(self.tmp.path())
            .expect("TMPDIR")
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert!(left.is_empty(), "left in TMPDIR: {left:?}");
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"))
    }
}

/// Nothing of the recorder is left in the page after wxsign detached: a reload through
/// Chromium's own DevTools runs without the script, and no wxsign name is in the page.
pub fn assert_page_clean(chromium: &Chromium, id: &str) {
    use async_tungstenite::tungstenite::{self, Message};
    let tcp = std::net::TcpStream::connect(("127.0.0.1", chromium.port)).expect("connect");
    let (mut ws, _) = tungstenite::client(
        format!("ws://127.0.0.1:{}/devtools/page/{id}", chromium.port),
        tcp,
    )
    .expect("attach to the page");
    let mut call = |id: u64, method: &str, params: serde_json::Value| -> serde_json::Value {
        let msg = serde_json::json!({"id": id, "method": method, "params": params});
        ws.send(Message::text(msg.to_string())).expect("send");
        loop {
            let Message::Text(t) = ws.read().expect("read") else {
                continue;
            };
            let v: serde_json::Value = serde_json::from_str(t.as_str()).expect("json");
            if v["id"] == id {
                return v;
            }
        }
    };
    call(1, "Page.reload", serde_json::json!({}));
    std::thread::sleep(Duration::from_millis(800));
    let v = call(
        2,
        "Runtime.evaluate",
        serde_json::json!({
            "expression": "Object.getOwnPropertyNames(window).filter(function (n) { return n.indexOf('__wxsign') === 0; }).join(',') + '|' + typeof (Object.getOwnPropertyDescriptor(window, 'WeixinJSBridge') || {}).get",
            "returnByValue": true
        }),
    );
    assert_eq!(
        v["result"]["result"]["value"], "|undefined",
        "the recorder or its names are still in the page: {v}"
    );
}

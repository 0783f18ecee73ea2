//! `wxsign phone proxy` without a phone (issue 18, PHONE.md "Testing without a phone"): a
//! simulated origin on 127.0.0.1 (HTTP, and HTTPS with a certificate of a test CA the proxy
//! trusts through SSL_CERT_FILE), and a headless Chromium (`chromium-headless-shell`) that uses
//! the proxy, trusts the proxy's CA by its SPKI, and plays the WeChat client with a stand-in
//! bridge (`client.js`) under the jweixin stand-in. Reports say `source: simulated`. Without a
//! browser or openssl the Chromium tests say so in one line and pass, except under CI.

mod origin;

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::cli::support::{NONCE, TICKET};
use origin::{Origin, chunked, response};

/// A browser and a proxy per test: one such test at a time on two cores.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

const CLIENT_JS: &str = include_str!("client.js");
const STANDIN: &str = include_str!("../../fixtures/probe/wx-standin.js");
const APP_ID: &str = "wx0000000000000001";
const TIMESTAMP: &str = "1700000000";
/// An iPhone's WeChat, as the page and the report see it.
const UA: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.61(0x18003D2F) NetType/WIFI Language/zh_CN";
const PAGE_BODY: &str = "<body><p>微信 JS-SDK</p></body></html>";

fn sha1(s: &str) -> String {
    sha1_smol::Sha1::from(s).digest().to_string()
}

/// The page: the stand-in client first, then jweixin, then the page's config (all external, so
/// the same page works under a CSP). `answer`: what the stand-in client answers.
fn page(answer: &str, nonce: Option<&str>) -> String {
    let n = nonce.map_or(String::new(), |n| format!(" nonce=\"{n}\""));
    format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>p</title>\
         <script src=\"/client.js?answer={answer}\"{n}></script>\
         <script src=\"/jweixin.js\"{n}></script><script src=\"/config.js\"{n}></script></head>\
         {PAGE_BODY}"
    )
}

fn gzip(b: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(b).unwrap();
    e.finish().unwrap()
}

fn br(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut out, 4096, 9, 22);
        w.write_all(b).unwrap();
    }
    out
}

/// The origin's pages. `signed_for`: the URL path the page's signature is made for (the page's
/// own path when `None`).
fn site(
    base: &str,
    signed_for: Option<&'static str>,
    answer: &'static str,
) -> Arc<origin::Handler> {
    let base = base.to_owned();
    Arc::new(move |seen: &origin::Seen| {
        let html = [("Content-Type", "text/html; charset=utf-8")];
        let path = seen.target.split('?').next().unwrap_or_default().to_owned();
        match path.as_str() {
            // A revalidation would keep the copy cached before the proxy, without the recorder.
            "/plain" if seen.headers.contains_key("if-none-match") => response(304, &[], b""),
            "/plain" => response(200, &html, page(answer, None).as_bytes()),
            "/gzip" => response(
                200,
                &[html[0], ("Content-Encoding", "gzip")],
                &gzip(page(answer, None).as_bytes()),
            ),
            "/br" => response(
                200,
                &[html[0], ("Content-Encoding", "br")],
                &br(page(answer, None).as_bytes()),
            ),
            "/chunked" => chunked(&html, page(answer, None).as_bytes(), 7),
            "/csp" => response(
                200,
                &[html[0], ("Content-Security-Policy", "script-src 'self'")],
                page(answer, None).as_bytes(),
            ),
            "/csp-strict" => response(
                200,
                &[
                    html[0],
                    (
                        "Content-Security-Policy",
                        "script-src 'nonce-pagenonce' 'strict-dynamic'; object-src 'none'; connect-src https://api.example.com",
                    ),
                ],
                page(answer, Some("pagenonce")).as_bytes(),
            ),
            "/ws" => response_101(),
            "/client.js" => response(
                200,
                &[("Content-Type", "text/javascript")],
                CLIENT_JS.as_bytes(),
            ),
            "/jweixin.js" => response(
                200,
                &[("Content-Type", "text/javascript")],
                STANDIN.as_bytes(),
            ),
            "/config.js" => {
                // The page that loaded it, from the Referer-free way: the page names itself.
                let js = "wx.config({debug:false,appId:'APPID',timestamp:TS,nonceStr:'NONCE',\
                          signature:SIGS[location.pathname]||'',jsApiList:['updateAppMessageShareData']});"
                    .replace("APPID", APP_ID)
                    .replace("TS", TIMESTAMP)
                    .replace("NONCE", NONCE);
                let sigs: serde_json::Map<String, Value> = [
                    "/plain",
                    "/gzip",
                    "/br",
                    "/chunked",
                    "/csp",
                    "/csp-strict",
                ]
                .iter()
                .map(|p| {
                    let url = format!("{base}{}", signed_for.unwrap_or(p));
                    let s = sha1(&format!(
                        "jsapi_ticket={TICKET}&noncestr={NONCE}&timestamp={TIMESTAMP}&url={url}"
                    ));
                    ((*p).to_owned(), Value::String(s))
                })
                .collect();
                let js = format!("var SIGS={};{js}", Value::Object(sigs));
                response(200, &[("Content-Type", "text/javascript")], js.as_bytes())
            }
            _ => response(404, &[("Content-Type", "text/plain")], b"not found"),
        }
    })
}

/// A protocol switch to the echo the origin then speaks.
fn response_101() -> Vec<u8> {
    b"HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: echo\r\n\r\n".to_vec()
}

/// `wxsign phone proxy` running, its JSON lines read as they come.
struct ProxyRun {
    child: Child,
    lines: mpsc::Receiver<Value>,
    pub port: u16,
    pub seen: Vec<Value>,
}

impl Drop for ProxyRun {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn proxy_command(dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_wxsign"));
    cmd.env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("WXSIGN_TICKET")
        .env("HOME", dir)
        .env("XDG_CONFIG_HOME", dir)
        .env("WXSIGN_CONFIG_DIR", dir.join("config"))
        .env("WXSIGN_KEYRING", "memory")
        .env("SSL_CERT_FILE", dir.join("origin-ca.pem"));
    cmd
}

impl ProxyRun {
    fn start(dir: &Path, extra: &[&str]) -> ProxyRun {
        let mut child = proxy_command(dir)
            .args([
                "phone",
                "proxy",
                "--listen",
                "127.0.0.1",
                "--port",
                "0",
                "--host",
                "127.0.0.1",
                "--ticket",
                TICKET,
                "--simulated",
                "--json",
                "--settle-ms",
                "300",
                "--timeout-ms",
                "20000",
            ])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start wxsign phone proxy");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let v: Value = serde_json::from_str(&line)
                    .unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
                if tx.send(v).is_err() {
                    break;
                }
            }
        });
        let first = lines
            .recv_timeout(Duration::from_secs(30))
            .expect("the proxy says where it listens");
        assert_eq!(first["event"], "listening", "{first}");
        let addr = first["addr"].as_str().expect("addr");
        let port = addr.rsplit(':').next().unwrap().parse().expect("port");
        assert!(addr.starts_with("127.0.0.1:"), "{addr}");
        ProxyRun {
            child,
            lines,
            port,
            seen: vec![first],
        }
    }

    /// Reads events until one satisfies `until` (or the proxy ends, or 60 s pass).
    fn wait_for(&mut self, until: impl Fn(&Value) -> bool) -> Option<Value> {
        let deadline = Instant::now() + Duration::from_secs(60);
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match self.lines.recv_timeout(left) {
                Ok(v) => {
                    self.seen.push(v.clone());
                    if until(&v) {
                        return Some(v);
                    }
                }
                Err(_) => return None,
            }
        }
        None
    }

    fn exit_code(&mut self) -> Option<i32> {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Ok(Some(s)) = self.child.try_wait() {
                while let Ok(v) = self.lines.recv_timeout(Duration::from_millis(200)) {
                    self.seen.push(v);
                }
                return s.code();
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        None
    }
}

/// What the browser tests need; `None` (and one line) without a browser or openssl.
struct Rig {
    _guard: MutexGuard<'static, ()>,
    tmp: tempfile::TempDir,
    browser: std::path::PathBuf,
    ca: origin::TestCa,
}

fn rig() -> Option<Rig> {
    let guard = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let browser = crate::cli::probe::browser_or_skip("phone proxy")?;
    let tmp = tempfile::tempdir().expect("tempdir");
    let ca = origin::test_ca();
    std::fs::write(tmp.path().join("origin-ca.pem"), &ca.ca_pem).expect("write CA");
    Some(Rig {
        _guard: guard,
        tmp,
        browser,
        ca,
    })
}

/// base64(SHA-256(SPKI)) of the proxy's CA, by openssl (outside the code under test).
fn spki_hash(config: &Path) -> String {
    let pem = config.join("phone-proxy-ca.pem");
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "openssl x509 -in '{}' -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | openssl base64 -A",
            pem.display()
        ))
        .output()
        .expect("openssl");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

/// Chromium through the proxy, in its own process group (killed as one when dropped).
struct Browser(Child);

impl Drop for Browser {
    fn drop(&mut self) {
        let pid = self.0.id() as i32;
        // SAFETY: signals the process group this test started.
        unsafe {
            libc::kill(-pid, libc::SIGKILL);
        }
        let _ = self.0.wait();
    }
}

fn browse(rig: &Rig, proxy_port: u16, url: &str) -> Browser {
    use std::os::unix::process::CommandExt;
    let spki = spki_hash(&rig.tmp.path().join("config"));
    let profile = rig.tmp.path().join(format!("profile-{}", rand_suffix()));
    let child = Command::new(&rig.browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--no-first-run",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--remote-debugging-port=0",
        ])
        .arg(format!("--proxy-server=http://127.0.0.1:{proxy_port}"))
        // Loopback goes direct unless told otherwise; the origin lives there.
        .arg("--proxy-bypass-list=<-loopback>")
        .arg(format!("--ignore-certificate-errors-spki-list={spki}"))
        .arg(format!("--user-agent={UA}"))
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .expect("start Chromium");
    Browser(child)
}

fn rand_suffix() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64)
}

/// One page through the proxy in Chromium: the proxy's events and exit code.
fn run_page(rig: &Rig, origin: &Origin, path: &str) -> (Vec<Value>, Option<i32>) {
    run_page_with(rig, origin, path, &[])
}

fn run_page_with(
    rig: &Rig,
    origin: &Origin,
    path: &str,
    extra: &[&str],
) -> (Vec<Value>, Option<i32>) {
    let mut args = vec!["--pages", "1"];
    args.extend_from_slice(extra);
    let mut proxy = ProxyRun::start(rig.tmp.path(), &args);
    let _browser = browse(rig, proxy.port, &format!("{}{path}", origin.base));
    let report = proxy.wait_for(|v| v["event"] == "report");
    assert!(report.is_some(), "no report: {:#?}", proxy.seen);
    let code = proxy.exit_code();
    (proxy.seen.clone(), code)
}

fn event<'a>(events: &'a [Value], kind: &str) -> Option<&'a Value> {
    events.iter().find(|e| e["event"] == kind)
}

/// The report of a page the client accepted, and the way the recorder went in.
fn assert_accepted(
    events: &[Value],
    code: Option<i32>,
    url: &str,
    how: &str,
    encoding: Option<&str>,
) {
    let injected = event(events, "injected").unwrap_or_else(|| panic!("not injected: {events:#?}"));
    assert_eq!(injected["url"], url, "{injected}");
    assert_eq!(injected["how"], how, "{injected}");
    assert_eq!(injected["encoding"].as_str(), encoding, "{injected}");
    let report = &event(events, "report").expect("report")["report"];
    assert_eq!(report["source"], "simulated", "{report:#}");
    assert_eq!(report["platform"], "ios", "{report:#}");
    assert_eq!(report["outcome"], "configured", "{report:#}");
    assert_eq!(report["client"]["wechat"], "8.0.61", "{report:#}");
    let config = &report["run"]["configs"][0];
    assert_eq!(config["answer"], "config:ok", "{report:#}");
    assert_eq!(config["match"], true, "{report:#}");
    assert_eq!(config["verified_url"], url, "{report:#}");
    assert_eq!(report["passed"], true, "{report:#}");
    assert_eq!(code, Some(0), "{events:#?}");
}

#[test]
fn simulated_iphone_https_pages_get_the_recorder_whatever_their_coding() {
    let Some(rig) = rig() else { return };
    let origin = Origin::start(Some(Arc::clone(&rig.ca.server)), |b| site(b, None, "ok"));
    for (path, encoding) in [
        ("/plain", None),
        ("/gzip", Some("gzip")),
        ("/br", Some("br")),
        ("/chunked", None),
    ] {
        let (events, code) = run_page(&rig, &origin, path);
        assert_accepted(
            &events,
            code,
            &format!("{}{path}", origin.base),
            "inline",
            encoding,
        );
    }
    assert!(
        !origin.targets().iter().any(|t| t.contains(".well-known")),
        "the reserved path reached the origin: {:?}",
        origin.targets()
    );
}

#[test]
fn simulated_iphone_csp_pages_get_the_recorder_from_the_reserved_path() {
    let Some(rig) = rig() else { return };
    let origin = Origin::start(Some(Arc::clone(&rig.ca.server)), |b| site(b, None, "ok"));
    let (events, code) = run_page(&rig, &origin, "/csp");
    assert_accepted(
        &events,
        code,
        &format!("{}/csp", origin.base),
        "external",
        None,
    );
    let (events, code) = run_page(&rig, &origin, "/csp-strict");
    assert_accepted(
        &events,
        code,
        &format!("{}/csp-strict", origin.base),
        "policy_changed",
        None,
    );
    let allowed = event(&events, "report_allowed").expect("connect-src widened for the report");
    assert_eq!(allowed["url"], format!("{}/csp-strict", origin.base));
    assert!(!origin.targets().iter().any(|t| t.contains(".well-known")));
}

#[test]
fn simulated_iphone_refusal_gives_the_verdict_and_exit_1() {
    let Some(rig) = rig() else { return };
    let origin = Origin::start(Some(Arc::clone(&rig.ca.server)), |b| {
        site(b, Some("/elsewhere"), "invalid")
    });
    let fixture = rig.tmp.path().join("fixture.json");
    let (events, code) = run_page_with(
        &rig,
        &origin,
        "/plain",
        &["--record", fixture.to_str().unwrap()],
    );
    let report = &event(&events, "report").expect("report")["report"];
    let config = &report["run"]["configs"][0];
    assert_eq!(config["answer"], "config:invalid signature", "{report:#}");
    // The raw exchange, for tests/fixtures/phone/: the client's reply as it gave it, the
    // page's URL, no ticket.
    let text = std::fs::read_to_string(&fixture).expect("the fixture was written");
    assert!(!text.contains(TICKET));
    let f: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(f["platform"], "ios", "{f:#}");
    assert_eq!(f["page_url"], format!("{}/plain", origin.base), "{f:#}");
    assert!(
        f["exchange"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["msg"]["t"] == "reply"
                && e["msg"]["res"]["errMsg"] == "config:invalid signature"),
        "{f:#}"
    );
    assert_eq!(config["match"], false, "{report:#}");
    assert_eq!(report["passed"], false, "{report:#}");
    assert_eq!(code, Some(1));
}

#[test]
fn other_hosts_are_tunnelled_byte_for_byte_and_never_decrypted() {
    let tmp = tempfile::tempdir().unwrap();
    let ca = origin::test_ca();
    std::fs::write(tmp.path().join("origin-ca.pem"), &ca.ca_pem).unwrap();
    let mut proxy = ProxyRun::start(tmp.path(), &[]);
    // Raw bytes, not even TLS: what goes in comes out, both ways.
    let (echo_port, got) = origin::echo();
    let mut s = origin::to_proxy(
        proxy.port,
        &format!("CONNECT localhost:{echo_port} HTTP/1.1\r\nHost: localhost:{echo_port}\r\n\r\n"),
    );
    let head = origin::read_head(&mut s);
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    let sent: Vec<u8> = (0..5000u32).map(|i| (i * 7 % 256) as u8).collect();
    s.write_all(&sent).unwrap();
    let mut back = vec![0u8; sent.len()];
    s.read_exact(&mut back).unwrap();
    assert_eq!(back, sent);
    assert_eq!(
        *got.lock().unwrap(),
        sent,
        "the far end got the bytes unchanged"
    );
    // TLS to a host that is not a target: the origin's own certificate comes through.
    let site_origin = Origin::start(Some(Arc::clone(&ca.server)), |_| {
        Arc::new(|_: &origin::Seen| response(200, &[("Content-Type", "text/html")], b"<p>origin"))
    });
    let mut s = origin::to_proxy(
        proxy.port,
        &format!(
            "CONNECT localhost:{0} HTTP/1.1\r\nHost: localhost:{0}\r\n\r\n",
            site_origin.port
        ),
    );
    let head = origin::read_head(&mut s);
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    let mut roots = tokio_rustls::rustls::RootCertStore::empty();
    use tokio_rustls::rustls::pki_types::pem::PemObject;
    roots
        .add(
            tokio_rustls::rustls::pki_types::CertificateDer::from_pem_slice(ca.ca_pem.as_bytes())
                .unwrap(),
        )
        .unwrap();
    let config = tokio_rustls::rustls::ClientConfig::builder_with_provider(Arc::new(
        tokio_rustls::rustls::crypto::aws_lc_rs::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(roots)
    .with_no_client_auth();
    let conn = tokio_rustls::rustls::ClientConnection::new(
        Arc::new(config),
        "localhost".try_into().unwrap(),
    )
    .unwrap();
    let mut tls = tokio_rustls::rustls::StreamOwned::new(conn, s);
    tls.write_all(b"GET /x HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n\r\n")
        .expect("the origin's certificate, checked against the origin's CA");
    let mut body = Vec::new();
    let _ = tls.read_to_end(&mut body);
    let body = String::from_utf8_lossy(&body);
    assert!(
        body.ends_with("<p>origin"),
        "untouched, no recorder: {body}"
    );
    assert_eq!(site_origin.targets(), ["/x"]);
    let tunnelled = proxy.wait_for(|v| v["event"] == "tunnelled");
    assert_eq!(tunnelled.expect("said")["host"], "localhost");
}

#[test]
fn reports_without_the_session_token_are_refused_and_never_forwarded() {
    let tmp = tempfile::tempdir().unwrap();
    let ca = origin::test_ca();
    std::fs::write(tmp.path().join("origin-ca.pem"), &ca.ca_pem).unwrap();
    let origin = Origin::start(None, |b| site(b, None, "ok"));
    let mut proxy = ProxyRun::start(tmp.path(), &[]);
    // A plain-HTTP page through the proxy carries the recorder and its report path.
    let mut s = origin::to_proxy(
        proxy.port,
        &format!(
            "GET {}/plain HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nAccept: text/html\r\nAccept-Encoding: gzip, br, zstd\r\nIf-None-Match: \"v1\"\r\nConnection: close\r\n\r\n",
            origin.base, origin.port
        ),
    );
    let mut page = Vec::new();
    let _ = s.read_to_end(&mut page);
    let page = String::from_utf8_lossy(&page);
    assert!(page.contains(PAGE_BODY), "{page}");
    let at = page
        .find("/.well-known/wxsign/")
        .expect("the recorder is in the page");
    let report_path: String = page[at..].chars().take_while(|c| *c != '"').collect();
    assert!(report_path.ends_with("/report"), "{report_path}");
    let post = |path: &str| {
        let body = r#"{"m":["{\"t\":\"doc\",\"href\":\"x\",\"doc\":\"x\",\"top\":true}"]}"#;
        let mut s = origin::to_proxy(
            proxy.port,
            &format!(
                "POST {}{path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                origin.base,
                origin.port,
                body.len()
            ),
        );
        origin::read_head(&mut s)
    };
    let wrong = report_path.replace(
        report_path.split('/').nth(3).unwrap(),
        "00000000000000000000000000000000",
    );
    assert!(
        post(&wrong).starts_with("HTTP/1.1 403"),
        "a wrong token is refused"
    );
    assert!(post("/.well-known/wxsign/report").starts_with("HTTP/1.1 403"));
    assert!(
        post(&report_path).starts_with("HTTP/1.1 204"),
        "the session's token is heard"
    );
    let refused = proxy.wait_for(|v| v["event"] == "refused").expect("said");
    assert_eq!(refused["path"], wrong.as_str());
    // A page's own protocol switch (its WebSocket) on the target host goes through.
    let mut ws = origin::to_proxy(
        proxy.port,
        &format!(
            "GET {}/ws HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: Upgrade\r\nUpgrade: echo\r\n\r\n",
            origin.base, origin.port
        ),
    );
    let head = origin::read_head(&mut ws);
    assert!(head.starts_with("HTTP/1.1 101"), "{head}");
    ws.write_all(b"ping \x00\xff").unwrap();
    let mut back = [0u8; 7];
    ws.read_exact(&mut back).unwrap();
    assert_eq!(&back, b"ping \x00\xff");
    assert_eq!(
        origin.targets(),
        ["/plain", "/ws"],
        "nothing reserved reached the origin"
    );
    assert!(origin.log.lock().unwrap().iter().all(|s| s.method == "GET"));
}

/// Ctrl-C ends the proxy cleanly: the last line says so, the exit code says no page was
/// reported, and the port is closed.
fn stop_with_ctrl_c(mut proxy: ProxyRun) {
    let pid = proxy.child.id() as i32;
    // SAFETY: signals the process this test started.
    unsafe {
        libc::kill(pid, libc::SIGINT);
    }
    assert_eq!(proxy.exit_code(), Some(1), "{:#?}", proxy.seen);
    let last = proxy.seen.last().expect("a last line");
    assert_eq!(last["event"], "stopped", "{last}");
    assert_eq!(last["pages"], 0);
    assert!(
        std::net::TcpStream::connect(("127.0.0.1", proxy.port)).is_err(),
        "the port is closed"
    );
}

#[test]
fn the_setup_page_and_the_certificate_are_served_at_the_proxys_own_address() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("origin-ca.pem"), "").unwrap();
    let proxy = ProxyRun::start(tmp.path(), &[]);
    let get = |path: &str| {
        let mut s = origin::to_proxy(
            proxy.port,
            &format!(
                "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\n\r\n",
                proxy.port
            ),
        );
        let mut all = Vec::new();
        let _ = s.read_to_end(&mut all);
        let at = all
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("a head")
            + 4;
        (
            String::from_utf8_lossy(&all[..at]).into_owned(),
            all[at..].to_vec(),
        )
    };
    let (head, page) = get("/");
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    let page = String::from_utf8(page).unwrap();
    let addr = format!("127.0.0.1:{}", proxy.port);
    for want in [
        addr.as_str(),
        "证书信任设置",
        "Certificate Trust Settings",
        "移除描述文件",
        "Remove Profile",
    ] {
        assert!(page.contains(want), "{want}: {page}");
    }
    let (head, der) = get(&format!("http://{addr}/wxsign-proxy-ca.crt"));
    assert!(head.contains("application/x-x509-ca-cert"), "{head}");
    let pem = std::fs::read_to_string(tmp.path().join("config/phone-proxy-ca.pem")).unwrap();
    use tokio_rustls::rustls::pki_types::{CertificateDer, pem::PemObject};
    assert_eq!(
        der,
        CertificateDer::from_pem_slice(pem.as_bytes())
            .unwrap()
            .as_ref()
    );
    assert_eq!(proxy.seen[0]["setup_url"], format!("http://{addr}/"));
    stop_with_ctrl_c(proxy);
}

#[test]
fn remove_ca_removes_the_key_and_the_certificate_and_says_how_on_the_phone() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("origin-ca.pem"), "").unwrap();
    let proxy = ProxyRun::start(tmp.path(), &[]);
    let config = tmp.path().join("config");
    let key = config.join("phone-proxy-ca.key");
    assert!(key.exists() && config.join("phone-proxy-ca.pem").exists());
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let listening = &proxy.seen[0];
    let text = listening.to_string();
    assert!(!text.contains("PRIVATE KEY"), "{text}");
    assert!(!text.contains(&std::fs::read_to_string(&key).unwrap()[30..60]));
    stop_with_ctrl_c(proxy);
    let out = proxy_command(tmp.path())
        .args(["phone", "proxy", "--remove-ca"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{out:?}");
    assert!(stdout.contains("Remove Profile"), "{stdout}");
    assert!(!key.exists() && !config.join("phone-proxy-ca.pem").exists());
    let out = proxy_command(tmp.path())
        .args(["phone", "proxy", "--remove-ca", "--lang", "zh"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("移除描述文件"), "{stdout}");
    assert!(stdout.contains("没有保存"), "{stdout}");
}

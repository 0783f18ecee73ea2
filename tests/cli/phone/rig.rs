//! The simulated phone: a mock adb server on loopback speaking the host protocol (what
//! Chromium's `mock_adb_server.cc` plays for chrome://inspect), and for each web-view a Linux
//! abstract socket `@…_devtools_remote…` relayed to a headless Chromium's DevTools port. The
//! relay answers `/json/list` itself from Chromium's own list, bent into the quirks of old
//! engines, and relays the WebSocket message by message (refusing the commands a test names).
//! Every connection is counted, so a test can prove that nothing is left open.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::linux::net::SocketAddrExt;
use std::os::unix::net::{SocketAddr, UnixListener, UnixStream};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use async_tungstenite::tungstenite::{self, Message};

/// How a socket's `/json/list` and WebSocket misbehave.
#[derive(Clone, Debug, Default)]
pub struct Quirks {
    /// Answer `/json/list` with "No support for /json/list" (then `/json` works).
    pub no_list: bool,
    /// Leave out `webSocketDebuggerUrl`.
    pub no_ws_url: bool,
    /// `ws:///devtools/page/<id>`: no host.
    pub hostless_ws: bool,
    /// Add a target marked `"visible": false`.
    pub invisible_extra: bool,
    /// DevTools commands answered with an error instead of reaching Chromium.
    pub refuse: Vec<&'static str>,
}

/// One web-view: an abstract socket, the process that owns it, the page targets it shows.
#[derive(Clone, Debug)]
pub struct WebView {
    pub socket: String,
    pub pid: u32,
    pub process: String,
    pub quirks: Quirks,
    /// Chromium target ids this socket lists.
    pub targets: Vec<String>,
}

/// What the mock adb server and the relays saw.
#[derive(Default)]
pub struct Seen {
    /// Every service requested, in order (`host:devices`, `shell:ps -A`, …).
    pub services: Vec<String>,
    /// The headers of every WebSocket upgrade (lower-case names).
    pub upgrades: Vec<HashMap<String, String>>,
    /// Every DevTools method wxsign sent.
    pub methods: Vec<String>,
}

pub struct Phone {
    pub port: u16,
    pub seen: Arc<Mutex<Seen>>,
    /// Connections (adb and relay) still open.
    pub open: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
    /// The USB cable pulled: relays break off and adb reports the device gone.
    unplugged: Arc<AtomicBool>,
    /// The bound abstract sockets: dropping them unbinds the names.
    _listeners: Vec<Arc<UnixListener>>,
}

/// The device list and what each device serves.
pub struct Spec {
    pub serial: String,
    /// Extra devices, listed with this state (`unauthorized`…).
    pub others: Vec<(String, String)>,
    pub webviews: Vec<WebView>,
    /// Processes listed by `ps` besides the web-views' (a WeChat without a socket).
    pub processes: Vec<(u32, String)>,
    /// `ps -A` prints only its header (an Android 7 phone); plain `ps` lists everyone.
    pub old_ps: bool,
    /// Chromium's DevTools port.
    pub chromium: u16,
}

/// A number no other test's socket uses: socket names are global on the machine.
pub fn unique_pid() -> u32 {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed) as u32;
    (std::process::id() % 40_000) * 50 + n
}

impl Phone {
    pub fn start(spec: Spec) -> Phone {
        let seen = Arc::new(Mutex::new(Seen::default()));
        let open = Arc::new(AtomicUsize::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let unplugged = Arc::new(AtomicBool::new(false));
        let mut listeners = Vec::new();
        for w in &spec.webviews {
            let addr = SocketAddr::from_abstract_name(w.socket.as_bytes()).expect("abstract name");
            let l = Arc::new(UnixListener::bind_addr(&addr).expect("bind the abstract socket"));
            l.set_nonblocking(true).expect("nonblocking");
            listeners.push(Arc::clone(&l));
            let (w, seen, open, stop, port, gone) = (
                w.clone(),
                Arc::clone(&seen),
                Arc::clone(&open),
                Arc::clone(&stop),
                spec.chromium,
                Arc::clone(&unplugged),
            );
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    match l.accept() {
                        Ok((s, _)) => {
                            let (w, seen, open, gone) = (
                                w.clone(),
                                Arc::clone(&seen),
                                Arc::clone(&open),
                                Arc::clone(&gone),
                            );
                            open.fetch_add(1, Ordering::SeqCst);
                            std::thread::spawn(move || {
                                let _ = s.set_nonblocking(false);
                                relay(s, &w, port, &seen, &gone);
                                open.fetch_sub(1, Ordering::SeqCst);
                            });
                        }
                        Err(_) => std::thread::sleep(Duration::from_millis(5)),
                    }
                }
            });
        }
        let adb = TcpListener::bind("127.0.0.1:0").expect("bind the mock adb server");
        let port = adb.local_addr().expect("addr").port();
        adb.set_nonblocking(true).expect("nonblocking");
        let spec = Arc::new(spec);
        let (seen2, open2, stop2, gone2) = (
            Arc::clone(&seen),
            Arc::clone(&open),
            Arc::clone(&stop),
            Arc::clone(&unplugged),
        );
        std::thread::spawn(move || {
            while !stop2.load(Ordering::Relaxed) {
                match adb.accept() {
                    Ok((s, _)) => {
                        let (spec, seen, open, gone) = (
                            Arc::clone(&spec),
                            Arc::clone(&seen2),
                            Arc::clone(&open2),
                            Arc::clone(&gone2),
                        );
                        open.fetch_add(1, Ordering::SeqCst);
                        std::thread::spawn(move || {
                            let _ = s.set_nonblocking(false);
                            serve_adb(s, &spec, &seen, &gone);
                            open.fetch_sub(1, Ordering::SeqCst);
                        });
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(5)),
                }
            }
        });
        Phone {
            port,
            seen,
            open,
            stop,
            unplugged,
            _listeners: listeners,
        }
    }

    /// Waits (a little) until every connection wxsign opened is closed; false if some stay.
    pub fn all_closed(&self) -> bool {
        for _ in 0..100 {
            if self.open.load(Ordering::SeqCst) == 0 {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }

    /// Pulls the cable: every open DevTools connection breaks off, and adb lists no device.
    pub fn unplug(&self) {
        self.unplugged.store(true, Ordering::SeqCst);
    }

    pub fn services(&self) -> Vec<String> {
        self.seen.lock().unwrap().services.clone()
    }

    pub fn methods(&self) -> Vec<String> {
        self.seen.lock().unwrap().methods.clone()
    }
}

impl Drop for Phone {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

pub fn read_request(s: &mut impl Read) -> Option<String> {
    let mut len = [0u8; 4];
    s.read_exact(&mut len).ok()?;
    let len = usize::from_str_radix(std::str::from_utf8(&len).ok()?, 16).ok()?;
    let mut buf = vec![0u8; len];
    s.read_exact(&mut buf).ok()?;
    String::from_utf8(buf).ok()
}

fn okay_with(s: &mut impl Write, body: &str) {
    let _ = s.write_all(format!("OKAY{:04x}{body}", body.len()).as_bytes());
}

fn fail(s: &mut impl Write, why: &str) {
    let _ = s.write_all(format!("FAIL{:04x}{why}", why.len()).as_bytes());
}

/// The host protocol: `host:devices`, `host:version`, `host:transport:<serial>` and then one
/// device service (`shell:…`, `localabstract:…`).
fn serve_adb(mut s: TcpStream, spec: &Spec, seen: &Mutex<Seen>, unplugged: &AtomicBool) {
    let _ = s.set_read_timeout(Some(Duration::from_secs(30)));
    let Some(service) = read_request(&mut s) else {
        return;
    };
    seen.lock().unwrap().services.push(service.clone());
    match service.as_str() {
        "host:devices" if unplugged.load(Ordering::SeqCst) => okay_with(&mut s, ""),
        "host:devices" => {
            let mut list = format!("{}\tdevice\n", spec.serial);
            for (serial, state) in &spec.others {
                list.push_str(&format!("{serial}\t{state}\n"));
            }
            okay_with(&mut s, &list);
        }
        "host:version" => okay_with(&mut s, "0029"),
        t if t.starts_with("host:transport:") => {
            if t["host:transport:".len()..] != spec.serial || unplugged.load(Ordering::SeqCst) {
                fail(&mut s, "device not found");
                return;
            }
            let _ = s.write_all(b"OKAY");
            let Some(next) = read_request(&mut s) else {
                return;
            };
            seen.lock().unwrap().services.push(next.clone());
            device_service(s, &next, spec);
        }
        _ => fail(&mut s, "unknown host service"),
    }
}

fn device_service(mut s: TcpStream, service: &str, spec: &Spec) {
    match service {
        "shell:cat /proc/net/unix" => {
            let _ = s.write_all(b"OKAY");
            let _ = s.write_all(proc_net_unix(spec).as_bytes());
        }
        "shell:ps -A" | "shell:ps" => {
            let _ = s.write_all(b"OKAY");
            let mut out =
                "USER           PID  PPID     VSZ    RSS WCHAN            ADDR S NAME\n".to_owned();
            if !(spec.old_ps && service == "shell:ps -A") {
                out.push_str(
                    "root             1     0 10904024  9876 0                   0 S init\n",
                );
                let mut all: Vec<(u32, String)> = spec
                    .webviews
                    .iter()
                    .map(|w| (w.pid, w.process.clone()))
                    .collect();
                all.extend(spec.processes.iter().cloned());
                for (pid, name) in all {
                    out.push_str(&format!(
                        "u0_a123       {pid}   700 17000000 300000 0                  0 S {name}\n"
                    ));
                }
            }
            let _ = s.write_all(out.as_bytes());
        }
        t if t.starts_with("localabstract:") => {
            let name = &t["localabstract:".len()..];
            if !spec.webviews.iter().any(|w| w.socket == name) {
                fail(&mut s, "cannot connect to socket");
                return;
            }
            let addr = SocketAddr::from_abstract_name(name.as_bytes()).expect("abstract name");
            let Ok(u) = UnixStream::connect_addr(&addr) else {
                fail(&mut s, "cannot connect to socket");
                return;
            };
            let _ = s.write_all(b"OKAY");
            pump(s, u);
        }
        _ => fail(&mut s, "closed"),
    }
}

/// The machine's real `/proc/net/unix` lines of this test's sockets (so the format is the
/// kernel's own), after noise every phone has.
fn proc_net_unix(spec: &Spec) -> String {
    let real = std::fs::read_to_string("/proc/net/unix").unwrap_or_default();
    let mut out = String::new();
    let mut lines = real.lines();
    out.push_str(
        lines
            .next()
            .unwrap_or("Num       RefCount Protocol Flags    Type St Inode Path"),
    );
    out.push('\n');
    out.push_str(
        "0000000000000000: 00000002 00000000 00010000 0001 01 331813 /dev/socket/zygote\n",
    );
    out.push_str("0000000000000000: 00000002 00000000 00010000 0001 01 331814 @jdwp-control\n");
    for l in lines {
        if spec
            .webviews
            .iter()
            .any(|w| l.ends_with(&format!("@{}", w.socket)))
        {
            out.push_str(l);
            out.push('\n');
        }
    }
    out
}

fn pump(a: TcpStream, b: UnixStream) {
    let (mut a2, mut b2) = (a.try_clone().expect("clone"), b.try_clone().expect("clone"));
    let t = std::thread::spawn(move || {
        let mut a = a;
        let mut b = b;
        let _ = std::io::copy(&mut a, &mut b);
        let _ = b.shutdown(std::net::Shutdown::Both);
        let _ = a.shutdown(std::net::Shutdown::Both);
    });
    let _ = std::io::copy(&mut b2, &mut a2);
    let _ = a2.shutdown(std::net::Shutdown::Both);
    let _ = b2.shutdown(std::net::Shutdown::Both);
    let _ = t.join();
}

/// Reads the request head of a connection to the web-view's DevTools server.
fn read_head(s: &mut BufReader<UnixStream>) -> Option<(String, Vec<u8>)> {
    let mut raw = Vec::new();
    let mut first = String::new();
    loop {
        let mut line = String::new();
        if s.read_line(&mut line).ok()? == 0 {
            return None;
        }
        if first.is_empty() {
            first = line.clone();
        }
        raw.extend_from_slice(line.as_bytes());
        if line == "\r\n" || line == "\n" {
            break;
        }
    }
    let path = first.split_whitespace().nth(1)?.to_owned();
    Some((path, raw))
}

/// One connection to a web-view's socket: a page list, or the WebSocket to a page.
fn relay(s: UnixStream, w: &WebView, chromium: u16, seen: &Mutex<Seen>, unplugged: &AtomicBool) {
    let mut reader = BufReader::new(s.try_clone().expect("clone"));
    let Some((path, raw)) = read_head(&mut reader) else {
        return;
    };
    let mut out = s;
    if path == "/json/list" || path == "/json" {
        let body = if path == "/json/list" && w.quirks.no_list {
            "No support for /json/list".to_owned()
        } else {
            list(w, chromium).to_string()
        };
        let _ = out.write_all(
            format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=UTF-8\r\nContent-Length: {}\r\n\r\n{body}",
                body.len()
            )
            .as_bytes(),
        );
        return;
    }
    websocket(raw, reader, out, &path, w, chromium, seen, unplugged);
}

/// Chromium's own targets of this web-view, bent by its quirks.
fn list(w: &WebView, chromium: u16) -> Value {
    let all = chromium_list(chromium);
    let mut out = Vec::new();
    for t in all.as_array().into_iter().flatten() {
        let Some(id) = t["id"].as_str() else { continue };
        if !w.targets.iter().any(|x| x == id) {
            continue;
        }
        let mut t = t.clone();
        t["description"] = json!(
            "{\"attached\":true,\"empty\":false,\"height\":851,\"screenX\":0,\"screenY\":0,\"visible\":true,\"width\":393}"
        );
        if w.quirks.no_ws_url {
            t.as_object_mut().unwrap().remove("webSocketDebuggerUrl");
        } else if w.quirks.hostless_ws {
            t["webSocketDebuggerUrl"] = json!(format!("ws:///devtools/page/{id}"));
        }
        out.push(t);
    }
    if w.quirks.invisible_extra {
        out.push(json!({
            "description": "{\"attached\":false,\"empty\":false,\"visible\":false}",
            "id": "HIDDEN0000", "title": "Hidden &amp; gone", "type": "page",
            "url": "https://hidden.example.com/", "webSocketDebuggerUrl": "ws:///devtools/page/HIDDEN0000"
        }));
    }
    Value::Array(out)
}

pub fn chromium_list(port: u16) -> Value {
    let body = http(port, "GET", "/json/list");
    serde_json::from_str(&body).unwrap_or(Value::Null)
}

/// A plain HTTP request to Chromium's DevTools port; the body. Chromium keeps the connection
/// open whatever `Connection` says, so the body is read by its `Content-Length`.
pub fn http(port: u16, method: &str, path: &str) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect to Chromium");
    let _ = s.set_read_timeout(Some(Duration::from_secs(10)));
    let _ = s.write_all(
        format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            .as_bytes(),
    );
    let mut reader = BufReader::new(s);
    let mut length = 0usize;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return String::new();
        }
        if line == "\r\n" {
            break;
        }
        if let Some((k, v)) = line.split_once(':')
            && k.eq_ignore_ascii_case("content-length")
        {
            length = v.trim().parse().unwrap_or(0);
        }
    }
    let mut body = vec![0u8; length];
    if reader.read_exact(&mut body).is_err() {
        return String::new();
    }
    String::from_utf8_lossy(&body).into_owned()
}

/// A stream that first gives back bytes already read.
struct Replay<S> {
    head: std::io::Cursor<Vec<u8>>,
    inner: S,
}

impl<S: Read> Read for Replay<S> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.head.read(buf)?;
        if n > 0 {
            return Ok(n);
        }
        self.inner.read(buf)
    }
}

impl<S: Write> Write for Replay<S> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.inner.write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// The WebSocket, message by message: commands the quirks refuse are answered with an error
/// here, everything else goes to Chromium's page and back.
#[allow(clippy::too_many_arguments, clippy::result_large_err)]
fn websocket(
    head: Vec<u8>,
    reader: BufReader<UnixStream>,
    out: UnixStream,
    path: &str,
    w: &WebView,
    chromium: u16,
    seen: &Mutex<Seen>,
    unplugged: &AtomicBool,
) {
    let buffered = reader.buffer().to_vec();
    drop(reader);
    let mut all = head;
    all.extend_from_slice(&buffered);
    let stream = Replay {
        head: std::io::Cursor::new(all),
        inner: out.try_clone().expect("clone"),
    };
    let mut headers = HashMap::new();
    let callback = |req: &tungstenite::handshake::server::Request,
                    resp: tungstenite::handshake::server::Response| {
        for (k, v) in req.headers() {
            headers.insert(
                k.as_str().to_ascii_lowercase(),
                v.to_str().unwrap_or_default().to_owned(),
            );
        }
        Ok(resp)
    };
    let Ok(mut phone_side) = tungstenite::accept_hdr(stream, callback) else {
        return;
    };
    seen.lock().unwrap().upgrades.push(headers);
    let Ok(tcp) = TcpStream::connect(("127.0.0.1", chromium)) else {
        return;
    };
    let Ok((mut page_side, _)) = tungstenite::client(
        format!("ws://127.0.0.1:{chromium}{path}"),
        tcp.try_clone().expect("clone"),
    ) else {
        return;
    };
    let _ = out.set_read_timeout(Some(Duration::from_millis(5)));
    let _ = tcp.set_read_timeout(Some(Duration::from_millis(5)));
    let idle = |e: &tungstenite::Error| matches!(e, tungstenite::Error::Io(io) if matches!(io.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut));
    while !unplugged.load(Ordering::SeqCst) {
        match phone_side.read() {
            Ok(Message::Text(t)) => {
                let v: Value = serde_json::from_str(t.as_str()).unwrap_or(Value::Null);
                let method = v["method"].as_str().unwrap_or_default().to_owned();
                seen.lock().unwrap().methods.push(method.clone());
                if w.quirks.refuse.iter().any(|r| *r == method) {
                    let err = json!({"id": v["id"], "error": {"code": -32601, "message": format!("'{method}' wasn't found")}});
                    if phone_side.send(Message::text(err.to_string())).is_err() {
                        break;
                    }
                } else if page_side.send(Message::Text(t)).is_err() {
                    break;
                }
            }
            Ok(Message::Close(_)) => {
                let _ = page_side.close(None);
                let _ = page_side.flush();
                break;
            }
            Ok(_) => {}
            Err(e) if idle(&e) => {}
            Err(_) => break,
        }
        match page_side.read() {
            Ok(Message::Text(t)) => {
                if phone_side.send(Message::Text(t)).is_err() {
                    break;
                }
            }
            Ok(Message::Close(_)) => break,
            Ok(_) => {}
            Err(e) if idle(&e) => {}
            Err(_) => break,
        }
    }
    let _ = out.shutdown(std::net::Shutdown::Both);
    let _ = tcp.shutdown(std::net::Shutdown::Both);
}

/// A headless Chromium with a DevTools port, playing the phone's web-view engine; killed with
/// its process group when dropped.
pub struct Chromium {
    child: Child,
    pub port: u16,
}

impl Chromium {
    pub fn start(browser: &std::path::Path, profile: &std::path::Path, ua: &str) -> Chromium {
        let info = wxsign::probe::browser::find(Some(browser)).expect("the browser");
        let mut cmd = Command::new(&info.path);
        cmd.args(wxsign::probe::process::args(&info))
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg(format!("--user-agent={ua}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .process_group(0);
        let mut child = cmd.spawn().expect("start Chromium");
        let stderr = child.stderr.take().expect("stderr");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut tx = Some(tx);
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(rest) = line.split("DevTools listening on ws://127.0.0.1:").nth(1)
                    && let Some(t) = tx.take()
                {
                    let _ = t.send(rest.split('/').next().unwrap_or_default().to_owned());
                }
            }
        });
        let port = rx
            .recv_timeout(Duration::from_secs(20))
            .expect("Chromium printed its DevTools address")
            .parse()
            .expect("a port");
        Chromium { child, port }
    }

    /// Opens `url` in a new page target and waits until it has loaded; its target id.
    pub fn open(&self, url: &str) -> String {
        // Chromium unescapes the query as the URL: `&` and `#` must be escaped to survive.
        let escaped = url
            .replace('%', "%25")
            .replace('&', "%26")
            .replace('#', "%23");
        let body = http(self.port, "PUT", &format!("/json/new?{escaped}"));
        let v: serde_json::Value = serde_json::from_str(&body).expect("the new target");
        let id = v["id"].as_str().expect("an id").to_owned();
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let list = chromium_list(self.port);
            let loaded = list.as_array().into_iter().flatten().any(|t| {
                t["id"] == id.as_str()
                    && t["title"].as_str().is_some_and(|t| t.starts_with("Autumn"))
            });
            if loaded {
                return id;
            }
            assert!(Instant::now() < deadline, "the page did not load: {list:#}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Chromium {
    fn drop(&mut self) {
        // SAFETY: kill(2) on the process group this test started.
        unsafe {
            libc::kill(-(self.child.id() as i32), libc::SIGKILL);
        }
        let _ = self.child.wait();
    }
}

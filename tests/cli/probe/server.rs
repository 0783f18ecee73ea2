//! The fixture site of the probe tests: a small HTTP/1.1 server on 127.0.0.1 (port 0) serving
//! the pages of `pages.rs`, the jweixin stand-in, and a signing endpoint that signs the URL it is
//! sent with the test ticket (or makes one of the classic mistakes on request). One thread, one
//! connection at a time is plenty for a headless page; a request that should hang holds only its
//! own thread.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A response: status, content type, extra headers, body.
pub struct Reply {
    pub status: u16,
    pub content_type: &'static str,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Never answer (the connection stays open until the server stops).
    pub hang: bool,
}

impl Reply {
    pub fn html(body: impl Into<String>) -> Self {
        Self::text(200, "text/html; charset=utf-8", body)
    }
    pub fn js(body: impl Into<String>) -> Self {
        Self::text(200, "application/javascript; charset=utf-8", body)
    }
    pub fn json(v: serde_json::Value) -> Self {
        Self::text(200, "application/json", v.to_string())
    }
    pub fn text(status: u16, content_type: &'static str, body: impl Into<String>) -> Self {
        Self {
            status,
            content_type,
            headers: Vec::new(),
            body: body.into().into_bytes(),
            hang: false,
        }
    }
    pub fn redirect(location: &str) -> Self {
        let mut r = Self::text(302, "text/plain", "");
        r.headers.push(("Location".into(), location.into()));
        r
    }
    pub fn hang() -> Self {
        let mut r = Self::text(200, "text/plain", "");
        r.hang = true;
        r
    }
}

/// What a handler sees of a request.
pub struct Request {
    pub path: String,
    pub query: HashMap<String, String>,
    pub headers: HashMap<String, String>,
}

pub type Handler = dyn Fn(&Request) -> Reply + Send + Sync;

/// A request as logged: path with query, `User-Agent`, `X-Requested-With`.
pub type Logged = (String, String, Option<String>);

/// The running server; stops when dropped.
pub struct Server {
    pub base: String,
    stop: Arc<AtomicBool>,
    /// Paths requested so far, in order, with their `User-Agent` and `X-Requested-With`.
    pub log: Arc<Mutex<Vec<Logged>>>,
}

impl Server {
    pub fn start(handler: Arc<Handler>) -> Server {
        let (listener, port) = loopback();
        let stop = Arc::new(AtomicBool::new(false));
        let log = Arc::new(Mutex::new(Vec::new()));
        let (stop2, log2) = (Arc::clone(&stop), Arc::clone(&log));
        accept_until(listener, Arc::clone(&stop), move |stream| {
            serve(stream, &*handler, &log2, &stop2);
        });
        Server {
            base: format!("http://127.0.0.1:{port}"),
            stop,
            log,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The paths requested so far.
    pub fn paths(&self) -> Vec<String> {
        self.log
            .lock()
            .unwrap()
            .iter()
            .map(|(p, _, _)| p.clone())
            .collect()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

fn serve(stream: TcpStream, handler: &Handler, log: &Mutex<Vec<Logged>>, stop: &AtomicBool) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    let mut out = stream;
    loop {
        let Some((line, headers)) = read_head(&mut reader) else {
            return;
        };
        let target = line.split_whitespace().nth(1).unwrap_or("/").to_owned();
        if let Some(n) = headers
            .get("content-length")
            .and_then(|n| n.parse::<usize>().ok())
        {
            let mut body = vec![0; n];
            let _ = reader.read_exact(&mut body);
        }
        let (path, query) = match target.split_once('?') {
            Some((p, q)) => (p.to_owned(), parse_query(q)),
            None => (target.clone(), HashMap::new()),
        };
        log.lock().unwrap().push((
            target.clone(),
            headers.get("user-agent").cloned().unwrap_or_default(),
            headers.get("x-requested-with").cloned(),
        ));
        let reply = handler(&Request {
            path,
            query,
            headers,
        });
        if reply.hang {
            while !stop.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(50));
            }
            return;
        }
        let mut head = format!(
            "HTTP/1.1 {} X\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n",
            reply.status,
            reply.content_type,
            reply.body.len()
        );
        for (k, v) in &reply.headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str("\r\n");
        if out.write_all(head.as_bytes()).is_err() || out.write_all(&reply.body).is_err() {
            return;
        }
        let _ = out.flush();
    }
}

/// A listener on a free port of 127.0.0.1, and the port.
pub fn loopback() -> (TcpListener, u16) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    let port = listener.local_addr().expect("local addr").port();
    (listener, port)
}

/// Serves each connection on its own thread until `stop` is set. Shared with the proxy tests'
/// origin.
pub fn accept_until(
    listener: TcpListener,
    stop: Arc<AtomicBool>,
    serve: impl Fn(TcpStream) + Send + Sync + 'static,
) {
    listener.set_nonblocking(true).expect("nonblocking");
    let serve = Arc::new(serve);
    std::thread::spawn(move || {
        while !stop.load(Ordering::Relaxed) {
            match listener.accept() {
                Ok((stream, _)) => {
                    let _ = stream.set_nonblocking(false);
                    let serve = Arc::clone(&serve);
                    std::thread::spawn(move || serve(stream));
                }
                Err(_) => std::thread::sleep(Duration::from_millis(5)),
            }
        }
    });
}

/// A request line and its headers (names lower-cased); `None` when the connection ends first.
/// Shared with the proxy tests' origin.
pub fn read_head(reader: &mut impl BufRead) -> Option<(String, HashMap<String, String>)> {
    let mut line = String::new();
    if reader.read_line(&mut line).unwrap_or(0) == 0 {
        return None;
    }
    let mut headers = HashMap::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).unwrap_or(0) == 0 {
            return None;
        }
        let h = h.trim_end();
        if h.is_empty() {
            return Some((line, headers));
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_owned());
        }
    }
}

pub fn parse_query(q: &str) -> HashMap<String, String> {
    url::form_urlencoded::parse(q.as_bytes())
        .into_owned()
        .collect()
}

//! The simulated origin of the proxy tests: HTTP/1.1 on 127.0.0.1 (port 0), plain or HTTPS with
//! a certificate from a test CA made here (rcgen), one response per connection. Handlers return
//! the whole response, head and body, so the tests choose the framing (Content-Length,
//! chunked) and the coding (gzip, br) byte for byte. Every request is logged.

use std::io::{BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair, SanType};
use tokio_rustls::rustls;

/// A request as the origin saw it.
#[derive(Clone, Debug)]
pub struct Seen {
    pub method: String,
    pub target: String,
    /// Header names lower-cased.
    pub headers: std::collections::HashMap<String, String>,
}

pub type Handler = dyn Fn(&Seen) -> Vec<u8> + Send + Sync;

/// The test CA (the proxy trusts it through SSL_CERT_FILE) and the origin's certificate.
pub struct TestCa {
    pub ca_pem: String,
    pub server: Arc<rustls::ServerConfig>,
}

pub fn test_ca() -> TestCa {
    let ca_key = KeyPair::generate().expect("ca key");
    let mut ca = CertificateParams::default();
    ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca.distinguished_name
        .push(DnType::CommonName, "simulated origin CA");
    let ca_cert = ca.self_signed(&ca_key).expect("ca cert");
    let issuer = Issuer::new(ca, ca_key);
    let mut leaf = CertificateParams::default();
    leaf.subject_alt_names = vec![
        SanType::IpAddress("127.0.0.1".parse().expect("ip")),
        SanType::DnsName("localhost".try_into().expect("name")),
    ];
    let leaf_key = KeyPair::generate().expect("leaf key");
    let leaf_cert = leaf.signed_by(&leaf_key, &issuer).expect("leaf");
    let key = rustls::pki_types::PrivateKeyDer::Pkcs8(leaf_key.serialize_der().into());
    let server = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::aws_lc_rs::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .expect("versions")
    .with_no_client_auth()
    .with_single_cert(vec![leaf_cert.der().clone()], key)
    .expect("server config");
    TestCa {
        ca_pem: ca_cert.pem(),
        server: Arc::new(server),
    }
}

/// A running origin; stops when dropped.
pub struct Origin {
    pub port: u16,
    pub base: String,
    pub log: Arc<Mutex<Vec<Seen>>>,
    stop: Arc<AtomicBool>,
}

impl Drop for Origin {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

impl Origin {
    /// Starts the origin; `handler` is made once the base URL is known.
    pub fn start(
        tls: Option<Arc<rustls::ServerConfig>>,
        make: impl FnOnce(&str) -> Arc<Handler>,
    ) -> Origin {
        let (listener, port) = crate::cli::probe::server::loopback();
        let scheme = if tls.is_some() { "https" } else { "http" };
        let base = format!("{scheme}://127.0.0.1:{port}");
        let handler = make(&base);
        let stop = Arc::new(AtomicBool::new(false));
        let log = Arc::new(Mutex::new(Vec::new()));
        let log2 = Arc::clone(&log);
        crate::cli::probe::server::accept_until(listener, Arc::clone(&stop), move |tcp| {
            let _ = tcp.set_read_timeout(Some(Duration::from_secs(20)));
            match &tls {
                Some(cfg) => {
                    let Ok(conn) = rustls::ServerConnection::new(Arc::clone(cfg)) else {
                        return;
                    };
                    serve(rustls::StreamOwned::new(conn, tcp), &*handler, &log2);
                }
                None => serve(tcp, &*handler, &log2),
            }
        });
        Origin {
            port,
            base,
            log,
            stop,
        }
    }

    pub fn targets(&self) -> Vec<String> {
        self.log
            .lock()
            .unwrap()
            .iter()
            .map(|s| s.target.clone())
            .collect()
    }
}

fn serve<S: Read + Write>(stream: S, handler: &Handler, log: &Mutex<Vec<Seen>>) {
    let mut reader = BufReader::new(stream);
    let Some((line, headers)) = crate::cli::probe::server::read_head(&mut reader) else {
        return;
    };
    let mut words = line.split_whitespace();
    let method = words.next().unwrap_or_default().to_owned();
    let target = words.next().unwrap_or("/").to_owned();
    let length = headers
        .get("content-length")
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    let _ = reader.read_exact(&mut body);
    let seen = Seen {
        method,
        target,
        headers,
    };
    log.lock().unwrap().push(seen.clone());
    let response = handler(&seen);
    let out = reader.get_mut();
    let _ = out.write_all(&response);
    let _ = out.flush();
    if response.starts_with(b"HTTP/1.1 101") {
        // The switched protocol of the tests is an echo.
        let mut buf = [0u8; 4096];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || reader.get_mut().write_all(&buf[..n]).is_err() {
                break;
            }
            let _ = reader.get_mut().flush();
        }
    }
}

/// A whole response with Content-Length.
pub fn response(status: u16, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut head = format!(
        "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    let mut out = head.into_bytes();
    out.extend_from_slice(body);
    out
}

/// A whole response in chunks of `size` bytes.
pub fn chunked(headers: &[(&str, &str)], body: &[u8], size: usize) -> Vec<u8> {
    let mut head =
        String::from("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n");
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    let mut out = head.into_bytes();
    for chunk in body.chunks(size) {
        out.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
        out.extend_from_slice(chunk);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"0\r\n\r\n");
    out
}

/// A TCP echo server on 127.0.0.1 that also keeps what it received: the far end of a tunnel.
pub fn echo() -> (u16, Arc<Mutex<Vec<u8>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let got = Arc::new(Mutex::new(Vec::new()));
    let got2 = Arc::clone(&got);
    std::thread::spawn(move || {
        if let Ok((mut s, _)) = listener.accept() {
            let mut buf = [0u8; 4096];
            while let Ok(n) = s.read(&mut buf) {
                if n == 0 {
                    break;
                }
                got2.lock().unwrap().extend_from_slice(&buf[..n]);
                if s.write_all(&buf[..n]).is_err() {
                    break;
                }
            }
        }
    });
    (port, got)
}

/// Opens a connection to the proxy and sends `head` (a request line and headers).
pub fn to_proxy(port: u16, head: &str) -> TcpStream {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect to the proxy");
    s.set_read_timeout(Some(Duration::from_secs(10))).ok();
    s.write_all(head.as_bytes()).expect("write");
    s
}

/// Reads a response head (up to the blank line).
pub fn read_head(s: &mut TcpStream) -> String {
    let mut head = Vec::new();
    let mut b = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        match s.read(&mut b) {
            Ok(1) => head.push(b[0]),
            _ => break,
        }
    }
    String::from_utf8_lossy(&head).into_owned()
}

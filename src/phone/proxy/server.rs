//! The proxy's connections (PHONE.md §3). A `CONNECT` to a target host is answered with the
//! proxy's own certificate for it and the requests inside are served here; every other
//! `CONNECT` becomes a byte-for-byte tunnel that is never decrypted. Plain-HTTP requests for a
//! target host are served the same way; others are forwarded as they are. Documents of the
//! target hosts get the recorder; the reserved path answers the recorder and never reaches the
//! origin; the proxy's own address serves the setup page and the certificate.

use std::collections::{HashMap, HashSet};
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::header::{self, HeaderMap, HeaderValue};
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode, Uri};
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;
use tokio::sync::mpsc;
use tokio_rustls::rustls::pki_types::ServerName;
use tokio_rustls::rustls::{ClientConfig, ServerConfig};
use tokio_rustls::{TlsAcceptor, TlsConnector};

use super::inject::{self, Plan, RESERVED};
use super::{Input, ProxyEvent};

type BoxError = Box<dyn std::error::Error + Send + Sync>;
pub type Body = BoxBody<Bytes, BoxError>;

/// A report larger than this is refused.
const MAX_REPORT: usize = 1024 * 1024;

/// What every connection shares.
pub struct Shared {
    /// The target hosts, lower-case.
    pub hosts: Vec<String>,
    pub token: String,
    pub listen: SocketAddr,
    pub leaf: HashMap<String, Arc<ServerConfig>>,
    pub client_tls: Arc<ClientConfig>,
    /// The transport and the bridge script, for the reserved path and inline use.
    pub recorder_js: String,
    pub setup_html: String,
    pub ca_der: Vec<u8>,
    pub input: mpsc::UnboundedSender<Input>,
    pub events: mpsc::UnboundedSender<ProxyEvent>,
    pub tunnelled: Mutex<HashSet<String>>,
}

impl Shared {
    fn is_target(&self, host: &str) -> bool {
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        self.hosts.contains(&host)
    }

    fn is_self(&self, host: &str, port: u16) -> bool {
        port == self.listen.port() && host.trim_matches(['[', ']']) == self.listen.ip().to_string()
    }

    fn event(&self, e: ProxyEvent) {
        let _ = self.events.send(e);
    }

    pub fn reserved_base(&self) -> String {
        format!("{RESERVED}{}/", self.token)
    }
}

fn full(bytes: impl Into<Bytes>) -> Body {
    Full::new(bytes.into()).map_err(|e| match e {}).boxed()
}

fn text_response(status: StatusCode, text: &str) -> Response<Body> {
    let mut r = Response::new(full(text.to_owned()));
    *r.status_mut() = status;
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    r
}

/// Serves one connection from the phone until it closes.
pub async fn serve(stream: TcpStream, shared: Arc<Shared>) {
    let io = TokioIo::new(stream);
    let svc = service_fn(move |req| {
        let shared = Arc::clone(&shared);
        async move { Ok::<_, Infallible>(route(req, shared).await) }
    });
    let _ = hyper::server::conn::http1::Builder::new()
        .serve_connection(io, svc)
        .with_upgrades()
        .await;
}

fn host_port(uri: &Uri, default_port: u16) -> Option<(String, u16)> {
    let a = uri.authority()?;
    Some((
        a.host().trim_matches(['[', ']']).to_owned(),
        a.port_u16().unwrap_or(default_port),
    ))
}

async fn route(req: Request<Incoming>, shared: Arc<Shared>) -> Response<Body> {
    if req.method() == Method::CONNECT {
        return connect(req, shared).await;
    }
    let Some((host, port)) = host_port(req.uri(), 80) else {
        // Origin-form: addressed to the proxy itself.
        return local(&req, &shared);
    };
    if shared.is_self(&host, port) {
        return local(&req, &shared);
    }
    if shared.is_target(&host) {
        return intercepted(req, "http", host, port, shared).await;
    }
    forward(req, "http", &host, port, &shared).await
}

/// The setup page and the certificate, at the proxy's own address.
fn local(req: &Request<Incoming>, shared: &Shared) -> Response<Body> {
    match req.uri().path() {
        "/" => {
            let mut r = Response::new(full(shared.setup_html.clone()));
            r.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            );
            r
        }
        super::CA_PATH => {
            let mut r = Response::new(full(shared.ca_der.clone()));
            r.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/x-x509-ca-cert"),
            );
            r.headers_mut().insert(
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"wxsign-proxy-ca.crt\""),
            );
            r
        }
        _ => text_response(StatusCode::NOT_FOUND, "not found"),
    }
}

async fn connect(req: Request<Incoming>, shared: Arc<Shared>) -> Response<Body> {
    let Some((host, port)) = host_port(req.uri(), 443) else {
        return text_response(StatusCode::BAD_REQUEST, "CONNECT needs host:port");
    };
    if shared.is_target(&host) {
        let key = host.trim_end_matches('.').to_ascii_lowercase();
        let Some(config) = shared.leaf.get(&key).cloned() else {
            return text_response(StatusCode::BAD_GATEWAY, "no certificate for this host");
        };
        tokio::spawn(async move {
            let Ok(upgraded) = hyper::upgrade::on(req).await else {
                return;
            };
            let tls = match TlsAcceptor::from(config)
                .accept(TokioIo::new(upgraded))
                .await
            {
                Ok(tls) => tls,
                Err(e) => {
                    shared.event(ProxyEvent::TlsRefused {
                        host: host.clone(),
                        reason: e.to_string(),
                    });
                    return;
                }
            };
            let svc = service_fn(move |req| {
                let shared = Arc::clone(&shared);
                let host = host.clone();
                async move { Ok::<_, Infallible>(intercepted(req, "https", host, port, shared).await) }
            });
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(tls), svc)
                .with_upgrades()
                .await;
        });
        return Response::new(full(Bytes::new()));
    }
    // Not a target: connect first (a refused origin is a 502 the client understands), then
    // copy bytes both ways, never looking at them.
    let upstream = match TcpStream::connect((host.as_str(), port)).await {
        Ok(s) => s,
        Err(e) => {
            return text_response(StatusCode::BAD_GATEWAY, &format!("{host}:{port}: {e}"));
        }
    };
    if shared
        .tunnelled
        .lock()
        .map(|mut seen| seen.insert(host.clone()))
        .unwrap_or(false)
    {
        shared.event(ProxyEvent::Tunnelled { host: host.clone() });
    }
    tokio::spawn(async move {
        if let Ok(upgraded) = hyper::upgrade::on(req).await {
            let mut client = TokioIo::new(upgraded);
            let mut upstream = upstream;
            let _ = tokio::io::copy_bidirectional(&mut client, &mut upstream).await;
        }
    });
    Response::new(full(Bytes::new()))
}

/// Hop-by-hop headers (RFC 9110 §7.6.1) and the proxy's own.
fn strip_hop_by_hop(headers: &mut HeaderMap) {
    let named: Vec<String> = headers
        .get_all(header::CONNECTION)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(',').map(|s| s.trim().to_ascii_lowercase()))
        .collect();
    for name in named {
        headers.remove(name.as_str());
    }
    for name in [
        "connection",
        "proxy-connection",
        "keep-alive",
        "proxy-authorization",
        "proxy-authenticate",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
    ] {
        headers.remove(name);
    }
}

/// Sends `req` to the origin on a new connection; the origin's answer as it came.
async fn send_upstream(
    mut req: Request<Body>,
    scheme: &str,
    host: &str,
    port: u16,
    shared: &Shared,
) -> Result<Response<Incoming>, BoxError> {
    let tcp = TcpStream::connect((host, port)).await?;
    let path = req
        .uri()
        .path_and_query()
        .map_or("/", |p| p.as_str())
        .to_owned();
    *req.uri_mut() = path.parse()?;
    if !req.headers().contains_key(header::HOST) {
        let value = if (scheme, port) == ("http", 80) || (scheme, port) == ("https", 443) {
            host.to_owned()
        } else {
            format!("{host}:{port}")
        };
        req.headers_mut()
            .insert(header::HOST, HeaderValue::from_str(&value)?);
    }
    if scheme == "https" {
        let name = ServerName::try_from(host.to_owned())?;
        let tls = TlsConnector::from(Arc::clone(&shared.client_tls))
            .connect(name, tcp)
            .await?;
        let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(tls)).await?;
        tokio::spawn(conn.with_upgrades());
        Ok(sender.send_request(req).await?)
    } else {
        let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(tcp)).await?;
        tokio::spawn(conn.with_upgrades());
        Ok(sender.send_request(req).await?)
    }
}

/// A request for a host that is not a target, over plain HTTP: forwarded as it is.
async fn forward(
    req: Request<Incoming>,
    scheme: &str,
    host: &str,
    port: u16,
    shared: &Shared,
) -> Response<Body> {
    let (mut parts, body) = req.into_parts();
    strip_hop_by_hop(&mut parts.headers);
    let req = Request::from_parts(parts, body.map_err(BoxError::from).boxed());
    match send_upstream(req, scheme, host, port, shared).await {
        Ok(resp) => {
            let (mut parts, body) = resp.into_parts();
            strip_hop_by_hop(&mut parts.headers);
            Response::from_parts(parts, body.map_err(BoxError::from).boxed())
        }
        Err(e) => text_response(StatusCode::BAD_GATEWAY, &format!("{host}:{port}: {e}")),
    }
}

/// A protocol switch on a target host (a page's WebSocket): the handshake goes to the origin
/// with its `Connection`/`Upgrade` headers, and once both sides switched the bytes are copied
/// as they are.
async fn upgrade_through(
    mut req: Request<Incoming>,
    scheme: &str,
    host: &str,
    port: u16,
    shared: &Shared,
) -> Response<Body> {
    let from_client = hyper::upgrade::on(&mut req);
    let (mut parts, body) = req.into_parts();
    for name in ["proxy-connection", "proxy-authorization", "keep-alive"] {
        parts.headers.remove(name);
    }
    let req = Request::from_parts(parts, body.map_err(BoxError::from).boxed());
    let mut resp = match send_upstream(req, scheme, host, port, shared).await {
        Ok(r) => r,
        Err(e) => return text_response(StatusCode::BAD_GATEWAY, &format!("{host}:{port}: {e}")),
    };
    if resp.status() != StatusCode::SWITCHING_PROTOCOLS {
        let (mut parts, body) = resp.into_parts();
        strip_hop_by_hop(&mut parts.headers);
        return Response::from_parts(parts, body.map_err(BoxError::from).boxed());
    }
    let from_origin = hyper::upgrade::on(&mut resp);
    tokio::spawn(async move {
        if let (Ok(client), Ok(origin)) = tokio::join!(from_client, from_origin) {
            let (mut client, mut origin) = (TokioIo::new(client), TokioIo::new(origin));
            let _ = tokio::io::copy_bidirectional(&mut client, &mut origin).await;
        }
    });
    let (parts, _) = resp.into_parts();
    Response::from_parts(parts, full(Bytes::new()))
}

/// Whether the request loads a document (a page or a frame), by Fetch Metadata where the
/// browser sends it and by what it accepts where it does not. `Some(true)` for the top page.
fn document(req: &Request<Incoming>) -> Option<bool> {
    if req.method() != Method::GET {
        return None;
    }
    match req
        .headers()
        .get("sec-fetch-dest")
        .and_then(|v| v.to_str().ok())
    {
        Some("document") => Some(true),
        Some("iframe" | "frame") => Some(false),
        Some(_) => None,
        None => req
            .headers()
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|a| a.contains("text/html"))
            .then_some(true),
    }
}

/// Codings the proxy can read, of those the client accepts.
fn readable_encodings(accept: Option<&HeaderValue>) -> HeaderValue {
    let kept: Vec<&str> = accept
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|c| {
            let name = c.split(';').next().unwrap_or_default().trim();
            ["gzip", "x-gzip", "deflate", "br", "identity"]
                .iter()
                .any(|ok| name.eq_ignore_ascii_case(ok))
        })
        .collect();
    HeaderValue::from_str(&kept.join(", ")).unwrap_or(HeaderValue::from_static("identity"))
}

/// A request for a target host: the reserved path, or the origin with the recorder added to
/// documents.
async fn intercepted(
    req: Request<Incoming>,
    scheme: &'static str,
    host: String,
    port: u16,
    shared: Arc<Shared>,
) -> Response<Body> {
    if req.uri().path().starts_with(RESERVED) {
        return reserved(req, &host, &shared).await;
    }
    if req.headers().contains_key(header::UPGRADE) {
        return upgrade_through(req, scheme, &host, port, &shared).await;
    }
    let default_port = if scheme == "https" { 443 } else { 80 };
    let url = format!(
        "{scheme}://{host}{}{}",
        if port == default_port {
            String::new()
        } else {
            format!(":{port}")
        },
        req.uri().path_and_query().map_or("/", |p| p.as_str())
    );
    let doc = document(&req);
    let (mut parts, body) = req.into_parts();
    let platform = super::platform_of(
        parts
            .headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default(),
    );
    strip_hop_by_hop(&mut parts.headers);
    if doc.is_some() {
        let accept = readable_encodings(parts.headers.get(header::ACCEPT_ENCODING));
        parts.headers.insert(header::ACCEPT_ENCODING, accept);
        // A copy the phone cached before the proxy (without the recorder) must not be
        // revalidated with a 304: the document comes whole.
        for h in [
            header::IF_NONE_MATCH,
            header::IF_MODIFIED_SINCE,
            header::IF_MATCH,
            header::IF_UNMODIFIED_SINCE,
            header::IF_RANGE,
            header::RANGE,
        ] {
            parts.headers.remove(h);
        }
    }
    let req = Request::from_parts(parts, body.map_err(BoxError::from).boxed());
    let resp = match send_upstream(req, scheme, &host, port, &shared).await {
        Ok(r) => r,
        Err(e) => {
            shared.event(ProxyEvent::Failed {
                url: url.clone(),
                reason: e.to_string(),
            });
            return text_response(StatusCode::BAD_GATEWAY, &format!("{url}: {e}"));
        }
    };
    let (mut parts, body) = resp.into_parts();
    strip_hop_by_hop(&mut parts.headers);
    let html = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.to_ascii_lowercase().starts_with("text/html"));
    // A document too large to hold goes through as it is rather than failing.
    let too_large = parts
        .headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok())
        .is_some_and(|n| n > inject::MAX_DOCUMENT);
    let injectable = doc.is_some()
        && html
        && !too_large
        && parts.status.is_success()
        && parts.status != StatusCode::NO_CONTENT;
    if let Some(top) = doc
        && top
    {
        let _ = shared.input.send(Input::Document {
            url: url.clone(),
            status: parts.status.as_u16(),
            platform,
        });
    }
    if !injectable {
        return Response::from_parts(parts, body.map_err(BoxError::from).boxed());
    }
    let raw = match Limited::new(body, inject::MAX_DOCUMENT).collect().await {
        Ok(b) => b.to_bytes(),
        Err(e) => {
            shared.event(ProxyEvent::Failed {
                url: url.clone(),
                reason: e.to_string(),
            });
            return text_response(StatusCode::BAD_GATEWAY, &format!("{url}: {e}"));
        }
    };
    let encoding = parts
        .headers
        .get(header::CONTENT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let decoded = match inject::decode(&raw, encoding.as_deref()) {
        Ok(d) => d,
        Err(skip) => {
            shared.event(ProxyEvent::NotInjected {
                url,
                reason: format!("{skip:?}"),
            });
            parts
                .headers
                .insert(header::CONTENT_LENGTH, HeaderValue::from(raw.len()));
            return Response::from_parts(parts, full(raw));
        }
    };
    let policies: Vec<String> = parts
        .headers
        .get_all(header::CONTENT_SECURITY_POLICY)
        .iter()
        .filter_map(|v| v.to_str().ok().map(str::to_owned))
        .collect();
    let base = shared.reserved_base();
    let script_path = format!("{base}{}", super::RECORDER_FILE);
    let origin = url.split('/').take(3).collect::<Vec<_>>().join("/");
    let nonce = format!("{:032x}", rand::random::<u128>());
    let plan = inject::plan(&policies, scheme, &format!("{origin}{script_path}"), &nonce);
    let (tag, mut changed) = match &plan {
        Plan::Inline => (inject::inline_tag(&shared.recorder_js), None),
        Plan::External => (inject::external_tag(&script_path, None), None),
        Plan::ExternalWith { policies, nonce } => (
            inject::external_tag(&script_path, nonce.as_deref()),
            Some(policies.clone()),
        ),
    };
    let report_url = format!("{origin}{base}{}", super::REPORT_FILE);
    let reports_allowed =
        inject::allow_report(changed.as_deref().unwrap_or(&policies), scheme, &report_url);
    let report_widened = reports_allowed.is_some();
    changed = reports_allowed.or(changed);
    if let Some(policies) = changed {
        parts.headers.remove(header::CONTENT_SECURITY_POLICY);
        for p in policies {
            if let Ok(v) = HeaderValue::from_str(&p) {
                parts.headers.append(header::CONTENT_SECURITY_POLICY, v);
            }
        }
    }
    if report_widened {
        shared.event(ProxyEvent::ReportAllowed { url: url.clone() });
    }
    let page = inject::splice(&decoded, &tag);
    parts.headers.remove(header::CONTENT_ENCODING);
    parts.headers.remove(header::ETAG);
    parts
        .headers
        .insert(header::CONTENT_LENGTH, HeaderValue::from(page.len()));
    parts
        .headers
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    shared.event(ProxyEvent::Injected {
        url,
        how: match plan {
            Plan::Inline => super::How::Inline,
            Plan::External => super::How::External,
            Plan::ExternalWith { .. } => super::How::PolicyChanged,
        },
        encoding,
    });
    Response::from_parts(parts, full(page))
}

/// The reserved path: the recorder and its reports, with this session's token only.
async fn reserved(req: Request<Incoming>, host: &str, shared: &Shared) -> Response<Body> {
    let path = req.uri().path().to_owned();
    let Some(rest) = path.strip_prefix(&shared.reserved_base()) else {
        shared.event(ProxyEvent::Refused {
            host: host.to_owned(),
            path,
        });
        return text_response(StatusCode::FORBIDDEN, "forbidden");
    };
    match (req.method(), rest) {
        (&Method::GET, super::RECORDER_FILE) => {
            let mut r = Response::new(full(shared.recorder_js.clone()));
            r.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/javascript; charset=utf-8"),
            );
            r.headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            r
        }
        (&Method::POST, super::REPORT_FILE) => {
            let body = match Limited::new(req.into_body(), MAX_REPORT).collect().await {
                Ok(b) => b.to_bytes(),
                Err(_) => return text_response(StatusCode::PAYLOAD_TOO_LARGE, "too large"),
            };
            let messages = serde_json::from_slice::<serde_json::Value>(&body)
                .ok()
                .and_then(|v| {
                    v.get("m").and_then(|m| m.as_array()).map(|a| {
                        a.iter()
                            .filter_map(|s| s.as_str().map(str::to_owned))
                            .collect::<Vec<_>>()
                    })
                });
            match messages {
                Some(m) => {
                    let _ = shared.input.send(Input::Messages(m));
                    let mut r = Response::new(full(Bytes::new()));
                    *r.status_mut() = StatusCode::NO_CONTENT;
                    r
                }
                None => text_response(StatusCode::BAD_REQUEST, "not a report"),
            }
        }
        _ => text_response(StatusCode::NOT_FOUND, "not found"),
    }
}

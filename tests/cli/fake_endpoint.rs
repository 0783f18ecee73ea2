//! A fake signing endpoint: the team's backend as QA meets it, on 127.0.0.1. The first path
//! segment of the page URL picks how it signs, so one run covers a correct signer and each
//! classic mistake: `/good/…`, `/fragment/…`, `/encoded/…`, `/stale/…`, `/ms/…`, `/appid/…`,
//! `/wrapped/…`, `/http500/…`, `/notjson/…`, `/slow/…`, and `/lb/…`: two nodes behind a load
//! balancer, each with its own cached ticket (the current one, then the stale one, in turn).
//! Shared by the integration tests and the batch benchmark (`examples/fake_signing_endpoint.rs`).
//!
//! It signs with its own SHA-1 (`sha1_smol`) and its own `encodeURIComponent`
//! (`percent-encoding`), never wxsign's signer or encoder, so a batch verdict checks wxsign
//! against another implementation and not against itself.

#![allow(dead_code)]

use std::time::{Duration, SystemTime};

use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// The current jsapi_ticket (it starts with `-`, as base64url tickets sometimes do).
pub const TICKET: &str =
    "-Sl-HhTdfl2fzFy1AOcHKP7qgsM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3";
/// A ticket from before the last refresh.
pub const STALE_TICKET: &str =
    "kgt8ON7yVITDhtdwci0qeYUKGhvCWGo3DjNZIJTIJOEGDEKzdlB7vpRqjg4kbcUNeAeEWiDt0FVK1tqf5QZ6Sg";
pub const APP_ID: &str = "wx4f4bc4dec97d474b";
pub const NONCE: &str = "Wm3WZYTPz0wzccnW";
/// The path the fake listens on.
pub const SIGN_PATH: &str = "/wx/signature";

/// Signs like a backend would, with the mistake the page URL asks for.
pub struct FakeSigner;

/// Which node of `/lb/` answers next.
static LB_NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

fn now() -> u64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default()
}

/// What JavaScript's `encodeURIComponent` leaves alone (ECMAScript's uriUnreserved): letters,
/// digits and `- _ . ! ~ * ' ( )`; every other UTF-8 byte becomes `%XX`.
const URI_COMPONENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'!')
    .remove(b'~')
    .remove(b'*')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')');

/// `encodeURIComponent(s)` as a page computes it.
pub fn encode_uri_component(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, URI_COMPONENT).to_string()
}

/// The jsapi signature of DOMAIN.md §1: SHA-1 of the four pairs in key order.
pub fn signature(ticket: &str, noncestr: &str, timestamp: &str, url: &str) -> String {
    let string1 =
        format!("jsapi_ticket={ticket}&noncestr={noncestr}&timestamp={timestamp}&url={url}");
    sha1_smol::Sha1::from(string1).digest().to_string()
}

/// Percent-decodes `encodeURIComponent` output; a correct backend does this when the page
/// encodes its URL.
fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        if bytes[i] == b'%'
            && let Some(Ok(b)) = hex.map(|h| u8::from_str_radix(h, 16))
        {
            out.push(b);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The page URL from a JSON body, a form body or the query, decoded if the page encoded it.
fn page_url(req: &Request) -> Option<String> {
    let from_json = serde_json::from_slice::<serde_json::Value>(&req.body)
        .ok()
        .and_then(|v| v.get("url").and_then(|u| u.as_str()).map(str::to_owned));
    let from_pairs = |pairs: url::form_urlencoded::Parse<'_>| {
        pairs
            .into_iter()
            .find(|(k, _)| k == "url")
            .map(|(_, v)| v.into_owned())
    };
    let raw = from_json
        .or_else(|| from_pairs(url::form_urlencoded::parse(&req.body)))
        .or_else(|| from_pairs(req.url.query_pairs()))?;
    Some(
        if raw.starts_with("http%3A") || raw.starts_with("https%3A") {
            decode(&raw)
        } else {
            raw
        },
    )
}

impl Respond for FakeSigner {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let Some(url) = page_url(req) else {
            return ResponseTemplate::new(400)
                .set_body_json(json!({"code": 400, "msg": "url required"}));
        };
        let mode = url::Url::parse(&url)
            .ok()
            .and_then(|u| {
                u.path_segments()
                    .and_then(|mut s| s.next().map(str::to_owned))
            })
            .unwrap_or_default();
        let stripped = url.split('#').next().unwrap_or_default().to_owned();
        let ts = now();
        let ok = |ticket: &str, timestamp: String, signed_url: &str, app_id: &str| {
            ResponseTemplate::new(200).set_body_json(json!({
                "appId": app_id,
                "timestamp": ts,
                "nonceStr": NONCE,
                "signature": signature(ticket, NONCE, &timestamp, signed_url),
            }))
        };
        match mode.as_str() {
            "fragment" => ok(TICKET, ts.to_string(), &url, APP_ID),
            "encoded" => ok(
                TICKET,
                ts.to_string(),
                &encode_uri_component(&stripped),
                APP_ID,
            ),
            "stale" => ok(STALE_TICKET, ts.to_string(), &stripped, APP_ID),
            "lb" => {
                let node = LB_NEXT.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let ticket = if node.is_multiple_of(2) {
                    TICKET
                } else {
                    STALE_TICKET
                };
                ok(ticket, ts.to_string(), &stripped, APP_ID)
            }
            "ms" => ok(TICKET, (ts * 1000).to_string(), &stripped, APP_ID),
            // Signs and replies with the same millisecond timestamp: the signature matches.
            "msreply" => {
                let ms = (ts * 1000).to_string();
                let sig = signature(TICKET, NONCE, &ms, &stripped);
                ResponseTemplate::new(200).set_body_json(json!({
                    "appId": APP_ID, "timestamp": ms, "nonceStr": NONCE, "signature": sig,
                }))
            }
            "appid" => ok(TICKET, ts.to_string(), &stripped, "wx0000000000000000"),
            "wrapped" => {
                let sig = signature(TICKET, NONCE, &ts.to_string(), &stripped);
                ResponseTemplate::new(200).set_body_json(json!({
                    "code": 0,
                    "data": {"app_id": APP_ID, "timestamp": ts.to_string(), "nonce_str": NONCE, "sign": sig}
                }))
            }
            "http500" => ResponseTemplate::new(500).set_body_string("internal error"),
            "notjson" => ResponseTemplate::new(200)
                .set_body_raw("<html><body>login</body></html>", "text/html"),
            "slow" => {
                ok(TICKET, ts.to_string(), &stripped, APP_ID).set_delay(Duration::from_secs(5))
            }
            _ => ok(TICKET, ts.to_string(), &stripped, APP_ID),
        }
    }
}

/// Starts the fake on 127.0.0.1 with the signer at [`SIGN_PATH`] (any method) and two images:
/// `/img/ok.png` (an image) and `/img/page` (an HTML page).
pub async fn start() -> MockServer {
    let server = MockServer::builder()
        .disable_request_recording()
        .start()
        .await;
    mount(&server).await;
    server
}

pub async fn mount(server: &MockServer) {
    Mock::given(path(SIGN_PATH))
        .respond_with(FakeSigner)
        .mount(server)
        .await;
    Mock::given(method("GET"))
        .and(path("/img/ok.png"))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw(vec![0x89, b'P', b'N', b'G'], "image/png"),
        )
        .mount(server)
        .await;
    Mock::given(method("GET"))
        .and(path("/img/page"))
        .respond_with(ResponseTemplate::new(200).set_body_raw("<html></html>", "text/html"))
        .mount(server)
        .await;
}

//! The DevTools HTTP side of a web-view's socket (PHONE.md §1): `GET /json/list` on a stream
//! that *is* a connection to its HTTP server, with the quirks of old engines — no
//! `webSocketDebuggerUrl` (one client at a time), a host-less `ws:///devtools/page/<id>`,
//! HTML-escaped titles, `"visible": false` targets, the text "No support for /json/list" (then
//! `/json`). Chromium refuses a `Host` that is not an IP or `localhost`: `Host: 127.0.0.1`.

use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};

/// What old engines answer to `/json/list`.
pub const NO_LIST: &str = "No support for /json/list";
const TIMEOUT: Duration = Duration::from_secs(10);
const MAX_BODY: usize = 4 << 20;

/// A page of a web-view, as wxsign shows and attaches to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page {
    pub id: String,
    /// Unescaped.
    pub title: String,
    pub url: String,
    /// `false` when the web-view says the page is not on screen; `None` when it does not say.
    pub visible: Option<bool>,
    /// The WebSocket path on the same socket (`/devtools/page/<id>`), built from the id when
    /// the engine gave no usable URL.
    pub ws_path: String,
    /// Another client is attached (the engine left out `webSocketDebuggerUrl`).
    pub busy: bool,
}

/// Why the page list could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ListError {
    #[error("{0}")]
    Io(String),
    #[error("HTTP {0}")]
    Status(u16),
    #[error("not a target list: {0}")]
    Json(String),
}

/// One HTTP/1.1 GET on `stream` (a fresh adb stream to the socket): the status and body.
pub async fn get<S>(stream: S, path: &str) -> Result<(u16, String), ListError>
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    tokio::time::timeout(TIMEOUT, get_inner(stream, path))
        .await
        .unwrap_or_else(|_| Err(ListError::Io(format!("GET {path} timed out"))))
}

async fn get_inner<S>(mut stream: S, path: &str) -> Result<(u16, String), ListError>
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    let io = |e: std::io::Error| ListError::Io(e.to_string());
    let request = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.map_err(io)?;
    stream.flush().await.map_err(io)?;
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).await.map_err(io)?;
    let status: u16 = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| ListError::Io(format!("not an HTTP answer: {}", line.trim())))?;
    let mut length = None;
    loop {
        line.clear();
        if reader.read_line(&mut line).await.map_err(io)? == 0 {
            break;
        }
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        if let Some((k, v)) = l.split_once(':')
            && k.trim().eq_ignore_ascii_case("content-length")
        {
            length = v.trim().parse::<usize>().ok();
        }
    }
    let mut body = Vec::new();
    match length {
        Some(n) if n <= MAX_BODY => {
            body.resize(n, 0);
            reader.read_exact(&mut body).await.map_err(io)?;
        }
        Some(n) => return Err(ListError::Io(format!("a {n}-byte answer is too long"))),
        None => {
            reader
                .take(MAX_BODY as u64)
                .read_to_end(&mut body)
                .await
                .map_err(io)?;
        }
    }
    Ok((status, String::from_utf8_lossy(&body).into_owned()))
}

/// What `/json/list` (or `/json`) answered: the pages, or the engine saying it has no list.
pub fn parse_list(status: u16, body: &str) -> Result<Option<Vec<Page>>, ListError> {
    if body.contains(NO_LIST) {
        return Ok(None);
    }
    if status != 200 {
        return Err(ListError::Status(status));
    }
    let targets: Vec<Value> =
        serde_json::from_str(body).map_err(|e| ListError::Json(e.to_string()))?;
    Ok(Some(targets.iter().filter_map(page).collect()))
}

fn page(t: &Value) -> Option<Page> {
    let s = |k: &str| t.get(k).and_then(Value::as_str).unwrap_or_default();
    // Only pages: service workers and the like run no wx.config.
    if !matches!(s("type"), "page" | "") {
        return None;
    }
    let id = s("id");
    if id.is_empty() {
        return None;
    }
    let ws = t.get("webSocketDebuggerUrl").and_then(Value::as_str);
    let visible = serde_json::from_str::<Value>(s("description"))
        .ok()
        .and_then(|d| d.get("visible").and_then(Value::as_bool));
    Some(Page {
        id: id.to_owned(),
        title: unescape_html(s("title")),
        url: s("url").to_owned(),
        visible,
        ws_path: ws_path(ws, id),
        busy: ws.is_none(),
    })
}

/// The WebSocket path of a target: the path of its `webSocketDebuggerUrl` whatever host it
/// names (`ws:///devtools/page/<id>` has none), else `/devtools/page/<id>`.
pub fn ws_path(ws_url: Option<&str>, id: &str) -> String {
    ws_url
        .and_then(|u| u.split_once("://").map(|(_, rest)| rest))
        .and_then(|rest| rest.find('/').map(|i| &rest[i..]))
        .filter(|p| p.starts_with("/devtools/"))
        .map_or_else(|| format!("/devtools/page/{id}"), str::to_owned)
}

/// The pages worth offering: the visible ones, or all when the engine marks none visible.
pub fn offered(pages: Vec<Page>) -> Vec<Page> {
    if pages.iter().any(|p| p.visible != Some(false)) {
        pages
            .into_iter()
            .filter(|p| p.visible != Some(false))
            .collect()
    } else {
        pages
    }
}

/// Undoes Chromium's HTML escaping of titles (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&#39;` and
/// other numeric references).
pub fn unescape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let Some(end) = rest.find(';').filter(|&e| e <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..end];
        let ch = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity.strip_prefix('#').and_then(|n| {
                let code = match n.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => n.parse().ok(),
                };
                code.and_then(char::from_u32)
            }),
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn titles_are_unescaped() {
        let table = [
            ("Tom &amp; Jerry", "Tom & Jerry"),
            (
                "&lt;b&gt;&quot;Sale&quot;&#39;s&lt;/b&gt;",
                "<b>\"Sale\"'s</b>",
            ),
            ("&#x4E2D;&#25991;", "中文"),
            ("AT&T; & more &amp", "AT&T; & more &amp"),
            ("", ""),
        ];
        for (raw, want) in table {
            assert_eq!(unescape_html(raw), want, "{raw}");
        }
    }

    #[test]
    fn the_websocket_path_survives_every_url_form() {
        let table = [
            (
                Some("ws://127.0.0.1:9222/devtools/page/AB12"),
                "/devtools/page/AB12",
            ),
            (Some("ws:///devtools/page/AB12"), "/devtools/page/AB12"),
            (Some("ws://localhost/devtools/page/X9"), "/devtools/page/X9"),
            (None, "/devtools/page/AB12"),
            (Some("garbage"), "/devtools/page/AB12"),
        ];
        for (ws, want) in table {
            assert_eq!(ws_path(ws, "AB12"), want, "{ws:?}");
        }
    }

    #[test]
    fn the_list_with_its_quirks() {
        let body = json!([
            {"description": "{\"attached\":true,\"empty\":false,\"screenX\":0,\"screenY\":0,\"visible\":true}",
             "id": "P1", "title": "Shop &amp; Go", "type": "page", "url": "https://m.example.com/a",
             "webSocketDebuggerUrl": "ws:///devtools/page/P1"},
            {"description": "{\"attached\":false,\"visible\":false}",
             "id": "P2", "title": "hidden", "type": "page", "url": "https://m.example.com/b"},
            {"id": "W1", "type": "service_worker", "url": "https://m.example.com/sw.js"}
        ])
        .to_string();
        let pages = parse_list(200, &body).unwrap().unwrap();
        assert_eq!(pages.len(), 2);
        assert_eq!(pages[0].title, "Shop & Go");
        assert_eq!(pages[0].ws_path, "/devtools/page/P1");
        assert!(!pages[0].busy);
        assert_eq!(pages[1].visible, Some(false));
        assert!(
            pages[1].busy,
            "no webSocketDebuggerUrl: another client holds it"
        );
        let shown = offered(pages.clone());
        assert_eq!(shown.len(), 1);
        assert_eq!(shown[0].id, "P1");
        // None visible: all are offered.
        let hidden: Vec<Page> = pages.into_iter().skip(1).collect();
        assert_eq!(offered(hidden).len(), 1);
        assert!(parse_list(404, NO_LIST).unwrap().is_none());
        assert!(
            parse_list(200, "No support for /json/list\n")
                .unwrap()
                .is_none()
        );
        assert!(matches!(parse_list(500, "x"), Err(ListError::Status(500))));
        assert!(matches!(parse_list(200, "{"), Err(ListError::Json(_))));
    }
}

//! The team's signing endpoint: how to call it and how to read its answer.
//!
//! This is not WeChat (that lives in `crate::wechat`): it is the backend the pages call, typically
//! `POST /wx/signature` with `{"url": "..."}`. Shapes vary, so the way the page URL is passed and
//! the names of the reply's fields are configurable, with auto-detection of the common shapes.

use std::time::Duration;

use serde_json::Value;

pub use crate::core::parse::FieldNames;
use crate::core::parse::{self, ServerConfig};
use crate::core::text::{Lang, Msg, msg};
use crate::i18n::Render;
pub use crate::profile::endpoint::{EndpointSpec, HttpMethod, UrlEncoding, UrlParam};
use crate::secret::Secret;

/// A ready-to-call endpoint: the description plus the header values.
#[derive(Clone, Debug, Default)]
pub struct Endpoint {
    pub spec: EndpointSpec,
    pub headers: Vec<(String, Secret)>,
}

/// Why the endpoint gave no usable answer for a page. A result of that page, never an abort.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EndpointError {
    /// Connection refused or failed, with the OS's reason.
    Connect(String),
    /// No answer within this many milliseconds.
    Timeout(u64),
    Http {
        status: u16,
        body: String,
    },
    NotJson(String),
    MissingFields {
        missing: String,
        body: String,
    },
    Other(String),
}

/// The English sentence, for logs and error chains.
impl std::fmt::Display for EndpointError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().get(Lang::En))
    }
}

impl EndpointError {
    /// Stable code for reports and filters.
    pub fn code(&self) -> &'static str {
        match self {
            EndpointError::Connect(_) => "endpoint_unreachable",
            EndpointError::Timeout(_) => "endpoint_timeout",
            EndpointError::Http { .. } => "endpoint_http_error",
            EndpointError::NotJson(_) => "endpoint_not_json",
            EndpointError::MissingFields { .. } => "endpoint_missing_fields",
            EndpointError::Other(_) => "endpoint_error",
        }
    }

    /// One sentence: what happened and what to do.
    pub fn message(&self) -> Msg {
        match self {
            EndpointError::Connect(d) => msg!("batch-endpoint-connect", detail = d),
            EndpointError::Timeout(ms) => msg!("batch-endpoint-timeout", ms = *ms),
            EndpointError::Http { status, body } if body.is_empty() => {
                msg!("batch-endpoint-http-empty", status = *status)
            }
            EndpointError::Http { status, body } => {
                msg!("batch-endpoint-http", status = *status, body = body)
            }
            EndpointError::NotJson(body) if body.is_empty() => msg!("batch-endpoint-empty"),
            EndpointError::NotJson(body) => msg!("batch-endpoint-not-json", body = body),
            EndpointError::MissingFields { missing, body } => {
                msg!(
                    "batch-endpoint-missing-fields",
                    missing = missing,
                    body = body
                )
            }
            EndpointError::Other(d) => msg!("batch-endpoint-failed", detail = d),
        }
    }
}

/// `encodeURIComponent`: everything but `A-Z a-z 0-9 - _ . ! ~ * ' ( )` percent-encoded as UTF-8.
pub fn encode_uri_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3 / 2);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(char::from(b"0123456789ABCDEF"[usize::from(b >> 4)]));
            out.push(char::from(b"0123456789ABCDEF"[usize::from(b & 15)]));
        }
    }
    out
}

/// The longest reply body read; a signing reply is a few hundred bytes.
const MAX_BODY: usize = 256 * 1024;
/// How much of an unusable body a report quotes.
const SNIPPET: usize = 120;

impl Endpoint {
    /// The value sent for the page URL, after the page's own encoding.
    pub fn url_value(&self, page_url: &str) -> String {
        match self.spec.url_encoding {
            UrlEncoding::Raw => page_url.to_owned(),
            UrlEncoding::Component => encode_uri_component(page_url),
        }
    }

    fn request(&self, client: &reqwest::Client, page_url: &str) -> reqwest::RequestBuilder {
        let value = self.url_value(page_url);
        let method = match self.spec.method {
            HttpMethod::Get => reqwest::Method::GET,
            HttpMethod::Post => reqwest::Method::POST,
        };
        let mut req = client.request(method, &self.spec.url);
        req = match &self.spec.url_param {
            UrlParam::Query(name) => req.query(&[(name.as_str(), value.as_str())]),
            UrlParam::Form(name) => req.form(&[(name.as_str(), value.as_str())]),
            UrlParam::Json(name) => {
                let mut body = serde_json::Map::new();
                body.insert(name.clone(), Value::String(value));
                req.json(&Value::Object(body))
            }
        };
        for (name, value) in &self.headers {
            req = req.header(name.as_str(), value.reveal());
        }
        req
    }

    /// Asks the endpoint to sign `page_url` and reads the reply.
    pub async fn call(
        &self,
        client: &reqwest::Client,
        page_url: &str,
        timeout: Duration,
    ) -> Result<ServerConfig, EndpointError> {
        self.call_with_status(client, page_url, timeout).await.1
    }

    /// [`Endpoint::call`] with the HTTP status of the reply (`None` when none came back), so
    /// the window's Log panel can show the call like the WeChat ones.
    pub async fn call_with_status(
        &self,
        client: &reqwest::Client,
        page_url: &str,
        timeout: Duration,
    ) -> (Option<u16>, Result<ServerConfig, EndpointError>) {
        let timeout_ms = u64::try_from(timeout.as_millis()).unwrap_or(u64::MAX);
        let send = self.request(client, page_url).timeout(timeout).send();
        let mut resp = match send.await {
            Ok(resp) => resp,
            Err(e) => return (None, Err(self.classify(&e, timeout_ms))),
        };
        let status = resp.status();
        (
            Some(status.as_u16()),
            self.read_reply(&mut resp, status, timeout_ms).await,
        )
    }

    async fn read_reply(
        &self,
        resp: &mut reqwest::Response,
        status: reqwest::StatusCode,
        timeout_ms: u64,
    ) -> Result<ServerConfig, EndpointError> {
        let mut body = Vec::new();
        loop {
            match resp.chunk().await {
                Ok(Some(chunk)) => {
                    let room = MAX_BODY.saturating_sub(body.len());
                    body.extend_from_slice(&chunk[..chunk.len().min(room)]);
                    if room <= chunk.len() {
                        break;
                    }
                }
                Ok(None) => break,
                Err(e) => return Err(self.classify(&e, timeout_ms)),
            }
        }
        let text = String::from_utf8_lossy(&body);
        if !status.is_success() {
            return Err(EndpointError::Http {
                status: status.as_u16(),
                body: self.snippet(&text),
            });
        }
        map_reply(&text, &self.spec.fields).map_err(|e| match e {
            ReplyError::NotJson => EndpointError::NotJson(self.snippet(&text)),
            ReplyError::Missing(missing) => EndpointError::MissingFields {
                missing,
                body: self.snippet(&text),
            },
        })
    }

    fn classify(&self, e: &reqwest::Error, timeout_ms: u64) -> EndpointError {
        if e.is_timeout() {
            EndpointError::Timeout(timeout_ms)
        } else if e.is_connect() {
            EndpointError::Connect(root_cause(e))
        } else {
            EndpointError::Other(root_cause(e))
        }
    }

    /// The start of a body for a report, with header secrets blanked out in case the server
    /// echoes them.
    fn snippet(&self, body: &str) -> String {
        let mut s: String = body.trim().chars().take(SNIPPET).collect();
        for (_, value) in &self.headers {
            if !value.is_empty() {
                s = s.replace(value.reveal(), "********");
            }
        }
        if body.trim().chars().count() > SNIPPET {
            s.push('…');
        }
        s
    }
}

fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cur = e;
    while let Some(next) = cur.source() {
        cur = next;
    }
    cur.to_string()
}

/// Why a body could not be mapped.
#[derive(Debug, PartialEq, Eq)]
pub enum ReplyError {
    NotJson,
    /// The names of the missing fields, comma-separated.
    Missing(String),
}

/// Reads a reply into the `wx.config` fields: configured paths first, then the core parser's
/// auto-detection of the common shapes (`appId`/`app_id`, `nonceStr`/`nonce_str`, `sign`,
/// wrapped in `data`/`result`...). The body must be JSON: an endpoint is not a pasted snippet.
pub fn map_reply(text: &str, names: &FieldNames) -> Result<ServerConfig, ReplyError> {
    let root: Value = serde_json::from_str(text.trim()).map_err(|_| ReplyError::NotJson)?;
    let mut config = parse::from_value(&root, names).unwrap_or_default();
    // WeCom: a reply holding the wx.agentConfig triplet too (nested or prefixed keys).
    if parse::wecom::has_agent_config(&root)
        && let Ok(both) = parse::wecom::endpoint(&root)
    {
        if config.app_id.is_none() {
            config.app_id = both
                .config
                .and_then(|c| c.app_id)
                .or_else(|| both.agent_config.as_ref().and_then(|a| a.corp_id.clone()));
        }
        config.agent_config = both.agent_config.map(Box::new);
    }
    let missing: Vec<&str> = [
        ("signature", config.signature.is_none()),
        ("timestamp", config.timestamp.is_none()),
        ("nonceStr", config.nonce_str.is_none()),
    ]
    .into_iter()
    .filter_map(|(name, absent)| absent.then_some(name))
    .collect();
    if missing.is_empty() {
        Ok(config)
    } else {
        Err(ReplyError::Missing(missing.join(", ")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn auto(text: &str) -> Result<ServerConfig, ReplyError> {
        map_reply(text, &FieldNames::default())
    }

    #[test]
    fn common_shapes_are_detected() {
        for text in [
            r#"{"appId":"wx1","timestamp":1414587457,"nonceStr":"abc","signature":"f00"}"#,
            r#"{"code":0,"data":{"app_id":"wx1","timestamp":"1414587457","nonce_str":"abc","signature":"f00"}}"#,
            r#"{"result":{"appid":"wx1","timestamp":1414587457,"noncestr":"abc","sign":"f00"}}"#,
            r#"{"errcode":0,"data":{"config":{"AppId":"wx1","timeStamp":1414587457,"nonce":"abc","signature":"f00"}}}"#,
        ] {
            let c = auto(text).unwrap_or_else(|e| panic!("{text}: {e:?}"));
            assert_eq!(c.app_id.as_deref(), Some("wx1"), "{text}");
            assert_eq!(c.timestamp.as_deref(), Some("1414587457"), "{text}");
            assert_eq!(c.nonce_str.as_deref(), Some("abc"), "{text}");
            assert_eq!(c.signature.as_deref(), Some("f00"), "{text}");
        }
    }

    #[test]
    fn configured_paths_win() {
        let names = FieldNames {
            signature: Some("payload.s".into()),
            timestamp: Some("payload.t".into()),
            nonce_str: Some("payload.n".into()),
            app_id: Some("app".into()),
            url: None,
        };
        let c = map_reply(
            r#"{"app":"wx9","payload":{"s":"abc","t":1,"n":"x"}}"#,
            &names,
        )
        .unwrap();
        assert_eq!(c.signature.as_deref(), Some("abc"));
        assert_eq!(c.app_id.as_deref(), Some("wx9"));
    }

    #[test]
    fn unusable_replies() {
        assert_eq!(auto("<html>"), Err(ReplyError::NotJson));
        assert_eq!(
            auto(r#"{"code":401,"msg":"login required"}"#),
            Err(ReplyError::Missing("signature, timestamp, nonceStr".into()))
        );
        let c = auto(r#"{"signature":"s","timestamp":1,"nonceStr":"n","jsApiList":["a","b"]}"#)
            .unwrap();
        assert_eq!(c.js_api_list, ["a", "b"]);
        assert_eq!(c.app_id, None);
    }

    #[test]
    fn encode_uri_component_matches_javascript() {
        assert_eq!(
            encode_uri_component("https://a.com/p?x=1&y=中#h"),
            "https%3A%2F%2Fa.com%2Fp%3Fx%3D1%26y%3D%E4%B8%AD%23h"
        );
        assert_eq!(encode_uri_component("a-_.!~*'()b"), "a-_.!~*'()b");
    }
}

//! HTTP calls to the token and ticket APIs: rustls with the OS roots, `HTTPS_PROXY` honoured,
//! per-profile timeouts, one log entry per call, and the retry policy of issue 3: `-1` once after a
//! short delay, transport failures at most twice with backoff, nothing else.

use std::time::{Duration, Instant};

use serde_json::Value;

use super::errcode;
use super::{LogEntry, LogSink, TicketKind, WechatError};
use crate::platform::{Auth, Endpoint, Method, Platform, Request, Status, TicketSpec};
use crate::profile::Timeouts;
use crate::secret::Secret;

/// A credential as WeChat returned it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fetched {
    pub value: Secret,
    pub expires_in: u64,
}

/// Delays between retries. Tests shorten them; the defaults follow the issue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Before the single retry of errcode -1.
    pub busy_delay: Duration,
    /// Before each retry of a connection failure (at most this many retries).
    pub network_backoff: Vec<Duration>,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            busy_delay: Duration::from_secs(2),
            network_backoff: vec![Duration::from_millis(500), Duration::from_millis(1500)],
        }
    }
}

/// A client bound to one API base.
pub struct WechatClient {
    http: reqwest::Client,
    base: String,
    total_timeout: Duration,
    log: LogSink,
    retry: RetryPolicy,
    /// Whose API this is: errcodes are read in its table.
    platform: Platform,
}

enum Attempt {
    Done(Result<Value, WechatError>),
    /// A failure worth retrying (busy, or no connection).
    Retry(WechatError),
}

impl WechatClient {
    pub fn new(
        api_base: &str,
        timeouts: Timeouts,
        log: LogSink,
        retry: RetryPolicy,
    ) -> Result<Self, WechatError> {
        let parsed =
            url::Url::parse(api_base).map_err(|_| WechatError::BadBase(api_base.to_owned()))?;
        if !matches!(parsed.scheme(), "http" | "https") || parsed.host().is_none() {
            return Err(WechatError::BadBase(api_base.to_owned()));
        }
        let http = reqwest::Client::builder()
            .user_agent(concat!("wxsign/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(timeouts.connect())
            .timeout(timeouts.total())
            .build()
            .map_err(|e| WechatError::Setup(e.without_url().to_string()))?;
        Ok(Self {
            http,
            base: api_base.trim_end_matches('/').to_owned(),
            total_timeout: timeouts.total(),
            log,
            retry,
            platform: Platform::OfficialAccount,
        })
    }

    /// The same client reading errcodes as `platform`'s.
    pub fn with_platform(mut self, platform: Platform) -> Self {
        self.platform = platform;
        self
    }

    /// WeCom `GET cgi-bin/gettoken?corpid&corpsecret`: one app's token. WeCom returns the same
    /// token while it is valid, so this never disturbs production; still, callers cache it.
    pub async fn wecom_token(
        &self,
        corp_id: &str,
        secret: &Secret,
        agent_id: u64,
    ) -> Result<Fetched, WechatError> {
        let path = self.platform.spec().token_path;
        let v = self
            .call(path, &[secret], |c, url| {
                c.get(url)
                    .query(&[("corpid", corp_id), ("corpsecret", secret.reveal())])
            })
            .await
            .map_err(|e| e.for_agent(agent_id))?;
        credential(&v, path, "access_token")
    }

    /// A ticket of the platform's table (WeCom: `get_jsapi_ticket`, `ticket/get?type=
    /// agent_config`), with the token of `agent_id`'s app.
    pub async fn platform_ticket(
        &self,
        access_token: &Secret,
        spec: &TicketSpec,
        agent_id: Option<u64>,
    ) -> Result<Fetched, WechatError> {
        let v = self
            .call(spec.path, &[access_token], |c, url| {
                let req = c.get(url).query(&[("access_token", access_token.reveal())]);
                match spec.type_param {
                    Some(t) => req.query(&[("type", t)]),
                    None => req,
                }
            })
            .await
            .map_err(|e| match agent_id {
                Some(a) => e.for_agent(a),
                None => e,
            })?;
        credential(&v, spec.path, "ticket")
    }

    /// `POST cgi-bin/stable_token`: the same token for every caller while it is valid.
    pub async fn stable_token(
        &self,
        app_id: &str,
        secret: &Secret,
        force_refresh: bool,
    ) -> Result<Fetched, WechatError> {
        let body = serde_json::json!({
            "grant_type": "client_credential",
            "appid": app_id,
            "secret": secret.reveal(),
            "force_refresh": force_refresh,
        });
        let v = self
            .call("/cgi-bin/stable_token", &[secret], |c, url| {
                c.post(url).json(&body)
            })
            .await?;
        credential(&v, "/cgi-bin/stable_token", "access_token")
    }

    /// `GET cgi-bin/token`: a new token that kills the previous one 5 minutes later. Legacy mode
    /// only.
    pub async fn legacy_token(
        &self,
        app_id: &str,
        secret: &Secret,
    ) -> Result<Fetched, WechatError> {
        let v = self
            .call("/cgi-bin/token", &[secret], |c, url| {
                c.get(url).query(&[
                    ("grant_type", "client_credential"),
                    ("appid", app_id),
                    ("secret", secret.reveal()),
                ])
            })
            .await?;
        credential(&v, "/cgi-bin/token", "access_token")
    }

    /// `GET cgi-bin/ticket/getticket?type=jsapi|wx_card`.
    pub async fn ticket(
        &self,
        access_token: &Secret,
        kind: TicketKind,
    ) -> Result<Fetched, WechatError> {
        let v = self
            .call("/cgi-bin/ticket/getticket", &[access_token], |c, url| {
                c.get(url).query(&[
                    ("access_token", access_token.reveal()),
                    ("type", kind.as_str()),
                ])
            })
            .await?;
        credential(&v, "/cgi-bin/ticket/getticket", "ticket")
    }

    /// The token of a platform whose API is data ([`crate::platform::ApiSpec::token`]):
    /// DingTalk's `appKey`/`appSecret` JSON, Feishu's `app_id`/`app_secret`.
    pub async fn spec_token(
        &self,
        endpoint: &Endpoint,
        id: &str,
        secret: &Secret,
    ) -> Result<Fetched, WechatError> {
        self.spec_call(endpoint, id, secret, None).await
    }

    /// The ticket of a platform whose API is data, with the token in the place its
    /// [`Auth`] names (DingTalk's `x-acs-dingtalk-access-token` header, Feishu's Bearer).
    pub async fn spec_ticket(
        &self,
        endpoint: &Endpoint,
        id: &str,
        access_token: &Secret,
    ) -> Result<Fetched, WechatError> {
        self.spec_call(endpoint, id, access_token, Some(access_token))
            .await
    }

    async fn spec_call(
        &self,
        e: &Endpoint,
        id: &str,
        secret: &Secret,
        token: Option<&Secret>,
    ) -> Result<Fetched, WechatError> {
        let value = |v: &crate::platform::Value| -> String {
            match v {
                crate::platform::Value::Id => id.to_owned(),
                crate::platform::Value::Secret => secret.reveal().to_owned(),
                crate::platform::Value::Literal(l) => (*l).to_owned(),
            }
        };
        let v = self
            .call_as(e.path, e.method, e.status, &[secret], |c, url| {
                let mut req = match e.method {
                    Method::Get => c.get(url),
                    Method::Post => c.post(url),
                };
                req = match e.request {
                    Request::Query(params) => {
                        let pairs: Vec<(&str, String)> =
                            params.iter().map(|(k, v)| (*k, value(v))).collect();
                        req.query(&pairs)
                    }
                    Request::Json(params) => {
                        let body: serde_json::Map<String, Value> = params
                            .iter()
                            .map(|(k, v)| ((*k).to_owned(), Value::String(value(v))))
                            .collect();
                        req.json(&body)
                    }
                };
                match (e.auth, token) {
                    (Auth::QueryAccessToken, Some(t)) => req.query(&[("access_token", t.reveal())]),
                    (Auth::Header(name), Some(t)) => req.header(name, t.reveal()),
                    (Auth::Bearer, Some(t)) => req.bearer_auth(t.reveal()),
                    _ => req,
                }
            })
            .await?;
        field_credential(&v, e.path, e.value, e.expiry)
    }

    async fn call(
        &self,
        path: &str,
        secrets: &[&Secret],
        build: impl Fn(&reqwest::Client, &str) -> reqwest::RequestBuilder,
    ) -> Result<Value, WechatError> {
        let method = if path.ends_with("stable_token") {
            Method::Post
        } else {
            Method::Get
        };
        self.call_as(path, method, Status::ErrcodeErrmsg, secrets, build)
            .await
    }

    /// [`Self::call`] for any reply shape: the retries, the log entry and the errors are the
    /// same for every platform.
    async fn call_as(
        &self,
        path: &str,
        method: Method,
        shape: Status,
        secrets: &[&Secret],
        build: impl Fn(&reqwest::Client, &str) -> reqwest::RequestBuilder,
    ) -> Result<Value, WechatError> {
        let url = format!("{}{path}", self.base);
        let endpoint = url::Url::parse(&url)
            .map(|u| u.path().to_owned())
            .unwrap_or_else(|_| path.to_owned());
        let mut busy_retried = false;
        let mut network_retries = 0usize;
        let mut attempt = 1u32;
        loop {
            let req = build(&self.http, &url);
            let method = match method {
                Method::Get => "GET",
                Method::Post => "POST",
            };
            match self
                .attempt(req, method, shape, &endpoint, attempt, secrets)
                .await
            {
                Attempt::Done(r) => return r,
                Attempt::Retry(e) => {
                    let delay = match &e {
                        WechatError::Api { .. } if !busy_retried => {
                            busy_retried = true;
                            Some(self.retry.busy_delay)
                        }
                        WechatError::Api { .. } => None,
                        _ => {
                            let d = self.retry.network_backoff.get(network_retries).copied();
                            network_retries += 1;
                            d
                        }
                    };
                    match delay {
                        Some(d) => tokio::time::sleep(d).await,
                        None => return Err(e),
                    }
                }
            }
            attempt += 1;
        }
    }

    async fn attempt(
        &self,
        req: reqwest::RequestBuilder,
        method: &'static str,
        shape: Status,
        endpoint: &str,
        attempt: u32,
        secrets: &[&Secret],
    ) -> Attempt {
        let started = Instant::now();
        let at = chrono::Utc::now();
        let log = |status: Option<u16>, errcode: Option<i64>, outcome: String| {
            (self.log)(LogEntry {
                at,
                method,
                endpoint: endpoint.to_owned(),
                duration: started.elapsed(),
                http_status: status,
                errcode,
                attempt,
                outcome: scrub(&outcome, secrets),
            });
        };
        let resp = match req.send().await {
            Ok(r) => r,
            Err(e) => {
                let err = self.transport_error(e, endpoint, secrets);
                log(None, None, err.to_string());
                return match err {
                    WechatError::Connect { .. }
                    | WechatError::Dns { .. }
                    | WechatError::Network { .. } => Attempt::Retry(err),
                    other => Attempt::Done(Err(other)),
                };
            }
        };
        let status = resp.status().as_u16();
        let content_type = resp
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("no content type")
            .to_owned();
        let body = match resp.bytes().await {
            Ok(b) => b,
            Err(e) => {
                let err = self.transport_error(e, endpoint, secrets);
                log(Some(status), None, err.to_string());
                return Attempt::Done(Err(err));
            }
        };
        let json: Option<Value> = serde_json::from_slice(&body).ok();
        let (code_key, msg_key) = match shape {
            Status::ErrcodeErrmsg => ("errcode", "errmsg"),
            Status::CodeMsg => ("code", "msg"),
            Status::HttpCodeMessage => ("code", "message"),
        };
        let code = json
            .as_ref()
            .and_then(|v| v.get(code_key))
            .and_then(Value::as_i64);
        // DingTalk's new API refuses with an HTTP 4xx and a textual code: an API answer, kept
        // with its words, under the HTTP status as its number.
        if shape == Status::HttpCodeMessage
            && !(200..300).contains(&status)
            && let Some(j) = json.as_ref().filter(|j| j.get("code").is_some())
        {
            let word = |k: &str| match j.get(k) {
                Some(Value::String(s)) => s.clone(),
                Some(other) => other.to_string(),
                None => String::new(),
            };
            let errmsg = scrub(&format!("{}: {}", word("code"), word("message")), secrets);
            log(Some(status), Some(i64::from(status)), errmsg.clone());
            return Attempt::Done(Err(WechatError::Api {
                endpoint: endpoint.to_owned(),
                errcode: i64::from(status),
                caller_ip: None,
                errmsg,
                platform: self.platform,
                agent: None,
            }));
        }
        if !(200..300).contains(&status) {
            let err = WechatError::HttpStatus {
                endpoint: endpoint.to_owned(),
                status,
            };
            log(Some(status), code, err.to_string());
            return Attempt::Done(Err(err));
        }
        let Some(json) = json.filter(Value::is_object) else {
            let text = String::from_utf8_lossy(&body);
            let preview: String = text.chars().take(60).collect();
            let err = WechatError::NotJson {
                endpoint: endpoint.to_owned(),
                status,
                content_type,
                preview: scrub(&preview, secrets),
            };
            log(Some(status), None, err.to_string());
            return Attempt::Done(Err(err));
        };
        match code {
            Some(c) if c != 0 => {
                let errmsg = scrub(
                    json.get(msg_key).and_then(Value::as_str).unwrap_or(""),
                    secrets,
                );
                log(Some(status), Some(c), errmsg.clone());
                let err = WechatError::Api {
                    endpoint: endpoint.to_owned(),
                    errcode: c,
                    caller_ip: if errcode::names_caller_ip(self.platform, c) {
                        errcode::caller_ip(&errmsg)
                    } else {
                        None
                    },
                    errmsg,
                    platform: self.platform,
                    agent: None,
                };
                if c == -1 {
                    Attempt::Retry(err)
                } else {
                    Attempt::Done(Err(err))
                }
            }
            _ => {
                log(Some(status), code, "ok".to_owned());
                Attempt::Done(Ok(json))
            }
        }
    }

    fn transport_error(
        &self,
        e: reqwest::Error,
        endpoint: &str,
        secrets: &[&Secret],
    ) -> WechatError {
        let endpoint = endpoint.to_owned();
        if e.is_timeout() {
            return WechatError::Timeout {
                endpoint,
                after: self.total_timeout,
            };
        }
        let is_connect = e.is_connect();
        // The URL holds the token or the secret in its query: never print it.
        let chain = scrub(&error_chain(&e.without_url()), secrets);
        let lower = chain.to_ascii_lowercase();
        if lower.contains("dns error") || lower.contains("failed to lookup address") {
            let host = url::Url::parse(&self.base)
                .ok()
                .and_then(|u| u.host_str().map(str::to_owned))
                .unwrap_or_default();
            WechatError::Dns { endpoint, host }
        } else if lower.contains("certificate")
            || lower.contains("tls")
            || lower.contains("handshake")
        {
            WechatError::Tls {
                endpoint,
                detail: chain,
            }
        } else if is_connect {
            WechatError::Connect {
                endpoint,
                detail: chain,
            }
        } else {
            WechatError::Network {
                endpoint,
                detail: chain,
            }
        }
    }
}

fn credential(v: &Value, endpoint: &str, field: &'static str) -> Result<Fetched, WechatError> {
    field_credential(v, endpoint, field, "expires_in")
}

/// The credential at a dotted path of the reply (`data.ticket`), with its lifetime at another
/// (`expireIn`, `data.expire_in`); 7200 s when the reply gives none.
fn field_credential(
    v: &Value,
    endpoint: &str,
    field: &'static str,
    expiry: &str,
) -> Result<Fetched, WechatError> {
    let at = |path: &str| path.split('.').try_fold(v, |v, k| v.get(k));
    let value = at(field)
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .ok_or_else(|| WechatError::MissingField {
            endpoint: endpoint.to_owned(),
            field,
        })?;
    let expires_in = at(expiry).and_then(Value::as_u64).unwrap_or(7200);
    Ok(Fetched {
        value: Secret::new(value),
        expires_in,
    })
}

pub(super) fn error_chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut cur = e.source();
    while let Some(s) = cur {
        let text = s.to_string();
        if !out.contains(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        cur = s.source();
    }
    out
}

/// Replaces every known credential in text that came from outside (errmsg, bodies, errors).
fn scrub(text: &str, secrets: &[&Secret]) -> String {
    let mut out = text.to_owned();
    for s in secrets {
        if s.len() >= 4 {
            out = out.replace(s.reveal(), "********");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrub_hides_known_secrets() {
        let s = Secret::new("topsecretvalue");
        assert_eq!(
            scrub("bad secret topsecretvalue here", &[&s]),
            "bad secret ******** here"
        );
    }

    #[test]
    fn bad_base_is_refused() {
        let r = WechatClient::new(
            "not a url",
            Timeouts::default(),
            super::super::no_log(),
            RetryPolicy::default(),
        );
        assert!(matches!(r, Err(WechatError::BadBase(_))));
    }
}

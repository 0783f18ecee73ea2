//! The WeChat client: access_token, jsapi_ticket, the errcode table and the cache-aware service
//! on top. This is the only module that talks HTTP to WeChat (or the proxy standing in for it).

mod client;
pub mod errcode;
mod error;
pub mod reach;
mod service;

pub use crate::platform::TicketKind;
pub use client::{Fetched, RetryPolicy, WechatClient};
pub use error::{ClientError, ErrorReport, SourceFailure, WechatError, naming_profile};
pub use service::{
    Clock, Credentials, FetchOptions, TicketInfo, TicketOrigin, TokenInfo, system_clock,
};

use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};

/// Which API issued an access_token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenEndpoint {
    StableToken,
    /// `cgi-bin/token`: invalidates the production server's token 5 minutes later.
    Token,
    /// Read from the production backend's Redis (the profile's Redis source).
    Redis,
    /// WeCom's `cgi-bin/gettoken`: one app's token, the same for every caller while valid.
    Gettoken,
    /// The token endpoint of a platform whose API is data (DingTalk's `oauth2/accessToken`,
    /// Feishu's `tenant_access_token/internal`).
    Platform,
}

impl TokenEndpoint {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenEndpoint::StableToken => "stable_token",
            TokenEndpoint::Token => "token",
            TokenEndpoint::Redis => "redis",
            TokenEndpoint::Gettoken => "gettoken",
            TokenEndpoint::Platform => "platform",
        }
    }
}

/// One HTTP call as the Log panel shows it. Holds no credential: the endpoint is the path only
/// (the query carries the token or the secret) and errmsg is scrubbed of known secrets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogEntry {
    pub at: chrono::DateTime<chrono::Utc>,
    pub method: &'static str,
    /// URL path, e.g. `/cgi-bin/stable_token`.
    pub endpoint: String,
    pub duration: Duration,
    /// None when no response came back (timeout, DNS, TLS, connection refused).
    pub http_status: Option<u16>,
    /// None when the body had no errcode (a success without one, or not JSON).
    pub errcode: Option<i64>,
    /// 1 for the first try, 2 and 3 for retries.
    pub attempt: u32,
    /// A short outcome: `ok`, the errmsg, or the transport error.
    pub outcome: String,
}

impl LogEntry {
    /// One line for a terminal or a log file.
    pub fn line(&self) -> String {
        format!(
            "{} {} {} attempt {} {} ms http {} errcode {}: {}",
            self.at.format("%Y-%m-%dT%H:%M:%S%.3fZ"),
            self.method,
            self.endpoint,
            self.attempt,
            self.duration.as_millis(),
            self.http_status
                .map(|s| s.to_string())
                .unwrap_or_else(|| "-".into()),
            self.errcode
                .map(|c| c.to_string())
                .unwrap_or_else(|| "-".into()),
            self.outcome
        )
    }
}

/// Receives one [`LogEntry`] per HTTP call.
pub type LogSink = Arc<dyn Fn(LogEntry) + Send + Sync>;

/// A sink that drops everything.
pub fn no_log() -> LogSink {
    Arc::new(|_| {})
}

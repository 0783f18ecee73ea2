//! Reads what people paste: a signing endpoint's JSON reply, or a `wx.config({...})` call.

use serde::Serialize;

/// The fields of a `wx.config` or an endpoint reply, whatever the spelling they came in.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ServerConfig {
    pub app_id: Option<String>,
    /// Text, as the server sent it (a number is rendered without quotes).
    pub timestamp: Option<String>,
    pub nonce_str: Option<String>,
    pub signature: Option<String>,
    /// Some endpoints echo the URL they signed.
    pub url: Option<String>,
    pub js_api_list: Vec<String>,
    pub open_tag_list: Vec<String>,
    pub debug: Option<bool>,
}

/// Bad input, with the 1-based position of the problem.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{message} (line {line}, column {column})")]
pub struct ParseError {
    pub message: String,
    pub line: usize,
    pub column: usize,
}

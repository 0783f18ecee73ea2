//! Reads what people paste: a signing endpoint's JSON reply, or a `wx.config({...})` call or
//! object literal (unquoted keys, single quotes, trailing commas, comments: JSON5 covers them).
//!
//! Field names are matched loosely (`nonceStr`, `nonce_str`, `noncestr`, `NONCE-STR` are one
//! name) and replies wrapped in `{"code":0,"data":{...}}` are unwrapped, so a paste works without
//! configuration; the batch checker can still pin names with [`FieldNames`].

mod callbacks;
mod fields;
mod payment;
mod real_auth;
mod scan;
pub mod wecom;

use serde::Serialize;
use serde_json::Value;

use super::text::{Msg, msg};
use fields::{WRAPPERS, loose};

pub use fields::{Field, FieldNames, detect_field, detect_field_names, from_value};
pub use payment::{PaymentPaste, payment_paste};
pub use real_auth::{RealAuthPaste, real_auth_paste};

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
    /// WeCom: the `wx.agentConfig` triplet when the reply holds both (see [`wecom`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent_config: Option<Box<wecom::AgentConfig>>,
}

/// Bad input, with the 1-based position of the problem.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{message} (line {line}, column {column})")]
pub struct ParseError {
    pub message: String,
    pub line: usize,
    pub column: usize,
    /// What to do about it.
    pub hint: Msg,
}

/// Reads a pasted reply or `wx.config` call with auto-detected field names.
pub fn parse(input: &str) -> Result<ServerConfig, ParseError> {
    parse_with(input, &FieldNames::default())
}

/// Reads a pasted reply or `wx.config` call, using `names` where given.
pub fn parse_with(input: &str, names: &FieldNames) -> Result<ServerConfig, ParseError> {
    let value = parse_value(input)?;
    from_value(&value, names)
}

/// Parses the object in `input` (JSON, JSON5, a JavaScript object literal, or the argument of
/// `wx.config(`) into a JSON value.
pub fn parse_value(input: &str) -> Result<Value, ParseError> {
    let start = match scan::find_start(input) {
        scan::Start::Object(s) => s,
        scan::Start::NotLiteral(at) => {
            return Err(error_at(
                input,
                at,
                "wx.config gets a variable here, not an object literal",
                msg!("parse-hint-paste-object"),
            ));
        }
        scan::Start::Missing(at) => {
            return Err(error_at(
                input,
                at,
                "expected a JSON object or a wx.config({...}) call",
                msg!("parse-hint-paste-reply"),
            ));
        }
    };
    let end = scan::object_end(input, start);
    // Callbacks (`success: function (res) {...}`) are code, not data: blanked, same offsets.
    let slice = callbacks::blank_functions(&input[start..end]);
    let mut value = json5::from_str::<Value>(&slice).map_err(|e| json5_error(input, start, &e))?;
    unwrap_string_wrappers(&mut value, 0);
    Ok(value)
}

/// Some endpoints double-encode: `{"code":0,"data":"{\"signature\":…}"}`. A wrapper whose
/// value is a string holding a JSON object is replaced by that object.
fn unwrap_string_wrappers(value: &mut Value, depth: usize) {
    let Some(obj) = value.as_object_mut() else {
        return;
    };
    for (key, inner) in obj.iter_mut() {
        if !WRAPPERS.contains(&loose(key).as_str()) {
            continue;
        }
        if let Value::String(text) = inner
            && let Ok(parsed @ Value::Object(_)) = serde_json::from_str::<Value>(text)
        {
            *inner = parsed;
        }
        if depth < 3 {
            unwrap_string_wrappers(inner, depth + 1);
        }
    }
}

fn json5_error(input: &str, start: usize, e: &json5::Error) -> ParseError {
    let base = json5::Position::from_offset(start, input);
    let (line, column) = match e.position() {
        Some(p) if p.line == 0 => (base.line, base.column + p.column),
        Some(p) => (base.line + p.line, p.column),
        None => (base.line, base.column),
    };
    let message = match e.code() {
        Some(code) => code.to_string(),
        None => e.to_string(),
    };
    let hint = match e.code() {
        Some(
            json5::ErrorCode::ExpectedValue
            | json5::ErrorCode::ExpectedIdentifier
            | json5::ErrorCode::InvalidKey,
        ) => msg!("parse-hint-literals"),
        Some(
            json5::ErrorCode::EofParsingObject
            | json5::ErrorCode::EofParsingArray
            | json5::ErrorCode::EofParsingString
            | json5::ErrorCode::EofParsingValue,
        ) => msg!("parse-hint-ends-early"),
        _ => msg!("parse-hint-fix-position"),
    };
    ParseError {
        message,
        line: line + 1,
        column: column + 1,
        hint,
    }
}

fn error_at(input: &str, offset: usize, message: &str, hint: Msg) -> ParseError {
    let p = json5::Position::from_offset(offset.min(input.len()), input);
    ParseError {
        message: message.to_owned(),
        line: p.line + 1,
        column: p.column + 1,
        hint,
    }
}

#[cfg(test)]
pub(crate) mod tests;

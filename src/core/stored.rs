//! Credentials as a backend stores them in its cache (Redis): the value formats wxsign reads,
//! and when the credential expires. Pure: the bytes, the key's TTL and `now` come in as
//! arguments, so a test of expiry never sleeps.
//!
//! Backends store the ticket as a bare string, as the JSON WeChat returned (`{"ticket": ...,
//! "expires_in": 7200}`), or as `str()` of a Python dict with an `update_time`. When the value
//! says when it was fetched (`update_time` + `expires_in`) that wins, since the backend decides
//! by it; otherwise the key's TTL is all there is.

mod error;
pub mod pydict;

pub use error::ValueError;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::secret::{Secret, redact};

/// How a cached value is laid out. Written `raw`, `json:FIELD` or `pydict:FIELD`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum ValueFormat {
    /// The value is the credential itself.
    #[default]
    Raw,
    /// A JSON object; the credential is the string in `field`.
    Json { field: String },
    /// A Python dict literal (`str(dict)`); the credential is the string in `field`.
    PyDict { field: String },
}

impl ValueFormat {
    /// The same layout with another field: the token key usually shares the ticket's layout but
    /// names its value `access_token`.
    pub fn with_field(&self, field: &str) -> Self {
        match self {
            ValueFormat::Raw => ValueFormat::Raw,
            ValueFormat::Json { .. } => ValueFormat::Json {
                field: field.to_owned(),
            },
            ValueFormat::PyDict { .. } => ValueFormat::PyDict {
                field: field.to_owned(),
            },
        }
    }
}

impl fmt::Display for ValueFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ValueFormat::Raw => f.write_str("raw"),
            ValueFormat::Json { field } => write!(f, "json:{field}"),
            ValueFormat::PyDict { field } => write!(f, "pydict:{field}"),
        }
    }
}

impl FromStr for ValueFormat {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        let (kind, field) = match s.split_once(':') {
            Some((k, f)) => (k, Some(f.trim())),
            None => (s, None),
        };
        let need_field = |name: &str| match field {
            Some(f) if !f.is_empty() => Ok(f.to_owned()),
            _ => Err(format!(
                "the {name} format needs the field that holds the credential, e.g. {name}:ticket"
            )),
        };
        match kind.to_ascii_lowercase().as_str() {
            "raw" if field.is_none() => Ok(ValueFormat::Raw),
            "raw" => Err("the raw format takes no field: use `raw`".to_owned()),
            "json" => Ok(ValueFormat::Json {
                field: need_field("json")?,
            }),
            "pydict" => Ok(ValueFormat::PyDict {
                field: need_field("pydict")?,
            }),
            _ => Err(format!(
                "unknown value format '{s}': use raw, json:FIELD or pydict:FIELD"
            )),
        }
    }
}

impl TryFrom<String> for ValueFormat {
    type Error = String;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<ValueFormat> for String {
    fn from(f: ValueFormat) -> Self {
        f.to_string()
    }
}

/// A credential read out of a cached value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredValue {
    pub value: Secret,
    /// Unix seconds, from `update_time + expires_in` when the value has both.
    pub expires_at: Option<i64>,
}

/// What Redis's `TTL` said about the key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyTtl {
    /// Seconds left.
    Seconds(u64),
    /// The key never expires (`TTL` = -1).
    Persistent,
}

impl KeyTtl {
    /// From the integer `TTL` returns; `None` for -2 (no such key) or another negative.
    pub fn from_reply(ttl: i64) -> Option<Self> {
        match ttl {
            -1 => Some(KeyTtl::Persistent),
            t if t >= 0 => Some(KeyTtl::Seconds(t.unsigned_abs())),
            _ => None,
        }
    }
}

/// Where the expiry shown to the user came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ExpirySource {
    /// `update_time + expires_in` in the value.
    Value,
    /// The key's TTL.
    KeyTtl,
    /// Neither: the key never expires and the value does not say.
    Unknown,
}

/// When the credential expires, seen from `now`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Expiry {
    /// Seconds left; 0 once expired; `None` when nothing says.
    pub remaining: Option<u64>,
    pub source: ExpirySource,
    /// The value's own expiry has passed: the backend has not refreshed it.
    pub expired: bool,
}

/// The expiry of `stored`: its own `update_time + expires_in` if any, else the key's TTL.
pub fn expiry(stored: &StoredValue, ttl: KeyTtl, now: i64) -> Expiry {
    if let Some(at) = stored.expires_at {
        let left = at.saturating_sub(now);
        return Expiry {
            remaining: Some(left.max(0).unsigned_abs()),
            source: ExpirySource::Value,
            expired: left <= 0,
        };
    }
    match ttl {
        KeyTtl::Seconds(s) => Expiry {
            remaining: Some(s),
            source: ExpirySource::KeyTtl,
            expired: false,
        },
        KeyTtl::Persistent => Expiry {
            remaining: None,
            source: ExpirySource::Unknown,
            expired: false,
        },
    }
}

/// Reads the credential out of a cached value laid out as `format`.
pub fn parse_value(raw: &[u8], format: &ValueFormat) -> Result<StoredValue, ValueError> {
    let Ok(text) = std::str::from_utf8(raw) else {
        return Err(ValueError::NotText {
            preview: preview_bytes(raw),
        });
    };
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(ValueError::Empty);
    }
    match format {
        ValueFormat::Raw => parse_raw(trimmed),
        ValueFormat::Json { field } => parse_json(trimmed, field),
        ValueFormat::PyDict { field } => parse_pydict(trimmed, field),
    }
}

fn parse_raw(text: &str) -> Result<StoredValue, ValueError> {
    if text.starts_with('{') {
        let looks_like = if serde_json::from_str::<serde_json::Value>(text).is_ok() {
            "a JSON object"
        } else {
            "a Python dict"
        };
        let field = guess_field(text).unwrap_or("FIELD");
        let kind = if looks_like == "a JSON object" {
            "json"
        } else {
            "pydict"
        };
        return Err(ValueError::NotRaw {
            looks_like,
            suggest: format!("{kind}:{field}"),
            preview: preview(text),
        });
    }
    // A JSON string literal ("abc") is what some serialisers write for a bare string.
    let unquoted = match serde_json::from_str::<String>(text) {
        Ok(s) if text.starts_with('"') => s,
        _ => text.to_owned(),
    };
    if unquoted.chars().any(char::is_whitespace) {
        return Err(ValueError::Unparsable {
            format: "a bare credential",
            detail: "it contains spaces".to_owned(),
            preview: preview(text),
        });
    }
    Ok(StoredValue {
        value: Secret::new(unquoted),
        expires_at: None,
    })
}

/// The usual field names, to suggest a format for a structured value stored as raw.
fn guess_field(text: &str) -> Option<&'static str> {
    ["ticket", "jsapi_ticket", "access_token"]
        .into_iter()
        .find(|f| text.contains(&format!("\"{f}\"")) || text.contains(&format!("'{f}'")))
}

fn parse_json(text: &str, field: &str) -> Result<StoredValue, ValueError> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| ValueError::Unparsable {
            format: "JSON",
            detail: format!("line {} column {}: {}", e.line(), e.column(), category(&e)),
            preview: preview(text),
        })?;
    let serde_json::Value::Object(map) = value else {
        return Err(ValueError::Unparsable {
            format: "a JSON object",
            detail: "it is JSON but not an object".to_owned(),
            preview: preview(text),
        });
    };
    let found = match map.get(field) {
        None => {
            return Err(ValueError::MissingField {
                field: field.to_owned(),
                available: list_keys(map.keys().map(String::as_str)),
            });
        }
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(other) => {
            return Err(ValueError::NotString {
                field: field.to_owned(),
                found: json_type(other),
            });
        }
    };
    let number = |k: &str| map.get(k).and_then(serde_json::Value::as_f64);
    finish(found, field, number("update_time"), number("expires_in"))
}

fn parse_pydict(text: &str, field: &str) -> Result<StoredValue, ValueError> {
    let entries = pydict::parse(text).map_err(|e| ValueError::Unparsable {
        format: "a Python dict",
        detail: format!("at character {}: {}", e.at + 1, e.message),
        preview: preview(text),
    })?;
    let get = |k: &str| entries.iter().find(|(key, _)| key == k).map(|(_, v)| v);
    let found = match get(field) {
        None => {
            return Err(ValueError::MissingField {
                field: field.to_owned(),
                available: list_keys(entries.iter().map(|(k, _)| k.as_str())),
            });
        }
        Some(pydict::PyValue::Str(s)) => s.clone(),
        Some(other) => {
            return Err(ValueError::NotString {
                field: field.to_owned(),
                found: other.type_name(),
            });
        }
    };
    let number = |k: &str| get(k).and_then(pydict::PyValue::as_f64);
    finish(found, field, number("update_time"), number("expires_in"))
}

fn finish(
    value: String,
    field: &str,
    update_time: Option<f64>,
    expires_in: Option<f64>,
) -> Result<StoredValue, ValueError> {
    if value.trim().is_empty() {
        return Err(ValueError::EmptyField {
            field: field.to_owned(),
        });
    }
    let expires_at = match (update_time, expires_in) {
        // Whole seconds: the backend compares with its own clock, a fraction changes nothing.
        (Some(u), Some(e)) if u.is_finite() && e.is_finite() && u > 0.0 => {
            Some((u + e).floor() as i64)
        }
        _ => None,
    };
    Ok(StoredValue {
        value: Secret::new(value),
        expires_at,
    })
}

fn list_keys<'a>(keys: impl Iterator<Item = &'a str>) -> String {
    let keys: Vec<&str> = keys.collect();
    if keys.is_empty() {
        "no fields".to_owned()
    } else {
        keys.join(", ")
    }
}

fn json_type(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "boolean",
        serde_json::Value::Number(_) => "number",
        serde_json::Value::String(_) => "string",
        serde_json::Value::Array(_) => "array",
        serde_json::Value::Object(_) => "object",
    }
}

/// serde_json's message without the text it quotes (which may be part of the secret).
fn category(e: &serde_json::Error) -> &'static str {
    match e.classify() {
        serde_json::error::Category::Eof => "the text ends in the middle",
        serde_json::error::Category::Syntax => "syntax error",
        serde_json::error::Category::Data => "unexpected data",
        serde_json::error::Category::Io => "read error",
    }
}

/// How many characters of a value an error shows.
const PREVIEW_CHARS: usize = 60;

/// The start of a value for an error message, with every run of 16 or more token-like
/// characters (letters, digits, `_-+/=.`) cut to its first 6 and its length: enough to
/// recognise the layout, never enough to use the credential.
pub fn preview(text: &str) -> String {
    let mut out = String::new();
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String| {
        if run.chars().count() >= 16 {
            out.push_str(&redact(run));
        } else {
            out.push_str(run);
        }
        run.clear();
    };
    for c in text.chars() {
        if c.is_alphanumeric() || matches!(c, '_' | '-' | '+' | '/' | '=' | '.') {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
            if c.is_control() {
                out.extend(c.escape_default());
            } else {
                out.push(c);
            }
        }
    }
    flush(&mut run, &mut out);
    if out.chars().count() > PREVIEW_CHARS {
        let cut: String = out.chars().take(PREVIEW_CHARS).collect();
        format!("{cut}…")
    } else {
        out
    }
}

fn preview_bytes(raw: &[u8]) -> String {
    let head: String = raw
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect::<Vec<_>>()
        .join(" ");
    if raw.len() > 8 {
        format!("{head} … ({} bytes)", raw.len())
    } else {
        head
    }
}

#[cfg(test)]
mod tests;

//! Field names: which key holds which `wx.config` field, where a reply wraps the config, and
//! how a value becomes text. Shared by the paste reader and, through [`from_value`], by callers
//! that already hold a parsed reply.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{ParseError, ServerConfig};
use crate::core::text::msg;

/// A field of the signing result.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    AppId,
    Timestamp,
    NonceStr,
    Signature,
    Url,
}

impl Field {
    pub const ALL: [Field; 5] = [
        Field::AppId,
        Field::Timestamp,
        Field::NonceStr,
        Field::Signature,
        Field::Url,
    ];

    /// The `wx.config` spelling, for messages.
    pub fn config_name(self) -> &'static str {
        match self {
            Field::AppId => "appId",
            Field::Timestamp => "timestamp",
            Field::NonceStr => "nonceStr",
            Field::Signature => "signature",
            Field::Url => "url",
        }
    }
}

/// Which field a key names, ignoring case, `_` and `-`: `appId`, `app_id`, `APPID`; `nonceStr`,
/// `nonce_str`, `noncestr`, `nonce`; `signature`, `sign`, `sig`; `timestamp`, `ts`; `url`.
pub fn detect_field(key: &str) -> Option<Field> {
    let mut norm = [0u8; 16];
    let mut n = 0;
    for b in key.bytes().filter(|b| *b != b'_' && *b != b'-') {
        if n == norm.len() {
            return None;
        }
        norm[n] = b.to_ascii_lowercase();
        n += 1;
    }
    match &norm[..n] {
        b"appid" => Some(Field::AppId),
        b"timestamp" | b"ts" => Some(Field::Timestamp),
        b"noncestr" | b"nonce" => Some(Field::NonceStr),
        b"signature" | b"sign" | b"sig" => Some(Field::Signature),
        b"url" | b"signurl" | b"pageurl" => Some(Field::Url),
        _ => None,
    }
}

/// Dotted paths (`data.sign`) of a reply's fields; `None` means auto-detect. Paths are looked up
/// from the root of the reply first, then inside the detected config object.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldNames {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nonce_str: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl FieldNames {
    pub fn get(&self, field: Field) -> Option<&str> {
        match field {
            Field::AppId => self.app_id.as_deref(),
            Field::Timestamp => self.timestamp.as_deref(),
            Field::NonceStr => self.nonce_str.as_deref(),
            Field::Signature => self.signature.as_deref(),
            Field::Url => self.url.as_deref(),
        }
    }

    fn set(&mut self, field: Field, path: String) {
        let slot = match field {
            Field::AppId => &mut self.app_id,
            Field::Timestamp => &mut self.timestamp,
            Field::NonceStr => &mut self.nonce_str,
            Field::Signature => &mut self.signature,
            Field::Url => &mut self.url,
        };
        *slot = Some(path);
    }
}

/// Containers replies wrap the config in (`{"code":0,"data":{...}}`), compared loosely.
pub(super) const WRAPPERS: [&str; 8] = [
    "data", "result", "config", "body", "payload", "wxconfig", "content", "jssdk",
];

/// Where the auto-detection finds each field in `root`, as dotted paths.
pub fn detect_field_names(root: &Value) -> FieldNames {
    let mut names = FieldNames::default();
    let Some((prefix, obj)) = find_config_object(root, String::new(), 0) else {
        return names;
    };
    for field in Field::ALL {
        if let Some(key) = obj.keys().find(|k| detect_field(k) == Some(field)) {
            let path = if prefix.is_empty() {
                key.clone()
            } else {
                format!("{prefix}.{key}")
            };
            names.set(field, path);
        }
    }
    names
}

/// Maps a parsed reply onto the config fields: `names` where given, auto-detection otherwise.
pub fn from_value(root: &Value, names: &FieldNames) -> Result<ServerConfig, ParseError> {
    let detected = detect_field_names(root);
    let obj = find_config_object(root, String::new(), 0).map(|(_, o)| o);
    let pick = |field: Field| -> Result<Option<String>, ParseError> {
        let value = match names.get(field) {
            Some(path) => lookup(root, path).or_else(|| obj.and_then(|o| lookup_in(o, path))),
            None => detected.get(field).and_then(|p| lookup(root, p)),
        };
        value.map_or(Ok(None), |v| scalar(field, v))
    };
    let config = ServerConfig {
        app_id: pick(Field::AppId)?,
        timestamp: pick(Field::Timestamp)?,
        nonce_str: pick(Field::NonceStr)?,
        signature: pick(Field::Signature)?,
        url: pick(Field::Url)?,
        js_api_list: obj.map(|o| string_list(o, "jsapilist")).unwrap_or_default(),
        open_tag_list: obj
            .map(|o| string_list(o, "opentaglist"))
            .unwrap_or_default(),
        debug: obj.and_then(|o| loose_get(o, "debug")).and_then(as_bool),
        agent_config: None,
    };
    if config.timestamp.is_none() && config.nonce_str.is_none() && config.signature.is_none() {
        return Err(no_fields(root));
    }
    Ok(config)
}

fn no_fields(root: &Value) -> ParseError {
    let status = root.as_object().and_then(|o| {
        let code = ["errcode", "code", "status"]
            .iter()
            .find_map(|k| loose_get(o, k))?;
        let msg = ["errmsg", "msg", "message", "error"]
            .iter()
            .find_map(|k| loose_get(o, k))
            .map(render)
            .unwrap_or_default();
        Some(format!("{} {msg}", render(code)).trim().to_owned())
    });
    let message = match status {
        Some(s) => format!("the reply holds no signature fields, only a status: {s}"),
        None => "the object has none of timestamp, nonceStr, signature".to_owned(),
    };
    ParseError {
        message,
        line: 1,
        column: 1,
        hint: msg!("parse-hint-no-fields"),
    }
}

/// The object holding the fields: the root, or inside a known wrapper (depth ≤ 3).
fn find_config_object(
    v: &Value,
    prefix: String,
    depth: usize,
) -> Option<(String, &Map<String, Value>)> {
    let obj = v.as_object()?;
    let holds = |o: &Map<String, Value>| {
        o.keys()
            .filter_map(|k| detect_field(k))
            .any(|f| matches!(f, Field::Signature | Field::NonceStr | Field::Timestamp))
    };
    if holds(obj) {
        return Some((prefix, obj));
    }
    if depth >= 3 {
        return None;
    }
    obj.iter()
        .filter(|(k, _)| WRAPPERS.contains(&loose(k).as_str()))
        .find_map(|(k, inner)| {
            let p = if prefix.is_empty() {
                k.clone()
            } else {
                format!("{prefix}.{k}")
            };
            find_config_object(inner, p, depth + 1)
        })
}

pub(super) fn loose(key: &str) -> String {
    key.chars()
        .filter(|c| *c != '_' && *c != '-')
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn loose_get<'a>(obj: &'a Map<String, Value>, wanted: &str) -> Option<&'a Value> {
    obj.iter().find(|(k, _)| loose(k) == wanted).map(|(_, v)| v)
}

fn lookup<'a>(root: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.')
        .filter(|s| !s.is_empty())
        .try_fold(root, |v, key| match v {
            Value::Object(o) => o.get(key),
            Value::Array(a) => key.parse::<usize>().ok().and_then(|i| a.get(i)),
            _ => None,
        })
}

fn lookup_in<'a>(obj: &'a Map<String, Value>, path: &str) -> Option<&'a Value> {
    let (first, rest) = path.split_once('.').unwrap_or((path, ""));
    let v = obj.get(first)?;
    if rest.is_empty() {
        Some(v)
    } else {
        lookup(v, rest)
    }
}

/// A field value as text; `null` counts as absent, objects and arrays are an error.
fn scalar(field: Field, v: &Value) -> Result<Option<String>, ParseError> {
    match v {
        Value::Null => Ok(None),
        Value::String(_) | Value::Number(_) | Value::Bool(_) => Ok(Some(render(v))),
        Value::Array(_) | Value::Object(_) => Err(ParseError {
            message: format!("{} is not a string or number", field.config_name()),
            line: 1,
            column: 1,
            hint: msg!("parse-hint-not-scalar", field = field.config_name()),
        }),
    }
}

/// Renders a scalar the way JavaScript's `String(x)` would (integral floats without `.0`).
fn render(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
            (Some(u), _, _) => u.to_string(),
            (None, Some(i), _) => i.to_string(),
            (None, None, Some(f)) if f.fract() == 0.0 && f.abs() < 9.0e15 => {
                format!("{f:.0}")
            }
            _ => n.to_string(),
        },
        other => other.to_string(),
    }
}

fn as_bool(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::String(s) if s == "true" => Some(true),
        Value::String(s) if s == "false" => Some(false),
        _ => None,
    }
}

fn string_list(obj: &Map<String, Value>, key: &str) -> Vec<String> {
    loose_get(obj, key)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

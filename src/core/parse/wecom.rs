//! What people paste on a WeCom page (DOMAIN.md §10): the `wx.config({beta: true, ...})` and
//! `wx.agentConfig({corpid, agentid, ...})` calls (callbacks skipped), a `ww.register({...})`
//! call with the triplets its `getConfigSignature` / `getAgentConfigSignature` return, or the
//! signing endpoint's reply holding both triplets (nested `config` / `agentConfig` objects or
//! prefixed keys such as `agentSignature`). Also WeCom's client errors
//! (`agentConfig:invalid signature ... e=40093`, `80001`).

use serde::Serialize;
use serde_json::{Map, Value};

use super::fields::{WRAPPERS, detect_field, loose};
use super::{FieldNames, ParseError, ServerConfig, callbacks, from_value, scan};
use crate::core::text::{Msg, msg};

/// Which shape the paste had.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PasteForm {
    /// `wx.config(...)` and/or `wx.agentConfig(...)` calls.
    Calls,
    /// A `ww.register({...})` call.
    WwRegister,
    /// A signing endpoint's JSON reply.
    Endpoint,
}

/// The agentConfig triplet and whose it is.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct AgentConfig {
    /// `corpid` (lower case in `wx.agentConfig`, `corpId` in `ww.register`).
    pub corp_id: Option<String>,
    /// `agentid`, as text.
    pub agent_id: Option<String>,
    /// timestamp, nonceStr, signature (and jsApiList) as `wx.config` names them.
    pub fields: ServerConfig,
}

/// Both calls of a WeCom page, as far as the paste holds them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct WecomPaste {
    pub form: PasteForm,
    /// `wx.config`: appId is the corpId.
    pub config: Option<ServerConfig>,
    /// `beta: true` in `wx.config` (needed for `wx.invoke`); `None` when absent.
    pub beta: Option<bool>,
    pub agent_config: Option<AgentConfig>,
}

/// Key prefixes that mark the agentConfig triplet in a flat reply (compared loosely).
const AGENT_PREFIXES: [&str; 3] = ["agentconfig", "agent", "agentcfg"];
/// Keys of a nested agentConfig object (compared loosely).
const AGENT_OBJECTS: [&str; 4] = ["agentconfig", "agent", "agentcfg", "agentsign"];
/// Keys of a nested config object next to it (compared loosely).
const CONFIG_OBJECTS: [&str; 5] = ["config", "wxconfig", "corpconfig", "corp", "corpsign"];

/// Reads a WeCom paste. An error when it holds neither triplet.
pub fn parse_wecom(input: &str) -> Result<WecomPaste, ParseError> {
    if let Some(arg) = scan::find_named_call(input, "ww.register") {
        return ww_register(input, arg);
    }
    let config_call = scan::find_named_call(input, "wx.config");
    let agent_call = scan::find_named_call(input, "wx.agentConfig");
    if config_call.is_some() || agent_call.is_some() {
        let config = config_call
            .map(|a| object_at(input, a))
            .transpose()?
            .flatten();
        let agent = agent_call
            .map(|a| object_at(input, a))
            .transpose()?
            .flatten();
        let paste = WecomPaste {
            form: PasteForm::Calls,
            beta: config.as_ref().and_then(|v| bool_of(v, "beta")),
            config: config.as_ref().map(config_of).transpose()?,
            agent_config: agent.as_ref().map(agent_of).transpose()?,
        };
        return require_one(paste);
    }
    let root = super::parse_value(input)?;
    endpoint(&root)
}

/// The triplets of an endpoint reply already parsed (the QA batch's path).
pub fn endpoint(root: &Value) -> Result<WecomPaste, ParseError> {
    let (config, agent) = split_reply(root, 0).unwrap_or((None, None));
    let paste = WecomPaste {
        form: PasteForm::Endpoint,
        beta: None,
        config: config.as_ref().map(config_of).transpose()?,
        agent_config: agent.as_ref().map(agent_of).transpose()?,
    };
    require_one(paste)
}

/// Whether a reply holds an agentConfig triplet at all (so a caller picks the two-call check).
pub fn has_agent_config(root: &Value) -> bool {
    matches!(split_reply(root, 0), Some((_, Some(_))))
}

fn require_one(paste: WecomPaste) -> Result<WecomPaste, ParseError> {
    if paste.config.is_none() && paste.agent_config.is_none() {
        return Err(ParseError {
            message: "neither a wx.config nor a wx.agentConfig triplet (timestamp, nonceStr, signature) was found".to_owned(),
            line: 1,
            column: 1,
            hint: msg!("parse-hint-wecom-paste"),
        });
    }
    Ok(paste)
}

/// The object literal right after a call's `(`, callbacks blanked; `None` for a variable.
fn object_at(input: &str, arg: usize) -> Result<Option<Value>, ParseError> {
    let start = scan::skip_blank(input, arg);
    if input.as_bytes().get(start) != Some(&b'{') {
        return Ok(None);
    }
    let end = scan::object_end(input, start);
    let slice = callbacks::blank_functions(&input[start..end]);
    json5::from_str::<Value>(&slice)
        .map(Some)
        .map_err(|e| super::json5_error(input, start, &e))
}

fn config_of(v: &Value) -> Result<ServerConfig, ParseError> {
    from_value(v, &FieldNames::default())
}

fn agent_of(v: &Value) -> Result<AgentConfig, ParseError> {
    let obj = v.as_object();
    let text = |keys: &[&str]| {
        obj.and_then(|o| {
            o.iter()
                .find(|(k, _)| keys.contains(&loose(k).as_str()))
                .and_then(|(_, v)| scalar(v))
        })
    };
    let mut fields = from_value(v, &FieldNames::default())?;
    let corp_id = text(&["corpid", "appid"]);
    fields.app_id = corp_id.clone();
    Ok(AgentConfig {
        corp_id,
        agent_id: text(&["agentid"]),
        fields,
    })
}

/// `ww.register({corpId, agentId, getConfigSignature(url) { return {...} }, ...})`.
fn ww_register(input: &str, arg: usize) -> Result<WecomPaste, ParseError> {
    let start = scan::skip_blank(input, arg);
    if input.as_bytes().get(start) != Some(&b'{') {
        return Err(super::error_at(
            input,
            start,
            "ww.register gets a variable here, not an object literal",
            msg!("parse-hint-ww-register"),
        ));
    }
    let end = scan::object_end(input, start);
    let text = &input[start..end];
    let returned = |name: &str| -> Result<Option<Value>, ParseError> {
        let Some(at) = text.find(name) else {
            return Ok(None);
        };
        let Some(ret) = text[at..].find("return") else {
            return Ok(None);
        };
        let from = at + ret + "return".len();
        let brace = scan::skip_blank(text, from);
        if text.as_bytes().get(brace) != Some(&b'{') {
            return Ok(None);
        }
        object_at(input, start + brace)
    };
    let config = returned("getConfigSignature")?;
    let agent = returned("getAgentConfigSignature")?;
    let register = object_at(input, start)?.unwrap_or(Value::Null);
    let reg = register.as_object();
    let get = |keys: &[&str]| {
        reg.and_then(|o| {
            o.iter()
                .find(|(k, _)| keys.contains(&loose(k).as_str()))
                .and_then(|(_, v)| scalar(v))
        })
    };
    let corp_id = get(&["corpid"]);
    let agent_id = get(&["agentid"]);
    let js_api_list: Vec<String> = reg
        .and_then(|o| o.iter().find(|(k, _)| loose(k) == "jsapilist"))
        .and_then(|(_, v)| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    let with_ids = |mut c: ServerConfig| {
        c.app_id = c.app_id.or_else(|| corp_id.clone());
        if c.js_api_list.is_empty() {
            c.js_api_list = js_api_list.clone();
        }
        c
    };
    let config = config.as_ref().map(config_of).transpose()?.map(&with_ids);
    let agent_config = agent
        .as_ref()
        .map(agent_of)
        .transpose()?
        .map(|a| AgentConfig {
            corp_id: a.corp_id.or_else(|| corp_id.clone()),
            agent_id: a.agent_id.or_else(|| agent_id.clone()),
            fields: with_ids(a.fields),
        });
    require_one(WecomPaste {
        form: PasteForm::WwRegister,
        // ww.register sets beta itself.
        beta: Some(true),
        config,
        agent_config,
    })
}

/// Splits a reply into its config and agentConfig objects: nested objects, or prefixed keys of
/// one flat object. Looks inside the usual wrappers (`data`, `result`, ...), depth ≤ 3.
fn split_reply(v: &Value, depth: usize) -> Option<(Option<Value>, Option<Value>)> {
    let obj = v.as_object()?;
    let nested = |names: &[&str]| {
        obj.iter()
            .find(|(k, v)| names.contains(&loose(k).as_str()) && holds_triplet(v))
            .map(|(_, v)| v.clone())
    };
    let agent = nested(&AGENT_OBJECTS);
    let config = nested(&CONFIG_OBJECTS);
    if agent.is_some() {
        let config = config.or_else(|| flat_config(obj));
        return Some((config, agent));
    }
    // Prefixed keys: `agentSignature`, `agent_nonce_str`, `agentConfigTimestamp`, `agentid`.
    let mut agent_obj = Map::new();
    let mut rest = Map::new();
    for (k, val) in obj {
        match agent_key(k) {
            Some(field) => {
                agent_obj.insert(field, val.clone());
            }
            None => {
                rest.insert(k.clone(), val.clone());
            }
        }
    }
    if agent_obj.keys().any(|k| detect_field(k).is_some()) {
        // The corp id applies to both calls.
        if let Some((k, v)) = rest.iter().find(|(k, _)| loose(k) == "corpid") {
            agent_obj.insert(k.clone(), v.clone());
        }
        let rest = Value::Object(rest);
        let config = config.or_else(|| holds_triplet(&rest).then_some(rest));
        return Some((config, Some(Value::Object(agent_obj))));
    }
    if depth < 3 {
        for (k, inner) in obj {
            if WRAPPERS.contains(&loose(k).as_str())
                && let Some(found) = split_reply(inner, depth + 1)
                && (found.0.is_some() || found.1.is_some())
            {
                return Some(found);
            }
        }
    }
    let whole = Value::Object(obj.clone());
    holds_triplet(&whole).then_some((Some(whole), None))
}

/// The flat part of an object that also holds a nested agentConfig object.
fn flat_config(obj: &Map<String, Value>) -> Option<Value> {
    let flat: Map<String, Value> = obj
        .iter()
        .filter(|(_, v)| !v.is_object())
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let flat = Value::Object(flat);
    holds_triplet(&flat).then_some(flat)
}

/// `agentSignature` → `signature`, `agent_nonce_str` → `noncestr`, `agentid` → `agentid`.
fn agent_key(key: &str) -> Option<String> {
    let l = loose(key);
    if l == "agentid" {
        return Some("agentid".to_owned());
    }
    AGENT_PREFIXES
        .iter()
        .filter_map(|p| l.strip_prefix(p))
        .find(|rest| !rest.is_empty() && detect_field(rest).is_some())
        .map(str::to_owned)
}

fn holds_triplet(v: &Value) -> bool {
    v.as_object().is_some_and(|o| {
        o.keys()
            .filter_map(|k| detect_field(k))
            .any(|f| matches!(f, super::Field::Signature))
    })
}

fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn bool_of(v: &Value, key: &str) -> Option<bool> {
    let (_, b) = v.as_object()?.iter().find(|(k, _)| loose(k) == key)?;
    match b {
        Value::Bool(b) => Some(*b),
        Value::String(s) if s == "true" => Some(true),
        Value::String(s) if s == "false" => Some(false),
        _ => None,
    }
}

/// Which call a client error is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WecomCall {
    Config,
    AgentConfig,
}

/// A WeCom client error as `fail` / `wx.error` reports it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WecomClientError {
    pub call: Option<WecomCall>,
    /// The `e=` code or a bare errcode in the text (40093, 80001, ...).
    pub code: Option<i64>,
    pub errmsg: String,
    pub meaning: Msg,
    pub fix: Msg,
}

/// Reads `{"errMsg":"agentConfig:invalid signature, more info at ...?e=40093"}` or the bare
/// text; `None` when the text is no WeCom client error.
pub fn parse_client_error(input: &str) -> Option<WecomClientError> {
    let errmsg = serde_json::from_str::<Value>(input.trim())
        .ok()
        .and_then(|v| {
            v.as_object()?
                .iter()
                .find(|(k, _)| matches!(loose(k).as_str(), "errmsg" | "err_msg"))
                .and_then(|(_, v)| v.as_str().map(str::to_owned))
        })
        .unwrap_or_else(|| input.trim().to_owned());
    let lower = errmsg.to_ascii_lowercase();
    let call = if lower.contains("agentconfig:") {
        Some(WecomCall::AgentConfig)
    } else if lower.contains("config:") {
        Some(WecomCall::Config)
    } else {
        None
    };
    let code = lower
        .split("e=")
        .nth(1)
        .and_then(|r| {
            r.chars()
                .take_while(char::is_ascii_digit)
                .collect::<String>()
                .parse()
                .ok()
        })
        .or_else(|| {
            lower
                .split(|c: char| !c.is_ascii_digit())
                .find(|w| w.len() == 5)
                .and_then(|w| w.parse().ok())
        });
    let (meaning, fix) = client_error_text(call, code, &lower)?;
    Some(WecomClientError {
        call,
        code,
        errmsg,
        meaning,
        fix,
    })
}

fn client_error_text(
    call: Option<WecomCall>,
    code: Option<i64>,
    lower: &str,
) -> Option<(Msg, Msg)> {
    let agent = call == Some(WecomCall::AgentConfig);
    if code == Some(80001) || lower.contains("80001") {
        return Some((
            msg!("parse-wecom-untrusted-domain"),
            msg!("parse-wecom-untrusted-domain-fix"),
        ));
    }
    if lower.contains("invalid signature") || code == Some(40093) {
        let meaning = if agent {
            msg!("parse-wecom-agent-signature")
        } else {
            msg!("parse-wecom-config-signature")
        };
        return Some((meaning, msg!("parse-wecom-signature-fix")));
    }
    if lower.contains("function not exist") || lower.contains("not support") {
        return Some((
            msg!("parse-wecom-unsupported"),
            msg!("parse-wecom-unsupported-fix"),
        ));
    }
    let code = code?;
    Some((
        msg!("parse-wecom-client-error", code = code),
        msg!("parse-wecom-client-error-fix", code = code),
    ))
}

#[cfg(test)]
mod tests;

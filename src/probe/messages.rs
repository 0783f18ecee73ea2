//! What the fake bridge reports, parsed: pure, no browser. The injected script sends one JSON
//! object per event through the DevTools binding; anything else (a page calling the binding
//! itself, a truncated message) is an error the caller counts and skips.

use serde::Deserialize;
use serde_json::Value;

use super::report::UrlChangeKind;
use crate::core::jsapi;

/// One event of the page.
#[derive(Clone, Debug, PartialEq)]
pub enum BridgeMsg {
    /// A new document started (before any page script); `href` is its landing URL.
    Document,
    /// `WeixinJSBridge.invoke(name, params, cb)`; `preVerifyJSAPI` waits for the probe's reply.
    Invoke {
        id: u64,
        name: String,
        params: Value,
    },
    /// The probe's answer to invoke `id` reached the page (just before its callback runs).
    Answered { id: u64 },
    /// `WeixinJSBridge.call(name, params)`.
    Call { name: String },
    /// `WeixinJSBridge.on(name, cb)`: jweixin registers the legacy menu share events this way.
    On { name: String },
    /// `WeixinJSBridge.log(message)`.
    Log { message: String },
    /// `alert`, `confirm` or `prompt`, answered without blocking.
    Dialog { kind: String, message: String },
    /// `pushState`, `replaceState`, `hashchange` or `popstate`.
    Nav { kind: UrlChangeKind },
    /// The page listens for `WeixinJSBridgeReady`.
    ReadyListener,
    /// The document's `load` event; `wx` tells whether `window.wx.config` exists then.
    Load { wx: bool },
    /// The top frame set a one-shot timer due in `ms` (only timers due soon are reported).
    Timer { id: u64, ms: u64 },
    /// That timer has run or was cleared.
    TimerEnd { id: u64 },
    /// Pass-through (a phone): the real client answered invoke `id` with `res`, as it reached
    /// the page before jweixin rewrote it.
    Reply { id: u64, name: String, res: Value },
    /// Pass-through: the web-view's user agent (the client and engine versions are in it).
    UserAgent { ua: String },
    /// Pass-through: how the client's bridge was wrapped (`present`, `setter`, `ready`), or
    /// `unwrapped` when it could not be.
    Bridge { how: String },
}

/// A parsed message with where it happened.
#[derive(Clone, Debug, PartialEq)]
pub struct Envelope {
    pub msg: BridgeMsg,
    /// `location.href` when it happened.
    pub href: String,
    /// The landing URL of the document it happened in.
    pub doc: String,
    /// From the top frame (not an iframe).
    pub top: bool,
}

#[derive(Deserialize)]
struct Raw {
    t: String,
    #[serde(default)]
    href: String,
    #[serde(default)]
    doc: String,
    #[serde(default)]
    top: bool,
    #[serde(default)]
    id: Option<u64>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    params: Value,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    message: Option<String>,
    #[serde(default)]
    wx: bool,
    #[serde(default)]
    ms: Option<u64>,
    #[serde(default)]
    res: Value,
    #[serde(default)]
    ua: Option<String>,
    #[serde(default)]
    how: Option<String>,
}

/// Why a binding payload was skipped.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MsgError {
    #[error("not a bridge message: {0}")]
    Json(String),
    #[error("unknown bridge message type `{0}`")]
    UnknownType(String),
    #[error("bridge message `{0}` lacks `{1}`")]
    Missing(String, &'static str),
}

/// Parses one binding payload.
pub fn parse(payload: &str) -> Result<Envelope, MsgError> {
    let raw: Raw = serde_json::from_str(payload).map_err(|e| MsgError::Json(e.to_string()))?;
    let need_name = |raw: &Raw| {
        raw.name
            .clone()
            .ok_or_else(|| MsgError::Missing(raw.t.clone(), "name"))
    };
    let need_id = |raw: &Raw| raw.id.ok_or_else(|| MsgError::Missing(raw.t.clone(), "id"));
    let msg = match raw.t.as_str() {
        "doc" => BridgeMsg::Document,
        "invoke" => BridgeMsg::Invoke {
            id: need_id(&raw)?,
            name: need_name(&raw)?,
            params: raw.params.clone(),
        },
        "answered" => BridgeMsg::Answered { id: need_id(&raw)? },
        "call" => BridgeMsg::Call {
            name: need_name(&raw)?,
        },
        "on" => BridgeMsg::On {
            name: need_name(&raw)?,
        },
        "log" => BridgeMsg::Log {
            message: raw.message.clone().unwrap_or_default(),
        },
        "dialog" => BridgeMsg::Dialog {
            kind: raw.kind.clone().unwrap_or_else(|| "alert".to_owned()),
            message: raw.message.clone().unwrap_or_default(),
        },
        "nav" => BridgeMsg::Nav {
            kind: match raw.kind.as_deref() {
                Some("push_state") => UrlChangeKind::PushState,
                Some("replace_state") => UrlChangeKind::ReplaceState,
                Some("hash_change") => UrlChangeKind::HashChange,
                Some("pop_state") => UrlChangeKind::PopState,
                _ => return Err(MsgError::Missing(raw.t.clone(), "kind")),
            },
        },
        "ready_listener" => BridgeMsg::ReadyListener,
        "load" => BridgeMsg::Load { wx: raw.wx },
        "timer" => BridgeMsg::Timer {
            id: need_id(&raw)?,
            ms: raw.ms.unwrap_or(0),
        },
        "timer_end" => BridgeMsg::TimerEnd { id: need_id(&raw)? },
        "reply" => BridgeMsg::Reply {
            id: need_id(&raw)?,
            name: need_name(&raw)?,
            res: raw.res.clone(),
        },
        "ua" => BridgeMsg::UserAgent {
            ua: raw.ua.clone().unwrap_or_default(),
        },
        "bridge" => BridgeMsg::Bridge {
            how: raw.how.clone().unwrap_or_default(),
        },
        other => return Err(MsgError::UnknownType(other.to_owned())),
    };
    Ok(Envelope {
        msg,
        href: raw.href,
        doc: raw.doc,
        top: raw.top,
    })
}

/// The `errMsg` the page gets for the client's reply `res` to bridge invoke `bridge_name`, as
/// jweixin 1.6.0 builds it (PROBE.md §3, §11): `errMsg` as is; else from `err_msg` with the wx
/// name as prefix and the suffix normalised; else `<name>:fail`.
pub fn client_err_msg(bridge_name: &str, res: &Value) -> String {
    if let Some(m) = res.get("errMsg").and_then(Value::as_str)
        && !m.is_empty()
    {
        return m.to_owned();
    }
    let name = match bridge_name {
        "preVerifyJSAPI" => "config",
        other => jsapi::from_bridge(other),
    };
    let Some(raw) = res.get("err_msg").and_then(Value::as_str) else {
        return format!("{name}:fail");
    };
    let suffix = raw.split_once(':').map_or(raw, |(_, s)| s);
    let suffix = match suffix {
        "confirm" => "ok",
        "failed" => "fail",
        s => s,
    };
    let suffix = suffix
        .strip_prefix("failed_")
        .or_else(|| suffix.strip_prefix("fail_"))
        .unwrap_or(suffix)
        .replace('_', " ")
        .to_lowercase();
    let suffix = match suffix.as_str() {
        "access denied" | "no permission to execute" => "permission denied".to_owned(),
        "function not exist" if name == "config" => "ok".to_owned(),
        "" => "fail".to_owned(),
        _ => suffix,
    };
    format!("{name}:{suffix}")
}

/// The realAuthUrl array of a client's reply (PHONE.md §4): as sent, duplicates and `#…` kept;
/// a single string counts as one URL.
pub fn real_auth_urls(res: &Value) -> Vec<String> {
    match res.get("realAuthUrl") {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .filter(|s| !s.trim().is_empty())
            .map(str::to_owned)
            .collect(),
        Some(Value::String(s)) if !s.trim().is_empty() => vec![s.clone()],
        _ => Vec::new(),
    }
}

/// The fields of a `preVerifyJSAPI` invoke (PROBE.md §2), with the lists mapped back to wx
/// names.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PreVerify {
    pub app_id: String,
    pub timestamp: String,
    pub nonce_str: String,
    pub signature: String,
    pub js_api_list: Vec<String>,
    pub open_tag_list: Vec<String>,
    /// The `wx.config` fields the page left out (the client answers `config:fail`), named as the
    /// page writes them (`jsApiList`, not the bridge's `verifyJsApiList`).
    pub missing: Vec<&'static str>,
}

/// Reads the `preVerifyJSAPI` params. Tolerant: numbers become strings (jweixin sends the
/// timestamp as `c.timestamp + ""`, other SDKs may not) and missing fields are listed. A page
/// that leaves `jsApiList` out sends no `verifyJsApiList` key at all (jweixin passes the
/// page's `undefined` on), which is not the same as an empty list.
pub fn pre_verify(params: &Value) -> PreVerify {
    let mut missing = Vec::new();
    let mut field = |key: &'static str, page_name: &'static str| -> String {
        match params.get(key) {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Number(n)) => n.to_string(),
            Some(Value::Bool(b)) => b.to_string(),
            _ => {
                missing.push(page_name);
                String::new()
            }
        }
    };
    let app_id = {
        let a = field("appId", "appId");
        if a.is_empty() {
            // jweixin sends both; accept either.
            params
                .get("verifyAppId")
                .and_then(Value::as_str)
                .map(str::to_owned)
                .unwrap_or(a)
        } else {
            a
        }
    };
    let timestamp = field("verifyTimestamp", "timestamp");
    let nonce_str = field("verifyNonceStr", "nonceStr");
    let signature = field("verifySignature", "signature");
    let list = |key: &str| -> Vec<String> {
        params
            .get(key)
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(|n| jsapi::from_bridge(n).to_owned())
                    .collect()
            })
            .unwrap_or_default()
    };
    let js_api_list = list("verifyJsApiList");
    let open_tag_list = list("verifyOpenTagList");
    if params.get("verifyJsApiList").is_none() {
        missing.push("jsApiList");
    }
    missing.retain(|m| *m != "appId" || app_id.is_empty());
    PreVerify {
        app_id,
        timestamp,
        nonce_str,
        signature,
        js_api_list,
        open_tag_list,
        missing,
    }
}

/// The share settings of a share invoke: `imgUrl` for the current APIs, `img_url` for what a
/// legacy menu event sends.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ShareParams {
    pub title: Option<String>,
    pub desc: Option<String>,
    pub link: Option<String>,
    pub img_url: Option<String>,
}

pub fn share_params(params: &Value) -> ShareParams {
    let get = |keys: &[&str]| {
        keys.iter().find_map(|k| match params.get(*k) {
            Some(Value::String(s)) => Some(s.clone()),
            Some(Value::Number(n)) => Some(n.to_string()),
            _ => None,
        })
    };
    ShareParams {
        title: get(&["title"]),
        desc: get(&["desc"]),
        link: get(&["link"]),
        img_url: get(&["imgUrl", "img_url"]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn messages_parse_with_their_place() {
        let e = parse(r#"{"t":"invoke","id":3,"name":"preVerifyJSAPI","params":{"appId":"wx1"},"href":"https://a.com/x#y","doc":"https://a.com/x","top":true}"#).unwrap();
        assert_eq!(
            e,
            Envelope {
                msg: BridgeMsg::Invoke {
                    id: 3,
                    name: "preVerifyJSAPI".into(),
                    params: json!({"appId": "wx1"})
                },
                href: "https://a.com/x#y".into(),
                doc: "https://a.com/x".into(),
                top: true,
            }
        );
        let table = [
            (r#"{"t":"doc","href":"h"}"#, BridgeMsg::Document),
            (
                r#"{"t":"on","name":"menu:share:appmessage"}"#,
                BridgeMsg::On {
                    name: "menu:share:appmessage".into(),
                },
            ),
            (
                r#"{"t":"call","name":"hideOptionMenu"}"#,
                BridgeMsg::Call {
                    name: "hideOptionMenu".into(),
                },
            ),
            (
                r#"{"t":"dialog","kind":"confirm","message":"ok?"}"#,
                BridgeMsg::Dialog {
                    kind: "confirm".into(),
                    message: "ok?".into(),
                },
            ),
            (
                r#"{"t":"nav","kind":"push_state"}"#,
                BridgeMsg::Nav {
                    kind: UrlChangeKind::PushState,
                },
            ),
            (
                r#"{"t":"nav","kind":"hash_change"}"#,
                BridgeMsg::Nav {
                    kind: UrlChangeKind::HashChange,
                },
            ),
            (r#"{"t":"load","wx":true}"#, BridgeMsg::Load { wx: true }),
            (r#"{"t":"ready_listener"}"#, BridgeMsg::ReadyListener),
            (r#"{"t":"answered","id":1}"#, BridgeMsg::Answered { id: 1 }),
            (
                r#"{"t":"timer","id":4,"ms":300}"#,
                BridgeMsg::Timer { id: 4, ms: 300 },
            ),
            (r#"{"t":"timer_end","id":4}"#, BridgeMsg::TimerEnd { id: 4 }),
            (
                r#"{"t":"log","message":"m"}"#,
                BridgeMsg::Log {
                    message: "m".into(),
                },
            ),
        ];
        for (payload, want) in table {
            assert_eq!(parse(payload).unwrap().msg, want, "{payload}");
        }
    }

    #[test]
    fn pass_through_messages_parse() {
        let table = [
            (
                r#"{"t":"reply","id":2,"name":"preVerifyJSAPI","res":{"err_msg":"preVerifyJSAPI:ok"}}"#,
                BridgeMsg::Reply {
                    id: 2,
                    name: "preVerifyJSAPI".into(),
                    res: json!({"err_msg": "preVerifyJSAPI:ok"}),
                },
            ),
            (
                r#"{"t":"ua","ua":"Mozilla/5.0 MicroMessenger/8.0.76"}"#,
                BridgeMsg::UserAgent {
                    ua: "Mozilla/5.0 MicroMessenger/8.0.76".into(),
                },
            ),
            (
                r#"{"t":"bridge","how":"setter"}"#,
                BridgeMsg::Bridge {
                    how: "setter".into(),
                },
            ),
        ];
        for (payload, want) in table {
            assert_eq!(parse(payload).unwrap().msg, want, "{payload}");
        }
        assert_eq!(
            parse(r#"{"t":"reply","name":"x"}"#),
            Err(MsgError::Missing("reply".into(), "id"))
        );
    }

    /// PROBE.md §3 and §11, case by case: what jweixin makes of the client's raw reply.
    #[test]
    fn client_err_msg_is_jweixins_normalisation() {
        let table = [
            (
                "preVerifyJSAPI",
                json!({"errMsg": "config:ok"}),
                "config:ok",
            ),
            (
                "preVerifyJSAPI",
                json!({"err_msg": "preVerifyJSAPI:fail_invalid_signature"}),
                "config:invalid signature",
            ),
            (
                "preVerifyJSAPI",
                json!({"err_msg": "preVerifyJSAPI:ok"}),
                "config:ok",
            ),
            (
                "preVerifyJSAPI",
                json!({"err_msg": "preVerifyJSAPI:confirm"}),
                "config:ok",
            ),
            (
                "preVerifyJSAPI",
                json!({"err_msg": "preVerifyJSAPI:failed"}),
                "config:fail",
            ),
            (
                "preVerifyJSAPI",
                json!({"err_msg": "preVerifyJSAPI:failed_Invalid_URL_Domain"}),
                "config:invalid url domain",
            ),
            (
                "preVerifyJSAPI",
                json!({"err_msg": "preVerifyJSAPI:function_not_exist"}),
                "config:ok",
            ),
            (
                "imagePreview",
                json!({"err_msg": "imagePreview:access_denied"}),
                "previewImage:permission denied",
            ),
            (
                "sendAppMessage",
                json!({"err_msg": "sendAppMessage:no_permission_to_execute"}),
                "sendAppMessage:permission denied",
            ),
            (
                "preVerifyJSAPI",
                json!({"err_msg": "preVerifyJSAPI:"}),
                "config:fail",
            ),
            ("preVerifyJSAPI", json!({}), "config:fail"),
            ("preVerifyJSAPI", Value::Null, "config:fail"),
            // Older clients' long form stays as the client wrote it.
            (
                "preVerifyJSAPI",
                json!({"errMsg": "config:fail,Error: 系统错误，错误码：63002,invalid signature"}),
                "config:fail,Error: 系统错误，错误码：63002,invalid signature",
            ),
        ];
        for (name, res, want) in table {
            assert_eq!(client_err_msg(name, &res), want, "{name} {res}");
        }
    }

    #[test]
    fn real_auth_urls_keep_duplicates_and_fragments() {
        let res = json!({"realAuthUrl": ["https://h.example.com/#/", "https://h.example.com/#/", ""], "errMsg": "config:invalid signature"});
        assert_eq!(
            real_auth_urls(&res),
            ["https://h.example.com/#/", "https://h.example.com/#/"]
        );
        assert_eq!(
            real_auth_urls(&json!({"realAuthUrl": "https://a.com/"})),
            ["https://a.com/"]
        );
        assert!(real_auth_urls(&json!({"errMsg": "config:ok"})).is_empty());
    }

    #[test]
    fn bad_payloads_are_errors_not_panics() {
        assert!(matches!(parse("not json"), Err(MsgError::Json(_))));
        assert!(matches!(parse("[1,2]"), Err(MsgError::Json(_))));
        assert_eq!(
            parse(r#"{"t":"zap"}"#),
            Err(MsgError::UnknownType("zap".into()))
        );
        assert_eq!(
            parse(r#"{"t":"invoke","name":"x"}"#),
            Err(MsgError::Missing("invoke".into(), "id"))
        );
        assert_eq!(
            parse(r#"{"t":"timer","ms":300}"#),
            Err(MsgError::Missing("timer".into(), "id"))
        );
        assert_eq!(
            parse(r#"{"t":"on"}"#),
            Err(MsgError::Missing("on".into(), "name"))
        );
        assert_eq!(
            parse(r#"{"t":"nav","kind":"teleport"}"#),
            Err(MsgError::Missing("nav".into(), "kind"))
        );
    }

    #[test]
    fn pre_verify_reads_jweixins_fields_and_maps_names_back() {
        let p = pre_verify(&json!({
            "verifyJsApiList": ["updateAppMessageShareData", "menu:share:appmessage", "imagePreview"],
            "verifyOpenTagList": ["wx-open-launch-weapp"],
            "appId": "wx0123456789abcdef",
            "verifyAppId": "wx0123456789abcdef",
            "verifySignType": "sha1",
            "verifyTimestamp": "1414587457",
            "verifyNonceStr": "Wm3WZYTPz0wzccnW",
            "verifySignature": "0f9de62fce790f9a083d5c99e95740ceb90c27ed"
        }));
        assert_eq!(p.app_id, "wx0123456789abcdef");
        assert_eq!(p.timestamp, "1414587457");
        assert_eq!(
            p.js_api_list,
            [
                "updateAppMessageShareData",
                "onMenuShareAppMessage",
                "previewImage"
            ]
        );
        assert_eq!(p.open_tag_list, ["wx-open-launch-weapp"]);
        assert!(p.missing.is_empty());
    }

    #[test]
    fn pre_verify_tolerates_numbers_and_names_what_is_missing() {
        let p = pre_verify(&json!({"verifyAppId": "wx1", "verifyTimestamp": 1414587457}));
        assert_eq!(p.app_id, "wx1");
        assert_eq!(p.timestamp, "1414587457");
        assert_eq!(p.missing, ["nonceStr", "signature", "jsApiList"]);
        assert_eq!(pre_verify(&Value::Null).missing.len(), 5);
    }

    #[test]
    fn share_params_take_either_image_key() {
        let s = share_params(
            &json!({"title": "T", "desc": "D", "link": "https://a.com/", "imgUrl": "https://a.com/i.png"}),
        );
        assert_eq!(s.img_url.as_deref(), Some("https://a.com/i.png"));
        let s =
            share_params(&json!({"title": "T", "img_url": "https://a.com/j.png", "type": "link"}));
        assert_eq!(
            (s.title.as_deref(), s.desc, s.img_url.as_deref()),
            (Some("T"), None, Some("https://a.com/j.png"))
        );
    }
}

//! The `wx.error` result newer clients give with `debug: true` (DOMAIN.md §9.9):
//! `{"realAuthUrl":["https://x.cn/p?id=1", …],"errMsg":"config:invalid signature"}`, pasted on
//! its own, inside a larger log line (also JSON-escaped, `{\"realAuthUrl\":…}`), or next to the
//! endpoint's reply. realAuthUrl is the URL the client verified against.

use serde_json::Value;

use super::scan;

/// What a paste holds of a `wx.error` result.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RealAuthPaste {
    /// The URLs of the realAuthUrl array as pasted (duplicates and `#…` kept; the verifier
    /// handles them).
    pub urls: Vec<String>,
    /// The `errMsg` next to it (`config:invalid signature`).
    pub err_msg: Option<String>,
    /// The paste without the `wx.error` object, so an endpoint reply pasted with it still parses.
    pub rest: String,
}

const KEY: &str = "realAuthUrl";

/// `Some` when the text holds a realAuthUrl value.
pub fn real_auth_paste(text: &str) -> Option<RealAuthPaste> {
    let at = text.find(KEY)?;
    // A JSON string inside a log line escapes its quotes: read it unescaped.
    let escaped = text[..at].ends_with("\\\"");
    let owned;
    let text = if escaped {
        owned = text.replace("\\\"", "\"").replace("\\/", "/");
        owned.as_str()
    } else {
        text
    };
    let at = text.find(KEY)?;
    let urls = value_after(text, at + KEY.len()).map(|v| strings(&v))?;
    let err_msg = text
        .find("errMsg")
        .and_then(|i| value_after(text, i + "errMsg".len()))
        .and_then(|v| v.as_str().map(str::to_owned));
    // The enclosing object, removed from the rest.
    let rest = match text[..at].rfind('{') {
        Some(start) => {
            let end = scan::object_end(text, start);
            format!("{}{}", &text[..start], &text[end..])
        }
        None => text[..at].to_owned(),
    };
    Some(RealAuthPaste {
        urls,
        err_msg,
        rest,
    })
}

/// The JSON value after a key: past the closing quote, `:` (or `=`) and blanks.
fn value_after(text: &str, from: usize) -> Option<Value> {
    let rest = text.get(from..)?;
    let rest = rest.trim_start_matches(['"', '\'']).trim_start();
    let rest = rest.strip_prefix(':').or_else(|| rest.strip_prefix('='))?;
    let rest = rest.trim_start();
    let mut stream = serde_json::Deserializer::from_str(rest).into_iter::<Value>();
    match stream.next() {
        Some(Ok(v)) => Some(v),
        // Single quotes (a JavaScript console print): read the array by brackets.
        _ if rest.starts_with('[') => {
            let end = scan::object_end(rest, 0);
            // Without its `]` (a cut-off paste) the array runs to the end of the text.
            let close = if rest[..end].ends_with([']', '}']) {
                end - 1
            } else {
                end
            };
            let inner = &rest[1..close.max(1)];
            let items = inner
                .split(',')
                .map(|s| s.trim().trim_matches(['\'', '"']).to_owned())
                .filter(|s| !s.is_empty())
                .map(Value::String)
                .collect();
            Some(Value::Array(items))
        }
        _ if rest.starts_with('\'') => rest[1..]
            .split_once('\'')
            .map(|(s, _)| Value::String(s.to_owned())),
        _ => None,
    }
}

fn strings(v: &Value) -> Vec<String> {
    let items: Vec<&str> = match v {
        Value::String(s) => vec![s],
        Value::Array(items) => items.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    // An empty entry names no URL: judging a signature against "" would be a wrong verdict.
    items
        .into_iter()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wx_error_result() {
        let p = real_auth_paste(r#"{"realAuthUrl":["https://x.cn/p?id=1","https://x.cn/p?id=1"],"errMsg":"config:invalid signature"}"#).unwrap();
        assert_eq!(p.urls, ["https://x.cn/p?id=1", "https://x.cn/p?id=1"]);
        assert_eq!(p.err_msg.as_deref(), Some("config:invalid signature"));
        assert_eq!(p.rest, "");
    }

    #[test]
    fn inside_a_log_line_escaped_or_next_to_a_reply() {
        let line = r#"12:01:02 [error] wx.error "{\"realAuthUrl\":[\"https:\/\/x.cn\/p?id=1#\/a\"],\"errMsg\":\"config:invalid signature\"}" ua=iPhone"#;
        let p = real_auth_paste(line).unwrap();
        assert_eq!(p.urls, ["https://x.cn/p?id=1#/a"]);
        let both = "{\"signature\":\"abc\",\"nonceStr\":\"n\",\"timestamp\":1}\nwx.error: {realAuthUrl: ['https://x.cn/a'], errMsg: 'config:invalid signature'}";
        let p = real_auth_paste(both).unwrap();
        assert_eq!(p.urls, ["https://x.cn/a"]);
        assert!(p.rest.contains("\"signature\":\"abc\"") && !p.rest.contains("realAuthUrl"));
        assert_eq!(real_auth_paste("{\"signature\": \"x\"}"), None);
        assert!(real_auth_paste("realAuthUrl").is_none());
        assert_eq!(
            real_auth_paste("realAuthUrl: \"https://x.cn/\"")
                .unwrap()
                .urls,
            ["https://x.cn/"]
        );
    }
}

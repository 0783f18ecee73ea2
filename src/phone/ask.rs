//! Ask the real client (opt-in, PHONE.md §4, §6): sign the URLs the client may verify — the
//! current one, the landing one, the ones realAuthUrl and the diagnosis name — with the
//! account's ticket and let the page's own client answer `preVerifyJSAPI` for each. A bounded
//! handful: each ask is a real verification under the user's appId. Pure: the nonce, the time
//! and the calls come from the caller.

use serde_json::Value;

use super::report::Asked;
use crate::batch::checks::browser_href;
use crate::core::sign;
use crate::core::verify;
use crate::probe::messages;
use crate::probe::report::Run;

/// At most this many asks per attach.
pub const MAX_ASKS: usize = 5;

/// A URL to ask about, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// Without `#…`: what a server signs.
    pub url: String,
    /// `current_url`, `landing_url`, `real_auth_url` or the code of the cause naming it.
    pub why: String,
}

/// The URLs to ask about for `run`, whose page now shows `current`: the current URL first,
/// then the landing URL, the realAuthUrl entries, the URLs the causes say the server signed;
/// each once, at most [`MAX_ASKS`].
pub fn candidates(run: &Run, current: &str) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    let mut add = |url: &str, why: &str| {
        let url = browser_href(url.trim(), false);
        let web = url::Url::parse(&url).is_ok_and(|u| matches!(u.scheme(), "http" | "https"));
        if web && !out.iter().any(|c| c.url == url) && out.len() < MAX_ASKS {
            out.push(Candidate {
                url,
                why: why.to_owned(),
            });
        }
    };
    add(current, "current_url");
    if let Some(landing) = &run.landing_url {
        add(landing, "landing_url");
    }
    for c in &run.configs {
        for u in &c.real_auth_url {
            add(u, "real_auth_url");
        }
        for cause in &c.causes {
            if let Some(u) = verify::string1_url(&cause.string1) {
                add(u, &cause.code);
            }
        }
    }
    out
}

/// The `preVerifyJSAPI` parameters for `signed`: the page's own (its appId, its bridge-named
/// lists) with the timestamp, nonce and signature replaced; a minimal set when the page made
/// no config.
pub fn params(page: Option<&Value>, app_id: &str, signed: &sign::Signature) -> Value {
    let mut p = match page {
        Some(Value::Object(m)) => Value::Object(m.clone()),
        _ => serde_json::json!({
            "verifyJsApiList": ["updateAppMessageShareData"],
            "verifyOpenTagList": [],
            "verifySignType": "sha1",
        }),
    };
    if let Some(m) = p.as_object_mut() {
        if !app_id.is_empty() || !m.contains_key("appId") {
            m.insert("appId".into(), app_id.into());
            m.insert("verifyAppId".into(), app_id.into());
        }
        // An empty list is refused before any check (checkJsApi:param is empty).
        if m.get("verifyJsApiList")
            .and_then(Value::as_array)
            .is_none_or(Vec::is_empty)
        {
            m.insert(
                "verifyJsApiList".into(),
                serde_json::json!(["updateAppMessageShareData"]),
            );
        }
        m.insert("verifyTimestamp".into(), signed.timestamp.clone().into());
        m.insert("verifyNonceStr".into(), signed.noncestr.clone().into());
        m.insert("verifySignature".into(), signed.signature.clone().into());
    }
    p
}

/// The client's reply to one ask, read as the page would read it.
pub fn asked(candidate: &Candidate, reply: Value) -> Asked {
    let answer = messages::client_err_msg("preVerifyJSAPI", &reply);
    Asked {
        url: candidate.url.clone(),
        why: candidate.why.clone(),
        accepted: answer == "config:ok",
        answer,
        real_auth_url: messages::real_auth_urls(&reply),
        reply,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::batch::Platform;
    use crate::probe::report::{AnswerMode, Cause, ConfigCall};
    use serde_json::json;

    fn run() -> Run {
        let mut run = Run::new(Platform::Android, String::new(), AnswerMode::Wechat);
        run.landing_url = Some("https://m.example.com/app/?from=menu#/".into());
        run.configs.push(ConfigCall {
            real_auth_url: vec![
                "https://m.example.com/app/?from=menu#/".into(),
                "https://m.example.com/other".into(),
            ],
            causes: vec![Cause {
                code: "encoded_url".into(),
                message: crate::core::text::Msg::new("verify-cause-encode-uri-component"),
                string1:
                    "jsapi_ticket=x&noncestr=n&timestamp=1&url=https%3A%2F%2Fm.example.com%2Fapp%2F"
                        .into(),
            }],
            ..ConfigCall::default()
        });
        run
    }

    #[test]
    fn candidates_are_distinct_without_fragment_and_bounded() {
        let c = candidates(&run(), "https://m.example.com/app/detail/7#top");
        let got: Vec<(&str, &str)> = c.iter().map(|c| (c.url.as_str(), c.why.as_str())).collect();
        assert_eq!(
            got,
            [
                ("https://m.example.com/app/detail/7", "current_url"),
                ("https://m.example.com/app/?from=menu", "landing_url"),
                ("https://m.example.com/other", "real_auth_url"),
            ],
            "the encoded URL is no URL a client verifies"
        );
        let mut many = run();
        for i in 0..10 {
            many.configs[0]
                .real_auth_url
                .push(format!("https://m.example.com/p{i}"));
        }
        assert_eq!(candidates(&many, "https://m.example.com/").len(), MAX_ASKS);
    }

    #[test]
    fn params_keep_the_pages_lists_and_replace_the_signature() {
        let page = json!({"verifyJsApiList": ["menu:share:timeline"], "verifyOpenTagList": [],
            "appId": "wxPAGE", "verifyAppId": "wxPAGE", "verifySignType": "sha1",
            "verifyTimestamp": "1", "verifyNonceStr": "a", "verifySignature": "b"});
        let s = sign::sign_text("T", "nonce", "1700000000", "https://m.example.com/");
        let p = params(Some(&page), "", &s);
        assert_eq!(p["verifyJsApiList"], json!(["menu:share:timeline"]));
        assert_eq!(p["appId"], "wxPAGE", "the page's appId when none is given");
        assert_eq!(p["verifySignature"], s.signature.as_str());
        assert_eq!(p["verifyTimestamp"], "1700000000");
        let p = params(None, "wxPROFILE", &s);
        assert_eq!(p["verifyAppId"], "wxPROFILE");
        assert_eq!(p["verifyJsApiList"], json!(["updateAppMessageShareData"]));
    }

    #[test]
    fn a_reply_is_read_as_the_page_reads_it() {
        let c = Candidate {
            url: "https://m.example.com/".into(),
            why: "current_url".into(),
        };
        let a = asked(&c, json!({"err_msg": "preVerifyJSAPI:ok"}));
        assert!(a.accepted);
        assert_eq!(a.answer, "config:ok");
        let a = asked(
            &c,
            json!({"realAuthUrl": ["https://m.example.com/#/"], "errMsg": "config:invalid signature"}),
        );
        assert!(!a.accepted);
        assert_eq!(a.real_auth_url, ["https://m.example.com/#/"]);
    }
}

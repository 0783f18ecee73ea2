//! The client and engine versions in a web-view's user agent (PHONE.md §1, PROBE.md §6):
//! `MicroMessenger/8.0.76.3141(0x28004C31)`, `wxwork/4.1.30` (WeCom), `XWEB/1500117`,
//! `Chrome/150.0.7871.189`. Measurements and fixtures are keyed by them.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Versions {
    /// `8.0.76.3141` (without the hex build in brackets).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wechat: Option<String>,
    /// WeCom's own version (its user agent also carries a MicroMessenger one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wecom: Option<String>,
    /// The XWeb engine build (`1500117`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub xweb: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chrome: Option<String>,
}

/// Reads the versions; a token that is missing stays `None`.
pub fn versions(user_agent: &str) -> Versions {
    Versions {
        wechat: token(user_agent, "MicroMessenger/"),
        wecom: token(user_agent, "wxwork/"),
        xweb: token(user_agent, "XWEB/"),
        chrome: token(user_agent, "Chrome/"),
    }
}

/// The version after `key` (case-insensitive): digits and dots.
fn token(ua: &str, key: &str) -> Option<String> {
    let lower = ua.to_ascii_lowercase();
    let at = lower.find(&key.to_ascii_lowercase())? + key.len();
    let v: String = ua[at..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let v = v.trim_end_matches('.');
    (!v.is_empty()).then(|| v.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_of_real_user_agents() {
        let table = [
            (
                "Mozilla/5.0 (Linux; Android 17; 2509FPN0BC Build/CP2A.260605.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/150.0.7871.189 Mobile Safari/537.36 XWEB/1500117 MMWEBSDK/20260502 MMWEBID/9885 MicroMessenger/8.0.76.3141(0x28004C31) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64",
                Some("8.0.76.3141"),
                None,
                Some("1500117"),
                Some("150.0.7871.189"),
            ),
            (
                "Mozilla/5.0 (Linux; Android 14; wv) Chrome/126.0.6478.188 Mobile Safari/537.36 XWEB/1260117 MMWEBSDK/20240404 MicroMessenger/8.0.50.2701(0x2800325B) WeChat/arm64",
                Some("8.0.50.2701"),
                None,
                Some("1260117"),
                Some("126.0.6478.188"),
            ),
            (
                "Mozilla/5.0 (Linux; Android 13; wv) Chrome/116.0.0.0 Mobile Safari/537.36 wxwork/4.1.30 MicroMessenger/7.0.1 NetType/WIFI Language/zh ColorScheme/Light",
                Some("7.0.1"),
                Some("4.1.30"),
                None,
                Some("116.0.0.0"),
            ),
            ("HeadlessChrome", None, None, None, None),
        ];
        for (ua, wechat, wecom, xweb, chrome) in table {
            let v = versions(ua);
            assert_eq!(v.wechat.as_deref(), wechat, "{ua}");
            assert_eq!(v.wecom.as_deref(), wecom, "{ua}");
            assert_eq!(v.xweb.as_deref(), xweb, "{ua}");
            assert_eq!(v.chrome.as_deref(), chrome, "{ua}");
        }
    }
}

//! WeChat OAuth and the other requests that must not leave the machine (PROBE.md §7, §8): what
//! the probe does with each request its narrow interception patterns catch. Pure.

use url::Url;

use super::report::{Blocked, OAuthStop};

/// The interception patterns: only WeChat's own hosts, so no other request is ever paused.
pub const PATTERNS: &[&str] = &["*://open.weixin.qq.com/*", "*://open.work.weixin.qq.com/*"];

/// What to do with a paused request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// jweixin's `sdk/report` beacon: block and record.
    Beacon(Blocked),
    /// A WeChat login page: block, record and end the run.
    OAuth(OAuthStop),
    /// Anything else on these hosts: let it through.
    Pass,
}

/// Decides on a request the patterns caught.
pub fn classify(url: &str) -> Verdict {
    let Ok(u) = Url::parse(url) else {
        return Verdict::Pass;
    };
    let host = u.host_str().unwrap_or_default().to_ascii_lowercase();
    let path = u.path().to_ascii_lowercase();
    if host == "open.weixin.qq.com" && path.starts_with("/sdk/report") {
        // jweixin 1.6.0's beacon (PROBE.md §11): `a` is the appId, `u` the page URL with its
        // `#…` part; there are no `appid` or `url` keys.
        return Verdict::Beacon(Blocked {
            url: url.to_owned(),
            reason: "sdk_report".to_owned(),
            app_id: query(&u, "a").filter(|a| !a.is_empty()),
            page_url: query(&u, "u").filter(|p| !p.is_empty()),
            at_ms: 0,
        });
    }
    let login = matches!(
        (host.as_str(), path.as_str()),
        (
            "open.weixin.qq.com",
            "/connect/oauth2/authorize" | "/connect/qrconnect"
        ) | ("open.work.weixin.qq.com", "/wwopen/sso/qrconnect")
    );
    if !login {
        return Verdict::Pass;
    }
    Verdict::OAuth(oauth_stop(&u))
}

/// The OAuth parameters and the URL the server must sign after login: WeChat sends the visitor
/// to `redirect_uri?code=…&state=…` (the query goes before any `#…` of the redirect_uri).
pub fn oauth_stop(u: &Url) -> OAuthStop {
    let q = |k: &str| query(u, k).unwrap_or_default();
    let redirect_uri = query(u, "redirect_uri").unwrap_or_default();
    let state = q("state");
    let sign_url = match Url::parse(&redirect_uri) {
        Ok(mut r) => {
            r.set_fragment(None);
            r.query_pairs_mut()
                .append_pair("code", "CODE")
                .append_pair("state", &state);
            r.to_string()
        }
        Err(_) => String::new(),
    };
    OAuthStop {
        appid: query(u, "appid").unwrap_or_else(|| q("appId")),
        redirect_uri,
        scope: q("scope"),
        state,
        authorize_url: u.to_string(),
        via: String::new(),
        sign_url,
        agentid: query(u, "agentid"),
        at_ms: 0,
    }
}

fn query(u: &Url, key: &str) -> Option<String> {
    u.query_pairs()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_beacon_is_blocked_with_its_witnesses() {
        // The keys of PROBE.md §11, the page URL encoded with encodeURIComponent, `#…` kept.
        let v = classify(
            "https://open.weixin.qq.com/sdk/report?v=1&o=0&s=2&c=8.0.76&a=wx0123456789abcdef&n=wifi&i=12&p=3&u=https%3A%2F%2Fa.com%2Fp%3Fx%3D1%26y%3D%E4%B8%AD%23%2Fhome",
        );
        let Verdict::Beacon(b) = v else {
            panic!("{v:?}")
        };
        assert_eq!(b.reason, "sdk_report");
        assert_eq!(b.app_id.as_deref(), Some("wx0123456789abcdef"));
        assert_eq!(
            b.page_url.as_deref(),
            Some("https://a.com/p?x=1&y=中#/home")
        );
        // Keys no jweixin sends are not read.
        let Verdict::Beacon(b) =
            classify("https://open.weixin.qq.com/sdk/report?appid=wx1&url=https%3A%2F%2Fa.com%2F")
        else {
            panic!()
        };
        assert_eq!((b.app_id, b.page_url), (None, None));
    }

    #[test]
    fn oauth_gives_the_decoded_redirect_and_the_url_to_sign() {
        let v = classify(
            "https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx0123456789abcdef&redirect_uri=https%3A%2F%2Fshop.example.com%2Fcb%3Ffrom%3Dmenu%23%2Fhome&response_type=code&scope=snsapi_userinfo&state=STATE42#wechat_redirect",
        );
        let Verdict::OAuth(o) = v else {
            panic!("{v:?}")
        };
        assert_eq!(o.appid, "wx0123456789abcdef");
        assert_eq!(
            o.redirect_uri,
            "https://shop.example.com/cb?from=menu#/home"
        );
        assert_eq!(o.scope, "snsapi_userinfo");
        assert_eq!(o.state, "STATE42");
        assert_eq!(
            o.sign_url,
            "https://shop.example.com/cb?from=menu&code=CODE&state=STATE42"
        );
        assert_eq!(o.agentid, None);
    }

    #[test]
    fn wecom_and_qrconnect_are_login_pages_too() {
        let v = classify(
            "https://open.weixin.qq.com/connect/oauth2/authorize?appid=ww1&redirect_uri=https%3A%2F%2Fa.com%2F&response_type=code&scope=snsapi_base&agentid=1000002&state=s#wechat_redirect",
        );
        let Verdict::OAuth(o) = v else {
            panic!("{v:?}")
        };
        assert_eq!(o.agentid.as_deref(), Some("1000002"));
        assert!(matches!(
            classify("https://open.weixin.qq.com/connect/qrconnect?appid=wx1&redirect_uri=x"),
            Verdict::OAuth(_)
        ));
        assert_eq!(classify("https://open.weixin.qq.com/other"), Verdict::Pass);
        assert_eq!(classify("not a url"), Verdict::Pass);
    }
}

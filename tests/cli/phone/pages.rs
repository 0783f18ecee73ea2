//! The pages of the simulated phone: a single-page app that routes on every load and then
//! signs its current URL (or its landing URL) through the site's endpoint and calls wx.config
//! through the jweixin stand-in; the WeChat client is played by `fake_client.js`.

use std::sync::Arc;

use crate::cli::probe::server::{Handler, Reply, Request};
use crate::cli::support::{NONCE, TICKET, sha1_hex};

pub const APP_ID: &str = "wx0123456789abcdef";
pub const TS: &str = "1414587457";

/// The signature the site's endpoint gives `url`: the test ticket, signed right.
pub fn signature(url: &str) -> String {
    sha1_hex(&format!(
        "jsapi_ticket={TICKET}&noncestr={NONCE}&timestamp={TS}&url={url}"
    ))
}

const STANDIN: &str = include_str!("../../fixtures/probe/wx-standin.js");
const CLIENT: &str = include_str!("fake_client.js");

/// `/spa?policy=P&when=W&sign=S&delay=MS`: lands, moves to `<path>/d#/d` with pushState (so a reload
/// lands somewhere else than it ends up, and the current URL has a fragment), signs the current URL (`sign=current`) or the landing URL
/// (`sign=landing`), after `delay` ms configs and sets a share in wx.ready.
fn spa(req: &Request) -> Reply {
    let q = |k: &str| req.query.get(k).cloned().unwrap_or_default();
    let client = format!(
        "/client.js?policy={}&when={}",
        q("policy"),
        if q("when").is_empty() {
            "early".to_owned()
        } else {
            q("when")
        }
    );
    Reply::html(format!(
        r#"<!doctype html><html><head><meta charset="utf-8"><title>Autumn &amp; sale</title>
<script src="{client}"></script>
<script src="/wx-standin.js"></script></head>
<body><p>phone fixture</p><script>
var sign = new URLSearchParams(location.search).get('sign') || 'current';
var landing = location.href.split('#')[0];
history.pushState({{}}, '', location.pathname + '/d' + location.search + '#/d');
var url = sign === 'landing' ? landing : location.href.split('#')[0];
setTimeout(function () {{
fetch('/api/sign?url=' + encodeURIComponent(url)).then(function (r) {{ return r.json(); }})
  .then(function (s) {{
    wx.config({{debug: false, appId: s.appId, timestamp: s.timestamp, nonceStr: s.nonceStr,
      signature: s.signature, jsApiList: ['updateAppMessageShareData']}});
    wx.ready(function () {{
      wx.updateAppMessageShareData({{title: 'Autumn sale', desc: 'Up to 50% off',
        link: location.href.split('#')[0], imgUrl: location.origin + '/i.png'}});
    }});
  }});
}}, Number(new URLSearchParams(location.search).get('delay')) || 0);
</script></body></html>"#
    ))
}

pub fn site() -> Arc<Handler> {
    Arc::new(|req: &Request| -> Reply {
        match req.path.as_str() {
            "/wx-standin.js" => Reply::js(STANDIN),
            "/client.js" => Reply::js(CLIENT.replace("__TICKET__", TICKET)),
            "/api/sign" => {
                let url = req.query.get("url").cloned().unwrap_or_default();
                Reply::json(serde_json::json!({
                    "appId": APP_ID,
                    "timestamp": TS,
                    "nonceStr": NONCE,
                    "signature": signature(&url),
                }))
            }
            p if p.starts_with("/spa") || p.starts_with("/cb") => spa(req),
            _ => Reply::text(404, "text/plain", "not found"),
        }
    })
}

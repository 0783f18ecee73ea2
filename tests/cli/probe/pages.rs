//! The fixture pages: each one a real-world way of calling `wx.config`, right or wrong, driving
//! the jweixin stand-in (`tests/fixtures/probe/wx-standin.js`, written for these tests).

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::server::{Handler, Reply, Request};
use crate::cli::support::{NONCE, TICKET};

pub const APP_ID: &str = "wx0123456789abcdef";
pub const TS: &str = "1414587457";
/// An older ticket the "stale" endpoint still signs with.
pub const OLD_TICKET: &str =
    "kgt8ON7yVITDhtdwci0qeW8v1m2o3pQrStUvWxYz0AbCdEfGhIjKlMnOpQrStUvWxYz0AbCdEfGhIjKlMnOpQ";
const STANDIN: &str = include_str!("../../fixtures/probe/wx-standin.js");
/// A 1×1 PNG for the share image (an orange pixel; every chunk's length and CRC are right).
const PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0,
    1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89, 0, 0, 0, 0x0d, 0x49, 0x44, 0x41, 0x54,
    0x78, 0xda, 0x63, 0xf8, 0xdf, 0xc0, 0xf0, 0x1f, 0, 0x06, 0x80, 0x02, 0x7f, 0xcf, 0x12, 0x09,
    0xf1, 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
];

pub fn sha1(s: &str) -> String {
    crate::cli::support::sha1_hex(s)
}

pub fn string1(ticket: &str, url: &str) -> String {
    format!("jsapi_ticket={ticket}&noncestr={NONCE}&timestamp={TS}&url={url}")
}

/// The page's signing endpoint: signs `url` with the current ticket, or makes the mistake named
/// by `mistake` (`encode`: signs the URL still percent-encoded; `stale`: an old ticket; `lb`:
/// the current and the old ticket by turns).
fn sign(req: &Request) -> Reply {
    let url = req.query.get("url").cloned().unwrap_or_default();
    let (ticket, signed) = match req.query.get("mistake").map(String::as_str) {
        Some("encode") => (
            TICKET,
            url::form_urlencoded::byte_serialize(url.as_bytes()).collect::<String>(),
        ),
        Some("stale") => (OLD_TICKET, url),
        // Two instances behind a load balancer, each with its own ticket: turns by request.
        Some("lb") => {
            static TURN: AtomicUsize = AtomicUsize::new(0);
            match TURN.fetch_add(1, Ordering::Relaxed) % 2 {
                0 => (TICKET, url),
                _ => (OLD_TICKET, url),
            }
        }
        _ => (TICKET, url),
    };
    Reply::json(serde_json::json!({
        "appId": APP_ID,
        "timestamp": TS,
        "nonceStr": NONCE,
        "signature": sha1(&string1(ticket, &signed)),
    }))
}

/// Every page starts like this: the SDK (or not), a helper asking the endpoint for a signature.
pub(super) fn page(head: &str, body_script: &str) -> Reply {
    Reply::html(format!(
        r#"<!doctype html><html><head><meta charset="utf-8"><title>Fixture</title>{head}</head>
<body><p>fixture</p><script>
function signed(url, mistake, done) {{
  fetch('/api/sign?' + new URLSearchParams({{url: url, mistake: mistake || ''}}))
    .then(function (r) {{ return r.json(); }}).then(done);
}}
function configure(wx, s, list, debug) {{
  wx.config({{debug: !!debug, appId: s.appId, timestamp: s.timestamp, nonceStr: s.nonceStr,
    signature: s.signature, jsApiList: list}});
}}
function share(wx) {{
  var img = location.origin + '/share.png', link = location.href.split('#')[0];
  wx.updateAppMessageShareData({{title: 'Autumn sale', desc: 'Up to 50% off', link: link, imgUrl: img}});
  wx.updateTimelineShareData({{title: 'Autumn sale', link: link, imgUrl: img}});
  wx.onMenuShareAppMessage({{title: 'Autumn sale (chat)', desc: 'Up to 50% off', link: link, imgUrl: img}});
  wx.onMenuShareTimeline({{title: 'Autumn sale (moments)', link: link, imgUrl: img}});
}}
var ALL = ['updateAppMessageShareData', 'updateTimelineShareData', 'onMenuShareAppMessage', 'onMenuShareTimeline'];
{body_script}
</script></body></html>"#
    ))
}

pub(super) const SDK: &str = r#"<script src="/js/jweixin-standin.js"></script>"#;

const STATIC: &str = r#"
signed(location.href.split('#')[0], '', function (s) {
  configure(wx, s, ALL, false);
  wx.ready(function () { share(wx); });
  wx.error(function (res) { document.title = res.errMsg; });
});"#;

pub fn site() -> Arc<Handler> {
    Arc::new(|req: &Request| -> Reply {
        let q = |k: &str| req.query.get(k).cloned().unwrap_or_default();
        match req.path.as_str() {
            "/js/jweixin-standin.js" => Reply::js(STANDIN),
            "/share.png" => Reply {
                status: 200,
                content_type: "image/png",
                headers: Vec::new(),
                body: PNG.to_vec(),
                hang: false,
            },
            "/api/sign" => sign(req),
            "/api/broken" => Reply::text(500, "application/json", r#"{"error":"boom"}"#),
            "/hang" => Reply::hang(),
            // A correct static page with all four share APIs.
            "/static.html" => page(SDK, STATIC),
            // The same with debug: true (jweixin alerts every reply).
            "/debug.html" => page(
                SDK,
                r#"signed(location.href.split('#')[0], '', function (s) {
                    configure(wx, s, ALL, true);
                    wx.ready(function () { share(wx); });
                });"#,
            ),
            // A classic mistake: `kind` = fragment (signs location.href with its #), encode
            // (the endpoint signs the URL still encoded), stale (an old ticket).
            "/mistake.html" => {
                let kind = q("kind");
                let script = format!(
                    r#"var url = '{kind}' === 'fragment' ? location.href : location.href.split('#')[0];
                    signed(url, '{kind}' === 'fragment' ? '' : '{kind}', function (s) {{
                      configure(wx, s, ALL, false);
                      wx.ready(function () {{ share(wx); }});
                    }});"#
                );
                page(SDK, &script)
            }
            // An SPA that routes before it signs its current URL: passes on Android, fails on
            // iOS, where WeChat checks the landing URL.
            "/spa.html" => page(
                SDK,
                r#"history.pushState({}, '', '/spa/detail/7?from=menu');
                signed(location.href.split('#')[0], '', function (s) {
                  configure(wx, s, ALL, false);
                  wx.ready(function () { share(wx); });
                });"#,
            ),
            // The same SPA, choosing the URL to sign by __wxjs_is_wkwebview: passes on both.
            "/spa-smart.html" => page(
                SDK,
                r#"var landing = location.href.split('#')[0];
                history.pushState({}, '', '/spa/detail/7?from=menu');
                var url = window.__wxjs_is_wkwebview ? landing : location.href.split('#')[0];
                signed(url, '', function (s) {
                  configure(wx, s, ALL, false);
                  wx.ready(function () { share(wx); });
                });"#,
            ),
            // Share texts that come from the page's own API 700 ms after wx.ready (the reply
            // is slow on purpose): the probe must wait for it, not end on the settle time.
            "/api/share-texts" => {
                std::thread::sleep(std::time::Duration::from_millis(700));
                Reply::json(serde_json::json!({"title": "Texts from the API", "desc": "late"}))
            }
            "/late-share.html" => page(
                SDK,
                r#"signed(location.href.split('#')[0], '', function (s) {
                  configure(wx, s, ALL, false);
                  wx.ready(function () {
                    fetch('/api/share-texts').then(function (r) { return r.json(); }).then(function (t) {
                      var img = location.origin + '/share.png', link = location.href.split('#')[0];
                      wx.updateAppMessageShareData({title: t.title, desc: t.desc, link: link, imgUrl: img});
                      wx.onMenuShareTimeline({title: t.title, link: link, imgUrl: img});
                    });
                  });
                });"#,
            ),
            "/oauth-302" => Reply::redirect(&authorize_url(req)),
            "/oauth-script.html" => {
                let target = authorize_url(req);
                page(
                    SDK,
                    &format!("setTimeout(function () {{ location.replace({target:?}); }}, 50);"),
                )
            }
            // Loads the SDK, but its signature request fails, so config never runs.
            "/noconfig.html" => page(
                SDK,
                r#"fetch('/api/broken').then(function (r) { if (!r.ok) throw new Error('sign failed'); });"#,
            ),
            // No SDK at all.
            "/nosdk.html" => Reply::html("<!doctype html><title>plain</title><p>nothing here</p>"),
            // A bundled SDK (import wx from 'weixin-js-sdk'): window.wx is never set.
            "/bundled.html" => Reply::html(
                r#"<!doctype html><html><head><meta charset="utf-8"><title>Bundled</title></head>
                <body><script src="/bundle.js"></script></body></html>"#,
            ),
            "/bundle.js" => Reply::js(format!(
                "(function () {{ var module = {{ exports: {{}} }};\n{STANDIN}\nvar wx = module.exports;\n\
                 fetch('/api/sign?url=' + encodeURIComponent(location.href.split('#')[0])).then(function (r) {{ return r.json(); }}).then(function (s) {{\n\
                 wx.config({{appId: s.appId, timestamp: s.timestamp, nonceStr: s.nonceStr, signature: s.signature, jsApiList: ['updateAppMessageShareData']}});\n\
                 wx.ready(function () {{ wx.updateAppMessageShareData({{title: 'Bundled', desc: 'no window.wx', link: location.href, imgUrl: location.origin + '/share.png'}}); }});\n\
                 }}); }})();"
            )),
            // Never finishes: an endless loop in the page's own script.
            "/busy.html" => {
                Reply::html("<!doctype html><title>busy</title><script>while (true) {}</script>")
            }
            // Never loads: an image that never answers keeps the load event away.
            "/stuck.html" => Reply::html(
                r#"<!doctype html><title>stuck</title><script src="/js/jweixin-standin.js"></script><img src="/hang">"#,
            ),
            _ => crate::cli::probe::sdk_pages::reply(req)
                .unwrap_or_else(|| Reply::text(404, "text/plain", "not found")),
        }
    })
}

/// WeChat's authorize URL sending the visitor back to `/cb?from=menu#/home` on this server.
fn authorize_url(req: &Request) -> String {
    let host = req.headers.get("host").cloned().unwrap_or_default();
    let back = format!("http://{host}/cb?from=menu#/home");
    let enc: String = url::form_urlencoded::byte_serialize(back.as_bytes()).collect();
    format!(
        "https://open.weixin.qq.com/connect/oauth2/authorize?appid={APP_ID}&redirect_uri={enc}&response_type=code&scope=snsapi_userinfo&state=STATE42#wechat_redirect"
    )
}

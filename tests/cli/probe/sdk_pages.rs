//! Fixture pages that lean on what the real jweixin 1.6.0 does (PROBE.md §11) and on a router
//! that configures again from a timer: each one a way real pages use the SDK.

use crate::cli::probe::pages::{APP_ID, SDK, TS, page, sha1, string1};
use crate::cli::probe::server::{Reply, Request};
use crate::cli::support::{NONCE, TICKET};

/// The page of `req.path` among these, if it is one.
pub fn reply(req: &Request) -> Option<Reply> {
    let script = match req.path.as_str() {
        // An SPA whose router guard pushes a route 300 ms after the first config and configures
        // again from that timer, with both signatures fetched up front: nothing is in flight
        // when the timer runs. The second config passes the page's same list, which the first
        // one rewrote to bridge names in place. It signs its current URL each time.
        "/route-after-config.html" => r#"
var landing = location.href.split('#')[0];
var routed = location.origin + '/shop/after-guard?from=menu';
signed(landing, '', function (first) {
  signed(routed, '', function (second) {
    configure(wx, first, ALL, false);
    wx.ready(function () {
      wx.updateAppMessageShareData({title: 'Landing', desc: 'first route', link: landing,
        imgUrl: location.origin + '/share.png'});
    });
    setTimeout(function () {
      history.pushState({}, '', '/shop/after-guard?from=menu');
      configure(wx, second, ALL, false);
    }, 300);
  });
});"#
            .to_owned(),
        // A correct page with a clock that ticks forever from setInterval.
        "/interval.html" => r#"
var ticks = 0;
setInterval(function () { ticks += 1; document.title = 'tick ' + ticks; }, 100);
signed(location.href.split('#')[0], '', function (s) {
  configure(wx, s, ALL, false);
  wx.ready(function () {
    wx.updateAppMessageShareData({title: 'Ticking', desc: 'a clock', link: location.href.split('#')[0],
      imgUrl: location.origin + '/share.png'});
  });
});"#
            .to_owned(),
        // Signed by the server into the HTML, as many PHP pages do, and called while the
        // document is still parsing: before DOMContentLoaded and WeixinJSBridgeReady.
        "/early.html" => {
            let host = req.headers.get("host").cloned().unwrap_or_default();
            let signature = sha1(&string1(TICKET, &format!("http://{host}/early.html")));
            format!(
                r#"
wx.config({{appId: '{APP_ID}', timestamp: '{TS}', nonceStr: '{NONCE}', signature: '{signature}',
  jsApiList: ALL}});
var img = location.origin + '/share.png', link = location.href.split('#')[0];
wx.updateAppMessageShareData({{title: 'Set while parsing', desc: 'early', link: link, imgUrl: img}});
wx.onMenuShareTimeline({{title: 'Menu set while parsing', link: link, imgUrl: img}});"#
            )
        }
        // What the page's callbacks are told: each reply's errMsg as jweixin builds it.
        "/errmsg.html" => r#"
signed(location.href.split('#')[0], '', function (s) {
  configure(wx, s, ['updateAppMessageShareData', 'previewImage', 'getNetworkType'], false);
  wx.ready(function () {
    var img = location.origin + '/share.png';
    wx.updateAppMessageShareData({title: 'Replies', desc: 'errMsg', link: location.href.split('#')[0],
      imgUrl: img, success: function (r) { alert('share success ' + r.errMsg); }});
    wx.previewImage({current: img, urls: [img],
      complete: function (r) { alert('preview complete ' + r.errMsg); }});
    wx.getNetworkType({success: function (r) { alert('network success ' + r.errMsg + ' ' + r.networkType); }});
  });
});"#
            .to_owned(),
        // A stale signature and three wx.error handlers: two before config (the last one set is
        // the one), one set inside wx.ready after config failed (it runs at once).
        "/error-handlers.html" => r#"
signed(location.href.split('#')[0], 'stale', function (s) {
  wx.error(function (res) { alert('first handler ' + res.errMsg); });
  wx.error(function (res) { alert('last handler ' + res.errMsg + ' ' + JSON.stringify(res.realAuthUrl)); });
  configure(wx, s, ALL, false);
  wx.ready(function () {
    wx.error(function (res) { alert('late handler ' + res.errMsg); });
  });
});"#
            .to_owned(),
        // wx.config without jsApiList.
        "/nolist.html" => r#"
signed(location.href.split('#')[0], '', function (s) {
  wx.config({appId: s.appId, timestamp: s.timestamp, nonceStr: s.nonceStr, signature: s.signature});
  wx.error(function (res) { alert('error ' + res.errMsg); });
});"#
            .to_owned(),
        // The official demo's legacy share: trigger runs when the user taps share and changes
        // what is shared; success reports the reply.
        "/legacy-menus.html" => r#"
signed(location.href.split('#')[0], '', function (s) {
  configure(wx, s, ['onMenuShareAppMessage'], false);
  wx.ready(function () {
    var link = location.href.split('#')[0];
    var chat = {title: 'Before the tap', desc: 'Up to 50% off', link: link,
      imgUrl: location.origin + '/share.png',
      trigger: function (res) {
        var scene = res && res.scene ? res.scene : 'chat';
        chat.title = 'Set when tapped';
        chat.link = link + '?via=' + scene;
        alert('trigger ' + scene);
      },
      success: function (res) { alert('success ' + res.errMsg); }};
    wx.onMenuShareAppMessage(chat);
  });
});"#
            .to_owned(),
        // The three other legacy menus; the QZone card has an empty description.
        "/more-menus.html" => r#"
signed(location.href.split('#')[0], '', function (s) {
  configure(wx, s, ['onMenuShareQQ', 'onMenuShareWeibo', 'onMenuShareQZone'], false);
  wx.ready(function () {
    var img = location.origin + '/share.png', link = location.href.split('#')[0];
    wx.onMenuShareQQ({title: 'QQ card', desc: 'For QQ', link: link + '?to=qq', imgUrl: img});
    wx.onMenuShareWeibo({title: 'Weibo card', desc: 'For Weibo', link: link + '?to=weibo', imgUrl: img});
    wx.onMenuShareQZone({title: 'QZone card', desc: '', link: link + '?to=qzone', imgUrl: img});
  });
});"#
            .to_owned(),
        _ => return None,
    };
    Some(page(SDK, &script))
}

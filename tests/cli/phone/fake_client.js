// A stand-in for the WeChat client's bridge, written for wxsign's phone tests (no Tencent code):
// the page runs in a headless Chromium and this script plays the client that would inject
// WeixinJSBridge. preVerifyJSAPI is verified with the test ticket by a *policy* (the URL it
// checks and the form of its reply); every other invoke succeeds. Its query string:
//   policy=current   checks location.href without #… when called; {errMsg} replies
//   policy=landing   checks the URL the document was loaded with (the iOS rule)
//   policy=real_auth checks the current URL; a failure carries realAuthUrl [href, href] (#… kept)
//   policy=err_msg   checks the current URL; replies in the raw form {err_msg: "preVerifyJSAPI:…"}
//   policy=never     never answers preVerifyJSAPI (a client waiting on its server)
//   when=early       the bridge exists before the page's scripts
//   when=late        it appears at DOMContentLoaded, announced by WeixinJSBridgeReady
//   when=fixed       late, and defined as a fixed (non-configurable) property of window
(function () {
  "use strict";
  var query = new URLSearchParams((document.currentScript.src.split("?")[1]) || "");
  var policy = query.get("policy") || "current";
  var when = query.get("when") || "early";
  var TICKET = "__TICKET__";
  var landing = location.href.split("#")[0];

  function hex(buf) {
    return Array.prototype.map.call(new Uint8Array(buf), function (b) {
      return ("0" + b.toString(16)).slice(-2);
    }).join("");
  }
  function signs(p, url) {
    var s1 = "jsapi_ticket=" + TICKET + "&noncestr=" + p.verifyNonceStr +
      "&timestamp=" + p.verifyTimestamp + "&url=" + url;
    return crypto.subtle.digest("SHA-1", new TextEncoder().encode(s1)).then(function (d) {
      return hex(d) === p.verifySignature;
    });
  }

  var bridge = {
    invoke: function (name, params, cb) {
      var done = typeof cb === "function" ? cb : function () {};
      if (name !== "preVerifyJSAPI") {
        setTimeout(function () { done({ err_msg: name + ":ok" }); }, 0);
        return;
      }
      if (policy === "never") {
        return;
      }
      var href = location.href;
      var url = policy === "landing" ? landing : href.split("#")[0];
      signs(params || {}, url).then(function (ok) {
        var res;
        if (policy === "err_msg") {
          res = { err_msg: ok ? "preVerifyJSAPI:ok" : "preVerifyJSAPI:fail_invalid_signature" };
        } else if (ok) {
          res = { errMsg: "config:ok" };
        } else if (policy === "real_auth") {
          res = { realAuthUrl: [href, href], errMsg: "config:invalid signature" };
        } else {
          res = { errMsg: "config:invalid signature" };
        }
        // The server round trip of a real client.
        setTimeout(function () { done(res); }, 40);
      });
    },
    on: function () {},
    call: function () {},
    log: function () {}
  };

  function install() {
    if (when === "fixed") {
      Object.defineProperty(window, "WeixinJSBridge", {
        value: bridge, writable: false, configurable: false, enumerable: true
      });
    } else {
      window.WeixinJSBridge = bridge;
    }
    var ev = document.createEvent("Events");
    ev.initEvent("WeixinJSBridgeReady", false, false);
    document.dispatchEvent(ev);
  }
  if (when === "early") {
    install();
  } else {
    document.addEventListener("DOMContentLoaded", install, false);
  }
})();

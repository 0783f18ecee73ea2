// A stand-in for the WeChat client's bridge in the proxy tests, written for wxsign (no Tencent
// code): the page runs in a headless Chromium behind the proxy and this script plays the client
// that would inject WeixinJSBridge. preVerifyJSAPI gets the answer its script URL names
// (answer=ok: config:ok; else config:invalid signature) after a short "server round trip";
// every other invoke succeeds. The bridge is assigned to window (the recorder's setter wraps it)
// and announced with WeixinJSBridgeReady, as the client does.
(function () {
  "use strict";
  var query = new URLSearchParams(document.currentScript.src.split("?")[1] || "");
  var answer = query.get("answer") || "ok";
  window.WeixinJSBridge = {
    invoke: function (name, params, cb) {
      var done = typeof cb === "function" ? cb : function () {};
      var res;
      if (name === "preVerifyJSAPI") {
        res = answer === "ok" ? { errMsg: "config:ok" } : { errMsg: "config:invalid signature" };
      } else {
        res = { err_msg: name + ":ok" };
      }
      setTimeout(function () { done(res); }, 40);
    },
    on: function () {},
    call: function () {},
    log: function () {}
  };
  var ev = document.createEvent("Events");
  ev.initEvent("WeixinJSBridgeReady", false, false);
  document.dispatchEvent(ev);
})();

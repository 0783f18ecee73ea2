// The proxy's transport for the phone's recorder (PHONE.md §3): it defines the function the
// bridge script sends its messages through (what a DevTools binding is on Android) and posts
// them, in order, to the reserved path on the page's own origin with the session's token. A
// same-origin POST is neither mixed content nor cross-origin, so an HTTPS page on iOS can make
// it. One request at a time keeps the order; what is left when the page goes away leaves with a
// beacon. Written for wxsign.
(function (cfg) {
  "use strict";
  var nativeSetTimeout = window.setTimeout;
  var nativeFetch = window.fetch;
  var nativeBeacon = navigator.sendBeacon;
  var queue = [];
  var busy = false;
  var scheduled = false;

  function body() {
    return JSON.stringify({ m: queue.splice(0, queue.length) });
  }

  function beacon() {
    if (!queue.length || typeof nativeBeacon !== "function") {
      return false;
    }
    try {
      return nativeBeacon.call(navigator, cfg.report, body());
    } catch (e) {
      return false;
    }
  }

  function flush() {
    scheduled = false;
    if (busy || !queue.length) {
      return;
    }
    if (typeof nativeFetch !== "function") {
      beacon();
      return;
    }
    busy = true;
    var done = function () {
      busy = false;
      if (queue.length) {
        schedule();
      }
    };
    try {
      nativeFetch.call(window, cfg.report, {
        method: "POST",
        body: body(),
        keepalive: true,
        credentials: "omit",
        cache: "no-store",
        headers: { "content-type": "text/plain" }
      }).then(done, done);
    } catch (e) {
      busy = false;
    }
  }

  function schedule() {
    if (!scheduled) {
      scheduled = true;
      nativeSetTimeout.call(window, flush, 0);
    }
  }

  Object.defineProperty(window, cfg.binding, {
    value: function (payload) {
      if (queue.length < 2000) {
        queue.push(String(payload));
      }
      schedule();
    },
    enumerable: false
  });
  window.addEventListener("pagehide", beacon, true);
})(__TRANSPORT__);

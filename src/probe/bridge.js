// The fake WeChat client, injected before any page script (Page.addScriptToEvaluateOnNewDocument).
// The page's own jweixin drives it; every call is reported to the probe through the DevTools
// binding `cfg.binding` as one JSON string. Only preVerifyJSAPI waits for the probe's answer
// (it decides as WeChat would), and the page's hearing of that answer is reported too; the rest
// is answered here as the client answers when config passed. The top frame's one-shot timers
// due soon are reported so that the probe waits for them. Written for wxsign (PROBE.md §§1-4,
// §11); no Tencent code.
(function (cfg) {
  "use strict";
  var send0 = window[cfg.binding];
  if (typeof send0 !== "function") {
    return;
  }
  var isTop = false;
  try {
    isTop = window.top === window;
  } catch (e) {
    isTop = false;
  }
  var landing = String(location.href);
  var stringify = JSON.stringify;
  // The page may replace these; the bridge's own work never goes through the page's copies.
  var nativeSetTimeout = window.setTimeout;
  var nativeClearTimeout = window.clearTimeout;
  var nativeClearInterval = window.clearInterval;

  function clone(v) {
    try {
      return JSON.parse(
        stringify(v, function (k, x) {
          return typeof x === "function" ? undefined : x;
        })
      );
    } catch (e) {
      return null;
    }
  }

  function send(msg) {
    msg.href = String(location.href);
    msg.doc = landing;
    msg.top = isTop;
    try {
      send0(stringify(msg));
    } catch (e) {
      // A message that cannot be sent is lost; the page must not notice.
    }
  }

  function later(f) {
    nativeSetTimeout.call(window, function () {
      try {
        f();
      } catch (e) {
        nativeSetTimeout.call(window, function () {
          throw e;
        }, 0);
      }
    }, 0);
  }

  // --- timers: a one-shot timer due within cfg.timer_ms may lead to a bridge call (an SPA's
  // router configures again a few hundred ms after its first config), so the probe hears when
  // one is set and when it has run or was cleared. Repeating timers are not reported: a page
  // ticking forever must still end. Only the top frame's timers matter. ---
  if (isTop && cfg.timer_ms > 0) {
    var pending = {};
    var ended = function (id) {
      if (pending[id]) {
        delete pending[id];
        send({ t: "timer_end", id: id });
      }
    };
    window.setTimeout = function (handler, delay) {
      var ms = Number(delay) || 0;
      if (typeof handler !== "function" || !(ms <= cfg.timer_ms)) {
        return nativeSetTimeout.apply(window, arguments);
      }
      var args = Array.prototype.slice.call(arguments, 2);
      var id = nativeSetTimeout.call(window, function () {
        try {
          return handler.apply(window, args);
        } finally {
          ended(id);
        }
      }, ms);
      pending[id] = true;
      send({ t: "timer", id: id, ms: Math.max(0, Math.round(ms)) });
      return id;
    };
    // Timeouts and intervals share their ids: either function clears a timeout.
    window.clearTimeout = function (id) {
      ended(id);
      return nativeClearTimeout.apply(window, arguments);
    };
    window.clearInterval = function (id) {
      ended(id);
      return nativeClearInterval.apply(window, arguments);
    };
  }

  // --- what the WeChat in-app browser looks like ---
  if (cfg.wkwebview) {
    window.__wxjs_is_wkwebview = true;
    try {
      // iOS WebKit has no client hints; a Chromium one would give the game away.
      Object.defineProperty(Navigator.prototype, "userAgentData", {
        get: function () {
          return undefined;
        },
        configurable: true
      });
    } catch (e) {}
  }

  // --- dialogs never block: recorded and answered (alert: nothing, confirm: OK, prompt: cancel) ---
  var answers = { alert: undefined, confirm: true, prompt: null };
  ["alert", "confirm", "prompt"].forEach(function (kind) {
    window[kind] = function (message) {
      send({ t: "dialog", kind: kind, message: message === undefined ? "" : String(message) });
      return answers[kind];
    };
  });

  // --- route changes ---
  ["pushState", "replaceState"].forEach(function (k) {
    var orig = History.prototype[k];
    History.prototype[k] = function () {
      var r = orig.apply(this, arguments);
      if (this === window.history) {
        send({ t: "nav", kind: k === "pushState" ? "push_state" : "replace_state" });
      }
      return r;
    };
  });
  window.addEventListener("popstate", function () {
    send({ t: "nav", kind: "pop_state" });
  }, true);
  window.addEventListener("hashchange", function () {
    send({ t: "nav", kind: "hash_change" });
  }, true);

  // --- the bridge ---
  var seq = 0;
  var callbacks = {};
  var handlers = {};

  function localAnswer(name) {
    if (name === "getNetworkType") {
      return { err_msg: "network_type:wifi", networkType: "wifi" };
    }
    return { err_msg: name + ":ok" };
  }

  var bridge = {
    invoke: function (name, params, cb) {
      name = String(name);
      var id = ++seq;
      if (name === "preVerifyJSAPI") {
        callbacks[id] = cb;
        send({ t: "invoke", id: id, name: name, params: clone(params) });
        return;
      }
      send({ t: "invoke", id: id, name: name, params: clone(params) });
      if (typeof cb === "function") {
        var res = localAnswer(name);
        later(function () {
          cb(res);
        });
      }
    },
    call: function (name, params) {
      send({ t: "call", name: String(name), params: clone(params) });
    },
    on: function (name, cb) {
      name = String(name);
      handlers[name] = cb;
      send({ t: "on", name: name });
    },
    log: function (message) {
      send({ t: "log", message: String(message) });
    }
  };
  window.WeixinJSBridge = bridge;

  // The probe's side: answer an invoke, fire a client event.
  Object.defineProperty(window, cfg.ns, {
    value: Object.freeze({
      reply: function (id, res) {
        var cb = callbacks[id];
        delete callbacks[id];
        if (typeof cb === "function") {
          later(function () {
            // Said before jweixin sees the answer: what its callback does (wx.ready, the
            // share setup) comes after config, what the page did before this did not.
            send({ t: "answered", id: id });
            cb(res);
          });
        }
      },
      fire: function (name) {
        var h = handlers[name];
        if (typeof h === "function") {
          later(function () {
            h({});
          });
          return true;
        }
        return false;
      },
      hasWx: hasWx
    }),
    enumerable: false
  });

  function hasWx() {
    try {
      return !!(window.wx && typeof window.wx.config === "function");
    } catch (e) {
      return false;
    }
  }

  // Pages that wait for the client's event.
  var addEventListener = Document.prototype.addEventListener;
  Document.prototype.addEventListener = function (type) {
    if (type === "WeixinJSBridgeReady") {
      send({ t: "ready_listener" });
    }
    return addEventListener.apply(this, arguments);
  };
  function ready() {
    try {
      var ev = document.createEvent("Events");
      ev.initEvent("WeixinJSBridgeReady", false, false);
      document.dispatchEvent(ev);
    } catch (e) {}
  }
  if (document.readyState === "loading") {
    addEventListener.call(document, "DOMContentLoaded", ready, false);
  } else {
    later(ready);
  }
  window.addEventListener("load", function () {
    send({ t: "load", wx: hasWx() });
  }, false);

  send({ t: "doc" });
})(__CONFIG__);

// The fake WeChat client, injected before any page script (Page.addScriptToEvaluateOnNewDocument).
// The page's own jweixin drives it; every call is reported to the probe through the DevTools
// binding `cfg.binding` as one JSON string. Only preVerifyJSAPI waits for the probe's answer
// (it decides as WeChat would), and the page's hearing of that answer is reported too; the rest
// is answered here as the client answers when config passed. The top frame's one-shot timers
// due soon are reported so that the probe waits for them. Written for wxsign (PROBE.md §§1-4,
// §11); no Tencent code.
//
// With `cfg.pass` the same script is the phone's recorder (PHONE.md §1, §7): the page runs in the
// real WeChat client, so nothing is answered here. It wraps the client's own bridge (there at
// document start, assigned later, or announced by WeixinJSBridgeReady), reports each invoke and
// the client's raw reply before the page's callback sees it (jweixin rewrites it in place), and
// lets dialogs reach the phone. Without the binding (a web-view that refused it) messages wait
// in a bounded page-side buffer that wxsign drains with Runtime.evaluate.
(function (cfg) {
  "use strict";
  var send0 = window[cfg.binding];
  var buffer = null;
  if (typeof send0 !== "function") {
    if (!cfg.pass) {
      return;
    }
    buffer = [];
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
      if (buffer) {
        if (buffer.length < 1000) {
          buffer.push(stringify(msg));
        }
        return;
      }
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

  // --- what the WeChat in-app browser looks like (the real client needs no disguise) ---
  if (cfg.wkwebview && !cfg.pass) {
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

  // --- dialogs never block: recorded and answered (alert: nothing, confirm: OK, prompt: cancel).
  // On a phone they are recorded and then shown there as usual. ---
  var answers = { alert: undefined, confirm: true, prompt: null };
  ["alert", "confirm", "prompt"].forEach(function (kind) {
    var native = window[kind];
    window[kind] = function (message) {
      send({ t: "dialog", kind: kind, message: message === undefined ? "" : String(message) });
      return cfg.pass ? native.apply(window, arguments) : answers[kind];
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

  // First: what follows belongs to this document.
  send({ t: "doc" });
  if (cfg.pass) {
    recordClient();
  } else {
    playClient();
  }

  // The probe: a fake client that wxsign answers.
  function playClient() {
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
  }

  // The phone: the real client answers; its bridge is wrapped, never replaced or answered.
  function recordClient() {
    var real = null;
    var wrapped;
    var patched = [];

    function wrap(b, how) {
      if (!b || b === wrapped || typeof b.invoke !== "function") {
        return b;
      }
      // The client's own methods, taken now: a bridge wrapped in place must not call itself.
      var invoke0 = b.invoke;
      var on0 = b.on;
      var call0 = b.call;
      real = { bridge: b, invoke: invoke0 };
      var w = Object.create(b);
      w.invoke = function (name, params, cb) {
        name = String(name);
        var id = ++seq;
        send({ t: "invoke", id: id, name: name, params: clone(params) });
        var self = this;
        return invoke0.call(b, name, params, function (res) {
          // Copied before the page's callback: jweixin rewrites the object in place.
          send({ t: "reply", id: id, name: name, res: clone(res) });
          if (typeof cb === "function") {
            return cb.apply(self, arguments);
          }
        });
      };
      w.on = function (name) {
        send({ t: "on", name: String(name) });
        return typeof on0 === "function" ? on0.apply(b, arguments) : undefined;
      };
      w.call = function (name, params) {
        send({ t: "call", name: String(name), params: clone(params) });
        return typeof call0 === "function" ? call0.apply(b, arguments) : undefined;
      };
      wrapped = w;
      send({ t: "bridge", how: how });
      return w;
    }

    // Defined later by the client: the setter wraps what it assigns.
    var accessor = false;
    try {
      var present = window.WeixinJSBridge;
      Object.defineProperty(window, "WeixinJSBridge", {
        get: function () {
          return wrapped;
        },
        set: function (b) {
          wrapped = wrap(b, "setter");
        },
        configurable: true,
        enumerable: true
      });
      accessor = true;
      if (present) {
        wrapped = wrap(present, "present");
      }
    } catch (e) {
      accessor = false;
    }

    // The client announced its bridge: wrap it here if the setter did not see it (a client
    // that defines the property itself replaces the accessor).
    addEventListener.call(document, "WeixinJSBridgeReady", function () {
      var b;
      try {
        b = window.WeixinJSBridge;
      } catch (e) {
        return;
      }
      if (!b || b === wrapped || patched.indexOf(b) !== -1) {
        return;
      }
      var w = wrap(b, "ready");
      try {
        Object.defineProperty(window, "WeixinJSBridge", {
          value: w,
          writable: true,
          configurable: true,
          enumerable: true
        });
      } catch (e) {
        // A fixed property: wrap its methods in place instead.
        try {
          b.invoke = w.invoke;
          b.on = w.on;
          b.call = w.call;
          patched.push(b);
        } catch (e2) {
          send({ t: "bridge", how: "unwrapped" });
        }
      }
    }, true);

    // wxsign's side: drain the buffer (no binding), and ask the client itself (Ask mode, never
    // recorded as the page's own call).
    Object.defineProperty(window, cfg.ns, {
      value: Object.freeze({
        drain: function () {
          var out = buffer ? buffer.splice(0, buffer.length) : [];
          return "[" + out.join(",") + "]";
        },
        ask: function (params) {
          return new Promise(function (resolve) {
            if (!real) {
              resolve({ wxsign: "no_bridge" });
              return;
            }
            try {
              real.invoke.call(real.bridge, "preVerifyJSAPI", params, function (res) {
                resolve(clone(res));
              });
            } catch (e) {
              resolve({ wxsign: "threw", message: String(e) });
            }
          });
        },
        hasWx: hasWx,
        accessor: accessor
      }),
      enumerable: false
    });
    send({ t: "ua", ua: String(navigator.userAgent) });
  }

  window.addEventListener("load", function () {
    send({ t: "load", wx: hasWx() });
  }, false);
})(__CONFIG__);

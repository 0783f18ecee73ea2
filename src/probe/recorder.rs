//! The run's memory and its rules, pure: events come in with their time (milliseconds since the
//! run started), actions for the page and the decision to stop come out. No browser, no clock:
//! unit-tested with plain JSON messages.

use std::collections::{BTreeSet, HashMap};

use serde_json::Value;

use super::judge::{self, Account};
use super::messages::{self, BridgeMsg, Envelope, ShareParams};
use super::platform::Emulation;
use super::report::{
    AnswerMode, Blocked, Dialog, FailedRequest, Finding, OAuthStop, Outcome, PageException, Run,
    ShareCall, UrlChange, UrlChangeKind,
};
use crate::batch::share::ImageProbe;
use crate::core::jsapi;
use crate::core::text::Text;
use crate::core::urlcheck::Severity;

/// A request still open longer than this is a long poll or a stream: it does not keep a page
/// from counting as quiet. It is also how long after its last bridge call a configured page's
/// network traffic may hold the run open (a page that polls forever still ends).
const LONG_REQUEST_MS: u64 = 5_000;

/// What the probe must do in the page.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Answer the bridge invoke `id` in execution context `context`.
    Reply { context: i64, id: u64, reply: Value },
    /// Fire the legacy menu share events (the user tapping share), so jweixin sends the
    /// effective share values.
    FireMenus { context: i64, events: Vec<String> },
}

/// What the run loop does next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// Wait for events, or until this time at the latest (then ask again).
    Wait(Option<u64>),
    Done(Outcome),
}

/// Timing rules of the quiet detection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quiet {
    /// No bridge call or navigation for this long after config: the page is done.
    pub settle_ms: u64,
    /// Without config: loaded, no request open and nothing new for this long.
    pub no_config_ms: u64,
}

impl Quiet {
    pub fn from_settle(settle_ms: u64) -> Self {
        Self {
            settle_ms,
            no_config_ms: (settle_ms * 3).max(1_500),
        }
    }
}

#[derive(Default)]
struct Doc {
    context: Option<i64>,
    /// Indexes into `configs` of this document's calls.
    configs: Vec<usize>,
    /// A config of this document has been answered (whatever the answer).
    configured: bool,
    menus: BTreeSet<String>,
    fired: bool,
}

struct Request {
    url: String,
    method: String,
    resource_type: String,
    started_ms: u64,
    main_document: bool,
}

struct PendingShare {
    call: ShareCall,
    params: ShareParams,
    doc: usize,
}

/// One platform's run being recorded.
pub struct Recorder {
    emu: &'static Emulation,
    account: Account,
    mode: AnswerMode,
    quiet: Quiet,
    run: Run,
    docs: Vec<Doc>,
    shares: Vec<PendingShare>,
    requests: HashMap<String, Request>,
    last_bridge_ms: u64,
    last_net_ms: u64,
    loaded: bool,
    nav_error: Option<String>,
    main_status: Option<u16>,
    crashed: bool,
    skipped_messages: usize,
    lines: Vec<Text>,
}

impl Recorder {
    pub fn new(
        emu: &'static Emulation,
        user_agent: String,
        account: Account,
        mode: AnswerMode,
        quiet: Quiet,
    ) -> Self {
        Self {
            emu,
            account,
            mode,
            quiet,
            run: Run::new(emu.platform, user_agent, mode),
            docs: Vec::new(),
            shares: Vec::new(),
            requests: HashMap::new(),
            last_bridge_ms: 0,
            last_net_ms: 0,
            loaded: false,
            nav_error: None,
            main_status: None,
            crashed: false,
            skipped_messages: 0,
            lines: Vec::new(),
        }
    }

    /// Lines for people about what just happened (the live timeline); drained by the caller.
    pub fn take_lines(&mut self) -> Vec<Text> {
        std::mem::take(&mut self.lines)
    }

    /// A binding payload from execution context `context`.
    pub fn on_binding(&mut self, payload: &str, context: i64, at: u64) -> Vec<Action> {
        match messages::parse(payload) {
            Ok(env) => self.on_message(env, context, at),
            Err(_) => {
                // The page (or a message cut short) called the binding: not ours, skip it.
                self.skipped_messages += 1;
                Vec::new()
            }
        }
    }

    fn current_doc(&mut self) -> usize {
        if self.docs.is_empty() {
            self.docs.push(Doc::default());
        }
        self.docs.len() - 1
    }

    fn on_message(&mut self, env: Envelope, context: i64, at: u64) -> Vec<Action> {
        self.last_bridge_ms = at;
        let mut actions = Vec::new();
        if env.top && !matches!(env.msg, BridgeMsg::Document) {
            let d = self.current_doc();
            self.docs[d].context = Some(context);
        }
        match env.msg {
            BridgeMsg::Document if env.top => {
                if self.run.landing_url.is_none() {
                    self.run.landing_url = Some(env.href.clone());
                } else {
                    self.run.url_changes.push(UrlChange {
                        kind: UrlChangeKind::Navigation,
                        url: env.href.clone(),
                        at_ms: at,
                    });
                }
                self.line(
                    format!("document {}", env.href),
                    format!("文档 {}", env.href),
                );
                self.loaded = false;
                self.docs.push(Doc {
                    context: Some(context),
                    ..Doc::default()
                });
            }
            BridgeMsg::Document => {}
            BridgeMsg::Nav { kind } if env.top => {
                // Chrome fires popstate and then hashchange for one fragment change: one entry.
                if let Some(last) = self.run.url_changes.last_mut()
                    && last.url == env.href
                {
                    if kind == UrlChangeKind::HashChange {
                        last.kind = kind;
                    }
                } else {
                    self.line(
                        format!("{} {}", kind_name(kind), env.href),
                        format!("{} {}", kind_name(kind), env.href),
                    );
                    self.run.url_changes.push(UrlChange {
                        kind,
                        url: env.href,
                        at_ms: at,
                    });
                }
            }
            BridgeMsg::Nav { .. } => {}
            BridgeMsg::Invoke { id, name, params } => {
                self.run.sdk.bridge_used = true;
                if name == "preVerifyJSAPI" {
                    actions.push(self.on_config(id, &params, &env.href, &env.doc, context, at));
                } else if let Some(api) = jsapi::share_api(&name) {
                    self.on_share(api, &name, &params, at);
                }
            }
            BridgeMsg::Call { .. } | BridgeMsg::ReadyListener => self.run.sdk.bridge_used = true,
            BridgeMsg::On { name } => {
                self.run.sdk.bridge_used = true;
                if name.starts_with("menu:share:") {
                    let d = self.current_doc();
                    self.docs[d].menus.insert(name);
                }
            }
            BridgeMsg::Log { .. } => {}
            BridgeMsg::Dialog { kind, message } => self.on_dialog(kind, message, at),
            BridgeMsg::Load { wx } => {
                if env.top {
                    self.loaded = true;
                    self.run.sdk.window_wx |= wx;
                }
            }
        }
        actions
    }

    fn on_config(
        &mut self,
        id: u64,
        params: &Value,
        href: &str,
        doc: &str,
        context: i64,
        at: u64,
    ) -> Action {
        let pre = messages::pre_verify(params);
        let doc_url = if doc.is_empty() { href } else { doc };
        let (mut call, reply) =
            judge::config_call(&pre, href, doc_url, self.emu, &self.account, self.mode);
        call.at_ms = at;
        let verdict = match call.matched {
            Some(true) => ("signature matches", "签名匹配"),
            Some(false) => ("signature does NOT match", "签名不匹配"),
            None => ("signature not checked", "未检查签名"),
        };
        self.line(
            format!(
                "wx.config on {} — {}, answered {}",
                call.verified_url, verdict.0, call.answer
            ),
            format!(
                "wx.config，校验 {} — {}，应答 {}",
                call.verified_url, verdict.1, call.answer
            ),
        );
        let d = self.current_doc();
        self.docs[d].configs.push(self.run.configs.len());
        self.docs[d].configured = true;
        self.run.configs.push(call);
        Action::Reply { context, id, reply }
    }

    fn on_share(&mut self, api: &'static str, bridge: &str, params: &Value, at: u64) {
        let d = self.current_doc();
        let params = messages::share_params(params);
        self.line(
            format!("{api}: {}", params.title.as_deref().unwrap_or("(no title)")),
            format!("{api}：{}", params.title.as_deref().unwrap_or("（无标题）")),
        );
        let call = ShareCall {
            api: api.to_owned(),
            title: params.title.clone(),
            desc: params.desc.clone(),
            link: params.link.clone(),
            img_url: params.img_url.clone(),
            findings: Vec::new(),
            bridge_name: bridge.to_owned(),
            before_config: !self.docs[d].configured,
            at_ms: at,
        };
        self.shares.push(PendingShare {
            call,
            params,
            doc: d,
        });
    }

    fn on_dialog(&mut self, kind: String, message: String, at: u64) {
        self.line(format!("{kind}: {message}"), format!("{kind}：{message}"));
        // jweixin's debug mode alerts every reply: the answer we gave shows up in the dialog.
        if let Some(last) = self.run.configs.last_mut()
            && message.contains(&last.answer)
        {
            last.debug = true;
        }
        self.run.dialogs.push(Dialog {
            kind,
            message,
            at_ms: at,
        });
    }

    /// A dialog the browser opened despite the neutralised functions (the backstop).
    pub fn on_browser_dialog(&mut self, kind: &str, message: &str, at: u64) {
        self.on_dialog(kind.to_owned(), message.to_owned(), at);
    }

    pub fn on_request(
        &mut self,
        id: &str,
        url: &str,
        method: &str,
        resource_type: &str,
        main_document: bool,
        at: u64,
    ) {
        self.last_net_ms = at;
        let lower = url.to_ascii_lowercase();
        if resource_type == "Script"
            && (lower.contains("jweixin") || lower.contains("weixin-js-sdk"))
            && !self.run.sdk.scripts.iter().any(|s| s == url)
        {
            self.run.sdk.scripts.push(url.to_owned());
        }
        self.requests.insert(
            id.to_owned(),
            Request {
                url: url.to_owned(),
                method: method.to_owned(),
                resource_type: resource_type.to_owned(),
                started_ms: at,
                main_document,
            },
        );
    }

    pub fn on_response(&mut self, id: &str, status: u16, at: u64) {
        self.last_net_ms = at;
        let Some(req) = self.requests.get(id) else {
            return;
        };
        if req.main_document {
            self.main_status = Some(status);
        }
        if status >= 400 && !req.url.ends_with("/favicon.ico") {
            let f = FailedRequest {
                url: req.url.clone(),
                method: req.method.clone(),
                status: Some(status),
                error: None,
                resource_type: req.resource_type.clone(),
                at_ms: at,
            };
            self.line(
                format!("{} {} → HTTP {status}", f.method, f.url),
                format!("{} {} → HTTP {status}", f.method, f.url),
            );
            self.run.failed_requests.push(f);
        }
    }

    pub fn on_finished(&mut self, id: &str, at: u64) {
        self.last_net_ms = at;
        self.requests.remove(id);
    }

    /// A request that failed on the network. Requests the probe blocked itself are listed as
    /// blocked, not failed.
    pub fn on_failed(&mut self, id: &str, error: &str, at: u64) {
        self.last_net_ms = at;
        let Some(req) = self.requests.remove(id) else {
            return;
        };
        if self.run.blocked.iter().any(|b| b.url == req.url)
            || self
                .run
                .oauth
                .as_ref()
                .is_some_and(|o| o.authorize_url == req.url)
            || error.contains("ERR_ABORTED") && !req.main_document
        {
            return;
        }
        if req.main_document && self.nav_error.is_none() && self.run.landing_url.is_none() {
            self.nav_error = Some(error.to_owned());
        }
        self.line(
            format!("{} {} → {error}", req.method, req.url),
            format!("{} {} → {error}", req.method, req.url),
        );
        self.run.failed_requests.push(FailedRequest {
            url: req.url,
            method: req.method,
            status: None,
            error: Some(error.to_owned()),
            resource_type: req.resource_type,
            at_ms: at,
        });
    }

    pub fn on_blocked(&mut self, mut b: Blocked, at: u64) {
        b.at_ms = at;
        self.line(format!("blocked {}", b.url), format!("已拦截 {}", b.url));
        self.run.blocked.push(b);
    }

    /// The page went to WeChat login. `document` tells whether it was the page's own navigation;
    /// `landed` whether a document of the page had loaded before (else it was an HTTP redirect).
    pub fn on_oauth(&mut self, mut o: OAuthStop, at: u64) {
        o.at_ms = at;
        o.via = if self.run.landing_url.is_some() {
            "script".to_owned()
        } else {
            "http_redirect".to_owned()
        };
        self.line(
            format!("WeChat OAuth: appid {} → {}", o.appid, o.redirect_uri),
            format!("微信网页授权：appid {} → {}", o.appid, o.redirect_uri),
        );
        self.run.blocked.push(Blocked {
            url: o.authorize_url.clone(),
            reason: "oauth".to_owned(),
            app_id: Some(o.appid.clone()),
            page_url: Some(o.redirect_uri.clone()),
            at_ms: at,
        });
        if self.run.oauth.is_none() {
            self.run.oauth = Some(o);
        }
    }

    pub fn on_exception(&mut self, e: PageException) {
        self.line(
            format!("exception: {}", e.message),
            format!("异常：{}", e.message),
        );
        self.run.exceptions.push(e);
    }

    /// `Page.navigate` answered: `Some(error)` when the navigation failed.
    pub fn on_navigated(&mut self, error: Option<String>) {
        if let Some(e) = error
            && self.nav_error.is_none()
            && self.run.oauth.is_none()
        {
            self.nav_error = Some(e);
        }
    }

    pub fn on_crash(&mut self, at: u64) {
        self.line("the page's renderer crashed", "页面渲染进程崩溃");
        self.crashed = true;
        self.last_bridge_ms = at;
    }

    /// Decides whether the run is over at `now`; `actions` gets the menu events to fire first.
    pub fn step(&mut self, now: u64, actions: &mut Vec<Action>) -> Step {
        if self.run.oauth.is_some() {
            return Step::Done(Outcome::OauthRequired);
        }
        if self.crashed || self.nav_error.is_some() {
            return Step::Done(Outcome::NavigationFailed);
        }
        if !self.run.configs.is_empty() {
            let d = self.current_doc();
            let settle = self.quiet.settle_ms;
            let active = if self.docs[d].fired {
                // The menus have fired: jweixin answers them at once from what the page set.
                self.last_bridge_ms
            } else {
                self.active_since(now)
            };
            let doc = &mut self.docs[d];
            if doc.configured
                && !doc.fired
                && !doc.menus.is_empty()
                && let Some(context) = doc.context
            {
                // The user taps share once the page has set up its menus: half a settle time
                // after it last did anything.
                let fire_at = active + settle / 2;
                if now < fire_at {
                    return Step::Wait(Some(fire_at));
                }
                doc.fired = true;
                actions.push(Action::FireMenus {
                    context,
                    events: doc.menus.iter().cloned().collect(),
                });
                self.last_bridge_ms = now;
                return Step::Wait(Some(now + settle));
            }
            let until = active + settle;
            if now < until {
                return Step::Wait(Some(until));
            }
            return Step::Done(Outcome::Configured);
        }
        if !self.loaded {
            return Step::Wait(None);
        }
        let open = self
            .requests
            .values()
            .filter(|r| now.saturating_sub(r.started_ms) < LONG_REQUEST_MS)
            .map(|r| r.started_ms + LONG_REQUEST_MS)
            .min();
        let quiet_since = self.last_bridge_ms.max(self.last_net_ms);
        let until = quiet_since + self.quiet.no_config_ms;
        match open {
            Some(long_at) => Step::Wait(Some(long_at.max(until))),
            None if now < until => Step::Wait(Some(until)),
            None => Step::Done(Outcome::NoConfigCall),
        }
    }

    /// When a configured page that is still setting up last did something that may lead to a
    /// bridge call: its last bridge call, or its network traffic (a request still open counts as
    /// now). Pages often fetch their share texts after `wx.ready` and set them up when the reply
    /// comes, so a short settle time is only safe when the network is quiet too. Traffic holds
    /// the run at most [`LONG_REQUEST_MS`] past the last bridge call, so a page that polls
    /// forever still ends.
    fn active_since(&self, now: u64) -> u64 {
        let open = self
            .requests
            .values()
            .any(|r| now.saturating_sub(r.started_ms) < LONG_REQUEST_MS);
        let net = if open { now } else { self.last_net_ms };
        self.last_bridge_ms
            .max(net.min(self.last_bridge_ms + LONG_REQUEST_MS))
    }

    fn line(&mut self, en: impl Into<String>, zh: impl Into<String>) {
        self.lines.push(Text::new(en, zh));
    }

    /// The image URLs the share checks may fetch.
    pub fn share_images(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .shares
            .iter()
            .filter_map(|s| s.params.img_url.clone())
            .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
            .collect();
        v.sort();
        v.dedup();
        v
    }

    /// The finished run.
    pub fn finish(
        mut self,
        outcome: Outcome,
        images: &HashMap<String, ImageProbe>,
        duration_ms: u64,
        timeout_ms: u64,
    ) -> Run {
        let mut run = std::mem::replace(
            &mut self.run,
            Run::new(self.emu.platform, String::new(), self.mode),
        );
        for s in std::mem::take(&mut self.shares) {
            let doc = &self.docs[s.doc];
            let list = doc
                .configs
                .last()
                .map(|&i| run.configs[i].js_api_list.as_slice());
            let mut call = s.call;
            call.findings = judge::share_findings(
                &call.api,
                &s.params,
                call.before_config,
                list,
                &self.account.safe_domains,
                s.params.img_url.as_ref().and_then(|u| images.get(u)),
            );
            run.shares.push(call);
        }
        run.outcome = outcome;
        run.duration_ms = duration_ms;
        run.findings = self.run_findings(&run, timeout_ms);
        run.passed = outcome == Outcome::Configured
            && run.configs.iter().all(|c| c.matched == Some(true))
            && !judge::has_error(&run.findings)
            && run.configs.iter().all(|c| !judge::has_error(&c.findings))
            && run.shares.iter().all(|s| !judge::has_error(&s.findings));
        run
    }

    fn run_findings(&self, run: &Run, timeout_ms: u64) -> Vec<Finding> {
        let mut out = Vec::new();
        let f =
            |code: &str, severity, en: String, zh: String, fix_en: &str, fix_zh: &str| Finding {
                code: code.to_owned(),
                severity,
                message: Text::new(en, zh),
                fix: Text::new(fix_en, fix_zh),
            };
        match run.outcome {
            Outcome::Configured => {}
            Outcome::OauthRequired => {
                if let Some(o) = &run.oauth {
                    out.push(f(
                        "oauth_required",
                        Severity::Warning,
                        format!(
                            "The page sends visitors to WeChat login first (appid {}, scope {}); a probe cannot log in. After login WeChat opens {}: that URL, with its code and state, is what the server must sign.",
                            o.appid, o.scope, o.sign_url
                        ),
                        format!(
                            "页面先把访客送去微信网页授权（appid {}，scope {}）；探测无法登录。登录后微信会打开 {}：服务器要签的是这个带 code 和 state 的 URL。",
                            o.appid, o.scope, o.sign_url
                        ),
                        "Probe the redirect_uri page directly, with a code and state from a real login, or a test page without login.",
                        "请直接探测 redirect_uri 页面（带上真实登录得到的 code 和 state），或使用无需登录的测试页面。",
                    ));
                }
            }
            Outcome::NavigationFailed => {
                if self.crashed {
                    out.push(f(
                        "renderer_crashed",
                        Severity::Error,
                        "The page crashed the browser's renderer before it went quiet.".into(),
                        "页面在安静下来之前使浏览器渲染进程崩溃。".into(),
                        "Open the page in a desktop browser with DevTools to find the crash (memory, an endless loop).",
                        "请在桌面浏览器中用开发者工具查找崩溃原因（内存、死循环）。",
                    ));
                } else if let Some(e) = &self.nav_error {
                    let cert = e.contains("CERT") || e.contains("SSL");
                    out.push(f(
                        "navigation_failed",
                        Severity::Error,
                        format!("The page did not load: {e}."),
                        format!("页面未能加载：{e}。"),
                        if cert {
                            "WeChat refuses this certificate too: serve a valid certificate for the page's host."
                        } else {
                            "Check the URL and that the server answers from this machine."
                        },
                        if cert {
                            "微信同样会拒绝这个证书：请为页面域名配置有效证书。"
                        } else {
                            "请检查 URL，并确认服务器能从本机访问。"
                        },
                    ));
                }
            }
            Outcome::TimedOut => out.push(f(
                "timed_out",
                Severity::Error,
                format!("The page did not go quiet within {timeout_ms} ms; the browser was stopped."),
                format!("页面在 {timeout_ms} ms 内没有安静下来；已停止浏览器。"),
                "Look for a request that never ends or a script that keeps the page busy; or raise --timeout-ms.",
                "请查找一直不结束的请求或让页面持续忙碌的脚本；或调大 --timeout-ms。",
            )),
            Outcome::NoConfigCall => out.push(self.why_no_config(run)),
        }
        if let Some(status) = self.main_status
            && status >= 400
        {
            out.push(f(
                "page_http_status",
                Severity::Error,
                format!("The page itself answered HTTP {status}."),
                format!("页面本身返回 HTTP {status}。"),
                "Check the URL and the server's logs.",
                "请检查 URL 和服务器日志。",
            ));
        }
        for r in &run.failed_requests {
            if matches!(r.resource_type.as_str(), "XHR" | "Fetch" | "Script") {
                let what = match (r.status, &r.error) {
                    (Some(s), _) => format!("HTTP {s}"),
                    (None, Some(e)) => e.clone(),
                    (None, None) => "an error".to_owned(),
                };
                let path = short_url(&r.url);
                out.push(f(
                    "request_failed",
                    Severity::Warning,
                    format!("The page's call to {path} returned {what}."),
                    format!("页面对 {path} 的请求返回 {what}。"),
                    "If this is the signing endpoint, fix it first: the page cannot call wx.config without it.",
                    "如果这是签名接口，请先修复它：没有它页面无法调用 wx.config。",
                ));
            }
        }
        if let Some(e) = run.exceptions.first() {
            out.push(f(
                "page_exception",
                Severity::Warning,
                format!("The page threw: {}", e.message),
                format!("页面抛出异常：{}", e.message),
                "A script error can stop the code that calls wx.config; fix it in the page.",
                "脚本错误可能使调用 wx.config 的代码停止执行；请在页面中修复。",
            ));
        }
        if run.configs.iter().any(|c| c.debug) {
            out.push(f(
                "config_debug",
                Severity::Info,
                "wx.config has debug: true: every reply pops up an alert on the phone.".into(),
                "wx.config 设置了 debug: true：每个返回都会在手机上弹出提示框。".into(),
                "Turn debug off before release.",
                "发布前请关闭 debug。",
            ));
        }
        if !run.configs.is_empty() && !run.sdk.window_wx && run.sdk.bridge_used {
            out.push(f(
                "bundled_sdk",
                Severity::Info,
                "The page's JS-SDK never set window.wx (a bundled build); the probe saw it through the bridge.".into(),
                "页面的 JS-SDK 没有设置 window.wx（打包构建）；探测通过 bridge 观察到了它。".into(),
                "Nothing to fix; console snippets using window.wx will not work on this page.",
                "无需修复；依赖 window.wx 的控制台代码在此页面无效。",
            ));
        }
        out
    }

    fn why_no_config(&self, run: &Run) -> Finding {
        let failed_sdk = run.failed_requests.iter().find(|r| {
            let l = r.url.to_ascii_lowercase();
            l.contains("jweixin") || l.contains("weixin-js-sdk")
        });
        let failed_api = run
            .failed_requests
            .iter()
            .find(|r| matches!(r.resource_type.as_str(), "XHR" | "Fetch"));
        let (en, zh) = if let Some(r) = failed_sdk {
            (
                format!(
                    "The JS-SDK script {} failed to load, so wx.config never ran.",
                    r.url
                ),
                format!("JS-SDK 脚本 {} 加载失败，所以 wx.config 从未执行。", r.url),
            )
        } else if !run.sdk.bridge_used && run.sdk.scripts.is_empty() && !run.sdk.window_wx {
            (
                "The page never loaded the JS-SDK (no jweixin script, no bridge call) and never called wx.config.".to_owned(),
                "页面没有加载 JS-SDK（没有 jweixin 脚本，也没有调用 bridge），也从未调用 wx.config。".to_owned(),
            )
        } else if let Some(r) = failed_api {
            let what = r.status.map_or_else(
                || r.error.clone().unwrap_or_default(),
                |s| format!("HTTP {s}"),
            );
            (
                format!(
                    "jweixin loaded but wx.config was never called; probably because the page's call to {} returned {what}.",
                    short_url(&r.url)
                ),
                format!(
                    "jweixin 已加载，但从未调用 wx.config；可能是因为页面对 {} 的请求返回了 {what}。",
                    short_url(&r.url)
                ),
            )
        } else if let Some(e) = run.exceptions.first() {
            (
                format!(
                    "jweixin loaded but wx.config was never called; a script error may have stopped it: {}",
                    e.message
                ),
                format!(
                    "jweixin 已加载，但从未调用 wx.config；可能被脚本错误打断：{}",
                    e.message
                ),
            )
        } else {
            (
                "The JS-SDK loaded but wx.config was never called before the page went quiet."
                    .to_owned(),
                "JS-SDK 已加载，但页面安静下来之前从未调用 wx.config。".to_owned(),
            )
        };
        Finding {
            code: "no_config_call".to_owned(),
            severity: Severity::Error,
            message: Text::new(en, zh),
            fix: Text::new(
                "Call wx.config on page load with the signature from your server (check the failed requests and exceptions above).",
                "请在页面加载时用服务器返回的签名调用 wx.config（查看上面的失败请求和异常）。",
            ),
        }
    }
}

fn kind_name(kind: UrlChangeKind) -> &'static str {
    match kind {
        UrlChangeKind::PushState => "pushState",
        UrlChangeKind::ReplaceState => "replaceState",
        UrlChangeKind::HashChange => "hashchange",
        UrlChangeKind::PopState => "popstate",
        UrlChangeKind::Navigation => "navigation",
    }
}

/// A URL as a finding quotes it: path and query, without scheme and host when it parses.
pub fn short_url(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(u) => {
            let mut s = u.path().to_owned();
            if let Some(q) = u.query() {
                s.push('?');
                s.push_str(q);
            }
            s
        }
        Err(_) => url.to_owned(),
    }
}

#[cfg(test)]
#[path = "recorder_tests.rs"]
mod tests;

//! The run's memory and its rules, pure: events come in with their time (milliseconds since the
//! run started), actions for the page and the decision to stop come out. No browser, no clock:
//! unit-tested with plain JSON messages.

use std::collections::{BTreeSet, HashMap};

use serde_json::Value;

use super::judge::{self, Account};
use super::messages::{self, BridgeMsg, Envelope, ShareParams};
use super::platform::Emulation;
use super::report::{
    AnswerMode, Blocked, Dialog, FailedRequest, OAuthStop, Outcome, PageException, Run, ShareCall,
    UrlChange, UrlChangeKind,
};
use crate::batch::share::ImageProbe;
use crate::core::jsapi;
use crate::core::text::{Arg, Msg, msg};

/// A request still open longer than this is a long poll or a stream: it does not keep a page
/// from counting as quiet. It is also how long after its last bridge call a configured page's
/// network traffic may hold the run open (a page that polls forever still ends).
const LONG_REQUEST_MS: u64 = 5_000;
/// A one-shot timer (`setTimeout`) due within this long counts as activity, as an open request
/// does: a router that configures again a few hundred ms after its first config, with nothing
/// in flight, is waited for. The bridge reports only these timers; repeating ones never.
pub const TIMER_WINDOW_MS: u64 = 2_000;
/// A reported timer that has not run this long after it was due is no longer waited for: the
/// page's main thread is stuck, and the hard deadline deals with that.
const TIMER_LATE_MS: u64 = 1_000;

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
    /// The ids of this document's config invokes not answered in the page yet.
    unanswered: Vec<u64>,
    /// A config of this document has been answered in the page (whatever the answer): calls
    /// made between `wx.config` and its answer were made before config, as on a phone.
    configured: bool,
    menus: BTreeSet<String>,
    fired: bool,
    /// Pass-through: this document's config invoke ids → their index in `configs` of the run,
    /// for the client's replies.
    invokes: HashMap<u64, usize>,
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
    /// Ends that came before their request (`None`: finished, `Some`: failed with this error):
    /// the DevTools events arrive on separate streams, so a request the probe blocks at once can
    /// end before it starts, and would otherwise count as open until it is a long poll.
    ended_early: HashMap<String, Option<String>>,
    /// The top document's pending one-shot timers: id → when due.
    timers: HashMap<u64, u64>,
    last_bridge_ms: u64,
    last_net_ms: u64,
    /// When the last of those timers ran or was cleared.
    last_timer_ms: u64,
    loaded: bool,
    /// Why the page did not load: the browser's words (`net::ERR_…`) or ours.
    nav_error: Option<Arg>,
    main_status: Option<u16>,
    crashed: bool,
    skipped_messages: usize,
    lines: Vec<Msg>,
    /// The page's real client answers (a phone): no reply and no menu event comes from here,
    /// the client's replies are recorded and judged instead.
    pass_through: bool,
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
            ended_early: HashMap::new(),
            timers: HashMap::new(),
            last_bridge_ms: 0,
            last_net_ms: 0,
            last_timer_ms: 0,
            loaded: false,
            nav_error: None,
            main_status: None,
            crashed: false,
            skipped_messages: 0,
            lines: Vec::new(),
            pass_through: false,
        }
    }

    /// A recorder for a page whose real WeChat client answers (PHONE.md): the bridge script runs
    /// in pass-through mode, `emu` only says which URL the client is taken to verify until its
    /// reply says otherwise (realAuthUrl), and the user agent is the web-view's own.
    pub fn pass_through(emu: &'static Emulation, account: Account, quiet: Quiet) -> Self {
        let mut r = Self::new(emu, String::new(), account, AnswerMode::Wechat, quiet);
        r.pass_through = true;
        r
    }

    /// Binding payloads that were not bridge messages (the page calling the binding itself).
    pub fn skipped_messages(&self) -> usize {
        self.skipped_messages
    }

    /// Lines for people about what just happened (the live timeline); drained by the caller.
    pub fn take_lines(&mut self) -> Vec<Msg> {
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
        // Timers are background, like requests: they are not bridge calls, so they never push
        // the cap that ends a page which keeps itself busy.
        match env.msg {
            BridgeMsg::Timer { id, ms } if env.top => {
                self.timers.insert(id, at.saturating_add(ms));
                return Vec::new();
            }
            BridgeMsg::TimerEnd { id } if env.top => {
                if self.timers.remove(&id).is_some() {
                    self.last_timer_ms = at;
                }
                return Vec::new();
            }
            BridgeMsg::Timer { .. } | BridgeMsg::TimerEnd { .. } => return Vec::new(),
            _ => {}
        }
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
                self.line(msg!("probe-seen-document", url = env.href.as_str()));
                self.loaded = false;
                // The old document's timers died with it (and the new one numbers its own).
                self.timers.clear();
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
                    self.line(msg!(
                        "probe-seen-url-change",
                        kind = kind_name(kind),
                        url = env.href.as_str()
                    ));
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
                    let reply = self.on_config(id, &params, &env.href, &env.doc, context, at);
                    if self.pass_through {
                        self.wait_for_client(id);
                    } else {
                        actions.push(reply);
                    }
                } else if let Some(api) = jsapi::share_api(&name) {
                    self.on_share(api, &name, &params, at);
                }
            }
            BridgeMsg::Answered { id } => {
                let d = self.current_doc();
                let doc = &mut self.docs[d];
                if let Some(at) = doc.unanswered.iter().position(|&u| u == id) {
                    doc.unanswered.remove(at);
                    doc.configured = true;
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
            BridgeMsg::Timer { .. } | BridgeMsg::TimerEnd { .. } => {}
            BridgeMsg::Reply { id, name, res } => {
                if self.pass_through && name == "preVerifyJSAPI" {
                    self.on_client_reply(id, &name, res);
                }
            }
            BridgeMsg::UserAgent { ua } => {
                if self.pass_through && env.top {
                    self.run.user_agent = ua;
                }
            }
            BridgeMsg::Bridge { .. } => self.run.sdk.bridge_used = true,
        }
        actions
    }

    /// Pass-through: the config just recorded waits for the client's answer. `on_config`
    /// announced wxsign's own answer; that line and answer are the client's to give.
    fn wait_for_client(&mut self, id: u64) {
        let index = self.run.configs.len() - 1;
        let d = self.current_doc();
        self.docs[d].invokes.insert(id, index);
        self.lines.pop();
        let call = &mut self.run.configs[index];
        call.answer.clear();
        let line = msg!("phone-seen-config", url = call.verified_url.as_str());
        self.line(line);
    }

    /// Pass-through: the client answered config invoke `id` of the current document. Its errMsg
    /// (as jweixin makes it) is the answer; a realAuthUrl decides the verdict.
    fn on_client_reply(&mut self, id: u64, name: &str, res: Value) {
        let d = self.current_doc();
        let doc = &mut self.docs[d];
        let Some(&index) = doc.invokes.get(&id) else {
            return;
        };
        doc.unanswered.retain(|&u| u != id);
        doc.configured = true;
        let real = messages::real_auth_urls(&res);
        let call = &mut self.run.configs[index];
        call.answer = messages::client_err_msg(name, &res);
        call.client_reply = Some(res);
        if !real.is_empty() {
            judge::rejudge(call, &real, &self.account);
        }
        call.real_auth_url = real;
        let line = if call.real_auth_url.is_empty() {
            msg!("phone-seen-client-answer", answer = call.answer.as_str())
        } else {
            msg!(
                "phone-seen-client-answer-real-auth",
                answer = call.answer.as_str(),
                urls = call.real_auth_url.join(" ")
            )
        };
        self.line(line);
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
            Some(true) => msg!("probe-seen-signature-matches"),
            Some(false) => msg!("probe-seen-signature-mismatch"),
            None => msg!("probe-seen-signature-unchecked"),
        };
        self.line(msg!(
            "probe-seen-config",
            url = call.verified_url.as_str(),
            verdict = verdict,
            answer = call.answer.as_str()
        ));
        let d = self.current_doc();
        self.docs[d].configs.push(self.run.configs.len());
        self.docs[d].unanswered.push(id);
        self.run.configs.push(call);
        Action::Reply { context, id, reply }
    }

    fn on_share(&mut self, api: &'static str, bridge: &str, params: &Value, at: u64) {
        let d = self.current_doc();
        let params = messages::share_params(params);
        let title: Arg = match params.title.as_deref() {
            Some(t) => t.into(),
            None => msg!("probe-seen-no-title").into(),
        };
        self.line(msg!("probe-seen-share", api = api, title = title));
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
        self.line(msg!(
            "probe-seen-dialog",
            kind = kind.as_str(),
            message = message.as_str()
        ));
        // jweixin's debug mode alerts every reply as JSON: the answer we gave is its errMsg. A
        // page's own `alert(res.errMsg)` in wx.error is no sign of debug.
        if let Some(last) = self.run.configs.last_mut()
            && kind == "alert"
            && is_reply_alert(&message, &last.answer)
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
        match self.ended_early.remove(id) {
            Some(None) => self.on_finished(id, at),
            Some(Some(error)) => self.on_failed(id, &error, at),
            None => {}
        }
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
            self.line(msg!(
                "probe-seen-http-failed",
                method = f.method.as_str(),
                url = f.url.as_str(),
                status = status
            ));
            self.run.failed_requests.push(f);
        }
    }

    pub fn on_finished(&mut self, id: &str, at: u64) {
        self.last_net_ms = at;
        if self.requests.remove(id).is_none() {
            self.ended_early.insert(id.to_owned(), None);
        }
    }

    /// A request that failed on the network. Requests the probe blocked itself are listed as
    /// blocked, not failed.
    pub fn on_failed(&mut self, id: &str, error: &str, at: u64) {
        self.last_net_ms = at;
        let Some(req) = self.requests.remove(id) else {
            self.ended_early
                .insert(id.to_owned(), Some(error.to_owned()));
            return;
        };
        // Only the probe blocks "by client" (there are no extensions), and its Paused event may
        // come after this one.
        if error.contains("ERR_BLOCKED_BY_CLIENT")
            || self.run.blocked.iter().any(|b| b.url == req.url)
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
            self.nav_error = Some(error.into());
        }
        self.line(msg!(
            "probe-seen-request-failed",
            method = req.method.as_str(),
            url = req.url.as_str(),
            error = error
        ));
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
        self.line(msg!("probe-seen-blocked", url = b.url.as_str()));
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
        self.line(msg!(
            "probe-seen-oauth",
            appid = o.appid.as_str(),
            redirect_uri = o.redirect_uri.as_str()
        ));
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
        self.line(msg!("probe-seen-exception", message = e.message.as_str()));
        self.run.exceptions.push(e);
    }

    /// `Page.navigate` answered: `Some(error)` when the navigation failed.
    pub fn on_navigated(&mut self, error: Option<Arg>) {
        if let Some(e) = error
            && self.nav_error.is_none()
            && self.run.oauth.is_none()
        {
            self.nav_error = Some(e);
        }
    }

    pub fn on_crash(&mut self, at: u64) {
        self.line(msg!("probe-seen-crashed"));
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
                && !self.pass_through
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
        // Timers hold the page at most LONG_REQUEST_MS past its last bridge call or traffic,
        // so a page that re-arms a short timer forever still ends.
        let base = self.last_bridge_ms.max(self.last_net_ms);
        let timers = if self.timer_pending(now) {
            now
        } else {
            self.last_timer_ms
        };
        let quiet_since = base.max(timers.min(base + LONG_REQUEST_MS));
        let until = quiet_since + self.quiet.no_config_ms;
        match open {
            Some(long_at) => Step::Wait(Some(long_at.max(until))),
            None if now < until => Step::Wait(Some(until)),
            None => Step::Done(Outcome::NoConfigCall),
        }
    }

    /// When a configured page that is still setting up last did something that may lead to a
    /// bridge call: its last bridge call, or its background (see [`Self::background_since`]).
    /// Pages often fetch their share texts after `wx.ready` and set them up when the reply
    /// comes, and routers configure again from a timer, so a short settle time is only safe when
    /// the background is quiet too. It holds the run at most [`LONG_REQUEST_MS`] past the last
    /// bridge call, so a page that polls forever still ends.
    fn active_since(&self, now: u64) -> u64 {
        self.last_bridge_ms.max(
            self.background_since(now)
                .min(self.last_bridge_ms + LONG_REQUEST_MS),
        )
    }

    /// When the page's background was last busy: `now` while one of its requests is open or a
    /// one-shot timer due soon is pending, else when the last request or timer ended.
    fn background_since(&self, now: u64) -> u64 {
        let open = self
            .requests
            .values()
            .any(|r| now.saturating_sub(r.started_ms) < LONG_REQUEST_MS);
        if open || self.timer_pending(now) || self.awaiting_client() {
            now
        } else {
            self.last_net_ms.max(self.last_timer_ms)
        }
    }

    /// Pass-through: a config of the current document still waits for the real client's answer
    /// (a server round trip on the phone), which holds the run like an open request.
    fn awaiting_client(&self) -> bool {
        self.pass_through && self.docs.last().is_some_and(|d| !d.unanswered.is_empty())
    }

    /// A reported timer has not run yet and is not overdue by more than [`TIMER_LATE_MS`].
    fn timer_pending(&self, now: u64) -> bool {
        self.timers
            .values()
            .any(|&due| now < due.saturating_add(TIMER_LATE_MS))
    }

    fn line(&mut self, line: Msg) {
        self.lines.push(line);
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
}

/// A dialog that is jweixin's debug alert of the reply `answer`: `JSON.stringify(res)` of an
/// object whose errMsg is that answer.
fn is_reply_alert(message: &str, answer: &str) -> bool {
    serde_json::from_str::<Value>(message)
        .ok()
        .and_then(|v| v.get("errMsg").and_then(Value::as_str).map(|m| m == answer))
        .unwrap_or(false)
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

#[path = "recorder_findings.rs"]
mod findings;

#[cfg(test)]
#[path = "recorder_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "recorder_pass_tests.rs"]
mod pass_tests;

//! One recording of a page in the real client, whatever carries its messages (the Android
//! DevTools socket today, a proxy later): the bridge script's payloads and the page's network
//! events come in as plain [`PageEvent`]s with their time, the probe's recorder in
//! pass-through mode keeps the run (quiet detection, judging), and the raw exchange is kept
//! for `--record`. No I/O.

use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::batch::Platform;
use crate::core::text::Msg;
use crate::probe::judge::Account;
use crate::probe::platform;
use crate::probe::recorder::{Quiet, Recorder, Step};
use crate::probe::report::{Outcome, PageException, Run};

/// What a transport reports of the page.
#[derive(Clone, Debug, PartialEq)]
pub enum PageEvent {
    /// One message of the bridge script (a JSON string).
    Binding {
        payload: String,
    },
    Request {
        id: String,
        url: String,
        method: String,
        resource_type: String,
        main_document: bool,
    },
    Response {
        id: String,
        status: u16,
    },
    Finished {
        id: String,
    },
    Failed {
        id: String,
        error: String,
    },
    Exception {
        message: String,
        url: Option<String>,
        line: Option<u32>,
    },
    /// The page's renderer or target went away.
    Crashed,
}

/// One bridge message as recorded, with when it came (ms since the recording started).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exchanged {
    pub at_ms: u64,
    pub msg: Value,
}

/// A recording in progress.
pub struct Session {
    rec: Recorder,
    exchange: Vec<Exchanged>,
    page_params: Option<Value>,
}

/// What a finished recording holds.
pub struct Recorded {
    pub run: Run,
    /// Every bridge message but timers, in order.
    pub exchange: Vec<Exchanged>,
}

impl Session {
    /// `platform` says which URL the client is taken to verify until a realAuthUrl says
    /// otherwise; `account` is what the verdicts are judged with (no tickets: not judged).
    pub fn new(platform: Platform, account: Account, settle: Duration) -> Self {
        let settle_ms = u64::try_from(settle.as_millis()).unwrap_or(u64::MAX);
        Self {
            rec: Recorder::pass_through(
                platform::emulation(platform),
                account,
                Quiet::from_settle(settle_ms),
            ),
            exchange: Vec::new(),
            page_params: None,
        }
    }

    pub fn on_event(&mut self, ev: PageEvent, at: u64) {
        match ev {
            PageEvent::Binding { payload } => {
                if let Ok(msg) = serde_json::from_str::<Value>(&payload) {
                    let t = msg.get("t").and_then(Value::as_str).unwrap_or_default();
                    if t == "invoke"
                        && msg.get("name").and_then(Value::as_str) == Some("preVerifyJSAPI")
                        && msg.get("top").and_then(Value::as_bool) == Some(true)
                    {
                        self.page_params = msg.get("params").cloned();
                    }
                    // Timers only pace the quiet detection; they say nothing about the client.
                    if !matches!(t, "timer" | "timer_end") {
                        self.exchange.push(Exchanged { at_ms: at, msg });
                    }
                }
                // The context is the probe's, for its answers; nothing is answered here.
                let actions = self.rec.on_binding(&payload, 0, at);
                debug_assert!(actions.is_empty(), "pass-through answers nothing");
            }
            PageEvent::Request {
                id,
                url,
                method,
                resource_type,
                main_document,
            } => self
                .rec
                .on_request(&id, &url, &method, &resource_type, main_document, at),
            PageEvent::Response { id, status } => self.rec.on_response(&id, status, at),
            PageEvent::Finished { id } => self.rec.on_finished(&id, at),
            PageEvent::Failed { id, error } => self.rec.on_failed(&id, &error, at),
            PageEvent::Exception { message, url, line } => self.rec.on_exception(PageException {
                message,
                url,
                line,
                at_ms: at,
            }),
            PageEvent::Crashed => self.rec.on_crash(at),
        }
    }

    /// Whether the page has gone quiet at `now` (ms since the start).
    pub fn step(&mut self, now: u64) -> Step {
        let mut actions = Vec::new();
        let step = self.rec.step(now, &mut actions);
        debug_assert!(actions.is_empty(), "pass-through fires nothing");
        step
    }

    /// Lines for people about what just happened.
    pub fn take_lines(&mut self) -> Vec<Msg> {
        self.rec.take_lines()
    }

    /// The parameters of the page's last `preVerifyJSAPI` as its bridge call carried them
    /// (bridge names, the page's appId): what Ask re-signs.
    pub fn page_params(&self) -> Option<&Value> {
        self.page_params.as_ref()
    }

    pub fn finish(self, outcome: Outcome, duration_ms: u64, timeout_ms: u64) -> Recorded {
        let run = self.rec.finish(
            outcome,
            &std::collections::HashMap::new(),
            duration_ms,
            timeout_ms,
        );
        Recorded {
            run,
            exchange: self.exchange,
        }
    }
}

/// How a recorded exchange ends without a live page (a replayed fixture): configured when a
/// config call was made, else without one.
pub fn replay(platform: Platform, account: Account, exchange: &[Exchanged]) -> Recorded {
    let mut s = Session::new(platform, account, Duration::from_millis(250));
    let mut last = 0;
    for e in exchange {
        last = last.max(e.at_ms);
        s.on_event(
            PageEvent::Binding {
                payload: e.msg.to_string(),
            },
            e.at_ms,
        );
    }
    let configured = exchange.iter().any(|e| {
        e.msg.get("t").and_then(Value::as_str) == Some("invoke")
            && e.msg.get("name").and_then(Value::as_str) == Some("preVerifyJSAPI")
    });
    let outcome = if configured {
        Outcome::Configured
    } else {
        Outcome::NoConfigCall
    };
    s.finish(outcome, last, last)
}

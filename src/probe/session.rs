//! One browser and the runs it serves: a single probe (one run per platform) or a whole batch
//! (pages in parallel, each in its own browser context). The loop of a run feeds the page's
//! events to the [`Recorder`] and carries out its actions, with the hard deadline and the
//! cancel switch around every wait.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use serde_json::json;

use super::browser::BrowserInfo;
use super::cdp::{Driver, PageEvent, PageSetup, Tab};
use super::judge::Account;
use super::oauth::{self, Verdict};
use super::platform::{self, Emulation};
use super::process::BrowserProcess;
use super::recorder::{Action, Quiet, Recorder, Step, TIMER_WINDOW_MS};
use super::report::{Outcome, PageException, Run};
use super::{ProbeError, ProbeOptions, Progress};
use crate::batch::share::ImageProbe;
use crate::batch::{CancelFlag, Platform};
use crate::core::text::{Arg, msg};

/// How long the browser may take to print its DevTools address.
const START_TIMEOUT: Duration = Duration::from_secs(20);
/// After the deadline or a cancel: how long closing the page may take before the run gives up
/// on it (the browser is killed at the end of the probe whatever happens).
const CLOSE_TIMEOUT: Duration = Duration::from_secs(3);

/// The injected script, with `__CONFIG__` replaced per page.
const BRIDGE_JS: &str = include_str!("bridge.js");

/// A running browser shared by the runs of a probe or a batch.
pub struct Session {
    driver: Option<Driver>,
    process: Option<BrowserProcess>,
    /// What the browser says it is (`Chromium 148.0.7778.167`).
    pub browser: String,
}

impl Session {
    /// Starts `info` and connects to it. Cancel-safe: dropping the future kills the browser.
    pub async fn start(info: &BrowserInfo) -> Result<Session, ProbeError> {
        let process = BrowserProcess::start(info, START_TIMEOUT)
            .await
            .map_err(|e| ProbeError::Launch(e.0))?;
        let driver = match Driver::connect(&process.ws_url).await {
            Ok(d) => d,
            Err(e) => {
                let msg = e.to_string();
                process.shutdown(Duration::ZERO).await;
                return Err(ProbeError::Launch(msg!(
                    "probe-launch-connect",
                    error = msg
                )));
            }
        };
        let browser = driver.version().await.unwrap_or_else(|_| info.describe());
        Ok(Session {
            driver: Some(driver),
            process: Some(process),
            browser,
        })
    }

    /// Stops the browser and deletes its profile.
    pub async fn close(mut self) {
        if let Some(d) = self.driver.take() {
            d.close().await;
        }
        if let Some(p) = self.process.take() {
            p.shutdown(Duration::from_secs(2)).await;
        }
    }

    /// The browser's pid (tests look for leftovers of it).
    pub fn pid(&self) -> Option<i32> {
        self.process.as_ref().and_then(BrowserProcess::pid)
    }

    /// One platform's run of `opts.url`. `Err(Cancelled)` after a cancel; every other problem
    /// is in the run (its outcome and findings).
    pub async fn run(
        &self,
        opts: &ProbeOptions,
        platform: Platform,
        cancel: &CancelFlag,
        progress: &mut (dyn FnMut(Progress) + Send),
    ) -> Result<Run, ProbeError> {
        let Some(driver) = self.driver.as_ref() else {
            return Err(ProbeError::Cancelled);
        };
        let emu = platform::emulation(platform);
        let user_agent = opts
            .user_agent
            .clone()
            .unwrap_or_else(|| emu.user_agent.to_owned());
        let started = Instant::now();
        let timeout_ms = millis(opts.timeout);
        let account = Account {
            tickets: opts.tickets.clone(),
            app_id: opts.app_id.clone(),
            safe_domains: opts.safe_domains.clone(),
        };
        let mut rec = Recorder::new(
            emu,
            user_agent.clone(),
            account,
            opts.answer,
            Quiet::from_settle(millis(opts.settle)),
        );
        let ns = format!(
            "__wxsign_{:016x}{:016x}",
            rand::random::<u64>(),
            rand::random::<u64>()
        );
        let setup = page_setup(emu, &user_agent, &ns);
        let deadline = tokio::time::Instant::from_std(started + opts.timeout);
        let opened = tokio::select! {
            biased;
            () = cancel.cancelled() => return Err(ProbeError::Cancelled),
            () = tokio::time::sleep_until(deadline) => None,
            r = driver.open(setup) => Some(r),
        };
        let (tab, mut events) = match opened {
            Some(Ok(t)) => t,
            Some(Err(e)) => {
                rec.on_navigated(Some(
                    msg!("probe-seen-no-page", error = e.to_string()).into(),
                ));
                return Ok(rec.finish(
                    Outcome::NavigationFailed,
                    &HashMap::new(),
                    millis(started.elapsed()),
                    timeout_ms,
                ));
            }
            None => {
                return Ok(rec.finish(
                    Outcome::TimedOut,
                    &HashMap::new(),
                    millis(started.elapsed()),
                    timeout_ms,
                ));
            }
        };
        let mut nav = tokio::spawn(tab.navigate_task(opts.url.clone()));
        let mut nav_done = false;
        let mut actions = Vec::new();
        let outcome = loop {
            let now = millis(started.elapsed());
            let wake = match rec.step(now, &mut actions) {
                Step::Done(o) => break o,
                Step::Wait(w) => w,
            };
            perform(&tab, &ns, std::mem::take(&mut actions));
            flush(&mut rec, platform, progress);
            let wake_at =
                wake.map(|ms| tokio::time::Instant::from_std(started + Duration::from_millis(ms)));
            tokio::select! {
                biased;
                () = cancel.cancelled() => {
                    close(driver, tab).await;
                    return Err(ProbeError::Cancelled);
                }
                () = tokio::time::sleep_until(deadline) => break Outcome::TimedOut,
                r = &mut nav, if !nav_done => {
                    nav_done = true;
                    match r {
                        Ok(Ok(error)) => rec.on_navigated(error.map(Arg::from)),
                        Ok(Err(e)) => rec.on_navigated(Some(e.to_string().into())),
                        Err(_) => rec.on_navigated(Some(msg!("probe-seen-navigation-stopped").into())),
                    }
                }
                ev = events.recv() => match ev {
                    Some(ev) => {
                        let at = millis(started.elapsed());
                        actions.extend(dispatch(&mut rec, ev, at));
                    }
                    // The page's event streams ended: its target is gone.
                    None => rec.on_crash(millis(started.elapsed())),
                },
                () = sleep_opt(wake_at) => {}
            }
        };
        // Whatever was answered last still reaches the page before it closes.
        perform(&tab, &ns, std::mem::take(&mut actions));
        flush(&mut rec, platform, progress);
        nav.abort();
        close(driver, tab).await;
        let images = if opts.check_images {
            check_images(rec.share_images()).await
        } else {
            HashMap::new()
        };
        Ok(rec.finish(outcome, &images, millis(started.elapsed()), timeout_ms))
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        // Dropped without `close` (a cancelled future): the process owner kills the group.
        self.driver.take();
        self.process.take();
    }
}

/// Milliseconds of a run's clock (the phone's recording counts the same way).
pub(crate) fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

/// Sleeps until `at`, or forever: a select arm for a wake-up that may not be due.
pub(crate) async fn sleep_opt(at: Option<tokio::time::Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}

async fn close(driver: &Driver, tab: Tab) {
    let _ = tokio::time::timeout(CLOSE_TIMEOUT, driver.close_tab(tab)).await;
}

fn page_setup(emu: &'static Emulation, user_agent: &str, ns: &str) -> PageSetup {
    let binding = format!(
        "__wxsign_b{:016x}{:016x}",
        rand::random::<u64>(),
        rand::random::<u64>()
    );
    let config = json!({
        "binding": binding,
        "ns": ns,
        "wkwebview": emu.wkwebview,
        "timer_ms": TIMER_WINDOW_MS,
    });
    PageSetup {
        script: bridge_script(&config),
        binding,
        user_agent: user_agent.to_owned(),
        accept_language: emu.accept_language.to_owned(),
        platform: emu.navigator_platform.to_owned(),
        width: emu.width,
        height: emu.height,
        device_scale_factor: emu.device_scale_factor,
        headers: emu
            .extra_headers
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect(),
        patterns: oauth::PATTERNS.iter().map(|p| (*p).to_owned()).collect(),
        block: |url| !matches!(oauth::classify(url), Verdict::Pass),
    }
}

/// The bridge script with its settings (`binding`, `ns`, `timer_ms`, `wkwebview`; `pass` for the
/// phone's pass-through recorder): the one script both the probe and the phone inject.
pub fn bridge_script(config: &serde_json::Value) -> String {
    BRIDGE_JS.replace("__CONFIG__", &config.to_string())
}

fn dispatch(rec: &mut Recorder, ev: PageEvent, at: u64) -> Vec<Action> {
    match ev {
        PageEvent::Binding { payload, context } => return rec.on_binding(&payload, context, at),
        PageEvent::Exception { message, url, line } => rec.on_exception(PageException {
            message,
            url,
            line,
            at_ms: at,
        }),
        PageEvent::Dialog { kind, message } => rec.on_browser_dialog(&kind, &message, at),
        PageEvent::Request {
            id,
            url,
            method,
            resource_type,
            main_document,
        } => rec.on_request(&id, &url, &method, &resource_type, main_document, at),
        PageEvent::Response { id, status } => rec.on_response(&id, status, at),
        PageEvent::Finished { id } => rec.on_finished(&id, at),
        PageEvent::Failed { id, error } => rec.on_failed(&id, &error, at),
        PageEvent::Paused { url, .. } => match oauth::classify(&url) {
            Verdict::Beacon(b) => rec.on_blocked(b, at),
            Verdict::OAuth(o) => rec.on_oauth(o, at),
            Verdict::Pass => {}
        },
        PageEvent::Crashed => rec.on_crash(at),
    }
    Vec::new()
}

/// Carries out the recorder's actions in their own tasks: a busy renderer must not stall the
/// loop and its deadline.
fn perform(tab: &Tab, ns: &str, actions: Vec<Action>) {
    for action in actions {
        let ns_lit = serde_json::Value::String(ns.to_owned());
        let expressions: Vec<(i64, String)> = match action {
            Action::Reply { context, id, reply } => {
                vec![(context, format!("window[{ns_lit}].reply({id}, {reply})"))]
            }
            Action::FireMenus { context, events } => events
                .into_iter()
                .map(|e| {
                    let e = serde_json::Value::String(e);
                    (context, format!("window[{ns_lit}].fire({e})"))
                })
                .collect(),
        };
        for (context, expr) in expressions {
            tokio::spawn(tab.evaluate_task(context, expr));
        }
    }
}

fn flush(rec: &mut Recorder, platform: Platform, progress: &mut (dyn FnMut(Progress) + Send)) {
    for line in rec.take_lines() {
        progress(Progress::Seen { platform, line });
    }
}

/// How long one share image may take to answer (`--check-images`).
const IMAGE_TIMEOUT: Duration = Duration::from_secs(5);

/// GETs each image and looks at the status and content type only (the batch's check).
async fn check_images(urls: Vec<String>) -> HashMap<String, ImageProbe> {
    let mut out = HashMap::new();
    if urls.is_empty() {
        return out;
    }
    let Ok(client) = reqwest::Client::builder()
        .user_agent(concat!("wxsign/", env!("CARGO_PKG_VERSION"), " (probe)"))
        .build()
    else {
        return out;
    };
    let checks = urls.into_iter().map(|url| {
        let client = client.clone();
        async move {
            let probe = crate::batch::runner::fetch_image(&client, &url, IMAGE_TIMEOUT).await;
            (url, probe)
        }
    });
    for (url, probe) in futures::future::join_all(checks).await {
        out.insert(url, probe);
    }
    out
}

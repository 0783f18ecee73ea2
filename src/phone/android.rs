//! The Android transport (PHONE.md §1): the adb server, the device's DevTools sockets of WeChat
//! and WeCom, their pages, and one page recorded through a page-level DevTools connection. The
//! recorder (the probe's bridge script in pass-through mode) goes in before the page's scripts
//! (`Page.addScriptToEvaluateOnNewDocument`, `Runtime.addBinding`), with fallbacks when the
//! web-view refuses either; the page is reloaded (or its entry URL opened) and recorded until
//! it is quiet or the deadline. Only the chosen page is attached to; cookies and storage are
//! never read.

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use tokio::sync::mpsc;

use super::adb::{Adb, Device};
use super::ask;
use super::cdp::{self, Cdp, CdpError, CdpEvent};
use super::devtools::{self, Page};
use super::discover::{self, App, Endpoint};
use super::report::{self, Asked, Context, Navigation, PhoneReport, Setup, Source, Target};
use super::session::{Exchanged, PageEvent, Session};
use super::{Choice, PhoneError, Progress, oauth_entry};
use crate::batch::{CancelFlag, Platform};
use crate::core::sign;
use crate::probe::judge::Account;
use crate::probe::recorder::{Step, TIMER_WINDOW_MS};
use crate::probe::report::{Outcome, Run};
use crate::probe::session::{millis, sleep_opt};

/// How often the page-side buffer is drained when the binding was refused.
const POLL_EVERY: Duration = Duration::from_millis(200);
/// How long the client may take to answer one ask.
const ASK_TIMEOUT: Duration = Duration::from_secs(10);
/// Cleaning up after the recording (removing the script and binding) may take this long.
const CLEANUP_TIMEOUT: Duration = Duration::from_secs(2);

/// What `phone list` found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Listing {
    /// The adb server's address.
    pub adb: String,
    pub devices: Vec<DeviceListing>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceListing {
    #[serde(flatten)]
    pub device: Device,
    pub endpoints: Vec<EndpointListing>,
    /// WeChat or WeCom running without any DevTools socket: the switch is off or expired.
    pub running_without_socket: Vec<App>,
    /// Why the device could not be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EndpointListing {
    #[serde(flatten)]
    pub endpoint: Endpoint,
    pub pages: Vec<Page>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl DeviceListing {
    /// Why nothing on this device can be attached to, as the error that says what to do
    /// (`None` when it has sockets, or could not be read: see `error`).
    pub fn problem(&self) -> Option<PhoneError> {
        let serial = &self.device.serial;
        if self.device.state == "unauthorized" {
            return Some(PhoneError::NoDevice {
                unauthorized: vec![serial.clone()],
            });
        }
        if !self.device.usable() {
            return Some(PhoneError::DeviceNotReady {
                serial: serial.clone(),
                state: self.device.state.clone(),
            });
        }
        (self.endpoints.is_empty() && self.error.is_none()).then(|| PhoneError::NoSocket {
            device: serial.clone(),
            running: self.running_without_socket.clone(),
        })
    }
}

impl Listing {
    /// Every page, with where it lives.
    pub fn choices(&self) -> Vec<Choice> {
        self.devices
            .iter()
            .flat_map(|d| {
                d.endpoints.iter().flat_map(move |e| {
                    e.pages.iter().map(move |p| Choice {
                        device: d.device.serial.clone(),
                        socket: e.endpoint.socket.clone(),
                        page: p.clone(),
                    })
                })
            })
            .collect()
    }
}

/// Lists the devices, their WeChat and WeCom DevTools sockets and the pages in them.
pub async fn list(
    adb: &Adb,
    progress: &mut (dyn FnMut(Progress) + Send),
) -> Result<Listing, PhoneError> {
    let started = adb.ensure_running().await?;
    progress(Progress::AdbReady {
        addr: adb.addr.to_string(),
        started,
    });
    let mut devices = Vec::new();
    for device in adb.devices().await? {
        devices.push(list_device(adb, device).await);
    }
    Ok(Listing {
        adb: adb.addr.to_string(),
        devices,
    })
}

async fn list_device(adb: &Adb, device: Device) -> DeviceListing {
    let mut out = DeviceListing {
        device,
        endpoints: Vec::new(),
        running_without_socket: Vec::new(),
        error: None,
    };
    if !out.device.usable() {
        return out;
    }
    let (endpoints, running) = match discover_device(adb, &out.device.serial).await {
        Ok(found) => found,
        Err(e) => {
            out.error = Some(e.to_string());
            return out;
        }
    };
    out.running_without_socket = running;
    for endpoint in endpoints {
        let (pages, error) = match pages(adb, &out.device.serial, &endpoint.socket).await {
            Ok(p) => (devtools::offered(p), None),
            Err(e) => (Vec::new(), Some(e)),
        };
        out.endpoints.push(EndpointListing {
            endpoint,
            pages,
            error,
        });
    }
    out
}

/// The WeChat and WeCom DevTools sockets of a device, and the apps running without one.
async fn discover_device(
    adb: &Adb,
    serial: &str,
) -> Result<(Vec<Endpoint>, Vec<App>), super::adb::AdbError> {
    let unix = adb.shell(serial, "cat /proc/net/unix").await?;
    let sockets = discover::devtools_sockets(&unix);
    // Android 8+ lists only the shell's own processes without -A; older `ps` takes -A for a
    // name to match and prints the header alone.
    let mut procs = discover::processes(&adb.shell(serial, "ps -A").await?);
    if procs.len() < 2 {
        procs = discover::processes(&adb.shell(serial, "ps").await?);
    }
    let endpoints = discover::endpoints(&sockets, &procs);
    let running = discover::running_without_socket(&procs, &endpoints);
    Ok((endpoints, running))
}

/// The pages of one socket: `/json/list`, or `/json` where the engine has no list.
async fn pages(adb: &Adb, serial: &str, socket: &str) -> Result<Vec<Page>, String> {
    let service = format!("localabstract:{socket}");
    for path in ["/json/list", "/json"] {
        let stream = adb
            .open(serial, &service)
            .await
            .map_err(|e| e.to_string())?;
        let (status, body) = devtools::get(stream, path)
            .await
            .map_err(|e| e.to_string())?;
        if let Some(pages) = devtools::parse_list(status, &body).map_err(|e| e.to_string())? {
            return Ok(pages);
        }
    }
    Err(devtools::NO_LIST.to_owned())
}

/// How the page runs its scripts again under the recorder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Navigate {
    /// Reload it; refused for a page whose URL carries an OAuth `code` (single-use).
    Reload,
    /// Reload it even with a `code` in its URL.
    ReloadAnyway,
    /// Open this URL instead; `None`: the page's own URL without `code` and `state`.
    Entry(Option<String>),
}

/// What to attach to and how.
#[derive(Clone, Debug)]
pub struct AttachOptions {
    pub adb: Adb,
    /// The device's serial; needed when more than one is connected.
    pub device: Option<String>,
    /// Text in the page's URL or title; needed when more than one page is open.
    pub page: Option<String>,
    pub navigate: Navigate,
    /// The tickets, appId and safe domains the page is judged with (no tickets: not judged).
    pub account: Account,
    /// Hard deadline of the recording.
    pub timeout: Duration,
    /// How long the page must stay quiet after `wx.config`.
    pub settle: Duration,
    /// Let the client verify the candidate URLs (needs a ticket).
    pub ask: bool,
    pub source: Source,
}

/// A finished attach: the report, and the raw exchange for `--record`.
pub struct Attached {
    pub report: PhoneReport,
    pub exchange: Vec<Exchanged>,
}

/// Finds the page, attaches, records until quiet or the deadline, asks (opt-in), detaches and
/// reports. Nothing is left on the phone: the script and binding are removed and the stream
/// closed on every path (a dropped future closes the stream, which ends the DevTools session).
pub async fn attach(
    opts: AttachOptions,
    cancel: CancelFlag,
    progress: &mut (dyn FnMut(Progress) + Send),
) -> Result<Attached, PhoneError> {
    let started = opts.adb.ensure_running().await?;
    progress(Progress::AdbReady {
        addr: opts.adb.addr.to_string(),
        started,
    });
    let serial = choose_device(&opts.adb, opts.device.as_deref()).await?;
    let (endpoints, running) = discover_device(&opts.adb, &serial).await?;
    if endpoints.is_empty() {
        return Err(PhoneError::NoSocket {
            device: serial,
            running,
        });
    }
    let mut offered = Vec::new();
    for e in &endpoints {
        if let Ok(p) = pages(&opts.adb, &serial, &e.socket).await {
            offered.extend(devtools::offered(p).into_iter().map(|page| Choice {
                device: serial.clone(),
                socket: e.socket.clone(),
                page,
            }));
        }
    }
    let choice = choose_page(offered, opts.page.as_deref(), &serial)?;
    let navigation = navigation(&choice.page.url, &opts.navigate)?;
    let endpoint = endpoints
        .iter()
        .find(|e| e.socket == choice.socket)
        .cloned();
    progress(Progress::Attached {
        device: serial.clone(),
        socket: choice.socket.clone(),
        page: choice.page.clone(),
    });
    let stream = opts
        .adb
        .open(&serial, &format!("localabstract:{}", choice.socket))
        .await?;
    let (cdp, events) = cdp::connect(stream, &choice.page.ws_path)
        .await
        .map_err(|e| PhoneError::Devtools {
            reason: e.to_string(),
            busy: choice.page.busy,
        })?;
    let cdp = Arc::new(cdp);
    let mut rec = Recording::new(Arc::clone(&cdp), &serial, &choice.page, &opts);
    let result = rec
        .run(events, navigation.clone(), &opts, &cancel, progress)
        .await;
    let asks = match &result {
        Ok((recorded, _, _)) if opts.ask => rec.ask(&opts, &recorded.run, progress).await,
        _ => Vec::new(),
    };
    rec.cleanup().await;
    drop(rec);
    if let Ok(cdp) = Arc::try_unwrap(cdp) {
        cdp.close().await;
    }
    let (recorded, setup, duration_ms) = result?;
    let exchange = recorded.exchange.clone();
    let report = report::build(
        recorded,
        Context {
            source: opts.source,
            platform: Platform::Android,
            app: endpoint.as_ref().map(|e| e.app),
            target: Some(Target {
                device: serial,
                socket: choice.socket,
                process: endpoint.and_then(|e| e.process),
                page: choice.page,
            }),
            navigation: Some(navigation),
            setup,
            asks,
            duration_ms,
        },
    );
    Ok(Attached { report, exchange })
}

async fn choose_device(adb: &Adb, wanted: Option<&str>) -> Result<String, PhoneError> {
    let devices = adb.devices().await?;
    if let Some(serial) = wanted {
        let Some(d) = devices.iter().find(|d| d.serial == serial) else {
            return Err(PhoneError::DeviceNotFound {
                serial: serial.to_owned(),
                known: devices.iter().map(|d| d.serial.clone()).collect(),
            });
        };
        if !d.usable() {
            return Err(PhoneError::DeviceNotReady {
                serial: d.serial.clone(),
                state: d.state.clone(),
            });
        }
        return Ok(d.serial.clone());
    }
    let usable: Vec<&Device> = devices.iter().filter(|d| d.usable()).collect();
    match usable.as_slice() {
        [one] => Ok(one.serial.clone()),
        [] => Err(PhoneError::NoDevice {
            unauthorized: devices
                .iter()
                .filter(|d| d.state == "unauthorized")
                .map(|d| d.serial.clone())
                .collect(),
        }),
        many => Err(PhoneError::ManyDevices {
            serials: many.iter().map(|d| d.serial.clone()).collect(),
        }),
    }
}

/// The one page `text` names (its id, or text in its URL or title, case-insensitive), or the
/// only page.
pub fn choose_page(
    offered: Vec<Choice>,
    text: Option<&str>,
    device: &str,
) -> Result<Choice, PhoneError> {
    if offered.is_empty() {
        return Err(PhoneError::NoPage {
            device: device.to_owned(),
        });
    }
    let Some(text) = text else {
        return match <[Choice; 1]>::try_from(offered) {
            Ok([one]) => Ok(one),
            Err(pages) => Err(PhoneError::ManyPages { pages }),
        };
    };
    let needle = text.to_lowercase();
    // The page's id too: the window picks by it, since a page's URL moves on as it routes.
    let (matching, rest): (Vec<Choice>, Vec<Choice>) = offered.into_iter().partition(|c| {
        c.page.id == text
            || c.page.url.to_lowercase().contains(&needle)
            || c.page.title.to_lowercase().contains(&needle)
    });
    match <[Choice; 1]>::try_from(matching) {
        Ok([one]) => Ok(one),
        Err(m) if m.is_empty() => Err(PhoneError::PageNotFound {
            text: text.to_owned(),
            pages: rest,
        }),
        Err(pages) => Err(PhoneError::ManyPages { pages }),
    }
}

/// What running the page again means for `url`: an OAuth `code` is never spent without being
/// asked to.
pub fn navigation(url: &str, navigate: &Navigate) -> Result<Navigation, PhoneError> {
    match (navigate, oauth_entry(url)) {
        (Navigate::Reload, Some(entry_url)) => Err(PhoneError::OAuthCode {
            url: url.to_owned(),
            entry_url,
        }),
        (Navigate::Reload | Navigate::ReloadAnyway, _) | (Navigate::Entry(None), None) => {
            Ok(Navigation::Reload)
        }
        (Navigate::Entry(None), Some(url)) => Ok(Navigation::Entry { url }),
        (Navigate::Entry(Some(url)), _) => Ok(Navigation::Entry { url: url.clone() }),
    }
}

/// One page being recorded over its DevTools connection.
struct Recording {
    cdp: Arc<Cdp>,
    /// The device's serial, to name it when the connection breaks off.
    device: String,
    /// The page's target id, which is its main frame's id.
    frame: String,
    binding: String,
    ns: String,
    script: String,
    script_id: Option<String>,
    setup: Setup,
    session: Option<Session>,
    page_params: Option<Value>,
    app_id: String,
}

type Finished = (super::session::Recorded, Setup, u64);

impl Recording {
    fn new(cdp: Arc<Cdp>, device: &str, page: &Page, opts: &AttachOptions) -> Self {
        let binding = format!(
            "__wxsign_b{:016x}{:016x}",
            rand::random::<u64>(),
            rand::random::<u64>()
        );
        let ns = format!(
            "__wxsign_{:016x}{:016x}",
            rand::random::<u64>(),
            rand::random::<u64>()
        );
        let script = crate::probe::session::bridge_script(&json!({
            "binding": binding,
            "ns": ns,
            "pass": true,
            "wkwebview": false,
            "timer_ms": TIMER_WINDOW_MS,
        }));
        Self {
            cdp,
            device: device.to_owned(),
            frame: page.id.clone(),
            binding,
            ns,
            script,
            script_id: None,
            setup: Setup::default(),
            session: Some(Session::new(
                Platform::Android,
                opts.account.clone(),
                opts.settle,
            )),
            page_params: None,
            app_id: opts.account.app_id.clone().unwrap_or_default(),
        }
    }

    async fn run(
        &mut self,
        mut events: mpsc::UnboundedReceiver<CdpEvent>,
        navigation: Navigation,
        opts: &AttachOptions,
        cancel: &CancelFlag,
        progress: &mut (dyn FnMut(Progress) + Send),
    ) -> Result<Finished, PhoneError> {
        let devtools = |e: CdpError| PhoneError::Devtools {
            reason: e.to_string(),
            busy: false,
        };
        // Events first (bindings, exceptions, contexts), then the network for quiet detection;
        // a web-view without the network domain is still recorded by its bridge calls.
        self.cdp
            .call("Runtime.enable", json!({}))
            .await
            .map_err(devtools)?;
        let _ = self.cdp.call("Network.enable", json!({})).await;
        // Chromium runs scripts added for new documents only while the page domain is on.
        let _ = self.cdp.call("Page.enable", json!({})).await;
        if let Err(e) = self
            .cdp
            .call("Runtime.addBinding", json!({"name": self.binding}))
            .await
        {
            if !matches!(e, CdpError::Refused { .. }) {
                return Err(devtools(e));
            }
            self.setup.polled = true;
        }
        match self
            .cdp
            .call(
                "Page.addScriptToEvaluateOnNewDocument",
                json!({"source": self.script}),
            )
            .await
        {
            Ok(v) => {
                self.script_id = v
                    .get("identifier")
                    .and_then(Value::as_str)
                    .map(str::to_owned);
            }
            Err(CdpError::Refused { .. }) => self.setup.late = true,
            Err(e) => return Err(devtools(e)),
        }
        let started = Instant::now();
        let deadline = tokio::time::Instant::from_std(started + opts.timeout);
        let timeout_ms = millis(opts.timeout);
        progress(Progress::Navigating {
            navigation: navigation.clone(),
        });
        let nav = match &navigation {
            Navigation::Reload => self.cdp.call("Page.reload", json!({})).await,
            Navigation::Entry { url } => self.cdp.call("Page.navigate", json!({"url": url})).await,
        };
        nav.map_err(devtools)?;
        let mut poll = tokio::time::interval(POLL_EVERY);
        poll.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let outcome = loop {
            let now = millis(started.elapsed());
            let wake = match self.session_mut().step(now) {
                Step::Done(o) => break o,
                Step::Wait(w) => w,
            };
            self.flush(progress);
            let wake_at =
                wake.map(|ms| tokio::time::Instant::from_std(started + Duration::from_millis(ms)));
            tokio::select! {
                biased;
                () = cancel.cancelled() => return Err(PhoneError::Cancelled),
                () = tokio::time::sleep_until(deadline) => break Outcome::TimedOut,
                ev = events.recv() => {
                    let at = millis(started.elapsed());
                    match ev {
                        Some(ev) => self.on_event(ev, at),
                        // The stream ended: the phone is gone, not the page (a crashed page
                        // says so with an event). A part of a recording is not a verdict.
                        None => return Err(PhoneError::Disconnected { device: self.device.clone() }),
                    }
                }
                _ = poll.tick(), if self.setup.polled => {
                    let at = millis(started.elapsed());
                    self.drain(at).await;
                }
                () = sleep_opt(wake_at) => {}
            }
        };
        if self.setup.polled {
            self.drain(millis(started.elapsed())).await;
        }
        self.flush(progress);
        let session = self.session.take().ok_or(PhoneError::Cancelled)?;
        self.page_params = session.page_params().cloned();
        let duration_ms = millis(started.elapsed());
        Ok((
            session.finish(outcome, duration_ms, timeout_ms),
            self.setup,
            duration_ms,
        ))
    }

    fn session_mut(&mut self) -> &mut Session {
        self.session.get_or_insert_with(|| {
            Session::new(Platform::Android, Account::default(), Duration::ZERO)
        })
    }

    fn flush(&mut self, progress: &mut (dyn FnMut(Progress) + Send)) {
        for line in self.session_mut().take_lines() {
            progress(Progress::Seen { line });
        }
    }

    fn on_event(&mut self, ev: CdpEvent, at: u64) {
        let p = &ev.params;
        let s = |v: &Value, k: &str| {
            v.get(k)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        };
        let page_event = match ev.method.as_str() {
            "Runtime.bindingCalled" if s(p, "name") == self.binding => PageEvent::Binding {
                payload: s(p, "payload"),
            },
            "Runtime.executionContextCreated" if self.setup.late => {
                let ctx = &p["context"];
                let aux = &ctx["auxData"];
                if aux["isDefault"].as_bool() == Some(true) && s(aux, "frameId") == self.frame {
                    // No script on new documents: in it goes as soon as the document exists.
                    let cdp = Arc::clone(&self.cdp);
                    let params = json!({"expression": self.script, "contextId": ctx["id"]});
                    tokio::spawn(async move {
                        let _ = cdp.call("Runtime.evaluate", params).await;
                    });
                }
                return;
            }
            "Network.requestWillBeSent" => {
                let request = &p["request"];
                let mut url = s(request, "url");
                url.push_str(&s(request, "urlFragment"));
                let kind = s(p, "type");
                PageEvent::Request {
                    id: s(p, "requestId"),
                    url,
                    method: s(request, "method"),
                    main_document: kind == "Document" && s(p, "frameId") == self.frame,
                    resource_type: kind,
                }
            }
            "Network.responseReceived" => PageEvent::Response {
                id: s(p, "requestId"),
                status: p["response"]["status"]
                    .as_u64()
                    .and_then(|n| u16::try_from(n).ok())
                    .unwrap_or(0),
            },
            "Network.loadingFinished" => PageEvent::Finished {
                id: s(p, "requestId"),
            },
            "Network.loadingFailed" => PageEvent::Failed {
                id: s(p, "requestId"),
                error: s(p, "errorText"),
            },
            "Runtime.exceptionThrown" => {
                let d = &p["exceptionDetails"];
                let message = d["exception"]["description"]
                    .as_str()
                    .map_or_else(|| s(d, "text"), str::to_owned);
                PageEvent::Exception {
                    message: message.lines().next().unwrap_or_default().to_owned(),
                    url: d["url"].as_str().map(str::to_owned),
                    line: d["lineNumber"]
                        .as_u64()
                        .and_then(|n| u32::try_from(n + 1).ok()),
                }
            }
            "Inspector.targetCrashed" | "Inspector.detached" => PageEvent::Crashed,
            _ => return,
        };
        self.session_mut().on_event(page_event, at);
    }

    /// Reads the page-side buffer (no binding).
    async fn drain(&mut self, at: u64) {
        let ns = Value::String(self.ns.clone());
        let expr = format!("window[{ns}] ? window[{ns}].drain() : \"[]\"");
        let Ok(v) = self
            .cdp
            .call(
                "Runtime.evaluate",
                json!({"expression": expr, "returnByValue": true}),
            )
            .await
        else {
            return;
        };
        let text = v["result"]["value"].as_str().unwrap_or("[]");
        let Ok(Value::Array(messages)) = serde_json::from_str::<Value>(text) else {
            return;
        };
        for m in messages {
            self.session_mut().on_event(
                PageEvent::Binding {
                    payload: m.to_string(),
                },
                at,
            );
        }
    }

    /// Lets the client verify each candidate URL, signed with the current ticket.
    async fn ask(
        &mut self,
        opts: &AttachOptions,
        run: &Run,
        progress: &mut (dyn FnMut(Progress) + Send),
    ) -> Vec<Asked> {
        let Some(ticket) = opts.account.tickets.first() else {
            return Vec::new();
        };
        let current = match self
            .cdp
            .call(
                "Runtime.evaluate",
                json!({"expression": "String(location.href)", "returnByValue": true}),
            )
            .await
        {
            Ok(v) => v["result"]["value"].as_str().unwrap_or_default().to_owned(),
            Err(_) => return Vec::new(),
        };
        let candidates = ask::candidates(run, &current);
        let app_id = if self.app_id.is_empty() {
            run.configs
                .last()
                .map(|c| c.app_id.clone())
                .unwrap_or_default()
        } else {
            self.app_id.clone()
        };
        let ns = Value::String(self.ns.clone());
        let mut out = Vec::new();
        for c in candidates {
            let Ok(nonce) = sign::generate_nonce(&mut rand::rng(), sign::DEFAULT_NONCE_LEN) else {
                continue;
            };
            let ts = sign::timestamp_at(std::time::SystemTime::now());
            let signed = sign::sign(ticket.ticket.reveal(), &nonce, ts, &c.url);
            let params = ask::params(self.page_params.as_ref(), &app_id, &signed);
            let expr = format!("window[{ns}].ask({params})");
            let reply = match self
                .cdp
                .call_within(
                    "Runtime.evaluate",
                    json!({"expression": expr, "awaitPromise": true, "returnByValue": true}),
                    ASK_TIMEOUT,
                )
                .await
            {
                Ok(v) if v.get("exceptionDetails").is_none() => v["result"]["value"].clone(),
                Ok(v) => json!({"wxsign": "threw", "message": v["exceptionDetails"]["text"]}),
                Err(e) => json!({"wxsign": "no_answer", "message": e.to_string()}),
            };
            let asked = ask::asked(&c, reply);
            progress(Progress::Asked {
                asked: Box::new(asked.clone()),
            });
            out.push(asked);
        }
        out
    }

    /// Removes the script and the binding (best effort, bounded): the next document of the
    /// page runs without the recorder even if the client keeps this session.
    async fn cleanup(&mut self) {
        let cdp = Arc::clone(&self.cdp);
        let script_id = self.script_id.take();
        let binding = self.binding.clone();
        let _ = tokio::time::timeout(CLEANUP_TIMEOUT, async move {
            if let Some(id) = script_id {
                let _ = cdp
                    .call(
                        "Page.removeScriptToEvaluateOnNewDocument",
                        json!({"identifier": id}),
                    )
                    .await;
            }
            let _ = cdp
                .call("Runtime.removeBinding", json!({"name": binding}))
                .await;
            let _ = cdp.call("Page.disable", json!({})).await;
            let _ = cdp.call("Network.disable", json!({})).await;
            let _ = cdp.call("Runtime.disable", json!({})).await;
        })
        .await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(url: &str, title: &str) -> Choice {
        Choice {
            device: "D".into(),
            socket: "webview_devtools_remote_1".into(),
            page: Page {
                id: url.into(),
                title: title.into(),
                url: url.into(),
                visible: Some(true),
                ws_path: format!("/devtools/page/{url}"),
                busy: false,
            },
        }
    }

    #[test]
    fn a_page_is_chosen_by_text_or_alone() {
        let two = vec![
            choice("https://m.example.com/shop", "Shop"),
            choice("https://m.example.com/news", "新闻"),
        ];
        assert!(matches!(
            choose_page(two.clone(), None, "D"),
            Err(PhoneError::ManyPages { .. })
        ));
        assert_eq!(
            choose_page(two.clone(), Some("SHOP"), "D")
                .unwrap()
                .page
                .title,
            "Shop"
        );
        assert_eq!(
            choose_page(two.clone(), Some("新闻"), "D")
                .unwrap()
                .page
                .url,
            "https://m.example.com/news"
        );
        assert!(matches!(
            choose_page(two.clone(), Some("m.example.com"), "D"),
            Err(PhoneError::ManyPages { pages }) if pages.len() == 2
        ));
        let Err(PhoneError::PageNotFound { pages, .. }) = choose_page(two, Some("cart"), "D")
        else {
            panic!("no page says cart")
        };
        assert_eq!(pages.len(), 2, "the pages to choose from are offered");
        assert!(matches!(
            choose_page(Vec::new(), None, "D"),
            Err(PhoneError::NoPage { .. })
        ));
        let one = vec![choice("https://m.example.com/a", "A")];
        assert_eq!(choose_page(one, None, "D").unwrap().page.title, "A");
    }

    #[test]
    fn an_oauth_code_is_never_spent_unasked() {
        let url = "https://m.example.com/cb?code=0a1B&state=s";
        let Err(PhoneError::OAuthCode { entry_url, .. }) = navigation(url, &Navigate::Reload)
        else {
            panic!("a reload would spend the code")
        };
        assert_eq!(entry_url, "https://m.example.com/cb");
        assert_eq!(
            navigation(url, &Navigate::Entry(None)).unwrap(),
            Navigation::Entry {
                url: "https://m.example.com/cb".into()
            }
        );
        assert_eq!(
            navigation(url, &Navigate::ReloadAnyway).unwrap(),
            Navigation::Reload
        );
        assert_eq!(
            navigation("https://m.example.com/", &Navigate::Reload).unwrap(),
            Navigation::Reload
        );
        assert_eq!(
            navigation("https://m.example.com/", &Navigate::Entry(None)).unwrap(),
            Navigation::Reload
        );
        assert_eq!(
            navigation(
                "https://m.example.com/",
                &Navigate::Entry(Some("https://m.example.com/start".into()))
            )
            .unwrap(),
            Navigation::Entry {
                url: "https://m.example.com/start".into()
            }
        );
    }
}

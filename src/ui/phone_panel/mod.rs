//! Phone: "what did the real WeChat on my phone decide, and why?" (issue 18). The worker lists
//! the phones on the adb server and records the chosen page (`crate::phone`); the panel holds
//! the pickers, the recording in progress and the report, drawn with the Probe panel's
//! timeline and verdicts (`view`). Every action is a worker command; events come back once per
//! frame. The Android block and the iOS proxy's block (`proxy`) both end in the same report
//! view.

mod app;
mod proxy;
mod view;

use crate::core::text::Msg;
use crate::phone::adb::Adb;
use crate::phone::proxy::ProxyEvent;
use crate::phone::{
    AttachOptions, Choice, Listing, Navigate, PhoneError, PhoneReport, Progress, Source,
};
use crate::probe::judge::Account;
use crate::ui::phone_strings::PhoneStrings;
use crate::ui::probe_panel::{ConfigVerdict, ProbeCtx};
use crate::worker::{Command, Event, ProxyRequest};
pub use proxy::{FieldProblem, ProxyBlock, ProxyState};
pub use view::phone_panel_ui;

/// Hard deadline of one recording from the window (as `phone attach`).
const TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);
/// How long the page must stay quiet after wx.config.
const SETTLE: std::time::Duration = std::time::Duration::from_millis(1500);

/// What the panel needs from the app.
pub struct PhoneCtx<'a> {
    pub s: &'static PhoneStrings,
    /// The Probe panel's context: its timeline and verdicts draw the recorded run.
    pub probe: ProbeCtx<'a>,
    /// A ticket to sign with (Ask needs one).
    pub has_ticket: bool,
    pub worker: bool,
}

/// What "Find phones" found.
pub enum Found {
    Looking { id: u64 },
    Listed(Listing),
    Failed(Msg),
}

/// A recording in flight.
pub struct Recording {
    id: u64,
    pub ask: bool,
    pub cancelling: bool,
    /// What the page did so far, one line each.
    pub lines: Vec<Msg>,
}

/// A finished report with its verdicts, computed once.
pub struct ReportView {
    pub report: PhoneReport,
    pub verdicts: Vec<Option<ConfigVerdict>>,
}

/// What the last recording ended with.
pub enum Outcome {
    Report(Box<ReportView>),
    /// The page carries an OAuth `code`: reloading spends it. The user chooses.
    OAuth {
        message: Msg,
        entry_url: String,
    },
    Failed(Msg),
}

/// The panel's state. Nothing here is persisted.
pub struct PhonePanel {
    /// The adb server asked (`ANDROID_ADB_SERVER_PORT`, as adb itself reads it).
    pub adb: Adb,
    pub found: Option<Found>,
    /// The chosen device's serial.
    pub device: Option<String>,
    pub choice: Option<Choice>,
    pub recording: Option<Recording>,
    pub outcome: Option<Outcome>,
    /// The Ask confirmation is open.
    pub confirm_ask: bool,
    /// `Simulated` when a test rig plays the phone.
    pub source: Source,
    /// The iOS proxy.
    pub proxy: ProxyBlock,
    next_id: u64,
}

impl Default for PhonePanel {
    fn default() -> Self {
        Self {
            adb: Adb::from_env(),
            found: None,
            device: None,
            choice: None,
            recording: None,
            outcome: None,
            confirm_ask: false,
            source: Source::Phone,
            proxy: ProxyBlock::default(),
            next_id: 0,
        }
    }
}

/// What the user asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhoneAction {
    Find,
    Attach { navigate: Navigate, ask: bool },
    Stop,
    StartProxy,
    StopProxy,
    OpenInVerify(crate::ui::verify_panel::VerifyRequest),
}

impl PhonePanel {
    pub fn is_busy(&self) -> bool {
        self.recording.is_some() || matches!(self.found, Some(Found::Looking { .. }))
    }

    fn next(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }

    /// Asks the worker for the phones and their pages.
    pub fn find(&mut self) -> Command {
        let id = self.next();
        self.found = Some(Found::Looking { id });
        Command::PhoneList {
            id,
            adb: self.adb.clone(),
        }
    }

    /// The command that records the chosen page; `None` when no page is chosen.
    pub fn attach(&mut self, navigate: Navigate, ask: bool, account: Account) -> Option<Command> {
        let choice = self.choice.clone()?;
        let id = self.next();
        self.confirm_ask = false;
        self.outcome = None;
        self.recording = Some(Recording {
            id,
            ask,
            cancelling: false,
            lines: Vec::new(),
        });
        let options = AttachOptions {
            adb: self.adb.clone(),
            device: Some(choice.device),
            // The page's id is unique on its socket; its URL may have moved on since the list.
            page: Some(choice.page.id),
            navigate,
            account,
            timeout: TIMEOUT,
            settle: SETTLE,
            ask,
            source: self.source,
        };
        Some(Command::PhoneAttach {
            id,
            options: Box::new(options),
        })
    }

    /// The command that starts the proxy with the block's fields; `None` when a field is
    /// wrong (the block says which) or a proxy runs.
    pub fn start_proxy(&mut self, account: Account) -> Option<Command> {
        if self.proxy.running_id().is_some() {
            return None;
        }
        let fields = self.proxy.fields().ok()?;
        let id = self.next();
        self.proxy.state = ProxyState::Starting { id };
        self.proxy.lines.clear();
        Some(Command::StartProxy {
            id,
            request: Box::new(ProxyRequest {
                hosts: fields.hosts,
                port: fields.port,
                listen: fields.listen,
                account,
                source: self.source,
            }),
        })
    }

    pub fn stop_proxy(&mut self) -> Option<Command> {
        let ProxyState::Running { id, stopping, .. } = &mut self.proxy.state else {
            return None;
        };
        *stopping = true;
        Some(Command::StopProxy { id: *id })
    }

    pub fn stop(&mut self) -> Option<Command> {
        let r = self.recording.as_mut()?;
        r.cancelling = true;
        Some(Command::CancelPhone { id: r.id })
    }

    /// Shows a finished report (also used by tests and the screenshots).
    pub fn show_report(&mut self, report: PhoneReport, account: &Account) {
        let verdicts = report
            .run
            .configs
            .iter()
            .map(|c| ConfigVerdict::new(c, &account.tickets))
            .collect();
        self.outcome = Some(Outcome::Report(Box::new(ReportView { report, verdicts })));
    }

    /// Applies the worker's phone events; `account` is what the recording was judged with.
    pub fn apply(&mut self, events: Vec<Event>, account: &Account) {
        for event in events {
            match event {
                Event::PhoneListed { id, result } if self.looking_id() == Some(id) => {
                    self.listed(result);
                }
                Event::PhoneProgress { id, progress } => self.progress(id, progress),
                Event::PhoneFinished { id, report } if self.recording_id() == Some(id) => {
                    self.recording = None;
                    self.show_report(*report, account);
                }
                Event::PhoneFailed { id, error } if self.recording_id() == Some(id) => {
                    self.recording = None;
                    self.outcome = Some(match &error {
                        PhoneError::OAuthCode { entry_url, .. } => Outcome::OAuth {
                            message: error.message(),
                            entry_url: entry_url.clone(),
                        },
                        _ => Outcome::Failed(error.message()),
                    });
                }
                Event::ProxyStarted {
                    id,
                    addr,
                    setup_url,
                    ca,
                } => self.proxy.started(id, addr, setup_url, ca),
                Event::ProxyEvent { id, event } if self.proxy.running_id() == Some(id) => {
                    self.proxy.saw(&event);
                    if let ProxyEvent::Report { report, .. } = *event {
                        self.show_report(*report, account);
                    }
                }
                Event::ProxyStopped { id } => self.proxy.stopped(id),
                Event::ProxyFailed { id, message } => self.proxy.failed(id, message),
                _ => {}
            }
        }
    }

    fn looking_id(&self) -> Option<u64> {
        match self.found {
            Some(Found::Looking { id }) => Some(id),
            _ => None,
        }
    }

    fn recording_id(&self) -> Option<u64> {
        self.recording.as_ref().map(|r| r.id)
    }

    /// Keeps the chosen device and page when they are still there; else picks the only one.
    fn listed(&mut self, result: Result<Listing, PhoneError>) {
        let listing = match result {
            Ok(l) => l,
            Err(e) => {
                self.found = Some(Found::Failed(e.message()));
                return;
            }
        };
        let serials: Vec<&str> = listing
            .devices
            .iter()
            .map(|d| d.device.serial.as_str())
            .collect();
        if !self.device.as_deref().is_some_and(|d| serials.contains(&d)) {
            self.device = listing
                .devices
                .iter()
                .find(|d| d.device.usable())
                .or(listing.devices.first())
                .map(|d| d.device.serial.clone());
        }
        let choices: Vec<Choice> = listing
            .choices()
            .into_iter()
            .filter(|c| Some(&c.device) == self.device.as_ref())
            .collect();
        let kept = self.choice.as_ref().and_then(|old| {
            choices
                .iter()
                .find(|c| c.socket == old.socket && c.page.id == old.page.id)
        });
        self.choice = match (kept, choices.as_slice()) {
            (Some(c), _) => Some(c.clone()),
            (None, [one]) => Some(one.clone()),
            _ => None,
        };
        self.found = Some(Found::Listed(listing));
    }

    fn progress(&mut self, id: u64, progress: Progress) {
        let Some(r) = self.recording.as_mut().filter(|r| r.id == id) else {
            return;
        };
        if let Some(line) = view::progress_line(&progress) {
            r.lines.push(line);
        }
    }
}

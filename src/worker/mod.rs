//! The background worker: a tokio runtime on its own named thread that does every network and
//! keyring call for the window. The UI sends typed [`Command`]s and drains typed [`Event`]s once
//! per frame; the worker calls `repaint` after each event so the UI wakes up to read it.
//!
//! Nothing here needs a display: tests drive a `Worker` with a no-op repaint.

mod batch;
mod emit;
mod handle;
mod phone;
mod probe;

pub use batch::{BatchError, BatchRun, Pages, execute as execute_batch};

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc as std_mpsc;

use tokio::sync::mpsc;

use emit::Emitter;

use crate::core::text::Msg;
use crate::core::verify::TicketCandidate;
use crate::profile::{LoadProblem, Profile};
use crate::secret::Secret;
use crate::secrets::{SecretStatus, SecretStore, StoreHealth};
use crate::wechat::{ErrorReport, LogEntry, RetryPolicy, TicketInfo, TicketKind, TokenInfo};

/// What the UI asks for. Every command answers with at least one [`Event`].
#[derive(Debug)]
pub enum Command {
    /// Reload the profiles file → [`Event::Profiles`].
    LoadProfiles,
    /// Save a new or edited profile; `replaces` is its old name on a rename →
    /// [`Event::ProfileSaved`] then [`Event::Profiles`].
    SaveProfile {
        profile: Profile,
        replaces: Option<String>,
    },
    /// → [`Event::ProfileRemoved`] then [`Event::Profiles`].
    RemoveProfile { name: String },
    /// → [`Event::SecretStatus`].
    CheckSecret { app_id: String },
    /// Store the appSecret in the keyring (`session_only: false`) or in memory for this session.
    /// → [`Event::SecretStatus`], or [`Event::Failed`] when the keyring is unusable.
    SetSecret {
        app_id: String,
        secret: Secret,
        session_only: bool,
    },
    /// Forget the appSecret and the cached credentials of this appId → [`Event::SecretStatus`].
    DeleteSecret { app_id: String },
    /// → [`Event::Token`]: the profile's token, or app `app`'s where the platform's credentials
    /// belong to apps (`None`: the profile's first app). `force_refresh` only after the user
    /// confirmed (20 a day).
    FetchToken {
        profile: Profile,
        app: Option<u64>,
        force_refresh: bool,
    },
    /// → [`Event::Ticket`] (fetching the token first if needed), from wherever the profile's
    /// tickets come from, with app `app`'s token where credentials belong to apps (`None`: the
    /// profile's first app). A per-app ticket (WeCom's agent ticket) is followed by
    /// [`Event::AgentCandidates`]. Which tickets a profile signs with:
    /// `crate::tickets::config_tickets`.
    FetchTicket {
        profile: Profile,
        app: Option<u64>,
        kind: TicketKind,
    },
    /// → [`Event::Candidates`]: the tickets the verifier should try for this appId.
    LoadCandidates { app_id: String },
    /// The profile editor's "test connection" for a Redis ticket source, with the password just
    /// typed (else the stored one) → [`Event::RedisProbe`].
    TestRedis {
        profile: Profile,
        password: Option<Secret>,
    },
    /// Store the Redis password of an appId → [`Event::SecretStatus`].
    SetRedisPassword { app_id: String, password: Secret },
    /// Store the ticket of `kind` pasted for a pasted-source profile (keyring, or this session
    /// when asked or when no keyring works), a per-app ticket under app `app`'s own entry
    /// (`corpId/agentid`) → [`Event::Ticket`], so the top bar shows it at once.
    SetPastedTicket {
        profile: Profile,
        app: Option<u64>,
        kind: TicketKind,
        ticket: Secret,
        /// Seconds it has left as the user read them; `None` estimates 7200 from now.
        expires_in: Option<i64>,
        session_only: bool,
    },
    /// Probe a page in a headless browser (issue 9). `id` tells this probe's events apart →
    /// [`Event::ProbeProgress`]s, then [`Event::ProbeFinished`] or [`Event::ProbeFailed`].
    Probe {
        id: u64,
        options: Box<crate::probe::ProbeOptions>,
    },
    /// Stop probe `id`: its browser is stopped and it answers [`Event::ProbeFailed`] with
    /// `Cancelled`.
    CancelProbe { id: u64 },
    /// List the phones on `adb`, their WeChat/WeCom DevTools sockets and pages →
    /// [`Event::PhoneListed`].
    PhoneList {
        id: u64,
        adb: crate::phone::adb::Adb,
    },
    /// Attach to a page on a phone and record it (issue 18) → [`Event::PhoneProgress`]es, then
    /// [`Event::PhoneFinished`] or [`Event::PhoneFailed`].
    PhoneAttach {
        id: u64,
        options: Box<crate::phone::AttachOptions>,
    },
    /// Stop recording `id`: the recorder is taken out of the page and it answers
    /// [`Event::PhoneFailed`] with `Cancelled`.
    CancelPhone { id: u64 },
    /// Start the iOS proxy (issue 18) → [`Event::ProxyStarted`], [`Event::ProxyEvent`]s while
    /// it runs, [`Event::ProxyStopped`] after [`Command::StopProxy`]; or [`Event::ProxyFailed`].
    StartProxy { id: u64, request: Box<ProxyRequest> },
    /// Stop proxy `id`: its port is closed, the pages still recording are reported.
    StopProxy { id: u64 },
    /// Look for the browser the probe would start (`explicit`: the Settings path) →
    /// [`Event::Browser`].
    FindBrowser { explicit: Option<PathBuf> },
    /// Fetch a share card's imgUrl and decode it → [`Event::Thumbnail`].
    FetchThumbnail { url: String },
    /// Run a QA batch (endpoint or probe pages). `id` tells this batch's events apart →
    /// [`Event::BatchPage`]s, then [`Event::BatchFinished`] (also after a cancel, with the
    /// pages left unchecked reported as not run) or [`Event::BatchFailed`].
    RunBatch { id: u64, run: Box<BatchRun> },
    /// Stop batch `id`: no new page starts, and it finishes as cancelled.
    CancelBatch { id: u64 },
    /// Settings → Self-check: `wxsign doctor`'s checks with the worker's own secret store, the
    /// font the window uses, each profile's API base when `online` → [`Event::SelfCheck`].
    SelfCheck {
        font: Option<crate::doctor::FontFacts>,
        online: bool,
    },
}

/// Which command an [`Event::Failed`] answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Operation {
    LoadProfiles,
    SaveProfile { name: String },
    RemoveProfile { name: String },
    Secret { app_id: String },
    Token { profile: String },
    Ticket { profile: String, kind: TicketKind },
    Candidates { app_id: String },
    RedisTest { profile: String },
}

/// What the worker reports.
#[derive(Debug)]
pub enum Event {
    /// Sent once at start: where profiles live and whether the keyring works.
    Ready {
        config_dir: PathBuf,
        store: StoreHealth,
    },
    /// The profiles, sorted by name; `problem` names the entries that could not be read (skipped).
    Profiles {
        profiles: Vec<Profile>,
        problem: Option<LoadProblem>,
    },
    ProfileSaved {
        name: String,
    },
    ProfileRemoved {
        name: String,
    },
    SecretStatus {
        app_id: String,
        status: SecretStatus,
    },
    Token {
        profile: String,
        token: TokenInfo,
    },
    /// A ticket (its kind is `ticket.kind`); `app` names the app it belongs to when the
    /// platform's ticket of that kind is per app (WeCom's agent ticket), else `None`.
    Ticket {
        profile: String,
        app: Option<u64>,
        ticket: TicketInfo,
    },
    Candidates {
        app_id: String,
        candidates: Vec<TicketCandidate>,
    },
    /// Right after a per-app [`Event::Ticket`] (WeCom's agent ticket), the tickets the verifier should try for app
    /// `agent_id`'s agentConfig: that ticket, then the older ones this machine holds for the
    /// app (`Credentials::ticket_candidates`), so a page still signing with one is named.
    AgentCandidates {
        profile: String,
        agent_id: u64,
        candidates: Vec<TicketCandidate>,
    },
    /// Something to show prominently but not an error (legacy mode, forced refresh).
    Warning(crate::core::text::Msg),
    /// What "test connection" found on the profile's Redis.
    RedisProbe {
        profile: String,
        probe: crate::redis_source::Probe,
    },
    Failed {
        op: Operation,
        error: ErrorReport,
    },
    /// One per HTTP call, for the Log panel. Holds no credential.
    Log(LogEntry),
    /// What probe `id` saw so far.
    ProbeProgress {
        id: u64,
        progress: crate::probe::Progress,
    },
    ProbeFinished {
        id: u64,
        report: Box<crate::probe::ProbeReport>,
    },
    ProbeFailed {
        id: u64,
        error: crate::probe::ProbeError,
    },
    PhoneListed {
        id: u64,
        result: Result<crate::phone::Listing, crate::phone::PhoneError>,
    },
    /// What the recording `id` saw so far.
    PhoneProgress {
        id: u64,
        progress: crate::phone::Progress,
    },
    PhoneFinished {
        id: u64,
        report: Box<crate::phone::PhoneReport>,
    },
    PhoneFailed {
        id: u64,
        error: crate::phone::PhoneError,
    },
    /// Proxy `id` listens at `addr`.
    ProxyStarted {
        id: u64,
        addr: std::net::SocketAddr,
        setup_url: String,
        ca: crate::phone::proxy::CaInfo,
    },
    /// What proxy `id` saw: a page's report, a line about a page or a connection.
    ProxyEvent {
        id: u64,
        event: Box<crate::phone::proxy::ProxyEvent>,
    },
    /// Proxy `id` is stopped and its port closed.
    ProxyStopped {
        id: u64,
    },
    /// Proxy `id` did not start.
    ProxyFailed {
        id: u64,
        message: crate::core::text::Msg,
    },
    /// The browser the probe would use, or why there is none.
    Browser {
        explicit: Option<PathBuf>,
        result: Result<crate::probe::BrowserInfo, crate::probe::BrowserError>,
    },
    /// A share thumbnail, decoded and scaled down, or why it cannot be shown.
    Thumbnail {
        url: String,
        result: Result<Thumbnail, Msg>,
    },
    /// The self-check's lines, in the order shown.
    SelfCheck {
        lines: Vec<crate::doctor::Line>,
    },
    /// A page of batch `id` finished (or was left unchecked by a cancel).
    BatchPage {
        id: u64,
        result: Box<crate::batch::PageResult>,
    },
    BatchFinished {
        id: u64,
        summary: crate::batch::Summary,
    },
    /// Batch `id` could not check any page.
    BatchFailed {
        id: u64,
        error: BatchError,
    },
}

/// A decoded share thumbnail: RGBA pixels, at most [`Thumbnail::MAX_SIDE`] on a side.
#[derive(Clone, PartialEq, Eq)]
pub struct Thumbnail {
    pub size: [usize; 2],
    pub rgba: Vec<u8>,
    /// The image's own size before scaling.
    pub original: [u32; 2],
}

impl std::fmt::Debug for Thumbnail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Thumbnail")
            .field("size", &self.size)
            .field("original", &self.original)
            .finish()
    }
}

/// What the window's proxy is started with; the worker adds the CA's place (next to the
/// profiles) and the secret store (the CA's key).
#[derive(Clone, Debug)]
pub struct ProxyRequest {
    pub hosts: Vec<String>,
    /// 0: any free port.
    pub port: u16,
    /// `None`: this computer's LAN address.
    pub listen: Option<std::net::IpAddr>,
    pub account: crate::probe::judge::Account,
    pub source: crate::phone::Source,
}

/// Where the worker finds its config and secrets. Cheap to build on the UI thread: opening the
/// keyring happens on the worker thread.
#[derive(Clone, Default)]
pub struct WorkerOptions {
    /// `None`: `WXSIGN_CONFIG_DIR` or the platform config dir.
    pub config_dir: Option<PathBuf>,
    /// `None`: the process default (`WXSIGN_KEYRING`, then the OS keyring).
    pub store: Option<(Arc<dyn SecretStore>, StoreHealth)>,
    /// `None`: the defaults.
    pub retry: Option<RetryPolicy>,
}

impl std::fmt::Debug for WorkerOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WorkerOptions")
            .field("config_dir", &self.config_dir)
            .field("store", &self.store.as_ref().map(|(_, h)| h))
            .finish()
    }
}

/// The UI's handle. Dropping it stops the worker once in-flight work is abandoned.
pub struct Worker {
    commands: mpsc::UnboundedSender<Command>,
    events: std_mpsc::Receiver<Event>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Worker {
    /// Starts the worker thread. `repaint` is called after every event (pass
    /// `ctx.request_repaint()`); it must be cheap and must not block.
    pub fn spawn(
        repaint: impl Fn() + Send + Sync + 'static,
        options: WorkerOptions,
    ) -> std::io::Result<Worker> {
        let (cmd_tx, cmd_rx) = mpsc::unbounded_channel();
        let (ev_tx, ev_rx) = std_mpsc::channel();
        let emitter = Emitter {
            tx: ev_tx,
            repaint: Arc::new(repaint),
        };
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("wxsign-worker-rt")
            .enable_all()
            .build()?;
        let thread = std::thread::Builder::new()
            .name("wxsign-worker".into())
            .spawn(move || runtime.block_on(handle::run(cmd_rx, emitter, options)))?;
        Ok(Worker {
            commands: cmd_tx,
            events: ev_rx,
            thread: Some(thread),
        })
    }

    /// Queues a command; never blocks. `false` when the worker has stopped.
    pub fn send(&self, command: Command) -> bool {
        self.commands.send(command).is_ok()
    }

    /// The next event, if one is waiting.
    pub fn try_recv(&self) -> Option<Event> {
        self.events.try_recv().ok()
    }

    /// Every waiting event, in order: call once per frame.
    pub fn drain(&self) -> Vec<Event> {
        self.events.try_iter().collect()
    }

    /// Waits for the next event (tests and the CLI; never on the UI thread).
    pub fn recv_blocking(&self) -> Option<Event> {
        self.events.recv().ok()
    }

    /// Stops the worker and waits for its thread (tests; the UI just drops the handle).
    pub fn shutdown(mut self) {
        let (tx, _) = mpsc::unbounded_channel();
        drop(std::mem::replace(&mut self.commands, tx));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

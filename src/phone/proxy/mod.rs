//! The iOS half of the phone mode (issue 18, PHONE.md §2-3): iOS WeChat's web-view cannot be
//! inspected, so the recorder reaches the page through a proxy the phone uses. Only the target
//! hosts are intercepted (their HTTPS with a per-install CA, `ca`); everything else, WeChat's
//! own traffic included, is tunnelled untouched (`server`). Documents get the recorder
//! (`inject`), which reports to a reserved path on the page's own host with a per-session
//! token; those reports feed the same [`Session`] and report as Android attach.
//!
//! For the worker: [`start`] gives a [`Proxy`] with its address, a stream of [`ProxyEvent`]s
//! (pages, live lines, one report per page) and [`Proxy::stop`].

mod ca;
mod inject;
mod server;
mod setup;

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde::Serialize;
use serde_json::json;
use tokio::net::TcpListener;
use tokio::sync::mpsc;
use tokio::task::JoinSet;

use super::discover::App;
use super::report::{self, Context, PhoneReport, Source};
use super::session::{Exchanged, PageEvent, Session};
use crate::batch::{CancelFlag, Platform};
use crate::core::text::{Msg, msg};
use crate::i18n::both;
use crate::probe::judge::Account;
use crate::probe::recorder::{Step, TIMER_WINDOW_MS};
use crate::probe::report::Outcome;
use crate::secrets::SecretStore;

pub use ca::{CA_NAME, CaError, KeyHome};

/// Where the proxy serves the CA certificate on its own address.
pub const CA_PATH: &str = "/wxsign-proxy-ca.crt";
/// The recorder under the reserved path.
const RECORDER_FILE: &str = "recorder.js";
/// The reports under the reserved path.
const REPORT_FILE: &str = "report";

/// What to intercept and how to judge it.
#[derive(Clone)]
pub struct ProxyConfig {
    /// The target hosts (names or IP addresses); nothing else is intercepted.
    pub hosts: Vec<String>,
    /// The address to listen on; `None`: this computer's LAN address.
    pub listen: Option<IpAddr>,
    /// 0: any free port.
    pub port: u16,
    pub account: Account,
    pub settle: Duration,
    /// Hard deadline of one page's recording.
    pub page_timeout: Duration,
    pub source: Source,
    /// Where the CA certificate (and, without a keyring, its key) is kept.
    pub ca_dir: PathBuf,
    pub store: Arc<dyn SecretStore>,
}

/// The port the phone is set up with unless told otherwise: the same every time, so the
/// phone's proxy setting stays valid from one run to the next.
pub const DEFAULT_PORT: u16 = 8899;

impl ProxyConfig {
    /// The window's proxy: the LAN address, [`DEFAULT_PORT`], the CA next to the profiles,
    /// the usual quiet time and deadline of the phone mode.
    pub fn new(
        hosts: Vec<String>,
        account: Account,
        store: Arc<dyn SecretStore>,
    ) -> Result<Self, ProxyError> {
        let ca_dir = crate::profile::config_dir().map_err(|e| {
            ProxyError::Ca(CaError::File {
                path: PathBuf::new(),
                reason: e.to_string(),
            })
        })?;
        Ok(Self {
            hosts,
            listen: None,
            port: DEFAULT_PORT,
            account,
            settle: Duration::from_millis(super::DEFAULT_SETTLE_MS),
            page_timeout: Duration::from_millis(super::DEFAULT_TIMEOUT_MS),
            source: Source::Phone,
            ca_dir,
            store,
        })
    }
}

/// How the recorder went into a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum How {
    Inline,
    /// From the reserved path (the page's policy forbids inline scripts).
    External,
    /// From the reserved path, which the page's policy had to be widened for.
    PolicyChanged,
}

/// What the proxy reports while it runs.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum ProxyEvent {
    /// The recorder went into a document.
    Injected {
        url: String,
        how: How,
        #[serde(skip_serializing_if = "Option::is_none")]
        encoding: Option<String>,
    },
    /// The page's `connect-src` was widened for the recorder's report URL alone.
    ReportAllowed { url: String },
    /// A document went through without the recorder (an encoding the proxy cannot read).
    NotInjected { url: String, reason: String },
    /// The first connection to a host that is not a target (tunnelled, never decrypted).
    Tunnelled { host: String },
    /// The phone refused the proxy's certificate for a target host (CA not trusted yet).
    TlsRefused { host: String, reason: String },
    /// A request under the reserved path without this session's token: dropped.
    Refused { host: String, path: String },
    /// The origin could not be reached.
    Failed { url: String, reason: String },
    /// Something happened in the page.
    Seen {
        #[serde(serialize_with = "both::serialize")]
        line: Msg,
    },
    /// One page's recording ended; `exchange` is the raw bridge exchange (for `--record`).
    Report {
        report: Box<PhoneReport>,
        #[serde(skip)]
        exchange: Vec<Exchanged>,
    },
}

impl ProxyEvent {
    /// One line for people, or `None` for what the report says better.
    pub fn message(&self) -> Option<Msg> {
        Some(match self {
            ProxyEvent::Injected { url, how, .. } => match how {
                How::Inline => msg!("phone-proxy-injected", url = url),
                How::External => msg!("phone-proxy-injected-external", url = url),
                How::PolicyChanged => msg!("phone-proxy-injected-policy", url = url),
            },
            ProxyEvent::ReportAllowed { url } => msg!("phone-proxy-report-allowed", url = url),
            ProxyEvent::NotInjected { url, reason } => {
                msg!("phone-proxy-not-injected", url = url, reason = reason)
            }
            ProxyEvent::Tunnelled { host } => msg!("phone-proxy-tunnelled", host = host),
            ProxyEvent::TlsRefused { host, reason } => {
                msg!("phone-proxy-tls-refused", host = host, reason = reason)
            }
            ProxyEvent::Refused { host, path } => {
                msg!("phone-proxy-refused", host = host, path = path)
            }
            ProxyEvent::Failed { url, reason } => {
                msg!("phone-proxy-failed", url = url, reason = reason)
            }
            ProxyEvent::Seen { .. } | ProxyEvent::Report { .. } => return None,
        })
    }
}

/// Why the proxy did not start.
#[derive(Debug, thiserror::Error)]
pub enum ProxyError {
    #[error("no target host: name the page's host with --host")]
    NoHost,
    #[error("{host} is not a host name")]
    BadHost { host: String },
    #[error(
        "no LAN address found on this computer: connect to the phone's Wi-Fi, or pass --listen"
    )]
    NoLanAddress,
    #[error("cannot listen on {addr}: {reason}")]
    Listen { addr: String, reason: String },
    #[error(transparent)]
    Ca(#[from] CaError),
}

impl ProxyError {
    pub fn message(&self) -> Msg {
        match self {
            ProxyError::NoHost => msg!("phone-proxy-error-no-host"),
            ProxyError::BadHost { host } => msg!("phone-proxy-error-bad-host", host = host),
            ProxyError::NoLanAddress => msg!("phone-proxy-error-no-lan"),
            ProxyError::Listen { addr, reason } => {
                msg!("phone-proxy-error-listen", addr = addr, reason = reason)
            }
            ProxyError::Ca(e) => msg!("phone-proxy-error-ca", reason = e.to_string()),
        }
    }
}

/// The CA as the user should know it (never its key).
#[derive(Clone, Debug, Serialize)]
pub struct CaInfo {
    pub name: String,
    pub sha256: String,
    /// `keyring`, or the key file's path.
    pub key: String,
    pub cert_file: String,
    /// Made by this run: the phone must install it (again).
    pub created: bool,
}

/// A running proxy.
pub struct Proxy {
    pub addr: SocketAddr,
    /// The setup page (open it in Safari on the phone).
    pub setup_url: String,
    pub ca: CaInfo,
    pub events: mpsc::UnboundedReceiver<ProxyEvent>,
    stop: CancelFlag,
    tasks: JoinSet<()>,
}

/// Messages from the connections to the recording.
pub enum Input {
    /// A top-level document of a target host went to the phone.
    Document {
        url: String,
        status: u16,
        /// Whose rule the client follows, by the document request's user agent.
        platform: Platform,
    },
    /// Bridge messages from the recorder, in order.
    Messages(Vec<String>),
}

/// This computer's LAN address: the source address of a route towards a private network
/// (no packet is sent).
pub fn lan_address() -> Option<IpAddr> {
    for probe in ["192.168.0.1:9", "10.0.0.1:9", "172.16.0.1:9"] {
        let Ok(sock) = std::net::UdpSocket::bind("0.0.0.0:0") else {
            continue;
        };
        if sock.connect(probe).is_ok()
            && let Ok(local) = sock.local_addr()
            && !local.ip().is_loopback()
            && !local.ip().is_unspecified()
        {
            return Some(local.ip());
        }
    }
    None
}

fn today() -> (i32, u8, u8) {
    use chrono::Datelike;
    let d = chrono::Utc::now().date_naive();
    (
        d.year(),
        u8::try_from(d.month()).unwrap_or(1),
        u8::try_from(d.day()).unwrap_or(1),
    )
}

fn valid_host(host: &str) -> bool {
    !host.is_empty()
        && host.len() <= 253
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'))
}

/// The phone's setup steps for a proxy on `addr` (the setup page shows the same).
pub fn setup_steps(addr: SocketAddr) -> Vec<Msg> {
    setup::steps(addr)
}

/// How to undo the setup on the phone and on this computer.
pub fn undo_steps() -> Vec<Msg> {
    setup::undo()
}

/// The client's rule for a page the proxy saw: an Android phone on a plain-HTTP page (or with
/// the CA in its system store) checks as Android does; everything else is taken for iOS.
pub fn platform_of(user_agent: &str) -> Platform {
    if user_agent.to_ascii_lowercase().contains("android") {
        Platform::Android
    } else {
        Platform::Ios
    }
}

/// Removes the CA (key and certificate) from this computer; what was removed.
pub fn remove_ca(store: &dyn SecretStore, dir: &std::path::Path) -> Result<Vec<String>, CaError> {
    ca::CaStore { store, dir }.remove()
}

/// Starts the proxy: the CA (made on first use), the leaf certificates of the target hosts,
/// the listener on the LAN address and the recording.
pub async fn start(config: ProxyConfig) -> Result<Proxy, ProxyError> {
    if config.hosts.is_empty() {
        return Err(ProxyError::NoHost);
    }
    let mut hosts = Vec::new();
    for h in &config.hosts {
        let h = h.trim().trim_end_matches('.').to_ascii_lowercase();
        if !valid_host(&h) {
            return Err(ProxyError::BadHost { host: h });
        }
        hosts.push(h);
    }
    let today = today();
    let ca = ca::CaStore {
        store: config.store.as_ref(),
        dir: &config.ca_dir,
    }
    .open_or_create(today)?;
    let mut leaf = std::collections::HashMap::new();
    for h in &hosts {
        leaf.insert(h.clone(), ca::server_config(&ca, h, today)?);
    }
    let ip = config
        .listen
        .or_else(lan_address)
        .ok_or(ProxyError::NoLanAddress)?;
    let listener = TcpListener::bind((ip, config.port))
        .await
        .map_err(|e| ProxyError::Listen {
            addr: format!("{ip}:{}", config.port),
            reason: e.to_string(),
        })?;
    let addr = listener.local_addr().map_err(|e| ProxyError::Listen {
        addr: ip.to_string(),
        reason: e.to_string(),
    })?;
    let token = format!("{:032x}", rand::random::<u128>());
    let binding = format!("__wxsign_b{:032x}", rand::random::<u128>());
    let ns = format!("__wxsign_{:032x}", rand::random::<u128>());
    let report_path = format!("{}{token}/{REPORT_FILE}", inject::RESERVED);
    let transport = include_str!("transport.js").replace(
        "__TRANSPORT__",
        &json!({"binding": binding, "report": report_path}).to_string(),
    );
    let bridge = crate::probe::session::bridge_script(&json!({
        "binding": binding,
        "ns": ns,
        "pass": true,
        "wkwebview": false,
        "timer_ms": TIMER_WINDOW_MS,
    }));
    let setup_url = format!("http://{addr}/");
    let info = CaInfo {
        name: CA_NAME.to_owned(),
        sha256: ca.fingerprint(),
        key: match &ca.home {
            KeyHome::Keyring => "keyring".to_owned(),
            KeyHome::File(p) => p.display().to_string(),
        },
        cert_file: config.ca_dir.join(ca::CERT_FILE).display().to_string(),
        created: ca.created,
    };
    let (input_tx, input_rx) = mpsc::unbounded_channel();
    let (events_tx, events_rx) = mpsc::unbounded_channel();
    let shared = Arc::new(server::Shared {
        hosts,
        token,
        listen: addr,
        leaf,
        client_tls: client_tls(),
        recorder_js: format!("{transport}\n{bridge}"),
        setup_html: setup::page(addr, &info),
        ca_der: ca.cert_der.to_vec(),
        input: input_tx,
        events: events_tx.clone(),
        tunnelled: Mutex::new(std::collections::HashSet::new()),
    });
    let stop = CancelFlag::new();
    let mut tasks = JoinSet::new();
    let accept_stop = stop.clone();
    tasks.spawn(async move {
        let mut conns = JoinSet::new();
        loop {
            tokio::select! {
                () = accept_stop.cancelled() => break,
                accepted = listener.accept() => {
                    if let Ok((stream, _)) = accepted {
                        conns.spawn(server::serve(stream, Arc::clone(&shared)));
                    }
                }
                Some(_) = conns.join_next(), if !conns.is_empty() => {}
            }
        }
        // The listener closes here; every connection and tunnel ends with it.
        conns.abort_all();
        drop(listener);
    });
    let recording = Recording {
        account: config.account,
        settle: config.settle,
        page_timeout: config.page_timeout,
        source: config.source,
        events: events_tx,
    };
    tasks.spawn(recording.run(input_rx, stop.clone()));
    Ok(Proxy {
        addr,
        setup_url,
        ca: info,
        events: events_rx,
        stop,
        tasks,
    })
}

impl Proxy {
    /// Stops listening, closes every connection, ends the page being recorded (its report is
    /// the last event) and waits until all is done.
    pub async fn stop(mut self) -> mpsc::UnboundedReceiver<ProxyEvent> {
        self.stop.cancel();
        while self.tasks.join_next().await.is_some() {}
        self.events
    }

    /// A flag that stops the proxy when set (Ctrl-C, the window's Stop).
    pub fn stop_flag(&self) -> CancelFlag {
        self.stop.clone()
    }
}

/// The roots the origins are checked against: the OS store (and `SSL_CERT_FILE`).
fn client_tls() -> Arc<tokio_rustls::rustls::ClientConfig> {
    let mut roots = tokio_rustls::rustls::RootCertStore::empty();
    for cert in rustls_native_certs::load_native_certs().certs {
        let _ = roots.add(cert);
    }
    let provider = Arc::new(tokio_rustls::rustls::crypto::aws_lc_rs::default_provider());
    let builder = tokio_rustls::rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions();
    let mut config = match builder {
        Ok(b) => b.with_root_certificates(roots).with_no_client_auth(),
        Err(_) => tokio_rustls::rustls::ClientConfig::builder()
            .with_root_certificates(tokio_rustls::rustls::RootCertStore::empty())
            .with_no_client_auth(),
    };
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Arc::new(config)
}

/// One page at a time: a top-level document starts a recording, which ends when the page is
/// quiet, at its deadline, when the next document comes, or when the proxy stops.
struct Recording {
    account: Account,
    settle: Duration,
    page_timeout: Duration,
    source: Source,
    events: mpsc::UnboundedSender<ProxyEvent>,
}

struct Page {
    session: Session,
    started: Instant,
    platform: Platform,
}

impl Recording {
    async fn run(self, mut input: mpsc::UnboundedReceiver<Input>, stop: CancelFlag) {
        let mut page: Option<Page> = None;
        let mut docs = 0u32;
        loop {
            let mut wake = None;
            if let Some(p) = page.as_mut() {
                let now = millis(p.started.elapsed());
                match p.session.step(now) {
                    Step::Done(outcome) => {
                        if let Some(p) = page.take() {
                            self.finish(p, outcome);
                        }
                        continue;
                    }
                    Step::Wait(w) => wake = w.map(|ms| p.started + Duration::from_millis(ms)),
                }
                for line in p.session.take_lines() {
                    let _ = self.events.send(ProxyEvent::Seen { line });
                }
                let deadline = p.started + self.page_timeout;
                wake = Some(wake.map_or(deadline, |w| w.min(deadline)));
            }
            let sleep = async {
                match wake {
                    Some(at) => tokio::time::sleep_until(tokio::time::Instant::from_std(at)).await,
                    None => std::future::pending().await,
                }
            };
            tokio::select! {
                biased;
                () = stop.cancelled() => break,
                got = input.recv() => match got {
                    None => break,
                    Some(Input::Document { url, status, platform }) => {
                        if let Some(p) = page.take() {
                            self.finish_early(p);
                        }
                        docs += 1;
                        page = Some(self.open(&url, status, platform, docs));
                    }
                    Some(Input::Messages(messages)) => {
                        let p = page.get_or_insert_with(|| self.new_page(Platform::Ios));
                        let at = millis(p.started.elapsed());
                        for payload in messages {
                            p.session.on_event(PageEvent::Binding { payload }, at);
                        }
                    }
                },
                () = sleep => {
                    if let Some(p) = page.as_ref()
                        && p.started.elapsed() >= self.page_timeout
                        && let Some(p) = page.take()
                    {
                        self.finish(p, Outcome::TimedOut);
                    }
                }
            }
        }
        if let Some(p) = page.take() {
            self.finish_early(p);
        }
    }

    /// Ends a page before it went quiet (the next document came, or the proxy stops): as far
    /// as it got, configured if the page called wx.config.
    fn finish_early(&self, mut p: Page) {
        let now = millis(p.started.elapsed());
        let outcome = match p.session.step(now) {
            Step::Done(o) => o,
            Step::Wait(_) if p.session.page_params().is_some() => Outcome::Configured,
            Step::Wait(_) => Outcome::NoConfigCall,
        };
        self.finish(p, outcome);
    }

    fn new_page(&self, platform: Platform) -> Page {
        Page {
            session: Session::new(platform, self.account.clone(), self.settle),
            started: Instant::now(),
            platform,
        }
    }

    fn open(&self, url: &str, status: u16, platform: Platform, doc_id: u32) -> Page {
        let mut p = self.new_page(platform);
        let id = format!("doc{doc_id}");
        p.session.on_event(
            PageEvent::Request {
                id: id.clone(),
                url: url.to_owned(),
                method: "GET".to_owned(),
                resource_type: "Document".to_owned(),
                main_document: true,
            },
            0,
        );
        p.session.on_event(
            PageEvent::Response {
                id: id.clone(),
                status,
            },
            0,
        );
        p.session.on_event(PageEvent::Finished { id }, 0);
        p
    }

    fn finish(&self, mut p: Page, outcome: Outcome) {
        for line in p.session.take_lines() {
            let _ = self.events.send(ProxyEvent::Seen { line });
        }
        let duration_ms = millis(p.started.elapsed());
        let timeout_ms = millis(self.page_timeout);
        let recorded = p.session.finish(outcome, duration_ms, timeout_ms);
        let exchange = recorded.exchange.clone();
        let app = if recorded
            .run
            .user_agent
            .to_ascii_lowercase()
            .contains("wxwork/")
        {
            App::Wecom
        } else {
            App::Wechat
        };
        let report = report::build(
            recorded,
            Context {
                source: self.source,
                platform: p.platform,
                app: Some(app),
                target: None,
                navigation: None,
                setup: report::Setup::default(),
                asks: Vec::new(),
                duration_ms,
            },
        );
        let _ = self.events.send(ProxyEvent::Report {
            report: Box::new(report),
            exchange,
        });
    }
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secrets::MemoryStore;

    fn config(dir: &std::path::Path) -> ProxyConfig {
        ProxyConfig {
            hosts: vec!["M.Example.com.".into()],
            listen: Some(IpAddr::from([127, 0, 0, 1])),
            port: 0,
            account: Account::default(),
            settle: Duration::from_millis(100),
            page_timeout: Duration::from_secs(5),
            source: Source::Simulated,
            ca_dir: dir.to_path_buf(),
            store: Arc::new(MemoryStore::default()),
        }
    }

    #[tokio::test]
    async fn stop_closes_the_port_and_every_connection() {
        let dir = tempfile::tempdir().unwrap();
        let proxy = start(config(dir.path())).await.unwrap();
        let addr = proxy.addr;
        assert!(proxy.ca.created);
        assert_eq!(proxy.setup_url, format!("http://{addr}/"));
        let open = tokio::net::TcpStream::connect(addr).await.unwrap();
        let mut events = proxy.stop().await;
        assert!(
            tokio::net::TcpStream::connect(addr).await.is_err(),
            "port closed"
        );
        let mut open = open;
        let mut buf = [0u8; 1];
        let n = tokio::io::AsyncReadExt::read(&mut open, &mut buf)
            .await
            .unwrap_or(0);
        assert_eq!(n, 0, "the open connection was closed");
        assert!(events.try_recv().is_err(), "no page, no report");
    }

    #[test]
    fn the_user_agent_of_the_document_says_whose_rule() {
        let table = [
            (
                "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) MicroMessenger/8.0.61",
                Platform::Ios,
            ),
            (
                "Mozilla/5.0 (Linux; Android 14; wv) XWEB/1260117 MicroMessenger/8.0.50",
                Platform::Android,
            ),
            (
                "Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) MicroMessenger/8.0.50",
                Platform::Ios,
            ),
            ("", Platform::Ios),
        ];
        for (ua, want) in table {
            assert_eq!(platform_of(ua), want, "{ua}");
        }
    }

    #[tokio::test]
    async fn bad_targets_are_refused_before_anything_listens() {
        let dir = tempfile::tempdir().unwrap();
        let mut c = config(dir.path());
        c.hosts = Vec::new();
        assert!(matches!(start(c.clone()).await, Err(ProxyError::NoHost)));
        c.hosts = vec!["https://m.example.com/".into()];
        assert!(matches!(start(c).await, Err(ProxyError::BadHost { .. })));
    }
}

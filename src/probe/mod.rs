//! The page probe (issue 9, PROBE.md): open the real page in a headless Chromium that plays the
//! WeChat in-app browser, capture every `wx.config` and share call the page's own jweixin makes
//! through a fake `WeixinJSBridge`, and judge them with the existing verifier and share checks
//! against the URL WeChat checks on each platform.
//!
//! Only this module talks to a browser; every DevTools call lives in one file (`cdp`), so the
//! driver can be replaced. `report` is the result's shape, `browser` finds an executable.

pub mod batch;
pub mod browser;
mod cdp;
#[cfg(windows)]
pub mod job;
pub mod judge;
pub mod messages;
pub mod oauth;
pub mod platform;
pub mod process;
pub mod recorder;
pub mod report;
pub mod session;

use std::path::PathBuf;
use std::time::Duration;

use crate::batch::{CancelFlag, Platform};
use crate::core::text::{Lang, Msg, msg};
use crate::core::verify::TicketCandidate;
use crate::i18n::Render;

pub use browser::{BrowserError, BrowserInfo};
pub use report::{AnswerMode, Outcome, ProbeReport, Run};
pub use session::Session;

/// Default hard deadline of one platform's run.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// Default quiet time after the page's last bridge call, navigation or request that ends a run.
/// Short because the quiet detection also waits for the page's open requests (a page fetching
/// its share texts after `wx.ready`); the menu events fire half of it after config.
pub const DEFAULT_SETTLE: Duration = Duration::from_millis(DEFAULT_SETTLE_MS);
/// [`DEFAULT_SETTLE`] in milliseconds, for `--settle-ms`.
pub const DEFAULT_SETTLE_MS: u64 = 250;

/// What to probe and how.
#[derive(Clone, Debug)]
pub struct ProbeOptions {
    /// The page, as the phone would open it.
    pub url: String,
    /// One run per platform, in this order (pages branch on the platform themselves).
    pub platforms: Vec<Platform>,
    /// `--browser` or the saved setting; `None` searches PATH and the usual install places.
    pub browser: Option<PathBuf>,
    /// Replaces the WeChat user agent of every platform.
    pub user_agent: Option<String>,
    pub answer: AnswerMode,
    /// Hard deadline of each run: the browser is killed when it passes.
    pub timeout: Duration,
    /// How long the page must stay quiet after config before the run ends.
    pub settle: Duration,
    /// Fetch each share imgUrl and check it answers with an image.
    pub check_images: bool,
    /// The current jsapi ticket first, then older candidates; empty: signatures are not checked.
    pub tickets: Vec<TicketCandidate>,
    /// The profile's appId: a config of another appId is a finding.
    pub app_id: Option<String>,
    /// The account's JS safe domains: WeChat refuses a config on a page outside them, and share
    /// links must lie under one.
    pub safe_domains: Vec<String>,
}

impl ProbeOptions {
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            platforms: vec![Platform::Android, Platform::Ios],
            browser: None,
            user_agent: None,
            answer: AnswerMode::Wechat,
            timeout: DEFAULT_TIMEOUT,
            settle: DEFAULT_SETTLE,
            check_images: false,
            tickets: Vec::new(),
            app_id: None,
            safe_domains: Vec::new(),
        }
    }
}

/// What the probe reports while it runs (the GUI's live timeline, the CLI's spinner).
#[derive(Clone, Debug, PartialEq)]
pub enum Progress {
    /// The browser is up.
    BrowserStarted { browser: String },
    /// A platform's run begins.
    RunStarted { platform: Platform },
    /// Something happened in the page, as one line for people.
    Seen { platform: Platform, line: Msg },
    /// A platform's run is complete.
    RunFinished { run: Box<Run> },
}

/// Why a probe produced no report.
#[derive(Debug, thiserror::Error)]
pub enum ProbeError {
    Browser(#[from] BrowserError),
    BadUrl(Msg),
    /// The browser could not be started or stopped talking before the page was loaded.
    Launch(Msg),
    Cancelled,
}

/// The English sentence, for logs and error chains.
impl std::fmt::Display for ProbeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text().get(Lang::En))
    }
}

impl ProbeError {
    /// What went wrong, for the edge to show in its language.
    pub fn text(&self) -> Msg {
        match self {
            ProbeError::Browser(e) => e.message(),
            ProbeError::BadUrl(m) | ProbeError::Launch(m) => m.clone(),
            ProbeError::Cancelled => msg!("probe-error-cancelled"),
        }
    }
}

/// Checks the page URL before any browser starts: an absolute http(s) URL.
pub fn check_url(url: &str) -> Result<(), ProbeError> {
    match url::Url::parse(url.trim()) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host_str().is_some() => Ok(()),
        _ => Err(ProbeError::BadUrl(msg!("probe-error-bad-url", url = url))),
    }
}

/// Probes one page on every platform of `opts`: starts a browser, runs the page once per
/// platform in its own browser context, stops the browser (no process and no temporary profile
/// left behind, whatever happens). `progress` sees each step; `cancel` ends it at any time.
pub async fn probe<P>(
    opts: ProbeOptions,
    cancel: CancelFlag,
    mut progress: P,
) -> Result<ProbeReport, ProbeError>
where
    P: FnMut(Progress) + Send,
{
    check_url(&opts.url)?;
    let info = browser::find(opts.browser.as_deref())?;
    let started = std::time::Instant::now();
    let session = tokio::select! {
        biased;
        () = cancel.cancelled() => return Err(ProbeError::Cancelled),
        s = Session::start(&info) => s?,
    };
    progress(Progress::BrowserStarted {
        browser: session.browser.clone(),
    });
    let mut runs = Vec::new();
    for &platform in &opts.platforms {
        progress(Progress::RunStarted { platform });
        match session.run(&opts, platform, &cancel, &mut progress).await {
            Ok(run) => {
                progress(Progress::RunFinished {
                    run: Box::new(run.clone()),
                });
                runs.push(run);
            }
            Err(e) => {
                session.close().await;
                return Err(e);
            }
        }
    }
    let browser = session.browser.clone();
    session.close().await;
    let ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    Ok(ProbeReport::from_runs(opts.url, runs, browser, ms))
}

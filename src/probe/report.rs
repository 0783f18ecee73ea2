//! What a probe saw, in the shape of `wxsign probe --json` (issue 9): one [`Run`] per platform,
//! each with the page's `wx.config` calls and their verdicts, its share settings, the OAuth stop,
//! what was blocked and what failed. Plain data (Serialize) so the CLI prints it, the GUI draws
//! it, the batch report embeds it and tests read its JSON back; messages are catalogue ids
//! written in both languages.
//!
//! These types are shared with the GUI and the batch: change them only additively.

use serde::{Deserialize, Serialize};

use crate::batch::Platform;
use crate::core::text::{Msg, msg};
use crate::core::urlcheck::Severity;
use crate::i18n::both;

/// How one platform's run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The page called `wx.config` and then went quiet.
    Configured,
    /// The page loaded and went quiet without calling `wx.config`.
    NoConfigCall,
    /// The page sent the visitor to WeChat OAuth; a probe cannot log in.
    OauthRequired,
    /// The page did not load (DNS, refused, TLS, HTTP error page, renderer crash).
    NavigationFailed,
    /// The hard deadline ended the run before the page went quiet.
    TimedOut,
}

impl Outcome {
    /// Higher is worse; the report's overall outcome is the worst run's.
    pub fn rank(self) -> u8 {
        match self {
            Outcome::Configured => 0,
            Outcome::NoConfigCall => 1,
            Outcome::OauthRequired => 2,
            Outcome::TimedOut => 3,
            Outcome::NavigationFailed => 4,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Configured => "configured",
            Outcome::NoConfigCall => "no_config_call",
            Outcome::OauthRequired => "oauth_required",
            Outcome::NavigationFailed => "navigation_failed",
            Outcome::TimedOut => "timed_out",
        }
    }

    /// A short label for people.
    pub fn label(self) -> Msg {
        match self {
            Outcome::Configured => msg!("probe-outcome-configured"),
            Outcome::NoConfigCall => msg!("probe-outcome-no-config-call"),
            Outcome::OauthRequired => msg!("probe-outcome-oauth-required"),
            Outcome::NavigationFailed => msg!("probe-outcome-navigation-failed"),
            Outcome::TimedOut => msg!("probe-outcome-timed-out"),
        }
    }
}

/// How the probe answers the page's `preVerifyJSAPI` (its `wx.config`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerMode {
    /// As WeChat would on that platform: `config:ok` only when the signature verifies against
    /// the URL WeChat checks there, so the page's `wx.error` / `wx.ready` paths run as on a phone.
    #[default]
    Wechat,
    /// Always `config:ok`: reach the share setup behind a broken signature.
    Ok,
    /// Always `config:invalid signature`.
    Fail,
}

/// A finding of the probe or of the share checks: a stable `code`, how bad, what, and the fix.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub code: String,
    pub severity: Severity,
    #[serde(serialize_with = "both::serialize")]
    pub message: Msg,
    #[serde(serialize_with = "both::serialize")]
    pub fix: Msg,
}

impl From<crate::core::urlcheck::Finding> for Finding {
    fn from(f: crate::core::urlcheck::Finding) -> Self {
        Self {
            code: f.code.to_owned(),
            severity: f.severity,
            message: f.message,
            fix: f.fix,
        }
    }
}

/// A verifier cause: the mistake that reproduces the page's signature, with its exact string1
/// (tickets in it replaced by their preview).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Cause {
    pub code: String,
    #[serde(serialize_with = "both::serialize")]
    pub message: Msg,
    pub string1: String,
}

/// One `wx.config` call as the bridge received it (`preVerifyJSAPI`), and its verdict.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ConfigCall {
    pub app_id: String,
    /// Always a string: jweixin sends `c.timestamp + ""`.
    pub timestamp: String,
    pub nonce_str: String,
    pub signature: String,
    /// The wx names, as the page wrote them (bridge names mapped back, PROBE.md §4).
    pub js_api_list: Vec<String>,
    pub open_tag_list: Vec<String>,
    /// `location.href` when `wx.config` ran (with its `#fragment`).
    pub href: String,
    /// The URL WeChat checks on this platform: Android the current href, iOS the document's
    /// landing URL; both without `#…`.
    pub verified_url: String,
    /// `None` when no ticket was given, so the signature could not be checked.
    #[serde(rename = "match")]
    pub matched: Option<bool>,
    pub causes: Vec<Cause>,
    /// The errMsg the probe answered (`config:ok`, `config:invalid signature`...).
    pub answer: String,
    // --- additive fields below the shape ---
    /// The landing URL of the document that made the call (after HTTP redirects).
    #[serde(default)]
    pub document_url: String,
    /// The signature the current ticket gives for `verified_url`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_signature: Option<String>,
    /// What a mismatch without a cause rules out, and warnings that hold either way.
    #[serde(default, serialize_with = "both::serialize_vec")]
    pub notes: Vec<Msg>,
    /// The page passed `debug: true` (jweixin then alerts every reply).
    #[serde(default)]
    pub debug: bool,
    /// Milliseconds since the run started.
    #[serde(default)]
    pub at_ms: u64,
    /// Findings about this call (appId of another account, millisecond timestamp, unknown or
    /// missing jsApiList names, a URL outside the safe domains).
    #[serde(default)]
    pub findings: Vec<Finding>,
    /// Which candidate ticket signed the call (0: the current one, 1…: the older `--ticket`s),
    /// when one did: `batch --probe --repeat` tells instances with different tickets apart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_with: Option<usize>,
    /// The real client's reply as it reached the page, before jweixin rewrote it (a phone);
    /// `None` when wxsign answered (the probe). `answer` is then jweixin's errMsg of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_reply: Option<serde_json::Value>,
    /// The realAuthUrl array of that reply, as sent (duplicates and `#…` kept): what the
    /// verdict is judged on when present.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub real_auth_url: Vec<String>,
}

/// One share setting the page made, with the effective values.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ShareCall {
    /// The wx name: `updateAppMessageShareData`, `updateTimelineShareData`,
    /// `onMenuShareAppMessage`, `onMenuShareTimeline`, `onMenuShareQQ`...
    pub api: String,
    pub title: Option<String>,
    pub desc: Option<String>,
    pub link: Option<String>,
    pub img_url: Option<String>,
    pub findings: Vec<Finding>,
    // --- additive fields ---
    /// What reached the bridge (`sendAppMessage` for `onMenuShareAppMessage`...).
    #[serde(default)]
    pub bridge_name: String,
    /// Made before any `wx.config` call of its document completed.
    #[serde(default)]
    pub before_config: bool,
    #[serde(default)]
    pub at_ms: u64,
}

/// Where the page sent the visitor to log in.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OAuthStop {
    pub appid: String,
    /// Decoded.
    pub redirect_uri: String,
    pub scope: String,
    pub state: String,
    // --- additive fields ---
    /// The authorize (or qrconnect) URL as requested.
    #[serde(default)]
    pub authorize_url: String,
    /// `http_redirect` (a 3xx) or `script` (the page navigated there itself).
    #[serde(default)]
    pub via: String,
    /// What the server must sign after login: `redirect_uri` with `code` and `state` added.
    #[serde(default)]
    pub sign_url: String,
    /// WeCom adds `agentid`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agentid: Option<String>,
    #[serde(default)]
    pub at_ms: u64,
}

/// A request the probe did not let leave the machine.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Blocked {
    pub url: String,
    /// `sdk_report` (jweixin's beacon) or `oauth`.
    pub reason: String,
    /// The appId the beacon carried: a second witness of what jweixin saw.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    /// The page URL the beacon carried.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_url: Option<String>,
    #[serde(default)]
    pub at_ms: u64,
}

/// An alert, confirm or prompt the page opened; never left blocking.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dialog {
    /// `alert`, `confirm`, `prompt` or `beforeunload`.
    pub kind: String,
    pub message: String,
    #[serde(default)]
    pub at_ms: u64,
}

/// A request of the page that failed: HTTP ≥ 400 or a network error.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FailedRequest {
    pub url: String,
    #[serde(default)]
    pub method: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// The network error (`net::ERR_CONNECTION_REFUSED`...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// `Document`, `Script`, `XHR`, `Fetch`, `Image`...
    #[serde(default)]
    pub resource_type: String,
    #[serde(default)]
    pub at_ms: u64,
}

/// How the page's address changed after it loaded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UrlChangeKind {
    PushState,
    ReplaceState,
    HashChange,
    PopState,
    /// A new document (a link, `location.href = …`, a reload).
    Navigation,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UrlChange {
    pub kind: UrlChangeKind,
    pub url: String,
    #[serde(default)]
    pub at_ms: u64,
}

/// An uncaught exception or unhandled rejection of the page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageException {
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    #[serde(default)]
    pub at_ms: u64,
}

/// What the probe saw of the JS-SDK itself, to say why config never ran.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SdkSeen {
    /// The page touched the bridge (invoke/on/call) or waited for `WeixinJSBridgeReady`.
    pub bridge_used: bool,
    /// `window.wx.config` existed when the page went quiet (bundled builds never set it).
    pub window_wx: bool,
    /// Scripts loaded whose URL looks like the JS-SDK (`jweixin`, `weixin-js-sdk`).
    pub scripts: Vec<String>,
}

/// One platform's run.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Run {
    pub platform: Platform,
    pub outcome: Outcome,
    pub user_agent: String,
    /// The first document's URL after HTTP redirects; `None` when nothing loaded.
    pub landing_url: Option<String>,
    pub url_changes: Vec<UrlChange>,
    pub configs: Vec<ConfigCall>,
    pub shares: Vec<ShareCall>,
    pub oauth: Option<OAuthStop>,
    pub blocked: Vec<Blocked>,
    pub dialogs: Vec<Dialog>,
    pub failed_requests: Vec<FailedRequest>,
    pub findings: Vec<Finding>,
    // --- additive fields ---
    /// Every config verified and no error finding: what the exit code reads.
    #[serde(default)]
    pub passed: bool,
    #[serde(default)]
    pub answer_mode: AnswerMode,
    #[serde(default)]
    pub exceptions: Vec<PageException>,
    #[serde(default)]
    pub sdk: SdkSeen,
    #[serde(default)]
    pub duration_ms: u64,
}

impl Run {
    /// An empty run of `platform`, filled in as the page reports.
    pub fn new(platform: Platform, user_agent: String, answer_mode: AnswerMode) -> Self {
        Self {
            platform,
            outcome: Outcome::NavigationFailed,
            user_agent,
            landing_url: None,
            url_changes: Vec::new(),
            configs: Vec::new(),
            shares: Vec::new(),
            oauth: None,
            blocked: Vec::new(),
            dialogs: Vec::new(),
            failed_requests: Vec::new(),
            findings: Vec::new(),
            passed: false,
            answer_mode,
            exceptions: Vec::new(),
            sdk: SdkSeen::default(),
            duration_ms: 0,
        }
    }

    /// Everything the run saw in time order, for a timeline.
    pub fn timeline(&self) -> Vec<TimelineEntry<'_>> {
        let mut out: Vec<TimelineEntry<'_>> = Vec::new();
        out.extend(self.url_changes.iter().map(TimelineEntry::UrlChange));
        out.extend(self.configs.iter().map(TimelineEntry::Config));
        out.extend(self.shares.iter().map(TimelineEntry::Share));
        out.extend(self.oauth.iter().map(TimelineEntry::OAuth));
        out.extend(self.blocked.iter().map(TimelineEntry::Blocked));
        out.extend(self.dialogs.iter().map(TimelineEntry::Dialog));
        out.extend(
            self.failed_requests
                .iter()
                .map(TimelineEntry::FailedRequest),
        );
        out.extend(self.exceptions.iter().map(TimelineEntry::Exception));
        // Stable: items of one list keep their order at the same millisecond.
        out.sort_by_key(TimelineEntry::at_ms);
        out
    }
}

/// One line of [`Run::timeline`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimelineEntry<'a> {
    UrlChange(&'a UrlChange),
    Config(&'a ConfigCall),
    Share(&'a ShareCall),
    OAuth(&'a OAuthStop),
    Blocked(&'a Blocked),
    Dialog(&'a Dialog),
    FailedRequest(&'a FailedRequest),
    Exception(&'a PageException),
}

impl TimelineEntry<'_> {
    pub fn at_ms(&self) -> u64 {
        match self {
            TimelineEntry::UrlChange(x) => x.at_ms,
            TimelineEntry::Config(x) => x.at_ms,
            TimelineEntry::Share(x) => x.at_ms,
            TimelineEntry::OAuth(x) => x.at_ms,
            TimelineEntry::Blocked(x) => x.at_ms,
            TimelineEntry::Dialog(x) => x.at_ms,
            TimelineEntry::FailedRequest(x) => x.at_ms,
            TimelineEntry::Exception(x) => x.at_ms,
        }
    }
}

/// The whole probe: `{"url", "outcome", "runs": [...]}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ProbeReport {
    pub url: String,
    /// The worst run's outcome.
    pub outcome: Outcome,
    pub runs: Vec<Run>,
    // --- additive fields ---
    /// Every run passed: exit 0.
    #[serde(default)]
    pub passed: bool,
    /// The browser that ran the page (`Chromium 148.0.7778.167`).
    #[serde(default)]
    pub browser: String,
    #[serde(default)]
    pub duration_ms: u64,
}

impl ProbeReport {
    /// Builds the report from its runs: overall outcome and pass from the runs'.
    pub fn from_runs(url: String, runs: Vec<Run>, browser: String, duration_ms: u64) -> Self {
        let outcome = runs
            .iter()
            .map(|r| r.outcome)
            .max_by_key(|o| o.rank())
            .unwrap_or(Outcome::NavigationFailed);
        let passed = !runs.is_empty() && runs.iter().all(|r| r.passed);
        Self {
            url,
            outcome,
            runs,
            passed,
            browser,
            duration_ms,
        }
    }
}

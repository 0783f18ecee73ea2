//! What the phone mode reports, whatever reached the page (`wxsign phone attach --json`, the
//! window, `--record`): the client and its versions, the probe's [`Run`] of the page as the
//! real client answered it, what only a real client shows (it disagreeing with wxsign), the
//! Ask results and the table of what was measured. Plain data, built by a pure function.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::agent::{self, Versions};
use super::devtools::Page;
use super::discover::App;
use super::session::{Exchanged, Recorded};
use crate::batch::Platform;
use crate::core::text::{Msg, msg};
use crate::core::urlcheck::Severity;
use crate::probe::judge::finding;
use crate::probe::report::{Finding, Outcome, Run};

/// How to turn the DevTools switch off again (PHONE.md §1), opened inside WeChat.
pub const TURN_OFF_URL: &str = "http://debugxweb.qq.com/?inspector=false";
/// How to turn it on.
pub const TURN_ON_URL: &str = "http://debugxweb.qq.com/?inspector=true";

/// Where the answers came from: a real phone, or a test rig playing one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    #[default]
    Phone,
    Simulated,
}

/// The client that answered.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Client {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<App>,
    pub user_agent: String,
    #[serde(flatten)]
    pub versions: Versions,
}

/// Where on the phone the page was found (Android).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Target {
    pub device: String,
    pub socket: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub process: Option<String>,
    pub page: Page,
}

/// How the page was made to run its scripts again under the recorder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Navigation {
    /// `Page.reload` of the page as it was.
    Reload,
    /// The entry URL instead (an OAuth page's `code` is single-use).
    Entry { url: String },
}

/// How the recorder got into the page, when the web-view refused the usual way.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Setup {
    /// `Runtime.addBinding` was refused: messages were polled from the page.
    #[serde(default)]
    pub polled: bool,
    /// `Page.addScriptToEvaluateOnNewDocument` was refused: the recorder went in when the
    /// document's context appeared, possibly after the page's first scripts.
    #[serde(default)]
    pub late: bool,
}

/// One `preVerifyJSAPI` wxsign asked the client with a signature of `url` (`--ask`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Asked {
    pub url: String,
    /// Why this URL: `current_url`, `landing_url`, `real_auth_url`, or the code of the cause
    /// that named it.
    pub why: String,
    /// jweixin's errMsg of the reply.
    pub answer: String,
    pub accepted: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub real_auth_url: Vec<String>,
    /// The reply as the client gave it.
    pub reply: Value,
}

/// Which URL the client verified, as measured by Ask.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verifies {
    CurrentUrl,
    LandingUrl,
    /// Both signatures passed (the client does not tie the check to either).
    Both,
    /// Neither passed (a ticket or domain problem hides the answer).
    Neither,
    /// The page never changed its URL: current and landing are the same.
    SameUrl,
}

/// One row of the table of what phones do, per client and engine version.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Measurement {
    pub source: Source,
    pub platform: Platform,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<App>,
    #[serde(flatten)]
    pub versions: Versions,
    pub verifies: Verifies,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_url_accepted: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub landing_url_accepted: Option<bool>,
}

/// The whole report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PhoneReport {
    pub source: Source,
    pub platform: Platform,
    pub client: Client,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Target>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub navigation: Option<Navigation>,
    pub outcome: Outcome,
    /// The page as the real client answered it: configs with the client's replies and
    /// wxsign's verdicts, shares, route changes, failed requests.
    pub run: Run,
    /// What only the real client shows.
    pub findings: Vec<Finding>,
    #[serde(default)]
    pub setup: Setup,
    #[serde(default)]
    pub asks: Vec<Asked>,
    #[serde(default)]
    pub measured: Vec<Measurement>,
    /// The client accepted every config, and no error was found.
    pub passed: bool,
    /// Open this inside WeChat to turn the DevTools switch off again.
    pub turn_off: String,
    #[serde(default)]
    pub duration_ms: u64,
}

impl PhoneReport {
    /// "this phone, WeChat 8.0.76.3141, XWeb 1500117" (or simulated), shown after a "source" label.
    pub fn source_line(&self) -> Msg {
        let v = &self.client.versions;
        let client = match (&v.wecom, &v.wechat) {
            (Some(w), _) => format!("WeCom {w}"),
            (None, Some(w)) => format!("WeChat {w}"),
            (None, None) => "?".to_owned(),
        };
        let engine = v.xweb.as_deref().unwrap_or("-");
        // iOS pages come through the proxy and WKWebView has no XWeb.
        match (self.source, self.platform) {
            (Source::Phone, Platform::Ios) => msg!("phone-proxy-source-phone", client = client),
            (Source::Simulated, Platform::Ios) => {
                msg!("phone-proxy-source-simulated", client = client)
            }
            (Source::Phone, Platform::Android) => {
                msg!("phone-source-phone", client = client, xweb = engine)
            }
            (Source::Simulated, Platform::Android) => {
                msg!("phone-source-simulated", client = client, xweb = engine)
            }
        }
    }
}

/// What the report is built from besides the recording.
pub struct Context {
    pub source: Source,
    pub platform: Platform,
    pub app: Option<App>,
    pub target: Option<Target>,
    pub navigation: Option<Navigation>,
    pub setup: Setup,
    pub asks: Vec<Asked>,
    pub duration_ms: u64,
}

/// Builds the report: the client from the page's user agent, the findings only a real client
/// gives, the measurement from the asks, the verdict.
pub fn build(recorded: Recorded, ctx: Context) -> PhoneReport {
    let Recorded { mut run, exchange } = recorded;
    let client = Client {
        app: ctx.app,
        user_agent: run.user_agent.clone(),
        versions: agent::versions(&run.user_agent),
    };
    let mut findings = client_findings(&run);
    findings.extend(setup_findings(ctx.setup, &exchange));
    let measured = measure(&ctx, &client, &run)
        .into_iter()
        .collect::<Vec<Measurement>>();
    let errors = |f: &[Finding]| f.iter().any(|f| f.severity == Severity::Error);
    let passed = run.outcome == Outcome::Configured
        && !run.configs.is_empty()
        && run.configs.iter().all(|c| c.answer == "config:ok")
        && !errors(&findings)
        && !errors(&run.findings)
        && run.configs.iter().all(|c| !errors(&c.findings));
    run.passed = passed;
    PhoneReport {
        source: ctx.source,
        platform: ctx.platform,
        client,
        target: ctx.target,
        navigation: ctx.navigation,
        outcome: run.outcome,
        run,
        findings,
        setup: ctx.setup,
        asks: ctx.asks,
        measured,
        passed,
        turn_off: TURN_OFF_URL.to_owned(),
        duration_ms: ctx.duration_ms,
    }
}

/// Where the client's answer and wxsign's check of the current URL disagree, the client
/// verified another URL; a config the client never answered.
fn client_findings(run: &Run) -> Vec<Finding> {
    let mut out = Vec::new();
    for c in &run.configs {
        let ok = c.answer == "config:ok";
        if c.answer.is_empty() {
            out.push(finding(
                "client_no_answer",
                Severity::Error,
                msg!("phone-finding-no-answer", url = c.href.as_str()),
                msg!("phone-finding-no-answer-fix"),
            ));
        } else if c.real_auth_url.is_empty() && ok && c.matched == Some(false) {
            out.push(finding(
                "client_accepted_other_url",
                Severity::Warning,
                msg!(
                    "phone-finding-accepted-other",
                    url = c.verified_url.as_str()
                ),
                msg!("phone-finding-ask-fix"),
            ));
        } else if c.real_auth_url.is_empty() && !ok && c.matched == Some(true) {
            let landing = Some(c.document_url.as_str()).filter(|d| {
                !d.is_empty() && crate::batch::checks::browser_href(d, false) != c.verified_url
            });
            out.push(match landing {
                Some(landing) => finding(
                    "client_refused_current_url",
                    Severity::Error,
                    msg!(
                        "phone-finding-refused-current-landing",
                        url = c.verified_url.as_str(),
                        answer = c.answer.as_str(),
                        landing = landing
                    ),
                    msg!("phone-finding-ask-fix"),
                ),
                None => finding(
                    "client_refused_current_url",
                    Severity::Error,
                    msg!(
                        "phone-finding-refused-current",
                        url = c.verified_url.as_str(),
                        answer = c.answer.as_str()
                    ),
                    msg!("phone-finding-refused-current-fix"),
                ),
            });
        }
    }
    out
}

fn setup_findings(setup: Setup, exchange: &[Exchanged]) -> Vec<Finding> {
    let mut out = Vec::new();
    if setup.late {
        out.push(finding(
            "recorder_late",
            Severity::Warning,
            msg!("phone-finding-late"),
            msg!("phone-finding-late-fix"),
        ));
    }
    if setup.polled {
        out.push(finding(
            "recorder_polled",
            Severity::Info,
            msg!("phone-finding-polled"),
            msg!("phone-finding-polled-fix"),
        ));
    }
    let unwrapped = exchange.iter().any(|e| {
        e.msg.get("t").and_then(Value::as_str) == Some("bridge")
            && e.msg.get("how").and_then(Value::as_str) == Some("unwrapped")
    });
    if unwrapped {
        out.push(finding(
            "bridge_unwrapped",
            Severity::Warning,
            msg!("phone-finding-unwrapped"),
            msg!("phone-finding-polled-fix"),
        ));
    }
    out
}

/// What the asks measured: which of the current and the landing URL the client accepted.
fn measure(ctx: &Context, client: &Client, run: &Run) -> Option<Measurement> {
    if ctx.asks.is_empty() {
        return None;
    }
    let accepted = |why: &str| ctx.asks.iter().find(|a| a.why == why).map(|a| a.accepted);
    let current = accepted("current_url");
    let landing = accepted("landing_url");
    let same = run
        .landing_url
        .as_deref()
        .zip(ctx.asks.iter().find(|a| a.why == "current_url"))
        .is_some_and(|(l, c)| crate::batch::checks::browser_href(l, false) == c.url);
    let verifies = match (current, landing) {
        _ if same => Verifies::SameUrl,
        (Some(true), Some(true)) => Verifies::Both,
        (Some(true), _) => Verifies::CurrentUrl,
        (_, Some(true)) => Verifies::LandingUrl,
        _ => Verifies::Neither,
    };
    Some(Measurement {
        source: ctx.source,
        platform: ctx.platform,
        app: client.app,
        versions: client.versions.clone(),
        verifies,
        current_url_accepted: current,
        landing_url_accepted: landing,
    })
}

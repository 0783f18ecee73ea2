//! What one page's check produced, in the compact form reports stream and the GUI table shows.
//! Response bodies are not kept: a run of 10,000 pages must not grow with the replies.

use std::any::Any;
use std::sync::Arc;

use serde::Serialize;
use serde_json::value::RawValue;

use crate::core::text::{Lang, Msg, msg};
use crate::core::urlcheck::{Finding, Severity};
use crate::i18n::{both, text};

/// The outcome of one page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PageStatus {
    /// The signature matches and no check found an error.
    Pass,
    /// The signature does not match, or a check found an error.
    Fail,
    /// The endpoint gave no usable answer, so nothing could be verified.
    Error,
    /// The run was cancelled before this page was checked (or while it was in flight).
    NotRun,
    /// With `--repeat`: some answers passed and some did not.
    Flaky,
}

impl PageStatus {
    /// The status as people read it (`pass`, `not run`; 通过, 未运行): the one wording the
    /// window's table, the CLI and the HTML report share (the last two write it in capitals).
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            PageStatus::Pass => text(lang, "batch-pass"),
            PageStatus::Fail => text(lang, "batch-fail"),
            PageStatus::Error => text(lang, "batch-error"),
            PageStatus::NotRun => text(lang, "batch-not-run"),
            PageStatus::Flaky => text(lang, "batch-flaky"),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            PageStatus::Pass => "pass",
            PageStatus::Fail => "fail",
            PageStatus::Error => "error",
            PageStatus::NotRun => "not_run",
            PageStatus::Flaky => "flaky",
        }
    }
}

/// A cause the verifier found, with the ticket in string1 replaced by its preview.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CauseSummary {
    pub code: String,
    #[serde(serialize_with = "both::serialize")]
    pub message: Msg,
    pub string1: String,
}

/// What the endpoint answered (no secrets: these fields end up in `wx.config` in the page).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Reply {
    pub app_id: Option<String>,
    pub timestamp: Option<String>,
    pub nonce_str: Option<String>,
    pub signature: Option<String>,
}

/// One page's result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PageResult {
    /// Position in the pages file (0-based), so results that finish out of order can be sorted.
    /// Reports show it as `number`, 1-based like the `#N` of the human output, JUnit and HTML.
    #[serde(rename = "number", serialize_with = "one_based")]
    pub index: usize,
    pub url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entry_url: Option<String>,
    pub platform: super::Platform,
    /// The URL value sent to the endpoint (after the page's encoding).
    pub sent_url: String,
    /// The URL WeChat verifies the signature against.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sign_url: Option<String>,
    pub status: PageStatus,
    pub duration_ms: u64,
    /// The HTTP status of the endpoint's reply; `None` when none came back or the page never ran.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub http_status: Option<u16>,
    /// Set when the endpoint failed; then `reply` is `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub endpoint_error: Option<EndpointFailure>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply: Option<Reply>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signature_match: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_signature: Option<String>,
    pub causes: Vec<CauseSummary>,
    #[serde(serialize_with = "both::serialize_vec")]
    pub notes: Vec<Msg>,
    /// URL analysis, appId, timestamp and share-settings findings.
    #[serde(serialize_with = "findings_in_both")]
    pub findings: Vec<Finding>,
    /// `batch --probe`: the page's whole probe report, one run per platform.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub probe: Option<Detail>,
    /// With `--repeat N`: how the N answers went.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repeat: Option<Repeat>,
    /// The candidate ticket (index) that signed the answer, when recognised; for `--repeat`.
    #[serde(skip)]
    pub signed_with: Option<usize>,
    /// WeCom: each call's own verdict when the reply also holds a `wx.agentConfig` triplet
    /// (`signature_match` is both together), so a report or the window can show both.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wecom: Option<WecomCalls>,
}

/// The two calls of a WeCom reply, each with its verdict.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct WecomCalls {
    /// `wx.config` against the corp ticket.
    pub config_match: bool,
    /// The agentid the reply's agentConfig names.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent_id: Option<u64>,
    /// The reply's agentConfig triplet (not secret: it ends up in the page).
    pub agent_config: Reply,
    /// `wx.agentConfig` against its app's agent ticket; `None` when no agent ticket of that app
    /// is known (not checked).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent_config_match: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent_expected_signature: Option<String>,
}

/// A mode's own record of a page (`batch --probe`: the whole probe report), carried by the
/// batch without knowing its type: the batch sits below the probe, so the probe hands its report
/// in, the JSON report writes it out as it serializes, and the window takes it back by type to
/// open it in its own panel.
#[derive(Clone)]
pub struct Detail {
    value: Arc<dyn Any + Send + Sync>,
    /// Serializes `value` (monomorphised in [`Detail::new`], where its type is known).
    json: fn(&(dyn Any + Send + Sync)) -> Option<Box<RawValue>>,
}

impl Detail {
    pub fn new<T: Serialize + Any + Send + Sync>(value: T) -> Self {
        Self {
            value: Arc::new(value),
            json: |v| {
                v.downcast_ref::<T>()
                    .and_then(|t| serde_json::value::to_raw_value(t).ok())
            },
        }
    }

    /// The record, when it is a `T`.
    pub fn get<T: Any>(&self) -> Option<&T> {
        self.value.downcast_ref()
    }

    fn to_json(&self) -> Option<Box<RawValue>> {
        (self.json)(&*self.value)
    }
}

impl Serialize for Detail {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.to_json().serialize(s)
    }
}

/// Two details are equal when they serialize alike (what a report would show).
impl PartialEq for Detail {
    fn eq(&self, other: &Self) -> bool {
        self.to_json().map(|j| j.get().to_owned()) == other.to_json().map(|j| j.get().to_owned())
    }
}

impl Eq for Detail {}

impl std::fmt::Debug for Detail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.to_json() {
            Some(j) => write!(f, "Detail({})", j.get()),
            None => f.write_str("Detail(?)"),
        }
    }
}

/// How the repeated answers of one page went (`batch --repeat N`; `repeat` combines them).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Repeat {
    /// How many times the endpoint was asked.
    pub asked: usize,
    /// How many answers passed.
    pub passed: usize,
    /// How many different candidate tickets signed the answers (0 when none was recognised).
    pub tickets: usize,
}

/// The findings as the JSON report has always carried them: `code`, `severity`, and `message`
/// and `fix` in both languages (the core's `Finding` holds catalogue messages, which are not an
/// output format).
fn findings_in_both<S: serde::Serializer>(v: &[Finding], s: S) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct Both<'a> {
        code: &'static str,
        severity: Severity,
        #[serde(serialize_with = "by_ref")]
        message: &'a Msg,
        #[serde(serialize_with = "by_ref")]
        fix: &'a Msg,
    }
    fn by_ref<S: serde::Serializer>(m: &&Msg, s: S) -> Result<S::Ok, S::Error> {
        both::serialize(m, s)
    }
    s.collect_seq(v.iter().map(|f| Both {
        code: f.code,
        severity: f.severity,
        message: &f.message,
        fix: &f.fix,
    }))
}

fn one_based<S: serde::Serializer>(index: &usize, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_u64(u64::try_from(*index).unwrap_or(u64::MAX).saturating_add(1))
}

/// An endpoint failure as a report shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EndpointFailure {
    pub code: &'static str,
    #[serde(serialize_with = "both::serialize")]
    pub message: Msg,
}

impl PageResult {
    /// A page's result before anything is known about it: the one constructor every result
    /// starts from (the checks, a page never run, a page whose check stopped).
    pub fn new(index: usize, page: &super::PageSpec, status: PageStatus) -> Self {
        Self {
            index,
            url: page.url.clone(),
            entry_url: page.entry_url.clone(),
            platform: page.platform,
            sent_url: String::new(),
            sign_url: None,
            status,
            duration_ms: 0,
            http_status: None,
            endpoint_error: None,
            reply: None,
            signature_match: None,
            expected_signature: None,
            causes: Vec::new(),
            notes: Vec::new(),
            findings: Vec::new(),
            probe: None,
            repeat: None,
            signed_with: None,
            wecom: None,
        }
    }

    /// A page the run never checked: reports list it so every page of the file appears.
    pub fn not_run(index: usize, page: &super::PageSpec) -> Self {
        Self::new(index, page, PageStatus::NotRun)
    }

    /// A page whose check stopped without a result (its task panicked): an error row, never a
    /// lost one.
    pub fn stopped(index: usize, page: &super::PageSpec) -> Self {
        Self {
            sent_url: page.url.clone(),
            endpoint_error: Some(EndpointFailure {
                code: "internal_error",
                message: msg!("batch-page-stopped"),
            }),
            ..Self::new(index, page, PageStatus::Error)
        }
    }

    /// The one line a summary shows for this page: the first cause, error finding or failure.
    pub fn headline(&self) -> Option<Msg> {
        if let Some(e) = &self.endpoint_error {
            return Some(e.message.clone());
        }
        if let Some(c) = self.causes.first() {
            return Some(c.message.clone());
        }
        if let Some(f) = self.findings.iter().find(|f| f.severity == Severity::Error) {
            return Some(f.message.clone());
        }
        if self.signature_match == Some(false) {
            return self.notes.first().cloned();
        }
        None
    }

    /// Codes of everything that went wrong (causes, error and warning findings, endpoint error).
    pub fn problem_codes(&self) -> Vec<String> {
        let mut codes: Vec<String> = Vec::new();
        if self.status == PageStatus::Flaky {
            codes.push("flaky".to_owned());
        }
        if let Some(e) = &self.endpoint_error {
            codes.push(e.code.to_owned());
        }
        if self.signature_match == Some(false) {
            if self.causes.is_empty() {
                codes.push("signature_mismatch".to_owned());
            }
            codes.extend(self.causes.iter().map(|c| c.code.clone()));
        }
        codes.extend(
            self.findings
                .iter()
                .filter(|f| f.severity >= Severity::Warning)
                .map(|f| f.code.to_owned()),
        );
        codes
    }
}

/// Running counts, for the progress bar and the summary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub pass: usize,
    pub fail: usize,
    pub error: usize,
    /// With `--repeat`: pages that passed only sometimes.
    #[serde(skip_serializing_if = "is_zero")]
    pub flaky: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Counts {
    /// Counts a checked page; a page that never ran is not counted (see [`Summary::not_run`]).
    pub fn add(&mut self, status: PageStatus) {
        match status {
            PageStatus::Pass => self.pass += 1,
            PageStatus::Fail => self.fail += 1,
            PageStatus::Error => self.error += 1,
            PageStatus::Flaky => self.flaky += 1,
            PageStatus::NotRun => {}
        }
    }

    pub fn done(&self) -> usize {
        self.pass + self.fail + self.error + self.flaky
    }
}

/// The end of a run.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Pages in the file.
    pub total: usize,
    #[serde(flatten)]
    pub counts: Counts,
    /// Pages never checked because the run was cancelled.
    pub not_run: usize,
    pub cancelled: bool,
    pub elapsed_ms: u64,
    /// The endpoint URL, for the report header.
    pub endpoint: String,
}

impl Summary {
    /// True when every page ran and passed: the CLI exits 0 only then.
    pub fn all_passed(&self) -> bool {
        !self.cancelled
            && self.not_run == 0
            && self.counts.fail == 0
            && self.counts.error == 0
            && self.counts.flaky == 0
            && self.counts.pass == self.total
    }
}

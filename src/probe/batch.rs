//! The batch's probe mode: every page of a pages file probed in one shared browser, each page in
//! its own browser context, at most `concurrency` pages at once (each page is a renderer). Every
//! result is a [`PageResult`] carrying the page's whole probe report, so the batch's JSON, JUnit
//! and HTML reports, its progress bar and its cancel work unchanged.

use std::sync::{Arc, Mutex};
use std::time::Instant;

use super::report::{Finding, Outcome, ProbeReport};
use super::session::Session;
use super::{ProbeError, ProbeOptions, check_url};
use crate::batch::context::finding;
use crate::batch::result::{CauseSummary, Detail, Reply};
use crate::batch::runner::{Checker, Drive};
use crate::batch::{CancelFlag, PageResult, PageSpec, PageStatus};
use crate::core::text::{Msg, msg};
use crate::core::urlcheck;

/// How a batch of pages is probed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BatchOptions {
    /// Pages probed at once (each one is a renderer).
    pub concurrency: usize,
    /// Probe every page this many times, one after the other (`--repeat`): a page whose
    /// signing endpoint answers differently from one load to the next is `flaky`, and calls
    /// signed with different tickets name the load balancer (`batch::repeat`).
    pub repeat: usize,
}

/// The probe's check of each page for the batch's runner ([`Checker::run`]): the page opened
/// in `session` (shared by every page) on every platform of `template`, which gives everything
/// but the URL (tickets, answer mode, timeout). `cancel` also stops a page mid-load.
pub fn checker(
    session: Arc<Session>,
    template: ProbeOptions,
    batch: BatchOptions,
    cancel: &CancelFlag,
) -> Checker {
    let endpoint = format!("probe ({})", session.browser);
    let cancel = cancel.clone();
    Checker {
        check: Box::new(move |index: usize, page: PageSpec| {
            let mut opts = template.clone();
            opts.url = page.url;
            let (session, cancel) = (Arc::clone(&session), cancel.clone());
            Box::pin(async move { probe_page(&session, opts, &cancel, index).await })
        }),
        how: Drive {
            concurrency: batch.concurrency,
            repeat: batch.repeat,
        },
        endpoint,
    }
}

async fn probe_page(
    session: &Session,
    opts: ProbeOptions,
    cancel: &CancelFlag,
    index: usize,
) -> PageResult {
    let started = Instant::now();
    let spec = PageSpec::from_url(opts.url.clone());
    if let Err(e) = check_url(&opts.url) {
        let mut r = PageResult::not_run(index, &spec);
        r.status = PageStatus::Error;
        r.findings.push(finding(
            "bad_url",
            urlcheck::Severity::Error,
            e.text(),
            msg!("probe-batch-bad-url-fix"),
        ));
        return r;
    }
    let mut runs = Vec::new();
    for &platform in &opts.platforms {
        match session.run(&opts, platform, cancel, &mut |_| {}).await {
            Ok(run) => runs.push(run),
            Err(ProbeError::Cancelled) => return PageResult::not_run(index, &spec),
            Err(_) => break,
        }
    }
    let ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    let report = ProbeReport::from_runs(opts.url.clone(), runs, session.browser.clone(), ms);
    page_result(index, report)
}

/// One probed page as the batch's reports show it: the verdicts, causes and findings of every
/// run (each named with its platform), and the whole report.
pub fn page_result(index: usize, report: ProbeReport) -> PageResult {
    let mut r = PageResult::not_run(index, &PageSpec::from_url(report.url.clone()));
    r.sent_url = report.url.clone();
    r.duration_ms = report.duration_ms;
    let configs: Vec<_> = report
        .runs
        .iter()
        .flat_map(|run| run.configs.iter())
        .collect();
    if let Some(first) = configs.first() {
        r.sign_url = Some(first.verified_url.clone());
        r.reply = Some(Reply {
            app_id: Some(first.app_id.clone()),
            timestamp: Some(first.timestamp.clone()),
            nonce_str: Some(first.nonce_str.clone()),
            signature: Some(first.signature.clone()),
        });
        r.expected_signature = first.expected_signature.clone();
        r.signed_with = configs.iter().find_map(|c| c.signed_with);
        if configs.iter().all(|c| c.matched.is_some()) {
            r.signature_match = Some(configs.iter().all(|c| c.matched == Some(true)));
        }
    }
    for run in &report.runs {
        let p = super::platform::label(run.platform);
        for c in &run.configs {
            for cause in &c.causes {
                r.causes.push(CauseSummary {
                    code: cause.code.clone(),
                    message: prefixed(p, &cause.message),
                    string1: cause.string1.clone(),
                });
            }
            r.notes.extend(c.notes.iter().map(|n| prefixed(p, n)));
        }
        let findings = run
            .findings
            .iter()
            .chain(run.configs.iter().flat_map(|c| c.findings.iter()))
            .chain(run.shares.iter().flat_map(|s| s.findings.iter()));
        for f in findings {
            let f = core_finding(p, f);
            if !r
                .findings
                .iter()
                .any(|g| g.code == f.code && g.message == f.message)
            {
                r.findings.push(f);
            }
        }
    }
    let broken = report
        .runs
        .iter()
        .all(|run| matches!(run.outcome, Outcome::NavigationFailed | Outcome::TimedOut));
    r.status = if report.passed {
        PageStatus::Pass
    } else if broken {
        PageStatus::Error
    } else {
        PageStatus::Fail
    };
    r.probe = Some(Detail::new(report));
    r
}

/// `Android: …` / `iOS：…`: a run's message named with its platform.
fn prefixed(platform: &str, m: &Msg) -> Msg {
    msg!(
        "probe-batch-on-platform",
        platform = platform,
        message = m.clone()
    )
}

fn core_finding(platform: &str, f: &Finding) -> urlcheck::Finding {
    urlcheck::Finding {
        code: intern(&f.code),
        severity: f.severity,
        message: prefixed(platform, &f.message),
        fix: f.fix.clone(),
    }
}

/// The batch's findings carry `&'static str` codes; the probe's few distinct codes are kept
/// once each for the life of the process (a bounded set, not a per-page leak).
fn intern(code: &str) -> &'static str {
    static CODES: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());
    let Ok(mut codes) = CODES.lock() else {
        return "probe_finding";
    };
    if let Some(c) = codes.iter().find(|c| **c == code) {
        return c;
    }
    if codes.len() >= 512 {
        return "probe_finding";
    }
    let leaked: &'static str = Box::leak(code.to_owned().into_boxed_str());
    codes.push(leaked);
    leaked
}

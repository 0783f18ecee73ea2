//! The batch's probe mode: every page of a pages file probed in one shared browser, each page in
//! its own browser context, at most `concurrency` pages at once (each page is a renderer). Every
//! result is a [`PageResult`] carrying the page's whole probe report, so the batch's JSON, JUnit
//! and HTML reports, its progress bar and its cancel work unchanged.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use tokio::task::JoinSet;

use super::report::{Finding, Outcome, ProbeReport};
use super::session::Session;
use super::{ProbeError, ProbeOptions, check_url};
use crate::batch::repeat;
use crate::batch::result::{CauseSummary, Finding as BatchFinding, Reply};
use crate::batch::{CancelFlag, Counts, PageResult, PageSpec, PageStatus, Summary};
use crate::core::text::Text;
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

/// Runs the pages. `template` gives everything but the URL (platforms, tickets, answer mode,
/// timeout); `on_result` sees each page as it finishes and, after a cancel, the pages left as
/// not run (in file order).
pub async fn run<F>(
    session: Arc<Session>,
    template: ProbeOptions,
    pages: Vec<PageSpec>,
    batch: BatchOptions,
    cancel: CancelFlag,
    mut on_result: F,
) -> Summary
where
    F: FnMut(PageResult, &Counts),
{
    let started = Instant::now();
    let total = pages.len();
    let mut counts = Counts::default();
    let mut set: JoinSet<(usize, PageResult)> = JoinSet::new();
    let mut in_flight: HashMap<tokio::task::Id, (usize, PageSpec)> = HashMap::new();
    let mut queue = pages.into_iter().enumerate();
    let mut cancelled = false;
    loop {
        if cancel.is_cancelled() {
            cancelled = true;
            break;
        }
        if set.len() < batch.concurrency.max(1)
            && let Some((index, page)) = queue.next()
        {
            let mut opts = template.clone();
            opts.url = page.url.clone();
            let (session, cancel) = (Arc::clone(&session), cancel.clone());
            let spec = page.clone();
            let repeat = batch.repeat;
            let h = set.spawn(async move {
                (
                    index,
                    probe_repeated(&session, opts, &cancel, index, repeat).await,
                )
            });
            in_flight.insert(h.id(), (index, spec));
            continue;
        }
        if set.is_empty() {
            break;
        }
        tokio::select! {
            biased;
            () = cancel.cancelled() => {
                cancelled = true;
                break;
            }
            Some(joined) = set.join_next_with_id() => {
                if let Ok((id, (_, result))) = joined {
                    in_flight.remove(&id);
                    if result.status == PageStatus::NotRun {
                        // Cancelled inside: reported with the rest below.
                        continue;
                    }
                    counts.add(result.status);
                    on_result(result, &counts);
                } else if let Err(e) = joined
                    && let Some((index, page)) = in_flight.remove(&e.id())
                {
                    let mut r = PageResult::not_run(index, &page);
                    r.status = PageStatus::Error;
                    counts.add(r.status);
                    on_result(r, &counts);
                }
            }
        }
    }
    if cancelled {
        set.abort_all();
        while let Some(joined) = set.join_next_with_id().await {
            if let Ok((id, (_, result))) = joined
                && result.status != PageStatus::NotRun
            {
                in_flight.remove(&id);
                counts.add(result.status);
                on_result(result, &counts);
            }
        }
        let mut left: Vec<(usize, PageSpec)> = in_flight.into_values().collect();
        left.sort_by_key(|(i, _)| *i);
        for (index, page) in left.into_iter().chain(queue) {
            on_result(PageResult::not_run(index, &page), &counts);
        }
    }
    Summary {
        total,
        counts,
        not_run: total.saturating_sub(counts.done()),
        cancelled,
        elapsed_ms: u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
        endpoint: format!("probe ({})", session.browser),
    }
}

/// A page probed once, or `repeat` times with the attempts combined; a cancel in between
/// leaves the page not run.
async fn probe_repeated(
    session: &Session,
    opts: ProbeOptions,
    cancel: &CancelFlag,
    index: usize,
    repeat: usize,
) -> PageResult {
    let mut attempts = Vec::with_capacity(repeat.max(1));
    for _ in 0..repeat.max(1) {
        let r = probe_page(session, opts.clone(), cancel, index).await;
        if r.status == PageStatus::NotRun {
            return r;
        }
        attempts.push(r);
    }
    let spec = PageSpec::from_url(opts.url.clone());
    repeat::combine(attempts).unwrap_or_else(|| PageResult::not_run(index, &spec))
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
        r.findings.push(BatchFinding {
            code: "bad_url",
            severity: urlcheck::Severity::Error,
            message: e.text(),
            fix: Text::new(
                "Give the page's full http(s) address.",
                "请给出页面完整的 http(s) 地址。",
            ),
        });
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
    r.probe = Some(Box::new(report));
    r
}

fn prefixed(platform: &str, t: &Text) -> Text {
    Text::new(
        format!("{platform}: {}", t.en),
        format!("{platform}：{}", t.zh),
    )
}

fn core_finding(platform: &str, f: &Finding) -> BatchFinding {
    BatchFinding {
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

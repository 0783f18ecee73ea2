//! Drives the pages: at most `concurrency` requests in flight, a timeout per request, cancel at
//! any time (finished pages are kept), and each result handed to a callback as soon as it is
//! ready, so the CLI's progress bar and reports and the GUI's table all stream.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use tokio::sync::watch;
use tokio::task::JoinSet;

use crate::core::text::{Lang, Msg, msg};
use crate::core::verify::TicketCandidate;
use crate::i18n::Render;

use super::checks::{self, ImageProbe, PageContext};
use super::endpoint::Endpoint;
use super::pages::PageSpec;
use super::result::{Counts, PageResult, PageStatus, Summary};

/// How a run behaves.
#[derive(Clone, Debug)]
pub struct RunOptions {
    /// Requests in flight at once.
    pub concurrency: usize,
    /// Per request to the endpoint.
    pub timeout: Duration,
    /// Fetch each `imgUrl` and check it answers with an image.
    pub check_images: bool,
    pub image_timeout: Duration,
    /// Send `location.href.split('#')[0]` instead of the whole `location.href`. Off by default:
    /// a backend must strip the fragment itself, and sending it shows whether it does.
    pub strip_fragment: bool,
    /// Ask the endpoint this many times for every page (`--repeat`); 1 by default.
    pub repeat: usize,
}

impl Default for RunOptions {
    fn default() -> Self {
        Self {
            concurrency: 8,
            timeout: Duration::from_secs(10),
            check_images: false,
            image_timeout: Duration::from_secs(5),
            strip_fragment: false,
            repeat: 1,
        }
    }
}

/// Everything a run needs besides the pages. Plain values, so the CLI, the GUI and tests build
/// it from a profile, from options or by hand.
#[derive(Clone, Debug, Default)]
pub struct BatchJob {
    pub endpoint: Endpoint,
    pub app_id: Option<String>,
    pub safe_domains: Vec<String>,
    /// The profile's platform: its config call's recipe and its domain rule judge each reply.
    pub platform: crate::platform::Platform,
    /// The current ticket first, then older candidates.
    pub tickets: Vec<TicketCandidate>,
    /// WeCom: each app's agent tickets, for replies holding a wx.agentConfig triplet.
    pub agent_tickets: Vec<super::wecom::AgentTickets>,
    pub options: RunOptions,
}

/// A cancel switch shared by the UI and the run. Cloning shares it.
#[derive(Clone, Debug)]
pub struct CancelFlag(Arc<watch::Sender<bool>>);

impl Default for CancelFlag {
    fn default() -> Self {
        Self::new()
    }
}

impl CancelFlag {
    pub fn new() -> Self {
        Self(Arc::new(watch::channel(false).0))
    }

    pub fn cancel(&self) {
        self.0.send_replace(true);
    }

    pub fn is_cancelled(&self) -> bool {
        *self.0.borrow()
    }

    /// Resolves once [`CancelFlag::cancel`] has been called.
    pub async fn cancelled(&self) {
        let mut rx = self.0.subscribe();
        // The sender lives in `self`, so `wait_for` cannot fail while we wait.
        let _ = rx.wait_for(|c| *c).await;
    }
}

/// Setting up the run failed before any page was checked.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    Client(String),
}

impl RunError {
    pub fn text(&self) -> Msg {
        match self {
            RunError::Client(detail) => msg!("batch-run-no-client", detail = detail),
        }
    }
}

/// The English sentence, for the CLI's error line and error chains.
impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text().get(Lang::En))
    }
}

/// Distinct image URLs remembered per run; pages often share one picture.
const IMAGE_CACHE: usize = 1024;

struct Shared {
    job: BatchJob,
    client: reqwest::Client,
    images: Mutex<HashMap<String, ImageProbe>>,
}

/// One check of one page, whatever does it (the team's endpoint, the probe's browser), boxed so
/// the one run loop ([`drive`]) takes either kind of batch.
pub type PageCheck =
    Box<dyn Fn(usize, PageSpec) -> Pin<Box<dyn Future<Output = PageResult> + Send>> + Send + Sync>;

/// A kind of batch ready to run: how each page is checked, how the pages are driven, and what
/// the summary names as the checker (the endpoint, or `probe (browser)`).
pub struct Checker {
    pub check: PageCheck,
    pub how: Drive,
    pub endpoint: String,
}

impl Checker {
    /// The endpoint's check: one HTTP client for the run (its pool sized for the concurrency),
    /// image answers remembered across pages.
    pub fn endpoint(job: BatchJob) -> Result<Self, RunError> {
        let how = Drive {
            concurrency: job.options.concurrency,
            repeat: job.options.repeat,
        };
        let client = reqwest::Client::builder()
            .user_agent(concat!("wxsign/", env!("CARGO_PKG_VERSION"), " (batch)"))
            .connect_timeout(job.options.timeout.min(Duration::from_secs(5)))
            .pool_max_idle_per_host(how.concurrency.max(1))
            .build()
            .map_err(|e| RunError::Client(e.to_string()))?;
        let endpoint = display_endpoint(&job.endpoint.spec.url);
        let shared = Arc::new(Shared {
            job,
            client,
            images: Mutex::new(HashMap::new()),
        });
        Ok(Self {
            check: Box::new(move |index, page| {
                Box::pin(check_attempt(Arc::clone(&shared), index, page))
            }),
            how,
            endpoint,
        })
    }

    /// Runs `pages` (`total` of them; a long list may be read lazily from its file) through
    /// [`drive`]. `on_result` sees every page with the running counts: each checked page as it
    /// finishes and, after a cancel, every page left unchecked as [`PageStatus::NotRun`] (in
    /// file order, counted in [`Summary::not_run`]), so reports list every page of the file.
    /// The check is dropped before this returns, so whatever it shared (a browser) is free.
    pub async fn run<I, F>(
        self,
        pages: I,
        total: usize,
        cancel: &CancelFlag,
        on_result: F,
    ) -> Summary
    where
        I: IntoIterator<Item = PageSpec>,
        F: FnMut(PageResult, &Counts),
    {
        let summary = drive(pages, total, self.how, cancel, self.check, on_result).await;
        Summary {
            endpoint: self.endpoint,
            ..summary
        }
    }
}

/// How a run's pages are driven, whatever checks them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Drive {
    /// Pages in flight at once.
    pub concurrency: usize,
    /// Checks of each page, one after the other (`--repeat`); 1 by default.
    pub repeat: usize,
}

type InFlight = HashMap<tokio::task::Id, (usize, PageSpec)>;

/// The one bounded-concurrency loop of a batch, the endpoint's and the probe's: at most
/// `concurrency` pages in flight, each checked `repeat` times one after the other and the
/// answers combined ([`repeat::combine`]), each result handed to `on_result` with the running
/// counts as soon as it is ready. A page whose check stops (a panic) is an error row, never a
/// lost one; after a cancel, or a check that answers [`PageStatus::NotRun`], every page left
/// unchecked is reported as not run, in file order. The summary's `endpoint` is the caller's.
pub async fn drive<I, C, Fut, F>(
    pages: I,
    total: usize,
    how: Drive,
    cancel: &CancelFlag,
    check: C,
    mut on_result: F,
) -> Summary
where
    I: IntoIterator<Item = PageSpec>,
    C: Fn(usize, PageSpec) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = PageResult> + Send + 'static,
    F: FnMut(PageResult, &Counts),
{
    let started = Instant::now();
    let concurrency = how.concurrency.max(1);
    let repeat = how.repeat.max(1);
    let check = Arc::new(check);
    let mut counts = Counts::default();
    let mut in_flight = InFlight::new();
    let mut unchecked: Vec<(usize, PageSpec)> = Vec::new();
    let mut set = JoinSet::new();
    let mut queue = pages.into_iter().enumerate();
    let mut cancelled = false;
    loop {
        if cancel.is_cancelled() {
            cancelled = true;
            break;
        }
        if set.len() < concurrency
            && let Some((index, page)) = queue.next()
        {
            let (check, spec) = (Arc::clone(&check), page.clone());
            let task = set.spawn(async move { attempts(&*check, index, page, repeat).await });
            in_flight.insert(task.id(), (index, spec));
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
                finish(joined, &mut in_flight, &mut unchecked, &mut counts, &mut on_result);
            }
        }
    }
    if cancelled {
        set.abort_all();
        // Pages that finished before the abort landed are kept.
        while let Some(joined) = set.join_next_with_id().await {
            finish(
                joined,
                &mut in_flight,
                &mut unchecked,
                &mut counts,
                &mut on_result,
            );
        }
        unchecked.extend(in_flight.into_values());
        unchecked.extend(queue);
    }
    unchecked.sort_by_key(|(index, _)| *index);
    for (index, page) in unchecked {
        on_result(PageResult::not_run(index, &page), &counts);
    }
    Summary {
        total,
        counts,
        not_run: total.saturating_sub(counts.done()),
        cancelled,
        elapsed_ms: millis(started.elapsed()),
        endpoint: String::new(),
    }
}

/// A page checked once, or `repeat` times with the answers combined; a check answering
/// [`PageStatus::NotRun`] (cancelled inside) leaves the page not run.
async fn attempts<C, Fut>(check: &C, index: usize, page: PageSpec, repeat: usize) -> PageResult
where
    C: Fn(usize, PageSpec) -> Fut,
    Fut: Future<Output = PageResult>,
{
    let mut attempts = Vec::with_capacity(repeat);
    for _ in 0..repeat {
        let r = check(index, page.clone()).await;
        if r.status == PageStatus::NotRun {
            return r;
        }
        attempts.push(r);
    }
    super::repeat::combine(attempts).unwrap_or_else(|| PageResult::stopped(index, &page))
}

/// One joined page: counted and handed on, kept for the not-run list, or (its task panicked)
/// an error row. A task aborted by a cancel stays in flight and is reported as not run.
fn finish<F: FnMut(PageResult, &Counts)>(
    joined: Result<(tokio::task::Id, PageResult), tokio::task::JoinError>,
    in_flight: &mut InFlight,
    unchecked: &mut Vec<(usize, PageSpec)>,
    counts: &mut Counts,
    on_result: &mut F,
) {
    let result = match joined {
        Ok((id, result)) => {
            let page = in_flight.remove(&id);
            if result.status == PageStatus::NotRun {
                unchecked.extend(page);
                return;
            }
            result
        }
        Err(e) if e.is_cancelled() => return,
        Err(e) => {
            let (index, page) = in_flight.remove(&e.id()).unwrap_or_default();
            PageResult::stopped(index, &page)
        }
    };
    counts.add(result.status);
    on_result(result, counts);
}

/// The endpoint as reports show it: without user info or query, where a token might hide.
pub fn display_endpoint(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) => {
            let _ = u.set_username("");
            let _ = u.set_password(None);
            u.set_query(None);
            u.set_fragment(None);
            u.into()
        }
        Err(_) => String::new(),
    }
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

/// One answer of the endpoint for a page, checked.
async fn check_attempt(shared: Arc<Shared>, index: usize, page: PageSpec) -> PageResult {
    let job = &shared.job;
    let href = checks::browser_href(page.url_to_sign(), !job.options.strip_fragment);
    let sent = job.endpoint.url_value(&href);
    let start = Instant::now();
    let (http_status, reply) = job
        .endpoint
        .call_with_status(&shared.client, &href, job.options.timeout)
        .await;
    let duration_ms = millis(start.elapsed());
    let image = match (&page.share.img_url, &reply) {
        (Some(img), Ok(_)) if job.options.check_images && img.starts_with("http") => {
            Some(probe_image(&shared, img).await)
        }
        _ => None,
    };
    let now = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or_default();
    let ctx = PageContext {
        app_id: job.app_id.as_deref(),
        safe_domains: &job.safe_domains,
        spec: job.platform.spec(),
        tickets: &job.tickets,
        agent_tickets: &job.agent_tickets,
        now,
    };
    let mut result = checks::check_page(
        index,
        &page,
        sent,
        reply.as_ref(),
        image.as_ref(),
        &ctx,
        duration_ms,
    );
    result.http_status = http_status;
    result
}

/// GETs `url` and judges it by status and content type only (the body is never read): the
/// one image check of the batch and of the probe's `--check-images`.
pub async fn fetch_image(client: &reqwest::Client, url: &str, timeout: Duration) -> ImageProbe {
    match client.get(url).timeout(timeout).send().await {
        Ok(resp) => {
            let content_type = resp
                .headers()
                .get(reqwest::header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned);
            let is_image = content_type
                .as_deref()
                .is_some_and(|c| c.trim().to_ascii_lowercase().starts_with("image/"));
            if resp.status().is_success() && is_image {
                ImageProbe::Image
            } else {
                ImageProbe::NotImage {
                    status: resp.status().as_u16(),
                    content_type,
                }
            }
        }
        Err(e) if e.is_timeout() => ImageProbe::Unreachable {
            reason: format!("no answer within {} ms", millis(timeout)),
        },
        Err(e) => ImageProbe::Unreachable {
            reason: if e.is_connect() {
                "connection failed".to_owned()
            } else {
                "request failed".to_owned()
            },
        },
    }
}

/// GETs the image and looks at the status and content type only; the body is never read.
async fn probe_image(shared: &Shared, url: &str) -> ImageProbe {
    if let Ok(cache) = shared.images.lock()
        && let Some(hit) = cache.get(url)
    {
        return hit.clone();
    }
    let probe = fetch_image(&shared.client, url, shared.job.options.image_timeout).await;
    if let Ok(mut cache) = shared.images.lock()
        && cache.len() < IMAGE_CACHE
    {
        cache.insert(url.to_owned(), probe.clone());
    }
    probe
}

#[cfg(test)]
#[path = "runner_tests.rs"]
mod tests;

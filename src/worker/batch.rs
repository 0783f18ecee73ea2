//! A QA batch in the background: every page of a list signed by the team's endpoint, or probed
//! in one shared headless browser, each result sent as it finishes, with cancel. The window
//! sends [`Command::RunBatch`](super::Command::RunBatch) and drains the events like every
//! other worker answer; the command line runs the same [`execute`] on its own runtime, so the
//! choice between the two runners is made in this one place.

use std::path::PathBuf;
use std::sync::Arc;

use super::Event;
use super::emit::{Emitter, InFlight};
use crate::batch::runner::RunError;
use crate::batch::{BatchJob, CancelFlag, Checker, Counts, PageResult, PageSpec, Summary};
use crate::core::text::{Lang, msg};
use crate::i18n::Render;
use crate::probe::{ProbeError, ProbeOptions};

/// What a batch checks, and its pages.
#[derive(Debug)]
pub enum BatchRun {
    /// Each page signed by the team's endpoint and checked.
    Endpoint { job: Box<BatchJob>, pages: Pages },
    /// Each page opened in one shared headless browser playing WeChat and judged on its own
    /// `wx.config`. `template` gives everything but the URL.
    Probe {
        template: Box<ProbeOptions>,
        pages: Vec<PageSpec>,
        options: crate::probe::batch::BatchOptions,
    },
}

/// The pages of an endpoint run.
#[derive(Debug)]
pub enum Pages {
    Parsed(Vec<PageSpec>),
    /// A plain list read line by line while the run goes (memory stays flat however long it
    /// is); `count` pages, counted beforehand for the progress.
    ListFile {
        path: PathBuf,
        count: usize,
    },
}

impl BatchRun {
    /// How many pages the run checks.
    pub fn total(&self) -> usize {
        match self {
            BatchRun::Endpoint {
                pages: Pages::Parsed(p),
                ..
            }
            | BatchRun::Probe { pages: p, .. } => p.len(),
            BatchRun::Endpoint {
                pages: Pages::ListFile { count, .. },
                ..
            } => *count,
        }
    }
}

/// Why a batch ran no page at all.
#[derive(Debug)]
pub enum BatchError {
    /// The endpoint run could not set up its HTTP client.
    Setup(RunError),
    /// The pages file could not be opened.
    PagesFile {
        path: PathBuf,
        error: std::io::Error,
    },
    /// The probe run found no usable browser or could not start it, or was cancelled before
    /// the browser was up.
    Probe(ProbeError),
}

impl BatchError {
    /// What went wrong and what to do, in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            BatchError::Setup(e) => e.to_string(),
            BatchError::PagesFile { path, error } => {
                let path = path.display().to_string();
                msg!(
                    "batch-pages-file-unreadable",
                    path = path,
                    error = error.to_string()
                )
                .get(lang)
            }
            BatchError::Probe(e) => e.text().get(lang).to_owned(),
        }
    }
}

/// Pages as the runner reads them: a list in memory, or lines of a file read as the run goes.
type PageIter = Box<dyn Iterator<Item = PageSpec> + Send>;

/// Runs the batch to its end on the current runtime, both kinds through the one run loop
/// ([`Checker::run`]). `on_result` sees every page as it finishes and, after a cancel, every
/// page left unchecked as not run, so the reports list every page.
pub async fn execute(
    run: BatchRun,
    cancel: CancelFlag,
    on_result: impl FnMut(PageResult, &Counts),
) -> Result<Summary, BatchError> {
    let total = run.total();
    let (checker, pages, session) = match run {
        BatchRun::Endpoint { job, pages } => {
            let pages = endpoint_pages(pages)?;
            let checker = Checker::endpoint(*job).map_err(BatchError::Setup)?;
            (checker, pages, None)
        }
        BatchRun::Probe {
            template,
            pages,
            options,
        } => {
            let session = browser(&template, &cancel)
                .await
                .map_err(BatchError::Probe)?;
            let checker =
                crate::probe::batch::checker(Arc::clone(&session), *template, options, &cancel);
            let pages: PageIter = Box::new(pages.into_iter());
            (checker, pages, Some(session))
        }
    };
    let summary = checker.run(pages, total, &cancel, on_result).await;
    // The checker is gone with every page task, so this is the last handle: stop the browser.
    if let Some(Ok(session)) = session.map(Arc::try_unwrap) {
        session.close().await;
    }
    Ok(summary)
}

/// An endpoint run's pages; a plain list file is opened now and read line by line as the run
/// goes, so memory stays flat however long it is.
fn endpoint_pages(pages: Pages) -> Result<PageIter, BatchError> {
    match pages {
        Pages::Parsed(pages) => Ok(Box::new(pages.into_iter())),
        Pages::ListFile { path, .. } => {
            let file = match std::fs::File::open(&path) {
                Ok(f) => f,
                Err(error) => return Err(BatchError::PagesFile { path, error }),
            };
            let lines = std::io::BufRead::lines(std::io::BufReader::new(file));
            Ok(Box::new(
                lines
                    .map_while(Result::ok)
                    .filter_map(|l| crate::batch::list_line(&l)),
            ))
        }
    }
}

/// The probe run's browser: found (that starts `BROWSER --version`, so on the blocking pool)
/// and started unless cancelled first.
async fn browser(
    template: &ProbeOptions,
    cancel: &CancelFlag,
) -> Result<Arc<crate::probe::Session>, ProbeError> {
    let explicit = template.browser.clone();
    let found =
        tokio::task::spawn_blocking(move || crate::probe::browser::find(explicit.as_deref())).await;
    let info = match found {
        Ok(found) => found?,
        Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
        // The runtime is shutting down.
        Err(_) => return Err(ProbeError::Cancelled),
    };
    tokio::select! {
        biased;
        () = cancel.cancelled() => Err(ProbeError::Cancelled),
        s = crate::probe::Session::start(&info) => Ok(Arc::new(s?)),
    }
}

/// The window's batch `id`: each page as [`Event::BatchPage`], then [`Event::BatchFinished`],
/// or [`Event::BatchFailed`] when no page could run.
pub(super) async fn run(batches: &InFlight, out: &Emitter, id: u64, run: BatchRun) {
    let cancel = batches.start(id);
    let pages_out = out.clone();
    let on_result = move |result: PageResult, _: &Counts| {
        pages_out.emit(Event::BatchPage {
            id,
            result: Box::new(result),
        });
    };
    let outcome = execute(run, cancel, on_result).await;
    batches.remove(id);
    out.emit(match outcome {
        Ok(summary) => Event::BatchFinished { id, summary },
        Err(error) => Event::BatchFailed { id, error },
    });
}

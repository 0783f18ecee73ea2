//! The run's own thread: a small tokio runtime drives the batch and every finished page goes to
//! the UI thread over a channel, followed by a repaint. Each call to the endpoint also becomes
//! a Log panel row, like the worker's WeChat calls.

use std::sync::mpsc;

use eframe::egui;

use crate::batch::runner::display_endpoint;
use crate::batch::{BatchJob, CancelFlag, HttpMethod, PageResult, PageSpec, PageStatus, Summary};
use crate::i18n::Render;
use crate::ui::log_panel::LogRow;

/// What a finished run sends back to the UI thread.
pub(super) enum BatchEvent {
    Page(Box<PageResult>, Option<LogRow>),
    Done(Summary),
    Failed(String),
    /// The probe mode could not run at all (no browser, the browser would not start).
    FailedText(crate::core::text::Text),
}

/// The Log panel row of one endpoint call; `None` for a page that never ran. The endpoint is
/// shown without user info or query (a token might hide there) and no header is shown.
fn log_row(method: HttpMethod, endpoint: &str, r: &PageResult) -> Option<LogRow> {
    if r.status == PageStatus::NotRun {
        return None;
    }
    let method = match method {
        HttpMethod::Get => "GET",
        HttpMethod::Post => "POST",
    };
    let outcome = match &r.endpoint_error {
        Some(e) => format!("{}: {}", e.code, e.message.get(crate::core::text::Lang::En)),
        None => {
            let codes = r.problem_codes();
            if codes.is_empty() {
                r.status.as_str().to_owned()
            } else {
                format!("{} [{}]", r.status.as_str(), codes.join(", "))
            }
        }
    };
    Some(LogRow {
        time: chrono::Local::now().format("%H:%M:%S").to_string(),
        endpoint: format!("{method} {endpoint}"),
        duration_ms: r.duration_ms,
        status: r.http_status,
        errcode: None,
        message: format!("batch #{} {}: {outcome}", r.index + 1, r.url),
    })
}

pub(super) fn run_in_background(
    job: BatchJob,
    pages: Vec<PageSpec>,
    cancel: CancelFlag,
    tx: mpsc::Sender<BatchEvent>,
    repaint: egui::Context,
) {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            let _ = tx.send(BatchEvent::Failed(e.to_string()));
            repaint.request_repaint();
            return;
        }
    };
    let page_tx = tx.clone();
    let page_repaint = repaint.clone();
    let method = job.endpoint.spec.method;
    let endpoint = display_endpoint(&job.endpoint.spec.url);
    let outcome = runtime.block_on(crate::batch::run(job, pages, cancel, move |r, _| {
        let row = log_row(method, &endpoint, &r);
        let _ = page_tx.send(BatchEvent::Page(Box::new(r), row));
        page_repaint.request_repaint();
    }));
    let _ = tx.send(match outcome {
        Ok(summary) => BatchEvent::Done(summary),
        Err(e) => BatchEvent::Failed(e.to_string()),
    });
    repaint.request_repaint();
}

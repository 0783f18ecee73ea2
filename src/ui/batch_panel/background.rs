//! The run's own thread: a small tokio runtime drives the batch and every finished page goes to
//! the UI thread over a channel, followed by a repaint.

use std::sync::mpsc;

use eframe::egui;

use crate::batch::{BatchJob, CancelFlag, PageResult, PageSpec, Summary};

/// What a finished run sends back to the UI thread.
pub(super) enum BatchEvent {
    Page(Box<PageResult>),
    Done(Summary),
    Failed(String),
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
    let outcome = runtime.block_on(crate::batch::run(job, pages, cancel, move |r, _| {
        let _ = page_tx.send(BatchEvent::Page(Box::new(r)));
        page_repaint.request_repaint();
    }));
    let _ = tx.send(match outcome {
        Ok(summary) => BatchEvent::Done(summary),
        Err(e) => BatchEvent::Failed(e.to_string()),
    });
    repaint.request_repaint();
}

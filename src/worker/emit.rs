//! How worker tasks report: every event goes out through an [`Emitter`], which wakes the UI
//! after each one. Its own file so the command handler and the probe tasks share it without
//! depending on each other.

use std::sync::Arc;
use std::sync::mpsc as std_mpsc;

use super::{Event, Operation};
use crate::wechat::ErrorReport;

#[derive(Clone)]
pub(super) struct Emitter {
    pub(super) tx: std_mpsc::Sender<Event>,
    pub(super) repaint: Arc<dyn Fn() + Send + Sync>,
}

impl Emitter {
    pub(super) fn emit(&self, event: Event) {
        if self.tx.send(event).is_ok() {
            (self.repaint)();
        }
    }

    pub(super) fn fail(&self, op: Operation, error: ErrorReport) {
        self.emit(Event::Failed { op, error });
    }
}

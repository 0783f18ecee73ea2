//! How worker tasks report and stop: every event goes out through an [`Emitter`], which wakes
//! the UI after each one, and every long run (a probe, a batch) registers its cancel flag in an
//! [`InFlight`] under the id its events carry. Its own file so the command handler, the probe
//! and the batch tasks share them without depending on each other.

use std::collections::HashMap;
use std::sync::mpsc as std_mpsc;
use std::sync::{Arc, Mutex};

use super::{Event, Operation};
use crate::batch::CancelFlag;
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

/// The long runs in flight, by id, so a cancel command finds their flag.
#[derive(Default)]
pub(super) struct InFlight {
    running: Mutex<HashMap<u64, CancelFlag>>,
}

impl InFlight {
    /// A fresh cancel flag for run `id`, registered until [`InFlight::remove`].
    pub(super) fn start(&self, id: u64) -> CancelFlag {
        let flag = CancelFlag::new();
        if let Ok(mut m) = self.running.lock() {
            m.insert(id, flag.clone());
        }
        flag
    }

    pub(super) fn remove(&self, id: u64) {
        if let Ok(mut m) = self.running.lock() {
            m.remove(&id);
        }
    }

    pub(super) fn cancel(&self, id: u64) {
        if let Ok(m) = self.running.lock()
            && let Some(flag) = m.get(&id)
        {
            flag.cancel();
        }
    }
}

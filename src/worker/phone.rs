//! The worker's phone commands (issue 18): listing the phones and recording one page run as
//! their own tasks; a recording has a cancel flag the UI can raise, which takes the recorder
//! out of the page before the task ends.

use super::Event;
use super::emit::{Emitter, InFlight};
use crate::phone::adb::Adb;
use crate::phone::{AttachOptions, PhoneError};

pub(super) async fn list(out: &Emitter, id: u64, adb: Adb) {
    let result = crate::phone::list(&adb, &mut |_| {}).await;
    out.emit(Event::PhoneListed { id, result });
}

/// Records one page to its end, streaming what it sees.
pub(super) async fn attach(phones: &InFlight, out: &Emitter, id: u64, options: AttachOptions) {
    let flag = phones.start(id);
    let progress_out = out.clone();
    let result = crate::phone::attach(options, flag.clone(), &mut move |progress| {
        progress_out.emit(Event::PhoneProgress { id, progress });
    })
    .await;
    phones.remove(id);
    match result {
        // A cancel that raced with the end still reads as a cancel: the user asked for it.
        Ok(_) if flag.is_cancelled() => out.emit(Event::PhoneFailed {
            id,
            error: PhoneError::Cancelled,
        }),
        Ok(a) => out.emit(Event::PhoneFinished {
            id,
            report: Box::new(a.report),
        }),
        Err(error) => out.emit(Event::PhoneFailed { id, error }),
    }
}

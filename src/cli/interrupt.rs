//! Ctrl-C on the command line: it sets a run's cancel switch, so `batch` still writes the
//! reports of the pages that finished and `probe` stops its browser and deletes its profile.

use crate::batch::CancelFlag;

/// Makes Ctrl-C cancel `cancel` from now on. Call it inside the runtime before the work starts:
/// the signal handler registers on its first poll, which happens here, so a Ctrl-C that comes
/// while the first page starts is not lost.
pub async fn cancel_on_ctrl_c(cancel: &CancelFlag) {
    let mut interrupt = Box::pin(tokio::signal::ctrl_c());
    tokio::select! {
        biased;
        _ = &mut interrupt => cancel.cancel(),
        () = std::future::ready(()) => {}
    }
    let flag = cancel.clone();
    tokio::spawn(async move {
        if interrupt.await.is_ok() {
            flag.cancel();
        }
    });
}

//! Ctrl-C on the command line: it sets a run's cancel switch, so `batch` still writes the
//! reports of the pages that finished and `probe` stops its browser and deletes its profile.
//! On Windows Ctrl-Break does the same: it is the console's other stop key, and the only event
//! a program can send to one process group (how scripts and the tests stop a run).

use crate::batch::CancelFlag;

/// Makes Ctrl-C cancel `cancel` from now on. Call it inside the runtime before the work starts:
/// the signal handler registers on its first poll, which happens here, so a Ctrl-C that comes
/// while the first page starts is not lost.
pub async fn cancel_on_ctrl_c(cancel: &CancelFlag) {
    let mut interrupt = Box::pin(interrupted());
    let first = tokio::select! {
        biased;
        r = &mut interrupt => Some(r),
        () = std::future::ready(()) => None,
    };
    match first {
        Some(Ok(())) => cancel.cancel(),
        // No handler could be registered: Ctrl-C then ends the process as it would anyway.
        Some(Err(_)) => {}
        None => {
            let flag = cancel.clone();
            tokio::spawn(async move {
                if interrupt.await.is_ok() {
                    flag.cancel();
                }
            });
        }
    }
}

/// Resolves on the first Ctrl-C (or, on Windows, Ctrl-Break); registers on its first poll.
async fn interrupted() -> std::io::Result<()> {
    #[cfg(windows)]
    {
        use tokio::signal::windows::{ctrl_break, ctrl_c};
        let mut c = ctrl_c()?;
        let mut brk = ctrl_break()?;
        tokio::select! {
            _ = c.recv() => {}
            _ = brk.recv() => {}
        }
        Ok(())
    }
    #[cfg(not(windows))]
    {
        tokio::signal::ctrl_c().await
    }
}

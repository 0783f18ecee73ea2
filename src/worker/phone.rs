//! The worker's phone commands (issue 18): listing the phones, recording one page run and
//! running the iOS proxy, each as its own task; a recording and a proxy have a cancel flag the
//! UI can raise (the recorder leaves the page; the proxy closes its port).

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

/// Runs the proxy until its flag is raised, streaming its events; then stops it (the pages
/// still recording are reported) and says so.
pub(super) async fn proxy(
    proxies: &InFlight,
    out: &Emitter,
    id: u64,
    config: crate::phone::proxy::ProxyConfig,
) {
    let flag = proxies.start(id);
    let mut proxy = match crate::phone::proxy::start(config).await {
        Ok(p) => p,
        Err(e) => {
            proxies.remove(id);
            out.emit(Event::ProxyFailed {
                id,
                message: e.message(),
            });
            return;
        }
    };
    out.emit(Event::ProxyStarted {
        id,
        addr: proxy.addr,
        setup_url: proxy.setup_url.clone(),
        ca: proxy.ca.clone(),
    });
    loop {
        tokio::select! {
            () = flag.cancelled() => break,
            e = proxy.events.recv() => match e {
                Some(event) => out.emit(Event::ProxyEvent { id, event: Box::new(event) }),
                None => break,
            }
        }
    }
    let mut rest = proxy.stop().await;
    while let Ok(event) = rest.try_recv() {
        out.emit(Event::ProxyEvent {
            id,
            event: Box::new(event),
        });
    }
    proxies.remove(id);
    out.emit(Event::ProxyStopped { id });
}

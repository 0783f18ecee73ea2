//! The worker without a display: commands in, events out, a repaint per event.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use wxsign::core::text::Lang;
use wxsign::i18n::Render;

use wxsign::profile::Profile;
use wxsign::secret::Secret;
use wxsign::secrets::{MemoryStore, SecretSource, SecretStatus, StoreHealth};
use wxsign::wechat::TicketKind;
use wxsign::worker::{Command, Event, Operation, Worker, WorkerOptions};

use crate::cli::mock_wechat::*;

/// A worker under test with its own counts: the repaints it asked for and the events this test
/// received from it. Tests run in parallel, so each compares its own two numbers.
struct Counted {
    worker: Worker,
    repaints: Arc<AtomicUsize>,
    received: usize,
}

/// A worker over `dir` with a memory secret store in the given health.
fn options(dir: &std::path::Path, health: StoreHealth) -> WorkerOptions {
    WorkerOptions {
        config_dir: Some(dir.to_path_buf()),
        store: Some((Arc::new(MemoryStore::default()), health)),
        retry: None,
    }
}

impl Counted {
    fn spawn(options: WorkerOptions) -> Self {
        let repaints = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&repaints);
        let worker = Worker::spawn(
            move || {
                counter.fetch_add(1, Ordering::SeqCst);
            },
            options,
        )
        .unwrap();
        Self {
            worker,
            repaints,
            received: 0,
        }
    }

    fn send(&self, command: Command) {
        self.worker.send(command);
    }

    /// Receives events until `done` says stop; returns them all.
    fn collect(&mut self, mut done: impl FnMut(&Event) -> bool) -> Vec<Event> {
        let mut out = Vec::new();
        while let Some(e) = self.worker.recv_blocking() {
            self.received += 1;
            let stop = done(&e);
            out.push(e);
            if stop {
                break;
            }
        }
        out
    }

    /// Stops the worker once nothing more is queued and checks one repaint per event: each
    /// repaint counted by this worker's callback stands for one event this test received.
    fn shutdown(self) -> usize {
        assert!(self.worker.drain().is_empty());
        self.worker.shutdown();
        let repaints = self.repaints.load(Ordering::SeqCst);
        assert_eq!(repaints, self.received, "one repaint per event");
        repaints
    }
}

#[test]
fn profiles_secret_and_two_ticket_clicks_one_fetch() {
    let rt = runtime();
    let server = rt.block_on(happy(Some(std::time::Duration::from_millis(100))));
    let dir = tempfile::tempdir().unwrap();
    let mut worker = Counted::spawn(options(dir.path(), StoreHealth::MemoryByRequest));
    let ready = worker.collect(|_| true);
    assert!(matches!(
        &ready[0],
        Event::Ready {
            store: StoreHealth::MemoryByRequest,
            ..
        }
    ));

    let mut profile = Profile::new("dev", APP_ID);
    profile.api_base = server.uri();
    worker.send(Command::SaveProfile {
        profile: profile.clone(),
        replaces: None,
    });
    let ev = worker.collect(|e| matches!(e, Event::Profiles { .. }));
    match ev.last() {
        Some(Event::Profiles { profiles, problem }) => {
            assert_eq!(profiles, &vec![profile.clone()]);
            assert!(problem.is_none());
        }
        other => panic!("{other:?}"),
    }

    // No secret yet: the ticket fails with a fix, and nothing is sent.
    worker.send(Command::FetchTicket {
        profile: profile.clone(),
        kind: TicketKind::Jsapi,
    });
    let ev = worker.collect(|e| matches!(e, Event::Failed { .. }));
    match ev.last() {
        Some(Event::Failed { op, error }) => {
            assert_eq!(
                op,
                &Operation::Ticket {
                    profile: "dev".into(),
                    kind: TicketKind::Jsapi
                }
            );
            assert!(error.fix(Lang::En).contains("secret set"));
        }
        other => panic!("{other:?}"),
    }

    worker.send(Command::SetSecret {
        app_id: APP_ID.into(),
        secret: Secret::new(APP_SECRET),
        session_only: true,
    });
    let ev = worker.collect(|e| matches!(e, Event::SecretStatus { .. }));
    assert!(matches!(
        ev.last(),
        Some(Event::SecretStatus {
            status: SecretStatus::Present(SecretSource::Session),
            ..
        })
    ));

    // Two clicks while the first is in flight.
    for _ in 0..2 {
        worker.send(Command::FetchTicket {
            profile: profile.clone(),
            kind: TicketKind::Jsapi,
        });
    }
    let mut tickets = Vec::new();
    let mut logs = Vec::new();
    let mut seen = 0;
    worker.collect(|e| {
        match e {
            Event::Ticket { ticket, .. } => {
                tickets.push((ticket.ticket.reveal().to_owned(), ticket.from_cache));
                seen += 1;
            }
            Event::Log(l) => logs.push(l.clone()),
            _ => {}
        }
        seen == 2
    });
    tickets.sort_by_key(|t| t.1);
    assert_eq!(
        tickets,
        vec![(TICKET.to_owned(), false), (TICKET.to_owned(), true)]
    );
    assert_eq!(logs.len(), 2, "one log event per HTTP call");
    assert_eq!(logs[0].endpoint, STABLE);
    assert_eq!(logs[1].endpoint, GETTICKET);
    assert_eq!(rt.block_on(calls(&server, STABLE)), 1);
    assert_eq!(rt.block_on(calls(&server, GETTICKET)), 1);

    worker.send(Command::LoadCandidates {
        app_id: APP_ID.into(),
    });
    let ev = worker.collect(|e| matches!(e, Event::Candidates { .. }));
    assert!(
        matches!(ev.last(), Some(Event::Candidates { candidates, .. }) if candidates.len() == 1)
    );

    worker.send(Command::DeleteSecret {
        app_id: APP_ID.into(),
    });
    let ev = worker.collect(|e| matches!(e, Event::SecretStatus { .. }));
    assert!(matches!(
        ev.last(),
        Some(Event::SecretStatus {
            status: SecretStatus::Missing,
            ..
        })
    ));
    // One repaint per event (counted once the worker thread has finished).
    assert!(worker.shutdown() >= 11);
}

#[test]
fn keyring_unavailable_offers_session_only() {
    let dir = tempfile::tempdir().unwrap();
    let mut worker = Counted::spawn(options(
        dir.path(),
        StoreHealth::Unavailable(wxsign::secrets::unavailable_text("no D-Bus session")),
    ));
    worker.collect(|_| true);
    worker.send(Command::SetSecret {
        app_id: APP_ID.into(),
        secret: Secret::new(APP_SECRET),
        session_only: false,
    });
    let ev = worker.collect(|e| matches!(e, Event::Failed { .. }));
    match ev.last() {
        Some(Event::Failed { error, .. }) => {
            assert!(error.fix(Lang::En).contains("session only"), "{error:?}");
            assert!(!error.fix(Lang::Zh).is_empty());
        }
        other => panic!("{other:?}"),
    }
    worker.send(Command::SetSecret {
        app_id: APP_ID.into(),
        secret: Secret::new(APP_SECRET),
        session_only: true,
    });
    let ev = worker.collect(|e| matches!(e, Event::SecretStatus { .. }));
    assert!(matches!(
        ev.last(),
        Some(Event::SecretStatus {
            status: SecretStatus::Present(SecretSource::Session),
            ..
        })
    ));
    worker.shutdown();
}

#[test]
fn a_broken_profiles_file_is_reported_and_the_worker_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("profiles.toml"),
        "[[profile]]\nname = 3 3\n",
    )
    .unwrap();
    let mut worker = Counted::spawn(options(dir.path(), StoreHealth::MemoryByRequest));
    worker.collect(|_| true);
    worker.send(Command::LoadProfiles);
    let ev = worker.collect(|e| matches!(e, Event::Profiles { .. }));
    match ev.last() {
        Some(Event::Profiles { profiles, problem }) => {
            assert!(profiles.is_empty());
            let p = problem.as_ref().unwrap();
            assert_eq!(p.line, Some(2));
            assert!(p.text().get(Lang::Zh).contains(".bak"));
        }
        other => panic!("{other:?}"),
    }
    // Loading left the file alone.
    assert!(!dir.path().join("profiles.toml.bak").exists());
    worker.send(Command::SaveProfile {
        profile: Profile::new("fresh", APP_ID),
        replaces: None,
    });
    let ev = worker.collect(|e| matches!(e, Event::Profiles { .. }));
    assert!(
        matches!(ev.last(), Some(Event::Profiles { profiles, problem: None }) if profiles.len() == 1)
    );
    // The save kept the old file and said where.
    assert!(
        ev.iter().any(
            |e| matches!(e, Event::Warning(t) if t.get(Lang::En).contains("profiles.toml.bak"))
        )
    );
    assert!(dir.path().join("profiles.toml.bak").exists());
    worker.shutdown();
}

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
        app: None,
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
            app: None,
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

/// A QA batch goes through the worker like every other piece of background work: each page as
/// it finishes, then the summary. A cancel for another batch changes nothing; the batch's own
/// cancel aborts the slow page in flight and reports it and the page after it as not run.
#[test]
fn a_batch_runs_in_the_worker_and_its_cancel_stops_it() {
    use crate::cli::fake_endpoint::{self, APP_ID, SIGN_PATH, TICKET};
    use wxsign::batch::{
        BatchJob, Endpoint, EndpointSpec, PageStatus, PagesFormat, RunOptions, parse_pages,
    };
    use wxsign::core::verify::{TicketCandidate, TicketOrigin};
    use wxsign::worker::{BatchRun, Pages};

    let rt = runtime();
    let server = rt.block_on(fake_endpoint::start());
    let dir = tempfile::tempdir().unwrap();
    let mut worker = Counted::spawn(options(dir.path(), StoreHealth::MemoryByRequest));
    worker.collect(|e| matches!(e, Event::Ready { .. }));
    let job = BatchJob {
        endpoint: Endpoint {
            spec: EndpointSpec {
                url: format!("{}{SIGN_PATH}", server.uri()),
                ..EndpointSpec::default()
            },
            headers: Vec::new(),
        },
        app_id: Some(APP_ID.to_owned()),
        tickets: vec![TicketCandidate {
            ticket: Secret::new(TICKET),
            origin: TicketOrigin::Current,
        }],
        options: RunOptions {
            concurrency: 1,
            ..RunOptions::default()
        },
        ..BatchJob::default()
    };
    let pages = parse_pages(
        "https://m.example.com/good/a\nhttps://m.example.com/slow/b\nhttps://m.example.com/good/c\n",
        PagesFormat::List,
    )
    .unwrap();
    let run = BatchRun::Endpoint {
        job: Box::new(job),
        pages: Pages::Parsed(pages),
    };
    worker.send(Command::RunBatch {
        id: 7,
        run: Box::new(run),
    });
    let first = worker.collect(|e| matches!(e, Event::BatchPage { .. }));
    let Some(Event::BatchPage { id: 7, result }) = first.last() else {
        panic!("{first:?}");
    };
    assert_eq!((result.index, result.status), (0, PageStatus::Pass));
    // Batch 8 does not exist: nothing stops. Then batch 7's own cancel, while /slow/ is in flight.
    worker.send(Command::CancelBatch { id: 8 });
    worker.send(Command::CancelBatch { id: 7 });
    let rest =
        worker.collect(|e| matches!(e, Event::BatchFinished { .. } | Event::BatchFailed { .. }));
    let not_run: Vec<usize> = rest
        .iter()
        .filter_map(|e| match e {
            Event::BatchPage { id: 7, result } if result.status == PageStatus::NotRun => {
                Some(result.index)
            }
            _ => None,
        })
        .collect();
    assert_eq!(not_run, [1, 2], "{rest:?}");
    let Some(Event::BatchFinished { id: 7, summary }) = rest.last() else {
        panic!("{rest:?}");
    };
    assert!(summary.cancelled);
    assert_eq!(
        (summary.total, summary.counts.pass, summary.not_run),
        (3, 1, 2)
    );
    worker.shutdown();
}

/// A probe batch that cannot start its browser says why, once, as the batch's failure.
#[test]
fn a_probe_batch_without_a_browser_fails_with_the_reason() {
    use wxsign::batch::{PagesFormat, parse_pages};
    use wxsign::probe::{BrowserError, ProbeError, ProbeOptions};
    use wxsign::worker::{BatchError, BatchRun};

    let dir = tempfile::tempdir().unwrap();
    let mut worker = Counted::spawn(options(dir.path(), StoreHealth::MemoryByRequest));
    worker.collect(|e| matches!(e, Event::Ready { .. }));
    let mut template = ProbeOptions::new(String::new());
    template.browser = Some(dir.path().join("no-such-chrome"));
    let run = BatchRun::Probe {
        template: Box::new(template),
        pages: parse_pages("https://m.example.com/a\n", PagesFormat::List).unwrap(),
        options: wxsign::probe::batch::BatchOptions {
            concurrency: 1,
            repeat: 1,
        },
    };
    worker.send(Command::RunBatch {
        id: 1,
        run: Box::new(run),
    });
    let events =
        worker.collect(|e| matches!(e, Event::BatchFinished { .. } | Event::BatchFailed { .. }));
    let [
        Event::BatchFailed {
            id: 1,
            error: BatchError::Probe(ProbeError::Browser(BrowserError::Missing(path))),
        },
    ] = events.as_slice()
    else {
        panic!("{events:?}");
    };
    assert!(path.ends_with("no-such-chrome"));
    worker.shutdown();
}

//! The background worker: a tokio runtime on its own named thread that does every network and
//! keyring call for the window. The UI sends typed [`Command`]s and drains typed [`Event`]s once
//! per frame; the worker calls `repaint` after each event so the UI wakes up to read it.
//!
//! Nothing here needs a display: tests drive a `Worker` with a no-op repaint.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc as std_mpsc;

use tokio::sync::mpsc;

use crate::cache::CredentialCache;
use crate::core::text::Text;
use crate::core::verify::TicketCandidate;
use crate::profile::{LoadProblem, Profile, ProfileStore};
use crate::secret::Secret;
use crate::secrets::{SecretStatus, SecretStore, Secrets, StoreHealth};
use crate::wechat::{
    Credentials, ErrorReport, FetchOptions, LogEntry, LogSink, RetryPolicy, TicketInfo, TicketKind,
    TokenInfo,
};

/// What the UI asks for. Every command answers with at least one [`Event`].
#[derive(Debug)]
pub enum Command {
    /// Reload the profiles file → [`Event::Profiles`].
    LoadProfiles,
    /// Save a new or edited profile; `replaces` is its old name on a rename →
    /// [`Event::ProfileSaved`] then [`Event::Profiles`].
    SaveProfile {
        profile: Profile,
        replaces: Option<String>,
    },
    /// → [`Event::ProfileRemoved`] then [`Event::Profiles`].
    RemoveProfile { name: String },
    /// → [`Event::SecretStatus`].
    CheckSecret { app_id: String },
    /// Store the appSecret in the keyring (`session_only: false`) or in memory for this session.
    /// → [`Event::SecretStatus`], or [`Event::Failed`] when the keyring is unusable.
    SetSecret {
        app_id: String,
        secret: Secret,
        session_only: bool,
    },
    /// Forget the appSecret and the cached credentials of this appId → [`Event::SecretStatus`].
    DeleteSecret { app_id: String },
    /// → [`Event::Token`]. `force_refresh` only after the user confirmed (20 a day).
    FetchToken {
        profile: Profile,
        force_refresh: bool,
    },
    /// → [`Event::Ticket`] (fetching the token first if needed).
    FetchTicket { profile: Profile, kind: TicketKind },
    /// → [`Event::Candidates`]: the tickets the verifier should try for this appId.
    LoadCandidates { app_id: String },
}

/// Which command an [`Event::Failed`] answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Operation {
    LoadProfiles,
    SaveProfile { name: String },
    RemoveProfile { name: String },
    Secret { app_id: String },
    Token { profile: String },
    Ticket { profile: String, kind: TicketKind },
    Candidates { app_id: String },
}

/// What the worker reports.
#[derive(Debug)]
pub enum Event {
    /// Sent once at start: where profiles live and whether the keyring works.
    Ready {
        config_dir: PathBuf,
        store: StoreHealth,
    },
    /// The profiles, sorted by name; `problem` when the file did not parse (it was kept as .bak).
    Profiles {
        profiles: Vec<Profile>,
        problem: Option<LoadProblem>,
    },
    ProfileSaved {
        name: String,
    },
    ProfileRemoved {
        name: String,
    },
    SecretStatus {
        app_id: String,
        status: SecretStatus,
    },
    Token {
        profile: String,
        token: TokenInfo,
    },
    Ticket {
        profile: String,
        ticket: TicketInfo,
    },
    Candidates {
        app_id: String,
        candidates: Vec<TicketCandidate>,
    },
    /// Something to show prominently but not an error (legacy mode, forced refresh).
    Warning(Text),
    Failed {
        op: Operation,
        error: ErrorReport,
    },
    /// One per HTTP call, for the Log panel. Holds no credential.
    Log(LogEntry),
}

/// Where the worker finds its config and secrets. Cheap to build on the UI thread: opening the
/// keyring happens on the worker thread.
#[derive(Clone, Default)]
pub struct WorkerOptions {
    /// `None`: `WXSIGN_CONFIG_DIR` or the platform config dir.
    pub config_dir: Option<PathBuf>,
    /// `None`: the process default (`WXSIGN_KEYRING`, then the OS keyring).
    pub store: Option<(Arc<dyn SecretStore>, StoreHealth)>,
    /// `None`: the defaults.
    pub retry: Option<RetryPolicy>,
}

impl std::fmt::Debug for WorkerOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WorkerOptions")
            .field("config_dir", &self.config_dir)
            .field("store", &self.store.as_ref().map(|(_, h)| h))
            .finish()
    }
}

/// The UI's handle. Dropping it stops the worker once in-flight work is abandoned.
pub struct Worker {
    commands: mpsc::UnboundedSender<Command>,
    events: std_mpsc::Receiver<Event>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Worker {
    /// Starts the worker thread. `repaint` is called after every event (pass
    /// `ctx.request_repaint()`); it must be cheap and must not block.
    pub fn spawn(
        repaint: impl Fn() + Send + Sync + 'static,
        options: WorkerOptions,
    ) -> std::io::Result<Worker> {
        let (cmd_tx, cmd_rx) = mpsc::unbounded_channel();
        let (ev_tx, ev_rx) = std_mpsc::channel();
        let emitter = Emitter {
            tx: ev_tx,
            repaint: Arc::new(repaint),
        };
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("wxsign-worker-rt")
            .enable_all()
            .build()?;
        let thread = std::thread::Builder::new()
            .name("wxsign-worker".into())
            .spawn(move || runtime.block_on(run(cmd_rx, emitter, options)))?;
        Ok(Worker {
            commands: cmd_tx,
            events: ev_rx,
            thread: Some(thread),
        })
    }

    /// Queues a command; never blocks. `false` when the worker has stopped.
    pub fn send(&self, command: Command) -> bool {
        self.commands.send(command).is_ok()
    }

    /// The next event, if one is waiting.
    pub fn try_recv(&self) -> Option<Event> {
        self.events.try_recv().ok()
    }

    /// Every waiting event, in order: call once per frame.
    pub fn drain(&self) -> Vec<Event> {
        self.events.try_iter().collect()
    }

    /// Waits for the next event (tests and the CLI; never on the UI thread).
    pub fn recv_blocking(&self) -> Option<Event> {
        self.events.recv().ok()
    }

    /// Stops the worker and waits for its thread (tests; the UI just drops the handle).
    pub fn shutdown(mut self) {
        let (tx, _) = mpsc::unbounded_channel();
        drop(std::mem::replace(&mut self.commands, tx));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

#[derive(Clone)]
struct Emitter {
    tx: std_mpsc::Sender<Event>,
    repaint: Arc<dyn Fn() + Send + Sync>,
}

impl Emitter {
    fn emit(&self, event: Event) {
        if self.tx.send(event).is_ok() {
            (self.repaint)();
        }
    }

    fn fail(&self, op: Operation, error: ErrorReport) {
        self.emit(Event::Failed { op, error });
    }
}

struct State {
    profiles: Option<ProfileStore>,
    /// Serialises read-modify-write of the profiles file between concurrent commands.
    profile_lock: Arc<tokio::sync::Mutex<()>>,
    credentials: Arc<Credentials>,
}

async fn run(mut commands: mpsc::UnboundedReceiver<Command>, out: Emitter, options: WorkerOptions) {
    let state = match setup(&out, options).await {
        Some(s) => Arc::new(s),
        None => return,
    };
    while let Some(command) = commands.recv().await {
        let state = Arc::clone(&state);
        let out = out.clone();
        tokio::spawn(async move { handle(&state, &out, command).await });
    }
}

async fn setup(out: &Emitter, options: WorkerOptions) -> Option<State> {
    let log_out = out.clone();
    let log: LogSink = Arc::new(move |entry| log_out.emit(Event::Log(entry)));
    let config_dir = options.config_dir.clone();
    let store = options.store.clone();
    let opened = tokio::task::spawn_blocking(move || {
        let profiles = match config_dir {
            Some(d) => Ok(ProfileStore::new(d)),
            None => ProfileStore::from_env(),
        };
        let (store, health) = store.unwrap_or_else(crate::secrets::open_store);
        let env = std::env::var(crate::secrets::APP_SECRET_ENV)
            .ok()
            .filter(|s| !s.is_empty())
            .map(Secret::new);
        (profiles, store, health, env)
    })
    .await;
    let Ok((profiles, store, health, env)) = opened else {
        return None;
    };
    let cache = Arc::new(CredentialCache::new(Arc::clone(&store)));
    let secrets = Arc::new(Secrets::new(store, health.clone(), env));
    let mut credentials = Credentials::new(secrets, cache, log);
    if let Some(r) = options.retry {
        credentials = credentials.with_retry(r);
    }
    let profiles = match profiles {
        Ok(p) => {
            out.emit(Event::Ready {
                config_dir: p.dir().to_path_buf(),
                store: health,
            });
            Some(p)
        }
        Err(e) => {
            out.emit(Event::Ready {
                config_dir: PathBuf::new(),
                store: health,
            });
            out.fail(Operation::LoadProfiles, profile_report(&e));
            None
        }
    };
    Some(State {
        profiles,
        profile_lock: Arc::default(),
        credentials: Arc::new(credentials),
    })
}

async fn handle(state: &State, out: &Emitter, command: Command) {
    match command {
        Command::LoadProfiles => emit_profiles(state, out, Operation::LoadProfiles).await,
        Command::SaveProfile { profile, replaces } => {
            let name = profile.name.clone();
            let op = Operation::SaveProfile { name: name.clone() };
            let r = with_profiles(state, move |s| s.upsert(profile, replaces.as_deref())).await;
            match r {
                Ok(()) => {
                    out.emit(Event::ProfileSaved { name });
                    emit_profiles(state, out, op).await;
                }
                Err(e) => out.fail(op, e),
            }
        }
        Command::RemoveProfile { name } => {
            let op = Operation::RemoveProfile { name: name.clone() };
            let n = name.clone();
            match with_profiles(state, move |s| s.remove(&n).map(|_| ())).await {
                Ok(()) => {
                    out.emit(Event::ProfileRemoved { name });
                    emit_profiles(state, out, op).await;
                }
                Err(e) => out.fail(op, e),
            }
        }
        Command::CheckSecret { app_id } => emit_secret_status(state, out, app_id).await,
        Command::SetSecret {
            app_id,
            secret,
            session_only,
        } => {
            let secrets = Arc::clone(state.credentials.secrets());
            let id = app_id.clone();
            let r = tokio::task::spawn_blocking(move || {
                if session_only {
                    secrets.set_session(&id, secret);
                    Ok(())
                } else {
                    secrets.set_persistent(&id, &secret)
                }
            })
            .await;
            match r {
                Ok(Ok(())) => emit_secret_status(state, out, app_id).await,
                Ok(Err(e)) => out.fail(
                    Operation::Secret { app_id },
                    crate::wechat::ClientError::from(e).report(),
                ),
                Err(e) => out.fail(Operation::Secret { app_id }, internal(&e)),
            }
        }
        Command::DeleteSecret { app_id } => {
            let secrets = Arc::clone(state.credentials.secrets());
            let cache = Arc::clone(state.credentials.cache());
            let id = app_id.clone();
            let r = tokio::task::spawn_blocking(move || {
                cache.clear(&id);
                secrets.delete(&id)
            })
            .await;
            match r {
                Ok(Ok(_)) => emit_secret_status(state, out, app_id).await,
                Ok(Err(e)) => out.fail(
                    Operation::Secret { app_id },
                    crate::wechat::ClientError::from(e).report(),
                ),
                Err(e) => out.fail(Operation::Secret { app_id }, internal(&e)),
            }
        }
        Command::FetchToken {
            profile,
            force_refresh,
        } => {
            let opts = FetchOptions {
                force_refresh,
                ..FetchOptions::default()
            };
            match state.credentials.token(&profile, &opts).await {
                Ok(token) => {
                    for w in &token.warnings {
                        out.emit(Event::Warning(w.clone()));
                    }
                    out.emit(Event::Token {
                        profile: profile.name,
                        token,
                    });
                }
                Err(e) => out.fail(
                    Operation::Token {
                        profile: profile.name,
                    },
                    e.report(),
                ),
            }
        }
        Command::FetchTicket { profile, kind } => {
            match state
                .credentials
                .ticket(&profile, kind, &FetchOptions::default())
                .await
            {
                Ok(ticket) => {
                    for w in &ticket.warnings {
                        out.emit(Event::Warning(w.clone()));
                    }
                    out.emit(Event::Ticket {
                        profile: profile.name,
                        ticket,
                    });
                }
                Err(e) => out.fail(
                    Operation::Ticket {
                        profile: profile.name,
                        kind,
                    },
                    e.report(),
                ),
            }
        }
        Command::LoadCandidates { app_id } => match state.credentials.candidates(&app_id).await {
            Ok(candidates) => out.emit(Event::Candidates { app_id, candidates }),
            Err(e) => out.fail(Operation::Candidates { app_id }, e.report()),
        },
    }
}

async fn emit_profiles(state: &State, out: &Emitter, op: Operation) {
    match with_profiles(state, |s| s.list()).await {
        Ok(loaded) => out.emit(Event::Profiles {
            profiles: loaded.profiles,
            problem: loaded.problem,
        }),
        Err(e) => out.fail(op, e),
    }
}

async fn emit_secret_status(state: &State, out: &Emitter, app_id: String) {
    let secrets = Arc::clone(state.credentials.secrets());
    let id = app_id.clone();
    match tokio::task::spawn_blocking(move || secrets.status(&id)).await {
        Ok(status) => out.emit(Event::SecretStatus { app_id, status }),
        Err(e) => out.fail(Operation::Secret { app_id }, internal(&e)),
    }
}

async fn with_profiles<T: Send + 'static>(
    state: &State,
    f: impl FnOnce(&ProfileStore) -> Result<T, crate::profile::ProfileError> + Send + 'static,
) -> Result<T, ErrorReport> {
    let Some(store) = state.profiles.clone() else {
        return Err(profile_report(&crate::profile::ProfileError::NoConfigDir));
    };
    let _guard = state.profile_lock.lock().await;
    match tokio::task::spawn_blocking(move || f(&store)).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(profile_report(&e)),
        Err(e) => Err(internal(&e)),
    }
}

fn profile_report(e: &crate::profile::ProfileError) -> ErrorReport {
    let text = e.text();
    ErrorReport {
        errcode: None,
        errmsg: e.to_string(),
        meaning: text.clone(),
        fix: text,
    }
}

fn internal(e: &tokio::task::JoinError) -> ErrorReport {
    crate::wechat::ClientError::Internal(format!("a background task failed: {e}")).report()
}

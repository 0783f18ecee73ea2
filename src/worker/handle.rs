//! The worker's side: opening the stores on its own thread, then one task per command.

use std::path::PathBuf;
use std::sync::Arc;

use tokio::sync::mpsc;

use super::emit::{Emitter, InFlight};
use super::{Command, Event, Operation, WorkerOptions};
use crate::cache::CredentialCache;
use crate::profile::{Profile, ProfileStore};
use crate::secret::Secret;
use crate::secrets::Secrets;
use crate::wechat::{Credentials, ErrorReport, FetchOptions, LogSink, TicketKind};

struct State {
    profiles: Option<ProfileStore>,
    /// Serialises read-modify-write of the profiles file between concurrent commands.
    profile_lock: Arc<tokio::sync::Mutex<()>>,
    credentials: Arc<Credentials>,
    /// Probes, phone recordings and batches in flight, each kind with its own ids.
    probes: InFlight,
    phones: InFlight,
    batches: InFlight,
    proxies: InFlight,
    /// The proxy's CA key goes here when there is no keyring.
    store: Arc<dyn crate::secrets::SecretStore>,
}

pub(super) async fn run(
    mut commands: mpsc::UnboundedReceiver<Command>,
    out: Emitter,
    options: WorkerOptions,
) {
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
    let proxy_store = Arc::clone(&store);
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
        probes: InFlight::default(),
        phones: InFlight::default(),
        batches: InFlight::default(),
        proxies: InFlight::default(),
        store: proxy_store,
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
                Ok(backup) => {
                    if let Some(b) = backup {
                        out.emit(Event::Warning(crate::profile::backup_text(&b)));
                    }
                    out.emit(Event::ProfileSaved { name });
                    emit_profiles(state, out, op).await;
                }
                Err(e) => out.fail(op, e),
            }
        }
        Command::RemoveProfile { name } => {
            let op = Operation::RemoveProfile { name: name.clone() };
            let n = name.clone();
            match with_profiles(state, move |s| s.remove(&n).map(|(_, b)| b)).await {
                Ok(backup) => {
                    if let Some(b) = backup {
                        out.emit(Event::Warning(crate::profile::backup_text(&b)));
                    }
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
            app,
            force_refresh,
        } => {
            let opts = FetchOptions {
                force_refresh,
                agent_id: app,
                ..FetchOptions::default()
            };
            fetch_token(state, out, profile, &opts).await;
        }
        Command::FetchTicket { profile, app, kind } => {
            fetch_ticket(state, out, profile, kind, app).await;
        }
        Command::LoadCandidates { app_id } => match state.credentials.candidates(&app_id).await {
            Ok(candidates) => out.emit(Event::Candidates { app_id, candidates }),
            Err(e) => out.fail(Operation::Candidates { app_id }, e.report()),
        },
        Command::TestRedis { profile, password } => {
            let secrets = state.credentials.secrets();
            match crate::redis_source::test_connection(secrets, &profile, password).await {
                Ok(probe) => out.emit(Event::RedisProbe {
                    profile: profile.name,
                    probe,
                }),
                Err(e) => out.fail(
                    Operation::RedisTest {
                        profile: profile.name,
                    },
                    e.report(),
                ),
            }
        }
        Command::SetPastedTicket {
            profile,
            app,
            kind,
            ticket,
            expires_in,
            session_only,
        } => {
            let secrets = state.credentials.secrets();
            let now = state.credentials.now();
            match crate::pasted_source::store(
                secrets,
                &profile,
                (kind, app),
                ticket,
                expires_in,
                session_only,
                now,
            )
            .await
            {
                Ok(ticket) => emit_ticket(state, out, &profile, app, ticket).await,
                Err(e) => out.fail(
                    Operation::Ticket {
                        profile: profile.name,
                        kind,
                    },
                    e.report(),
                ),
            }
        }
        Command::Probe { id, options } => super::probe::run(&state.probes, out, id, *options).await,
        Command::CancelProbe { id } => state.probes.cancel(id),
        Command::PhoneList { id, adb } => super::phone::list(out, id, adb).await,
        Command::PhoneAttach { id, options } => {
            super::phone::attach(&state.phones, out, id, *options).await;
        }
        Command::CancelPhone { id } => state.phones.cancel(id),
        Command::StartProxy { id, request } => match proxy_config(state, *request) {
            Ok(config) => super::phone::proxy(&state.proxies, out, id, config).await,
            Err(message) => out.emit(Event::ProxyFailed { id, message }),
        },
        Command::StopProxy { id } => state.proxies.cancel(id),
        Command::RunBatch { id, run } => super::batch::run(&state.batches, out, id, *run).await,
        Command::CancelBatch { id } => state.batches.cancel(id),
        Command::FindBrowser { explicit } => super::probe::find_browser(out, explicit).await,
        Command::FetchThumbnail { url } => super::probe::fetch_thumbnail(out, url).await,
        Command::SelfCheck { font, online } => {
            let options = crate::doctor::GatherOptions {
                config_dir: state
                    .profiles
                    .as_ref()
                    .map(|p| p.dir().to_path_buf())
                    .unwrap_or_default(),
                secrets: Arc::clone(state.credentials.secrets()),
                font,
                online,
                only: Vec::new(),
                now: crate::doctor::gather::system_now,
            };
            let facts = crate::doctor::gather(options).await;
            out.emit(Event::SelfCheck {
                lines: crate::doctor::judge(&facts),
            });
        }
        Command::SetRedisPassword { app_id, password } => {
            let secrets = state.credentials.secrets();
            match crate::redis_source::store_password(secrets, &app_id, password).await {
                Ok(()) => emit_secret_status(state, out, app_id).await,
                Err(e) => out.fail(Operation::Secret { app_id }, e.report()),
            }
        }
    }
}

/// The top bar's token: the profile's, on WeCom app `opts.agent_id`'s → [`Event::Token`].
async fn fetch_token(state: &State, out: &Emitter, profile: Profile, opts: &FetchOptions) {
    match state.credentials.token(&profile, opts).await {
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

/// A ticket of `kind`, with app `agent_id`'s token where credentials belong to apps (`None`:
/// the profile's first app) → [`Event::Ticket`].
async fn fetch_ticket(
    state: &State,
    out: &Emitter,
    profile: Profile,
    kind: TicketKind,
    agent_id: Option<u64>,
) {
    let opts = FetchOptions {
        agent_id,
        ..FetchOptions::default()
    };
    match state.credentials.ticket(&profile, kind, &opts).await {
        Ok(ticket) => {
            for w in &ticket.warnings {
                out.emit(Event::Warning(w.clone()));
            }
            emit_ticket(state, out, &profile, agent_id, ticket).await;
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

/// [`Event::Ticket`], naming the app when the platform's ticket of that kind belongs to one
/// (`agent_id`, or the profile's first app), then for such a ticket the verifier's older ones.
async fn emit_ticket(
    state: &State,
    out: &Emitter,
    profile: &Profile,
    agent_id: Option<u64>,
    ticket: crate::wechat::TicketInfo,
) {
    let app = ticket_app(profile, ticket.kind, agent_id);
    out.emit(Event::Ticket {
        profile: profile.name.clone(),
        app,
        ticket,
    });
    if let Some(id) = app {
        emit_agent_candidates(state, out, profile, id).await;
    }
}

/// The verifier's tickets for app `agent_id`'s agentConfig, sent after its agent ticket (which
/// was just fetched or stored, so no WeCom call). Without them the window still verifies with
/// the current ticket, so a failure here is left unsaid rather than reported as a second error.
async fn emit_agent_candidates(state: &State, out: &Emitter, profile: &Profile, agent_id: u64) {
    let opts = FetchOptions {
        agent_id: Some(agent_id),
        ..FetchOptions::default()
    };
    if let Ok(candidates) = state
        .credentials
        .ticket_candidates(profile, TicketKind::AgentConfig, &opts)
        .await
    {
        out.emit(Event::AgentCandidates {
            profile: profile.name.clone(),
            agent_id,
            candidates,
        });
    }
}

/// The app a ticket of `kind` belongs to: `agent_id` (or the profile's first app) when the
/// platform's ticket of that kind is per app, else none.
fn ticket_app(profile: &Profile, kind: TicketKind, agent_id: Option<u64>) -> Option<u64> {
    let per_app = profile
        .platform
        .ticket(kind.as_str())
        .is_some_and(|t| t.per_app);
    if !per_app {
        return None;
    }
    profile.app(agent_id).ok().map(|a| a.agent_id)
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
    ErrorReport::new(None, e.to_string(), text.clone(), text)
}

fn internal(e: &tokio::task::JoinError) -> ErrorReport {
    crate::wechat::ClientError::Internal(format!("a background task failed: {e}")).report()
}

/// The window's proxy: the CA next to the profiles, the phone mode's quiet time and deadline.
fn proxy_config(
    state: &State,
    request: super::ProxyRequest,
) -> Result<crate::phone::proxy::ProxyConfig, crate::core::text::Msg> {
    let ca_dir = match &state.profiles {
        Some(p) => p.dir().to_path_buf(),
        None => crate::profile::config_dir().map_err(|e| e.text())?,
    };
    let mut config = crate::phone::proxy::ProxyConfig::new(
        request.hosts,
        request.account,
        Arc::clone(&state.store),
    )
    .map_err(|e| e.message())?;
    config.ca_dir = ca_dir;
    config.port = request.port;
    config.listen = request.listen;
    config.source = request.source;
    Ok(config)
}

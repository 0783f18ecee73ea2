//! Runtime state that never persists: the worker handle and what its events told us (profiles,
//! secret status, token and ticket status, the last error). Events are drained once per frame in
//! [`Runtime::drain`]; nothing here blocks.

use std::collections::{HashMap, HashSet};

use eframe::egui;

use super::credential::Credential;
use super::log_panel::{LogPanel, LogRow};
use crate::core::text::{Lang, Msg, msg};
use crate::core::verify::TicketCandidate;
use crate::i18n::Render;
use crate::profile::Profile;
use crate::secret::Secret;
use crate::secrets::{SecretStatus, StoreHealth};
use crate::wechat::TicketOrigin;
use crate::wechat::{ErrorReport, LogEntry, TicketKind};
use crate::worker::{Command, Event, Operation, Worker, WorkerOptions};

/// Something the app reacts to beyond storing it.
#[derive(Debug)]
pub enum Notice {
    /// A ticket arrived for this profile, to offer to the Sign panel: the main call's (`app`
    /// `None`), or app `app`'s own ticket (WeCom's agent ticket).
    Ticket {
        profile: String,
        app: Option<u64>,
        ticket: Secret,
    },
    /// The profile list changed (loaded, saved or removed).
    Profiles,
}

#[derive(Default)]
pub struct Runtime {
    worker: Option<Worker>,
    /// Why the worker is not there to ask (it could not start, or it stopped).
    pub start_error: Option<Msg>,
    pub config_dir: Option<std::path::PathBuf>,
    pub store: Option<StoreHealth>,
    pub profiles: Vec<Profile>,
    pub profiles_loaded: bool,
    pub profiles_problem: Option<Msg>,
    pub secret_status: HashMap<String, SecretStatus>,
    pub tokens: HashMap<String, Credential>,
    pub tickets: HashMap<String, Credential>,
    /// WeCom: each app's agent ticket, by profile name and agentid.
    pub agent_tickets: HashMap<(String, u64), HeldTicket>,
    pub candidates: HashMap<String, Vec<TicketCandidate>>,
    /// WeCom: what the verifier tries for each app's agentConfig (its agent ticket, then the
    /// older ones), by profile name and agentid.
    pub agent_candidates: HashMap<(String, u64), Vec<TicketCandidate>>,
    /// Token/ticket requests in flight: the spinner shows while this is above zero.
    pub in_flight: usize,
    pub error: Option<(Operation, ErrorReport)>,
    pub warnings: Vec<Msg>,
    /// Profiles whose ticket is fetched once their token arrives (so both statuses show).
    pending_ticket: Vec<Profile>,
    /// WeCom: the app whose token, corp ticket and agent ticket a fetch is for, by profile.
    pending_app: HashMap<String, u64>,
    /// WeCom: agent tickets being stored from a paste; not fetched meanwhile (the store answers).
    pasting_agents: HashSet<(String, u64)>,
    /// The profile editor's Redis "test connection" results, by profile name.
    pub redis_tests: HashMap<String, super::redis_source::RedisTest>,
    /// The browser the page probe would start, once the worker looked (for the setting it
    /// looked with).
    pub browser: Option<BrowserLookup>,
    /// Probe and thumbnail events not yet handed to the Probe panel ([`Runtime::take_probe_events`]).
    probe_events: Vec<Event>,
    /// Phone events not yet handed to the Phone panel ([`Runtime::take_phone_events`]).
    phone_events: Vec<Event>,
    /// Batch events not yet handed to the Batch panel ([`Runtime::take_batch_events`]).
    batch_events: Vec<Event>,
    /// Settings → Self-check: running, and the last lines.
    pub self_check: super::doctor_section::SelfCheck,
}

/// A ticket the window holds with its status: WeCom's agent tickets, which the app picker
/// switches between without asking again.
#[derive(Clone, Debug)]
pub struct HeldTicket {
    pub cred: Credential,
    pub ticket: Secret,
}

/// What the worker's browser search found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BrowserLookup {
    /// The Settings path it searched with; `None`: PATH and the usual install places.
    pub explicit: Option<std::path::PathBuf>,
    pub result: Result<crate::probe::BrowserInfo, crate::probe::BrowserError>,
}

impl Runtime {
    /// Starts the worker (when options are given) and asks for the profiles.
    pub fn start(ctx: &egui::Context, options: Option<WorkerOptions>) -> Self {
        let mut rt = Runtime::default();
        let Some(options) = options else {
            return rt;
        };
        let repaint_ctx = ctx.clone();
        match Worker::spawn(move || repaint_ctx.request_repaint(), options) {
            Ok(w) => {
                w.send(Command::LoadProfiles);
                rt.worker = Some(w);
            }
            Err(e) => {
                let why = e.to_string();
                rt.start_error = Some(msg!("ui-worker-start-failed", error = why));
            }
        }
        rt
    }

    pub fn has_worker(&self) -> bool {
        self.worker.is_some()
    }

    /// Queues a command; never blocks. `false` when there is no worker to take it (see
    /// [`Runtime::start_error`]).
    pub fn send(&mut self, command: Command) -> bool {
        if matches!(
            command,
            Command::FetchToken { .. }
                | Command::FetchTicket { .. }
                | Command::SetPastedTicket { .. }
        ) {
            self.in_flight += 1;
            self.error = None;
        }
        if matches!(command, Command::SelfCheck { .. }) {
            self.self_check.running = true;
        }
        let Some(w) = &self.worker else {
            return false;
        };
        if !w.send(command) {
            self.start_error = Some(msg!("ui-worker-stopped"));
            return false;
        }
        true
    }

    /// Fetches the token (shown in the top bar), then the jsapi ticket with it; on WeCom with
    /// the token of app `agent_id` (the app picker's), then that app's agent ticket.
    pub fn fetch_ticket(&mut self, profile: Profile, agent_id: Option<u64>) {
        let app = agent_id.filter(|_| profile.platform.spec().per_app_secrets);
        match app {
            Some(id) => self.pending_app.insert(profile.name.clone(), id),
            None => self.pending_app.remove(&profile.name),
        };
        // A Redis source without a token key, or a pasted ticket, needs no access_token (nor an
        // appSecret): asking WeChat for one would spend quota for nothing.
        if !crate::tickets::Source::of(&profile).shows_token() {
            self.send(Command::FetchTicket {
                profile,
                app,
                kind: TicketKind::Jsapi,
            });
            return;
        }
        self.pending_ticket.retain(|p| p.name != profile.name);
        self.pending_ticket.push(profile.clone());
        self.send(Command::FetchToken {
            profile,
            app,
            force_refresh: false,
        });
    }

    /// WeCom: the agent ticket of app `agent_id` alone (the app picker switched to an app whose
    /// ticket the window does not hold yet), when the profile's source can give it.
    pub fn fetch_agent_ticket(&mut self, profile: Profile, agent_id: u64) {
        if let Some(kind) = app_ticket_source(&profile, agent_id) {
            self.send(Command::FetchTicket {
                profile,
                app: Some(agent_id),
                kind,
            });
        }
    }

    /// Saves a ticket pasted in the profile editor through the worker; the main one answers as
    /// the profile's ticket (then app `agent_id`'s agent ticket is read too), an agent ticket as
    /// its app's.
    pub fn paste_ticket(
        &mut self,
        profile: Profile,
        typed: super::pasted_source::TypedTicket,
        session_only: bool,
        agent_id: Option<u64>,
    ) {
        let app_ticket = profile.platform.app_ticket();
        let (app, kind) = match (typed.agent_id, app_ticket) {
            (Some(id), Some(kind)) => {
                self.pasting_agents.insert((profile.name.clone(), id));
                (Some(id), kind)
            }
            _ => {
                if let Some(id) = agent_id.filter(|_| app_ticket.is_some()) {
                    self.pending_app.insert(profile.name.clone(), id);
                }
                (None, TicketKind::Jsapi)
            }
        };
        let command = Command::SetPastedTicket {
            profile,
            app,
            kind,
            ticket: typed.ticket,
            expires_in: typed.expires_in,
            session_only,
        };
        self.send(command);
    }

    /// The agent ticket of app `agent_id` of a profile, if the window holds one.
    pub fn agent_ticket(&self, profile: &str, agent_id: u64) -> Option<&HeldTicket> {
        self.agent_tickets.get(&(profile.to_owned(), agent_id))
    }

    /// The phone events drained since the last call, in order.
    pub fn take_phone_events(&mut self) -> Vec<Event> {
        std::mem::take(&mut self.phone_events)
    }

    /// The probe events drained since the last call, in order.
    pub fn take_probe_events(&mut self) -> Vec<Event> {
        std::mem::take(&mut self.probe_events)
    }

    /// The batch events drained since the last call, in order.
    pub fn take_batch_events(&mut self) -> Vec<Event> {
        std::mem::take(&mut self.batch_events)
    }

    pub fn profile(&self, name: &str) -> Option<&Profile> {
        self.profiles.iter().find(|p| p.name == name)
    }

    /// Applies every waiting event: the window's one inbox, drained once per frame. `now` is
    /// the app clock (unix seconds); `lang` the language of new Log panel rows.
    pub fn drain(&mut self, now: i64, lang: Lang, log: &mut LogPanel) -> Vec<Notice> {
        let Some(worker) = &self.worker else {
            return Vec::new();
        };
        let events = worker.drain();
        let mut notices = Vec::new();
        for event in events {
            match event {
                Event::Ready { config_dir, store } => {
                    self.config_dir = Some(config_dir);
                    self.store = Some(store);
                }
                Event::Profiles { profiles, problem } => {
                    for p in &profiles {
                        // WeCom: each app's secret has its own entry.
                        for app in &p.apps {
                            let account = crate::platform::app_account(&p.app_id, app.agent_id);
                            if !self.secret_status.contains_key(&account)
                                && let Some(w) = &self.worker
                            {
                                w.send(Command::CheckSecret { app_id: account });
                            }
                        }
                        if !self.secret_status.contains_key(&p.app_id) {
                            self.secret_status.insert(
                                p.app_id.clone(),
                                SecretStatus::Unknown(msg!("secrets-status-checking")),
                            );
                            if let Some(w) = &self.worker {
                                w.send(Command::CheckSecret {
                                    app_id: p.app_id.clone(),
                                });
                            }
                        }
                    }
                    self.profiles = profiles;
                    self.profiles_loaded = true;
                    self.profiles_problem = problem.map(|p| p.text());
                    notices.push(Notice::Profiles);
                }
                Event::ProfileSaved { .. } | Event::ProfileRemoved { .. } => {}
                Event::SecretStatus { app_id, status } => {
                    self.secret_status.insert(app_id, status);
                }
                Event::Token { profile, token } => {
                    self.in_flight = self.in_flight.saturating_sub(1);
                    if let Some(i) = self.pending_ticket.iter().position(|p| p.name == profile) {
                        let p = self.pending_ticket.remove(i);
                        let app = self.pending_app.get(&profile).copied();
                        self.in_flight += 1;
                        if let Some(w) = &self.worker {
                            w.send(Command::FetchTicket {
                                profile: p,
                                app,
                                kind: TicketKind::Jsapi,
                            });
                        }
                    }
                    self.tokens.insert(
                        profile,
                        Credential {
                            source: token.endpoint.as_str().to_owned(),
                            from_cache: token.from_cache,
                            fetched_at: token.fetched_at,
                            expires_at: now.saturating_add(token.expires_in as i64),
                        },
                    );
                }
                Event::Ticket {
                    profile,
                    app,
                    ticket,
                } => {
                    self.in_flight = self.in_flight.saturating_sub(1);
                    if let Some(agent_id) = app {
                        self.pasting_agents.remove(&(profile.clone(), agent_id));
                        notices.push(self.hold_agent_ticket(profile, agent_id, ticket, now));
                        continue;
                    }
                    self.tickets
                        .insert(profile.clone(), credential(&ticket, now));
                    if ticket.kind == TicketKind::Jsapi {
                        if let Some(p) = self.profile(&profile).cloned() {
                            if let Some(w) = &self.worker {
                                w.send(Command::LoadCandidates {
                                    app_id: p.app_id.clone(),
                                });
                            }
                            // WeCom: the agent ticket of the app the fetch is for follows the
                            // corp ticket, from the same source.
                            if let Some(id) = self.pending_app.remove(&profile)
                                && !self.pasting_agents.contains(&(profile.clone(), id))
                            {
                                self.fetch_agent_ticket(p, id);
                            }
                        }
                        notices.push(Notice::Ticket {
                            profile,
                            app: None,
                            ticket: ticket.ticket,
                        });
                    }
                }
                Event::Candidates { app_id, candidates } => {
                    self.candidates.insert(app_id, candidates);
                }
                Event::AgentCandidates {
                    profile,
                    agent_id,
                    candidates,
                } => {
                    self.agent_candidates
                        .insert((profile, agent_id), candidates);
                }
                Event::SelfCheck { lines } => {
                    self.self_check = super::doctor_section::SelfCheck {
                        running: false,
                        lines: Some(lines),
                    };
                }
                Event::RedisProbe { profile, probe } => {
                    self.redis_tests
                        .insert(profile, super::redis_source::RedisTest::Found(probe));
                }
                Event::Failed {
                    op: Operation::RedisTest { profile },
                    error,
                } => {
                    self.redis_tests
                        .insert(profile, super::redis_source::RedisTest::Failed(error));
                }
                Event::Warning(t) => {
                    if !self.warnings.contains(&t) {
                        self.warnings.push(t);
                    }
                }
                Event::Failed { op, error } => {
                    if let Operation::Token { profile } = &op {
                        self.pending_ticket.retain(|p| &p.name != profile);
                        self.pending_app.remove(profile);
                    }
                    if let Operation::Ticket { profile, kind } = &op {
                        if *kind == TicketKind::AgentConfig {
                            self.pasting_agents.retain(|(p, _)| p != profile);
                        } else {
                            self.pending_app.remove(profile);
                        }
                    }
                    if matches!(op, Operation::Token { .. } | Operation::Ticket { .. }) {
                        self.in_flight = self.in_flight.saturating_sub(1);
                    }
                    self.error = Some((op, error));
                }
                Event::Log(entry) => log.push(log_row(&entry, lang)),
                Event::Browser { explicit, result } => {
                    self.browser = Some(BrowserLookup { explicit, result });
                }
                e @ (Event::PhoneListed { .. }
                | Event::PhoneProgress { .. }
                | Event::PhoneFinished { .. }
                | Event::PhoneFailed { .. }
                | Event::ProxyStarted { .. }
                | Event::ProxyEvent { .. }
                | Event::ProxyStopped { .. }
                | Event::ProxyFailed { .. }) => self.phone_events.push(e),
                e @ (Event::ProbeProgress { .. }
                | Event::ProbeFinished { .. }
                | Event::ProbeFailed { .. }
                | Event::Thumbnail { .. }) => self.probe_events.push(e),
                e @ (Event::BatchPage { .. }
                | Event::BatchFinished { .. }
                | Event::BatchFailed { .. }) => self.batch_events.push(e),
            }
        }
        notices
    }
}

impl Runtime {
    fn hold_agent_ticket(
        &mut self,
        profile: String,
        agent_id: u64,
        ticket: crate::wechat::TicketInfo,
        now: i64,
    ) -> Notice {
        let held = HeldTicket {
            cred: credential(&ticket, now),
            ticket: ticket.ticket.clone(),
        };
        self.agent_tickets.insert((profile.clone(), agent_id), held);
        Notice::Ticket {
            profile,
            app: Some(agent_id),
            ticket: ticket.ticket,
        }
    }
}

/// The top bar's status of a ticket that arrived at `now`.
fn credential(ticket: &crate::wechat::TicketInfo, now: i64) -> Credential {
    Credential {
        source: match &ticket.origin {
            // The API's tickets by kind (`jsapi`, `agent_config`), others by where they are.
            TicketOrigin::Wechat | TicketOrigin::Wecom => ticket.kind.as_str().to_owned(),
            other => other.label().get(Lang::En),
        },
        from_cache: ticket.from_cache,
        fetched_at: ticket.fetched_at,
        // A Redis ticket nothing dates: no countdown (see top_bar::countdown).
        expires_at: if matches!(
            &ticket.origin,
            TicketOrigin::Redis {
                expiry: crate::core::stored::ExpirySource::Unknown,
                ..
            }
        ) {
            i64::MAX
        } else {
            now.saturating_add(ticket.expires_in as i64)
        },
    }
}

/// The platform's per-app ticket kind (WeCom's agent ticket) when the profile's ticket source
/// can give app `agent_id`'s: the API and pasted tickets always try (a missing paste says so),
/// Redis only with a key for it.
fn app_ticket_source(profile: &Profile, agent_id: u64) -> Option<TicketKind> {
    let kind = profile.platform.app_ticket()?;
    let keeps = profile.apps.iter().any(|a| a.agent_id == agent_id)
        && crate::tickets::Source::of(profile).keeps(profile, kind, Some(agent_id));
    keeps.then_some(kind)
}

/// A Log panel row from a worker log entry (which holds no credential).
pub fn log_row(e: &LogEntry, lang: Lang) -> LogRow {
    let local = e.at.with_timezone(&chrono::Local);
    let mut message = e.outcome.clone();
    if e.attempt > 1 {
        let outcome = message.as_str();
        message = msg!("ui-log-attempt", outcome = outcome, attempt = e.attempt).get(lang);
    }
    LogRow {
        time: local.format("%H:%M:%S").to_string(),
        endpoint: format!("{} {}", e.method, e.endpoint),
        duration_ms: u64::try_from(e.duration.as_millis()).unwrap_or(u64::MAX),
        status: e.http_status,
        errcode: e.errcode,
        message,
    }
}

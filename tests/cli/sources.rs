//! The ticket-source abstraction (`wxsign::tickets`): one table of cases over the four sources
//! (WeChat API, WeCom API, Redis, pasted), each asked the same question — the ticket of kind K
//! for app A — through the two doors everything else uses: `Credentials::ticket` (the CLI's
//! `Session` and the batch call it) and the worker's `Command::FetchTicket` (the window). Both
//! doors must give the same answer, and neither caller says which source to use.

use std::sync::Arc;
use wxsign::core::text::Lang;
use wxsign::i18n::Render;

use wxsign::cache::{Cached, CredentialCache};
use wxsign::pasted_source::{self, PastedTicket};
use wxsign::platform::{WecomApp, app_account};
use wxsign::profile::{Profile, RedisSettings, TicketSource};
use wxsign::secret::Secret;
use wxsign::secrets::{MemoryStore, SecretStore, Secrets, StoreHealth};
use wxsign::tickets::Source;
use wxsign::wechat::{ClientError, Credentials, FetchOptions, TicketInfo, TicketKind, no_log};
use wxsign::worker::{Command, Event, Worker, WorkerOptions};

use crate::cli::mock_wechat::{self as oa, runtime};
use crate::cli::mock_wecom::{self as wecom, AGENT_A, AGENT_B, CORP_ID};

mod candidates;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Platform {
    Oa,
    Wecom,
}

#[derive(Clone, Copy, Debug)]
enum Via {
    Api,
    Redis,
    Pasted,
}

/// What a case puts in place before asking.
#[derive(Clone, Copy, Debug)]
enum Seed {
    Nothing,
    /// A cached ticket at this cache entry, fetched this many seconds ago (7200 s lifetime).
    Cache(&'static str, TicketKind, i64),
    /// Pasted tickets: (entry, value, pasted this many seconds ago).
    Pasted(&'static [(&'static str, &'static str, i64)]),
}

#[derive(Debug)]
enum Expect {
    Ticket {
        value: &'static str,
        from_cache: bool,
        /// The start of `TicketOrigin::label()`.
        origin: &'static str,
        agent_id: Option<u64>,
        /// Requests the mock API received.
        api_calls: usize,
        /// A warning the answer must carry.
        warning: Option<&'static str>,
    },
    /// Part of the error's text (errmsg, meaning or fix).
    Error(&'static str),
}

struct Case {
    name: &'static str,
    platform: Platform,
    from: Via,
    seed: Seed,
    kind: TicketKind,
    agent_id: Option<u64>,
    expect: Expect,
}

const OA_ID: &str = oa::APP_ID;
const AGENT_A_ENTRY: &str = "ww0123456789abcdef/1000002";
const AGENT_B_ENTRY: &str = "ww0123456789abcdef/1000003";

fn ticket(
    value: &'static str,
    from_cache: bool,
    origin: &'static str,
    agent_id: Option<u64>,
    api_calls: usize,
) -> Expect {
    Expect::Ticket {
        value,
        from_cache,
        origin,
        agent_id,
        api_calls,
        warning: None,
    }
}

fn cases() -> Vec<Case> {
    use Platform::*;
    use TicketKind::*;
    use Via::*;
    let case = |name, platform, from, seed, kind, agent_id, expect| Case {
        name,
        platform,
        from,
        seed,
        kind,
        agent_id,
        expect,
    };
    vec![
        // The WeChat API: fetched, a cache hit, an expired cache entry fetched again.
        case(
            "oa api: fetched",
            Oa,
            Api,
            Seed::Nothing,
            Jsapi,
            None,
            ticket(oa::TICKET, false, "WeChat API", None, 2),
        ),
        case(
            "oa api: cache hit",
            Oa,
            Api,
            Seed::Cache(OA_ID, Jsapi, 100),
            Jsapi,
            None,
            ticket("CACHED_OA", true, "WeChat API", None, 0),
        ),
        case(
            "oa api: cached ticket expired",
            Oa,
            Api,
            Seed::Cache(OA_ID, Jsapi, 7000),
            Jsapi,
            None,
            ticket(oa::TICKET, false, "WeChat API", None, 2),
        ),
        case(
            "oa api: no agent ticket on an Official Account",
            Oa,
            Api,
            Seed::Nothing,
            AgentConfig,
            None,
            Expect::Error("has no agent_config ticket"),
        ),
        // The WeCom API: each app's agent ticket with that app's token, cached per app.
        case(
            "wecom api: corp ticket",
            Wecom,
            Api,
            Seed::Nothing,
            Jsapi,
            None,
            ticket(wecom::CORP_TICKET, false, "WeCom API", None, 2),
        ),
        case(
            "wecom api: agent ticket of app B",
            Wecom,
            Api,
            Seed::Nothing,
            AgentConfig,
            Some(AGENT_B),
            ticket(wecom::AGENT_TICKET_B, false, "WeCom API", Some(AGENT_B), 2),
        ),
        case(
            "wecom api: agent ticket of app A from the cache",
            Wecom,
            Api,
            Seed::Cache(AGENT_A_ENTRY, AgentConfig, 100),
            AgentConfig,
            Some(AGENT_A),
            ticket("CACHED_AGENT_A", true, "WeCom API", Some(AGENT_A), 0),
        ),
        case(
            "wecom api: app A's cache entry is not app B's",
            Wecom,
            Api,
            Seed::Cache(AGENT_A_ENTRY, AgentConfig, 100),
            AgentConfig,
            Some(AGENT_B),
            ticket(wecom::AGENT_TICKET_B, false, "WeCom API", Some(AGENT_B), 2),
        ),
        case(
            "wecom api: expired agent ticket fetched again",
            Wecom,
            Api,
            Seed::Cache(AGENT_A_ENTRY, AgentConfig, 7000),
            AgentConfig,
            Some(AGENT_A),
            ticket(wecom::AGENT_TICKET_A, false, "WeCom API", Some(AGENT_A), 2),
        ),
        case(
            "wecom api: unknown app",
            Wecom,
            Api,
            Seed::Nothing,
            AgentConfig,
            Some(42),
            Expect::Error("has no app with agentid 42"),
        ),
        // Pasted: never an API call; one entry per ticket kind.
        case(
            "oa pasted",
            Oa,
            Pasted,
            Seed::Pasted(&[(OA_ID, "PASTED_OA", 60)]),
            Jsapi,
            None,
            ticket("PASTED_OA", false, "pasted", None, 0),
        ),
        case(
            "oa pasted: expired",
            Oa,
            Pasted,
            Seed::Pasted(&[(OA_ID, "PASTED_OA", 7300)]),
            Jsapi,
            None,
            Expect::Error("expired"),
        ),
        case(
            "oa pasted: none stored",
            Oa,
            Pasted,
            Seed::Nothing,
            Jsapi,
            None,
            Expect::Error("none is stored"),
        ),
        case(
            "oa pasted: no card ticket",
            Oa,
            Pasted,
            Seed::Pasted(&[(OA_ID, "PASTED_OA", 60)]),
            WxCard,
            None,
            Expect::Error("wx_card ticket comes from the WeChat API"),
        ),
        case(
            "wecom pasted: corp ticket",
            Wecom,
            Pasted,
            Seed::Pasted(&[
                (CORP_ID, "PASTED_CORP", 60),
                (AGENT_A_ENTRY, "PASTED_A", 60),
            ]),
            Jsapi,
            Some(AGENT_A),
            ticket("PASTED_CORP", false, "pasted", None, 0),
        ),
        case(
            "wecom pasted: agent ticket of app A",
            Wecom,
            Pasted,
            Seed::Pasted(&[
                (CORP_ID, "PASTED_CORP", 60),
                (AGENT_A_ENTRY, "PASTED_A", 60),
                (AGENT_B_ENTRY, "PASTED_B", 60),
            ]),
            AgentConfig,
            Some(AGENT_A),
            ticket("PASTED_A", false, "pasted", Some(AGENT_A), 0),
        ),
        case(
            "wecom pasted: agent ticket of app B",
            Wecom,
            Pasted,
            Seed::Pasted(&[
                (AGENT_A_ENTRY, "PASTED_A", 60),
                (AGENT_B_ENTRY, "PASTED_B", 60),
            ]),
            AgentConfig,
            Some(AGENT_B),
            ticket("PASTED_B", false, "pasted", Some(AGENT_B), 0),
        ),
        case(
            "wecom pasted: app B has none",
            Wecom,
            Pasted,
            Seed::Pasted(&[(AGENT_A_ENTRY, "PASTED_A", 60)]),
            AgentConfig,
            Some(AGENT_B),
            Expect::Error("secret set --profile p --ticket --agent-id 1000003"),
        ),
        case(
            "wecom pasted: app B's expired",
            Wecom,
            Pasted,
            Seed::Pasted(&[
                (AGENT_A_ENTRY, "PASTED_A", 60),
                (AGENT_B_ENTRY, "PASTED_B", 7300),
            ]),
            AgentConfig,
            Some(AGENT_B),
            Expect::Error("agent ticket of app 1000003 expired"),
        ),
        // Redis: one key per ticket kind, read as it is; never an API call.
        case(
            "oa redis",
            Oa,
            Redis,
            Seed::Nothing,
            Jsapi,
            None,
            ticket("REDIS_OA", false, "Redis wx:ticket (TTL)", None, 0),
        ),
        case(
            "wecom redis: corp ticket",
            Wecom,
            Redis,
            Seed::Nothing,
            Jsapi,
            None,
            ticket("REDIS_CORP", false, "Redis wecom:corp (TTL)", None, 0),
        ),
        case(
            "wecom redis: agent ticket of app A",
            Wecom,
            Redis,
            Seed::Nothing,
            AgentConfig,
            Some(AGENT_A),
            ticket(
                "REDIS_AGENT_A",
                false,
                "Redis wecom:agent:1000002 (update_time)",
                Some(AGENT_A),
                0,
            ),
        ),
        case(
            "wecom redis: agent key of app B missing in Redis",
            Wecom,
            Redis,
            Seed::Nothing,
            AgentConfig,
            Some(AGENT_B),
            Expect::Error("'wecom:agent:1000003' does not exist"),
        ),
    ]
}

/// One store, cache and mock API for one case, seeded; a fresh set for each door.
struct Rig {
    store: Arc<MemoryStore>,
    profile: Profile,
    server: wiremock::MockServer,
}

fn rig(
    rt: &tokio::runtime::Runtime,
    case: &Case,
    redis: Option<&crate::cli::redis::server::RedisServer>,
) -> Rig {
    rig_for(rt, (case.platform, case.from), case.seed, redis)
}

fn rig_for(
    rt: &tokio::runtime::Runtime,
    (platform, from): (Platform, Via),
    seed: Seed,
    redis: Option<&crate::cli::redis::server::RedisServer>,
) -> Rig {
    let store = Arc::new(MemoryStore::default());
    let secrets = Secrets::new(store.clone(), StoreHealth::MemoryByRequest, None);
    let (mut profile, server) = match platform {
        Platform::Oa => {
            secrets
                .set_persistent(OA_ID, &Secret::new(oa::APP_SECRET))
                .unwrap();
            (Profile::new("p", OA_ID), rt.block_on(oa::happy(None)))
        }
        Platform::Wecom => {
            for (agent, secret) in [(AGENT_A, wecom::SECRET_A), (AGENT_B, wecom::SECRET_B)] {
                secrets
                    .set_persistent(&app_account(CORP_ID, agent), &Secret::new(secret))
                    .unwrap();
            }
            let mut p = Profile::new_wecom("p", CORP_ID);
            p.apps = [AGENT_A, AGENT_B]
                .map(|agent_id| WecomApp {
                    agent_id,
                    name: String::new(),
                })
                .to_vec();
            (p, rt.block_on(wecom::corp(None)))
        }
    };
    profile.api_base = server.uri();
    profile.ticket_source = match from {
        Via::Api => TicketSource::Wechat,
        Via::Pasted => TicketSource::Pasted,
        Via::Redis => {
            let url = redis.map(|r| r.url()).unwrap_or_default();
            TicketSource::Redis(Box::new(match platform {
                Platform::Oa => RedisSettings {
                    url,
                    ticket_key: "wx:ticket".into(),
                    ..RedisSettings::default()
                },
                Platform::Wecom => RedisSettings {
                    url,
                    ticket_key: "wecom:corp".into(),
                    format: "pydict:ticket".parse().unwrap(),
                    agent_ticket_keys: [
                        (AGENT_A, "wecom:agent:1000002"),
                        (AGENT_B, "wecom:agent:1000003"),
                    ]
                    .map(|(a, k)| (a.to_string(), k.to_owned()))
                    .into(),
                    ..RedisSettings::default()
                },
            }))
        }
    };
    profile.validate().unwrap();
    let now = chrono::Utc::now().timestamp();
    match seed {
        Seed::Nothing => {}
        Seed::Cache(entry, kind, age) => {
            let value = match kind {
                TicketKind::AgentConfig => "CACHED_AGENT_A",
                _ => "CACHED_OA",
            };
            CredentialCache::new(store.clone()).put_ticket(
                entry,
                kind,
                Cached {
                    value: Secret::new(value),
                    fetched_at: now - age,
                    expires_in: 7200,
                    endpoint: "getticket".into(),
                    api_base: server.uri(),
                },
            );
        }
        Seed::Pasted(entries) => {
            for (entry, value, age) in entries {
                let t = PastedTicket::new(&Secret::new(*value), now - age, None).unwrap();
                pasted_source::save(&secrets, entry, &t, false).unwrap();
            }
        }
    }
    Rig {
        store,
        profile,
        server,
    }
}

/// An error as both doors show it: errmsg, meaning and fix.
fn error_text(r: &wxsign::wechat::ErrorReport) -> String {
    format!(
        "{} | {} | {}",
        r.errmsg,
        r.meaning(Lang::En),
        r.fix(Lang::En)
    )
}

fn check(case: &Case, door: &str, got: Result<TicketInfo, String>, api_calls: usize) {
    let at = format!("{} ({door})", case.name);
    match (&case.expect, got) {
        (
            Expect::Ticket {
                value,
                from_cache,
                origin,
                agent_id,
                api_calls: calls,
                warning,
            },
            Ok(t),
        ) => {
            assert_eq!(t.ticket.reveal(), *value, "{at}");
            assert_eq!(t.kind, case.kind, "{at}");
            assert_eq!(t.from_cache, *from_cache, "{at}");
            assert!(
                t.origin.label().get(Lang::En).starts_with(origin),
                "{at}: {}",
                t.origin.label().get(Lang::En)
            );
            assert_eq!(t.agent_id, *agent_id, "{at}");
            assert!(
                t.expires_in > 0 && t.expires_in <= 7200,
                "{at}: {}",
                t.expires_in
            );
            assert_eq!(api_calls, *calls, "{at}: API requests");
            if let Some(w) = warning {
                assert!(
                    t.warnings.iter().any(|x| x.get(Lang::En).contains(w)),
                    "{at}: {:?}",
                    t.warnings
                );
            }
        }
        (Expect::Error(part), Err(text)) => {
            assert!(text.contains(part), "{at}: {text}");
            assert_eq!(
                api_calls, 0,
                "{at}: no API request for an error before the call"
            );
        }
        (want, got) => panic!("{at}: wanted {want:?}, got {got:?}"),
    }
}

fn received(rt: &tokio::runtime::Runtime, server: &wiremock::MockServer) -> usize {
    rt.block_on(server.received_requests())
        .unwrap_or_default()
        .len()
}

#[test]
fn every_source_answers_through_the_same_door() {
    let rt = runtime();
    let redis = crate::cli::redis::server::start(None);
    if let Some(r) = &redis {
        r.set("wx:ticket", "REDIS_OA", Some(5000));
        r.set("wecom:corp", "{'ticket': 'REDIS_CORP'}", Some(5000));
        let now = chrono::Utc::now().timestamp();
        r.set(
            "wecom:agent:1000002",
            &format!("{{'ticket': 'REDIS_AGENT_A', 'expires_in': 7200, 'update_time': {now}}}"),
            None,
        );
    }
    for case in cases() {
        if matches!(case.from, Via::Redis) && redis.is_none() {
            continue;
        }
        let opts = FetchOptions {
            agent_id: case.agent_id,
            ..FetchOptions::default()
        };

        // The library door: what `wxsign ticket`, `sign --profile`, `verify --profile` and the
        // batch call.
        let r = rig(&rt, &case, redis.as_ref());
        let secrets = Arc::new(Secrets::new(
            r.store.clone(),
            StoreHealth::MemoryByRequest,
            None,
        ));
        let creds = Credentials::new(
            secrets,
            Arc::new(CredentialCache::new(r.store.clone() as Arc<dyn SecretStore>)),
            no_log(),
        );
        let got = rt
            .block_on(creds.ticket(&r.profile, case.kind, &opts))
            .map_err(|e: ClientError| error_text(&e.report()));
        check(&case, "Credentials::ticket", got, received(&rt, &r.server));

        // The worker door, on a fresh rig seeded the same way.
        let r = rig(&rt, &case, redis.as_ref());
        let dir = tempfile::tempdir().unwrap();
        let worker = Worker::spawn(
            || {},
            WorkerOptions {
                config_dir: Some(dir.path().to_path_buf()),
                store: Some((r.store.clone(), StoreHealth::MemoryByRequest)),
                retry: None,
            },
        )
        .unwrap();
        // The window names the app when it has one (the app picker), else the first app's.
        worker.send(Command::FetchTicket {
            profile: r.profile.clone(),
            app: case.agent_id,
            kind: case.kind,
        });
        let got = loop {
            match worker.recv_blocking() {
                Some(Event::Ticket { ticket, .. }) => break Ok(ticket),
                Some(Event::Failed { error, .. }) => break Err(error_text(&error)),
                Some(_) => continue,
                None => panic!("{}: the worker stopped", case.name),
            }
        };
        worker.shutdown();
        check(&case, "Command::FetchTicket", got, received(&rt, &r.server));
    }
}

/// Which source answers is decided from the profile alone, and what each source needs is data.
#[test]
fn the_source_is_read_from_the_profile() {
    let mut oa_p = Profile::new("p", OA_ID);
    let mut corp = Profile::new_wecom("c", CORP_ID);
    assert_eq!(Source::of(&oa_p), Source::WechatApi);
    assert_eq!(Source::of(&corp), Source::WecomApi);
    let redis = RedisSettings {
        url: "redis://127.0.0.1:1".into(),
        ticket_key: "k".into(),
        ..RedisSettings::default()
    };
    corp.ticket_source = TicketSource::Redis(Box::new(redis.clone()));
    assert_eq!(Source::of(&corp), Source::Redis(&redis));
    oa_p.ticket_source = TicketSource::Pasted;
    assert_eq!(Source::of(&oa_p), Source::Pasted);
    // (source, fetched with a token, token shown next to the ticket)
    let with_token = RedisSettings {
        token_key: Some("t".into()),
        ..redis.clone()
    };
    for (source, needs_token, shows_token) in [
        (Source::WechatApi, true, true),
        (Source::WecomApi, true, true),
        (Source::Redis(&redis), false, false),
        (Source::Redis(&with_token), false, true),
        (Source::Pasted, false, false),
    ] {
        assert_eq!(source.needs_token(), needs_token, "{source:?}");
        assert_eq!(source.shows_token(), shows_token, "{source:?}");
    }
    // The tickets a profile's config calls need, from the platform's data.
    corp.apps = [AGENT_A, AGENT_B]
        .map(|agent_id| WecomApp {
            agent_id,
            name: String::new(),
        })
        .to_vec();
    assert_eq!(
        wxsign::tickets::config_tickets(&corp),
        vec![
            (TicketKind::Jsapi, None),
            (TicketKind::AgentConfig, Some(AGENT_A)),
            (TicketKind::AgentConfig, Some(AGENT_B)),
        ]
    );
    assert_eq!(
        wxsign::tickets::config_tickets(&oa_p),
        vec![(TicketKind::Jsapi, None)]
    );
}

/// The window pastes an app's agent ticket through the worker: it lands in that app's own
/// entry, and the corp ticket's entry is untouched.
#[test]
fn the_worker_pastes_one_entry_per_ticket_kind() {
    let store = Arc::new(MemoryStore::default());
    let dir = tempfile::tempdir().unwrap();
    let worker = Worker::spawn(
        || {},
        WorkerOptions {
            config_dir: Some(dir.path().to_path_buf()),
            store: Some((store.clone(), StoreHealth::MemoryByRequest)),
            retry: None,
        },
    )
    .unwrap();
    let mut corp = Profile::new_wecom("c", CORP_ID);
    corp.apps = vec![WecomApp {
        agent_id: AGENT_B,
        name: "crm".into(),
    }];
    corp.ticket_source = TicketSource::Pasted;
    for (kind, agent_id, value) in [
        (TicketKind::Jsapi, None, "PASTED_CORP"),
        (TicketKind::AgentConfig, Some(AGENT_B), "PASTED_B"),
    ] {
        worker.send(Command::SetPastedTicket {
            profile: corp.clone(),
            app: agent_id,
            kind,
            ticket: Secret::new(value),
            expires_in: Some(3600),
            session_only: false,
        });
        // The event names the app of a per-app ticket (the agent ticket), none for the corp's.
        let (app, ticket) = loop {
            match worker.recv_blocking() {
                Some(Event::Ticket { app, ticket, .. }) => break (app, ticket),
                Some(Event::Ready { .. } | Event::Warning(_)) => continue,
                other => panic!("{other:?}"),
            }
        };
        assert_eq!(app, agent_id, "{value}");
        assert_eq!(
            (ticket.ticket.reveal(), ticket.kind, ticket.agent_id),
            (value, kind, agent_id)
        );
    }
    worker.shutdown();
    let secrets = Secrets::new(store, StoreHealth::MemoryByRequest, None);
    let load = |entry: &str| {
        pasted_source::load(&secrets, entry)
            .unwrap()
            .map(|t| t.ticket().reveal().to_owned())
    };
    assert_eq!(load(CORP_ID).as_deref(), Some("PASTED_CORP"));
    assert_eq!(load(AGENT_B_ENTRY).as_deref(), Some("PASTED_B"));
}

//! The credentials service on a WeCom profile: one token per app, the two tickets, the cache,
//! the quotas and every failure of the mock.

use std::sync::{Arc, Mutex};
use std::time::Duration;
use wxsign::core::text::Lang;
use wxsign::i18n::Render;

use wxsign::cache::{CredentialCache, quota_key};
use wxsign::platform::{WecomApp, app_account};
use wxsign::profile::{Profile, Timeouts};
use wxsign::secret::Secret;
use wxsign::secrets::{MemoryStore, SecretStore, Secrets, StoreHealth};
use wxsign::wechat::{
    ClientError, Credentials, FetchOptions, LogEntry, RetryPolicy, TicketKind, TokenEndpoint,
};

use crate::cli::mock_wecom::*;

struct Rig {
    creds: Credentials,
    logs: Arc<Mutex<Vec<LogEntry>>>,
    profile: Profile,
    secrets: Arc<Secrets>,
}

fn rig(base: &str) -> Rig {
    rig_with(base, Arc::new(MemoryStore::default()))
}

fn rig_with(base: &str, store: Arc<dyn SecretStore>) -> Rig {
    let logs = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&logs);
    let secrets = Arc::new(Secrets::new(
        Arc::clone(&store),
        StoreHealth::MemoryByRequest,
        None,
    ));
    for (agent, secret) in [(AGENT_A, SECRET_A), (AGENT_B, SECRET_B)] {
        secrets
            .set_persistent(&app_account(CORP_ID, agent), &Secret::new(secret))
            .unwrap();
    }
    let creds = Credentials::new(
        Arc::clone(&secrets),
        Arc::new(CredentialCache::new(store)),
        Arc::new(move |e| sink.lock().unwrap().push(e)),
    )
    .with_retry(RetryPolicy {
        busy_delay: Duration::from_millis(10),
        network_backoff: vec![Duration::from_millis(10)],
    });
    let mut profile = Profile::new_wecom("corp", CORP_ID);
    profile.api_base = base.to_owned();
    profile.apps = vec![
        WecomApp {
            agent_id: AGENT_A,
            name: "approvals".into(),
        },
        WecomApp {
            agent_id: AGENT_B,
            name: "crm".into(),
        },
    ];
    profile.validate().unwrap();
    Rig {
        creds,
        logs,
        profile,
        secrets,
    }
}

fn agent(id: u64) -> FetchOptions {
    FetchOptions {
        agent_id: Some(id),
        ..FetchOptions::default()
    }
}

#[tokio::test]
async fn each_app_has_its_own_token_cached_per_corp_and_agentid() {
    let server = corp(None).await;
    let r = rig(&server.uri());
    let a = r.creds.token(&r.profile, &agent(AGENT_A)).await.unwrap();
    assert_eq!(a.access_token.reveal(), TOKEN_A);
    assert_eq!(a.endpoint, TokenEndpoint::Gettoken);
    assert!(!a.from_cache);
    let b = r.creds.token(&r.profile, &agent(AGENT_B)).await.unwrap();
    assert_eq!(b.access_token.reveal(), TOKEN_B);
    // No agent asked for: the first app.
    let first = r
        .creds
        .token(&r.profile, &FetchOptions::default())
        .await
        .unwrap();
    assert!(first.from_cache);
    assert_eq!(first.access_token.reveal(), TOKEN_A);
    assert!(
        r.creds
            .token(&r.profile, &agent(AGENT_B))
            .await
            .unwrap()
            .from_cache
    );
    assert_eq!(
        calls(&server, GETTOKEN).await,
        2,
        "gettoken only when needed"
    );
    // Secrets never reach a log line.
    for l in r.logs.lock().unwrap().iter() {
        let line = l.line();
        for s in [SECRET_A, SECRET_B, TOKEN_A, TOKEN_B] {
            assert!(!line.contains(s), "{line}");
        }
    }
}

#[tokio::test]
async fn corp_and_agent_tickets_each_with_the_right_token_and_cached() {
    let server = corp(None).await;
    let r = rig(&server.uri());
    let corp_t = r
        .creds
        .ticket(&r.profile, TicketKind::Jsapi, &agent(AGENT_A))
        .await
        .unwrap();
    assert_eq!(corp_t.ticket.reveal(), CORP_TICKET);
    assert_eq!(corp_t.expires_in, 7200);
    let a = r
        .creds
        .ticket(&r.profile, TicketKind::AgentConfig, &agent(AGENT_A))
        .await
        .unwrap();
    assert_eq!(a.ticket.reveal(), AGENT_TICKET_A);
    assert!(!a.from_cache);
    // Another app: its own token, its own agent ticket; the corp ticket is the corp's.
    let b = r
        .creds
        .ticket(&r.profile, TicketKind::AgentConfig, &agent(AGENT_B))
        .await
        .unwrap();
    assert_eq!(b.ticket.reveal(), AGENT_TICKET_B);
    let corp_again = r
        .creds
        .ticket(&r.profile, TicketKind::Jsapi, &agent(AGENT_B))
        .await
        .unwrap();
    assert!(corp_again.from_cache);
    assert!(
        r.creds
            .ticket(&r.profile, TicketKind::AgentConfig, &agent(AGENT_A))
            .await
            .unwrap()
            .from_cache
    );
    assert_eq!(calls(&server, CORP_TICKET_PATH).await, 1);
    assert_eq!(calls(&server, AGENT_TICKET_PATH).await, 2);
    assert_eq!(calls(&server, GETTOKEN).await, 2);
    assert_eq!(
        r.creds.ticket_fetches(CORP_ID, AGENT_A).await.unwrap(),
        (3, 2)
    );
    // WeCom has no card ticket.
    let e = r
        .creds
        .ticket(&r.profile, TicketKind::WxCard, &agent(AGENT_A))
        .await
        .unwrap_err();
    assert!(e.to_string().contains("agent_config"), "{e}");
}

#[tokio::test]
async fn the_cache_survives_a_restart() {
    let server = corp(None).await;
    let store: Arc<dyn SecretStore> = Arc::new(MemoryStore::default());
    let first = rig_with(&server.uri(), Arc::clone(&store));
    first
        .creds
        .ticket(&first.profile, TicketKind::AgentConfig, &agent(AGENT_B))
        .await
        .unwrap();
    let second = rig_with(&server.uri(), store);
    let t = second
        .creds
        .ticket(&second.profile, TicketKind::AgentConfig, &agent(AGENT_B))
        .await
        .unwrap();
    assert!(t.from_cache);
    assert_eq!(calls(&server, AGENT_TICKET_PATH).await, 1);
}

#[tokio::test]
async fn another_apps_token_gets_42012_naming_the_app() {
    let server = corp(None).await;
    let r = rig(&server.uri());
    // The secret stored for app B is in fact the contacts-sync secret.
    r.secrets
        .set_persistent(
            &app_account(CORP_ID, AGENT_B),
            &Secret::new(CONTACTS_SECRET),
        )
        .unwrap();
    let e = r
        .creds
        .ticket(&r.profile, TicketKind::AgentConfig, &agent(AGENT_B))
        .await
        .unwrap_err();
    assert_eq!(e.errcode(), Some(42012));
    let rep = e.report();
    assert!(
        rep.meaning(Lang::En).contains("another app's token"),
        "{}",
        rep.meaning(Lang::En)
    );
    assert!(
        rep.fix(Lang::En)
            .contains("app 1000003 needs the token of app 1000003")
            && rep.fix(Lang::En).contains("--agent-id 1000003"),
        "{}",
        rep.fix(Lang::En)
    );
    assert!(rep.fix(Lang::Zh).contains("应用 1000003"));
    assert!(
        rep.errmsg.contains("devtool/query?e=42012"),
        "{}",
        rep.errmsg
    );
}

#[tokio::test]
async fn a_wrong_secret_is_40001_with_the_wecom_meaning() {
    let server = corp(None).await;
    let r = rig(&server.uri());
    r.secrets
        .set_persistent(&app_account(CORP_ID, AGENT_A), &Secret::new("typo-secret"))
        .unwrap();
    let e = r
        .creds
        .token(&r.profile, &agent(AGENT_A))
        .await
        .unwrap_err();
    let rep = e.report();
    assert_eq!(rep.errcode, Some(40001));
    assert!(
        rep.meaning(Lang::En).contains("invalid secret"),
        "{}",
        rep.meaning(Lang::En)
    );
    assert!(
        rep.fix(Lang::En)
            .contains("secret set --profile NAME --agent-id")
    );
    assert!(e.to_string().contains("WeCom errcode 40001"), "{e}");
    // No secret at all: the app is named.
    let none = rig(&server.uri());
    none.secrets.delete(&app_account(CORP_ID, AGENT_B)).unwrap();
    let e = none
        .creds
        .token(&none.profile, &agent(AGENT_B))
        .await
        .unwrap_err();
    assert!(
        matches!(
            e,
            ClientError::NoAppSecret {
                agent_id: AGENT_B,
                ..
            }
        ),
        "{e:?}"
    );
    assert!(e.to_string().contains("--agent-id 1000003"));
    // An agentid the profile does not have.
    let e = none
        .creds
        .token(&none.profile, &agent(42))
        .await
        .unwrap_err();
    assert!(e.to_string().contains("no app with agentid 42"), "{e}");
}

#[tokio::test]
async fn untrusted_ip_60020_shows_the_ip_and_the_way_around() {
    let server = failing(60020, "not allow to access from your ip").await;
    let r = rig(&server.uri());
    let e = r
        .creds
        .ticket(&r.profile, TicketKind::Jsapi, &agent(AGENT_A))
        .await
        .unwrap_err();
    let rep = e.report();
    assert_eq!(rep.errcode, Some(60020));
    assert!(
        rep.fix(Lang::En).contains(CALLER_IP),
        "{}",
        rep.fix(Lang::En)
    );
    assert!(rep.fix(Lang::En).contains("企业可信IP"));
    assert!(
        rep.fix(Lang::En).contains("pasted or Redis ticket"),
        "{}",
        rep.fix(Lang::En)
    );
    assert!(rep.fix(Lang::Zh).contains(CALLER_IP) && rep.fix(Lang::Zh).contains("粘贴"));
    assert!(rep.errmsg.contains("devtool/query?e=60020"));
}

#[tokio::test]
async fn quota_45009_and_warnings_before_it() {
    let server = failing(45009, "api freq out of limit").await;
    let r = rig(&server.uri());
    let rep = r
        .creds
        .token(&r.profile, &agent(AGENT_A))
        .await
        .unwrap_err()
        .report();
    assert_eq!(rep.errcode, Some(45009));
    assert!(
        rep.meaning(Lang::En).contains("400 an hour per corp"),
        "{}",
        rep.meaning(Lang::En)
    );

    // 299 fetches already this hour (seeded in the cache): the next one warns.
    let server = corp(None).await;
    let store: Arc<dyn SecretStore> = Arc::new(MemoryStore::default());
    let cache = CredentialCache::new(Arc::clone(&store));
    let now = chrono::Utc::now().timestamp();
    for _ in 0..299 {
        cache.record_fetch(&quota_key(CORP_ID), now - 60);
    }
    let r = rig_with(&server.uri(), store);
    let t = r
        .creds
        .ticket(&r.profile, TicketKind::Jsapi, &agent(AGENT_A))
        .await
        .unwrap();
    assert_eq!(t.warnings.len(), 1, "{:?}", t.warnings);
    assert!(
        t.warnings[0].get(Lang::En).contains("300 of the 400"),
        "{}",
        t.warnings[0].get(Lang::En)
    );
}

#[tokio::test]
async fn a_slow_reply_times_out_with_the_profiles_timeout() {
    let server = corp(Some(Duration::from_secs(3))).await;
    let mut r = rig(&server.uri());
    r.profile.timeouts = Timeouts {
        connect_ms: 200,
        total_ms: 200,
    };
    let e = r
        .creds
        .token(&r.profile, &agent(AGENT_A))
        .await
        .unwrap_err();
    assert!(e.to_string().contains("no answer within 200 ms"), "{e}");
    assert_eq!(
        calls(&server, GETTOKEN).await,
        1,
        "a timeout is not retried"
    );
}

/// A pasted source keeps one entry per ticket kind: the corp ticket and each app's agent
/// ticket; WeCom is never called.
#[tokio::test]
async fn pasted_tickets_one_entry_per_kind() {
    use wxsign::pasted_source::{self, PastedTicket};
    use wxsign::profile::TicketSource;
    use wxsign::wechat::TicketOrigin;

    let server = corp(None).await;
    let mut r = rig(&server.uri());
    r.profile.ticket_source = TicketSource::Pasted;
    let now = chrono::Utc::now().timestamp();
    let corp_t = PastedTicket::new(&Secret::new("PASTED_CORP"), now, Some(3000)).unwrap();
    let agent_t = PastedTicket::new(&Secret::new("PASTED_AGENT_A"), now, None).unwrap();
    let account_a =
        pasted_source::account(&r.profile, TicketKind::AgentConfig, Some(AGENT_A)).unwrap();
    assert_eq!(account_a, app_account(CORP_ID, AGENT_A));
    pasted_source::save(&r.secrets, CORP_ID, &corp_t, false).unwrap();
    pasted_source::save(&r.secrets, &account_a, &agent_t, false).unwrap();
    let c = r
        .creds
        .ticket(&r.profile, TicketKind::Jsapi, &agent(AGENT_B))
        .await
        .unwrap();
    assert_eq!(
        (c.ticket.reveal(), c.kind),
        ("PASTED_CORP", TicketKind::Jsapi)
    );
    assert!(matches!(
        c.origin,
        TicketOrigin::Pasted {
            estimated: false,
            ..
        }
    ));
    let a = r
        .creds
        .ticket(&r.profile, TicketKind::AgentConfig, &agent(AGENT_A))
        .await
        .unwrap();
    assert_eq!(
        (a.ticket.reveal(), a.kind),
        ("PASTED_AGENT_A", TicketKind::AgentConfig)
    );
    // App B has no pasted agent ticket: said, with the command that pastes one.
    let e = r
        .creds
        .ticket(&r.profile, TicketKind::AgentConfig, &agent(AGENT_B))
        .await
        .unwrap_err();
    assert!(
        e.to_string().contains("secret set --profile corp --ticket"),
        "{e}"
    );
    assert!(
        server
            .received_requests()
            .await
            .unwrap_or_default()
            .is_empty()
    );
}

/// A Redis source keeps one key per ticket kind: the corp ticket's and each app's agent
/// ticket's; WeCom is never called.
#[tokio::test]
async fn redis_tickets_one_key_per_kind() {
    use wxsign::profile::{RedisSettings, TicketSource};
    use wxsign::wechat::TicketOrigin;

    let Some(redis) = crate::cli::redis::server::start(None) else {
        return;
    };
    redis.set("wecom:corp_ticket", "REDIS_CORP", Some(5000));
    redis.set(
        "wecom:agent:1000002",
        r#"{"ticket":"REDIS_AGENT_A","expires_in":7200}"#,
        Some(4000),
    );
    let server = corp(None).await;
    let mut r = rig(&server.uri());
    let mut settings = RedisSettings {
        url: redis.url(),
        ticket_key: "wecom:corp_ticket".into(),
        ..RedisSettings::default()
    };
    settings
        .agent_ticket_keys
        .insert(AGENT_A.to_string(), "wecom:agent:1000002".into());
    settings.validate().unwrap();
    r.profile.ticket_source = TicketSource::Redis(Box::new(settings.clone()));
    // Raw for the corp key; the agent key holds JSON here, so read it as json:ticket.
    let c = r
        .creds
        .ticket(&r.profile, TicketKind::Jsapi, &agent(AGENT_A))
        .await
        .unwrap();
    assert_eq!(c.ticket.reveal(), "REDIS_CORP");
    assert!(matches!(&c.origin, TicketOrigin::Redis { key, .. } if key == "wecom:corp_ticket"));
    settings.format = "json:ticket".parse().unwrap();
    r.profile.ticket_source = TicketSource::Redis(Box::new(settings));
    let a = r
        .creds
        .ticket(&r.profile, TicketKind::AgentConfig, &agent(AGENT_A))
        .await
        .unwrap();
    assert_eq!(
        (a.ticket.reveal(), a.kind),
        ("REDIS_AGENT_A", TicketKind::AgentConfig)
    );
    assert!(matches!(&a.origin, TicketOrigin::Redis { key, .. } if key == "wecom:agent:1000002"));
    let e = r
        .creds
        .ticket(&r.profile, TicketKind::AgentConfig, &agent(AGENT_B))
        .await
        .unwrap_err();
    assert!(
        e.to_string()
            .contains("--redis-agent-ticket-key 1000003=KEY"),
        "{e}"
    );
    assert!(
        server
            .received_requests()
            .await
            .unwrap_or_default()
            .is_empty()
    );
}

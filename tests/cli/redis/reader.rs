//! The reader against a real server: each value format, expiry, a password, and every error
//! the issue names. Also the proof that a read writes nothing.

use wxsign::core::stored::{ExpirySource, KeyTtl};
use wxsign::core::text::Lang;
use wxsign::i18n::Render;
use wxsign::profile::RedisSettings;
use wxsign::profile::Timeouts;
use wxsign::redis_source::{self, RedisSourceError, Which};
use wxsign::secret::Secret;
use wxsign::secrets::{MemoryStore, SecretStore};

use super::server::{RedisServer, start};
use crate::cli::support::TICKET;

const NOW: i64 = 1_700_000_100;

fn settings(server: &RedisServer, key: &str, format: &str) -> RedisSettings {
    RedisSettings {
        url: server.url(),
        ticket_key: key.to_owned(),
        token_key: None,
        format: format.parse().unwrap(),
        token_format: None,
        agent_ticket_keys: Default::default(),
    }
}

async fn read(
    s: &RedisSettings,
    which: Which,
    pw: Option<&str>,
) -> Result<redis_source::RedisRead, RedisSourceError> {
    let pw = pw.map(Secret::new);
    redis_source::read(s, which, pw.as_ref(), Timeouts::default(), NOW).await
}

#[tokio::test]
async fn each_format_reads_the_ticket_and_its_expiry() {
    let Some(server) = start(None) else { return };
    server.set("raw", TICKET, Some(5000));
    server.set(
        "json",
        &format!(r#"{{"errcode":0,"errmsg":"ok","ticket":"{TICKET}","expires_in":7200}}"#),
        Some(4000),
    );
    server.set(
        "py",
        &format!("{{'ticket': '{TICKET}', 'expires_in': 7200, 'update_time': 1699999000.5}}"),
        None,
    );
    server.set("persistent", TICKET, None);

    let r = read(&settings(&server, "raw", "raw"), Which::Ticket, None)
        .await
        .unwrap();
    assert_eq!(r.value.reveal(), TICKET);
    assert_eq!(r.expiry.source, ExpirySource::KeyTtl);
    // TTL counts down while the test runs; the range leaves room for a slow machine.
    assert!(matches!(r.expiry.remaining, Some(4000..=5000)), "{r:?}");

    let r = read(
        &settings(&server, "json", "json:ticket"),
        Which::Ticket,
        None,
    )
    .await
    .unwrap();
    assert_eq!(r.value.reveal(), TICKET);
    assert_eq!(r.expiry.source, ExpirySource::KeyTtl);
    assert!(matches!(r.expiry.remaining, Some(3000..=4000)), "{r:?}");

    // update_time + expires_in = 1700006200.5; seen from NOW that is 6100 s whatever the TTL.
    let r = read(
        &settings(&server, "py", "pydict:ticket"),
        Which::Ticket,
        None,
    )
    .await
    .unwrap();
    assert_eq!(r.value.reveal(), TICKET);
    assert_eq!(r.expiry.source, ExpirySource::Value);
    assert_eq!(r.expiry.remaining, Some(6100));

    let r = read(&settings(&server, "persistent", "raw"), Which::Ticket, None)
        .await
        .unwrap();
    assert_eq!(r.expiry.source, ExpirySource::Unknown);
    assert_eq!(r.expiry.remaining, None);
}

#[tokio::test]
async fn token_key_uses_the_ticket_layout_with_access_token() {
    let Some(server) = start(None) else { return };
    server.set(
        "tok",
        &format!("{{'access_token': 'TOKEN-{TICKET}', 'expires_in': 7200}}"),
        Some(300),
    );
    let mut s = settings(&server, "tick", "pydict:ticket");
    assert!(matches!(
        read(&s, Which::Token, None).await,
        Err(RedisSourceError::NoTokenKey)
    ));
    s.token_key = Some("tok".into());
    let r = read(&s, Which::Token, None).await.unwrap();
    assert_eq!(r.value.reveal(), format!("TOKEN-{TICKET}"));
    assert_eq!(r.key, "tok");
}

#[tokio::test]
async fn db_from_the_url_is_selected() {
    let Some(server) = start(None) else { return };
    server.cli(&["-n", "3", "SET", "k", "in-db-3"]);
    let mut s = settings(&server, "k", "raw");
    assert!(matches!(
        read(&s, Which::Ticket, None).await,
        Err(RedisSourceError::MissingKey { db: 0, .. })
    ));
    s.url = format!("{}/3", server.url());
    let r = read(&s, Which::Ticket, None).await.unwrap();
    assert_eq!(r.value.reveal(), "in-db-3");
}

#[tokio::test]
async fn password_protected_server() {
    let Some(server) = start(Some("s3cret-redis-pw")) else {
        return;
    };
    server.set("t", TICKET, Some(100));
    let s = settings(&server, "t", "raw");

    let e = read(&s, Which::Ticket, None).await.unwrap_err();
    assert!(matches!(e, RedisSourceError::NoPassword { .. }), "{e:?}");
    assert!(e.to_string().contains("--redis"), "{e}");

    let e = read(&s, Which::Ticket, Some("wrong")).await.unwrap_err();
    assert!(matches!(e, RedisSourceError::AuthFailed { .. }), "{e:?}");
    assert!(!e.to_string().contains("wrong"), "{e}");
    assert!(!format!("{e:?}").contains("s3cret"), "{e:?}");

    // The keyring path: the password stored under the appId.
    let store = MemoryStore::default();
    assert_eq!(redis_source::password(&store, "wx1").unwrap(), None);
    store
        .set(
            redis_source::PASSWORD_SERVICE,
            "wx1",
            &Secret::new("s3cret-redis-pw"),
        )
        .unwrap();
    let pw = redis_source::password(&store, "wx1").unwrap();
    let r = redis_source::read(&s, Which::Ticket, pw.as_ref(), Timeouts::default(), NOW)
        .await
        .unwrap();
    assert_eq!(r.value.reveal(), TICKET);
}

#[tokio::test]
async fn missing_key_wrong_type_and_unknown_format() {
    let Some(server) = start(None) else { return };
    let e = read(&settings(&server, "nope", "raw"), Which::Ticket, None)
        .await
        .unwrap_err();
    assert!(
        e.to_string()
            .contains("the key 'nope' does not exist in Redis db 0"),
        "{e}"
    );

    server.cli(&["RPUSH", "list", TICKET]);
    let e = read(&settings(&server, "list", "raw"), Which::Ticket, None)
        .await
        .unwrap_err();
    assert!(
        matches!(&e, RedisSourceError::WrongType { found, .. } if found == "list"),
        "{e:?}"
    );

    server.set(
        "pickled",
        &format!("{{'ticket': <object at 0x7f>, 'v': '{TICKET}'}}"),
        None,
    );
    let e = read(
        &settings(&server, "pickled", "pydict:ticket"),
        Which::Ticket,
        None,
    )
    .await
    .unwrap_err();
    let msg = e.to_string();
    assert!(msg.contains("is not a Python dict"), "{msg}");
    assert!(msg.contains("sM4AOV… (86 chars)"), "{msg}");
    assert!(!msg.contains(&TICKET[..12]), "{msg}");
    assert!(!e.text().get(Lang::Zh).contains(&TICKET[..12]));

    server.set("j", &format!(r#"{{"ticket":"{TICKET}"}}"#), None);
    let e = read(&settings(&server, "j", "raw"), Which::Ticket, None)
        .await
        .unwrap_err();
    assert!(
        e.to_string().contains("set the format to json:ticket"),
        "{e}"
    );
}

#[tokio::test]
async fn connection_refused_names_the_address() {
    // A port nobody listens on: bound, then released.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let s = RedisSettings {
        url: format!("redis://127.0.0.1:{port}"),
        ticket_key: "t".into(),
        ..RedisSettings::default()
    };
    let e = read(&s, Which::Ticket, None).await.unwrap_err();
    assert!(matches!(e, RedisSourceError::Refused { .. }), "{e:?}");
    assert!(e.to_string().contains(&format!("127.0.0.1:{port}")), "{e}");

    let bad = RedisSettings {
        url: format!("redis://:pw@127.0.0.1:{port}"),
        ..s
    };
    let e = read(&bad, Which::Ticket, None).await.unwrap_err();
    assert!(matches!(e, RedisSourceError::BadSettings(_)), "{e:?}");
}

#[tokio::test]
async fn probe_reports_the_keys_without_reading_them() {
    let Some(server) = start(Some("pw")) else {
        return;
    };
    server.set("t", TICKET, Some(700));
    server.set("agent:2", TICKET, None);
    let mut s = settings(&server, "t", "raw");
    s.token_key = Some("absent".into());
    // WeCom: each app's agent ticket key is looked at too.
    s.agent_ticket_keys
        .insert("1000002".into(), "agent:2".into());
    s.agent_ticket_keys
        .insert("1000003".into(), "agent:3".into());
    let pw = Secret::new("pw");
    let p = redis_source::probe(&s, Some(&pw), Timeouts::default())
        .await
        .unwrap();
    assert_eq!(p.addr, format!("127.0.0.1:{}", server.port));
    assert_eq!(p.ticket.kind, "string");
    assert!(matches!(p.ticket.ttl, Some(KeyTtl::Seconds(400..=700))));
    let token = p.token.unwrap();
    assert_eq!((token.kind.as_str(), token.ttl), ("none", None));
    let agents: Vec<(&str, &str, Option<KeyTtl>)> = p
        .agent_tickets
        .iter()
        .map(|k| (k.key.as_str(), k.kind.as_str(), k.ttl))
        .collect();
    assert_eq!(
        agents,
        [
            ("agent:2", "string", Some(KeyTtl::Persistent)),
            ("agent:3", "none", None)
        ]
    );
    assert!(matches!(
        redis_source::probe(&s, None, Timeouts::default()).await,
        Err(RedisSourceError::NoPassword { .. })
    ));
}

/// Read-only proof: the server's own counters. `rdb_changes_since_last_save` counts every write
/// since start; `INFO commandstats` lists every command run since `CONFIG RESETSTAT`.
#[tokio::test]
async fn reading_writes_nothing_and_runs_only_read_commands() {
    let Some(server) = start(Some("pw")) else {
        return;
    };
    server.cli(&["-n", "2", "SET", "t", TICKET]);
    server.cli(&["-n", "2", "SET", "tok", "{\"access_token\": \"abc\"}"]);
    let writes_before = server.info_field("persistence", "rdb_changes_since_last_save");
    let keys_before = server.info_field("keyspace", "db2");
    server.cli(&["CONFIG", "RESETSTAT"]);

    let mut s = settings(&server, "t", "raw");
    s.url = format!("{}/2", server.url());
    s.token_key = Some("tok".into());
    s.token_format = Some("json:access_token".parse().unwrap());
    s.agent_ticket_keys.insert("1000002".into(), "t".into());
    let pw = Secret::new("pw");
    redis_source::read(&s, Which::Ticket, Some(&pw), Timeouts::default(), NOW)
        .await
        .unwrap();
    redis_source::read(&s, Which::Token, Some(&pw), Timeouts::default(), NOW)
        .await
        .unwrap();
    redis_source::probe(&s, Some(&pw), Timeouts::default())
        .await
        .unwrap();
    // A failing read too: a wrong format must not make it try anything else.
    s.format = "json:ticket".parse().unwrap();
    assert!(
        redis_source::read(&s, Which::Ticket, Some(&pw), Timeouts::default(), NOW)
            .await
            .is_err()
    );

    assert_eq!(
        server.info_field("persistence", "rdb_changes_since_last_save"),
        writes_before
    );
    assert_eq!(server.info_field("keyspace", "db2"), keys_before);
    let allowed = [
        "auth",
        "exists",
        "get",
        "select",
        "ttl",
        "type", // wxsign
        "config|resetstat",
        "info", // this test's own redis-cli calls
    ];
    let run = server.commands_run();
    for c in &run {
        assert!(
            allowed.contains(&c.as_str()),
            "a non-read command ran: {c} (all: {run:?})"
        );
    }
    for c in ["auth", "select", "get", "ttl", "type", "exists"] {
        assert!(run.iter().any(|r| r == c), "{c} did not run: {run:?}");
    }
}

/// Through `Credentials`, as the CLI and the worker use it: no appSecret needed, the origin
/// says Redis, and the Log panel gets one row per read without the value.
#[tokio::test]
async fn credentials_use_the_profile_s_redis_source() {
    use std::sync::{Arc, Mutex};
    use wxsign::cache::CredentialCache;
    use wxsign::profile::Profile;
    use wxsign::profile::TicketSource;
    use wxsign::secrets::{Secrets, StoreHealth};
    use wxsign::wechat::TicketOrigin;
    use wxsign::wechat::{ClientError, Credentials, FetchOptions, LogEntry, TicketKind};

    let Some(server) = start(None) else { return };
    server.set(
        "t",
        &format!(r#"{{"ticket":"{TICKET}","expires_in":7200,"update_time":{NOW}}}"#),
        None,
    );
    let store: Arc<dyn SecretStore> = Arc::new(MemoryStore::default());
    let secrets = Arc::new(Secrets::new(
        Arc::clone(&store),
        StoreHealth::MemoryByRequest,
        None,
    ));
    let logs: Arc<Mutex<Vec<LogEntry>>> = Arc::default();
    let sink = Arc::clone(&logs);
    let creds = Credentials::new(
        secrets,
        Arc::new(CredentialCache::new(store)),
        Arc::new(move |e| sink.lock().unwrap().push(e)),
    )
    .with_clock(Arc::new(|| NOW + 200));
    let mut profile = Profile::new("prod", "wx0123456789abcdef");
    profile.ticket_source = TicketSource::Redis(Box::new(settings(&server, "t", "json:ticket")));

    let t = creds
        .ticket(&profile, TicketKind::Jsapi, &FetchOptions::default())
        .await
        .unwrap();
    assert_eq!(t.ticket.reveal(), TICKET);
    assert_eq!(t.expires_in, 7000);
    assert_eq!(
        t.origin,
        TicketOrigin::Redis {
            key: "t".into(),
            expiry: ExpirySource::Value
        }
    );
    let logs = logs.lock().unwrap().clone();
    assert_eq!(logs.len(), 1, "{logs:?}");
    assert_eq!(
        (logs[0].method, logs[0].endpoint.as_str()),
        ("REDIS", "GET t")
    );
    assert_eq!(logs[0].outcome, "ok, 7000 s left");
    assert!(!logs[0].line().contains(&TICKET[..12]));

    // No token key: the token still comes from WeChat, which needs an appSecret.
    assert!(matches!(
        creds.token(&profile, &FetchOptions::default()).await,
        Err(ClientError::NoSecret { .. })
    ));
    let only_jsapi = creds
        .ticket(&profile, TicketKind::WxCard, &FetchOptions::default())
        .await
        .expect_err("Redis holds the jsapi ticket only");
    assert_eq!(only_jsapi, ClientError::from(RedisSourceError::OnlyJsapi));
    // The client reports the source's own words: message, meaning and fix.
    let report = only_jsapi.report();
    assert!(
        report
            .errmsg
            .starts_with("the Redis source holds the jsapi ticket only")
    );
    assert_eq!(
        report.meaning(Lang::En),
        "the Redis source cannot provide this"
    );
    assert_eq!(
        report.fix(Lang::En),
        "fetch wx_card tickets from a profile whose ticket source is the WeChat API"
    );
    assert!(
        only_jsapi
            .message()
            .get(Lang::Zh)
            .starts_with("Redis 来源只提供 jsapi 票据")
    );
}

//! `Credentials::ticket_candidates` over the four sources: the current ticket from wherever the
//! profile's tickets come from, then the older ones the cache holds for exactly that ticket
//! kind and account (each WeCom app its own), newest first, never the current one twice.
//!
//! Only the API sources write the cache. So a pasted profile is offered the tickets its appId
//! (or app) was fetched with earlier, if any — real older tickets of that account, which a
//! server may still sign with — but a replaced paste is no history; a Redis profile has none of
//! its own, since what Redis holds is read as it is and never cached here.

use super::*;
use wxsign::core::verify::{TicketCandidate, TicketOrigin};

/// A ticket in the cache: (entry, kind, value, fetched this many seconds ago). Listed oldest
/// first; an age past 6900 s is no longer fresh, so the API fetches a new one over it.
type Held = (&'static str, TicketKind, &'static str, i64);

struct Row {
    name: &'static str,
    platform: Platform,
    from: Via,
    pasted: Seed,
    cache: &'static [Held],
    kind: TicketKind,
    agent_id: Option<u64>,
    /// (ticket, origin) in the order the verifier tries them, or part of the error.
    want: Result<&'static [(&'static str, &'static str)], &'static str>,
}

fn rows() -> Vec<Row> {
    use Platform::*;
    use TicketKind::*;
    use Via::*;
    const OA_HISTORY: &[Held] = &[
        (OA_ID, Jsapi, "OLD_1", 9000),
        (OA_ID, Jsapi, "OLD_2", 7100),
        (OA_ID, WxCard, "CARD", 100),
    ];
    const APP_HISTORY: &[Held] = &[
        (AGENT_A_ENTRY, AgentConfig, "OLD_A_1", 9000),
        (AGENT_A_ENTRY, AgentConfig, "OLD_A_2", 7100),
        (CORP_ID, Jsapi, "OLD_CORP", 9000),
    ];
    let row = |name, platform, from, pasted, cache, kind, agent_id, want| Row {
        name,
        platform,
        from,
        pasted,
        cache,
        kind,
        agent_id,
        want,
    };
    vec![
        row(
            "oa api: fetched, then the cache's older tickets, then its card ticket",
            Oa,
            Api,
            Seed::Nothing,
            OA_HISTORY,
            Jsapi,
            None,
            Ok(&[
                (oa::TICKET, "current"),
                ("OLD_2", "stale"),
                ("OLD_1", "stale"),
                ("CARD", "wx_card"),
            ]),
        ),
        row(
            "oa api: the cached current ticket is not tried twice",
            Oa,
            Api,
            Seed::Nothing,
            &[(OA_ID, Jsapi, "OLD_1", 9000), (OA_ID, Jsapi, "NOW", 100)],
            Jsapi,
            None,
            Ok(&[("NOW", "current"), ("OLD_1", "stale")]),
        ),
        row(
            "oa pasted: the tickets the appId was fetched with before",
            Oa,
            Pasted,
            Seed::Pasted(&[(OA_ID, "PASTED_OA", 60)]),
            OA_HISTORY,
            Jsapi,
            None,
            Ok(&[
                ("PASTED_OA", "current"),
                ("OLD_2", "stale"),
                ("OLD_1", "stale"),
                ("CARD", "wx_card"),
            ]),
        ),
        row(
            "oa pasted: nothing fetched before",
            Oa,
            Pasted,
            Seed::Pasted(&[(OA_ID, "PASTED_OA", 60)]),
            &[],
            Jsapi,
            None,
            Ok(&[("PASTED_OA", "current")]),
        ),
        row(
            "oa pasted: no current ticket, no candidates",
            Oa,
            Pasted,
            Seed::Nothing,
            OA_HISTORY,
            Jsapi,
            None,
            Err("none is stored"),
        ),
        row(
            "oa redis: none older",
            Oa,
            Redis,
            Seed::Nothing,
            &[],
            Jsapi,
            None,
            Ok(&[("REDIS_OA", "current")]),
        ),
        row(
            "wecom api: the corp ticket's own history, no card ticket, no app's",
            Wecom,
            Api,
            Seed::Nothing,
            APP_HISTORY,
            Jsapi,
            None,
            Ok(&[(wecom::CORP_TICKET, "current"), ("OLD_CORP", "stale")]),
        ),
        row(
            "wecom api: app A's older agent tickets",
            Wecom,
            Api,
            Seed::Nothing,
            APP_HISTORY,
            AgentConfig,
            Some(AGENT_A),
            Ok(&[
                (wecom::AGENT_TICKET_A, "current"),
                ("OLD_A_2", "stale"),
                ("OLD_A_1", "stale"),
            ]),
        ),
        row(
            "wecom api: app A's history never shows for app B",
            Wecom,
            Api,
            Seed::Nothing,
            APP_HISTORY,
            AgentConfig,
            Some(AGENT_B),
            Ok(&[(wecom::AGENT_TICKET_B, "current")]),
        ),
        row(
            "wecom pasted: app B's paste, then what app B was fetched with before",
            Wecom,
            Pasted,
            Seed::Pasted(&[(AGENT_B_ENTRY, "PASTED_B", 60)]),
            &[
                (AGENT_B_ENTRY, AgentConfig, "OLD_B", 9000),
                (AGENT_A_ENTRY, AgentConfig, "OLD_A_1", 9000),
            ],
            AgentConfig,
            Some(AGENT_B),
            Ok(&[("PASTED_B", "current"), ("OLD_B", "stale")]),
        ),
        row(
            "wecom redis: app A's agent ticket, none older",
            Wecom,
            Redis,
            Seed::Nothing,
            &[],
            AgentConfig,
            Some(AGENT_A),
            Ok(&[("REDIS_AGENT_A", "current")]),
        ),
    ]
}

fn origin(o: &TicketOrigin) -> &'static str {
    match o {
        TicketOrigin::Current => "current",
        TicketOrigin::Stale {
            fetched_at: Some(_),
        } => "stale",
        TicketOrigin::WxCard => "wx_card",
        other => panic!("unexpected origin {other:?}"),
    }
}

fn credentials(store: &Arc<MemoryStore>) -> Credentials {
    Credentials::new(
        Arc::new(Secrets::new(
            store.clone(),
            StoreHealth::MemoryByRequest,
            None,
        )),
        Arc::new(CredentialCache::new(store.clone() as Arc<dyn SecretStore>)),
        no_log(),
    )
}

fn ask(
    rt: &tokio::runtime::Runtime,
    r: &Rig,
    kind: TicketKind,
    agent_id: Option<u64>,
) -> Result<Vec<(String, &'static str)>, String> {
    let opts = FetchOptions {
        agent_id,
        ..FetchOptions::default()
    };
    rt.block_on(credentials(&r.store).ticket_candidates(&r.profile, kind, &opts))
        .map(|c: Vec<TicketCandidate>| {
            c.iter()
                .map(|c| (c.ticket.reveal().to_owned(), origin(&c.origin)))
                .collect()
        })
        .map_err(|e| error_text(&e.report()))
}

fn redis_with_tickets() -> Option<crate::cli::redis::server::RedisServer> {
    let r = crate::cli::redis::server::start(None)?;
    r.set("wx:ticket", "REDIS_OA", Some(5000));
    r.set("wecom:corp", "{'ticket': 'REDIS_CORP'}", Some(5000));
    let now = chrono::Utc::now().timestamp();
    r.set(
        "wecom:agent:1000002",
        &format!("{{'ticket': 'REDIS_AGENT_A', 'expires_in': 7200, 'update_time': {now}}}"),
        None,
    );
    Some(r)
}

#[test]
fn every_source_gives_the_current_ticket_then_the_cached_older_ones() {
    let rt = runtime();
    let redis = redis_with_tickets();
    for row in rows() {
        if matches!(row.from, Via::Redis) && redis.is_none() {
            continue;
        }
        let r = rig_for(&rt, (row.platform, row.from), row.pasted, redis.as_ref());
        let cache = CredentialCache::new(r.store.clone() as Arc<dyn SecretStore>);
        let now = chrono::Utc::now().timestamp();
        for (entry, kind, value, age) in row.cache {
            cache.put_ticket(
                entry,
                *kind,
                Cached {
                    value: Secret::new(*value),
                    fetched_at: now - age,
                    expires_in: 7200,
                    endpoint: "getticket".into(),
                    api_base: r.server.uri(),
                },
            );
        }
        let got = ask(&rt, &r, row.kind, row.agent_id);
        match (row.want, got) {
            (Ok(want), Ok(got)) => {
                let got: Vec<(&str, &str)> = got.iter().map(|(t, o)| (t.as_str(), *o)).collect();
                assert_eq!(got, want, "{}", row.name);
            }
            (Err(part), Err(text)) => assert!(text.contains(part), "{}: {text}", row.name),
            (want, got) => panic!("{}: wanted {want:?}, got {got:?}", row.name),
        }
    }
}

/// What Redis answered is never kept here: after the backend's ticket changed, the one read
/// before is not offered as an older ticket (the backend's own history is not ours to guess).
#[test]
fn a_redis_ticket_read_before_is_no_candidate() {
    let Some(redis) = redis_with_tickets() else {
        return;
    };
    let rt = runtime();
    let r = rig_for(&rt, (Platform::Oa, Via::Redis), Seed::Nothing, Some(&redis));
    let first = ask(&rt, &r, TicketKind::Jsapi, None).unwrap();
    assert_eq!(first, [("REDIS_OA".to_owned(), "current")]);
    redis.set("wx:ticket", "REDIS_OA_NEXT", Some(5000));
    let next = ask(&rt, &r, TicketKind::Jsapi, None).unwrap();
    assert_eq!(next, [("REDIS_OA_NEXT".to_owned(), "current")]);
}

/// A replaced paste is no history either: only the API's answers are cached.
#[test]
fn a_replaced_paste_is_no_candidate() {
    let rt = runtime();
    let r = rig_for(
        &rt,
        (Platform::Wecom, Via::Pasted),
        Seed::Pasted(&[(AGENT_A_ENTRY, "PASTED_A", 60)]),
        None,
    );
    let first = ask(&rt, &r, TicketKind::AgentConfig, Some(AGENT_A)).unwrap();
    assert_eq!(first, [("PASTED_A".to_owned(), "current")]);
    let secrets = Secrets::new(r.store.clone(), StoreHealth::MemoryByRequest, None);
    let now = chrono::Utc::now().timestamp();
    let t = PastedTicket::new(&Secret::new("PASTED_A_NEXT"), now, None).unwrap();
    pasted_source::save(&secrets, AGENT_A_ENTRY, &t, false).unwrap();
    let next = ask(&rt, &r, TicketKind::AgentConfig, Some(AGENT_A)).unwrap();
    assert_eq!(next, [("PASTED_A_NEXT".to_owned(), "current")]);
}

//! The Batch panel with a WeCom profile: the agent tickets the window holds go to the run, a
//! local signing endpoint's replies with both triplets get both verified, each call's verdict
//! has its column, and a row opens in Verify with both calls.

use egui_kittest::kittest::Queryable as _;
use wiremock::matchers::{method, path};
use wiremock::{Mock, Request, Respond, ResponseTemplate};

use crate::support;
use std::sync::Arc;

use wxsign::platform::app_account;

use crate::wecom_apps::{
    AGENT_A, AGENT_B, CORP, CORP_TICKET, signature, two_apps, two_apps_seeded,
};

/// Signs both calls with the real clock; the page path picks the mistake: `/good/` (app
/// 1000002, right), `/corp/` (agentConfig signed with the corp ticket), `/crm/` (app 1000003
/// with its own agent ticket, right), `/agentfail/` (a signature nothing reproduces).
struct Signer;

impl Respond for Signer {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let url = serde_json::from_slice::<serde_json::Value>(&req.body)
            .ok()
            .and_then(|v| v["url"].as_str().map(str::to_owned))
            .unwrap_or_default();
        let ts = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("clock")
            .as_secs()
            .to_string();
        let config = signature(CORP_TICKET, "n1", &ts, &url);
        let (agent_id, agent) = if url.contains("/corp/") {
            (1000002, signature(CORP_TICKET, "n2", &ts, &url))
        } else if url.contains("/crm/") {
            (1000003, signature(AGENT_B, "n2", &ts, &url))
        } else if url.contains("/agentfail/") {
            (1000002, "0".repeat(40))
        } else {
            (1000002, signature(AGENT_A, "n2", &ts, &url))
        };
        ResponseTemplate::new(200).set_body_json(serde_json::json!({"code": 0, "data": {
            "config": {"appId": CORP, "timestamp": ts, "nonceStr": "n1", "signature": config},
            "agentConfig": {"corpid": CORP, "agentid": agent_id, "timestamp": ts,
                            "nonceStr": "n2", "signature": agent},
        }}))
    }
}

#[test]
fn the_batch_panel_verifies_both_triplets_with_the_agent_tickets() {
    let mut on = two_apps(|_| {});
    on.rt.block_on(
        Mock::given(method("POST"))
            .and(path("/sign"))
            .respond_with(Signer)
            .mount(&on.server),
    );
    let endpoint = format!("{}/sign", on.server.uri());
    let h = &mut on.app.harness;
    support::step_until(h, "the WeCom profile", |h| {
        h.state().active_profile().is_some()
    });
    // Both apps' agent tickets: fetch with the first, then pick the second.
    h.get_by_label("Fetch ticket").click();
    support::step_until(h, "the tickets of app 1000002", |h| {
        h.state().sign.wecom.agent_ticket == AGENT_A
    });
    h.get_by_label("App").click();
    h.run();
    h.get_by_label("1000003 (crm)").click();
    h.step();
    support::step_until(h, "the agent ticket of app 1000003", |h| {
        h.state().rt.agent_ticket("corp", 1000003).is_some()
    });
    h.get_by_label("Batch").click();
    h.run();
    {
        let b = &mut h.state_mut().batch;
        b.endpoint_url = endpoint;
        b.pages_text = [
            "https://app.example.com/good/p",
            "https://app.example.com/corp/p",
            "https://app.example.com/crm/p",
            "https://app.example.com/agentfail/p",
        ]
        .join("\n");
    }
    h.run();
    h.get_by_label("Run batch").click();
    support::step_until(h, "the batch to finish", |h| {
        h.state().batch.summary.is_some()
    });
    assert!(
        h.state().batch.error.is_none(),
        "{:?}",
        h.state().batch.error
    );
    let verdicts = |part: &str| {
        let r = h
            .state()
            .batch
            .results
            .iter()
            .find(|r| r.url.contains(part))
            .cloned()
            .expect("row");
        let w = r.wecom.clone().expect("both calls");
        (r.status.as_str(), w.config_match, w.agent_config_match)
    };
    assert_eq!(verdicts("/good/"), ("pass", true, Some(true)));
    assert_eq!(verdicts("/corp/"), ("fail", true, Some(false)));
    assert_eq!(
        verdicts("/crm/"),
        ("pass", true, Some(true)),
        "app 1000003's own ticket"
    );
    assert_eq!(verdicts("/agentfail/"), ("fail", true, Some(false)));
    // A column per call, a verdict per page in each.
    h.get_by_label("wx.config");
    h.get_by_label("wx.agentConfig");
    assert_eq!(h.query_all_by_label("match").count(), 4 + 2);
    assert_eq!(h.query_all_by_label("mismatch").count(), 2);
    h.get_by_label_contains("agent_config.corp_ticket");

    // The /corp/ page in Verify: both calls, the mix-up named.
    h.get_by_label("https://app.example.com/corp/p").click();
    h.run();
    assert!(
        h.state().verify.wecom.result.is_some(),
        "Verify checked both calls"
    );
    h.get_by_label("wx.agentConfig (1000002)");
    h.get_by_label_contains("wx.agentConfig was signed with the corp ticket");
    for t in [CORP_TICKET, AGENT_A, AGENT_B] {
        assert!(h.query_by_label_contains(t).is_none(), "a ticket is shown");
    }
}

/// Verify with a WeCom profile's own tickets (nothing typed): a paste for the other app is
/// checked against that app's agent ticket, and one signed with the wrong app's is named.
#[test]
fn verify_uses_the_profiles_tickets_for_both_calls() {
    let mut on = two_apps(|_| {});
    let h = &mut on.app.harness;
    support::step_until(h, "the WeCom profile", |h| {
        h.state().active_profile().is_some()
    });
    h.get_by_label("Fetch ticket").click();
    support::step_until(h, "the tickets of app 1000002", |h| {
        h.state().sign.wecom.agent_ticket == AGENT_A
    });
    // Hold app 1000003's ticket too, then come back to 1000002.
    for (label, id) in [("1000003 (crm)", 1000003), ("1000002 (approvals)", 1000002)] {
        h.get_by_label("App").click();
        h.run();
        h.get_by_label(label).click();
        h.step();
        support::step_until(h, "the chosen app's agent ticket", |h| {
            h.state().rt.agent_ticket("corp", id).is_some() && h.state().rt.in_flight == 0
        });
    }
    let url = "https://app.example.com/h5/?id=7";
    let ts = "1414587457";
    let paste = |agent_id: u64, agent_ticket: &str| {
        format!(
            "wx.config({{beta: true, appId: '{CORP}', timestamp: {ts}, nonceStr: 'n1', signature: '{}', jsApiList: [] }});\nwx.agentConfig({{corpid: '{CORP}', agentid: {agent_id}, timestamp: {ts}, nonceStr: 'n2', signature: '{}', jsApiList: [] }});",
            signature(CORP_TICKET, "n1", ts, url),
            signature(agent_ticket, "n2", ts, url),
        )
    };
    h.get_by_label("Verify").click();
    h.run();
    let verify = |h: &mut egui_kittest::Harness<'static, wxsign::ui::WxsignApp>, text: String| {
        let v = &mut h.state_mut().verify;
        v.server_output = text;
        v.url = url.to_owned();
        h.run();
        h.get_by_label("Verify signature").click();
        h.run();
        h.state()
            .verify
            .wecom
            .result
            .clone()
            .expect("two-call verdict")
    };
    // The other app's page, signed right: its own ticket is known.
    let v = verify(h, paste(1000003, AGENT_B));
    assert!(v.matched, "{v:?}");
    assert_eq!(
        h.query_all_by_label("MATCH").count(),
        3,
        "overall and both calls"
    );
    h.get_by_label("wx.agentConfig (1000003)");
    // App 1000002's agentConfig signed with 1000003's ticket: named, with the app.
    let v = verify(h, paste(1000002, AGENT_B));
    assert!(!v.matched);
    h.get_by_label_contains("signed with the agent ticket of another app, 1000003");
    for t in [CORP_TICKET, AGENT_A, AGENT_B] {
        assert!(h.query_by_label_contains(t).is_none(), "a ticket is shown");
    }
}

/// An older agent ticket this machine fetched for app 1000002 (kept in the cache's history) is
/// tried too: a page still signing its agentConfig with it is named a stale ticket in Verify,
/// not just a mismatch.
#[test]
fn verify_names_an_older_agent_ticket_of_the_app() {
    const OLD_AGENT: &str = "OLD_AGENT_TICKET_zz9AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_9";
    let mut on = two_apps_seeded(
        |_| {},
        None,
        |store, api_base| {
            let cache = wxsign::cache::CredentialCache::new(Arc::clone(store) as _);
            cache.put_ticket(
                &app_account(CORP, 1000002),
                wxsign::wechat::TicketKind::AgentConfig,
                wxsign::cache::Cached {
                    value: wxsign::secret::Secret::new(OLD_AGENT),
                    // Long expired: the window fetches AGENT_A, OLD_AGENT stays as history.
                    fetched_at: 1_000,
                    expires_in: 7200,
                    endpoint: "ticket/get".into(),
                    api_base: api_base.trim_end_matches('/').to_owned(),
                },
            );
        },
    );
    let h = &mut on.app.harness;
    support::step_until(h, "the WeCom profile", |h| {
        h.state().active_profile().is_some()
    });
    h.get_by_label("Fetch ticket").click();
    support::step_until(h, "app 1000002's tickets and their older ones", |h| {
        h.state().sign.wecom.agent_ticket == AGENT_A
            && h.state()
                .rt
                .agent_candidates
                .contains_key(&("corp".to_owned(), 1000002))
    });
    let url = "https://app.example.com/h5/?id=7";
    let ts = "1414587457";
    h.get_by_label("Verify").click();
    h.run();
    {
        let v = &mut h.state_mut().verify;
        v.server_output = format!(
            "wx.config({{beta: true, appId: '{CORP}', timestamp: {ts}, nonceStr: 'n1', signature: '{}', jsApiList: [] }});\nwx.agentConfig({{corpid: '{CORP}', agentid: 1000002, timestamp: {ts}, nonceStr: 'n2', signature: '{}', jsApiList: [] }});",
            signature(CORP_TICKET, "n1", ts, url),
            signature(OLD_AGENT, "n2", ts, url),
        );
        v.url = url.to_owned();
    }
    h.run();
    h.get_by_label("Verify signature").click();
    h.run();
    let v = h
        .state()
        .verify
        .wecom
        .result
        .clone()
        .expect("two-call verdict");
    assert!(!v.matched, "{v:?}");
    let codes: Vec<String> = v
        .agent_config
        .iter()
        .flat_map(|v| v.causes.iter().map(|c| c.code.to_owned()))
        .collect();
    assert!(codes.iter().any(|c| c == "stale_ticket"), "{codes:?}");
    assert!(
        h.query_by_label_contains(OLD_AGENT).is_none(),
        "a ticket is shown"
    );
}

//! One row per WeCom cause: how the server got it wrong, and what the verdict must name.

use super::*;
use crate::core::sign::sign_text;
use crate::core::text::Lang;
use crate::i18n::Render;
use crate::secret::Secret;

const URL: &str = "https://app.example.com/h5/?id=7";
const CORP: &str = "ww0123456789abcdef";
const CORP_T: &str = "CORP_TICKET_kgt8ON7yVITDhtdwci0qeZ9i0e2m0q4yDLxF";
const AGENT_T: &str = "AGENT_TICKET_A_bxLdikRXVbTPdHSM05e5u5sUoXNKd8";
const OTHER_T: &str = "AGENT_TICKET_B_HoagFKDcsGMVCIY2vOjf9nGrm7b1";
const A: u64 = 1000002;
const B: u64 = 1000003;
const NONCE: &str = "Wm3WZYTPz0wzccnW";
const AGENT_NONCE: &str = "agentNonce000001";
const TS: &str = "1414587457";

fn cand(t: &str, origin: TicketOrigin) -> TicketCandidate {
    TicketCandidate {
        ticket: Secret::new(t),
        origin,
    }
}

fn triplet(ticket: &str, nonce: &str, url: &str) -> Triplet {
    Triplet {
        timestamp: TS.into(),
        noncestr: nonce.into(),
        signature: sign_text(ticket, nonce, TS, url).signature,
    }
}

/// A correct page: config with the corp ticket, agentConfig with app A's agent ticket.
fn good() -> WecomVerifyInput {
    WecomVerifyInput {
        url: URL.into(),
        corp_tickets: vec![cand(CORP_T, TicketOrigin::Current)],
        agent_tickets: vec![
            AgentTickets {
                agent_id: A,
                tickets: vec![cand(AGENT_T, TicketOrigin::Current)],
            },
            AgentTickets {
                agent_id: B,
                tickets: vec![cand(OTHER_T, TicketOrigin::Current)],
            },
        ],
        config: Some(triplet(CORP_T, NONCE, URL)),
        config_app_id: Some(CORP.into()),
        beta: Some(true),
        js_api_list: vec!["selectExternalContact".into()],
        agent_config: Some(triplet(AGENT_T, AGENT_NONCE, URL)),
        agent_corp_id: Some(CORP.into()),
        agent_id: Some(A),
        corp_id: Some(CORP.into()),
        trusted_domains: vec!["example.com".into()],
        ..WecomVerifyInput::default()
    }
}

struct Case {
    name: &'static str,
    edit: fn(&mut WecomVerifyInput),
    /// The first cause of each call (`None`: that call matches).
    config: Option<&'static str>,
    agent: Option<&'static str>,
    /// The ticket the first cause's string1 must start with.
    string1_ticket: Option<&'static str>,
    findings: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        name: "all correct",
        edit: |_| {},
        config: None,
        agent: None,
        string1_ticket: None,
        findings: &[],
    },
    Case {
        name: "agentConfig signed with the corp ticket",
        edit: |i| i.agent_config = Some(triplet(CORP_T, AGENT_NONCE, URL)),
        config: None,
        agent: Some("corp_ticket"),
        string1_ticket: Some(CORP_T),
        findings: &[],
    },
    Case {
        name: "config signed with an agent ticket",
        edit: |i| i.config = Some(triplet(AGENT_T, NONCE, URL)),
        config: Some("agent_ticket"),
        agent: None,
        string1_ticket: Some(AGENT_T),
        findings: &[],
    },
    Case {
        name: "agentConfig reusing config's nonceStr, timestamp and signature",
        edit: |i| i.agent_config = i.config.clone(),
        config: None,
        agent: Some("agent_config_reuses_config"),
        string1_ticket: Some(CORP_T),
        findings: &[],
    },
    Case {
        name: "agentConfig reusing only config's signature",
        edit: |i| {
            let sig = i.config.as_ref().unwrap().signature.clone();
            i.agent_config.as_mut().unwrap().signature = sig;
        },
        config: None,
        agent: Some("agent_config_reuses_config"),
        string1_ticket: Some(CORP_T),
        findings: &[],
    },
    Case {
        name: "the agent ticket of another agentid",
        edit: |i| i.agent_config = Some(triplet(OTHER_T, AGENT_NONCE, URL)),
        config: None,
        agent: Some("other_agent_ticket"),
        string1_ticket: Some(OTHER_T),
        findings: &[],
    },
    Case {
        name: "an existing URL cause on agentConfig: the #fragment was signed",
        edit: |i| {
            i.url = format!("{URL}#/detail");
            i.agent_config = Some(triplet(AGENT_T, AGENT_NONCE, &format!("{URL}#/detail")));
        },
        config: None,
        agent: Some("fragment"),
        string1_ticket: Some(AGENT_T),
        findings: &[],
    },
    Case {
        name: "a page outside the app's trusted domains (80001)",
        edit: |i| i.trusted_domains = vec!["other.cn".into()],
        config: None,
        agent: None,
        string1_ticket: None,
        findings: &["untrusted_domain"],
    },
    Case {
        name: "corpId in config not the profile's",
        edit: |i| i.config_app_id = Some("ww1111111111111111".into()),
        config: None,
        agent: None,
        string1_ticket: None,
        findings: &["corp_id_mismatch"],
    },
    Case {
        name: "corpId in agentConfig not the profile's",
        edit: |i| i.agent_corp_id = Some("wx2222222222222222".into()),
        config: None,
        agent: None,
        string1_ticket: None,
        findings: &["corp_id_mismatch"],
    },
    Case {
        name: "beta: true missing with wx.invoke APIs",
        edit: |i| i.beta = None,
        config: None,
        agent: None,
        string1_ticket: None,
        findings: &["beta_missing"],
    },
    Case {
        name: "an agentid whose agent ticket is unknown",
        edit: |i| i.agent_id = Some(1000009),
        config: None,
        agent: Some("other_agent_ticket"),
        string1_ticket: Some(AGENT_T),
        findings: &["unknown_agent_id"],
    },
];

#[test]
fn every_wecom_cause() {
    for case in CASES {
        let mut input = good();
        (case.edit)(&mut input);
        let v = verify_wecom(&input);
        let first = |verdict: &Option<Verdict>| {
            verdict
                .as_ref()
                .and_then(|v| (!v.matched).then(|| v.causes.first().map(|c| c.code.clone())))
                .flatten()
        };
        assert_eq!(
            first(&v.config).as_deref(),
            case.config,
            "{}: config {:?}",
            case.name,
            v.config
        );
        assert_eq!(
            first(&v.agent_config).as_deref(),
            case.agent,
            "{}: agentConfig {:?}",
            case.name,
            v.agent_config
        );
        if let Some(t) = case.string1_ticket {
            let call = if case.config.is_some() {
                &v.config
            } else {
                &v.agent_config
            };
            let cause = &call.as_ref().unwrap().causes[0];
            assert!(
                cause.string1.starts_with(&format!("jsapi_ticket={t}&")),
                "{}: {}",
                case.name,
                cause.string1
            );
            assert!(
                !cause.message.get(Lang::En).is_empty() && !cause.message.get(Lang::Zh).is_empty()
            );
        }
        let codes: Vec<&str> = v.findings.iter().map(|f| f.code).collect();
        assert_eq!(codes, case.findings, "{}", case.name);
        let should_match =
            case.config.is_none() && case.agent.is_none() && case.findings.is_empty();
        assert_eq!(v.matched, should_match, "{}", case.name);
    }
}

#[test]
fn messages_name_the_tickets_and_apps() {
    let mut i = good();
    i.agent_config = Some(triplet(CORP_T, AGENT_NONCE, URL));
    let v = verify_wecom(&i);
    let c = &v.agent_config.unwrap().causes[0];
    assert!(
        c.message.get(Lang::En).contains("corp ticket")
            && c.message.get(Lang::En).contains("type=agent_config")
    );
    assert!(c.message.get(Lang::Zh).contains("企业票据"));
    let mut i = good();
    i.config = Some(triplet(AGENT_T, NONCE, URL));
    let c = &verify_wecom(&i).config.unwrap().causes[0];
    assert!(
        c.message.get(Lang::En).contains("app 1000002")
            && c.message.get(Lang::En).contains("get_jsapi_ticket")
    );
    let mut i = good();
    i.agent_config = i.config.clone();
    let c = &verify_wecom(&i).agent_config.unwrap().causes[0];
    assert!(
        c.message.get(Lang::En).contains("app 1000002")
            && c.message.get(Lang::En).contains("nonceStr and timestamp")
    );
    assert!(
        c.message
            .get(Lang::Zh)
            .contains("请再用应用 1000002 的应用票据")
    );
    // No agent ticket at all: the check says what to add.
    let mut i = good();
    i.agent_tickets.clear();
    i.agent_config = Some(triplet(CORP_T, AGENT_NONCE, URL));
    let v = verify_wecom(&i).agent_config.unwrap();
    assert_eq!(v.causes[0].code, "corp_ticket");
    assert!(v.notes[0].get(Lang::En).contains("--agent-ticket"));
}

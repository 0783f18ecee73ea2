//! WeCom pages in the QA batch: an endpoint reply holding both triplets gets its
//! `wx.agentConfig` triplet verified too (against the agent ticket of its agentid, with the corp
//! ticket and the other apps' agent tickets as candidates), and the page fails if either call
//! fails. Pure, like the rest of the checks.

use crate::core::parse::ServerConfig;
use crate::core::text::{Lang, msg};
use crate::core::urlcheck::{Finding, Severity};
use crate::core::verify::TicketCandidate;
use crate::core::verify::wecom::{Triplet, WecomVerifyInput, verify_wecom};
use crate::i18n::Render;

pub use crate::core::verify::wecom::AgentTickets;

use super::context::{PageContext, finding, reported_cause};
use super::result::{CauseSummary, PageResult, Reply, WecomCalls};

/// The reply's agentConfig triplet, checked; `true` when it matches or there is none. Causes
/// go to `result` (codes `agent_config.*`), problems to `findings`.
pub(super) fn check_agent_config(
    config: &ServerConfig,
    target: &str,
    ctx: &PageContext<'_>,
    result: &mut PageResult,
    findings: &mut Vec<Finding>,
) -> bool {
    let Some(agent) = &config.agent_config else {
        return true;
    };
    let agent_id = agent
        .agent_id
        .as_deref()
        .and_then(|a| a.trim().parse().ok());
    // Its own verdict is filled in below once checked; the config's by the caller.
    result.wecom = Some(WecomCalls {
        agent_id,
        agent_config: Reply {
            app_id: agent.corp_id.clone(),
            timestamp: agent.fields.timestamp.clone(),
            nonce_str: agent.fields.nonce_str.clone(),
            signature: agent.fields.signature.clone(),
        },
        ..WecomCalls::default()
    });
    if ctx.agent_tickets.is_empty() {
        findings.push(finding(
            "agent_config_unchecked",
            Severity::Warning,
            msg!("batch-agent-config-unchecked"),
            msg!("batch-agent-config-unchecked-fix"),
        ));
        return true;
    }
    let triplet = |c: &ServerConfig| Triplet {
        timestamp: c.timestamp.clone().unwrap_or_default(),
        noncestr: c.nonce_str.clone().unwrap_or_default(),
        signature: c.signature.clone().unwrap_or_default(),
    };
    let input = WecomVerifyInput {
        url: target.to_owned(),
        corp_tickets: ctx.tickets.to_vec(),
        agent_tickets: ctx.agent_tickets.to_vec(),
        config: Some(triplet(config)),
        config_app_id: config.app_id.clone(),
        agent_config: Some(triplet(&agent.fields)),
        agent_corp_id: agent.corp_id.clone(),
        agent_id,
        corp_id: ctx.app_id.map(str::to_owned),
        trusted_domains: ctx.safe_domains.to_vec(),
        ..WecomVerifyInput::default()
    };
    let own_known = input
        .agent_id
        .is_none_or(|id| ctx.agent_tickets.iter().any(|a| a.agent_id == id));
    let verdict = verify_wecom(&input);
    let Some(av) = verdict.agent_config else {
        return true;
    };
    if !own_known && !av.matched && av.causes.is_empty() {
        // Its own agent ticket is unknown and no other ticket reproduces the signature: it may
        // well be right.
        findings.push(finding(
            "agent_config_unchecked",
            Severity::Warning,
            msg!(
                "batch-agent-config-app-unknown",
                agent_id = input.agent_id.unwrap_or_default()
            ),
            msg!("batch-agent-config-app-unknown-fix"),
        ));
        return true;
    }
    if let Some(w) = &mut result.wecom {
        w.agent_config_match = Some(av.matched);
        w.agent_expected_signature = Some(av.expected.signature.clone());
    }
    let every_ticket: Vec<TicketCandidate> = ctx
        .tickets
        .iter()
        .chain(ctx.agent_tickets.iter().flat_map(|a| a.tickets.iter()))
        .cloned()
        .collect();
    for c in &av.causes {
        let c = reported_cause(c, &every_ticket);
        result.causes.push(CauseSummary {
            code: format!("agent_config.{}", c.code),
            message: msg!("batch-agent-config-cause", cause = c.message),
            string1: c.string1,
        });
    }
    if !av.matched && av.causes.is_empty() {
        let expected = av.expected.signature.as_str();
        let message = match verdict.agent_id {
            Some(agent_id) => msg!(
                "batch-agent-config-mismatch-app",
                agent_id = agent_id,
                expected = expected
            ),
            None => msg!("batch-agent-config-mismatch", expected = expected),
        };
        findings.push(finding(
            "agent_config_mismatch",
            Severity::Error,
            message,
            msg!("batch-agent-config-mismatch-fix"),
        ));
    }
    for f in verdict.findings {
        // The config's appId is the appId check's; this one is about agentConfig.
        if f.code == "corp_id_mismatch" && !f.message.get(Lang::En).starts_with("wx.agentConfig") {
            continue;
        }
        findings.push(Finding {
            code: f.code,
            severity: f.severity,
            message: f.message,
            fix: f.fix,
        });
    }
    av.matched
}

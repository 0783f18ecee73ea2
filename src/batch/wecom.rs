//! WeCom pages in the QA batch: an endpoint reply holding both triplets gets its
//! `wx.agentConfig` triplet verified too (against the agent ticket of its agentid, with the corp
//! ticket and the other apps' agent tickets as candidates), and the page fails if either call
//! fails. Pure, like the rest of the checks.

use crate::core::parse::ServerConfig;
use crate::core::text::{Lang, Text};
use crate::core::urlcheck::Severity;
use crate::core::verify::TicketCandidate;
use crate::core::verify::wecom::{Triplet, WecomVerifyInput, verify_wecom};

pub use crate::core::verify::wecom::AgentTickets;

use super::context::{PageContext, finding, redact_tickets};
use super::result::{CauseSummary, Finding, PageResult, Reply, WecomCalls};
use crate::i18n::{Render, both};

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
            Text::new(
                "The reply also holds a wx.agentConfig triplet, but no agent ticket is known, so it was not checked.",
                "返回中还有 wx.agentConfig 的签名，但没有应用票据，因此未检查。",
            ),
            Text::new(
                "Pass --agent-ticket (and --agent-id), or use a WeCom --profile whose apps have their secrets.",
                "请传入 --agent-ticket（及 --agent-id），或使用应用已设置 Secret 的企业微信 --profile。",
            ),
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
            Text::new(
                format!(
                    "The reply's wx.agentConfig is for app {}, whose agent ticket is not known, so it was not checked.",
                    input.agent_id.unwrap_or_default()
                ),
                format!(
                    "返回中的 wx.agentConfig 属于应用 {}，没有它的应用票据，因此未检查。",
                    input.agent_id.unwrap_or_default()
                ),
            ),
            Text::new(
                "Add that app to the profile with its secret, or pass its agent ticket with --agent-ticket and --agent-id.",
                "请把该应用及其 Secret 加入配置，或用 --agent-ticket 和 --agent-id 传入它的应用票据。",
            ),
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
        result.causes.push(CauseSummary {
            code: format!("agent_config.{}", c.code),
            message: Text::new(
                format!("wx.agentConfig: {}", c.message.get(Lang::En)),
                format!("wx.agentConfig：{}", c.message.get(Lang::Zh)),
            ),
            string1: redact_tickets(&c.string1, &every_ticket),
        });
    }
    let app = verdict
        .agent_id
        .map_or_else(String::new, |a| format!(" of app {a}"));
    let app_zh = verdict
        .agent_id
        .map_or_else(String::new, |a| format!("（应用 {a}）"));
    if !av.matched && av.causes.is_empty() {
        findings.push(finding(
            "agent_config_mismatch",
            Severity::Error,
            Text::new(
                format!(
                    "wx.agentConfig's signature does not match the agent ticket{app} (expected {}), and no common mistake reproduces it.",
                    av.expected.signature
                ),
                format!(
                    "wx.agentConfig 的签名与应用票据{app_zh}不匹配（预期 {}），且没有常见错误能复现它。",
                    av.expected.signature
                ),
            ),
            Text::new(
                "Sign the URL with the agent ticket of the agentid given to wx.agentConfig (ticket/get?type=agent_config with that app's own token).",
                "请用传给 wx.agentConfig 的 agentid 的应用票据签名（用该应用自己的令牌调用 ticket/get?type=agent_config）。",
            ),
        ));
    }
    for f in verdict.findings {
        // The config's appId is the appId check's; this one is about agentConfig.
        if f.code == "corp_id_mismatch" && !f.message.get(Lang::En).starts_with("wx.agentConfig") {
            continue;
        }
        findings.push(finding(f.code, f.severity, both(&f.message), both(&f.fix)));
    }
    av.matched
}

//! WeCom's two calls (DOMAIN.md §10), verified on top of the one-call search: `wx.config`
//! against the corp ticket, `wx.agentConfig` against the agent ticket of its agentid. Each call's
//! candidates include the other call's tickets, so the search names the classic mix-ups with
//! their exact string1: agentConfig signed with the corp ticket, config signed with an agent
//! ticket, the agent ticket of another agentid. On top: agentConfig reusing config's triplet,
//! the corpId, the trusted domains (80001) and `beta: true` for `wx.invoke` APIs.

use super::{
    Cause, RealAuthReport, TicketCandidate, TicketOrigin, Verdict, VerifyHints, VerifyInput, judge,
};
use crate::core::sign;
use crate::core::text::{Msg, list, msg};
use crate::core::urlcheck::{Severity, domain_matches};

/// APIs that WeCom serves through `wx.invoke`, which needs `beta: true` in `wx.config`.
pub const WECOM_INVOKE_APIS: &[&str] = &[
    "selectEnterpriseContact",
    "openUserProfile",
    "selectExternalContact",
    "getCurExternalContact",
    "getCurExternalChat",
    "sendChatMessage",
    "getContext",
    "openEnterpriseChat",
    "openExistedChatWithMsg",
    "shareToExternalContact",
    "shareToExternalChat",
    "shareToExternalMoments",
    "navigateToAddCustomer",
    "createCorpGroupChat",
    "updateCorpGroupChat",
    "getCurCorpGroupContact",
    "getCurCorpGroupChat",
    "openThirdAppServiceChat",
    "openAppManage",
    "openDefaultBrowser",
    "launchMiniprogram",
    "enterpriseVerify",
    "getLocalFileInfo",
    "previewFile",
    "wwapp.invokeJsApiByCallInfo",
];

/// The values one call received.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Triplet {
    pub timestamp: String,
    pub noncestr: String,
    pub signature: String,
}

/// The agent tickets of one app, the current one first.
#[derive(Clone, Debug)]
pub struct AgentTickets {
    pub agent_id: u64,
    pub tickets: Vec<TicketCandidate>,
}

/// What a WeCom page passed to its two calls, and what the profile knows.
#[derive(Clone, Debug, Default)]
pub struct WecomVerifyInput {
    /// The page URL as the phone shows it.
    pub url: String,
    pub entry_url: Option<String>,
    /// The corp ticket first, then older ones.
    pub corp_tickets: Vec<TicketCandidate>,
    /// The agent tickets per app; the app of the agentConfig's agentid is looked up by id.
    pub agent_tickets: Vec<AgentTickets>,
    pub config: Option<Triplet>,
    /// `wx.config`'s appId (the corpId on WeCom).
    pub config_app_id: Option<String>,
    pub beta: Option<bool>,
    /// The jsApiList of both calls.
    pub js_api_list: Vec<String>,
    pub agent_config: Option<Triplet>,
    /// `wx.agentConfig`'s corpid and agentid.
    pub agent_corp_id: Option<String>,
    pub agent_id: Option<u64>,
    /// The profile's corpId and trusted domains, when known.
    pub corp_id: Option<String>,
    pub trusted_domains: Vec<String>,
    /// realAuthUrl from the page's `wx.error` result: both calls are judged on it, as
    /// `wxsign verify` judges an Official Account page.
    pub real_auth_urls: Vec<String>,
}

/// A WeCom-specific problem found beside the signatures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WecomFinding {
    pub code: &'static str,
    pub severity: Severity,
    /// What is wrong and why it matters.
    pub message: Msg,
    /// What to change.
    pub fix: Msg,
}

/// Both verdicts and the findings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WecomVerdict {
    /// Both given calls match and no finding is an error.
    pub matched: bool,
    pub config: Option<Verdict>,
    pub agent_config: Option<Verdict>,
    /// The app whose agent ticket the agentConfig was checked with.
    pub agent_id: Option<u64>,
    pub findings: Vec<WecomFinding>,
    /// What realAuthUrl says about each call, when one was given.
    pub config_real_auth: Option<RealAuthReport>,
    pub agent_real_auth: Option<RealAuthReport>,
}

/// Verifies each call against its own ticket and explains every mismatch.
pub fn verify_wecom(input: &WecomVerifyInput) -> WecomVerdict {
    let agent_id = input
        .agent_id
        .or_else(|| input.agent_tickets.first().map(|a| a.agent_id));
    let own = input
        .agent_tickets
        .iter()
        .find(|a| Some(a.agent_id) == agent_id);
    let config = input.config.as_ref().map(|t| {
        let mut tickets = input.corp_tickets.clone();
        // The agent tickets: what a server that mixed the two up signed wx.config with.
        tickets.extend(input.agent_tickets.iter().filter_map(|a| {
            a.tickets.first().map(|t| TicketCandidate {
                ticket: t.ticket.clone(),
                origin: TicketOrigin::AgentTicket {
                    agent_id: a.agent_id,
                },
            })
        }));
        judge(
            &one_call(input, t, tickets),
            &VerifyHints::default(),
            &input.real_auth_urls,
        )
    });
    let agent_config = input.agent_config.as_ref().map(|t| {
        let mut tickets: Vec<TicketCandidate> = own.map(|a| a.tickets.clone()).unwrap_or_default();
        tickets.extend(input.corp_tickets.first().map(|c| TicketCandidate {
            ticket: c.ticket.clone(),
            origin: TicketOrigin::CorpTicket,
        }));
        tickets.extend(
            input
                .agent_tickets
                .iter()
                .filter(|a| Some(a.agent_id) != agent_id)
                .filter_map(|a| {
                    a.tickets.first().map(|t| TicketCandidate {
                        ticket: t.ticket.clone(),
                        origin: TicketOrigin::OtherAgent {
                            agent_id: a.agent_id,
                        },
                    })
                }),
        );
        if own.is_none() {
            // No agent ticket: the search still runs, from an empty current ticket, so a
            // corp ticket used here is named.
            tickets.insert(
                0,
                TicketCandidate {
                    ticket: crate::secret::Secret::new(""),
                    origin: TicketOrigin::Current,
                },
            );
        }
        let mut j = judge(
            &one_call(input, t, tickets),
            &VerifyHints::default(),
            &input.real_auth_urls,
        );
        if own.is_none() {
            j.verdict
                .notes
                .insert(0, msg!("verify-wecom-no-agent-ticket"));
        }
        j
    });
    let (config, config_real_auth) =
        config.map_or((None, None), |j| (Some(j.verdict), j.real_auth));
    let (agent_config, agent_real_auth) =
        agent_config.map_or((None, None), |j| (Some(j.verdict), j.real_auth));
    let mut verdict = WecomVerdict {
        matched: false,
        config,
        agent_config,
        agent_id,
        findings: Vec::new(),
        config_real_auth,
        agent_real_auth,
    };
    reused_triplet(input, &mut verdict);
    verdict.findings = findings(input, agent_id);
    verdict.matched = verdict.config.as_ref().is_none_or(|v| v.matched)
        && verdict.agent_config.as_ref().is_none_or(|v| v.matched)
        && (verdict.config.is_some() || verdict.agent_config.is_some())
        && !verdict
            .findings
            .iter()
            .any(|f| f.severity == Severity::Error);
    verdict
}

fn one_call(input: &WecomVerifyInput, t: &Triplet, tickets: Vec<TicketCandidate>) -> VerifyInput {
    VerifyInput {
        url: input.url.clone(),
        entry_url: input.entry_url.clone(),
        tickets,
        noncestr: t.noncestr.clone(),
        timestamp: t.timestamp.clone(),
        signature: t.signature.clone(),
    }
}

/// agentConfig given the very signature of config: the server signed once and passed the same
/// triplet twice. Named first, with the string1 that signature came from.
fn reused_triplet(input: &WecomVerifyInput, verdict: &mut WecomVerdict) {
    let (Some(c), Some(a), Some(av)) = (
        &input.config,
        &input.agent_config,
        verdict.agent_config.as_mut(),
    ) else {
        return;
    };
    if av.matched || !c.signature.trim().eq_ignore_ascii_case(a.signature.trim()) {
        return;
    }
    let corp = input
        .corp_tickets
        .first()
        .map(|t| t.ticket.reveal())
        .unwrap_or_default();
    let url = super::browser_url(&input.url);
    let string1 = sign::sign_text(corp, &c.noncestr, &c.timestamp, &url).string1;
    let same_values = c.noncestr == a.noncestr && c.timestamp == a.timestamp;
    let agent = verdict.agent_id.map_or_else(String::new, |a| a.to_string());
    av.causes.retain(|cause| cause.code != "corp_ticket");
    av.causes.insert(
        0,
        Cause {
            code: "agent_config_reuses_config".to_owned(),
            message: msg!(
                "verify-wecom-reuses-config",
                same_values = if same_values { "yes" } else { "no" },
                agent_known = if agent.is_empty() { "no" } else { "yes" },
                agent = agent
            ),
            string1,
        },
    );
}

fn findings(input: &WecomVerifyInput, agent_id: Option<u64>) -> Vec<WecomFinding> {
    let mut out = Vec::new();
    let mut id_check = |call: Msg, given: &Option<String>| {
        if let (Some(want), Some(got)) = (&input.corp_id, given)
            && got.trim() != want
        {
            out.push(WecomFinding {
                code: "corp_id_mismatch",
                severity: Severity::Error,
                message: msg!(
                    "verify-wecom-corp-id-mismatch",
                    call = call,
                    got = got,
                    want = want
                ),
                fix: msg!("verify-wecom-corp-id-mismatch-fix"),
            });
        }
    };
    if input.config.is_some() {
        id_check(
            msg!("verify-wecom-call-config-app-id"),
            &input.config_app_id,
        );
    }
    if input.agent_config.is_some() {
        id_check(
            msg!("verify-wecom-call-agent-corp-id"),
            &input.agent_corp_id,
        );
    }
    if input.corp_id.is_none()
        && let (Some(c), Some(a)) = (&input.config_app_id, &input.agent_corp_id)
        && c.trim() != a.trim()
    {
        out.push(WecomFinding {
            code: "corp_id_mismatch",
            severity: Severity::Error,
            message: msg!("verify-wecom-corp-ids-differ", app_id = c, corp_id = a),
            fix: msg!("verify-wecom-corp-ids-differ-fix"),
        });
    }
    if let (Some(id), false) = (agent_id, input.agent_tickets.is_empty())
        && !input.agent_tickets.iter().any(|a| a.agent_id == id)
    {
        let known = list(input.agent_tickets.iter().map(|a| a.agent_id.to_string()));
        out.push(WecomFinding {
            code: "unknown_agent_id",
            severity: Severity::Warning,
            message: msg!(
                "verify-wecom-unknown-agent-id",
                agent_id = id,
                known = known
            ),
            fix: msg!("verify-wecom-unknown-agent-id-fix"),
        });
    }
    if input.agent_config.is_some()
        && !input.trusted_domains.is_empty()
        && !domain_matches(&super::browser_url(&input.url), &input.trusted_domains)
    {
        out.push(WecomFinding {
            code: "untrusted_domain",
            severity: Severity::Error,
            message: msg!(
                "verify-wecom-untrusted-domain",
                domains = list(input.trusted_domains.iter())
            ),
            fix: msg!("verify-wecom-untrusted-domain-fix"),
        });
    }
    let invoked: Vec<&str> = input
        .js_api_list
        .iter()
        .map(String::as_str)
        .filter(|a| WECOM_INVOKE_APIS.contains(a))
        .collect();
    if input.config.is_some() && input.beta != Some(true) && !invoked.is_empty() {
        out.push(WecomFinding {
            code: "beta_missing",
            severity: Severity::Error,
            message: msg!(
                "verify-wecom-beta-missing",
                apis = list(invoked.iter().copied())
            ),
            fix: msg!("verify-wecom-beta-missing-fix"),
        });
    }
    out
}

/// The app in the reuse sentence, as it reads in both languages (`app 1000002`).
#[cfg(test)]
mod tests;

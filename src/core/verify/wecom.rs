//! WeCom's two calls (DOMAIN.md §10), verified on top of the one-call search: `wx.config`
//! against the corp ticket, `wx.agentConfig` against the agent ticket of its agentid. Each call's
//! candidates include the other call's tickets, so the search names the classic mix-ups with
//! their exact string1: agentConfig signed with the corp ticket, config signed with an agent
//! ticket, the agent ticket of another agentid. On top: agentConfig reusing config's triplet,
//! the corpId, the trusted domains (80001) and `beta: true` for `wx.invoke` APIs.

use serde::Serialize;

use super::{
    Cause, RealAuthReport, TicketCandidate, TicketOrigin, Verdict, VerifyHints, VerifyInput, judge,
};
use crate::core::sign;
use crate::core::text::Text;
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct WecomFinding {
    pub code: &'static str,
    pub severity: Severity,
    /// What is wrong and why it matters.
    pub message: Text,
    /// What to change.
    pub fix: Text,
}

/// Both verdicts and the findings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct WecomVerdict {
    /// Both given calls match and no finding is an error.
    #[serde(rename = "match")]
    pub matched: bool,
    pub config: Option<Verdict>,
    pub agent_config: Option<Verdict>,
    /// The app whose agent ticket the agentConfig was checked with.
    pub agent_id: Option<u64>,
    pub findings: Vec<WecomFinding>,
    /// What realAuthUrl says about each call, when one was given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config_real_auth: Option<RealAuthReport>,
    #[serde(skip_serializing_if = "Option::is_none")]
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
            j.verdict.notes.insert(
                0,
                Text::new(
                    "No agent ticket was given, so wx.agentConfig was checked against an empty ticket; add the agent ticket (--agent-ticket, or `wxsign ticket --type agent_config`).",
                    "没有提供应用票据，wx.agentConfig 是用空票据检查的；请加入应用票据（--agent-ticket，或 `wxsign ticket --type agent_config`）。",
                ),
            );
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
    let agent = agent_name(verdict.agent_id);
    av.causes.retain(|cause| cause.code != "corp_ticket");
    av.causes.insert(
        0,
        Cause {
            code: "agent_config_reuses_config".to_owned(),
            message: Text::new(
                format!(
                    "wx.agentConfig got wx.config's signature{}: the server signed the URL once, with the corp ticket, and passed that to both calls. Sign the URL a second time with the agent ticket of {agent} and give wx.agentConfig that signature.",
                    if same_values { " (and its nonceStr and timestamp)" } else { "" }
                ),
                format!(
                    "wx.agentConfig 使用了 wx.config 的签名{}：服务器只用企业票据签了一次名，并把结果同时给了两个调用。请再用{agent}的应用票据对 URL 签名，把这个签名传给 wx.agentConfig。",
                    if same_values { "（以及它的 nonceStr 和 timestamp）" } else { "" }
                ),
            ),
            string1,
        },
    );
}

fn findings(input: &WecomVerifyInput, agent_id: Option<u64>) -> Vec<WecomFinding> {
    let mut out = Vec::new();
    let mut id_check = |(call, call_zh): (&str, &str), given: &Option<String>| {
        if let (Some(want), Some(got)) = (&input.corp_id, given)
            && got.trim() != want
        {
            out.push(WecomFinding {
                code: "corp_id_mismatch",
                severity: Severity::Error,
                message: Text::new(
                    format!(
                        "{call} names corpId '{got}', not the profile's '{want}' (我的企业 → 企业信息 → 企业ID): the page uses another corp's id, so WeCom checks the signature against another corp's ticket"
                    ),
                    format!(
                        "{call_zh}中的 corpId 是 '{got}'，不是配置中的 '{want}'（我的企业 → 企业信息 → 企业ID）：页面用了其他企业的 ID，企业微信会用其他企业的票据校验签名"
                    ),
                ),
                fix: Text::new("use the corpId of 我的企业 → 企业信息 → 企业ID in wx.config (appId) and wx.agentConfig (corpid)", "wx.config 的 appId 和 wx.agentConfig 的 corpid 都应使用 我的企业 → 企业信息 → 企业ID"),
            });
        }
    };
    if input.config.is_some() {
        id_check(
            ("wx.config's appId", "wx.config 的 appId "),
            &input.config_app_id,
        );
    }
    if input.agent_config.is_some() {
        id_check(
            ("wx.agentConfig's corpid", "wx.agentConfig 的 corpid "),
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
            message: Text::new(
                format!(
                    "wx.config's appId '{c}' and wx.agentConfig's corpid '{a}' differ: both calls take the same corpId"
                ),
                format!(
                    "wx.config 的 appId '{c}' 与 wx.agentConfig 的 corpid '{a}' 不同：两个调用应使用同一个 corpId"
                ),
            ),
            fix: Text::new("give both calls the corpId of 我的企业 → 企业信息 → 企业ID", "两个调用都应使用 我的企业 → 企业信息 → 企业ID"),
        });
    }
    if let (Some(id), false) = (agent_id, input.agent_tickets.is_empty())
        && !input.agent_tickets.iter().any(|a| a.agent_id == id)
    {
        let known: Vec<String> = input
            .agent_tickets
            .iter()
            .map(|a| a.agent_id.to_string())
            .collect();
        out.push(WecomFinding {
            code: "unknown_agent_id",
            severity: Severity::Warning,
            message: Text::new(
                format!(
                    "wx.agentConfig's agentid {id} is none of the apps whose agent ticket is known ({}): check the AgentId in 应用管理 → the app",
                    known.join(", ")
                ),
                format!(
                    "wx.agentConfig 的 agentid {id} 不是已知应用票据的应用（{}）：请在 应用管理 → 应用 中核对 AgentId",
                    known.join("、")
                ),
            ),
            fix: Text::new("pass the agentid of the app whose agent ticket signs this page, or add that app to the profile (`wxsign profile edit NAME --agent-id N`)", "请传入为该页面签名的应用的 agentid，或将该应用加入配置（`wxsign profile edit NAME --agent-id N`）"),
        });
    }
    if input.agent_config.is_some()
        && !input.trusted_domains.is_empty()
        && !domain_matches(&super::browser_url(&input.url), &input.trusted_domains)
    {
        out.push(WecomFinding {
            code: "untrusted_domain",
            severity: Severity::Error,
            message: Text::new(
                format!(
                    "the page is not under a trusted domain of the app ({}): wx.agentConfig fails with 80001 whatever the signature. Add its domain in 应用管理 → the app → 网页授权及JS-SDK → 可信域名",
                    input.trusted_domains.join(", ")
                ),
                format!(
                    "页面不在该应用的可信域名下（{}）：无论签名如何，wx.agentConfig 都会返回 80001。请在 应用管理 → 应用 → 网页授权及JS-SDK → 可信域名 中添加其域名",
                    input.trusted_domains.join("、")
                ),
            ),
            fix: Text::new("应用管理 → the app → 网页授权及JS-SDK → 可信域名: add the page's domain (WW_verify_xxx.txt at its root)", "应用管理 → 应用 → 网页授权及JS-SDK → 可信域名：添加页面域名（根目录放置 WW_verify_xxx.txt）"),
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
            message: Text::new(
                format!(
                    "wx.config lacks beta: true, yet jsApiList holds WeCom APIs called through wx.invoke ({}): without it wx.invoke never reaches them. Add beta: true to wx.config",
                    invoked.join(", ")
                ),
                format!(
                    "wx.config 缺少 beta: true，但 jsApiList 中有通过 wx.invoke 调用的企业微信接口（{}）：没有它 wx.invoke 无法调用这些接口。请在 wx.config 中加入 beta: true",
                    invoked.join("、")
                ),
            ),
            fix: Text::new("add beta: true to wx.config", "在 wx.config 中加入 beta: true"),
        });
    }
    out
}

fn agent_name(agent_id: Option<u64>) -> String {
    agent_id.map_or_else(|| "its agentid".to_owned(), |a| format!("app {a}"))
}

/// The cause code of a WeCom ticket origin (called by the one-call search's naming).
pub(super) fn ticket_code(origin: &TicketOrigin) -> &'static str {
    match origin {
        TicketOrigin::CorpTicket => "corp_ticket",
        TicketOrigin::AgentTicket { .. } => "agent_ticket",
        TicketOrigin::OtherAgent { .. } => "other_agent_ticket",
        _ => "other_ticket",
    }
}

/// The sentence of a WeCom ticket origin at candidate position `n` (1-based).
pub(super) fn ticket_message(n: usize, origin: &TicketOrigin) -> Text {
    match origin {
        TicketOrigin::CorpTicket => Text::new(
            format!(
                "wx.agentConfig was signed with the corp ticket (candidate #{n}): it takes the agent ticket of its agentid, from ticket/get?type=agent_config called with that app's own token."
            ),
            format!(
                "wx.agentConfig 用企业票据（候选 #{n}）签了名：它应使用该 agentid 的应用票据，即用该应用自己的令牌调用 ticket/get?type=agent_config 获取的票据。"
            ),
        ),
        TicketOrigin::AgentTicket { agent_id } => Text::new(
            format!(
                "wx.config was signed with the agent ticket of app {agent_id} (candidate #{n}): on WeCom wx.config takes the corp ticket, from get_jsapi_ticket."
            ),
            format!(
                "wx.config 用应用 {agent_id} 的应用票据（候选 #{n}）签了名：在企业微信中 wx.config 应使用企业票据（get_jsapi_ticket）。"
            ),
        ),
        TicketOrigin::OtherAgent { agent_id } => Text::new(
            format!(
                "wx.agentConfig was signed with the agent ticket of another app, {agent_id} (candidate #{n}): use the agent ticket of the agentid passed to wx.agentConfig, fetched with that app's own secret."
            ),
            format!(
                "wx.agentConfig 用了另一个应用 {agent_id} 的应用票据（候选 #{n}）：请使用传给 wx.agentConfig 的 agentid 对应的应用票据，用该应用自己的 Secret 获取。"
            ),
        ),
        _ => Text::new(
            format!("The server signed with another ticket (candidate #{n})."),
            format!("服务器用了另一个票据（候选 #{n}）。"),
        ),
    }
}

#[cfg(test)]
mod tests;

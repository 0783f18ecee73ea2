//! The per-page checks, pure: the page, what the endpoint answered and the image probe come in,
//! a [`PageResult`] goes out. No network, no clock (the run passes `now`).

use crate::core::parse::ServerConfig;
use crate::core::sign;
use crate::core::text::Text;
use crate::core::urlcheck::{self, Severity};
use crate::core::verify::{self, TicketCandidate, VerifyInput};
use crate::i18n::both;

use super::context::finding;
pub use super::context::{PageContext, redact_tickets};
use super::endpoint::EndpointError;
use super::pages::{PageSpec, Platform};
use super::result::{CauseSummary, EndpointFailure, Finding, PageResult, PageStatus, Reply};
use super::share::check_share;
pub use super::share::{ImageProbe, LONG_DESC, LONG_TITLE};

/// A timestamp further than this from the run's clock means a cached or mis-clocked signature.
pub const MAX_SKEW_SECS: i64 = 600;

/// The browser's `location.href` for a URL as written (lowercase host, `/` added...), with or
/// without the fragment; the text itself when it does not parse.
pub fn browser_href(url: &str, keep_fragment: bool) -> String {
    match url::Url::parse(url.trim()) {
        Ok(mut u) => {
            if !keep_fragment {
                u.set_fragment(None);
            }
            u.into()
        }
        Err(_) => url.to_owned(),
    }
}

/// Checks one page. `sent_url` is the value sent to the endpoint; `reply` is its answer.
pub fn check_page(
    index: usize,
    page: &PageSpec,
    sent_url: String,
    reply: Result<&ServerConfig, &EndpointError>,
    image: Option<&ImageProbe>,
    ctx: &PageContext<'_>,
    duration_ms: u64,
) -> PageResult {
    let target = page.url_to_sign();
    let analysis = urlcheck::analyze_url(target, ctx.safe_domains);
    // The phone's address of a hash-routed page has a fragment; only signing it is wrong, and
    // the signature check below names that, so the URL rule would only repeat itself here.
    let mut findings: Vec<Finding> = analysis
        .findings
        .into_iter()
        .filter(|f| f.code != "fragment")
        .map(Finding::from)
        .collect();
    let mut result = PageResult {
        index,
        url: page.url.clone(),
        entry_url: page.entry_url.clone(),
        platform: page.platform,
        sent_url,
        sign_url: analysis.sign_url,
        status: PageStatus::Error,
        duration_ms,
        http_status: None,
        endpoint_error: None,
        reply: None,
        signature_match: None,
        expected_signature: None,
        causes: Vec::new(),
        notes: Vec::new(),
        findings: Vec::new(),
        probe: None,
        repeat: None,
        signed_with: None,
        wecom: None,
    };
    let config = match reply {
        Ok(c) => c,
        Err(e) => {
            result.endpoint_error = Some(EndpointFailure {
                code: e.code(),
                message: e.message(),
            });
            result.findings = findings;
            return result;
        }
    };
    result.reply = Some(Reply {
        app_id: config.app_id.clone(),
        timestamp: config.timestamp.clone(),
        nonce_str: config.nonce_str.clone(),
        signature: config.signature.clone(),
    });

    let signature = config.signature.clone().unwrap_or_default();
    let noncestr = config.nonce_str.clone().unwrap_or_default();
    let timestamp = config.timestamp.clone().unwrap_or_default();
    let verdict = verify::verify(&VerifyInput {
        url: target.to_owned(),
        // On iOS the entry URL is the one checked; the verifier's entry-URL causes describe
        // the Android view, so the iOS reverse case is named below instead.
        entry_url: match page.platform {
            Platform::Android => page.entry_url.clone(),
            Platform::Ios => None,
        },
        tickets: ctx.tickets.to_vec(),
        noncestr: noncestr.clone(),
        timestamp: timestamp.clone(),
        signature: signature.clone(),
    });
    result.signature_match = Some(verdict.matched);
    result.signed_with = signed_with(&verdict, ctx.tickets);
    result.expected_signature = Some(verdict.expected.signature.clone());
    result.causes = verdict
        .causes
        .into_iter()
        // A matching millisecond timestamp is the `timestamp_ms` warning finding below; the
        // verifier's warning-level cause would only say it twice.
        .filter(|c| c.code != verify::MS_TIMESTAMP_CODE)
        .map(|c| CauseSummary {
            string1: redact_tickets(&c.string1, ctx.tickets),
            code: c.code,
            message: both(&c.message),
        })
        .collect();
    result.notes = verdict.notes.iter().map(both).collect();
    if !verdict.matched
        && page.platform == Platform::Ios
        && target != page.url
        && let Some(current) = ctx.tickets.first()
    {
        let current_url = browser_href(&page.url, false);
        let signed = sign::sign_text(current.ticket.reveal(), &noncestr, &timestamp, &current_url);
        if signed.signature.eq_ignore_ascii_case(signature.trim()) {
            result.causes.insert(
                0,
                CauseSummary {
                    code: "ios_current_url".to_owned(),
                    message: Text::new(
                        "The server signed the current URL, but WeChat on iOS checks the entry URL of a single-page app; on iOS sign the URL the user first landed on.",
                        "服务器签的是当前 URL，但 iOS 微信对单页应用校验的是入口 URL；iOS 上请签用户最初进入的 URL。",
                    ),
                    string1: redact_tickets(&signed.string1, ctx.tickets),
                },
            );
        }
    }

    check_app_id(config, ctx, &mut findings);
    check_timestamp(config, ctx, &mut findings);
    check_share(page, config, image, ctx, &mut findings);
    // WeCom: the reply's wx.agentConfig triplet too; the page fails if either call fails.
    let agent_ok =
        super::wecom::check_agent_config(config, target, ctx, &mut result, &mut findings);
    if let Some(w) = &mut result.wecom {
        w.config_match = verdict.matched;
    }
    result.signature_match = Some(verdict.matched && agent_ok);
    let failed =
        !verdict.matched || !agent_ok || findings.iter().any(|f| f.severity == Severity::Error);
    result.status = if failed {
        PageStatus::Fail
    } else {
        PageStatus::Pass
    };
    result.findings = findings;
    result
}

/// Which candidate ticket signed the answer: the current one on a match, else the longest
/// candidate found in a cause's string1 (a ticket can be a prefix of another).
pub fn signed_with(v: &verify::Verdict, tickets: &[TicketCandidate]) -> Option<usize> {
    if v.matched {
        return (!tickets.is_empty()).then_some(0);
    }
    let cause = v.causes.first()?;
    tickets
        .iter()
        .enumerate()
        .filter(|(_, t)| !t.ticket.is_empty() && cause.string1.contains(t.ticket.reveal()))
        .max_by_key(|(_, t)| t.ticket.reveal().len())
        .map(|(i, _)| i)
}

fn check_app_id(config: &ServerConfig, ctx: &PageContext<'_>, out: &mut Vec<Finding>) {
    let Some(expected) = ctx.app_id else { return };
    match config.app_id.as_deref() {
        None => out.push(finding(
            "app_id_missing",
            Severity::Warning,
            Text::new(
                "The reply has no appId, so the page must take it from elsewhere.",
                "返回中没有 appId，页面只能从别处获取。",
            ),
            Text::new(
                format!("Return \"appId\": \"{expected}\" with the signature."),
                format!("在签名结果中返回 \"appId\": \"{expected}\"。"),
            ),
        )),
        Some(got) if got != expected => out.push(finding(
            "app_id_mismatch",
            Severity::Error,
            Text::new(
                format!(
                    "The endpoint returned appId {got}, but the profile's appId is {expected}."
                ),
                format!("接口返回的 appId 是 {got}，而配置的 appId 是 {expected}。"),
            ),
            Text::new(
                "Make the endpoint use the Official Account's appId and its own jsapi_ticket.",
                "让接口使用该公众号的 appId 及其 jsapi_ticket。",
            ),
        )),
        Some(_) => {}
    }
}

fn check_timestamp(config: &ServerConfig, ctx: &PageContext<'_>, out: &mut Vec<Finding>) {
    let Some(ts) = config.timestamp.as_deref() else {
        return;
    };
    let Ok(value) = ts.trim().parse::<i64>() else {
        out.push(finding(
            "timestamp_invalid",
            Severity::Error,
            Text::new(
                format!("The timestamp `{ts}` is not a whole number of seconds."),
                format!("时间戳 `{ts}` 不是整数秒。"),
            ),
            Text::new(
                "Return the Unix time in seconds, as digits.",
                "请返回以秒为单位的 Unix 时间（纯数字）。",
            ),
        ));
        return;
    };
    // DOMAIN.md §1: the signature may match; whether WeChat then refuses a millisecond
    // timestamp is unconfirmed, so it is a warning and never fails the page on its own.
    if crate::core::sign::TimestampUnit::of(ts) == Some(crate::core::sign::TimestampUnit::Millis) {
        out.push(finding(
            "timestamp_ms",
            Severity::Warning,
            Text::new(
                format!("The timestamp {ts} is in milliseconds, but WeChat documents seconds (Feishu, not WeChat, takes milliseconds): whether WeChat accepts it when the signature matches is unconfirmed."),
                format!("时间戳 {ts} 是毫秒，而微信文档要求秒（要毫秒的是飞书，不是微信）：签名匹配时微信是否接受尚未确认。"),
            ),
            Text::new(
                "Use seconds (Date.now()/1000 rounded down, or time() on the server).",
                "请使用秒（Date.now()/1000 向下取整，或服务端的 time()）。",
            ),
        ));
    } else if (value - ctx.now).abs() > MAX_SKEW_SECS {
        let minutes = (value - ctx.now).abs() / 60;
        out.push(finding(
            "timestamp_skew",
            Severity::Warning,
            Text::new(
                format!("The timestamp is {minutes} minutes away from now: a cached signature or a wrong server clock."),
                format!("时间戳与当前时间相差 {minutes} 分钟：签名被缓存或服务器时钟不准。"),
            ),
            Text::new(
                "Sign on every request with the current time and sync the server clock.",
                "每次请求都用当前时间重新签名，并校准服务器时钟。",
            ),
        ));
    }
}

#[cfg(test)]
#[path = "checks_tests.rs"]
mod tests;

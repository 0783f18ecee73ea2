//! The per-page checks, pure: the page, what the endpoint answered and the image probe come in,
//! a [`PageResult`] goes out. No network, no clock (the run passes `now`).

use crate::core::parse::ServerConfig;
use crate::core::text::msg;
use crate::core::urlcheck::{self, Finding, Severity};
use crate::core::verify::{self, TicketCandidate, VerifyHints, VerifyInput};

use super::context::finding;
pub use super::context::{IOS_CURRENT_URL_CODE, PageContext, reported_cause};
use super::endpoint::EndpointError;
use super::pages::{PageSpec, Platform};
use super::result::{EndpointFailure, PageResult, PageStatus, Reply};
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
    let call = &ctx.spec.calls[0];
    let analysis = urlcheck::analyze_url_as(target, ctx.safe_domains, ctx.spec.domain_wording);
    // The phone's address of a hash-routed page has a fragment; only signing it is wrong, and
    // the signature check below names that, so the URL rule would only repeat itself here.
    let mut findings: Vec<Finding> = analysis
        .findings
        .into_iter()
        .filter(|f| f.code != "fragment")
        .collect();
    let mut result = PageResult {
        sent_url,
        sign_url: analysis.sign_url,
        duration_ms,
        ..PageResult::new(index, page, PageStatus::Error)
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
    // WeChat on iOS verifies the URL the page was loaded with: judged like a realAuthUrl by the
    // core's one rule, which names a server that signed the current URL instead. The
    // verifier's entry-URL causes describe the Android view, so iOS passes none.
    let ios_entry: Vec<String> = match page.platform {
        Platform::Ios if target != page.url => vec![target.to_owned()],
        _ => Vec::new(),
    };
    let verdict = verify::judge_call(
        &VerifyInput {
            url: page.url.clone(),
            entry_url: match page.platform {
                Platform::Android => page.entry_url.clone(),
                Platform::Ios => None,
            },
            tickets: ctx.tickets.to_vec(),
            noncestr,
            timestamp,
            signature,
        },
        call.recipe_check(),
        &VerifyHints::default(),
        &ios_entry,
    )
    .verdict;
    result.signature_match = Some(verdict.matched);
    result.signed_with = signed_with(&verdict, ctx.tickets);
    result.expected_signature = Some(verdict.expected.signature.clone());
    result.causes = verdict
        .causes
        .iter()
        // A matching millisecond timestamp is the `timestamp_ms` warning finding below; the
        // verifier's warning-level cause would only say it twice.
        .filter(|c| c.code != verify::MS_TIMESTAMP_CODE)
        .map(|c| reported_cause(c, ctx.tickets))
        .collect();
    result.notes = verdict.notes.clone();

    // DingTalk's call takes agentId and corpId, not the profile's appKey: nothing to compare.
    if call.fields.profile_id.is_some() {
        check_app_id(config, ctx, &mut findings);
    }
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
            msg!("batch-app-id-missing"),
            msg!("batch-app-id-missing-fix", expected = expected),
        )),
        Some(got) if got != expected => out.push(finding(
            "app_id_mismatch",
            Severity::Error,
            msg!("batch-app-id-mismatch", got = got, expected = expected),
            msg!("batch-app-id-mismatch-fix"),
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
            msg!("batch-timestamp-invalid", ts = ts),
            msg!("batch-timestamp-invalid-fix"),
        ));
        return;
    };
    // DOMAIN.md §1: the signature may match; whether WeChat then refuses a millisecond
    // timestamp is unconfirmed, so it is a warning and never fails the page on its own. Feishu
    // wants milliseconds (a seconds one is the verifier's cause): its skew is in seconds too.
    use crate::core::sign::TimestampUnit;
    let unit = TimestampUnit::of(ts);
    let wanted = ctx.spec.calls[0].recipe.timestamp;
    let value = if unit == Some(TimestampUnit::Millis) {
        value / 1000
    } else {
        value
    };
    if unit == Some(TimestampUnit::Millis) && wanted == TimestampUnit::Seconds {
        out.push(finding(
            "timestamp_ms",
            Severity::Warning,
            msg!("batch-timestamp-ms", ts = ts),
            msg!("batch-timestamp-ms-fix"),
        ));
    } else if (value - ctx.now).abs() > MAX_SKEW_SECS {
        out.push(finding(
            "timestamp_skew",
            Severity::Warning,
            msg!(
                "batch-timestamp-skew",
                minutes = (value - ctx.now).abs() / 60
            ),
            msg!("batch-timestamp-skew-fix"),
        ));
    }
}

#[cfg(test)]
#[path = "checks_tests.rs"]
mod tests;

//! Judging what the page sent, with the existing verifier and share checks: pure. A config call
//! is verified against the URL WeChat checks on the platform (PROBE.md §5) and answered as WeChat
//! would; a share call gets the batch's share checks plus what only a live page shows (called
//! before config, an API missing from that document's jsApiList).

use serde_json::{Value, json};

use super::messages::{PreVerify, ShareParams};
use super::platform::{Emulation, VerifiedUrl};
use super::report::{AnswerMode, Cause, ConfigCall, Finding};
use crate::batch::checks::{self, browser_href};
use crate::batch::share::{self, ImageProbe};
use crate::core::jsapi;
use crate::core::sign::Signature;
use crate::core::text::{Msg, list, msg};
use crate::core::urlcheck::{self, Severity};
use crate::core::verify::{self, TicketCandidate, VerifyHints, VerifyInput};

/// What the run knows about the account.
#[derive(Clone, Debug, Default)]
pub struct Account {
    /// The current ticket first; empty: signatures are not checked.
    pub tickets: Vec<TicketCandidate>,
    pub app_id: Option<String>,
    pub safe_domains: Vec<String>,
}

/// A finding of the page checks; the phone's own findings are made the same way.
pub(crate) fn finding(code: &str, severity: Severity, message: Msg, fix: Msg) -> Finding {
    Finding {
        code: code.to_owned(),
        severity,
        message,
        fix,
    }
}

/// Judges one `preVerifyJSAPI`: `href` is `location.href` at the call, `doc` the document's
/// landing URL. Returns the call as reported and the reply the page gets.
pub fn config_call(
    pre: &PreVerify,
    href: &str,
    doc: &str,
    emu: &Emulation,
    account: &Account,
    mode: AnswerMode,
) -> (ConfigCall, Value) {
    let checked = match emu.verified_url {
        VerifiedUrl::CurrentHref => href,
        VerifiedUrl::LandingUrl => doc,
    };
    let verified_url = browser_href(checked, false);
    let mut findings = Vec::new();
    let mut call = ConfigCall {
        app_id: pre.app_id.clone(),
        timestamp: pre.timestamp.clone(),
        nonce_str: pre.nonce_str.clone(),
        signature: pre.signature.clone(),
        js_api_list: pre.js_api_list.clone(),
        open_tag_list: pre.open_tag_list.clone(),
        href: href.to_owned(),
        verified_url: verified_url.clone(),
        document_url: doc.to_owned(),
        ..ConfigCall::default()
    };

    if !pre.missing.is_empty() {
        let names = pre.missing.join(", ");
        findings.push(finding(
            "config_fields_missing",
            Severity::Error,
            msg!("probe-judge-config-fields-missing", names = names),
            msg!("probe-judge-config-fields-missing-fix"),
        ));
    }

    let domain_ok = domain_ok(&verified_url, &account.safe_domains);
    if !domain_ok {
        findings.push(finding(
            "url_domain",
            Severity::Error,
            msg!(
                "probe-judge-url-domain",
                page = verified_url.as_str(),
                domains = list(account.safe_domains.iter().cloned())
            ),
            msg!("probe-judge-url-domain-fix"),
        ));
    }

    if let Some(expected) = account.app_id.as_deref()
        && !pre.app_id.is_empty()
        && pre.app_id != expected
    {
        findings.push(finding(
            "app_id_mismatch",
            Severity::Error,
            msg!(
                "probe-judge-app-id-mismatch",
                got = pre.app_id.as_str(),
                expected = expected
            ),
            msg!("probe-judge-app-id-mismatch-fix"),
        ));
    }

    for issue in jsapi::check_lists(&pre.js_api_list, &pre.open_tag_list) {
        let severity = if issue.code == "jsapi_deprecated" {
            Severity::Info
        } else {
            Severity::Warning
        };
        findings.push(finding(
            issue.code,
            severity,
            issue.message,
            msg!("probe-judge-js-api-name-fix"),
        ));
    }

    if !account.tickets.is_empty() {
        // Where the current URL is verified, the landing URL is the entry of an SPA: the
        // verifier names a server that signed it, and warns when the current URL passes here
        // but would fail on iOS.
        let current = matches!(emu.verified_url, VerifiedUrl::CurrentHref);
        let (matched, causes, notes, expected, signed_with) = verify_call(
            pre,
            href,
            current.then_some(doc),
            &[checked.to_owned()],
            !current,
            account,
        );
        call.matched = Some(matched);
        call.signed_with = signed_with;
        call.causes = causes;
        call.notes = notes;
        call.expected_signature = Some(expected.signature);
    } else {
        findings.push(finding(
            "not_verified",
            Severity::Info,
            msg!("probe-judge-not-verified"),
            msg!("probe-judge-not-verified-fix"),
        ));
    }

    let wechat_answer = if !pre.missing.is_empty() {
        "config:fail"
    } else if !domain_ok {
        "config:invalid url domain"
    } else if call.matched == Some(false) {
        "config:invalid signature"
    } else {
        "config:ok"
    };
    call.answer = match mode {
        AnswerMode::Wechat => wechat_answer,
        AnswerMode::Ok => "config:ok",
        AnswerMode::Fail => "config:invalid signature",
    }
    .to_owned();
    call.findings = findings;
    let reply = if call.answer == "config:ok" {
        json!({ "errMsg": "config:ok" })
    } else {
        // Newer clients add the URL they verified (with its #…) to a failed config.
        json!({ "errMsg": call.answer, "realAuthUrl": [checked] })
    };
    (call, reply)
}

fn domain_ok(url: &str, safe_domains: &[String]) -> bool {
    if safe_domains.is_empty() {
        return true;
    }
    url::Url::parse(url)
        .ok()
        .is_some_and(|u| urlcheck::matching_entry(&u, safe_domains).is_some())
}

/// Judges a config the real client answered with realAuthUrl (a phone, PHONE.md §4): the
/// verdict, causes and expected signature are redone on what the client says it verified, by
/// the same rule as `wxsign verify --real-auth-url`, and `verified_url` becomes that URL.
pub fn rejudge(call: &mut ConfigCall, real_auth: &[String], account: &Account) {
    if account.tickets.is_empty() || real_auth.is_empty() {
        return;
    }
    let pre = PreVerify {
        app_id: call.app_id.clone(),
        timestamp: call.timestamp.clone(),
        nonce_str: call.nonce_str.clone(),
        signature: call.signature.clone(),
        ..PreVerify::default()
    };
    let entry = Some(call.document_url.as_str()).filter(|d| !d.is_empty());
    let (matched, causes, notes, expected, signed_with) =
        verify_call(&pre, &call.href, entry, real_auth, false, account);
    call.matched = Some(matched);
    call.signed_with = signed_with;
    call.causes = causes;
    call.notes = notes;
    call.verified_url = browser_href(&expected.url, false);
    call.expected_signature = Some(expected.signature);
}

/// The verdict of one config on `real_auth`, the URLs the client verifies (the probe: the one
/// its platform checks, the landing URL on iOS and the current one on Android; a phone: the
/// client's realAuthUrl): judged by the same rule as `wxsign verify --real-auth-url`. `entry`
/// is the landing URL of an SPA when the current URL is the one verified; `ios_words` says a
/// signed current URL the iOS way.
fn verify_call(
    pre: &PreVerify,
    href: &str,
    entry: Option<&str>,
    real_auth: &[String],
    ios_words: bool,
    account: &Account,
) -> (bool, Vec<Cause>, Vec<Msg>, Signature, Option<usize>) {
    let judgement = verify::judge(
        &VerifyInput {
            url: href.to_owned(),
            entry_url: entry.map(str::to_owned),
            tickets: account.tickets.clone(),
            noncestr: pre.nonce_str.clone(),
            timestamp: pre.timestamp.clone(),
            signature: pre.signature.clone(),
        },
        &VerifyHints::default(),
        real_auth,
    );
    let verdict = judgement.verdict;
    let signed_with = checks::signed_with(&verdict, &account.tickets);
    let causes: Vec<Cause> = verdict
        .causes
        .iter()
        .map(|c| {
            let mut r = checks::reported_cause(c, &account.tickets);
            if !ios_words && c.code == verify::PAGE_URL_CODE {
                // Not an iOS client (a phone's realAuthUrl): the verifier's own words.
                r.code = c.code.clone();
                r.message = c.message.clone();
            }
            Cause {
                code: r.code,
                message: r.message,
                string1: r.string1,
            }
        })
        .collect();
    let notes = verdict.notes.clone();
    (
        verdict.matched,
        causes,
        notes,
        verdict.expected,
        signed_with,
    )
}

/// The share checks of one share call. `list` is the jsApiList of the document's last config
/// (`None`: the document never called `wx.config`).
pub fn share_findings(
    api: &str,
    params: &ShareParams,
    before_config: bool,
    list: Option<&[String]>,
    safe_domains: &[String],
    image: Option<&ImageProbe>,
) -> Vec<Finding> {
    let mut raw = Vec::new();
    match &params.link {
        Some(link) => share::check_link(link, safe_domains, &mut raw),
        None => raw.push(urlcheck::Finding {
            code: "share_link_missing",
            severity: Severity::Warning,
            message: msg!("probe-judge-share-link-missing", api = api),
            fix: msg!("probe-judge-share-link-missing-fix"),
        }),
    }
    match &params.img_url {
        Some(img) => share::check_img_url(img, image, &mut raw),
        None => raw.push(urlcheck::Finding {
            code: "share_img_missing",
            severity: Severity::Warning,
            message: msg!("probe-judge-share-img-missing", api = api),
            fix: msg!("probe-judge-share-img-missing-fix"),
        }),
    }
    share::check_text(
        "title",
        params.title.as_deref().unwrap_or_default(),
        share::LONG_TITLE,
        &mut raw,
    );
    if has_desc(api) {
        share::check_text(
            "desc",
            params.desc.as_deref().unwrap_or_default(),
            share::LONG_DESC,
            &mut raw,
        );
    }
    let mut out: Vec<Finding> = raw.into_iter().map(Finding::from).collect();
    match list {
        None => out.push(finding(
            "share_without_config",
            Severity::Error,
            msg!("probe-judge-share-without-config", api = api),
            msg!("probe-judge-share-without-config-fix"),
        )),
        Some(list) if !list.iter().any(|n| n == api) => out.push(finding(
            "share_api_missing",
            Severity::Error,
            msg!("probe-judge-share-api-missing", api = api),
            msg!("probe-judge-share-api-missing-fix", api = api),
        )),
        Some(_) => {}
    }
    if before_config {
        out.push(finding(
            "share_before_config",
            Severity::Warning,
            msg!("probe-judge-share-before-config", api = api),
            msg!("probe-judge-share-before-config-fix"),
        ));
    }
    out
}

/// The timeline share carries no description (jweixin uses the title); QQ, Weibo and QZone
/// cards show the page's `desc` as a chat card does.
fn has_desc(api: &str) -> bool {
    !matches!(api, "updateTimelineShareData" | "onMenuShareTimeline")
}

/// Whether the checks of a run found an error: used with the verdicts for the exit code.
pub fn has_error(findings: &[Finding]) -> bool {
    findings.iter().any(|f| f.severity == Severity::Error)
}

#[cfg(test)]
#[path = "judge_tests.rs"]
mod tests;

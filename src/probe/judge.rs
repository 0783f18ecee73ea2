//! Judging what the page sent, with the existing verifier and share checks: pure. A config call
//! is verified against the URL WeChat checks on the platform (PROBE.md §5) and answered as WeChat
//! would; a share call gets the batch's share checks plus what only a live page shows (called
//! before config, an API missing from that document's jsApiList).

use serde_json::{Value, json};

use super::messages::{PreVerify, ShareParams};
use super::platform::{Emulation, VerifiedUrl};
use super::report::{AnswerMode, Cause, ConfigCall, Finding};
use crate::batch::checks::{self, browser_href, redact_tickets};
use crate::batch::result::Finding as BatchFinding;
use crate::batch::share::{self, ImageProbe};
use crate::core::jsapi;
use crate::core::text::Text;
use crate::core::urlcheck::{self, Severity};
use crate::core::verify::{self, TicketCandidate, VerifyHints, VerifyInput};
use crate::i18n::both;

/// What the run knows about the account.
#[derive(Clone, Debug, Default)]
pub struct Account {
    /// The current ticket first; empty: signatures are not checked.
    pub tickets: Vec<TicketCandidate>,
    pub app_id: Option<String>,
    pub safe_domains: Vec<String>,
}

fn finding(code: &str, severity: Severity, message: Text, fix: Text) -> Finding {
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
            Text::new(
                format!("wx.config is missing {names}; WeChat answers config:fail."),
                format!("wx.config 缺少 {names}；微信会返回 config:fail。"),
            ),
            Text::new(
                "Pass appId, timestamp, nonceStr, signature and jsApiList to wx.config.",
                "请向 wx.config 传入 appId、timestamp、nonceStr、signature 和 jsApiList。",
            ),
        ));
    }

    let domain_ok = domain_ok(&verified_url, &account.safe_domains);
    if !domain_ok {
        findings.push(finding(
            "url_domain",
            Severity::Error,
            Text::new(
                format!(
                    "The page {verified_url} is not under a JS safe domain ({}); WeChat answers config:invalid url domain whatever the signature.",
                    account.safe_domains.join(", ")
                ),
                format!(
                    "页面 {verified_url} 不在 JS 接口安全域名（{}）之下；无论签名如何，微信都会返回 config:invalid url domain。",
                    account.safe_domains.join("、")
                ),
            ),
            Text::new(
                "Add the domain in 公众号设置 → 功能设置 → JS接口安全域名, or serve the page from a safe domain.",
                "请在 公众号设置 → 功能设置 → JS接口安全域名 中添加该域名，或从安全域名提供页面。",
            ),
        ));
    }

    if let Some(expected) = account.app_id.as_deref()
        && !pre.app_id.is_empty()
        && pre.app_id != expected
    {
        findings.push(finding(
            "app_id_mismatch",
            Severity::Error,
            Text::new(
                format!("The page configures appId {}, but the profile's appId is {expected}.", pre.app_id),
                format!("页面配置的 appId 是 {}，而配置中的 appId 是 {expected}。", pre.app_id),
            ),
            Text::new(
                "Make the page use the Official Account's appId and a signature from its own jsapi_ticket.",
                "请让页面使用该公众号的 appId，以及用它自己的 jsapi_ticket 生成的签名。",
            ),
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
            both(&issue.message),
            Text::new(
                "Fix the name in wx.config (names are case-sensitive).",
                "请修正 wx.config 中的名称（区分大小写）。",
            ),
        ));
    }

    if !account.tickets.is_empty() {
        let (matched, causes, notes, expected, signed_with) =
            verify_call(pre, href, doc, checked, emu, account);
        call.matched = Some(matched);
        call.signed_with = signed_with;
        call.causes = causes;
        call.notes = notes;
        call.expected_signature = Some(expected);
    } else {
        findings.push(finding(
            "not_verified",
            Severity::Info,
            Text::new(
                "No jsapi_ticket was given, so the signature was not checked.",
                "没有提供 jsapi_ticket，未检查签名。",
            ),
            Text::new(
                "Pass --ticket or --profile to verify the signature.",
                "请传入 --ticket 或 --profile 以验证签名。",
            ),
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

/// The verdict of one config on the URL this platform verifies (`checked`: the landing URL on
/// iOS, the current one on Android), which is what the probe reports as realAuthUrl: judged by
/// the same rule as `wxsign verify --real-auth-url`.
fn verify_call(
    pre: &PreVerify,
    href: &str,
    doc: &str,
    checked: &str,
    emu: &Emulation,
    account: &Account,
) -> (bool, Vec<Cause>, Vec<Text>, String, Option<usize>) {
    let current = matches!(emu.verified_url, VerifiedUrl::CurrentHref);
    let judgement = verify::judge(
        &VerifyInput {
            url: href.to_owned(),
            // Where the current URL is verified, the landing URL is the entry of an SPA: the
            // verifier names a server that signed it, and warns when the current URL passes here
            // but would fail on iOS.
            entry_url: current.then(|| doc.to_owned()),
            tickets: account.tickets.clone(),
            noncestr: pre.nonce_str.clone(),
            timestamp: pre.timestamp.clone(),
            signature: pre.signature.clone(),
        },
        &VerifyHints::default(),
        &[checked.to_owned()],
    );
    let verdict = judgement.verdict;
    let signed_with = checks::signed_with(&verdict, &account.tickets);
    let causes: Vec<Cause> = verdict
        .causes
        .into_iter()
        .map(|c| {
            let string1 = redact_tickets(&c.string1, &account.tickets);
            if c.code == verify::PAGE_URL_CODE {
                // The page URL is the current one, realAuthUrl the landing one: said the iOS way.
                Cause {
                    code: "ios_current_url".to_owned(),
                    message: Text::new(
                        "The page signed its current URL after a route change, but WeChat on iOS checks the URL the page was loaded with; sign that landing URL on iOS (or reload the page on route changes).",
                        "页面在路由切换后签了当前 URL，但 iOS 微信校验的是页面加载时的 URL；iOS 上请签这个落地 URL（或在路由切换时重新加载页面）。",
                    ),
                    string1,
                }
            } else {
                Cause {
                    string1,
                    message: both(&c.message),
                    code: c.code,
                }
            }
        })
        .collect();
    (
        verdict.matched,
        causes,
        verdict.notes.iter().map(both).collect(),
        verdict.expected.signature,
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
        None => raw.push(BatchFinding {
            code: "share_link_missing",
            severity: Severity::Warning,
            message: Text::new(
                format!("{api} has no link: the card will point at whatever page is open."),
                format!("{api} 没有 link：卡片将指向当时打开的页面。"),
            ),
            fix: Text::new(
                "Pass the page's canonical https link.",
                "请传入页面的规范 https 链接。",
            ),
        }),
    }
    match &params.img_url {
        Some(img) => share::check_img_url(img, image, &mut raw),
        None => raw.push(BatchFinding {
            code: "share_img_missing",
            severity: Severity::Warning,
            message: Text::new(
                format!("{api} has no imgUrl: the card shows a blank or default thumbnail."),
                format!("{api} 没有 imgUrl：卡片缩略图将为空白或默认图。"),
            ),
            fix: Text::new(
                "Pass an absolute https image URL.",
                "请传入完整的 https 图片地址。",
            ),
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
            Text::new(
                format!("The page calls {api} but never called wx.config: WeChat ignores it."),
                format!("页面调用了 {api}，但从未调用 wx.config：微信会忽略它。"),
            ),
            Text::new(
                "Call wx.config first and set the share inside wx.ready.",
                "请先调用 wx.config，并在 wx.ready 中设置分享。",
            ),
        )),
        Some(list) if !list.iter().any(|n| n == api) => out.push(finding(
            "share_api_missing",
            Severity::Error,
            Text::new(
                format!(
                    "The page calls {api} but jsApiList lacks it: WeChat answers permission denied."
                ),
                format!("页面调用了 {api}，但 jsApiList 中没有它：微信会返回 permission denied。"),
            ),
            Text::new(
                format!("Add {api} to jsApiList."),
                format!("请将 {api} 加入 jsApiList。"),
            ),
        )),
        Some(_) => {}
    }
    if before_config {
        out.push(finding(
            "share_before_config",
            Severity::Warning,
            Text::new(
                format!("{api} was called before wx.config completed; on a slow phone it runs before the signature is verified and fails."),
                format!("{api} 在 wx.config 完成之前就被调用；在较慢的手机上它会先于签名验证执行而失败。"),
            ),
            Text::new(
                "Call the share APIs inside wx.ready(...).",
                "请在 wx.ready(...) 中调用分享接口。",
            ),
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

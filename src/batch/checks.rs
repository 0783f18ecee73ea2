//! The per-page checks, pure: the page, what the endpoint answered and the image probe come in,
//! a [`PageResult`] goes out. No network, no clock (the run passes `now`).

use crate::core::parse::ServerConfig;
use crate::core::sign;
use crate::core::text::Text;
use crate::core::urlcheck::{self, Finding, Severity};
use crate::core::verify::{self, TicketCandidate, VerifyInput};

use super::endpoint::EndpointError;
use super::pages::{PageSpec, Platform};
use super::result::{CauseSummary, EndpointFailure, PageResult, PageStatus, Reply};

/// JS API names of JS-SDK 1.6.0 (DOMAIN.md §6).
pub const CURRENT_APIS: [&str; 37] = [
    "updateAppMessageShareData",
    "updateTimelineShareData",
    "startRecord",
    "stopRecord",
    "onVoiceRecordEnd",
    "playVoice",
    "pauseVoice",
    "stopVoice",
    "onVoicePlayEnd",
    "uploadVoice",
    "downloadVoice",
    "chooseImage",
    "previewImage",
    "uploadImage",
    "downloadImage",
    "translateVoice",
    "getNetworkType",
    "openLocation",
    "getLocation",
    "hideOptionMenu",
    "showOptionMenu",
    "hideMenuItems",
    "showMenuItems",
    "hideAllNonBaseMenuItem",
    "showAllNonBaseMenuItem",
    "closeWindow",
    "scanQRCode",
    "openProductSpecificView",
    "addCard",
    "chooseCard",
    "openCard",
    "chooseWXPay",
    "getLocalImgData",
    "openAddress",
    "startSearchBeacons",
    "stopSearchBeacons",
    "onSearchBeacons",
];

/// Share APIs that still work but should be migrated.
pub const DEPRECATED_APIS: [&str; 5] = [
    "onMenuShareTimeline",
    "onMenuShareAppMessage",
    "onMenuShareQQ",
    "onMenuShareQZone",
    "onMenuShareWeibo",
];

/// Titles longer than this are cut in the share card.
pub const LONG_TITLE: usize = 64;
/// Descriptions longer than this are cut in the share card.
pub const LONG_DESC: usize = 120;
/// A timestamp further than this from the run's clock means a cached or mis-clocked signature.
pub const MAX_SKEW_SECS: i64 = 600;

/// What the run knows about the account, shared by every page.
#[derive(Clone, Copy, Debug)]
pub struct PageContext<'a> {
    /// The profile's appId; `None` skips the appId check.
    pub app_id: Option<&'a str>,
    pub safe_domains: &'a [String],
    /// The current ticket first, then older candidates.
    pub tickets: &'a [TicketCandidate],
    /// Unix seconds when the page was checked.
    pub now: i64,
}

/// What the network check of `imgUrl` saw.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImageProbe {
    Image,
    /// The server answered, but not with an image.
    NotImage {
        status: u16,
        content_type: Option<String>,
    },
    /// No answer (refused, timeout, DNS).
    Unreachable {
        reason: String,
    },
}

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

fn finding(code: &'static str, severity: Severity, message: Text, fix: Text) -> Finding {
    Finding {
        code,
        severity,
        message,
        fix,
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
    let mut findings: Vec<Finding> = analysis
        .findings
        .into_iter()
        .map(|mut f| {
            // The phone's address of a hash-routed page has a fragment; only signing it is wrong,
            // and the signature check below catches that.
            if f.code == "fragment" {
                f.severity = Severity::Info;
            }
            f
        })
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
        endpoint_error: None,
        reply: None,
        signature_match: None,
        expected_signature: None,
        causes: Vec::new(),
        notes: Vec::new(),
        findings: Vec::new(),
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
    result.expected_signature = Some(verdict.expected.signature.clone());
    result.causes = verdict
        .causes
        .into_iter()
        .map(|c| CauseSummary {
            string1: redact_tickets(&c.string1, ctx.tickets),
            code: c.code,
            message: c.message,
        })
        .collect();
    result.notes = verdict.notes;
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
    let failed = !verdict.matched || findings.iter().any(|f| f.severity == Severity::Error);
    result.status = if failed {
        PageStatus::Fail
    } else {
        PageStatus::Pass
    };
    result.findings = findings;
    result
}

/// string1 with every candidate ticket replaced by its preview: reports are files.
pub fn redact_tickets(string1: &str, tickets: &[TicketCandidate]) -> String {
    let mut s = string1.to_owned();
    for t in tickets {
        if !t.ticket.is_empty() {
            s = s.replace(t.ticket.reveal(), &t.ticket.preview());
        }
    }
    s
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
    if value >= 100_000_000_000 {
        out.push(finding(
            "timestamp_ms",
            Severity::Warning,
            Text::new(
                format!("The timestamp {ts} is in milliseconds."),
                format!("时间戳 {ts} 是毫秒。"),
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

fn check_share(
    page: &PageSpec,
    config: &ServerConfig,
    image: Option<&ImageProbe>,
    ctx: &PageContext<'_>,
    out: &mut Vec<Finding>,
) {
    let share = &page.share;
    if let Some(link) = &share.link {
        check_link(link, ctx.safe_domains, out);
    }
    if let Some(img) = &share.img_url {
        check_img_url(img, image, out);
    }
    if let Some(title) = &share.title {
        check_text("title", title, LONG_TITLE, out);
    }
    if let Some(desc) = &share.desc {
        check_text("desc", desc, LONG_DESC, out);
    }
    let list: Option<&[String]> = page
        .js_api_list
        .as_deref()
        .or((!config.js_api_list.is_empty()).then_some(config.js_api_list.as_slice()));
    if let Some(list) = list {
        check_js_api_list(list, share.is_set(), out);
    } else if share.is_set() {
        out.push(finding(
            "js_api_list_unknown",
            Severity::Info,
            Text::new(
                "No jsApiList for this page, so the share APIs could not be checked.",
                "此页面没有 jsApiList，无法检查分享接口。",
            ),
            Text::new(
                "Add jsApiList to the pages file.",
                "请在页面清单中填写 jsApiList。",
            ),
        ));
    }
}

fn check_link(link: &str, safe_domains: &[String], out: &mut Vec<Finding>) {
    let parsed = url::Url::parse(link.trim())
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some());
    let Some(parsed) = parsed else {
        out.push(finding(
            "share_link_invalid",
            Severity::Error,
            Text::new(
                format!("The share link `{link}` is not an absolute http(s) URL."),
                format!("分享链接 `{link}` 不是完整的 http(s) 地址。"),
            ),
            Text::new(
                "Use the full URL, e.g. https://your-domain/page.",
                "请使用完整地址，例如 https://你的域名/page。",
            ),
        ));
        return;
    };
    if !safe_domains.is_empty() && urlcheck::matching_entry(&parsed, safe_domains).is_none() {
        out.push(finding(
            "share_link_domain",
            Severity::Error,
            Text::new(
                format!(
                    "The share link's host {} is not under a JS safe domain ({}).",
                    parsed.host_str().unwrap_or_default(),
                    safe_domains.join(", ")
                ),
                format!(
                    "分享链接的域名 {} 不在 JS 接口安全域名（{}）之下。",
                    parsed.host_str().unwrap_or_default(),
                    safe_domains.join("、")
                ),
            ),
            Text::new(
                "Share a link on a safe domain, or add the domain in 公众号设置 → 功能设置.",
                "请分享安全域名下的链接，或在 公众号设置 → 功能设置 中添加该域名。",
            ),
        ));
    }
}

fn check_img_url(img: &str, probe: Option<&ImageProbe>, out: &mut Vec<Finding>) {
    let parsed = url::Url::parse(img.trim()).ok();
    match parsed.as_ref().map(url::Url::scheme) {
        Some("https") => {}
        Some("http") => out.push(finding(
            "share_img_http",
            Severity::Warning,
            Text::new(
                format!("The share image `{img}` is served over plain http."),
                format!("分享图片 `{img}` 使用的是 http。"),
            ),
            Text::new("Serve the image over https.", "请通过 https 提供图片。"),
        )),
        _ => {
            out.push(finding(
                "share_img_invalid",
                Severity::Error,
                Text::new(
                    format!("The share image `{img}` is not an absolute https URL."),
                    format!("分享图片 `{img}` 不是完整的 https 地址。"),
                ),
                Text::new(
                    "Use the image's full https URL; relative paths do not work in a share card.",
                    "请使用图片的完整 https 地址；分享卡片不支持相对路径。",
                ),
            ));
            return;
        }
    }
    match probe {
        None | Some(ImageProbe::Image) => {}
        Some(ImageProbe::NotImage {
            status,
            content_type,
        }) => {
            let ct = content_type.as_deref().unwrap_or("none");
            out.push(finding(
                "share_img_not_image",
                Severity::Error,
                Text::new(
                    format!("The share image answered HTTP {status} with content type {ct}, not an image."),
                    format!("分享图片返回 HTTP {status}，内容类型为 {ct}，不是图片。"),
                ),
                Text::new(
                    "Point imgUrl at an image that is publicly reachable.",
                    "请让 imgUrl 指向可公开访问的图片。",
                ),
            ));
        }
        Some(ImageProbe::Unreachable { reason }) => out.push(finding(
            "share_img_unreachable",
            Severity::Warning,
            Text::new(
                format!("The share image could not be fetched ({reason})."),
                format!("无法获取分享图片（{reason}）。"),
            ),
            Text::new(
                "Check that the image is publicly reachable from the internet.",
                "请确认该图片可以从公网访问。",
            ),
        )),
    }
}

fn check_text(field: &'static str, value: &str, limit: usize, out: &mut Vec<Finding>) {
    let (code_empty, code_long) = if field == "title" {
        ("share_title_empty", "share_title_long")
    } else {
        ("share_desc_empty", "share_desc_long")
    };
    let n = value.chars().count();
    if value.trim().is_empty() {
        out.push(finding(
            code_empty,
            Severity::Warning,
            Text::new(
                format!("The share {field} is empty."),
                format!("分享{} 为空。", zh_field(field)),
            ),
            Text::new(
                format!("Give the share card a {field}."),
                format!("请为分享卡片填写{}。", zh_field(field)),
            ),
        ));
    } else if n > limit {
        out.push(finding(
            code_long,
            Severity::Warning,
            Text::new(
                format!("The share {field} has {n} characters; the card shows far fewer."),
                format!(
                    "分享{}有 {n} 个字符，卡片只显示其中一小部分。",
                    zh_field(field)
                ),
            ),
            Text::new(
                format!("Keep the {field} under {limit} characters."),
                format!("请将{}控制在 {limit} 个字符以内。", zh_field(field)),
            ),
        ));
    }
}

fn zh_field(field: &str) -> &'static str {
    if field == "title" { "标题" } else { "描述" }
}

fn check_js_api_list(list: &[String], shares: bool, out: &mut Vec<Finding>) {
    let unknown: Vec<&str> = list
        .iter()
        .map(String::as_str)
        .filter(|n| !CURRENT_APIS.contains(n) && !DEPRECATED_APIS.contains(n) && *n != "checkJsApi")
        .collect();
    if !unknown.is_empty() {
        let names = unknown.join(", ");
        out.push(finding(
            "js_api_unknown",
            Severity::Warning,
            Text::new(
                format!("jsApiList names unknown APIs: {names}."),
                format!("jsApiList 中有未知接口：{names}。"),
            ),
            Text::new(
                "Check the spelling against the JS-SDK documentation (names are case-sensitive).",
                "请对照 JS-SDK 文档检查拼写（区分大小写）。",
            ),
        ));
    }
    let deprecated: Vec<&str> = list
        .iter()
        .map(String::as_str)
        .filter(|n| DEPRECATED_APIS.contains(n))
        .collect();
    if !deprecated.is_empty() {
        let names = deprecated.join(", ");
        out.push(finding(
            "js_api_deprecated",
            Severity::Info,
            Text::new(
                format!("jsApiList uses deprecated APIs: {names}."),
                format!("jsApiList 使用了已废弃的接口：{names}。"),
            ),
            Text::new(
                "Migrate to updateAppMessageShareData and updateTimelineShareData.",
                "请迁移到 updateAppMessageShareData 和 updateTimelineShareData。",
            ),
        ));
    }
    if shares {
        let has = |a: &str, b: &str| list.iter().any(|n| n == a || n == b);
        let mut missing = Vec::new();
        if !has("updateAppMessageShareData", "onMenuShareAppMessage") {
            missing.push("updateAppMessageShareData");
        }
        if !has("updateTimelineShareData", "onMenuShareTimeline") {
            missing.push("updateTimelineShareData");
        }
        if !missing.is_empty() {
            let names = missing.join(", ");
            out.push(finding(
                "share_api_missing",
                Severity::Error,
                Text::new(
                    format!("The page shares but jsApiList lacks {names}."),
                    format!("页面设置了分享，但 jsApiList 缺少 {names}。"),
                ),
                Text::new(
                    format!("Add {names} to jsApiList and call it inside wx.ready."),
                    format!("请将 {names} 加入 jsApiList，并在 wx.ready 中调用。"),
                ),
            ));
        }
    }
}

#[cfg(test)]
#[path = "checks_tests.rs"]
mod tests;

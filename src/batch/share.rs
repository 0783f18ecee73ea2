//! The share settings QA checks (DOMAIN.md §6, §7): `link` under a safe domain, `imgUrl` an
//! absolute https URL that answers with an image, title and desc neither empty nor very long,
//! jsApiList names known and current, and the share APIs listed when the page shares.

use crate::core::jsapi;
use crate::core::parse::ServerConfig;
use crate::core::text::Text;
use crate::core::urlcheck::{self, Severity};

use super::context::{PageContext, finding};
use super::pages::PageSpec;
use super::result::Finding;

/// Titles longer than this are cut in the share card.
pub const LONG_TITLE: usize = 64;
/// Descriptions longer than this are cut in the share card.
pub const LONG_DESC: usize = 120;
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

pub(super) fn check_share(
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

pub(crate) fn check_link(link: &str, safe_domains: &[String], out: &mut Vec<Finding>) {
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

pub(crate) fn check_img_url(img: &str, probe: Option<&ImageProbe>, out: &mut Vec<Finding>) {
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

pub(crate) fn check_text(field: &'static str, value: &str, limit: usize, out: &mut Vec<Finding>) {
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
        .filter(|n| matches!(jsapi::lookup(n), None | Some(jsapi::ApiKind::OpenTag)))
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
        .filter(|n| matches!(jsapi::lookup(n), Some(jsapi::ApiKind::Deprecated { .. })))
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

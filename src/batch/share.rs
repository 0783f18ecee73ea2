//! The share settings QA checks (DOMAIN.md §6, §7): `link` under a safe domain, `imgUrl` an
//! absolute https URL that answers with an image, title and desc neither empty nor very long,
//! jsApiList names known and current, and the share APIs listed when the page shares.

use crate::core::jsapi;
use crate::core::parse::ServerConfig;
use crate::core::text::{Msg, list, msg};
use crate::core::urlcheck::{self, Finding, Severity};

use super::context::{PageContext, finding};
use super::pages::PageSpec;

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
            msg!("batch-js-api-list-unknown"),
            msg!("batch-js-api-list-unknown-fix"),
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
            msg!("batch-share-link-invalid", link = link),
            msg!("batch-share-link-invalid-fix"),
        ));
        return;
    };
    if !safe_domains.is_empty() && urlcheck::matching_entry(&parsed, safe_domains).is_none() {
        out.push(finding(
            "share_link_domain",
            Severity::Error,
            msg!(
                "batch-share-link-domain",
                host = parsed.host_str().unwrap_or_default(),
                domains = list(safe_domains.iter().cloned())
            ),
            msg!("batch-share-link-domain-fix"),
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
            msg!("batch-share-img-http", img = img),
            msg!("batch-share-img-http-fix"),
        )),
        _ => {
            out.push(finding(
                "share_img_invalid",
                Severity::Error,
                msg!("batch-share-img-invalid", img = img),
                msg!("batch-share-img-invalid-fix"),
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
                msg!("batch-share-img-not-image", status = *status, ct = ct),
                msg!("batch-share-img-not-image-fix"),
            ));
        }
        Some(ImageProbe::Unreachable { reason }) => out.push(finding(
            "share_img_unreachable",
            Severity::Warning,
            msg!("batch-share-img-unreachable", reason = reason),
            msg!("batch-share-img-unreachable-fix"),
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
            msg!("batch-share-text-empty", field = field_name(field)),
            msg!("batch-share-text-empty-fix", field = field_name(field)),
        ));
    } else if n > limit {
        out.push(finding(
            code_long,
            Severity::Warning,
            msg!("batch-share-text-long", field = field_name(field), n = n),
            msg!(
                "batch-share-text-long-fix",
                field = field_name(field),
                limit = limit
            ),
        ));
    }
}

/// `title` / `desc` as the share messages name them (标题 / 描述).
fn field_name(field: &str) -> Msg {
    if field == "title" {
        msg!("batch-share-title")
    } else {
        msg!("batch-share-desc")
    }
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
            msg!("batch-js-api-unknown", names = names),
            msg!("batch-js-api-unknown-fix"),
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
            msg!("batch-js-api-deprecated", names = names),
            msg!("batch-js-api-deprecated-fix"),
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
                msg!("batch-share-api-missing", names = names.as_str()),
                msg!("batch-share-api-missing-fix", names = names),
            ));
        }
    }
}

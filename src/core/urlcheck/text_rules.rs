//! The findings about the text of a URL (encoding, whitespace, invisible characters, length),
//! one constructor per stable `code`, in both languages.

use super::rules::finding;
use super::{Finding, Severity};
use crate::core::text::Text;

/// URLs longer than this many bytes draw a `too_long` warning: nginx and Apache refuse request
/// lines over 8 KB by default, and share cards and QR codes break well before that.
pub const LONG_URL_BYTES: usize = 8 * 1024;

/// `times` is how often the URL was encoded (1 for `https%3A%2F%2F…`).
pub(super) fn whole_url_encoded(times: usize, decoded: &str) -> Finding {
    let (code, en, zh) = if times == 1 {
        (
            "whole_url_encoded",
            "The whole URL is percent-encoded (encodeURIComponent): no page has this address."
                .to_owned(),
            "整个 URL 被百分号编码过（encodeURIComponent），没有页面的地址是这样的。".to_owned(),
        )
    } else {
        (
            "double_encoded",
            format!("The whole URL is percent-encoded {times} times: no page has this address."),
            format!("整个 URL 被百分号编码了 {times} 次，没有页面的地址是这样的。"),
        )
    };
    finding(
        code,
        Severity::Error,
        Text::new(en, zh),
        Text::new(
            format!(
                "Decode it on the server before signing (decodeURIComponent / urldecode, {times}×): {decoded}"
            ),
            format!("服务端签名前先解码（decodeURIComponent / urldecode，{times} 次）：{decoded}"),
        ),
    )
}

pub(super) fn percent_encoded_twice() -> Finding {
    finding(
        "percent_encoded_twice",
        Severity::Warning,
        Text::new(
            "The URL contains '%25' followed by hex digits: a percent escape that was encoded again.",
            "URL 中有 '%25' 后跟十六进制数字：百分号转义被再次编码了。",
        ),
        Text::new(
            "Compare with the address the page really has; encode parameters once (one encodeURIComponent per value).",
            "与页面真实地址对比；参数只编码一次（每个值一次 encodeURIComponent）。",
        ),
    )
}

pub(super) fn html_entity() -> Finding {
    finding(
        "html_entity",
        Severity::Warning,
        Text::new(
            "The URL contains '&amp;' or '&#38;': it was HTML-escaped (copied from page source or a template).",
            "URL 中有 '&amp;' 或 '&#38;'：它被 HTML 转义过（从网页源码或模板中复制）。",
        ),
        Text::new(
            "Replace '&amp;' with '&', or better, sign the URL the page sends (location.href).",
            "把 '&amp;' 换成 '&'，最好直接对页面传来的 URL（location.href）签名。",
        ),
    )
}

pub(super) fn surrounding_whitespace() -> Finding {
    finding(
        "surrounding_whitespace",
        Severity::Warning,
        Text::new(
            "The URL has spaces or control characters at its start or end; the browser trims them.",
            "URL 首尾有空格或控制字符；浏览器会去掉它们。",
        ),
        Text::new("Trim the URL before signing.", "签名前先去掉首尾空白。"),
    )
}

pub(super) fn whitespace(count: usize) -> Finding {
    finding(
        "whitespace",
        Severity::Warning,
        Text::new(
            format!(
                "The URL contains {count} space, tab or newline character(s): the browser encodes spaces as %20 and drops tabs and newlines."
            ),
            format!(
                "URL 中有 {count} 个空格、制表符或换行：浏览器把空格编码为 %20，并删除制表符和换行。"
            ),
        ),
        Text::new(
            "Sign the sign URL, or fix the link that produced the whitespace.",
            "对\u{201c}签名 URL\u{201d}签名，或修正产生空白的链接。",
        ),
    )
}

pub(super) fn control_char(list: &str) -> Finding {
    finding(
        "control_char",
        Severity::Warning,
        Text::new(
            format!(
                "The URL contains control characters ({list}); the browser percent-encodes them."
            ),
            format!("URL 中有控制字符（{list}）；浏览器会对其百分号编码。"),
        ),
        Text::new(
            "Remove them: they usually come from copying out of a document or a chat.",
            "删除它们：它们通常来自从文档或聊天中复制。",
        ),
    )
}

pub(super) fn invisible_char(list: &str) -> Finding {
    finding(
        "invisible_char",
        Severity::Warning,
        Text::new(
            format!(
                "The URL contains invisible or unusual space characters ({list}); the page would see them percent-encoded."
            ),
            format!("URL 中有不可见字符或特殊空格（{list}）；页面会看到它们的百分号编码。"),
        ),
        Text::new(
            "Retype the URL or copy it from the address bar: these characters come from chat apps and word processors.",
            "重新输入 URL 或从地址栏复制：这些字符来自聊天软件和文字处理软件。",
        ),
    )
}

pub(super) fn too_long(len: usize) -> Finding {
    finding(
        "too_long",
        Severity::Warning,
        Text::new(
            format!(
                "The URL is {len} bytes long; servers and proxies often refuse more than {LONG_URL_BYTES}."
            ),
            format!("URL 长 {len} 字节；服务器和代理通常拒绝超过 {LONG_URL_BYTES} 字节的 URL。"),
        ),
        Text::new(
            "Keep state on the server or in the fragment instead of the query.",
            "把状态放在服务端或 # 片段中，而不是查询参数里。",
        ),
    )
}

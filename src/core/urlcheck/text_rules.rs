//! The findings about the text of a URL (encoding, whitespace, invisible characters, length),
//! one constructor per stable `code` (catalogue ids, `urlcheck-…`).

use super::rules::finding;
use super::{Finding, Severity};
use crate::core::text::msg;

/// URLs longer than this many bytes draw a `too_long` warning: nginx and Apache refuse request
/// lines over 8 KB by default, and share cards and QR codes break well before that.
pub const LONG_URL_BYTES: usize = 8 * 1024;

/// `times` is how often the URL was encoded (1 for `https%3A%2F%2F…`).
pub(super) fn whole_url_encoded(times: usize, decoded: &str) -> Finding {
    let (code, message) = if times == 1 {
        ("whole_url_encoded", msg!("urlcheck-whole-url-encoded"))
    } else {
        (
            "double_encoded",
            msg!("urlcheck-double-encoded", times = times),
        )
    };
    finding(
        code,
        Severity::Error,
        message,
        msg!(
            "urlcheck-whole-url-encoded-fix",
            times = times,
            decoded = decoded
        ),
    )
}

pub(super) fn percent_encoded_twice() -> Finding {
    finding(
        "percent_encoded_twice",
        Severity::Warning,
        msg!("urlcheck-percent-encoded-twice"),
        msg!("urlcheck-percent-encoded-twice-fix"),
    )
}

pub(super) fn html_entity() -> Finding {
    finding(
        "html_entity",
        Severity::Warning,
        msg!("urlcheck-html-entity"),
        msg!("urlcheck-html-entity-fix"),
    )
}

pub(super) fn surrounding_whitespace() -> Finding {
    finding(
        "surrounding_whitespace",
        Severity::Warning,
        msg!("urlcheck-surrounding-whitespace"),
        msg!("urlcheck-surrounding-whitespace-fix"),
    )
}

pub(super) fn whitespace(count: usize) -> Finding {
    finding(
        "whitespace",
        Severity::Warning,
        msg!("urlcheck-whitespace", count = count),
        msg!("urlcheck-whitespace-fix"),
    )
}

/// `list`: the code points, `U+0001, U+007F`.
pub(super) fn control_char(list: &str) -> Finding {
    finding(
        "control_char",
        Severity::Warning,
        msg!("urlcheck-control-char", list = list),
        msg!("urlcheck-control-char-fix"),
    )
}

pub(super) fn invisible_char(list: &str) -> Finding {
    finding(
        "invisible_char",
        Severity::Warning,
        msg!("urlcheck-invisible-char", list = list),
        msg!("urlcheck-invisible-char-fix"),
    )
}

pub(super) fn too_long(len: usize) -> Finding {
    finding(
        "too_long",
        Severity::Warning,
        msg!("urlcheck-too-long", length = len, limit = LONG_URL_BYTES),
        msg!("urlcheck-too-long-fix"),
    )
}

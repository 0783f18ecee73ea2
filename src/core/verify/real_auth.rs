//! realAuthUrl (DOMAIN.md §9.9): the URL the WeChat client verified the signature against, the
//! best witness of what the server should have signed. `verify::judge` decides the verdict on
//! it; this module says, for each URL of the array, what the server signed instead, or that the
//! server is right for it and the page expected another URL.

use super::search::verify_with;
use super::variants::browser_url;
use super::{Verdict, VerifyHints, VerifyInput};
use crate::core::sign::sign_text;
use crate::core::text::{Msg, msg};

/// What realAuthUrl says about one verdict.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RealAuthReport {
    /// The distinct URLs of the array, normalised, without `#…`.
    pub urls: Vec<String>,
    /// The URL of `urls` the signature is right for (at most one can be), the one the verdict
    /// was judged on; `None`: it fits none, and the verdict is on the first.
    pub fits: Option<String>,
    pub findings: Vec<RealAuthFinding>,
    /// Duplicates removed, fragments dropped, several URLs.
    pub notes: Vec<Msg>,
}

/// One realAuthUrl compared with what the server signed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RealAuthFinding {
    /// Stable code: `real_auth_url_differs`, `real_auth_url_signed`, `real_auth_url_is_page`,
    /// `real_auth_url_unexplained`.
    pub code: &'static str,
    pub message: Msg,
    /// The URL the server signed, when known: shown against `real_auth_url` with the
    /// difference highlighted.
    pub signed_url: Option<String>,
    pub real_auth_url: String,
}

/// One distinct URL of the array: as WeChat verifies it (`norm`, no `#…`) and as pasted (`raw`,
/// its first occurrence), so the search can still name a server that signed the fragment.
#[derive(Clone, Debug)]
pub(super) struct RealUrl {
    pub norm: String,
    pub raw: String,
}

/// The distinct, non-empty URLs of a realAuthUrl array, in their order.
pub(super) fn distinct(real: &[String]) -> Vec<RealUrl> {
    let mut out: Vec<RealUrl> = Vec::new();
    for raw in real.iter().map(|u| u.trim()).filter(|u| !u.is_empty()) {
        let norm = browser_url(raw);
        if !out.iter().any(|u| u.norm == norm) {
            out.push(RealUrl {
                norm,
                raw: raw.to_owned(),
            });
        }
    }
    out
}

/// Whether the claimed signature is the right one for `url` with the current ticket.
pub(super) fn fits(input: &VerifyInput, url: &str) -> bool {
    let ticket = input
        .tickets
        .first()
        .map(|t| t.ticket.reveal())
        .unwrap_or_default();
    sign_text(ticket, &input.noncestr, &input.timestamp, url).signature
        == input.signature.trim().to_ascii_lowercase()
}

/// The URL value of a string1 (after `timestamp=…&url=` in the standard layout).
pub fn string1_url(string1: &str) -> Option<&str> {
    let from = string1.find("timestamp=").unwrap_or(0);
    let i = string1[from..].find("url=")? + from;
    Some(&string1[i + 4..])
}

/// What the judge knows when it explains each realAuthUrl.
pub(super) struct Judged<'a> {
    pub input: &'a VerifyInput,
    pub hints: &'a VerifyHints,
    /// The verdict on `urls[fits.unwrap_or(0)]`.
    pub verdict: &'a Verdict,
    /// The array as pasted (for the duplicate and fragment notes).
    pub real: &'a [String],
    pub urls: &'a [RealUrl],
    pub fits: Option<usize>,
    /// The page URL the user gave, normalised; `None` when none was given.
    pub page: Option<&'a str>,
}

/// Each realAuthUrl compared with what the server signed.
pub(super) fn report(j: &Judged<'_>) -> RealAuthReport {
    let mut report = RealAuthReport {
        urls: j.urls.iter().map(|u| u.norm.clone()).collect(),
        fits: j.fits.map(|i| j.urls[i].norm.clone()),
        ..RealAuthReport::default()
    };
    let given = j.real.iter().filter(|u| !u.trim().is_empty()).count();
    if j.urls.len() < given {
        report.notes.push(msg!("verify-real-auth-repeats"));
    }
    if j.real.iter().any(|u| u.contains('#')) {
        report.notes.push(msg!("verify-real-auth-fragment"));
    }
    if j.urls.len() > 1 {
        let n = j.urls.len();
        report.notes.push(match &report.fits {
            Some(u) => msg!("verify-real-auth-several-fits", count = n, url = u),
            None => msg!("verify-real-auth-several-none", count = n),
        });
    }
    for (i, r) in j.urls.iter().enumerate() {
        let is_page = Some(r.norm.as_str()) == j.page;
        let finding = match j.fits {
            Some(f) if f == i && is_page => page_finding(true, &r.norm),
            Some(f) if f == i => signed_finding(&r.norm, j.page),
            None if is_page => page_finding(false, &r.norm),
            _ => against_real(j, i),
        };
        report.findings.push(finding);
    }
    report
}

fn page_finding(fits: bool, r: &str) -> RealAuthFinding {
    let message = if fits {
        msg!("verify-real-auth-page-fits", url = r)
    } else {
        msg!("verify-real-auth-page-confirmed", url = r)
    };
    RealAuthFinding {
        code: "real_auth_url_is_page",
        message,
        signed_url: None,
        real_auth_url: r.to_owned(),
    }
}

/// The server is right for `r`; the page reported another URL (or none).
fn signed_finding(r: &str, page: Option<&str>) -> RealAuthFinding {
    let message = match page {
        Some(page) => msg!("verify-real-auth-signed-for-page", url = r, page = page),
        None => msg!("verify-real-auth-signed", url = r),
    };
    RealAuthFinding {
        code: "real_auth_url_signed",
        message,
        // The server signed realAuthUrl itself: nothing to set against it.
        signed_url: None,
        real_auth_url: r.to_owned(),
    }
}

/// A realAuthUrl the signature is wrong for: which URL the server signed instead.
fn against_real(j: &Judged<'_>, i: usize) -> RealAuthFinding {
    let r = &j.urls[i];
    // The URL the server signed: another realAuthUrl it fits, the page URL, a cause's URL from
    // the verdict (searched from this URL), or a search from this URL.
    let mut extra: Option<Msg> = None;
    let other = j.fits.map(|f| j.urls[f].norm.clone());
    let signed = if let Some(other) = &other {
        Some(other.clone())
    } else if let Some(page) = j.page.filter(|p| fits(j.input, p)) {
        Some(page.to_owned())
    } else if i == 0 {
        j.verdict
            .causes
            .first()
            .and_then(|c| string1_url(&c.string1))
            .map(str::to_owned)
    } else {
        let from_real = verify_with(
            &VerifyInput {
                url: r.raw.clone(),
                ..j.input.clone()
            },
            j.hints,
        );
        from_real.causes.first().and_then(|c| {
            extra = Some(c.message.clone());
            string1_url(&c.string1).map(str::to_owned)
        })
    };
    let r = r.norm.clone();
    match (signed, other) {
        (Some(s), Some(_)) => RealAuthFinding {
            code: "real_auth_url_differs",
            message: msg!("verify-real-auth-other-real", signed = &s, url = &r),
            signed_url: Some(s),
            real_auth_url: r,
        },
        (Some(s), None) => {
            let message = msg!("verify-real-auth-signed-instead", signed = &s, url = &r);
            RealAuthFinding {
                code: "real_auth_url_differs",
                // What the search found from this URL, after the finding itself.
                message: match extra {
                    Some(inner) => msg!("verify-real-auth-against", first = message, inner = inner),
                    None => message,
                },
                signed_url: Some(s),
                real_auth_url: r,
            }
        }
        (None, _) => RealAuthFinding {
            code: "real_auth_url_unexplained",
            message: msg!("verify-real-auth-unexplained", url = &r),
            signed_url: None,
            real_auth_url: r,
        },
    }
}

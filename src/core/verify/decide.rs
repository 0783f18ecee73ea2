//! The one verdict every front end gives (CLI, window, probe, batch): when realAuthUrl is known
//! (DOMAIN.md §9.9) the signature is judged on the URL the WeChat client verified, not on the
//! page URL the user typed, because that is what makes the phone say `invalid signature`.

use super::real_auth::{self, Judged, RealAuthReport};
use super::search::{CallRecipe, verify_call, verify_with};
use super::variants::browser_url;
use super::{Cause, Verdict, VerifyHints, VerifyInput};
use crate::core::sign::sign_text;
use crate::core::text::{Msg, msg};

/// The code of the cause "the server signed the page URL, WeChat verified realAuthUrl"; joined
/// with `+` to the page's own mistakes (`page_url+fragment`).
pub const PAGE_URL_CODE: &str = "page_url";

/// The verdict, and what realAuthUrl says about it when one was known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Judgement {
    /// On realAuthUrl when known (the one the signature fits, else the first), else on the
    /// page URL: `matched`, `expected` and its string1 all refer to that URL.
    pub verdict: Verdict,
    pub real_auth: Option<RealAuthReport>,
}

impl Judgement {
    /// The one-line answer the CLI's `result` line and the window's Verify panel both show.
    pub fn headline(&self) -> Msg {
        headline(&self.verdict, self.real_auth.as_ref())
    }
}

/// "match" / "mismatch", and with realAuthUrl which URL that is against: the words every front
/// end shows for one call (WeCom shows one per call).
pub fn headline(verdict: &Verdict, real_auth: Option<&RealAuthReport>) -> Msg {
    let Some(r) = real_auth else {
        return if verdict.matched {
            msg!("verify-headline-match")
        } else {
            msg!("verify-headline-mismatch")
        };
    };
    match (&r.fits, r.urls.len()) {
        (Some(u), 1) => msg!("verify-headline-match-real", url = u),
        (Some(u), n) => msg!("verify-headline-match-real-of", url = u, count = n),
        (None, 1) => msg!("verify-headline-mismatch-real", url = &verdict.expected.url),
        (None, n) => msg!("verify-headline-mismatch-all-real", count = n),
    }
}

/// Verifies `input` and explains a mismatch. `real_auth` is the realAuthUrl array as known
/// (pasted, typed, or the URL the probe's platform verifies; duplicates and `#…` allowed). With
/// one, the signature is judged on the realAuthUrl it fits (a match even when it is not the page
/// URL), else on the first, and the cause search starts from that URL, with the page URL as the
/// first thing the server may have signed instead.
pub fn judge(input: &VerifyInput, hints: &VerifyHints, real_auth: &[String]) -> Judgement {
    judge_call(input, CallRecipe::WECHAT, hints, real_auth)
}

/// [`judge`] for one config call of a platform, by its own recipe. realAuthUrl is what WeChat's
/// `wx.error` reports: with one, the call is judged as WeChat judges it.
pub fn judge_call(
    input: &VerifyInput,
    call: CallRecipe<'_>,
    hints: &VerifyHints,
    real_auth: &[String],
) -> Judgement {
    let urls = real_auth::distinct(real_auth);
    if urls.is_empty() {
        return Judgement {
            verdict: verify_call(input, call, hints),
            real_auth: None,
        };
    }
    let fits = urls.iter().position(|u| real_auth::fits(input, &u.norm));
    let judged = &urls[fits.unwrap_or(0)];
    let page = Some(browser_url(input.url.trim())).filter(|p| !p.is_empty());
    let other_page = page.as_deref().filter(|p| *p != judged.norm);
    let verdict = match other_page {
        // Right for the page, wrong for what WeChat verified: that is the whole story.
        Some(page) if fits.is_none() && real_auth::fits(input, page) => {
            page_signed(input, hints, page, &judged.norm)
        }
        _ => {
            // WeChat verified the page itself: search from the URL as given, so the mistakes
            // only it shows (a `#…` the server signed) stay findable.
            let url = match &page {
                Some(p) if *p == judged.norm && input.url.contains('#') => input.url.clone(),
                _ => judged.raw.clone(),
            };
            let mut v = verify_with(
                &VerifyInput {
                    url,
                    ..input.clone()
                },
                hints,
            );
            if let Some(page) = other_page
                && !v.matched
                && v.causes.is_empty()
            {
                page_mistakes(input, hints, page, &judged.norm, &mut v);
            }
            v
        }
    };
    let report = real_auth::report(&Judged {
        input,
        hints,
        verdict: &verdict,
        real: real_auth,
        urls: &urls,
        fits,
        page: page.as_deref(),
    });
    Judgement {
        verdict,
        real_auth: Some(report),
    }
}

/// The signature is right for the page URL and wrong for realAuthUrl `real`: one cause, plus
/// the warnings the page's match carries (a millisecond timestamp, upper-case hex).
fn page_signed(input: &VerifyInput, hints: &VerifyHints, page: &str, real: &str) -> Verdict {
    let ticket = input
        .tickets
        .first()
        .map(|t| t.ticket.reveal())
        .unwrap_or_default();
    let from_page = verify_with(input, hints);
    let cause = Cause {
        string1: sign_text(ticket, &input.noncestr, &input.timestamp, page).string1,
        ..page_url_cause(page, real)
    };
    Verdict {
        matched: false,
        expected: sign_text(ticket, &input.noncestr, &input.timestamp, real),
        causes: std::iter::once(cause).chain(from_page.causes).collect(),
        notes: from_page.notes,
        tried: from_page.tried + 1,
    }
}

/// Nothing turns realAuthUrl into the signature: the server may have signed the page URL with
/// one of the mistakes the search knows. Those causes replace the "nothing found" notes.
fn page_mistakes(
    input: &VerifyInput,
    hints: &VerifyHints,
    page: &str,
    real: &str,
    verdict: &mut Verdict,
) {
    let from_page = verify_with(input, hints);
    verdict.tried += from_page.tried;
    if from_page.causes.is_empty() {
        return;
    }
    let first = page_url_cause(page, real);
    verdict.causes = from_page
        .causes
        .into_iter()
        .map(|c| Cause {
            code: format!("{}+{}", first.code, c.code),
            message: msg!(
                "verify-cause-page-url-and",
                first = first.message.clone(),
                then = c.message
            ),
            string1: c.string1,
        })
        .collect();
    verdict.notes = from_page.notes;
}

fn page_url_cause(page: &str, real: &str) -> Cause {
    Cause {
        code: PAGE_URL_CODE.to_owned(),
        message: msg!("verify-cause-page-url", page = page, real = real),
        string1: String::new(),
    }
}

#[cfg(test)]
#[path = "decide_tests.rs"]
mod tests;

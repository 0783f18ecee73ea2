//! realAuthUrl (DOMAIN.md §9.9): the URL the WeChat client verified the signature against, the
//! best witness of what the server should have signed. `verify::judge` decides the verdict on
//! it; this module says, for each URL of the array, what the server signed instead, or that the
//! server is right for it and the page expected another URL.

use serde::Serialize;

use super::search::verify_with;
use super::variants::browser_url;
use super::{Verdict, VerifyHints, VerifyInput};
use crate::core::sign::sign_text;
use crate::core::text::Text;

/// What realAuthUrl says about one verdict.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct RealAuthReport {
    /// The distinct URLs of the array, normalised, without `#…`.
    pub urls: Vec<String>,
    /// The URL of `urls` the signature is right for (at most one can be), the one the verdict
    /// was judged on; `None`: it fits none, and the verdict is on the first.
    pub fits: Option<String>,
    pub findings: Vec<RealAuthFinding>,
    /// Duplicates removed, fragments dropped, several URLs.
    pub notes: Vec<Text>,
}

/// One realAuthUrl compared with what the server signed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RealAuthFinding {
    /// Stable code: `real_auth_url_differs`, `real_auth_url_signed`, `real_auth_url_is_page`,
    /// `real_auth_url_unexplained`.
    pub code: &'static str,
    pub message: Text,
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
        report.notes.push(Text::new(
            "realAuthUrl repeats a URL (the client lists one entry per check); each distinct URL is compared once.",
            "realAuthUrl 中有重复的 URL（客户端每次校验记一条）；每个不同的 URL 只比较一次。",
        ));
    }
    if j.real.iter().any(|u| u.contains('#')) {
        report.notes.push(Text::new(
            "realAuthUrl holds a #… part; WeChat verifies the URL without it, so it is compared without the fragment.",
            "realAuthUrl 中带有 #… 部分；微信校验时不含它，因此比较时去掉了 # 之后的部分。",
        ));
    }
    if j.urls.len() > 1 {
        let n = j.urls.len();
        report.notes.push(match &report.fits {
            Some(u) => Text::new(
                format!(
                    "realAuthUrl lists {n} different URLs (the page's URL changed between checks, typical of a single-page app); the signature is right for {u}, and each URL is compared below."
                ),
                format!(
                    "realAuthUrl 列出了 {n} 个不同的 URL（两次校验之间页面 URL 变了，单页应用常见）；签名对 {u} 是正确的，下面逐个比较。"
                ),
            ),
            None => Text::new(
                format!(
                    "realAuthUrl lists {n} different URLs (the page's URL changed between checks, typical of a single-page app); the signature is right for none of them, each is compared below."
                ),
                format!(
                    "realAuthUrl 列出了 {n} 个不同的 URL（两次校验之间页面 URL 变了，单页应用常见）；签名对其中任何一个都不正确，下面逐个比较。"
                ),
            ),
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
        Text::new(
            format!(
                "realAuthUrl is the page URL {r} and the signature is right for it, so the URL is not the problem: check that the ticket belongs to this appId (not the Open Platform app's) and that wx.config got exactly the appId, nonceStr and timestamp that were signed."
            ),
            format!(
                "realAuthUrl 就是页面 URL {r}，签名对它也是正确的，所以问题不在 URL：请检查 ticket 是否属于这个 appId（而不是开放平台应用的），以及 wx.config 收到的 appId、nonceStr、timestamp 是否与签名时完全一致。"
            ),
        )
    } else {
        Text::new(
            format!(
                "realAuthUrl confirms the page URL {r}: WeChat verified the URL checked here, so the causes above are what to fix."
            ),
            format!(
                "realAuthUrl 证实了页面 URL {r}：微信校验的正是这里检查的 URL，因此请修复上面列出的原因。"
            ),
        )
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
        Some(page) => Text::new(
            format!(
                "The server is right for realAuthUrl {r}, the URL WeChat verified; the page expected a signature for another URL ({page}): make the page report, and the server sign, the same location.href.split('#')[0] (on iOS a single-page app verifies its entry URL)."
            ),
            format!(
                "服务器对 realAuthUrl {r}（微信校验的 URL）的签名是对的；页面期望的是另一个 URL（{page}）的签名：请让页面上报、服务器签名的是同一个 location.href.split('#')[0]（iOS 上单页应用校验的是入口 URL）。"
            ),
        ),
        None => Text::new(
            format!("The server is right for realAuthUrl {r}, the URL WeChat verified."),
            format!("服务器对 realAuthUrl {r}（微信校验的 URL）的签名是对的。"),
        ),
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
    let mut extra: Option<Text> = None;
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
            message: Text::new(
                format!(
                    "The signature is for realAuthUrl {s}, not for {r}: WeChat verified both (the page's URL changed between two checks); sign each wx.config for the location.href.split('#')[0] current when it runs."
                ),
                format!(
                    "签名对应的是 realAuthUrl {s}，而不是 {r}：微信两个都校验了（两次校验之间页面 URL 变了）；每次 wx.config 都请按它执行时的 location.href.split('#')[0] 签名。"
                ),
            ),
            signed_url: Some(s),
            real_auth_url: r,
        },
        (Some(s), None) => {
            let (more_en, more_zh) = extra.as_ref().map_or((String::new(), String::new()), |t| {
                (
                    format!(" Against realAuthUrl: {}", t.en),
                    format!("相对 realAuthUrl：{}", t.zh),
                )
            });
            RealAuthFinding {
                code: "real_auth_url_differs",
                message: Text::new(
                    format!(
                        "The server signed {s}, but WeChat verified realAuthUrl {r}: sign exactly {r}, the page's location.href.split('#')[0] when wx.config runs.{more_en}"
                    ),
                    format!(
                        "服务器签的是 {s}，而微信校验的 realAuthUrl 是 {r}：请签 {r}，即 wx.config 执行时页面的 location.href.split('#')[0]。{more_zh}"
                    ),
                ),
                signed_url: Some(s),
                real_auth_url: r,
            }
        }
        (None, _) => RealAuthFinding {
            code: "real_auth_url_unexplained",
            message: Text::new(
                format!(
                    "No URL mistake turns realAuthUrl {r} into the server's signature either, so the URL is probably not the cause: check the ticket (another appId, an older one) and that wx.config got the nonceStr and timestamp that were signed."
                ),
                format!(
                    "realAuthUrl {r} 经任何 URL 错误变换后也得不到服务器的签名，所以问题多半不在 URL：请检查 ticket（另一个 appId、旧 ticket），以及 wx.config 收到的 nonceStr 和 timestamp 是否与签名时一致。"
                ),
            ),
            signed_url: None,
            real_auth_url: r,
        },
    }
}

//! realAuthUrl (DOMAIN.md §9.9): the URL the WeChat client verified the signature against, the
//! best witness of what the server should have signed. Compared with the verdict on the page
//! URL: which URL the server signed instead, or that the server is right for realAuthUrl and the
//! page expected another URL.

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

/// The URL value of a string1 (after `timestamp=…&url=` in the standard layout).
pub fn string1_url(string1: &str) -> Option<&str> {
    let from = string1.find("timestamp=").unwrap_or(0);
    let i = string1[from..].find("url=")? + from;
    Some(&string1[i + 4..])
}

/// Compares realAuthUrl (`real`, as pasted) with the verdict on `input`.
pub fn explain_real_auth(
    input: &VerifyInput,
    hints: &VerifyHints,
    verdict: &Verdict,
    real: &[String],
) -> RealAuthReport {
    let mut report = RealAuthReport::default();
    for u in real.iter().map(|u| u.trim()).filter(|u| !u.is_empty()) {
        let normal = browser_url(u);
        if !report.urls.contains(&normal) {
            report.urls.push(normal);
        }
    }
    if report.urls.len() < real.len() {
        report.notes.push(Text::new(
            "realAuthUrl repeats a URL (the client lists one entry per check); each distinct URL is compared once.",
            "realAuthUrl 中有重复的 URL（客户端每次校验记一条）；每个不同的 URL 只比较一次。",
        ));
    }
    if real.iter().any(|u| u.contains('#')) {
        report.notes.push(Text::new(
            "realAuthUrl holds a #… part; WeChat verifies the URL without it, so it is compared without the fragment.",
            "realAuthUrl 中带有 #… 部分；微信校验时不含它，因此比较时去掉了 # 之后的部分。",
        ));
    }
    if report.urls.len() > 1 {
        report.notes.push(Text::new(
            format!(
                "realAuthUrl lists {} different URLs (the page's URL changed between checks, typical of a single-page app); each is compared below.",
                report.urls.len()
            ),
            format!(
                "realAuthUrl 列出了 {} 个不同的 URL（两次校验之间页面 URL 变了，单页应用常见）；下面逐个比较。",
                report.urls.len()
            ),
        ));
    }
    let page = verdict.expected.url.as_str();
    let ticket = input
        .tickets
        .first()
        .map(|t| t.ticket.reveal())
        .unwrap_or_default();
    let claimed = input.signature.trim().to_ascii_lowercase();
    for r in report.urls.clone() {
        let finding = if r == page {
            page_finding(verdict, &r)
        } else if sign_text(ticket, &input.noncestr, &input.timestamp, &r).signature == claimed {
            RealAuthFinding {
                code: "real_auth_url_signed",
                message: Text::new(
                    format!(
                        "The server is right for realAuthUrl {r}, the URL WeChat verified; the page expected a signature for another URL ({page}): make the page report, and the server sign, the same location.href.split('#')[0] (on iOS a single-page app verifies its entry URL)."
                    ),
                    format!(
                        "服务器对 realAuthUrl {r}（微信校验的 URL）的签名是对的；页面期望的是另一个 URL（{page}）的签名：请让页面上报、服务器签名的是同一个 location.href.split('#')[0]（iOS 上单页应用校验的是入口 URL）。"
                    ),
                ),
                signed_url: Some(page.to_owned()),
                real_auth_url: r,
            }
        } else {
            against_real(input, hints, verdict, r)
        };
        report.findings.push(finding);
    }
    report
}

fn page_finding(verdict: &Verdict, r: &str) -> RealAuthFinding {
    let message = if verdict.matched {
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

fn against_real(
    input: &VerifyInput,
    hints: &VerifyHints,
    verdict: &Verdict,
    r: String,
) -> RealAuthFinding {
    let page = verdict.expected.url.as_str();
    // What the server signed: the page URL (it matched), a cause's URL, or a search from r.
    let mut extra: Option<Text> = None;
    let signed = if verdict.matched {
        Some(page.to_owned())
    } else if let Some(u) = verdict.causes.first().and_then(|c| string1_url(&c.string1)) {
        Some(u.to_owned())
    } else {
        let from_real = verify_with(
            &VerifyInput {
                url: r.clone(),
                entry_url: None,
                ..input.clone()
            },
            hints,
        );
        from_real.causes.first().and_then(|c| {
            extra = Some(c.message.clone());
            string1_url(&c.string1).map(str::to_owned)
        })
    };
    match signed {
        Some(s) => {
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
        None => RealAuthFinding {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::sign::sha1_hex;
    use crate::core::verify::{TicketCandidate, TicketOrigin, verify};

    const T: &str = "ticket-for-real-auth";

    fn input(url: &str, signed_url: &str) -> VerifyInput {
        VerifyInput {
            url: url.to_owned(),
            entry_url: None,
            tickets: vec![TicketCandidate {
                ticket: T.into(),
                origin: TicketOrigin::Current,
            }],
            noncestr: "n".into(),
            timestamp: "1414587457".into(),
            signature: sha1_hex(&format!(
                "jsapi_ticket={T}&noncestr=n&timestamp=1414587457&url={signed_url}"
            )),
        }
    }

    fn report(url: &str, signed: &str, real: &[&str]) -> RealAuthReport {
        let i = input(url, signed);
        let v = verify(&i);
        let real: Vec<String> = real.iter().map(|s| (*s).to_owned()).collect();
        explain_real_auth(&i, &VerifyHints::default(), &v, &real)
    }

    #[test]
    fn the_server_signed_another_url() {
        // The page says /a, the server signed /a#frag (a fragment cause), WeChat verified /b.
        let r = report(
            "https://x.cn/a#/f",
            "https://x.cn/a#/f",
            &["https://x.cn/b", "https://x.cn/b"],
        );
        assert_eq!(r.urls, ["https://x.cn/b"]);
        assert_eq!(r.findings[0].code, "real_auth_url_differs");
        assert_eq!(
            r.findings[0].signed_url.as_deref(),
            Some("https://x.cn/a#/f")
        );
        assert!(r.notes[0].en.contains("repeats"));
    }

    #[test]
    fn the_server_is_right_for_real_auth_url() {
        let r = report(
            "https://x.cn/page",
            "https://x.cn/entry?from=timeline",
            &["https://x.cn/entry?from=timeline#/x"],
        );
        assert_eq!(r.findings[0].code, "real_auth_url_signed");
        assert!(
            r.findings[0]
                .message
                .en
                .contains("expected a signature for another URL")
        );
        assert!(r.notes.iter().any(|n| n.en.contains("#")));
    }

    #[test]
    fn real_auth_url_is_the_page() {
        let r = report("https://x.cn/p", "https://x.cn/p", &["https://x.cn/p"]);
        assert_eq!(r.findings[0].code, "real_auth_url_is_page");
        // Nothing explains the signature from the page; from realAuthUrl a mistake does.
        let r = report("https://x.cn/p?a=1", "https://x.cn/q/", &["https://x.cn/q"]);
        assert_eq!(r.findings[0].code, "real_auth_url_differs");
        assert_eq!(r.findings[0].signed_url.as_deref(), Some("https://x.cn/q/"));
        assert!(r.findings[0].message.en.contains("Against realAuthUrl"));
        let r = report("https://x.cn/p", "unrelated", &["https://x.cn/z"]);
        assert_eq!(r.findings[0].code, "real_auth_url_unexplained");
        assert_eq!(
            string1_url("jsapi_ticket=t&noncestr=n&timestamp=1&url=https://a/?url=b"),
            Some("https://a/?url=b")
        );
    }
}

//! The verdict with and without realAuthUrl, table-driven. Expected signatures are constants
//! computed outside wxsign (`printf '%s' "jsapi_ticket=…&url=…" | sha1sum`) or DOMAIN.md §1's
//! vector, so a judge that signs the wrong URL cannot agree with itself.

use super::*;
use crate::core::text::Lang;
use crate::core::verify::{TicketCandidate, TicketOrigin};
use crate::i18n::Render;

/// DOMAIN.md §1's ticket, nonce and timestamp.
const TICKET: &str =
    "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";
const NONCE: &str = "Wm3WZYTPz0wzccnW";
const TS: &str = "1414587457";

const A: &str = "https://shop.example.com/a?id=1";
const B: &str = "https://shop.example.com/b?id=1";
const C: &str = "https://shop.example.com/c?id=1";
/// sha1sum of string1 with url A, B, C, and A with `#/f`.
const SIG_A: &str = "b9a4a1b3b1159c081d4dfc5ca807ffe3dfc0c2bf";
const SIG_B: &str = "47d17cf3ce1ae28af9736c411ac2bd08ca0dfb6d";
const SIG_C: &str = "7e09ea7d2b6319f01ba73fb4788c9003a30e239e";
const SIG_A_FRAGMENT: &str = "7ae20a7c0dacba6b9b261288c6e9cc0ac7e8c3e8";

fn input(page: &str, signature: &str) -> VerifyInput {
    VerifyInput {
        url: page.to_owned(),
        entry_url: None,
        tickets: vec![TicketCandidate {
            ticket: TICKET.into(),
            origin: TicketOrigin::Current,
        }],
        noncestr: NONCE.to_owned(),
        timestamp: TS.to_owned(),
        signature: signature.to_owned(),
    }
}

struct Case {
    name: &'static str,
    page: &'static str,
    signature: &'static str,
    real: &'static [&'static str],
    matched: bool,
    /// The URL the verdict is on, and its signature (`expected_signature`).
    judged: (&'static str, &'static str),
    /// realAuthUrl the signature fits (`None` also when no realAuthUrl was given).
    fits: Option<&'static str>,
    /// The first cause's code, if any.
    cause: Option<&'static str>,
    /// Each realAuthUrl finding: code and signed URL.
    findings: &'static [(&'static str, Option<&'static str>)],
    headline: &'static str,
}

const CASES: &[Case] = &[
    Case {
        name: "no realAuthUrl: judged on the page",
        page: A,
        signature: SIG_A,
        real: &[],
        matched: true,
        judged: (A, SIG_A),
        fits: None,
        cause: None,
        findings: &[],
        headline: "match",
    },
    Case {
        name: "realAuthUrl is the page and the signature fits",
        page: A,
        signature: SIG_A,
        real: &[A],
        matched: true,
        judged: (A, SIG_A),
        fits: Some(A),
        cause: None,
        findings: &[("real_auth_url_is_page", None)],
        headline: "match against realAuthUrl https://shop.example.com/a?id=1",
    },
    Case {
        name: "right for the page, wrong for realAuthUrl: a mismatch",
        page: A,
        signature: SIG_A,
        real: &[B],
        matched: false,
        judged: (B, SIG_B),
        fits: None,
        cause: Some("page_url"),
        findings: &[("real_auth_url_differs", Some(A))],
        headline: "mismatch against realAuthUrl https://shop.example.com/b?id=1",
    },
    Case {
        name: "right for realAuthUrl only (with its #…): a match",
        page: A,
        signature: SIG_B,
        real: &["https://shop.example.com/b?id=1#/x"],
        matched: true,
        judged: (B, SIG_B),
        fits: Some(B),
        cause: None,
        findings: &[("real_auth_url_signed", None)],
        headline: "match against realAuthUrl https://shop.example.com/b?id=1",
    },
    Case {
        name: "two URLs, the signature fits the second",
        page: A,
        signature: SIG_B,
        real: &[A, B, A],
        matched: true,
        judged: (B, SIG_B),
        fits: Some(B),
        cause: None,
        findings: &[
            ("real_auth_url_differs", Some(B)),
            ("real_auth_url_signed", None),
        ],
        headline: "match against realAuthUrl https://shop.example.com/b?id=1 (one of 2 URLs WeChat verified)",
    },
    Case {
        name: "two URLs, the signature fits neither: judged on the first",
        page: C,
        signature: SIG_C,
        real: &[A, B],
        matched: false,
        judged: (A, SIG_A),
        fits: None,
        cause: Some("page_url"),
        findings: &[
            ("real_auth_url_differs", Some(C)),
            ("real_auth_url_differs", Some(C)),
        ],
        headline: "mismatch against all 2 realAuthUrl URLs",
    },
    Case {
        name: "the page signed with its fragment, WeChat verified another URL",
        page: "https://shop.example.com/a?id=1#/f",
        signature: SIG_A_FRAGMENT,
        real: &[B],
        matched: false,
        judged: (B, SIG_B),
        fits: None,
        cause: Some("page_url+fragment"),
        findings: &[(
            "real_auth_url_differs",
            Some("https://shop.example.com/a?id=1#/f"),
        )],
        headline: "mismatch against realAuthUrl https://shop.example.com/b?id=1",
    },
    Case {
        name: "the page signed with its fragment, WeChat verified that same page",
        page: "https://shop.example.com/a?id=1#/f",
        signature: SIG_A_FRAGMENT,
        real: &[A],
        matched: false,
        judged: (A, SIG_A),
        fits: None,
        cause: Some("fragment"),
        findings: &[("real_auth_url_is_page", None)],
        headline: "mismatch against realAuthUrl https://shop.example.com/a?id=1",
    },
    Case {
        name: "nothing explains it",
        page: A,
        signature: "0123456789abcdef0123456789abcdef01234567",
        real: &[B],
        matched: false,
        judged: (B, SIG_B),
        fits: None,
        cause: None,
        findings: &[("real_auth_url_unexplained", None)],
        headline: "mismatch against realAuthUrl https://shop.example.com/b?id=1",
    },
    Case {
        name: "no page URL given: realAuthUrl alone decides",
        page: "",
        signature: SIG_B,
        real: &[B],
        matched: true,
        judged: (B, SIG_B),
        fits: Some(B),
        cause: None,
        findings: &[("real_auth_url_signed", None)],
        headline: "match against realAuthUrl https://shop.example.com/b?id=1",
    },
];

#[test]
fn the_verdict_is_on_real_auth_url() {
    for c in CASES {
        let real: Vec<String> = c.real.iter().map(|s| (*s).to_owned()).collect();
        let j = judge(&input(c.page, c.signature), &VerifyHints::default(), &real);
        let v = &j.verdict;
        assert_eq!(v.matched, c.matched, "{}: match", c.name);
        assert_eq!(v.expected.url, c.judged.0, "{}: judged URL", c.name);
        assert_eq!(v.expected.signature, c.judged.1, "{}: expected", c.name);
        assert_eq!(
            v.expected.string1,
            format!(
                "jsapi_ticket={TICKET}&noncestr={NONCE}&timestamp={TS}&url={}",
                c.judged.0
            ),
            "{}: string1",
            c.name
        );
        assert_eq!(
            v.causes.first().map(|c| c.code.as_str()),
            c.cause,
            "{}: causes {:?}",
            c.name,
            v.causes
        );
        if !c.matched && c.cause.is_some() {
            // The cause's string1 is the one the server signed.
            assert_eq!(
                crate::core::sign::sha1_hex(&v.causes[0].string1),
                c.signature,
                "{}",
                c.name
            );
            assert!(
                !v.notes
                    .iter()
                    .any(|n| n.get(Lang::En).starts_with("None of")),
                "{}: a found cause leaves no 'nothing found' note: {:?}",
                c.name,
                v.notes
            );
        }
        let found: Vec<(&str, Option<&str>)> = j
            .real_auth
            .iter()
            .flat_map(|r| &r.findings)
            .map(|f| (f.code, f.signed_url.as_deref()))
            .collect();
        assert_eq!(found, c.findings, "{}: findings", c.name);
        assert_eq!(
            j.real_auth.as_ref().and_then(|r| r.fits.as_deref()),
            c.fits,
            "{}: fits",
            c.name
        );
        assert_eq!(j.real_auth.is_some(), !c.real.is_empty(), "{}", c.name);
        assert_eq!(
            j.headline().get(Lang::En),
            c.headline,
            "{}: headline",
            c.name
        );
        assert!(!j.headline().get(Lang::Zh).is_empty());
    }
}

#[test]
fn the_domain_vector_against_real_auth_url() {
    // DOMAIN.md §1: 0f9de62f… signs http://mp.weixin.qq.com?params=value (no `/`). The browser
    // and WeChat verify http://mp.weixin.qq.com/?params=value, so realAuthUrl names that one.
    let page = "http://mp.weixin.qq.com?params=value";
    let real = vec!["http://mp.weixin.qq.com/?params=value".to_owned()];
    let j = judge(
        &input(page, "0f9de62fce790f9a083d5c99e95740ceb90c27ed"),
        &VerifyHints::default(),
        &real,
    );
    assert!(!j.verdict.matched);
    assert_eq!(
        j.verdict.expected.signature,
        "f50191877b62b116ef830363a3a613ed652a2d5d"
    );
    assert_eq!(j.verdict.causes[0].code, "slash_removed");
    assert_eq!(
        j.real_auth.as_ref().map(|r| r.findings[0].code),
        Some("real_auth_url_is_page")
    );
}

#[test]
fn notes_name_duplicates_fragments_and_several_urls() {
    let real: Vec<String> = [A, "https://shop.example.com/a?id=1#/x", B]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    let j = judge(&input(A, SIG_B), &VerifyHints::default(), &real);
    let r = j.real_auth.expect("report");
    assert_eq!(r.urls, [A, B]);
    let notes: Vec<String> = r.notes.iter().map(|n| n.get(Lang::En)).collect();
    assert!(notes[0].contains("repeats"), "{notes:?}");
    assert!(notes[1].contains("#"), "{notes:?}");
    assert!(
        notes[2].contains("2 different URLs") && notes[2].contains(B),
        "{notes:?}"
    );
}

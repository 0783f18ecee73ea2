//! Properties, checked against an independent SHA-1 (`sha1_smol`, not the `sha1` crate wxsign
//! signs with): the verdict's `match` is exactly "the claimed signature is the SHA-1 of string1",
//! string1 is the four pairs over the URL without its fragment, every cause reproduces the
//! claimed signature, and a signature nothing produced gets no cause. No input panics.

use super::*;
use proptest::prelude::*;

/// SHA-1 as lower-case hex, by another implementation than the one under test.
fn independent_sha1(text: &str) -> String {
    sha1_smol::Sha1::from(text).digest().to_string()
}

fn is_sha1_hex(s: &str) -> bool {
    s.len() == 40 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// How the claimed signature of a generated case is made.
#[derive(Clone, Copy, Debug)]
enum Claim {
    /// Generated text: a random SHA-1 or anything at all.
    Arbitrary,
    /// The right signature, in lower or upper case.
    Right { upper: bool },
    /// Signed right but with the stale ticket.
    Stale,
}

fn claim() -> impl Strategy<Value = Claim> {
    prop_oneof![
        Just(Claim::Arbitrary),
        any::<bool>().prop_map(|upper| Claim::Right { upper }),
        Just(Claim::Stale),
    ]
}

/// Checks what holds for every verdict: `match` agrees with the independent SHA-1, and each
/// cause's string1 hashes to the claimed signature when that is a SHA-1.
fn check_verdict(v: &Verdict, nonce: &str, ts: &str, claimed: &str) -> Result<(), TestCaseError> {
    prop_assert!(!v.expected.url.contains('#'), "{}", v.expected.url);
    prop_assert_eq!(&v.expected.string1, &s1(TICKET, nonce, ts, &v.expected.url));
    prop_assert_eq!(
        &v.expected.signature,
        &independent_sha1(&v.expected.string1)
    );
    let target = claimed.trim().to_ascii_lowercase();
    prop_assert_eq!(v.matched, target == independent_sha1(&v.expected.string1));
    if is_sha1_hex(&target) {
        for c in &v.causes {
            prop_assert_eq!(
                independent_sha1(&c.string1),
                target.clone(),
                "cause {} does not reproduce the signature",
                c.code
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn match_agrees_with_an_independent_sha1(
        url in "\\PC{0,60}",
        entry in proptest::option::of("\\PC{0,40}"),
        ts in "\\PC{0,15}",
        nonce in "\\PC{0,20}",
        sig in "[0-9a-fA-F]{40}|\\PC{0,45}",
        claim in claim(),
    ) {
        let input = |signature: String| VerifyInput {
            url: url.clone(),
            entry_url: entry.clone(),
            tickets: tickets(),
            noncestr: nonce.clone(),
            timestamp: ts.clone(),
            signature,
        };
        // The URL the page signs, as the verifier reads it; the claim is then made here.
        let seen = verify(&input(sig.clone())).expected.url;
        let sig = match claim {
            Claim::Arbitrary => sig,
            Claim::Right { upper } => {
                let s = independent_sha1(&s1(TICKET, &nonce, &ts, &seen));
                if upper { s.to_ascii_uppercase() } else { s }
            }
            Claim::Stale => independent_sha1(&s1(STALE, &nonce, &ts, &seen)),
        };
        let v = verify(&input(sig.clone()));
        check_verdict(&v, &nonce, &ts, &sig)?;
        match claim {
            Claim::Right { .. } => prop_assert!(v.matched),
            // The stale ticket is a candidate: it is named, never a match.
            Claim::Stale => {
                prop_assert!(!v.matched);
                prop_assert!(
                    v.causes.iter().any(|c| c.string1 == s1(STALE, &nonce, &ts, &seen)),
                    "{:?}", v.causes
                );
            }
            Claim::Arbitrary => {}
        }
    }

    #[test]
    fn a_signature_nothing_produced_has_no_cause(
        url in "(https?://|HTTP://)?[a-zA-Z0-9:@\\[\\]/?#&=%. 中~()]{0,40}",
        entry in proptest::option::of("(https?://)?[a-z0-9:/?#&=%]{0,30}"),
    ) {
        // SHA-1 of "x": no way of building string1 produces it.
        let sig = independent_sha1("x");
        let v = run(&url, entry.as_deref(), TS, &sig);
        check_verdict(&v, NONCE, TS, &sig)?;
        prop_assert!(!v.matched);
        prop_assert!(v.causes.is_empty(), "{:?}", v.causes);
        prop_assert!(!v.notes.is_empty(), "a mismatch without a cause says what it ruled out");
    }

    #[test]
    fn any_right_signature_matches(
        path in "[a-z0-9/]{0,20}",
        q in proptest::option::of("[a-z0-9=&%]{0,20}"),
        ts in "[0-9]{10}",
        fragment in proptest::option::of("[a-z0-9/?=]{0,10}"),
    ) {
        // Already in the browser's form, so the page signs it as written, without `#…`.
        let signed = match &q { Some(q) => format!("https://a.com/{path}?{q}"), None => format!("https://a.com/{path}") };
        let url = match &fragment { Some(f) => format!("{signed}#{f}"), None => signed.clone() };
        let sig = independent_sha1(&s1(TICKET, NONCE, &ts, &signed));
        let v = run(&url, None, &ts, &sig);
        prop_assert!(v.matched, "{:?}", v.expected);
        prop_assert_eq!(&v.expected.url, &signed);
        prop_assert!(v.causes.is_empty(), "{:?}", v.causes);
    }
}

/// What holds for any pasted text (a reply, a wx.error line, a payment call, garbage): each
/// reader either finds what it looks for, from text that holds it, or says no; the config
/// parser refuses with a position inside the text and a fix in both languages.
fn pasted_text_is_read_or_refused(text: &str) -> Result<(), TestCaseError> {
    if let Some(r) = crate::core::parse::real_auth_paste(text) {
        prop_assert!(text.contains("realAuthUrl"));
        for u in &r.urls {
            prop_assert!(!u.is_empty(), "an empty realAuthUrl in {:?}", text);
        }
    }
    if crate::core::parse::payment_paste(text).is_some() {
        let lower = text.to_lowercase();
        prop_assert!(
            [
                "paysign",
                "prepay_id=",
                "choosewxpay",
                "getbrandwcpayrequest",
                "支付验证签名失败"
            ]
            .iter()
            .any(|m| lower.contains(m))
        );
    }
    crate::core::parse::tests::props::read_or_refused(text)
}

#[test]
fn pasted_edge_cases_are_read_or_refused() {
    for text in [
        "",
        r#"{"realAuthUrl":""}"#,
        r#"{"realAuthUrl":"  ","errMsg":"config:invalid signature"}"#,
        r#"{"realAuthUrl":["", " "]}"#,
        "\r{\"realAuthUrl\":",
        "wx.chooseWXPay({paySign: 'X'})",
    ] {
        if let Err(e) = pasted_text_is_read_or_refused(text) {
            panic!("{text:?}: {e}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn any_pasted_text_is_read_or_refused(text in "\\PC{0,200}|.*realAuthUrl.{0,40}|.*\\{\\\\?\"realAuthUrl\\\\?\":.{0,60}") {
        pasted_text_is_read_or_refused(&text)?;
    }

    /// A `wx.error` result with any URLs in it, on its own or JSON-escaped in a log line, gives
    /// back exactly those URLs and errMsg.
    #[test]
    fn a_wx_error_result_gives_back_its_urls(
        urls in proptest::collection::vec("https?://[a-z0-9.]{1,12}/[a-zA-Z0-9/?=&%#._~-]{0,30}", 1..4),
        escaped in any::<bool>(),
        before in "[a-zA-Z0-9 :]{0,20}",
    ) {
        let list: Vec<String> = urls.iter().map(|u| format!("\"{u}\"")).collect();
        let object = format!(
            "{{\"realAuthUrl\":[{}],\"errMsg\":\"config:invalid signature\"}}",
            list.join(",")
        );
        let text = if escaped {
            format!("{before} \"{}\"", object.replace('"', "\\\""))
        } else {
            format!("{before} {object}")
        };
        let r = crate::core::parse::real_auth_paste(&text);
        prop_assert!(r.is_some(), "{text}");
        let r = r.unwrap_or_default();
        prop_assert_eq!(&r.urls, &urls);
        prop_assert_eq!(r.err_msg.as_deref(), Some("config:invalid signature"));
    }

    /// Short hex signatures (the zero-dropping encoders' search), hosts of any shape, and
    /// realAuthUrl lists of any text: never a match (no SHA-1 is that long), and each
    /// realAuthUrl at most once in the answer.
    #[test]
    fn hints_and_short_signatures_never_match(
        url in "(https?://)?[a-zA-Z0-9.:/?#&=%+中@,;]{0,50}",
        hosts in proptest::collection::vec("[a-z0-9.:/\\[\\]-]{0,20}", 0..4),
        sig in "[0-9a-fA-F]{20,39}|[0-9a-f]{32}|[0-9a-f]{64}",
        real in proptest::collection::vec("\\PC{0,40}", 0..3),
    ) {
        let input = VerifyInput {
            url,
            entry_url: None,
            tickets: tickets(),
            noncestr: NONCE.to_owned(),
            timestamp: TS.to_owned(),
            signature: sig,
        };
        let hints = VerifyHints { hosts };
        let j = judge(&input, &hints, &real);
        let v = &j.verdict;
        prop_assert!(!v.matched);
        prop_assert_eq!(&v.expected.signature, &independent_sha1(&v.expected.string1));
        prop_assert!(j.real_auth.map_or(0, |r| r.urls.len()) <= real.len());
    }

    /// The card rule of DOMAIN.md §11, written here from the doc: the values of the API's
    /// fields, empty ones dropped, sorted as strings, concatenated, SHA-1.
    #[test]
    fn card_match_agrees_with_an_independent_sha1(
        values in proptest::collection::vec("\\PC{0,12}", 9),
        sig in "[0-9a-f]{40}|\\PC{0,45}",
        choose in any::<bool>(),
        right in any::<bool>(),
    ) {
        use crate::core::card::{CardApi, CardValues, CardVerifyInput, verify_card};
        let v = CardValues {
            api_ticket: String::new(),
            timestamp: values[0].clone(),
            nonce_str: values[1].clone(),
            card_id: values[2].clone(),
            code: values[3].clone(),
            openid: values[4].clone(),
            app_id: values[5].clone(),
            location_id: values[6].clone(),
            card_type: values[7].clone(),
        };
        let ticket = values[8].clone();
        // addCard: api_ticket, timestamp, card_id, code, openid, nonce_str; chooseCard:
        // api_ticket, app_id, location_id, timestamp, nonce_str, card_id, card_type.
        let mut parts: Vec<&str> = if choose {
            vec![&ticket, &v.app_id, &v.location_id, &v.timestamp, &v.nonce_str, &v.card_id, &v.card_type]
        } else {
            vec![&ticket, &v.timestamp, &v.card_id, &v.code, &v.openid, &v.nonce_str]
        };
        parts.retain(|p| !p.is_empty());
        parts.sort_unstable();
        let string = parts.concat();
        let sig = if right { independent_sha1(&string) } else { sig };
        let out = verify_card(&CardVerifyInput {
            api: if choose { CardApi::ChooseCard } else { CardApi::AddCard },
            values: v,
            tickets: vec![ticket.into()],
            jsapi_tickets: Vec::new(),
            signature: sig.clone(),
        });
        prop_assert_eq!(&out.expected.string1, &string);
        prop_assert_eq!(&out.expected.signature, &independent_sha1(&string));
        let target = sig.trim().to_ascii_lowercase();
        prop_assert_eq!(out.matched, target == independent_sha1(&string));
        if is_sha1_hex(&target) {
            for c in &out.causes {
                prop_assert_eq!(independent_sha1(&c.string1), target.clone(), "{}", c.code);
            }
        }
    }
}

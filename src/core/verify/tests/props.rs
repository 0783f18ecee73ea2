//! Properties: no input panics the verifier, and every right signature matches.

use super::*;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn never_panics(
        url in "\\PC{0,60}",
        entry in proptest::option::of("\\PC{0,40}"),
        ts in "\\PC{0,15}",
        nonce in "\\PC{0,20}",
        sig in "[0-9a-fA-F]{40}|\\PC{0,45}",
    ) {
        let v = verify(&VerifyInput {
            url,
            entry_url: entry,
            tickets: tickets(),
            noncestr: nonce,
            timestamp: ts,
            signature: sig,
        });
        prop_assert_eq!(v.expected.signature.len(), 40);
    }

    #[test]
    fn url_shaped_input_never_panics(
        url in "(https?://|HTTP://)?[a-zA-Z0-9:@\\[\\]/?#&=%. 中~()]{0,40}",
        entry in proptest::option::of("(https?://)?[a-z0-9:/?#&=%]{0,30}"),
    ) {
        let v = run(&url, entry.as_deref(), TS, &sha1_hex("x"));
        prop_assert!(!v.matched);
    }

    #[test]
    fn any_right_signature_matches(
        path in "[a-z0-9/]{0,20}",
        q in proptest::option::of("[a-z0-9=&%]{0,20}"),
        ts in "[0-9]{10}",
    ) {
        let url = match &q { Some(q) => format!("https://a.com/{path}?{q}"), None => format!("https://a.com/{path}") };
        let sign_url = browser_url(&url);
        let v = run(&url, None, &ts, &sha1_hex(&s1(TICKET, NONCE, &ts, &sign_url)));
        prop_assert!(v.matched);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    /// Whatever is pasted (a reply, a wx.error line, a payment call, garbage), nothing panics.
    #[test]
    fn pasted_text_never_panics(text in "\\PC{0,200}|.*realAuthUrl.{0,40}|.*\\{\\\\?\"realAuthUrl\\\\?\":.{0,60}") {
        let _ = crate::core::parse::real_auth_paste(&text);
        let _ = crate::core::parse::payment_paste(&text);
        let _ = crate::core::parse::parse(&text);
    }

    /// Short hex signatures (the zero-dropping encoders' search), hosts of any shape, and
    /// realAuthUrl lists of any text.
    #[test]
    fn hints_and_short_signatures_never_panic(
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
        prop_assert!(j.real_auth.map_or(0, |r| r.urls.len()) <= real.len());
    }

    #[test]
    fn card_verify_never_panics(
        values in proptest::collection::vec("\\PC{0,12}", 9),
        sig in "[0-9a-f]{40}|\\PC{0,45}",
        choose in any::<bool>(),
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
        let out = verify_card(&CardVerifyInput {
            api: if choose { CardApi::ChooseCard } else { CardApi::AddCard },
            values: v,
            tickets: vec![values[8].clone().into()],
            jsapi_tickets: Vec::new(),
            signature: sig,
        });
        prop_assert_eq!(out.expected.signature.len(), 40);
    }
}

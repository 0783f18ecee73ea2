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

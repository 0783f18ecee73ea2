use super::*;
use crate::core::sign;
use crate::core::verify::TicketOrigin;
use crate::probe::platform::{ANDROID, IOS};
use crate::secret::Secret;

const TICKET: &str =
    "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";
const OLD: &str =
    "kgt8ON7yVITDhtdwci0qeW8v1m2o3pQrStUvWxYz0AbCdEfGhIjKlMnOpQrStUvWxYz0AbCdEfGhIjKlMnOpQ";
const NONCE: &str = "Wm3WZYTPz0wzccnW";
const TS: &str = "1414587457";

fn account(tickets: &[&str]) -> Account {
    Account {
        tickets: tickets
            .iter()
            .enumerate()
            .map(|(i, t)| TicketCandidate {
                ticket: Secret::new(*t),
                origin: if i == 0 {
                    TicketOrigin::Current
                } else {
                    TicketOrigin::Stale { fetched_at: None }
                },
            })
            .collect(),
        app_id: Some("wx0123456789abcdef".to_owned()),
        safe_domains: vec!["shop.example.com".to_owned()],
    }
}

fn pre(url_signed: &str, ticket: &str) -> PreVerify {
    PreVerify {
        app_id: "wx0123456789abcdef".to_owned(),
        timestamp: TS.to_owned(),
        nonce_str: NONCE.to_owned(),
        signature: sign::sign_text(ticket, NONCE, TS, url_signed).signature,
        js_api_list: vec!["updateAppMessageShareData".to_owned()],
        open_tag_list: Vec::new(),
        missing: Vec::new(),
    }
}

const LANDING: &str = "https://shop.example.com/app/?from=menu";
const ROUTED: &str = "https://shop.example.com/app/detail/7?from=menu";

#[test]
fn a_correct_static_page_passes_on_both_platforms() {
    let p = pre(LANDING, TICKET);
    for emu in [&ANDROID, &IOS] {
        let (call, reply) = config_call(
            &p,
            LANDING,
            LANDING,
            emu,
            &account(&[TICKET]),
            AnswerMode::Wechat,
        );
        assert_eq!(call.matched, Some(true), "{:?}", emu.platform);
        assert!(call.causes.is_empty());
        assert_eq!(call.answer, "config:ok");
        assert_eq!(call.verified_url, LANDING);
        assert_eq!(reply, json!({"errMsg": "config:ok"}));
        assert!(call.findings.is_empty(), "{:?}", call.findings);
    }
}

#[test]
fn an_spa_signing_its_current_url_passes_on_android_and_fails_on_ios() {
    let p = pre(ROUTED, TICKET);
    let acc = account(&[TICKET]);
    let (android, _) = config_call(&p, ROUTED, LANDING, &ANDROID, &acc, AnswerMode::Wechat);
    assert_eq!(android.matched, Some(true));
    assert_eq!(android.verified_url, ROUTED);
    assert_eq!(android.answer, "config:ok");
    // Passing here, failing on iPhone: said as a cause.
    assert_eq!(android.causes[0].code, "ios_entry_url");

    let (ios, reply) = config_call(&p, ROUTED, LANDING, &IOS, &acc, AnswerMode::Wechat);
    assert_eq!(ios.matched, Some(false));
    assert_eq!(ios.verified_url, LANDING);
    assert_eq!(ios.answer, "config:invalid signature");
    assert_eq!(ios.causes[0].code, "ios_current_url");
    assert!(ios.notes.is_empty(), "{:?}", ios.notes);
    assert!(ios.causes[0].string1.ends_with(&format!("&url={ROUTED}")));
    assert!(
        !ios.causes[0].string1.contains(TICKET),
        "tickets are redacted"
    );
    assert_eq!(reply["errMsg"], "config:invalid signature");
    assert_eq!(reply["realAuthUrl"][0], LANDING);
}

#[test]
fn a_page_choosing_its_url_by_platform_passes_on_both() {
    let acc = account(&[TICKET]);
    let (android, _) = config_call(
        &pre(ROUTED, TICKET),
        ROUTED,
        LANDING,
        &ANDROID,
        &acc,
        AnswerMode::Wechat,
    );
    let (ios, _) = config_call(
        &pre(LANDING, TICKET),
        ROUTED,
        LANDING,
        &IOS,
        &acc,
        AnswerMode::Wechat,
    );
    assert_eq!((android.matched, ios.matched), (Some(true), Some(true)));
}

#[test]
fn mistakes_are_named_with_their_string1() {
    let acc = account(&[TICKET, OLD]);
    let href = "https://shop.example.com/item?id=7#/detail";
    let base = "https://shop.example.com/item?id=7";
    let cases = [
        (pre(href, TICKET), "fragment", href.to_owned()),
        (
            pre("https%3A%2F%2Fshop.example.com%2Fitem%3Fid%3D7", TICKET),
            "encode_uri_component",
            "https%3A%2F%2Fshop.example.com%2Fitem%3Fid%3D7".to_owned(),
        ),
        (pre(base, OLD), "stale_ticket", base.to_owned()),
    ];
    for (p, code, signed) in cases {
        let (call, _) = config_call(&p, href, href, &ANDROID, &acc, AnswerMode::Wechat);
        assert_eq!(call.matched, Some(false), "{code}");
        assert_eq!(call.verified_url, base);
        let cause = call
            .causes
            .iter()
            .find(|c| c.code == code)
            .unwrap_or_else(|| panic!("{code}: {:?}", call.causes));
        assert!(
            cause.string1.ends_with(&format!("&url={signed}")),
            "{code}: {}",
            cause.string1
        );
        assert_eq!(call.answer, "config:invalid signature");
    }
}

#[test]
fn answer_modes_override_the_verdict_but_not_the_report() {
    let p = pre("https://other.example.com/", TICKET);
    let acc = account(&[TICKET]);
    let (ok, reply) = config_call(&p, LANDING, LANDING, &ANDROID, &acc, AnswerMode::Ok);
    assert_eq!((ok.matched, ok.answer.as_str()), (Some(false), "config:ok"));
    assert_eq!(reply, json!({"errMsg": "config:ok"}));
    let good = pre(LANDING, TICKET);
    let (fail, _) = config_call(&good, LANDING, LANDING, &ANDROID, &acc, AnswerMode::Fail);
    assert_eq!(
        (fail.matched, fail.answer.as_str()),
        (Some(true), "config:invalid signature")
    );
}

#[test]
fn wechat_refuses_a_page_outside_the_safe_domains_and_missing_fields() {
    let url = "https://evil.example.net/p";
    let (call, _) = config_call(
        &pre(url, TICKET),
        url,
        url,
        &ANDROID,
        &account(&[TICKET]),
        AnswerMode::Wechat,
    );
    assert_eq!(call.matched, Some(true));
    assert_eq!(call.answer, "config:invalid url domain");
    assert!(call.findings.iter().any(|f| f.code == "url_domain"));

    let mut p = pre(LANDING, TICKET);
    p.missing = vec!["verifySignature"];
    let (call, _) = config_call(
        &p,
        LANDING,
        LANDING,
        &ANDROID,
        &account(&[TICKET]),
        AnswerMode::Wechat,
    );
    assert_eq!(call.answer, "config:fail");
}

#[test]
fn without_a_ticket_nothing_is_claimed() {
    let (call, _) = config_call(
        &pre(LANDING, TICKET),
        LANDING,
        LANDING,
        &IOS,
        &account(&[]),
        AnswerMode::Wechat,
    );
    assert_eq!(call.matched, None);
    assert_eq!(call.answer, "config:ok");
    assert!(call.findings.iter().any(|f| f.code == "not_verified"));
}

#[test]
fn other_appid_and_list_names_are_findings() {
    let mut p = pre(LANDING, TICKET);
    p.app_id = "wxffffffffffffffff".to_owned();
    p.js_api_list = vec!["onMenuShareTimeline".to_owned(), "chooseimage".to_owned()];
    let (call, _) = config_call(
        &p,
        LANDING,
        LANDING,
        &ANDROID,
        &account(&[TICKET]),
        AnswerMode::Wechat,
    );
    let codes: Vec<&str> = call.findings.iter().map(|f| f.code.as_str()).collect();
    assert_eq!(
        codes,
        ["app_id_mismatch", "jsapi_deprecated", "jsapi_unknown"]
    );
}

#[test]
fn share_checks_see_what_only_a_live_page_shows() {
    let good = ShareParams {
        title: Some("Autumn sale".into()),
        desc: Some("Up to 50% off".into()),
        link: Some("https://shop.example.com/sale".into()),
        img_url: Some("https://shop.example.com/i.png".into()),
    };
    let domains = ["shop.example.com".to_owned()];
    let list = ["updateAppMessageShareData".to_owned()];
    assert!(
        share_findings(
            "updateAppMessageShareData",
            &good,
            false,
            Some(&list),
            &domains,
            None
        )
        .is_empty()
    );
    let codes = |f: Vec<Finding>| f.into_iter().map(|f| f.code).collect::<Vec<_>>();
    assert_eq!(
        codes(share_findings(
            "updateTimelineShareData",
            &good,
            true,
            Some(&list),
            &domains,
            None
        )),
        ["share_api_missing", "share_before_config"]
    );
    assert_eq!(
        codes(share_findings(
            "updateAppMessageShareData",
            &good,
            false,
            None,
            &domains,
            None
        )),
        ["share_without_config"]
    );
    let bad = ShareParams {
        title: Some(String::new()),
        desc: None,
        link: Some("https://elsewhere.example.org/".into()),
        img_url: Some("/img/a.png".into()),
    };
    assert_eq!(
        codes(share_findings(
            "updateAppMessageShareData",
            &bad,
            false,
            Some(&list),
            &domains,
            None
        )),
        [
            "share_link_domain",
            "share_img_invalid",
            "share_title_empty",
            "share_desc_empty"
        ]
    );
    let image = ImageProbe::NotImage {
        status: 404,
        content_type: Some("text/html".into()),
    };
    assert_eq!(
        codes(share_findings(
            "updateAppMessageShareData",
            &good,
            false,
            Some(&list),
            &domains,
            Some(&image)
        )),
        ["share_img_not_image"]
    );
}

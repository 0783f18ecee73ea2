//! The recorder in pass-through mode (a phone, PHONE.md): the real client answers, wxsign only
//! records and judges. Driven with the messages the bridge script sends in that mode.

use super::*;
use crate::core::sign;
use crate::core::text::Lang;
use crate::core::verify::{PAGE_URL_CODE, TicketCandidate, TicketOrigin};
use crate::i18n::Render;
use crate::probe::platform::ANDROID;
use crate::secret::Secret;
use serde_json::json;

const TICKET: &str =
    "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";
const LANDING: &str = "https://shop.example.com/app/?from=menu";
const ROUTED: &str = "https://shop.example.com/app/detail/7?from=menu";
const UA: &str = "Mozilla/5.0 (Linux; Android 17; wv) Chrome/150.0.7871.189 Mobile Safari/537.36 XWEB/1500117 MicroMessenger/8.0.76.3141(0x28004C31)";

fn recorder() -> Recorder {
    let account = Account {
        tickets: vec![TicketCandidate {
            ticket: Secret::new(TICKET),
            origin: TicketOrigin::Current,
        }],
        app_id: None,
        safe_domains: Vec::new(),
    };
    Recorder::pass_through(&ANDROID, account, Quiet::from_settle(500))
}

fn feed(r: &mut Recorder, v: serde_json::Value, at: u64) -> Vec<Action> {
    r.on_binding(&v.to_string(), 3, at)
}

/// The page lands, says its user agent, routes, and configs signing the URL it shows; the
/// legacy timeline menu is registered. Nothing of it is answered here.
fn routed_config(r: &mut Recorder) {
    let signed = sign::sign_text(TICKET, "n0nce", "1414587457", ROUTED).signature;
    let mut actions = Vec::new();
    actions.extend(feed(
        r,
        json!({"t": "doc", "href": LANDING, "doc": LANDING, "top": true}),
        5,
    ));
    actions.extend(feed(
        r,
        json!({"t": "ua", "ua": UA, "href": LANDING, "doc": LANDING, "top": true}),
        6,
    ));
    actions.extend(feed(
        r,
        json!({"t": "nav", "kind": "push_state", "href": ROUTED, "doc": LANDING, "top": true}),
        20,
    ));
    actions.extend(feed(
        r,
        json!({"t": "invoke", "id": 1, "name": "preVerifyJSAPI", "href": ROUTED, "doc": LANDING, "top": true,
            "params": {"verifyJsApiList": ["menu:share:timeline"], "verifyOpenTagList": [],
                "appId": "wx0123456789abcdef", "verifyAppId": "wx0123456789abcdef", "verifySignType": "sha1",
                "verifyTimestamp": "1414587457", "verifyNonceStr": "n0nce", "verifySignature": signed}}),
        30,
    ));
    actions.extend(feed(
        r,
        json!({"t": "on", "name": "menu:share:timeline", "href": ROUTED, "doc": LANDING, "top": true}),
        35,
    ));
    assert!(
        actions.is_empty(),
        "pass-through answers nothing: {actions:?}"
    );
}

#[test]
fn the_answer_is_the_clients_and_waits_for_it() {
    let mut r = recorder();
    routed_config(&mut r);
    let lines = r.take_lines();
    let last = lines.last().expect("a line for the config");
    assert!(
        last.get(Lang::En).contains("waiting for the client"),
        "{last:?}"
    );
    // A reply to another id (a share's, or a stale document's) changes nothing.
    feed(
        &mut r,
        json!({"t": "reply", "id": 9, "name": "preVerifyJSAPI", "res": {"errMsg": "config:ok"}, "top": true}),
        40,
    );
    // The raw form, as the client sends it before jweixin rewrites it.
    feed(
        &mut r,
        json!({"t": "reply", "id": 1, "name": "preVerifyJSAPI", "res": {"err_msg": "preVerifyJSAPI:fail_invalid_signature"},
            "href": ROUTED, "doc": LANDING, "top": true}),
        50,
    );
    let lines = r.take_lines();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert_eq!(
        lines[0].get(Lang::En),
        "the client answered config:invalid signature"
    );
    let mut actions = Vec::new();
    // No menu event is fired on a real phone (it would open the share sheet): only quiet.
    assert_eq!(r.step(100, &mut actions), Step::Wait(Some(550)));
    assert_eq!(r.step(550, &mut actions), Step::Done(Outcome::Configured));
    assert!(actions.is_empty(), "{actions:?}");
    let run = r.finish(Outcome::Configured, &HashMap::new(), 550, 30_000);
    assert_eq!(run.user_agent, UA);
    let c = &run.configs[0];
    assert_eq!(c.answer, "config:invalid signature");
    assert_eq!(
        c.client_reply,
        Some(json!({"err_msg": "preVerifyJSAPI:fail_invalid_signature"}))
    );
    assert!(c.real_auth_url.is_empty());
    // Without realAuthUrl wxsign judges the current URL (the Android rule): it matches there, so
    // the client checked something else. The phone report says so; the call keeps both facts.
    assert_eq!(c.matched, Some(true));
    assert_eq!(c.verified_url, ROUTED);
}

#[test]
fn a_real_auth_url_decides_the_verdict() {
    let mut r = recorder();
    routed_config(&mut r);
    let real = format!("{LANDING}#/");
    feed(
        &mut r,
        json!({"t": "reply", "id": 1, "name": "preVerifyJSAPI",
            "res": {"realAuthUrl": [real, real], "errMsg": "config:invalid signature"},
            "href": ROUTED, "doc": LANDING, "top": true}),
        50,
    );
    let run = r.finish(Outcome::Configured, &HashMap::new(), 600, 30_000);
    let c = &run.configs[0];
    assert_eq!(c.answer, "config:invalid signature");
    assert_eq!(c.real_auth_url, [real.clone(), real]);
    assert_eq!(c.matched, Some(false));
    assert_eq!(c.verified_url, LANDING);
    assert_eq!(
        c.expected_signature.as_deref(),
        Some(
            sign::sign_text(TICKET, "n0nce", "1414587457", LANDING)
                .signature
                .as_str()
        )
    );
    // The server signed the page's current URL; the client verified the landing one. Said
    // plainly, not the probe's iOS wording.
    assert_eq!(c.causes[0].code, PAGE_URL_CODE, "{:?}", c.causes);
    assert!(!run.passed);
}

#[test]
fn the_user_agent_of_an_iframe_does_not_replace_the_pages() {
    let mut r = recorder();
    routed_config(&mut r);
    feed(
        &mut r,
        json!({"t": "ua", "ua": "iframe agent", "href": "https://ads.example.com/", "doc": "https://ads.example.com/", "top": false}),
        60,
    );
    let run = r.finish(Outcome::TimedOut, &HashMap::new(), 600, 30_000);
    assert_eq!(run.user_agent, UA);
    assert_eq!(run.configs[0].answer, "", "never answered");
}

#[test]
fn a_config_waiting_for_the_clients_answer_holds_the_run() {
    let mut r = recorder();
    routed_config(&mut r);
    let mut actions = Vec::new();
    // Quiet since 35, but the client is still verifying: held, at most the long-request cap.
    assert_eq!(r.step(600, &mut actions), Step::Wait(Some(1_100)));
    assert_eq!(r.step(2_000, &mut actions), Step::Wait(Some(2_500)));
    feed(
        &mut r,
        json!({"t": "reply", "id": 1, "name": "preVerifyJSAPI", "res": {"errMsg": "config:ok"},
            "href": ROUTED, "doc": LANDING, "top": true}),
        2_100,
    );
    assert_eq!(r.step(2_200, &mut actions), Step::Wait(Some(2_600)));
    assert_eq!(r.step(2_600, &mut actions), Step::Done(Outcome::Configured));
    // A client that never answers does not hold the run for ever.
    let mut silent = recorder();
    routed_config(&mut silent);
    assert_eq!(silent.step(5_100, &mut actions), Step::Wait(Some(5_535)));
    assert_eq!(
        silent.step(5_535, &mut actions),
        Step::Done(Outcome::Configured)
    );
}

use super::*;
use crate::batch::Platform;
use crate::core::sign;
use crate::core::text::Lang;
use crate::core::urlcheck::Severity;
use crate::core::verify::{TicketCandidate, TicketOrigin};
use crate::i18n::Render;
use crate::probe::platform::{ANDROID, IOS};
use crate::secret::Secret;
use serde_json::json;

const TICKET: &str =
    "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";
const LANDING: &str = "https://shop.example.com/app/?from=menu";
const ROUTED: &str = "https://shop.example.com/app/detail/7?from=menu";

fn recorder(emu: &'static Emulation) -> Recorder {
    let account = Account {
        tickets: vec![TicketCandidate {
            ticket: Secret::new(TICKET),
            origin: TicketOrigin::Current,
        }],
        app_id: None,
        safe_domains: Vec::new(),
    };
    Recorder::new(
        emu,
        emu.user_agent.to_owned(),
        account,
        AnswerMode::Wechat,
        Quiet::from_settle(500),
    )
}

fn msg(v: serde_json::Value) -> String {
    v.to_string()
}

fn config_params(url: &str, list: &[&str]) -> serde_json::Value {
    json!({
        "verifyJsApiList": list,
        "verifyOpenTagList": [],
        "appId": "wx0123456789abcdef",
        "verifyAppId": "wx0123456789abcdef",
        "verifySignType": "sha1",
        "verifyTimestamp": "1414587457",
        "verifyNonceStr": "Wm3WZYTPz0wzccnW",
        "verifySignature": sign::sign_text(TICKET, "Wm3WZYTPz0wzccnW", "1414587457", url).signature,
    })
}

/// A page that lands, pushStates, then configs with the URL it shows: the script the bridge
/// would report.
fn spa(r: &mut Recorder) -> Vec<Action> {
    let mut actions = Vec::new();
    r.on_binding(
        &msg(json!({"t": "doc", "href": LANDING, "doc": LANDING, "top": true})),
        7,
        10,
    );
    r.on_binding(
        &msg(
            json!({"t": "nav", "kind": "push_state", "href": ROUTED, "doc": LANDING, "top": true}),
        ),
        7,
        40,
    );
    actions.extend(r.on_binding(
        &msg(json!({"t": "invoke", "id": 1, "name": "preVerifyJSAPI",
            "params": config_params(ROUTED, &["updateAppMessageShareData", "menu:share:timeline"]),
            "href": ROUTED, "doc": LANDING, "top": true})),
        7,
        60,
    ));
    r.on_binding(
        &msg(json!({"t": "answered", "id": 1, "href": ROUTED, "doc": LANDING, "top": true})),
        7,
        65,
    );
    r.on_binding(&msg(json!({"t": "on", "name": "menu:share:timeline", "href": ROUTED, "doc": LANDING, "top": true})), 7, 70);
    r.on_binding(&msg(json!({"t": "invoke", "id": 2, "name": "updateAppMessageShareData",
        "params": {"title": "T", "desc": "D", "link": ROUTED, "imgUrl": "https://shop.example.com/i.png"},
        "href": ROUTED, "doc": LANDING, "top": true})), 7, 80);
    r.on_binding(
        &msg(json!({"t": "load", "wx": true, "href": ROUTED, "doc": LANDING, "top": true})),
        7,
        90,
    );
    actions
}

#[test]
fn android_answers_ok_and_ios_answers_invalid_signature_for_the_same_spa() {
    let mut a = recorder(&ANDROID);
    let actions = spa(&mut a);
    assert_eq!(
        actions,
        [Action::Reply {
            context: 7,
            id: 1,
            reply: json!({"errMsg": "config:ok"})
        }]
    );
    let mut i = recorder(&IOS);
    let Action::Reply { reply, .. } = &spa(&mut i)[0] else {
        panic!()
    };
    assert_eq!(reply["errMsg"], "config:invalid signature");
}

#[test]
fn quiet_after_config_fires_the_menus_then_ends() {
    let mut r = recorder(&ANDROID);
    spa(&mut r);
    let mut actions = Vec::new();
    // Not yet: the last bridge call was at 90; menus fire half a settle time (500) later.
    assert_eq!(r.step(100, &mut actions), Step::Wait(Some(340)));
    assert_eq!(r.step(600, &mut actions), Step::Wait(Some(1100)));
    assert_eq!(
        actions,
        [Action::FireMenus {
            context: 7,
            events: vec!["menu:share:timeline".to_owned()]
        }]
    );
    // jweixin answers the event by invoking shareTimeline with the effective values.
    r.on_binding(&msg(json!({"t": "invoke", "id": 3, "name": "shareTimeline",
        "params": {"title": "T", "desc": "T", "link": ROUTED, "img_url": "https://shop.example.com/i.png", "type": "link", "data_url": ""},
        "href": ROUTED, "doc": LANDING, "top": true})), 7, 650);
    actions.clear();
    assert_eq!(r.step(1000, &mut actions), Step::Wait(Some(1150)));
    assert_eq!(r.step(1150, &mut actions), Step::Done(Outcome::Configured));
    assert!(actions.is_empty(), "menus fire once");
    let run = r.finish(Outcome::Configured, &HashMap::new(), 1150, 30_000);
    assert_eq!(run.platform, Platform::Android);
    assert_eq!(run.landing_url.as_deref(), Some(LANDING));
    assert_eq!(
        run.url_changes,
        [UrlChange {
            kind: UrlChangeKind::PushState,
            url: ROUTED.into(),
            at_ms: 40
        }]
    );
    assert_eq!(run.configs.len(), 1);
    assert_eq!(
        run.configs[0].js_api_list,
        ["updateAppMessageShareData", "onMenuShareTimeline"]
    );
    assert_eq!(run.configs[0].matched, Some(true));
    let apis: Vec<&str> = run.shares.iter().map(|s| s.api.as_str()).collect();
    assert_eq!(apis, ["updateAppMessageShareData", "onMenuShareTimeline"]);
    assert_eq!(run.shares[1].bridge_name, "shareTimeline");
    assert_eq!(
        run.shares[1].img_url.as_deref(),
        Some("https://shop.example.com/i.png")
    );
    assert!(run.passed, "{:?}", run.findings);
}

#[test]
fn after_config_an_open_request_holds_the_menus_and_the_end_until_its_reply() {
    let mut r = recorder(&ANDROID);
    spa(&mut r);
    // wx.ready fetched the share texts at 95: the page is still setting up.
    r.on_request(
        "9",
        "https://shop.example.com/api/share?id=7",
        "GET",
        "XHR",
        false,
        95,
    );
    let mut actions = Vec::new();
    // Open at 600 (where the menus would have fired): held, asked again half a settle later.
    assert_eq!(r.step(600, &mut actions), Step::Wait(Some(850)));
    assert!(actions.is_empty());
    r.on_response("9", 200, 1_900);
    r.on_finished("9", 1_910);
    // The reply came at 1910; the page sets its share up from it.
    r.on_binding(&msg(json!({"t": "invoke", "id": 4, "name": "updateAppMessageShareData",
        "params": {"title": "From the API", "desc": "D", "link": ROUTED, "imgUrl": "https://shop.example.com/i.png"},
        "href": ROUTED, "doc": LANDING, "top": true})), 7, 1_930);
    assert_eq!(r.step(1_940, &mut actions), Step::Wait(Some(2_180)));
    assert_eq!(r.step(2_180, &mut actions), Step::Wait(Some(2_680)));
    assert_eq!(actions.len(), 1, "menus fire once the page is quiet");
    assert_eq!(r.step(2_680, &mut actions), Step::Done(Outcome::Configured));
    let run = r.finish(Outcome::Configured, &HashMap::new(), 2_680, 30_000);
    let titles: Vec<&str> = run
        .shares
        .iter()
        .filter_map(|s| s.title.as_deref())
        .collect();
    assert!(titles.contains(&"From the API"), "{titles:?}");
}

/// A configured page (quiet at 90) that keeps its background busy forever, `tick(r, at)` every
/// 100 ms and asked at `at + 60`, still ends: the menus fire once the hold runs out (last bridge
/// call 90 + 5000 + 250); after them only the bridge counts, so a settle time (500) later the
/// run is over.
fn ends_after_the_hold(tick: impl Fn(&mut Recorder, u64, u64)) {
    let mut r = recorder(&ANDROID);
    spa(&mut r);
    let mut actions = Vec::new();
    let mut done_at = None;
    for n in 1..200u64 {
        let at = 90 + n * 100;
        tick(&mut r, n, at);
        if let Step::Done(o) = r.step(at + 60, &mut actions) {
            done_at = Some((at + 60, o));
            break;
        }
    }
    let (at, outcome) = done_at.expect("the run ends");
    assert_eq!(outcome, Outcome::Configured);
    assert!((5_840..=6_000).contains(&at), "ended at {at}");
    assert_eq!(actions.len(), 1);
}

#[test]
fn after_config_a_page_that_polls_forever_still_ends() {
    // A request every 100 ms, each answered in 50: the network is never quiet for 500 ms.
    ends_after_the_hold(|r, n, at| {
        let id = n.to_string();
        r.on_request(
            &id,
            "https://shop.example.com/poll",
            "GET",
            "XHR",
            false,
            at,
        );
        r.on_finished(&id, at + 50);
    });
    // A short timer re-armed forever (a poll by setTimeout): always one pending.
    ends_after_the_hold(|r, n, at| {
        top(r, json!({"t": "timer", "id": n, "ms": 100}), ROUTED, at);
        if n > 1 {
            top(r, json!({"t": "timer_end", "id": n - 1}), ROUTED, at);
        }
    });
}

#[test]
fn a_page_without_config_ends_when_loaded_and_idle_and_says_why() {
    let mut r = recorder(&ANDROID);
    r.on_request("1", LANDING, "GET", "Document", true, 0);
    r.on_response("1", 200, 5);
    r.on_finished("1", 6);
    r.on_binding(
        &msg(json!({"t": "doc", "href": LANDING, "doc": LANDING, "top": true})),
        1,
        10,
    );
    r.on_request(
        "2",
        "https://shop.example.com/api/wx/sign",
        "POST",
        "XHR",
        false,
        20,
    );
    r.on_binding(
        &msg(json!({"t": "load", "wx": false, "href": LANDING, "doc": LANDING, "top": true})),
        1,
        30,
    );
    let mut actions = Vec::new();
    // A request is open: not quiet.
    assert!(matches!(r.step(100, &mut actions), Step::Wait(Some(_))));
    r.on_response("2", 500, 200);
    r.on_finished("2", 201);
    assert_eq!(r.step(300, &mut actions), Step::Wait(Some(1701)));
    assert_eq!(
        r.step(1701, &mut actions),
        Step::Done(Outcome::NoConfigCall)
    );
    let run = r.finish(Outcome::NoConfigCall, &HashMap::new(), 1701, 30_000);
    assert!(!run.passed);
    assert_eq!(run.failed_requests.len(), 1);
    let codes: Vec<&str> = run.findings.iter().map(|f| f.code.as_str()).collect();
    assert_eq!(codes, ["no_config_call", "request_failed"]);
    assert!(
        run.findings[1]
            .message
            .get(Lang::En)
            .contains("/api/wx/sign returned HTTP 500")
    );
}

#[test]
fn a_long_poll_does_not_keep_a_page_without_config_alive() {
    let mut r = recorder(&ANDROID);
    r.on_binding(
        &msg(json!({"t": "doc", "href": LANDING, "doc": LANDING, "top": true})),
        1,
        10,
    );
    r.on_request(
        "9",
        "https://shop.example.com/poll",
        "GET",
        "XHR",
        false,
        20,
    );
    r.on_binding(
        &msg(json!({"t": "load", "wx": false, "href": LANDING, "doc": LANDING, "top": true})),
        1,
        30,
    );
    let mut actions = Vec::new();
    assert_eq!(r.step(100, &mut actions), Step::Wait(Some(5020)));
    assert_eq!(
        r.step(5020, &mut actions),
        Step::Done(Outcome::NoConfigCall)
    );
}

#[test]
fn oauth_by_redirect_and_by_script_stop_the_run() {
    let stop = crate::probe::oauth::oauth_stop(
        &url::Url::parse("https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx1&redirect_uri=https%3A%2F%2Fa.com%2Fcb&response_type=code&scope=snsapi_base&state=s#wechat_redirect").unwrap(),
    );
    let mut redirect = recorder(&ANDROID);
    redirect.on_oauth(stop.clone(), 5);
    let mut actions = Vec::new();
    assert_eq!(
        redirect.step(6, &mut actions),
        Step::Done(Outcome::OauthRequired)
    );
    let run = redirect.finish(Outcome::OauthRequired, &HashMap::new(), 6, 30_000);
    let o = run.oauth.as_ref().unwrap();
    assert_eq!(
        (o.via.as_str(), o.redirect_uri.as_str()),
        ("http_redirect", "https://a.com/cb")
    );
    assert_eq!(run.blocked[0].reason, "oauth");
    assert_eq!(run.findings[0].code, "oauth_required");
    assert!(
        run.findings[0]
            .message
            .get(Lang::En)
            .contains("https://a.com/cb?code=CODE&state=s")
    );

    let mut script = recorder(&IOS);
    script.on_binding(
        &msg(json!({"t": "doc", "href": LANDING, "doc": LANDING, "top": true})),
        1,
        10,
    );
    script.on_oauth(stop, 50);
    let run = script.finish(Outcome::OauthRequired, &HashMap::new(), 60, 30_000);
    assert_eq!(run.oauth.unwrap().via, "script");
}

#[test]
fn debug_alerts_are_recorded_and_mark_the_config() {
    let mut r = recorder(&ANDROID);
    spa(&mut r);
    r.on_binding(&msg(json!({"t": "dialog", "kind": "alert", "message": "{\"errMsg\":\"config:ok\"}", "href": ROUTED, "doc": LANDING, "top": true})), 7, 95);
    let run = r.finish(Outcome::Configured, &HashMap::new(), 700, 30_000);
    assert_eq!(run.dialogs.len(), 1);
    assert!(run.configs[0].debug);
    assert!(run.findings.iter().any(|f| f.code == "config_debug"));
}

#[test]
fn foreign_binding_calls_and_iframes_do_not_confuse_the_run() {
    let mut r = recorder(&ANDROID);
    assert!(r.on_binding("hello", 1, 1).is_empty());
    assert!(r.on_binding("{\"t\":\"evil\"}", 1, 1).is_empty());
    r.on_binding(
        &msg(json!({"t": "doc", "href": LANDING, "doc": LANDING, "top": true})),
        1,
        10,
    );
    r.on_binding(&msg(json!({"t": "doc", "href": "https://ads.example.net/f", "doc": "https://ads.example.net/f", "top": false})), 2, 11);
    r.on_binding(&msg(json!({"t": "nav", "kind": "hash_change", "href": "https://ads.example.net/f#x", "doc": "https://ads.example.net/f", "top": false})), 2, 12);
    let run = r.finish(Outcome::NoConfigCall, &HashMap::new(), 20, 30_000);
    assert_eq!(run.landing_url.as_deref(), Some(LANDING));
    assert!(run.url_changes.is_empty());
}

#[test]
fn a_fragment_change_is_one_entry_and_a_crash_ends_the_run() {
    let mut r = recorder(&ANDROID);
    r.on_binding(
        &msg(json!({"t": "doc", "href": LANDING, "doc": LANDING, "top": true})),
        1,
        10,
    );
    let hashed = format!("{LANDING}#/a");
    r.on_binding(
        &msg(json!({"t": "nav", "kind": "pop_state", "href": hashed, "doc": LANDING, "top": true})),
        1,
        20,
    );
    r.on_binding(
        &msg(
            json!({"t": "nav", "kind": "hash_change", "href": hashed, "doc": LANDING, "top": true}),
        ),
        1,
        21,
    );
    r.on_crash(30);
    let mut actions = Vec::new();
    assert_eq!(
        r.step(31, &mut actions),
        Step::Done(Outcome::NavigationFailed)
    );
    let run = r.finish(Outcome::NavigationFailed, &HashMap::new(), 31, 30_000);
    assert_eq!(run.url_changes.len(), 1);
    assert_eq!(run.url_changes[0].kind, UrlChangeKind::HashChange);
    assert_eq!(run.findings[0].code, "renderer_crashed");
}

/// A message from the top frame of the document that landed on LANDING, now showing `href`.
fn top(r: &mut Recorder, mut m: serde_json::Value, href: &str, at: u64) {
    m["href"] = href.into();
    m["doc"] = LANDING.into();
    m["top"] = true.into();
    r.on_binding(&m.to_string(), 7, at);
}

/// The spa page, configured and quiet at 90, then a one-shot timer set at 95 due in `ms`.
fn spa_with_timer(r: &mut Recorder, ms: u64) {
    spa(r);
    top(r, json!({"t": "timer", "id": 5, "ms": ms}), ROUTED, 95);
}

#[test]
fn a_pending_timer_holds_a_configured_run_until_it_has_run() {
    let mut r = recorder(&ANDROID);
    spa_with_timer(&mut r, 300);
    let mut actions = Vec::new();
    // Without the timer the menus would fire at 340 and the run end at 1100; it is due at 395.
    assert_eq!(r.step(340, &mut actions), Step::Wait(Some(590)));
    assert!(actions.is_empty());
    // It runs at 398 and the router configures again.
    top(&mut r, json!({"t": "timer_end", "id": 5}), ROUTED, 398);
    let params = config_params(ROUTED, &["updateAppMessageShareData"]);
    let config = json!({"t": "invoke", "id": 6, "name": "preVerifyJSAPI", "params": params});
    top(&mut r, config, ROUTED, 400);
    assert_eq!(r.step(410, &mut actions), Step::Wait(Some(650)));
    let run = r.finish(Outcome::Configured, &HashMap::new(), 1_500, 30_000);
    assert_eq!(run.configs.len(), 2);
}

#[test]
fn a_cleared_timer_no_longer_holds_and_an_ended_one_counts_from_its_end() {
    let mut r = recorder(&ANDROID);
    spa_with_timer(&mut r, 1_500);
    top(&mut r, json!({"t": "timer_end", "id": 5}), ROUTED, 120);
    let mut actions = Vec::new();
    // Quiet since 120 (the clear): the menus fire half a settle time later.
    assert_eq!(r.step(130, &mut actions), Step::Wait(Some(370)));
    // An end for a timer never reported changes nothing.
    top(&mut r, json!({"t": "timer_end", "id": 99}), ROUTED, 200);
    assert_eq!(r.step(210, &mut actions), Step::Wait(Some(370)));
}

#[test]
fn an_overdue_timer_an_iframes_timer_and_a_dead_documents_timer_do_not_hold() {
    // Overdue: a page too busy to run it is left to the hard deadline.
    let mut r = recorder(&ANDROID);
    spa_with_timer(&mut r, 100);
    let mut actions = Vec::new();
    assert_eq!(r.step(1_000, &mut actions), Step::Wait(Some(1_250)));
    assert!(actions.is_empty());
    // Due at 195, not run by 1195: no longer waited for.
    assert_eq!(r.step(1_196, &mut actions), Step::Wait(Some(1_696)));
    assert_eq!(
        actions.len(),
        1,
        "the menus fired once the timer was overdue"
    );

    let mut r = recorder(&ANDROID);
    spa(&mut r);
    let ad = "https://ads.example.net/f";
    let timer = json!({"t": "timer", "id": 5, "ms": 1_000, "href": ad, "doc": ad, "top": false});
    r.on_binding(&timer.to_string(), 9, 95);
    assert_eq!(r.step(340, &mut Vec::new()), Step::Wait(Some(840)));

    let mut r = recorder(&ANDROID);
    spa_with_timer(&mut r, 1_500);
    let doc = json!({"t": "doc", "href": ROUTED, "doc": ROUTED, "top": true});
    r.on_binding(&doc.to_string(), 8, 100);
    assert!(r.timers.is_empty());
}

#[test]
fn without_config_a_pending_timer_keeps_the_page_from_counting_as_idle() {
    let mut r = recorder(&ANDROID);
    top(&mut r, json!({"t": "doc"}), LANDING, 10);
    top(&mut r, json!({"t": "load", "wx": true}), LANDING, 30);
    // A splash screen calls wx.config 1.9 s after load.
    top(
        &mut r,
        json!({"t": "timer", "id": 1, "ms": 1_900}),
        LANDING,
        31,
    );
    let mut actions = Vec::new();
    // Idle would end it at 30 + 1500; the timer is due at 1931.
    assert_eq!(r.step(1_530, &mut actions), Step::Wait(Some(3_030)));
    top(&mut r, json!({"t": "timer_end", "id": 1}), LANDING, 1_935);
    assert_eq!(r.step(1_940, &mut actions), Step::Wait(Some(3_435)));
}

#[test]
fn a_page_alerting_its_own_errmsg_is_not_debug_mode() {
    let mut r = recorder(&IOS);
    spa(&mut r);
    // The official demo's wx.error: alert(res.errMsg). Not jweixin's JSON of the reply.
    let own = "config:invalid signature";
    top(
        &mut r,
        json!({"t": "dialog", "kind": "alert", "message": own}),
        ROUTED,
        95,
    );
    // jweixin's JSON, but of another answer than the one given.
    let other = "{\"errMsg\":\"config:ok\"}";
    top(
        &mut r,
        json!({"t": "dialog", "kind": "alert", "message": other}),
        ROUTED,
        96,
    );
    let run = r.finish(Outcome::Configured, &HashMap::new(), 700, 30_000);
    assert_eq!(run.dialogs.len(), 2);
    assert!(!run.configs[0].debug);
    assert!(!run.findings.iter().any(|f| f.code == "config_debug"));
}

#[test]
fn a_user_agent_jweixin_does_not_take_for_wechat_is_a_finding() {
    let account = Account::default();
    let mut r = Recorder::new(
        &ANDROID,
        "Mozilla/5.0 (X11; Linux x86_64) Chrome/150.0".to_owned(),
        account,
        AnswerMode::Wechat,
        Quiet::from_settle(500),
    );
    spa(&mut r);
    let run = r.finish(Outcome::Configured, &HashMap::new(), 700, 30_000);
    let f = run
        .findings
        .iter()
        .find(|f| f.code == "user_agent_not_wechat")
        .expect("finding");
    assert_eq!(f.severity, Severity::Warning);
    let run = recorder(&ANDROID).finish(Outcome::Configured, &HashMap::new(), 700, 30_000);
    assert!(
        !run.findings
            .iter()
            .any(|f| f.code == "user_agent_not_wechat")
    );
}

#[test]
fn a_share_made_between_wx_config_and_its_answer_is_before_config() {
    let mut r = recorder(&ANDROID);
    top(&mut r, json!({"t": "doc"}), LANDING, 10);
    let params = config_params(LANDING, &["updateAppMessageShareData"]);
    let config = json!({"t": "invoke", "id": 1, "name": "preVerifyJSAPI", "params": params});
    top(&mut r, config, LANDING, 20);
    let share = |r: &mut Recorder, id: u64, title: &str, at: u64| {
        let params = json!({"title": title, "desc": "D", "link": LANDING,
            "imgUrl": "https://shop.example.com/i.png"});
        let m =
            json!({"t": "invoke", "id": id, "name": "updateAppMessageShareData", "params": params});
        top(r, m, LANDING, at);
    };
    // wx.config(...); wx.updateAppMessageShareData(...) without wx.ready.
    share(&mut r, 2, "Too early", 21);
    // An answer to another invoke is not the config's.
    top(&mut r, json!({"t": "answered", "id": 9}), LANDING, 22);
    share(&mut r, 3, "Still too early", 23);
    top(&mut r, json!({"t": "answered", "id": 1}), LANDING, 30);
    share(&mut r, 4, "In wx.ready", 31);
    let run = r.finish(Outcome::Configured, &HashMap::new(), 700, 30_000);
    let before: Vec<(&str, bool)> = run
        .shares
        .iter()
        .map(|s| (s.title.as_deref().unwrap(), s.before_config))
        .collect();
    assert_eq!(
        before,
        [
            ("Too early", true),
            ("Still too early", true),
            ("In wx.ready", false)
        ]
    );
    assert!(
        run.shares[0]
            .findings
            .iter()
            .any(|f| f.code == "share_before_config")
    );
}

#[test]
fn a_request_that_ends_before_it_starts_is_not_left_open() {
    // The blocked beacon: its failure can arrive before its start (separate event streams),
    // and before the Paused event that lists it as blocked.
    let mut r = recorder(&ANDROID);
    spa(&mut r);
    let beacon = "https://open.weixin.qq.com/sdk/report?v=1&a=wx0123456789abcdef&u=x";
    r.on_failed("b", "net::ERR_BLOCKED_BY_CLIENT", 92);
    r.on_request("b", beacon, "GET", "Image", false, 93);
    r.on_finished("s", 94);
    r.on_request(
        "s",
        "https://shop.example.com/s.png",
        "GET",
        "Image",
        false,
        95,
    );
    let mut actions = Vec::new();
    // Nothing open: quiet since the last of them, the menus fire half a settle time later.
    assert_eq!(r.step(100, &mut actions), Step::Wait(Some(345)));
    let run = r.finish(Outcome::Configured, &HashMap::new(), 700, 30_000);
    assert!(run.failed_requests.is_empty(), "{:?}", run.failed_requests);
}

#[test]
fn shares_without_any_config_say_check_false_may_be_why() {
    // wx.config({check: false, ...}) sends no preVerifyJSAPI; wx.ready runs and shares anyway.
    let mut r = recorder(&ANDROID);
    top(&mut r, json!({"t": "doc"}), LANDING, 10);
    let params = json!({"title": "T", "desc": "D", "link": LANDING, "imgUrl": "https://shop.example.com/i.png"});
    let share =
        json!({"t": "invoke", "id": 1, "name": "updateAppMessageShareData", "params": params});
    top(&mut r, share, LANDING, 20);
    top(&mut r, json!({"t": "load", "wx": true}), LANDING, 30);
    let run = r.finish(Outcome::NoConfigCall, &HashMap::new(), 1_600, 30_000);
    assert_eq!(run.findings[0].code, "no_config_call");
    assert!(
        run.findings[0]
            .message
            .get(Lang::En)
            .contains("check: false"),
        "{:?}",
        run.findings[0]
    );
    assert!(
        run.shares[0]
            .findings
            .iter()
            .any(|f| f.code == "share_without_config")
    );
}

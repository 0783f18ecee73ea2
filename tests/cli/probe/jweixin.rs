//! What the real jweixin 1.6.0 does that the probe depends on (PROBE.md §11), driven by the
//! stand-in that now does the same: the report beacon's keys, calls made before the client is
//! ready, the errMsg a page is told, one wx.error handler, wx.ready outside WeChat with debug,
//! a config without jsApiList, the legacy share trigger and the other three legacy menus.

use serde_json::Value;

use super::pages::APP_ID;
use super::{codes, fixture, run_of};

fn dialogs(run: &Value) -> Vec<String> {
    run["dialogs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["message"].as_str().unwrap().to_owned())
        .collect()
}

fn shares<'a>(run: &'a Value, api: &str) -> Vec<&'a Value> {
    run["shares"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["api"] == api)
        .collect()
}

#[test]
fn the_report_beacon_is_read_by_its_real_keys_with_the_fragment() {
    let Some(f) = fixture() else { return };
    let report = f.run("/static.html#/home", &[], 0);
    for platform in ["android", "ios"] {
        let run = run_of(&report, platform);
        let blocked = run["blocked"].as_array().unwrap();
        let beacon = blocked
            .iter()
            .find(|b| b["reason"] == "sdk_report")
            .unwrap_or_else(|| panic!("{platform}: no beacon in {blocked:?}"));
        let url = beacon["url"].as_str().unwrap();
        assert!(url.contains(&format!("&a={APP_ID}&")), "{url}");
        assert!(!url.contains("appid="), "{url}");
        assert_eq!(beacon["app_id"], APP_ID, "{platform}: {beacon:#}");
        assert_eq!(
            beacon["page_url"],
            f.site.url("/static.html#/home"),
            "{platform}: the beacon's u keeps the #… part"
        );
    }
}

#[test]
fn calls_made_while_the_page_is_still_parsing_reach_the_bridge() {
    let Some(f) = fixture() else { return };
    // jweixin drops a call when WeixinJSBridge does not exist at that moment: the fake client
    // must be there before the page's first script, as WeChat's is.
    let report = f.run("/early.html", &[], 0);
    for platform in ["android", "ios"] {
        let run = run_of(&report, platform);
        assert_eq!(run["configs"][0]["match"], true, "{platform}");
        let early = shares(run, "updateAppMessageShareData");
        assert_eq!(early.len(), 1, "{platform}: {run:#}");
        assert_eq!(early[0]["title"], "Set while parsing");
        assert_eq!(early[0]["before_config"], true);
        assert!(codes(&early[0]["findings"]).contains(&"share_before_config".to_owned()));
        let menu = shares(run, "onMenuShareTimeline");
        assert_eq!(menu.len(), 1, "{platform}: {run:#}");
        assert_eq!(menu[0]["title"], "Menu set while parsing");
    }
}

#[test]
fn each_reply_reaches_the_page_with_jweixins_errmsg() {
    let Some(f) = fixture() else { return };
    let report = f.run("/errmsg.html", &["--platform", "android"], 0);
    let run = run_of(&report, "android");
    let seen = dialogs(run);
    for want in [
        "share success updateAppMessageShareData:ok",
        // The bridge received imagePreview; the page is told the wx name.
        "preview complete previewImage:ok",
        // The client's network_type:wifi becomes getNetworkType:ok with networkType.
        "network success getNetworkType:ok wifi",
    ] {
        assert!(seen.iter().any(|d| d == want), "`{want}` not in {seen:?}");
    }
}

#[test]
fn one_wx_error_handler_the_last_set_and_at_once_after_a_failure() {
    let Some(f) = fixture() else { return };
    let report = f.run("/error-handlers.html", &["--platform", "android"], 1);
    let run = run_of(&report, "android");
    let config = &run["configs"][0];
    assert_eq!(config["answer"], "config:invalid signature");
    let seen = dialogs(run);
    let real_auth = serde_json::json!([f.site.url("/error-handlers.html")]).to_string();
    assert!(
        seen.contains(&format!(
            "last handler config:invalid signature {real_auth}"
        )),
        "{seen:?}"
    );
    assert!(
        seen.contains(&"late handler config:invalid signature".to_owned()),
        "{seen:?}"
    );
    assert!(
        !seen.iter().any(|d| d.starts_with("first handler")),
        "{seen:?}"
    );
    // The page alerting its own errMsg is not jweixin's debug mode.
    assert_eq!(config["debug"], false, "{config:#}");
    assert!(!codes(&run["findings"]).contains(&"config_debug".to_owned()));
}

#[test]
fn a_config_without_jsapilist_is_answered_config_fail() {
    let Some(f) = fixture() else { return };
    let report = f.run("/nolist.html", &["--platform", "android"], 1);
    let run = run_of(&report, "android");
    let config = &run["configs"][0];
    assert_eq!(config["answer"], "config:fail", "{config:#}");
    assert_eq!(config["match"], true);
    assert_eq!(config["js_api_list"], serde_json::json!([]));
    let missing = config["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "config_fields_missing")
        .unwrap_or_else(|| panic!("{config:#}"));
    let en = missing["message"]["en"].as_str().unwrap();
    assert!(en.contains("missing jsApiList"), "{en}");
    assert!(dialogs(run).contains(&"error config:fail".to_owned()));
}

#[test]
fn outside_wechat_debug_runs_ready_at_once_and_the_run_says_why() {
    let Some(f) = fixture() else { return };
    let desktop = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36";
    let report = f.run(
        "/debug.html",
        &["--platform", "android", "--user-agent", desktop],
        0,
    );
    let run = run_of(&report, "android");
    assert_eq!(run["user_agent"], desktop);
    assert!(
        codes(&run["findings"]).contains(&"user_agent_not_wechat".to_owned()),
        "{:?}",
        codes(&run["findings"])
    );
    // wx.ready ran at once, before the config was answered, and again once it was.
    let update = shares(run, "updateAppMessageShareData");
    let before: Vec<bool> = update
        .iter()
        .map(|s| s["before_config"].as_bool().unwrap())
        .collect();
    assert_eq!(before, [true, false], "{run:#}");
    assert_eq!(run["configs"][0]["debug"], true);
    // Outside WeChat jweixin sends no report beacon.
    assert!(
        !run["blocked"]
            .as_array()
            .unwrap()
            .iter()
            .any(|b| b["reason"] == "sdk_report")
    );
}

#[test]
fn the_legacy_trigger_runs_first_and_a_tap_is_a_chat_share_not_a_favourite() {
    let Some(f) = fixture() else { return };
    let report = f.run("/legacy-menus.html", &["--platform", "android"], 0);
    let run = run_of(&report, "android");
    let chat = shares(run, "onMenuShareAppMessage");
    assert_eq!(chat.len(), 1, "{run:#}");
    assert_eq!(chat[0]["bridge_name"], "sendAppMessage");
    assert_eq!(chat[0]["title"], "Set when tapped");
    assert_eq!(chat[0]["link"], f.site.url("/legacy-menus.html?via=chat"));
    let seen = dialogs(run);
    let at = |m: &str| {
        seen.iter()
            .position(|d| d == m)
            .unwrap_or_else(|| panic!("`{m}` not in {seen:?}"))
    };
    assert!(
        at("trigger chat") < at("success sendAppMessage:ok"),
        "{seen:?}"
    );
}

#[test]
fn qq_weibo_and_qzone_menus_are_share_calls() {
    let Some(f) = fixture() else { return };
    let report = f.run("/more-menus.html", &["--platform", "ios"], 0);
    let run = run_of(&report, "ios");
    assert_eq!(
        run["configs"][0]["js_api_list"],
        serde_json::json!(["onMenuShareQQ", "onMenuShareWeibo", "onMenuShareQZone"])
    );
    for (api, bridge, title, to) in [
        ("onMenuShareQQ", "shareQQ", "QQ card", "qq"),
        ("onMenuShareWeibo", "shareWeiboApp", "Weibo card", "weibo"),
        ("onMenuShareQZone", "shareQZone", "QZone card", "qzone"),
    ] {
        let found = shares(run, api);
        assert_eq!(found.len(), 1, "{api}: {run:#}");
        let s = found[0];
        assert_eq!(s["bridge_name"], bridge);
        assert_eq!(s["title"], title);
        assert_eq!(s["link"], f.site.url(&format!("/more-menus.html?to={to}")));
        assert_eq!(s["img_url"], f.site.url("/share.png"));
        let found_codes = codes(&s["findings"]);
        assert!(
            !found_codes.contains(&"share_api_missing".to_owned()),
            "{api}: {found_codes:?}"
        );
        // The QZone card shows its description as the QQ one does: an empty one is named.
        assert_eq!(
            found_codes.contains(&"share_desc_empty".to_owned()),
            api == "onMenuShareQZone",
            "{api}: {found_codes:?}"
        );
    }
}

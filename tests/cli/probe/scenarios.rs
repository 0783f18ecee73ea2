//! The scenarios of issue 9, one page each.

use std::time::{Duration, Instant};

use super::pages::{APP_ID, OLD_TICKET, string1};
use super::{codes, fixture, run_of};
use crate::cli::support::TICKET;

#[test]
fn a_correct_static_page_passes_on_both_platforms_with_all_four_shares() {
    let Some(f) = fixture() else { return };
    let report = f.run("/static.html", &[], 0);
    assert_eq!(report["outcome"], "configured");
    assert_eq!(report["url"], f.site.url("/static.html"));
    let landing = f.site.url("/static.html");
    for platform in ["android", "ios"] {
        let run = run_of(&report, platform);
        assert_eq!(run["outcome"], "configured", "{platform}");
        assert_eq!(run["landing_url"], landing);
        assert!(
            run["user_agent"]
                .as_str()
                .unwrap()
                .contains("MicroMessenger/8.0.")
        );
        let config = &run["configs"][0];
        assert_eq!(config["match"], true, "{platform}: {config:#}");
        assert_eq!(config["answer"], "config:ok");
        assert_eq!(config["verified_url"], landing);
        assert_eq!(config["app_id"], APP_ID);
        assert_eq!(
            config["js_api_list"],
            serde_json::json!([
                "updateAppMessageShareData",
                "updateTimelineShareData",
                "onMenuShareAppMessage",
                "onMenuShareTimeline"
            ])
        );
        let shares = run["shares"].as_array().unwrap();
        let apis: Vec<&str> = shares.iter().map(|s| s["api"].as_str().unwrap()).collect();
        for api in [
            "updateAppMessageShareData",
            "updateTimelineShareData",
            "onMenuShareAppMessage",
            "onMenuShareTimeline",
        ] {
            assert!(
                apis.contains(&api),
                "{platform}: {api} not captured in {apis:?}"
            );
        }
        // The legacy APIs' effective values come from firing the menu events.
        let chat = shares
            .iter()
            .find(|s| s["api"] == "onMenuShareAppMessage")
            .unwrap();
        assert_eq!(chat["title"], "Autumn sale (chat)");
        assert_eq!(chat["link"], landing);
        assert_eq!(chat["img_url"], f.site.url("/share.png"));
        // The beacon is blocked and listed, with the appId jweixin saw.
        let blocked = run["blocked"].as_array().unwrap();
        let beacon = blocked
            .iter()
            .find(|b| b["reason"] == "sdk_report")
            .unwrap_or_else(|| panic!("{platform}: no beacon in {blocked:?}"));
        assert_eq!(beacon["app_id"], APP_ID);
        assert_eq!(beacon["page_url"], landing);
        assert_eq!(run["failed_requests"], serde_json::json!([]));
        assert_eq!(run["oauth"], serde_json::Value::Null);
    }
    // Android's requests carry X-Requested-With, iOS's do not; both look like WeChat.
    let log = f.site.log.lock().unwrap().clone();
    let pages: Vec<_> = log.iter().filter(|(p, _, _)| p == "/static.html").collect();
    assert_eq!(pages.len(), 2, "{log:?}");
    assert!(
        pages
            .iter()
            .any(|(_, ua, x)| ua.contains("Android") && x.as_deref() == Some("com.tencent.mm"))
    );
    assert!(
        pages
            .iter()
            .any(|(_, ua, x)| ua.contains("iPhone") && x.is_none())
    );
}

#[test]
fn the_human_output_is_a_timeline_in_both_languages() {
    let Some(f) = fixture() else { return };
    let url = f.site.url("/static.html");
    for (lang, words) in [
        (
            "en",
            [
                "landing",
                "wx.config",
                "signature matches",
                "updateAppMessageShareData",
                "blocked",
                "PASS",
            ],
        ),
        (
            "zh",
            [
                "落地页",
                "wx.config",
                "签名匹配",
                "updateAppMessageShareData",
                "已拦截",
                "通过",
            ],
        ),
    ] {
        let out = super::super::support::wxsign()
            .env("TMPDIR", f.tmp.path())
            .args([
                "probe",
                &url,
                "--ticket",
                TICKET,
                "--platform",
                "ios",
                "--lang",
                lang,
                "--browser",
            ])
            .arg(&f.browser)
            .timeout(Duration::from_secs(60))
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{text}");
        for w in words {
            assert!(text.contains(w), "{lang}: `{w}` missing in\n{text}");
        }
        assert!(text.contains("iOS"));
        f.assert_clean();
    }
}

#[test]
fn classic_mistakes_are_named_with_their_string1() {
    let Some(f) = fixture() else { return };
    let base = f.site.url("/mistake.html");
    let cases = [
        (
            "fragment",
            "fragment",
            format!("{base}?kind=fragment#/detail"),
        ),
        (
            "encode",
            "encode_uri_component",
            format!("{base}?kind=encode"),
        ),
        ("stale", "stale_ticket", format!("{base}?kind=stale")),
    ];
    for (kind, code, signed) in cases {
        let path = if kind == "fragment" {
            format!("/mistake.html?kind={kind}#/detail")
        } else {
            format!("/mistake.html?kind={kind}")
        };
        let report = f.run(&path, &["--platform", "android", "--ticket", OLD_TICKET], 1);
        let run = run_of(&report, "android");
        let config = &run["configs"][0];
        assert_eq!(config["match"], false, "{kind}");
        assert_eq!(config["answer"], "config:invalid signature");
        let causes = config["causes"].as_array().unwrap();
        let cause = causes
            .iter()
            .find(|c| c["code"] == code)
            .unwrap_or_else(|| panic!("{kind}: no {code} in {causes:#?}"));
        let ticket = if kind == "stale" { OLD_TICKET } else { TICKET };
        let signed = if kind == "encode" {
            url::form_urlencoded::byte_serialize(signed.as_bytes()).collect::<String>()
        } else {
            signed
        };
        let want = string1(ticket, &signed);
        // The string1 shows the ticket only as its preview.
        let got = cause["string1"].as_str().unwrap();
        assert!(
            got.ends_with(&want[want.find("&noncestr").unwrap()..]),
            "{kind}: {got}"
        );
        // wx.error ran as on a phone, and ready still set the share.
        assert!(!run["shares"].as_array().unwrap().is_empty());
    }
}

#[test]
fn an_spa_that_routes_before_config_passes_on_android_and_fails_on_ios() {
    let Some(f) = fixture() else { return };
    let report = f.run("/spa.html", &[], 1);
    let routed = f.site.url("/spa/detail/7?from=menu");
    let android = run_of(&report, "android");
    assert_eq!(android["url_changes"][0]["kind"], "push_state");
    assert_eq!(android["url_changes"][0]["url"], routed);
    assert_eq!(android["configs"][0]["match"], true);
    assert_eq!(android["configs"][0]["verified_url"], routed);
    assert_eq!(android["passed"], true);
    let ios = run_of(&report, "ios");
    assert_eq!(ios["configs"][0]["match"], false);
    assert_eq!(ios["configs"][0]["verified_url"], f.site.url("/spa.html"));
    assert_eq!(ios["configs"][0]["href"], routed);
    assert_eq!(codes(&ios["configs"][0]["causes"])[0], "ios_current_url");
    assert_eq!(report["passed"], false);
}

#[test]
fn a_page_choosing_its_url_by_wkwebview_passes_on_both() {
    let Some(f) = fixture() else { return };
    let report = f.run("/spa-smart.html", &[], 0);
    assert_eq!(
        run_of(&report, "android")["configs"][0]["verified_url"],
        f.site.url("/spa/detail/7?from=menu")
    );
    assert_eq!(
        run_of(&report, "ios")["configs"][0]["verified_url"],
        f.site.url("/spa-smart.html")
    );
    assert_eq!(report["passed"], true);
}

#[test]
fn share_texts_fetched_after_ready_are_waited_for() {
    let Some(f) = fixture() else { return };
    // The page's own API answers 700 ms after wx.ready, far past the settle time: the probe
    // waits because the request is open, and then fires the menus for the late onMenuShare.
    let report = f.run("/late-share.html", &["--platform", "android"], 0);
    let run = run_of(&report, "android");
    assert_eq!(run["outcome"], "configured", "{run:#}");
    let shares = run["shares"].as_array().unwrap();
    for api in ["updateAppMessageShareData", "onMenuShareTimeline"] {
        let share = shares
            .iter()
            .find(|s| s["api"] == api)
            .unwrap_or_else(|| panic!("{api} not captured in {shares:?}"));
        assert_eq!(share["title"], "Texts from the API", "{api}");
    }
}

#[test]
fn oauth_by_302_and_by_script_stops_with_the_redirect() {
    let Some(f) = fixture() else { return };
    for (path, via) in [
        ("/oauth-302", "http_redirect"),
        ("/oauth-script.html", "script"),
    ] {
        let report = f.run(path, &["--platform", "android"], 1);
        assert_eq!(report["outcome"], "oauth_required", "{path}");
        let run = run_of(&report, "android");
        let o = &run["oauth"];
        assert_eq!(o["appid"], APP_ID);
        assert_eq!(o["redirect_uri"], f.site.url("/cb?from=menu#/home"));
        assert_eq!(o["scope"], "snsapi_userinfo");
        assert_eq!(o["state"], "STATE42");
        assert_eq!(o["via"], via, "{path}");
        assert_eq!(
            o["sign_url"],
            f.site.url("/cb?from=menu&code=CODE&state=STATE42")
        );
        assert!(
            run["blocked"]
                .as_array()
                .unwrap()
                .iter()
                .any(|b| b["reason"] == "oauth")
        );
        assert!(
            !f.site.paths().iter().any(|p| p.starts_with("/cb")),
            "a probe never logs in"
        );
    }
}

#[test]
fn a_page_without_config_ends_on_its_own_and_says_why() {
    let Some(f) = fixture() else { return };
    let started = Instant::now();
    let report = f.run("/noconfig.html", &["--platform", "android"], 1);
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "ended by quiet, not by the 30 s deadline"
    );
    let run = run_of(&report, "android");
    assert_eq!(run["outcome"], "no_config_call");
    assert!(
        run["sdk"]["scripts"][0]
            .as_str()
            .unwrap()
            .ends_with("/js/jweixin-standin.js")
    );
    let failed = &run["failed_requests"][0];
    assert_eq!(failed["status"], 500);
    assert!(failed["url"].as_str().unwrap().ends_with("/api/broken"));
    let why = &run["findings"][0];
    assert_eq!(why["code"], "no_config_call");
    assert!(
        why["message"]["en"]
            .as_str()
            .unwrap()
            .contains("/api/broken returned HTTP 500"),
        "{why:#}"
    );
    assert!(
        !run["exceptions"].as_array().unwrap().is_empty(),
        "the page's rejection is recorded"
    );

    let report = f.run("/nosdk.html", &["--platform", "ios"], 1);
    let why = &run_of(&report, "ios")["findings"][0];
    assert!(
        why["message"]["en"]
            .as_str()
            .unwrap()
            .contains("never loaded the JS-SDK"),
        "{why:#}"
    );
}

#[test]
fn debug_true_alerts_are_recorded_and_never_block() {
    let Some(f) = fixture() else { return };
    let report = f.run("/debug.html", &["--platform", "android"], 0);
    let run = run_of(&report, "android");
    let dialogs = run["dialogs"].as_array().unwrap();
    assert!(
        dialogs
            .iter()
            .any(|d| d["kind"] == "alert" && d["message"].as_str().unwrap().contains("config:ok")),
        "{dialogs:?}"
    );
    assert_eq!(run["configs"][0]["debug"], true);
    assert!(codes(&run["findings"]).contains(&"config_debug".to_owned()));
    assert_eq!(
        run["shares"].as_array().unwrap().len(),
        4,
        "the page went on after its alerts"
    );
}

#[test]
fn a_bundled_sdk_without_window_wx_is_seen_through_the_bridge() {
    let Some(f) = fixture() else { return };
    let report = f.run("/bundled.html", &["--platform", "ios"], 0);
    let run = run_of(&report, "ios");
    assert_eq!(run["sdk"]["window_wx"], false);
    assert_eq!(run["configs"][0]["match"], true);
    assert_eq!(run["shares"][0]["title"], "Bundled");
    assert!(codes(&run["findings"]).contains(&"bundled_sdk".to_owned()));
}

#[test]
fn answer_modes_reach_past_a_broken_signature_or_force_the_error_path() {
    let Some(f) = fixture() else { return };
    let report = f.run(
        "/mistake.html?kind=stale",
        &["--platform", "android", "--answer", "ok"],
        1,
    );
    let config = &run_of(&report, "android")["configs"][0];
    assert_eq!(
        (config["match"].clone(), config["answer"].clone()),
        (false.into(), "config:ok".into())
    );
    let report = f.run(
        "/static.html",
        &["--platform", "ios", "--answer", "fail"],
        0,
    );
    let config = &run_of(&report, "ios")["configs"][0];
    assert_eq!(
        (config["match"].clone(), config["answer"].clone()),
        (true.into(), "config:invalid signature".into())
    );
}

#[test]
fn a_hard_deadline_stops_a_busy_or_stuck_page_and_leaves_nothing() {
    let Some(f) = fixture() else { return };
    for path in ["/busy.html", "/stuck.html"] {
        let started = Instant::now();
        let report = f.run(path, &["--platform", "android", "--timeout-ms", "2000"], 1);
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "{path}: {:?}",
            started.elapsed()
        );
        let run = run_of(&report, "android");
        assert_eq!(run["outcome"], "timed_out", "{path}");
        assert!(codes(&run["findings"]).contains(&"timed_out".to_owned()));
    }
}

#[test]
fn a_renderer_crash_ends_the_run_and_leaves_nothing() {
    let Some(f) = fixture() else { return };
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin!("wxsign"))
        .env("TMPDIR", f.tmp.path())
        .env_remove("WXSIGN_TICKET")
        .args([
            "probe",
            &f.site.url("/stuck.html"),
            "--ticket",
            TICKET,
            "--json",
            "--platform",
            "android",
            "--timeout-ms",
            "30000",
            "--browser",
        ])
        .arg(&f.browser)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    // Wait until the page is loading, then kill its renderer as a crash would.
    let mut killed = false;
    while started.elapsed() < Duration::from_secs(20) && !killed {
        if f.site.paths().iter().any(|p| p == "/hang") {
            for (pid, cmd) in super::descendants(child.id()) {
                if cmd.contains("--type=renderer") {
                    let _ = std::process::Command::new("kill")
                        .args(["-9", &pid.to_string()])
                        .status();
                    killed = true;
                }
            }
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(killed, "no renderer found");
    let out = child.wait_with_output().unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(25),
        "the crash ended the run, not the deadline"
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let run = run_of(&report, "android");
    assert_eq!(run["outcome"], "navigation_failed");
    assert!(
        codes(&run["findings"]).contains(&"renderer_crashed".to_owned()),
        "{run:#}"
    );
    f.assert_clean();
}

#[test]
fn ctrl_c_cancels_and_stops_the_browser() {
    let Some(f) = fixture() else { return };
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin!("wxsign"))
        .env("TMPDIR", f.tmp.path())
        .env_remove("WXSIGN_TICKET")
        .args([
            "probe",
            &f.site.url("/stuck.html"),
            "--ticket",
            TICKET,
            "--platform",
            "android",
            "--lang",
            "en",
            "--browser",
        ])
        .arg(&f.browser)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while !f.site.paths().iter().any(|p| p == "/hang")
        && started.elapsed() < Duration::from_secs(20)
    {
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cancelled"));
    f.assert_clean();
}

#[test]
fn bad_arguments_and_a_missing_browser_exit_2() {
    let Some(f) = fixture() else { return };
    let out = crate::cli::support::wxsign()
        .env("TMPDIR", f.tmp.path())
        .args([
            "probe",
            &f.site.url("/static.html"),
            "--ticket",
            TICKET,
            "--browser",
            "/nonexistent/chrome",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("--browser") && err.contains("chromium-headless-shell"),
        "{err}"
    );
    let out = crate::cli::support::wxsign()
        .args(["probe", "not a url", "--ticket", TICKET])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = crate::cli::support::wxsign()
        .args(["probe", &f.site.url("/static.html")])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "a ticket or a profile is required"
    );
    f.assert_clean();
}

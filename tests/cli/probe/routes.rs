//! Timers and the quiet detection: a router that configures again from a `setTimeout` is waited
//! for; a clock ticking from `setInterval` is not.

use serde_json::json;

use super::{fixture, run_of};

#[test]
fn a_second_config_from_a_timer_is_captured_on_both_platforms() {
    let Some(f) = fixture() else { return };
    // The second config signs the routed URL: iOS checks the landing URL, so it fails there.
    let report = f.run("/route-after-config.html", &[], 1);
    let landing = f.site.url("/route-after-config.html");
    let routed = f.site.url("/shop/after-guard?from=menu");
    for platform in ["android", "ios"] {
        let run = run_of(&report, platform);
        assert_eq!(run["outcome"], "configured", "{platform}");
        let configs = run["configs"].as_array().unwrap();
        assert_eq!(configs.len(), 2, "{platform}: {run:#}");
        assert_eq!(configs[0]["href"], landing, "{platform}");
        assert_eq!(configs[0]["verified_url"], landing, "{platform}");
        assert_eq!(configs[0]["match"], true, "{platform}");
        assert_eq!(configs[1]["href"], routed, "{platform}");
        assert_eq!(configs[1]["document_url"], landing, "{platform}");
        // The first config rewrote the page's list to bridge names in place; the second one
        // sent those, and they are reported as the page wrote them.
        assert_eq!(
            configs[1]["js_api_list"],
            json!([
                "updateAppMessageShareData",
                "updateTimelineShareData",
                "onMenuShareAppMessage",
                "onMenuShareTimeline"
            ]),
            "{platform}"
        );
        assert_eq!(run["url_changes"][0]["url"], routed, "{platform}");
    }
    let android = &run_of(&report, "android")["configs"][1];
    assert_eq!(android["verified_url"], routed);
    assert_eq!(android["match"], true);
    assert_eq!(android["answer"], "config:ok");
    let ios = &run_of(&report, "ios")["configs"][1];
    assert_eq!(ios["verified_url"], landing);
    assert_eq!(ios["match"], false);
    assert_eq!(ios["answer"], "config:invalid signature");
    assert_eq!(ios["causes"][0]["code"], "ios_current_url", "{ios:#}");
    assert_eq!(run_of(&report, "android")["passed"], true);
    assert_eq!(run_of(&report, "ios")["passed"], false);
}

#[test]
fn a_clock_ticking_from_set_interval_does_not_hold_the_run() {
    let Some(f) = fixture() else { return };
    let report = f.run("/interval.html", &["--platform", "android"], 0);
    let run = run_of(&report, "android");
    assert_eq!(run["outcome"], "configured");
    assert_eq!(run["shares"][0]["title"], "Ticking");
    // Activity that holds a configured run holds it up to 5 s past the last bridge call; a
    // repeating timer is no such activity, so the run ends a settle time after the page's setup.
    let ms = run["duration_ms"].as_u64().unwrap();
    assert!(ms < 4_000, "the interval held the run for {ms} ms: {run:#}");
}

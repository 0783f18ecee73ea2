use super::*;
use crate::batch::ShareSettings;
use crate::core::sign;
use crate::core::text::Lang;
use crate::core::verify::TicketOrigin;
use crate::i18n::Render;
use crate::secret::Secret;

const TICKET: &str =
    "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";
const NOW: i64 = 1_414_587_457;

fn tickets() -> Vec<TicketCandidate> {
    vec![TicketCandidate {
        ticket: Secret::new(TICKET),
        origin: TicketOrigin::Current,
    }]
}

fn ctx<'a>(tickets: &'a [TicketCandidate], domains: &'a [String]) -> PageContext<'a> {
    PageContext {
        app_id: Some("wx123"),
        safe_domains: domains,
        spec: crate::platform::Platform::OfficialAccount.spec(),
        tickets,
        agent_tickets: &[],
        now: NOW,
    }
}

/// The reply a correct server gives for `url`.
fn good_reply(url: &str) -> ServerConfig {
    let sig = sign::sign(TICKET, "Wm3WZYTPz0wzccnW", NOW as u64, url);
    ServerConfig {
        app_id: Some("wx123".into()),
        timestamp: Some(NOW.to_string()),
        nonce_str: Some("Wm3WZYTPz0wzccnW".into()),
        signature: Some(sig.signature),
        ..ServerConfig::default()
    }
}

fn run(page: &PageSpec, reply: &ServerConfig, image: Option<&ImageProbe>) -> PageResult {
    let t = tickets();
    let domains = vec!["example.com".to_owned()];
    check_page(
        0,
        page,
        page.url.clone(),
        Ok(reply),
        image,
        &ctx(&t, &domains),
        3,
    )
}

fn codes(r: &PageResult) -> Vec<&str> {
    r.findings.iter().map(|f| f.code).collect()
}

#[test]
fn correct_signature_passes() {
    let page = PageSpec::from_url("https://www.example.com/a?x=1#/home");
    let r = run(&page, &good_reply("https://www.example.com/a?x=1"), None);
    assert_eq!(r.status, PageStatus::Pass, "{r:#?}");
    assert_eq!(r.signature_match, Some(true));
    assert!(r.problem_codes().is_empty(), "{:?}", r.problem_codes());
}

#[test]
fn wrong_signature_fails() {
    let page = PageSpec::from_url("https://www.example.com/a?x=1#/home");
    let r = run(
        &page,
        &good_reply("https://www.example.com/a?x=1#/home"),
        None,
    );
    assert_eq!(r.status, PageStatus::Fail);
    assert_eq!(r.signature_match, Some(false));
    assert_eq!(r.causes[0].code, "fragment");
    assert!(r.headline().is_some());
    for c in &r.causes {
        assert!(!c.string1.contains(TICKET), "ticket leaked into a report");
    }
}

#[test]
fn app_id_and_timestamp_checks() {
    let url = "https://www.example.com/";
    let page = PageSpec::from_url(url);
    let mut reply = good_reply(url);
    reply.app_id = Some("wxOTHER".into());
    let r = run(&page, &reply, None);
    assert_eq!(r.status, PageStatus::Fail);
    assert!(codes(&r).contains(&"app_id_mismatch"));

    reply.app_id = None;
    let r = run(&page, &reply, None);
    assert_eq!(r.status, PageStatus::Pass);
    assert_eq!(codes(&r), ["app_id_missing"]);

    let ms = (NOW * 1000).to_string();
    let sig = sign::sign_text(TICKET, "n", &ms, url);
    let reply = ServerConfig {
        app_id: Some("wx123".into()),
        timestamp: Some(ms),
        nonce_str: Some("n".into()),
        signature: Some(sig.signature),
        ..ServerConfig::default()
    };
    // The signature matches; a millisecond timestamp is a warning, never a failed page
    // (DOMAIN.md §1: whether WeChat refuses it is unconfirmed).
    let r = run(&page, &reply, None);
    assert_eq!(r.signature_match, Some(true));
    assert!(codes(&r).contains(&"timestamp_ms"));
    assert_eq!(r.status, PageStatus::Pass);
    // Said once, as the finding, not again as the verifier's cause.
    assert!(r.causes.is_empty(), "{:?}", r.causes);
    assert!(r.headline().is_none());

    let old = (NOW - 3600).to_string();
    let sig = sign::sign_text(TICKET, "n", &old, url);
    let reply = ServerConfig {
        timestamp: Some(old),
        signature: Some(sig.signature),
        ..reply
    };
    assert!(codes(&run(&page, &reply, None)).contains(&"timestamp_skew"));
}

#[test]
fn share_settings() {
    let url = "https://www.example.com/p";
    let share = |link: &str, img: &str, title: &str, desc: &str| ShareSettings {
        link: Some(link.into()),
        img_url: Some(img.into()),
        title: Some(title.into()),
        desc: Some(desc.into()),
    };
    let page = |s: ShareSettings, apis: &[&str]| PageSpec {
        share: s,
        js_api_list: Some(apis.iter().map(|s| s.to_string()).collect()),
        ..PageSpec::from_url(url)
    };
    let both = ["updateAppMessageShareData", "updateTimelineShareData"];
    let good = share(
        "https://m.example.com/p",
        "https://img.example.com/a.png",
        "T",
        "D",
    );
    let r = run(
        &page(good.clone(), &both),
        &good_reply(url),
        Some(&ImageProbe::Image),
    );
    assert_eq!(r.status, PageStatus::Pass, "{:?}", codes(&r));

    let bad = share("https://evil.com/p", "/a.png", "", &"长".repeat(200));
    let r = run(
        &page(
            bad,
            &["updateAppMessageShareData", "onMenuShareQQ", "shareAll"],
        ),
        &good_reply(url),
        None,
    );
    assert_eq!(r.status, PageStatus::Fail);
    let c = codes(&r);
    for code in [
        "share_link_domain",
        "share_img_invalid",
        "share_title_empty",
        "share_desc_long",
        "js_api_unknown",
        "js_api_deprecated",
        "share_api_missing",
    ] {
        assert!(c.contains(&code), "{code} missing from {c:?}");
    }

    let http = share(
        "https://example.com/p",
        "http://img.example.com/a.png",
        "T",
        "D",
    );
    let r = run(&page(http, &both), &good_reply(url), None);
    assert_eq!(codes(&r), ["share_img_http"]);

    let probe = ImageProbe::NotImage {
        status: 200,
        content_type: Some("text/html".into()),
    };
    let r = run(&page(good.clone(), &both), &good_reply(url), Some(&probe));
    assert_eq!(codes(&r), ["share_img_not_image"]);
    assert_eq!(r.status, PageStatus::Fail);

    let probe = ImageProbe::Unreachable {
        reason: "timeout".into(),
    };
    let r = run(&page(good.clone(), &both), &good_reply(url), Some(&probe));
    assert_eq!(codes(&r), ["share_img_unreachable"]);
    assert_eq!(r.status, PageStatus::Pass);

    let no_list = PageSpec {
        share: good,
        ..PageSpec::from_url(url)
    };
    assert_eq!(
        codes(&run(&no_list, &good_reply(url), None)),
        ["js_api_list_unknown"]
    );
}

#[test]
fn endpoint_errors_are_page_results() {
    let t = tickets();
    let page = PageSpec::from_url("https://www.example.com/");
    let err = EndpointError::Timeout(200);
    let r = check_page(
        7,
        &page,
        page.url.clone(),
        Err(&err),
        None,
        &ctx(&t, &[]),
        200,
    );
    assert_eq!(r.status, PageStatus::Error);
    assert_eq!(r.index, 7);
    assert_eq!(r.problem_codes(), ["endpoint_timeout"]);
    assert!(
        r.headline()
            .is_some_and(|h| h.get(Lang::En).contains("200 ms"))
    );
}

#[test]
fn ios_verifies_the_entry_url() {
    let page = PageSpec {
        platform: Platform::Ios,
        entry_url: Some("https://www.example.com/app/".into()),
        ..PageSpec::from_url("https://www.example.com/app/list")
    };
    let r = run(&page, &good_reply("https://www.example.com/app/"), None);
    assert_eq!(r.status, PageStatus::Pass);
    let r = run(&page, &good_reply("https://www.example.com/app/list"), None);
    assert_eq!(r.status, PageStatus::Fail);
    assert_eq!(r.causes[0].code, "ios_current_url");
    assert!(!r.causes[0].string1.contains(TICKET));

    // Android checks the current URL; the verifier names the entry URL when that was signed.
    let android = PageSpec {
        platform: Platform::Android,
        ..page
    };
    let r = run(
        &android,
        &good_reply("https://www.example.com/app/list"),
        None,
    );
    assert_eq!(r.status, PageStatus::Pass);
    let r = run(&android, &good_reply("https://www.example.com/app/"), None);
    assert_eq!(r.status, PageStatus::Fail);
    assert!(
        r.causes.iter().any(|c| c.code == "entry_url"),
        "{:?}",
        r.causes
    );
}

#[test]
fn browser_href_normalises() {
    assert_eq!(browser_href("http://QQ.com", true), "http://qq.com/");
    assert_eq!(
        browser_href("https://a.com/x#/h", true),
        "https://a.com/x#/h"
    );
    assert_eq!(browser_href("https://a.com/x#/h", false), "https://a.com/x");
    assert_eq!(browser_href("not a url", false), "not a url");
}

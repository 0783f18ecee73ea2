//! The Probe panel: reports built from the probe's own types are drawn (a mismatch with its
//! causes and Open in Verify, an OAuth stop, a share card with the thumbnail the worker
//! fetched), a missing browser shows the fix, and, with a Chromium installed, a real probe of a
//! local page shows its verdict.

use std::sync::Arc;
use wxsign::i18n::Render;

use egui_kittest::kittest::Queryable as _;
use wxsign::batch::Platform;
use wxsign::core::verify::{self, TicketCandidate, TicketOrigin, VerifyInput};
use wxsign::gui_settings::Panel;
use wxsign::probe::report::{Cause, ConfigCall, OAuthStop, ShareCall};
use wxsign::probe::{AnswerMode, Outcome, ProbeReport, Run};
use wxsign::secret::Secret;
use wxsign::secrets::{MemoryStore, StoreHealth};
use wxsign::ui::probe_panel::{ProbeResult, Thumb};

use crate::support::{self, App};

pub type H = egui_kittest::Harness<'static, wxsign::ui::WxsignApp>;

/// Steps until `done` and the browser lookup are both in (no spinner left), then settles.
pub fn step_until(h: &mut H, what: &str, done: impl Fn(&H) -> bool) {
    support::step_until(h, what, |h| {
        done(h) && (!h.state().rt.has_worker() || h.state().rt.browser.is_some())
    });
}

const TICKET: &str =
    "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";
const NONCE: &str = "Wm3WZYTPz0wzccnW";
const TS: &str = "1414587457";

fn tickets() -> Vec<TicketCandidate> {
    vec![TicketCandidate {
        ticket: Secret::new(TICKET),
        origin: TicketOrigin::Current,
    }]
}

/// An app with its real worker (memory keyring, no WeChat profile).
pub fn app_with_worker() -> App {
    support::app_with(|deps| {
        deps.worker = Some(wxsign::worker::WorkerOptions {
            config_dir: deps.config_dir.clone(),
            store: Some((
                Arc::new(MemoryStore::default()),
                StoreHealth::MemoryByRequest,
            )),
            retry: None,
        });
    })
}

/// The page signed `location.href` with its `#/home` (the official example's third vector):
/// the causes come from the real verifier, with the ticket redacted as the probe writes them.
fn fragment_config() -> ConfigCall {
    let href = "http://mp.weixin.qq.com/?params=value#/home";
    let verified = "http://mp.weixin.qq.com/?params=value";
    // The page signed its href with `#/home`, computed outside wxsign:
    // printf '%s' 'jsapi_ticket=<TICKET>&noncestr=Wm3WZYTPz0wzccnW&timestamp=1414587457&url=http://mp.weixin.qq.com/?params=value#/home' | sha1sum
    let signed = "355d4ecc4febd16b1901a6345bd47f30dbd21336";
    let verdict = verify::verify(&VerifyInput {
        url: href.to_owned(),
        entry_url: None,
        tickets: tickets(),
        noncestr: NONCE.to_owned(),
        timestamp: TS.to_owned(),
        signature: signed.to_owned(),
    });
    assert!(
        !verdict.causes.is_empty(),
        "the verifier names the fragment"
    );
    let preview = Secret::new(TICKET).preview();
    ConfigCall {
        app_id: "wx0123456789abcdef".into(),
        timestamp: TS.into(),
        nonce_str: NONCE.into(),
        signature: signed.to_owned(),
        js_api_list: vec!["updateAppMessageShareData".into()],
        href: href.into(),
        verified_url: verified.into(),
        document_url: verified.into(),
        matched: Some(false),
        causes: verdict
            .causes
            .iter()
            .map(|c| Cause {
                code: c.code.clone(),
                message: c.message.clone(),
                string1: c.string1.replace(TICKET, &preview),
            })
            .collect(),
        answer: "config:invalid signature".into(),
        expected_signature: Some(verdict.expected.signature.clone()),
        at_ms: 41,
        ..ConfigCall::default()
    }
}

fn run(platform: Platform) -> Run {
    let mut r = Run::new(
        platform,
        "Mozilla/5.0 MicroMessenger/8.0.76".into(),
        AnswerMode::Wechat,
    );
    r.landing_url = Some("http://mp.weixin.qq.com/?params=value#/home".into());
    r.outcome = Outcome::Configured;
    r.duration_ms = 700;
    r
}

fn show(app: &mut App, report: ProbeReport) {
    let h = &mut app.harness;
    h.state_mut().sign.ticket = TICKET.into();
    h.state_mut().page_probe.show_report(report, &tickets());
    h.state_mut().state.panel = Panel::Probe;
    h.run();
}

#[test]
fn a_mismatch_shows_its_causes_and_opens_in_verify() {
    let mut android = run(Platform::Android);
    let config = fragment_config();
    let cause = config.causes[0].message.get(wxsign::core::text::Lang::En);
    android.configs.push(config);
    let report = ProbeReport::from_runs(
        "http://mp.weixin.qq.com/?params=value#/home".into(),
        vec![android],
        "Chromium 156".into(),
        812,
    );
    let mut app = support::app();
    show(&mut app, report);
    let h = &mut app.harness;
    // The timeline names the call and its verdict; the details use Verify's rendering.
    // The platform radio button and the timeline's column.
    assert_eq!(h.query_all_by_label("Android").count(), 2);
    // The timeline's row and the call's details.
    assert_eq!(h.query_all_by_label("wx.config").count(), 2);
    h.get_by_label_contains("MISMATCH: The server signed the URL with its #fragment");
    h.get_by_label("MISMATCH");
    h.get_by_label(&cause);
    h.get_by_label("string1 your server used");
    h.get_by_label("correct string1");
    // The ticket is never drawn in full (in a label or in a field's value).
    assert_eq!(support::nodes_showing(h, TICKET), Vec::<String>::new());

    h.get_by_label("Open in Verify").click();
    h.run();
    let st = h.state();
    assert_eq!(st.state.panel, Panel::Verify);
    assert_eq!(st.verify.url, "http://mp.weixin.qq.com/?params=value#/home");
    assert!(st.verify.server_output.contains(NONCE));
    // The Verify panel reaches the same verdict on its own.
    h.get_by_label("MISMATCH");
    h.get_by_label_contains("signed the URL with its #fragment");
}

#[test]
fn an_oauth_stop_shows_the_url_to_sign() {
    let mut ios = run(Platform::Ios);
    ios.outcome = Outcome::OauthRequired;
    ios.oauth = Some(OAuthStop {
        appid: "wx0123456789abcdef".into(),
        redirect_uri: "https://m.example.com/after?from=menu".into(),
        scope: "snsapi_base".into(),
        state: "STATE42".into(),
        via: "http_redirect".into(),
        sign_url: "https://m.example.com/after?from=menu&code=CODE&state=STATE42".into(),
        at_ms: 12,
        ..OAuthStop::default()
    });
    let report = ProbeReport::from_runs(
        "https://m.example.com/entry".into(),
        vec![ios],
        String::new(),
        100,
    );
    let mut app = support::app();
    show(&mut app, report);
    let h = &app.harness;
    h.get_by_label("Stopped at WeChat OAuth");
    h.get_by_label("https://m.example.com/after?from=menu");
    h.get_by_label("URL to sign after login");
    h.get_by_label_contains("code=CODE&state=STATE42");
    h.get_by_label("snsapi_base");
}

#[test]
fn a_share_card_shows_its_texts_and_the_fetched_thumbnail() {
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let server = rt.block_on(wiremock::MockServer::start());
    let png = {
        let img = image::RgbaImage::from_pixel(300, 200, image::Rgba([20, 160, 80, 255]));
        let mut out = std::io::Cursor::new(Vec::new());
        img.write_to(&mut out, image::ImageFormat::Png)
            .expect("png");
        out.into_inner()
    };
    rt.block_on(
        wiremock::Mock::given(wiremock::matchers::path("/share.png"))
            .respond_with(wiremock::ResponseTemplate::new(200).set_body_raw(png, "image/png"))
            .mount(&server),
    );
    let img_url = format!("{}/share.png", server.uri());
    let mut android = run(Platform::Android);
    android.shares.push(ShareCall {
        api: "updateAppMessageShareData".into(),
        title: Some("Spring sale: everything half price".into()),
        desc: Some("Three days only, in every shop".into()),
        link: Some("https://m.example.com/sale".into()),
        img_url: Some(img_url.clone()),
        at_ms: 60,
        ..ShareCall::default()
    });
    android.shares.push(ShareCall {
        api: "updateTimelineShareData".into(),
        title: Some("Spring sale in Moments".into()),
        link: Some("https://m.example.com/sale".into()),
        img_url: Some(format!("{}/missing.png", server.uri())),
        at_ms: 61,
        ..ShareCall::default()
    });
    let report = ProbeReport::from_runs(
        "https://m.example.com/sale".into(),
        vec![android],
        String::new(),
        100,
    );
    let mut app = app_with_worker();
    let h = &mut app.harness;
    h.state_mut().state.panel = Panel::Probe;
    h.state_mut().page_probe.show_report(report, &[]);
    // Showing the report asks the worker for both pictures.
    step_until(h, "both thumbnails", |h| {
        let t = &h.state().page_probe.thumbnails;
        matches!(t.get(&img_url), Some(Thumb::Loaded { .. }))
            && t.values().all(|t| !matches!(t, Thumb::Loading))
    });
    h.get_by_label("In a chat");
    h.get_by_label("Spring sale: everything half price");
    h.get_by_label("Three days only, in every shop");
    h.get_by_label("In Moments");
    h.get_by_label("Spring sale in Moments");
    h.get_by_label("imgUrl 300×200");
    h.get_by_label_contains("The thumbnail could not be loaded: the server answered HTTP 404");
}

#[test]
fn run_without_a_browser_shows_the_fix() {
    let mut app = app_with_worker();
    let h = &mut app.harness;
    h.state_mut().state.probe_browser = Some("/nonexistent/dir/chrome".into());
    h.state_mut().state.panel = Panel::Probe;
    // The empty state explains the panel and, once the worker looked, says there is no browser.
    step_until(h, "the browser lookup", |_| true);
    h.get_by_label("How it works");
    h.get_by_label_contains("Install one, or set its path in Settings");
    h.state_mut().page_probe.url = "https://m.example.com/home".into();
    h.run();
    h.get_by_label("Run probe").click();
    step_until(h, "the probe to fail", |h| {
        matches!(
            h.state().page_probe.result,
            Some(ProbeResult::Failed { .. })
        )
    });
    h.get_by_label("The probe failed");
    h.get_by_label_contains("/nonexistent/dir/chrome does not exist");
    h.get_by_label_contains("--browser");
    h.query_all_by_label("Open Settings")
        .next()
        .expect("a way to the setting")
        .click();
    h.run();
    assert_eq!(h.state().state.panel, Panel::Settings);
    h.get_by_label("Browser for the page probe");
}

#[test]
fn a_bad_url_is_refused_before_anything_runs() {
    let mut app = app_with_worker();
    let h = &mut app.harness;
    h.state_mut().state.panel = Panel::Probe;
    h.state_mut().page_probe.url = "m.example.com/home".into();
    step_until(h, "the browser lookup", |_| true);
    h.get_by_label("Run probe").click();
    h.run();
    h.get_by_label_contains("This is not an http(s) URL");
    assert!(!h.state().page_probe.is_running());
}

#[test]
fn chinese_labels() {
    let mut app = support::app_with(|d| d.system_lang = wxsign::core::text::Lang::Zh);
    let h = &mut app.harness;
    h.get_by_label("页面探测").click();
    h.run();
    h.get_by_label("使用方法");
    h.get_by_label("开始探测");
}

/// The browser for the real-browser tests, or `None` with one line (a failure under CI,
/// where scripts/test.sh installs chromium-headless-shell).
pub fn browser_or_skip() -> Option<std::path::PathBuf> {
    match wxsign::probe::browser::find(None) {
        Ok(b) => Some(b.path),
        Err(e) => {
            assert!(
                !crate::cli::support::under_ci(),
                "CI is set but there is no browser for the Probe panel tests: {e}"
            );
            eprintln!(
                "probe GUI test skipped: no Chromium-family browser here (apt-get install chromium-headless-shell)"
            );
            None
        }
    }
}

/// A window with a worker, the test ticket, a real browser and `panel` open, next to the probe
/// fixture site; `_one` keeps the real-browser tests one at a time. `None` when there is no
/// browser (see [`browser_or_skip`]).
pub struct RealProbe {
    pub app: App,
    pub site: crate::cli::probe::server::Server,
    _one: std::sync::MutexGuard<'static, ()>,
}

pub fn real_probe(panel: Panel) -> Option<RealProbe> {
    let browser = browser_or_skip()?;
    let one = crate::cli::probe::ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    let site = crate::cli::probe::server::Server::start(crate::cli::probe::pages::site());
    let mut app = app_with_worker();
    let h = &mut app.harness;
    h.state_mut().sign.ticket = crate::cli::support::TICKET.into();
    h.state_mut().state.probe_browser = Some(browser);
    h.state_mut().state.panel = panel;
    // The worker answers on its own time (the profiles, and the browser lookup the Probe panel
    // asks for): wait for it before the test runs.
    if panel == Panel::Probe {
        step_until(h, "the browser lookup", |h| h.state().rt.profiles_loaded);
    } else {
        support::step_until(h, "the profiles", |h| {
            h.state().rt.profiles_loaded && h.state().rt.in_flight == 0
        });
    }
    Some(RealProbe {
        app,
        site,
        _one: one,
    })
}

/// Steps until `done`, polling for at most a minute: a real browser runs the page meanwhile.
pub fn wait_for(h: &mut H, what: &str, done: impl Fn(&H) -> bool) {
    for _ in 0..6000 {
        h.step();
        if done(h) {
            for _ in 0..5 {
                h.step();
            }
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("gave up waiting for {what}");
}

#[test]
fn a_real_probe_of_a_local_spa_passes_on_android_and_fails_on_ios() {
    let Some(mut real) = real_probe(Panel::Probe) else {
        return;
    };
    let (h, site) = (&mut real.app.harness, &real.site);
    h.state_mut().page_probe.url = site.url("/spa.html");
    step_until(h, "the browser lookup", |_| true);
    h.get_by_label("Run probe").click();
    wait_for(h, "the probe", |h| h.state().page_probe.result.is_some());
    let Some(ProbeResult::Report(view)) = &h.state().page_probe.result else {
        panic!("no report");
    };
    assert_eq!(view.report.runs.len(), 2);
    // The timeline: Android's call matches, iOS's does not (WeChat checks the landing URL).
    h.get_by_label("MATCH");
    h.get_by_label("Android · passed");
    h.get_by_label("iOS · failed");
    // The failing platform's details are shown first, drawn as Verify draws them.
    h.get_by_label("MISMATCH");
    h.get_by_label("correct string1");
    // The page's share card, with the picture the worker fetched from the fixture site.
    wait_for(h, "the thumbnail", |h| {
        let t = &h.state().page_probe.thumbnails;
        !t.is_empty() && t.values().all(|t| !matches!(t, Thumb::Loading))
    });
    // updateAppMessageShareData and onMenuShareAppMessage, each as a chat shows it.
    assert_eq!(h.query_all_by_label("In a chat").count(), 2);
    // The fixture's picture is a valid 1×1 PNG: all four cards (two in a chat, two in Moments)
    // draw it, with its size.
    assert!(
        h.state()
            .page_probe
            .thumbnails
            .values()
            .all(|t| matches!(t, Thumb::Loaded { .. })),
        "the thumbnail did not load"
    );
    assert_eq!(h.query_all_by_label("In Moments").count(), 2);
    assert_eq!(h.query_all_by_label("imgUrl 1×1").count(), 4);
}

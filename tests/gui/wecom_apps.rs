//! A WeCom profile with several apps in the window: the top bar's app picker (remembered in
//! gui.toml) switches the agent ticket, its countdown and Sign's agentConfig signature; agent
//! tickets pasted per agentid in the profile editor; the Batch panel verifying both triplets of
//! a mock endpoint's replies.

use std::sync::Arc;

use egui_kittest::kittest::Queryable as _;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, ResponseTemplate};
use wxsign::platform::{WecomApp, app_account};
use wxsign::secrets::{MemoryStore, SECRET_SERVICE, SecretStore as _, StoreHealth};

use crate::support;

pub const CORP: &str = "ww0123456789abcdef";
pub const CORP_TICKET: &str =
    "CORP_TICKET_kgt8ON7yVITDhtdwci0qeZ6yT5_m-gz9k5yQbxYQn4aZ4gC1X9nKzPLNcQ";
pub const AGENT_A: &str = "AGENT_A_TICKET_bxLdikRXVbTPdHSM05e5u5sUoXNKd8-41ZO3MhKoyN5OfkWITDGgnr";
pub const AGENT_B: &str = "AGENT_B_TICKET_Qm9vZ2xlLmNvbS9zZWFyY2g_ZmFrZS10aWNrZXQtZm9yLXRlc3Rz";
const URL: &str = "https://app.example.com/h5/?id=7";

/// SHA-1 by another implementation than wxsign's (`sha1_smol`).
pub use crate::cli_support::sha1_hex as sha1;

pub fn signature(ticket: &str, nonce: &str, ts: &str, url: &str) -> String {
    sha1(&format!(
        "jsapi_ticket={ticket}&noncestr={nonce}&timestamp={ts}&url={url}"
    ))
}

/// The app with two apps: 1000002 "approvals" (secret-a → TOKEN_A → AGENT_A) and 1000003 "crm"
/// (secret-b → TOKEN_B → AGENT_B), against a mock WeCom that checks which token asks for which
/// agent ticket.
pub struct TwoApps {
    pub app: support::App,
    pub server: wiremock::MockServer,
    pub rt: tokio::runtime::Runtime,
}

pub fn two_apps(adjust: impl FnOnce(&mut wxsign::profile::Profile)) -> TwoApps {
    two_apps_with(adjust, None)
}

/// [`two_apps`] with a `gui.toml` written before the window starts.
pub fn two_apps_with(
    adjust: impl FnOnce(&mut wxsign::profile::Profile),
    gui_toml: Option<&'static str>,
) -> TwoApps {
    two_apps_seeded(adjust, gui_toml, |_, _| {})
}

/// [`two_apps_with`], with `seed` writing into the secret store (the cache lives there) before
/// the worker starts.
pub fn two_apps_seeded(
    adjust: impl FnOnce(&mut wxsign::profile::Profile),
    gui_toml: Option<&'static str>,
    seed: impl FnOnce(&Arc<MemoryStore>, &str) + Send + 'static,
) -> TwoApps {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    let server = rt.block_on(async {
        let server = wiremock::MockServer::start().await;
        let ok = |v: serde_json::Value| ResponseTemplate::new(200).set_body_json(v);
        for (secret, token) in [("secret-a", "TOKEN_A"), ("secret-b", "TOKEN_B")] {
            Mock::given(method("GET"))
                .and(path("/cgi-bin/gettoken"))
                .and(query_param("corpsecret", secret))
                .respond_with(ok(serde_json::json!({
                    "errcode": 0, "errmsg": "ok", "access_token": token, "expires_in": 7200
                })))
                .mount(&server)
                .await;
        }
        Mock::given(method("GET"))
            .and(path("/cgi-bin/get_jsapi_ticket"))
            .respond_with(ok(serde_json::json!({
                "errcode": 0, "errmsg": "ok", "ticket": CORP_TICKET, "expires_in": 7200
            })))
            .mount(&server)
            .await;
        for (token, ticket, expires) in [("TOKEN_A", AGENT_A, 3600), ("TOKEN_B", AGENT_B, 1800)] {
            Mock::given(method("GET"))
                .and(path("/cgi-bin/ticket/get"))
                .and(query_param("type", "agent_config"))
                .and(query_param("access_token", token))
                .respond_with(ok(serde_json::json!({
                    "errcode": 0, "errmsg": "ok", "ticket": ticket, "expires_in": expires
                })))
                .mount(&server)
                .await;
        }
        server
    });
    let uri = server.uri();
    let app = support::app_with(move |deps| {
        let dir = deps.config_dir.clone().expect("config dir");
        if let Some(text) = gui_toml {
            std::fs::write(dir.join("gui.toml"), text).expect("gui.toml");
        }
        let mut p = wxsign::profile::Profile::new_wecom("corp", CORP);
        p.api_base = uri.clone();
        p.safe_domains = vec!["app.example.com".into()];
        p.apps = vec![
            WecomApp {
                agent_id: 1000002,
                name: "approvals".into(),
            },
            WecomApp {
                agent_id: 1000003,
                name: "crm".into(),
            },
        ];
        adjust(&mut p);
        wxsign::profile::ProfileStore::new(&dir)
            .add(p)
            .expect("profile");
        let store = MemoryStore::default();
        for (agent, secret) in [(1000002, "secret-a"), (1000003, "secret-b")] {
            store
                .set(
                    SECRET_SERVICE,
                    &app_account(CORP, agent),
                    &wxsign::secret::Secret::new(secret),
                )
                .expect("secret");
        }
        let store = Arc::new(store);
        seed(&store, &uri);
        deps.worker = Some(wxsign::worker::WorkerOptions {
            config_dir: Some(dir),
            store: Some((store, StoreHealth::MemoryByRequest)),
            retry: None,
        });
    });
    TwoApps { app, server, rt }
}

fn pick_app(h: &mut egui_kittest::Harness<'static, wxsign::ui::WxsignApp>, label: &str) {
    h.get_by_label("App").click();
    h.run();
    h.get_by_label(label).click();
    // A fetch may start (its spinner turns): step, the caller waits for what it expects.
    h.step();
}

#[test]
fn the_app_picker_switches_the_agent_ticket_and_the_agent_config_signature() {
    let mut on = two_apps(|_| {});
    let config_dir = on.app._dir.path().to_path_buf();
    let h = &mut on.app.harness;
    support::step_until(h, "the WeCom profile", |h| {
        h.state().active_profile().is_some()
    });
    // The first app until another is chosen.
    assert_eq!(h.state().chosen_app(), Some(1000002));
    h.get_by_label("Fetch ticket").click();
    support::step_until(h, "both tickets of app 1000002", |h| {
        h.state().sign.wecom.agent_ticket == AGENT_A && !h.state().sign.ticket.is_empty()
    });
    assert!(h.state().rt.error.is_none(), "{:?}", h.state().rt.error);
    h.get_by_label("valid 1 h 0 min");
    h.state_mut().sign.url = URL.into();
    h.run();
    let (nonce, ts) = {
        let s = &h.state().sign;
        (s.noncestr.clone(), s.timestamp.clone())
    };
    let config = signature(CORP_TICKET, &nonce, &ts, URL);
    let agent_a = signature(AGENT_A, &nonce, &ts, URL);
    let agent_b = signature(AGENT_B, &nonce, &ts, URL);
    h.get_by_label(&config);
    h.get_by_label(&agent_a);
    h.get_by_label("signed with the agent ticket of app 1000002");

    pick_app(h, "1000003 (crm)");
    support::step_until(h, "the agent ticket of app 1000003", |h| {
        h.state().sign.wecom.agent_ticket == AGENT_B
    });
    // The same config, the other app's agentConfig, and its own countdown.
    h.get_by_label(&config);
    h.get_by_label(&agent_b);
    assert!(h.query_by_label(&agent_a).is_none());
    h.get_by_label("signed with the agent ticket of app 1000003");
    h.get_by_label("valid 30 min");
    // Remembered per profile.
    let toml = std::fs::read_to_string(config_dir.join("gui.toml")).expect("gui.toml");
    assert!(toml.contains("corp = 1000003"), "{toml}");

    // Back to the first app: the ticket the window holds, no new WeCom call.
    let calls = |on: &TwoApps| {
        on.rt
            .block_on(on.server.received_requests())
            .unwrap_or_default()
            .len()
    };
    let before = calls(&on);
    let h = &mut on.app.harness;
    pick_app(h, "1000002 (approvals)");
    h.get_by_label(&agent_a);
    assert_eq!(h.state().sign.wecom.agent_ticket, AGENT_A);
    assert_eq!(calls(&on), before, "switching back asked WeCom again");
    // Each agent ticket was asked with its own app's token (the mock answers no other way).
    let seen = on
        .rt
        .block_on(on.server.received_requests())
        .unwrap_or_default();
    let agent_calls: Vec<String> = seen
        .iter()
        .filter(|r| r.url.path() == "/cgi-bin/ticket/get")
        .filter_map(|r| r.url.query().map(str::to_owned))
        .collect();
    assert_eq!(agent_calls.len(), 2, "{agent_calls:?}");
}

#[test]
fn a_remembered_app_is_used_from_the_start() {
    let mut on = two_apps_with(
        |_| {},
        Some("active_profile = \"corp\"\n\n[wecom_apps]\ncorp = 1000003\n"),
    );
    let h = &mut on.app.harness;
    support::step_until(h, "the WeCom profile", |h| {
        h.state().active_profile().is_some()
    });
    assert_eq!(h.state().chosen_app(), Some(1000003));
    h.get_by_label("Fetch ticket").click();
    support::step_until(h, "the agent ticket of app 1000003", |h| {
        h.state().sign.wecom.agent_ticket == AGENT_B
    });
    assert!(h.state().rt.error.is_none(), "{:?}", h.state().rt.error);
    assert!(h.state().rt.agent_ticket("corp", 1000002).is_none());
}

#[test]
fn sign_speaks_of_the_apps_trusted_domains_on_wecom() {
    let mut on = two_apps(|_| {});
    let h = &mut on.app.harness;
    support::step_until(h, "the WeCom profile", |h| {
        h.state().active_profile().is_some()
    });
    h.state_mut().sign.url = "https://shop.example.org/pay".into();
    h.run();
    h.get_by_label_contains(
        "shop.example.org/pay is not under any trusted domain of the app (app.example.com); wx.agentConfig fails with 80001",
    );
    h.get_by_label_contains("网页授权及JS-SDK → 可信域名");
    assert!(h.query_by_label_contains("JS safe domain").is_none());
    assert!(h.query_by_label_contains("公众号设置").is_none());
    h.state_mut().state.lang = Some(wxsign::core::text::Lang::Zh);
    h.run();
    h.get_by_label_contains(
        "不在该应用的任何可信域名（app.example.com）之下；wx.agentConfig 会报 80001",
    );
    // Check URL names the list and the finding the same way.
    h.state_mut().state.lang = Some(wxsign::core::text::Lang::En);
    h.run();
    h.get_by_label("Check URL").click();
    h.run();
    h.state_mut().check_url.url = "https://shop.example.org/pay".into();
    h.run();
    // The heading (and the domain field's tooltip label).
    assert!(h.query_all_by_label("Trusted domains of the app").count() >= 1);
    h.get_by_label_contains("is not under any trusted domain of the app (app.example.com)");
    assert!(h.query_by_label("JS interface safe domains").is_none());
}

#[test]
fn agent_tickets_are_pasted_per_agentid_in_the_profile_editor() {
    const CORP_PASTED: &str = "CORP_PASTED_ticket_0123456789abcdefghijklmnopqrstuvwxyz_ABCDEFGH";
    const AGENT_PASTED: &str = "AGENT_PASTED_ticket_1000003_zyxwvutsrqponmlkjihgfedcba_9876543";
    let mut on = two_apps(|p| p.ticket_source = wxsign::profile::TicketSource::Pasted);
    let config_dir = on.app._dir.path().to_path_buf();
    let h = &mut on.app.harness;
    support::step_until(h, "the WeCom profile", |h| {
        h.state().active_profile().is_some()
    });
    pick_app(h, "1000003 (crm)");
    h.run();
    h.get_by_label("Edit corp").click();
    h.run();
    // One field per ticket kind: the corp ticket and each app's agent ticket.
    h.get_by_label("Pasted agent ticket 1000002");
    for (label, text) in [
        ("Pasted corp ticket", CORP_PASTED),
        ("Pasted agent ticket 1000003", AGENT_PASTED),
    ] {
        // The editor's fields scroll inside the dialog: bring the field into view first.
        h.get_by_label(label).scroll_to_me();
        h.run();
        h.get_by_label(label).click();
        h.run();
        h.get_by_label(label).type_text(text);
        h.run();
    }
    support::assert_secret_hidden(h, "Pasted corp ticket", CORP_PASTED);
    support::assert_secret_hidden(h, "Pasted agent ticket 1000003", AGENT_PASTED);
    h.get_by_label("Save").click();
    support::step_until(h, "both pasted tickets", |h| {
        h.state().rt.agent_ticket("corp", 1000003).is_some()
            && h.state().sign.ticket == CORP_PASTED
            && h.state().rt.in_flight == 0
    });
    assert!(h.state().rt.error.is_none(), "{:?}", h.state().rt.error);
    let held = h
        .state()
        .rt
        .agent_ticket("corp", 1000003)
        .cloned()
        .expect("held");
    assert_eq!(held.cred.source, "pasted");
    assert_eq!(held.cred.expires_at - support::NOW as i64, 7200);
    assert_eq!(h.state().sign.wecom.agent_ticket, AGENT_PASTED);
    assert!(h.state().rt.agent_ticket("corp", 1000002).is_none());
    h.state_mut().sign.url = URL.into();
    h.run();
    let (nonce, ts) = {
        let s = &h.state().sign;
        (s.noncestr.clone(), s.timestamp.clone())
    };
    h.get_by_label(&signature(AGENT_PASTED, &nonce, &ts, URL));
    h.get_by_label(&signature(CORP_PASTED, &nonce, &ts, URL));

    // Fetching again reads the app's own pasted entry, still without WeCom.
    h.get_by_label("Fetch ticket").click();
    support::step_until(h, "the refetched tickets", |h| h.state().rt.in_flight == 0);
    assert!(h.state().rt.error.is_none(), "{:?}", h.state().rt.error);
    assert_eq!(h.state().sign.wecom.agent_ticket, AGENT_PASTED);
    let toml = std::fs::read_to_string(config_dir.join("profiles.toml")).unwrap_or_default();
    assert!(
        !toml.contains(AGENT_PASTED) && !toml.contains(CORP_PASTED),
        "{toml}"
    );
    let seen = on
        .rt
        .block_on(on.server.received_requests())
        .unwrap_or_default();
    assert!(seen.is_empty(), "WeCom was called: {seen:?}");
}

/// WeCom's gettoken returns the same token while it is valid, so a forced refresh touches
/// nothing in production: no confirmation, the chosen app's token is asked again at once.
#[test]
fn a_forced_token_refresh_on_wecom_needs_no_confirmation() {
    let mut on = two_apps(|_| {});
    let h = &mut on.app.harness;
    support::step_until(h, "the WeCom profile", |h| {
        h.state().active_profile().is_some()
    });
    h.get_by_label("Fetch ticket").click();
    support::step_until(h, "the tickets", |h| {
        h.state().sign.wecom.agent_ticket == AGENT_A && h.state().rt.in_flight == 0
    });
    let gettokens = |on: &TwoApps| {
        on.rt
            .block_on(on.server.received_requests())
            .unwrap_or_default()
            .iter()
            .filter(|r| r.url.path() == "/cgi-bin/gettoken")
            .count()
    };
    assert_eq!(gettokens(&on), 1);
    let h = &mut on.app.harness;
    h.get_by_label("Fetch the token again (skip the cache)")
        .click();
    h.step();
    assert!(
        h.query_by_label("Cancel").is_none(),
        "a confirmation opened"
    );
    support::step_until(h, "the refreshed token", |h| h.state().rt.in_flight == 0);
    assert!(h.state().rt.error.is_none(), "{:?}", h.state().rt.error);
    assert_eq!(gettokens(&on), 2);
}

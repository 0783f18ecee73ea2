//! WeCom in the window: the profile editor's platform and app list, and the Sign panel's two
//! calls side by side with both tickets fetched from a mock WeCom.

use std::sync::Arc;

use egui_kittest::kittest::Queryable as _;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, ResponseTemplate};
use wxsign::platform::{WecomApp, app_account};
use wxsign::secrets::{MemoryStore, SECRET_SERVICE, SecretStore as _, StoreHealth};

use crate::support;

const CORP: &str = "ww0123456789abcdef";
const CORP_TICKET: &str = "CORP_TICKET_kgt8ON7yVITDhtdwci0qeZ6yT5_m-gz9k5yQbxYQn4aZ4gC1X9nKzPLNcQ";
const AGENT_TICKET: &str = "AGENT_TICKET_bxLdikRXVbTPdHSM05e5u5sUoXNKd8-41ZO3MhKoyN5OfkWITDGgnr";

/// SHA-1 by another implementation than wxsign's (`sha1_smol`).
use crate::cli_support::sha1_hex as sha1;

#[test]
fn the_profile_editor_makes_a_wecom_profile_with_an_app_secret() {
    let mut on = support::new_profile_editor();
    let h = &mut on.app.harness;
    h.get_by_label("WeCom (WeChat Work)").click();
    h.run();
    // The id is a corpId now, the domains are trusted domains, and there are apps.
    h.get_by_label("Trusted domains");
    assert!(
        h.query_by_label("stable_token").is_none(),
        "no token mode on WeCom"
    );
    for (label, text) in [("Name", "corp"), ("corpId", CORP)] {
        support::type_into(h, label, text);
    }
    h.get_by_label_contains("No app yet");
    h.get_by_label("Add app").click();
    h.run();
    h.get_by_label("New AppSecret 1000002").click();
    h.run();
    h.get_by_label("New AppSecret 1000002")
        .type_text("app-secret-value");
    h.get_by_label("Keep for this session only (not in the keyring)")
        .click();
    h.run();
    support::assert_secret_hidden(h, "New AppSecret 1000002", "app-secret-value");
    h.get_by_label("Save").click();
    let account = app_account(CORP, 1000002);
    support::step_until(h, "the saved WeCom profile and its app secret", |h| {
        h.state().rt.profile("corp").is_some_and(|p| {
            p.platform == wxsign::profile::Platform::Wecom
                && p.apps.iter().map(|a| a.agent_id).eq([1000002])
                && p.api_base == "https://qyapi.weixin.qq.com"
        }) && h.state().rt.secret_status.get(&account)
            == Some(&wxsign::secrets::SecretStatus::Present(
                wxsign::secrets::SecretSource::Session,
            ))
    });
}

#[test]
fn sign_shows_both_calls_with_both_tickets() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    let server = rt.block_on(async {
        let server = wiremock::MockServer::start().await;
        let ok = |v: serde_json::Value| ResponseTemplate::new(200).set_body_json(v);
        Mock::given(method("GET"))
            .and(path("/cgi-bin/gettoken"))
            .and(query_param("corpsecret", "app-secret"))
            .respond_with(ok(serde_json::json!({
                "errcode": 0, "errmsg": "ok", "access_token": "WECOM_TOKEN", "expires_in": 7200
            })))
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(path("/cgi-bin/get_jsapi_ticket"))
            .respond_with(ok(serde_json::json!({
                "errcode": 0, "errmsg": "ok", "ticket": CORP_TICKET, "expires_in": 7200
            })))
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(path("/cgi-bin/ticket/get"))
            .and(query_param("type", "agent_config"))
            .respond_with(ok(serde_json::json!({
                "errcode": 0, "errmsg": "ok", "ticket": AGENT_TICKET, "expires_in": 3600
            })))
            .mount(&server)
            .await;
        server
    });
    let uri = server.uri();
    let mut app = support::app_with(move |deps| {
        let dir = deps.config_dir.clone().expect("config dir");
        let mut p = wxsign::profile::Profile::new_wecom("corp", CORP);
        p.api_base = uri;
        p.apps = vec![WecomApp {
            agent_id: 1000002,
            name: "approvals".into(),
        }];
        wxsign::profile::ProfileStore::new(&dir)
            .add(p)
            .expect("profile");
        let store = MemoryStore::default();
        store
            .set(
                SECRET_SERVICE,
                &app_account(CORP, 1000002),
                &wxsign::secret::Secret::new("app-secret"),
            )
            .expect("secret");
        deps.worker = Some(wxsign::worker::WorkerOptions {
            config_dir: Some(dir),
            store: Some((Arc::new(store), StoreHealth::MemoryByRequest)),
            retry: None,
        });
    });
    let h = &mut app.harness;
    support::step_until(h, "the WeCom profile", |h| {
        h.state().active_profile().is_some()
    });
    h.get_by_label("Fetch ticket").click();
    support::step_until(h, "both tickets", |h| {
        !h.state().sign.wecom.agent_ticket.is_empty() && !h.state().sign.ticket.is_empty()
    });
    // The top bar counts both tickets down.
    h.get_by_label("corp ticket");
    h.get_by_label("agent ticket");
    h.get_by_label("valid 1 h 0 min");
    h.state_mut().sign.url = "https://app.example.com/h5/?id=7".into();
    h.run();
    let (nonce, ts) = {
        let s = &h.state().sign;
        (s.noncestr.clone(), s.timestamp.clone())
    };
    let url = "https://app.example.com/h5/?id=7";
    let config = sha1(&format!(
        "jsapi_ticket={CORP_TICKET}&noncestr={nonce}&timestamp={ts}&url={url}"
    ));
    let agent = sha1(&format!(
        "jsapi_ticket={AGENT_TICKET}&noncestr={nonce}&timestamp={ts}&url={url}"
    ));
    h.get_by_label("wx.config");
    h.get_by_label("wx.agentConfig");
    h.get_by_label("signed with the agent ticket of app 1000002");
    h.get_by_label(&config);
    h.get_by_label(&agent);
    h.get_by_label("Copy ww.register");
    // Tickets stay hidden in both string1s.
    assert_eq!(
        support::nodes_showing(h, AGENT_TICKET),
        Vec::<String>::new()
    );
    assert_eq!(support::nodes_showing(h, CORP_TICKET), Vec::<String>::new());
    drop(server);
}

/// Verify on a WeCom paste: both calls side by side, the corp-ticket mix-up named in the
/// agentConfig column.
#[test]
fn verify_shows_both_calls_and_names_the_mix_up() {
    let url = "https://app.example.com/h5/?id=7";
    let sig = |t: &str, n: &str| {
        sha1(&format!(
            "jsapi_ticket={t}&noncestr={n}&timestamp=1414587457&url={url}"
        ))
    };
    let paste = format!(
        "wx.config({{beta: true, appId: '{CORP}', timestamp: 1414587457, nonceStr: 'n1', signature: '{}', jsApiList: [], success: function (res) {{}} }});\nwx.agentConfig({{corpid: '{CORP}', agentid: 1000002, timestamp: 1414587457, nonceStr: 'n2', signature: '{}', jsApiList: [], fail: (e) => alert(e) }});",
        sig(CORP_TICKET, "n1"),
        sig(CORP_TICKET, "n2"),
    );
    let mut app = support::app();
    let h = &mut app.harness;
    h.get_by_label("Verify").click();
    h.run();
    {
        let v = &mut h.state_mut().verify;
        v.server_output = paste;
        v.url = url.to_owned();
        v.ticket = CORP_TICKET.into();
    }
    h.run();
    h.get_by_label("Verify signature").click();
    h.run();
    h.get_by_label("wx.config");
    h.get_by_label("wx.agentConfig (1000002)");
    h.get_by_label("MATCH");
    assert_eq!(
        h.query_all_by_label("MISMATCH").count(),
        2,
        "overall and agentConfig"
    );
    h.get_by_label_contains("wx.agentConfig was signed with the corp ticket");
    assert_eq!(
        support::nodes_showing(h, CORP_TICKET),
        Vec::<String>::new(),
        "the ticket stays hidden"
    );
}

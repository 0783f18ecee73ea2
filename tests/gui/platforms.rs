//! DingTalk and Feishu in the window: the profile editor's platform choice with each platform's
//! id, domain list and API base, the Sign panel's own call, and the Probe panel that says it does
//! not play their bridges.

use egui_kittest::kittest::Queryable as _;
use wxsign::profile::Platform;

use crate::support;

#[test]
fn the_profile_editor_offers_every_platform_and_saves_a_dingtalk_profile() {
    let mut on = support::new_profile_editor();
    let h = &mut on.app.harness;
    for name in [
        "Official Account",
        "WeCom (WeChat Work)",
        "DingTalk",
        "Feishu / Lark",
    ] {
        h.get_by_label(name);
    }
    support::type_into(h, "Name", "dt");
    h.get_by_label("Feishu / Lark").click();
    h.run();
    // Feishu's id is a cli_ app id, its domains are H5 trusted domains with their port.
    h.get_by_label("H5 trusted domains");
    assert!(
        h.query_by_label("stable_token").is_none(),
        "no token mode on Feishu"
    );
    assert_eq!(
        support::field_value(h, "API base"),
        "https://open.feishu.cn"
    );
    support::type_into(h, "app_id", "dingabc123456");
    h.get_by_label("Save").click();
    h.run();
    h.get_by_label_contains("cli_");
    assert!(
        h.state().rt.profile("dt").is_none(),
        "a bad id is not saved"
    );
    // The same text is a DingTalk appKey.
    h.get_by_label("DingTalk").click();
    h.run();
    h.get_by_label("Page domains");
    assert_eq!(
        support::field_value(h, "API base"),
        "https://api.dingtalk.com"
    );
    support::type_into(h, "New AppSecret", "dingtalk-app-secret");
    h.get_by_label("Keep for this session only (not in the keyring)")
        .click();
    h.run();
    h.get_by_label("Save").click();
    support::step_until(h, "the saved DingTalk profile and its secret", |h| {
        h.state().rt.profile("dt").is_some_and(|p| {
            p.platform == Platform::Dingtalk
                && p.app_id == "dingabc123456"
                && p.api_base == "https://api.dingtalk.com"
        }) && h.state().rt.secret_status.get("dingabc123456")
            == Some(&wxsign::secrets::SecretStatus::Present(
                wxsign::secrets::SecretSource::Session,
            ))
    });
}

/// An app with its real worker (memory keyring) and one profile on `platform`, the active one.
fn app_on(platform: Platform, id: &str) -> support::App {
    use std::sync::Arc;
    use wxsign::secrets::{MemoryStore, StoreHealth};
    let id = id.to_owned();
    support::app_with(move |deps| {
        let dir = deps.config_dir.clone().expect("config dir");
        wxsign::profile::ProfileStore::new(&dir)
            .add(wxsign::profile::Profile::on(platform, "page", id))
            .expect("profile");
        deps.worker = Some(wxsign::worker::WorkerOptions {
            config_dir: Some(dir),
            store: Some((
                Arc::new(MemoryStore::default()),
                StoreHealth::MemoryByRequest,
            )),
            retry: None,
        });
    })
}

#[test]
fn a_dingtalk_profile_signs_and_copies_dd_config() {
    use sha2::Digest as _;
    let mut app = app_on(Platform::Dingtalk, "dingabc123456");
    let h = &mut app.harness;
    support::step_until(h, "the DingTalk profile", |h| {
        h.state().active_profile().is_some()
    });
    h.get_by_label("Load the official example").click();
    h.run();
    // DOMAIN.md §13: string1 as WeChat's, hashed with SHA-256 (the example URL's query has
    // nothing to decode); worked out here, not by the product.
    let string1 = "jsapi_ticket=sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg&noncestr=Wm3WZYTPz0wzccnW&timestamp=1414587457&url=http://mp.weixin.qq.com?params=value";
    let signature = hex::encode(sha2::Sha256::digest(string1.as_bytes()));
    let expected = format!(
        "dd.config({{\n  type: 0,\n  agentId: 'YOUR_AGENTID',\n  corpId: 'YOUR_CORPID',\n  timeStamp: 1414587457,\n  nonceStr: 'Wm3WZYTPz0wzccnW',\n  signature: '{signature}',\n  jsApiList: []\n}});"
    );
    assert!(h.query_by_label("Copy wx.config").is_none());
    // The mode tab names DingTalk's call, and there is no card ticket to sign cards with.
    h.get_by_label("dd.config signature");
    assert!(h.query_by_label("Card (addCard / chooseCard)").is_none());
    h.get_by_label("dd.config snippet").click();
    h.run();
    h.get_by_label(&expected);
    // WeChat's API names are not offered for a DingTalk page.
    assert!(h.query_by_label("updateAppMessageShareData").is_none());
    h.get_by_label("Copy dd.config").click();
    h.step();
    assert_eq!(support::copied(h), [expected]);
    h.run();
    // The list and the top bar name the platform; test account / production are WeChat's.
    assert_eq!(h.query_all_by_label("DingTalk").count(), 2);
    assert!(h.query_by_label("production").is_none());
    // A forced token only skips the cache here: no stable_token warning.
    h.get_by_label("Fetch the token again (skip the cache)");
    assert!(h.query_by_label("Force refresh token…").is_none());
}

#[test]
fn the_probe_panel_says_in_one_line_that_it_does_not_play_feishu() {
    let mut app = app_on(Platform::Feishu, "cli_a1b2c3d4e5f6a7b8");
    let h = &mut app.harness;
    support::step_until(h, "the Feishu profile", |h| {
        h.state().active_profile().is_some()
    });
    h.state_mut().state.panel = wxsign::gui_settings::Panel::Probe;
    h.run();
    support::type_into(h, "Page URL", "https://h5.example.com/home");
    h.get_by_label("Run probe").click();
    h.run();
    h.get_by_label_contains("pages call h5sdk.config through Feishu / Lark's own bridge");
    assert!(!h.state().page_probe.is_running(), "the probe started");
}

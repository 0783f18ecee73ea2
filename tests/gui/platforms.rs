//! DingTalk and Feishu in the window: the profile editor's platform choice with each platform's
//! id, domain list and API base, the Sign panel's own call, and the Probe panel that says it does
//! not play their bridges.

use egui_kittest::kittest::Queryable as _;
use wxsign::profile::Platform;

use crate::support;

fn type_into(
    h: &mut egui_kittest::Harness<'static, wxsign::ui::WxsignApp>,
    label: &str,
    text: &str,
) {
    h.get_by_label(label).click();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

#[test]
fn the_profile_editor_offers_every_platform_and_saves_a_dingtalk_profile() {
    let mut on = support::online(|_, _| {});
    let h = &mut on.app.harness;
    support::step_until(h, "the first profile", |h| {
        h.state().active_profile().is_some()
    });
    h.get_by_label("Add profile").click();
    h.run();
    for name in [
        "Official Account",
        "WeCom (WeChat Work)",
        "DingTalk",
        "Feishu / Lark",
    ] {
        h.get_by_label(name);
    }
    type_into(h, "Name", "dt");
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
    type_into(h, "app_id", "dingabc123456");
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
    type_into(h, "New AppSecret", "dingtalk-app-secret");
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

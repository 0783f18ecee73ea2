//! Card mode of the Sign and Verify panels, driven by label: the official card example signs to
//! the documented signature, and a server that built k=v& pairs is named in Verify.

use egui_kittest::kittest::Queryable as _;

use crate::support;

const OFFICIAL_SIG: &str = "f137ab68b7f8112d20ee528ab6074564e2796250";

#[test]
fn sign_card_official_example() {
    let mut app = support::app();
    let h = &mut app.harness;
    h.get_by_label("Card (addCard / chooseCard)").click();
    h.run();
    h.get_by_label("Load the official card example").click();
    h.run();
    h.get_by_label(OFFICIAL_SIG);
    h.get_by_label("Values in signing order");
    // The values are drawn in signing order, the nonce "123" first.
    h.get_by_label("1. nonce_str");
    // chooseCard drops code (not one of its values): another signature.
    h.get_by_label("chooseCard").click();
    h.run();
    assert!(h.query_by_label(OFFICIAL_SIG).is_none());
}

#[test]
fn verify_card_names_kv_pairs() {
    let mut app = support::app();
    let h = &mut app.harness;
    h.get_by_label("Verify").click();
    h.run();
    h.get_by_label("Card (addCard / chooseCard)").click();
    h.run();
    h.get_by_label("Load the official card example").click();
    h.run();
    // SHA-1 of the official values as k=v& pairs, computed outside wxsign:
    // printf '%s' 'api_ticket=ojZ8YtyVyr30HheH3CM73y7h4jJE&card_id=pjZ8Yt1XGILfi-FUsewpnnolGgZk&code=1434008071&nonce_str=123&timestamp=1404896688' | sha1sum
    h.state_mut().verify.card.signature = "de7136853a2c1caf9eb003f4bd51fa9f595ad9f4".to_owned();
    h.run();
    h.get_by_label("Verify card signature").click();
    h.run();
    h.get_by_label("MISMATCH");
    h.get_by_label_contains("key=value& pairs as for wx.config");
    h.get_by_label("string your server hashed");
    // The right signature matches.
    h.state_mut().verify.card.signature = OFFICIAL_SIG.to_owned();
    h.run();
    h.get_by_label("Verify card signature").click();
    h.run();
    h.get_by_label("MATCH");
}

#[test]
fn verify_shows_real_auth_url_and_the_difference() {
    let mut app = support::app();
    let h = &mut app.harness;
    h.get_by_label("Verify").click();
    h.run();
    let ticket =
        "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";
    let page = "https://shop.example.com/item?id=1";
    // Signed right for the page, computed outside wxsign:
    // printf '%s' 'jsapi_ticket=<ticket>&noncestr=n&timestamp=1414587457&url=https://shop.example.com/item?id=1' | sha1sum
    let sig = "f7f22c348ecae051d3ac5dfdb1688ddd3f42d828";
    let v = &mut h.state_mut().verify;
    v.server_output = format!(r#"{{"timestamp":"1414587457","nonceStr":"n","signature":"{sig}"}}"#);
    v.url = page.to_owned();
    v.ticket = ticket.into();
    v.wx_error = r#"{"realAuthUrl":["https://shop.example.com/item?id=1&from=timeline"],"errMsg":"config:invalid signature"}"#.to_owned();
    h.run();
    h.get_by_label("Verify signature").click();
    h.run();
    h.get_by_label("realAuthUrl: the URL WeChat verified");
    h.get_by_label_contains("but WeChat verified realAuthUrl");
    h.get_by_label("WeChat verified");
    h.get_by_label("server signed");
}

#[test]
fn a_wechat_pay_paste_gets_its_answer() {
    let mut app = support::app();
    let h = &mut app.harness;
    h.get_by_label("Verify").click();
    h.run();
    h.state_mut().verify.server_output =
        "wx.chooseWXPay({timeStamp: '1', nonceStr: 'n', package: 'prepay_id=1', paySign: 'X'})"
            .to_owned();
    h.run();
    h.get_by_label("Verify signature").click();
    h.run();
    h.get_by_label("WeChat Pay, not wx.config");
    h.get_by_label_contains("ignores");
}

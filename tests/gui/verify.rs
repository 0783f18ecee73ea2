use egui_kittest::kittest::Queryable as _;

use crate::support;

const TICKET: &str =
    "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";

fn verify_with(server: &str, url: &str) -> support::App {
    let mut app = support::app();
    let h = &mut app.harness;
    h.get_by_label("Verify").click();
    h.run();
    let v = &mut h.state_mut().verify;
    v.server_output = server.to_owned();
    v.url = url.to_owned();
    v.ticket = TICKET.into();
    h.run();
    h.get_by_label("Verify signature").click();
    h.run();
    app
}

#[test]
fn matching_config() {
    // The page sees the browser's form of the URL (with the `/` path), so that is what is signed:
    // DOMAIN.md §1's first vector with that `/`, computed outside wxsign with
    // `printf '%s' 'jsapi_ticket=<TICKET>&noncestr=Wm3WZYTPz0wzccnW&timestamp=1414587457&url=http://mp.weixin.qq.com/?params=value' | sha1sum`
    // (the same command gives §1's 0f9de62f… for the URL without the `/`).
    let url = "http://mp.weixin.qq.com/?params=value";
    let sig = "f50191877b62b116ef830363a3a613ed652a2d5d";
    let app = verify_with(
        &format!(
            "wx.config({{appId:'wx1', timestamp: 1414587457, nonceStr: 'Wm3WZYTPz0wzccnW', signature: '{sig}', jsApiList: []}})"
        ),
        url,
    );
    app.harness.get_by_label("MATCH");
    assert!(app.harness.query_by_label("MISMATCH").is_none());
}

#[test]
fn mismatch_names_the_fragment() {
    // The server signed the URL with its #fragment (DOMAIN.md §1, third vector).
    let app = verify_with(
        r#"{"appId":"wx1","timestamp":"1414587457","nonceStr":"Wm3WZYTPz0wzccnW","signature":"91aa97f5fa829ede68fa569e24e020e3b4e76b0b"}"#,
        "http://mp.weixin.qq.com?params=value#/home",
    );
    let h = &app.harness;
    h.get_by_label("MISMATCH");
    // The cause names the fragment, and both string1s are shown.
    h.get_by_label_contains("signed the URL with its #fragment");
    h.get_by_label("string1 your server used");
    h.get_by_label("correct string1");
}

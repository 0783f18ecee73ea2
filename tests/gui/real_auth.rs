//! The Verify panel with a pasted wx.error result: the verdict is on realAuthUrl, the URL the
//! WeChat client verified, and its headline is the very line `wxsign verify` prints as `result`
//! (tests/cli/real_auth.rs checks the CLI's).

use egui_kittest::kittest::Queryable as _;

use crate::support;

/// DOMAIN.md §1's ticket, nonce and timestamp.
const TICKET: &str =
    "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";
const PAGE_A: &str = "https://shop.example.com/a?id=1";
const PAGE_B: &str = "https://shop.example.com/b?id=1";
/// Computed outside wxsign: `printf '%s' "jsapi_ticket=…&url=…" | sha1sum`.
const SIG_A: &str = "b9a4a1b3b1159c081d4dfc5ca807ffe3dfc0c2bf";
const SIG_B: &str = "47d17cf3ce1ae28af9736c411ac2bd08ca0dfb6d";

/// Types each field of the Verify panel by its label and clicks "Verify signature".
fn verify_by_label(signature: &str, page: &str, wx_error: &str) -> support::App {
    let mut app = support::app();
    let h = &mut app.harness;
    h.get_by_label("Verify").click();
    h.run();
    let reply = format!(
        r#"{{"timestamp":"1414587457","nonceStr":"Wm3WZYTPz0wzccnW","signature":"{signature}"}}"#
    );
    for (label, text) in [
        ("Server output (endpoint JSON or wx.config)", reply.as_str()),
        ("Page URL on the phone", page),
        ("wx.error result", wx_error),
        ("jsapi_ticket used", TICKET),
    ] {
        h.get_by_label(label).click();
        h.run();
        h.get_by_label(label).type_text(text);
        h.run();
    }
    assert_eq!(h.state().verify.wx_error, wx_error, "typed by label");
    h.get_by_label("Verify signature").click();
    h.run();
    app
}

fn wx_error(urls: &[&str]) -> String {
    let list: Vec<String> = urls.iter().map(|u| format!("\"{u}\"")).collect();
    format!(
        r#"{{"realAuthUrl":[{}],"errMsg":"config:invalid signature"}}"#,
        list.join(",")
    )
}

#[test]
fn right_for_the_page_but_not_for_real_auth_url_is_a_mismatch() {
    let app = verify_by_label(SIG_A, PAGE_A, &wx_error(&[PAGE_B]));
    let h = &app.harness;
    h.get_by_label("MISMATCH");
    assert!(h.query_by_label("MATCH").is_none());
    h.get_by_label(&format!("mismatch against realAuthUrl {PAGE_B}"));
    // The correct signature is realAuthUrl's.
    h.get_by_label(SIG_B);
    // The cause names the page URL the server signed instead.
    h.get_by_label_contains(&format!("The server signed the page URL {PAGE_A}"));
}

#[test]
fn right_for_real_auth_url_only_is_a_match() {
    let app = verify_by_label(SIG_B, PAGE_A, &wx_error(&[PAGE_B, PAGE_B]));
    let h = &app.harness;
    h.get_by_label("MATCH");
    assert!(h.query_by_label("MISMATCH").is_none());
    h.get_by_label(&format!("match against realAuthUrl {PAGE_B}"));
    // With the note that the page expected another URL.
    h.get_by_label_contains("the page expected a signature for another URL");
}

#[test]
fn two_urls_say_which_one_fits() {
    let app = verify_by_label(SIG_B, PAGE_A, &wx_error(&[PAGE_A, PAGE_B]));
    let h = &app.harness;
    h.get_by_label("MATCH");
    h.get_by_label(&format!(
        "match against realAuthUrl {PAGE_B} (one of 2 URLs WeChat verified)"
    ));
}

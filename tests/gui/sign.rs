use egui_kittest::kittest::Queryable as _;

use crate::support;

#[test]
fn official_example_in_one_click() {
    let mut app = support::app();
    let h = &mut app.harness;
    h.get_by_label("Load the official example").click();
    h.run();
    // DOMAIN.md §1: the first known-answer vector.
    h.get_by_label("0f9de62fce790f9a083d5c99e95740ceb90c27ed");
    // string1 is shown pair by pair with its separators.
    h.get_by_label_contains("& noncestr=Wm3WZYTPz0wzccnW");
}

#[test]
fn typing_recomputes_and_now_uses_the_clock() {
    let mut app = support::app();
    let h = &mut app.harness;
    h.get_by_label("Load the official example").click();
    h.run();
    // Appending the fragment reproduces the third vector: the panel signs what was typed.
    h.get_by_label("Page URL").click();
    h.run();
    h.get_by_label("Page URL").type_text("#/home");
    h.run();
    assert_eq!(
        h.state().sign.url,
        "http://mp.weixin.qq.com?params=value#/home"
    );
    h.get_by_label("91aa97f5fa829ede68fa569e24e020e3b4e76b0b");
    h.get_by_label("Now").click();
    h.run();
    assert_eq!(h.state().sign.timestamp, support::NOW.to_string());
    h.get_by_label("Generate").click();
    h.run();
    assert_eq!(h.state().sign.noncestr.len(), 16);
    assert_ne!(h.state().sign.noncestr, "Wm3WZYTPz0wzccnW");
}

#[test]
fn snippet_lists_the_picked_apis_and_marks_deprecated_ones() {
    let mut app = support::app();
    let h = &mut app.harness;
    h.get_by_label("Load the official example").click();
    h.run();
    h.get_by_label("wx.config snippet").click();
    h.run();
    for label in ["onMenuShareTimeline (deprecated)", "wx-open-launch-weapp"] {
        h.get_by_label(label).scroll_to_me();
        h.run();
        h.get_by_label(label).click();
        h.run();
    }
    h.run();
    // The snippet is one monospace label; each part of it is found in it.
    for part in [
        "signature: '0f9de62fce790f9a083d5c99e95740ceb90c27ed'",
        "'onMenuShareTimeline'",
        "openTagList: ['wx-open-launch-weapp']",
        "appId: 'YOUR_APPID'",
    ] {
        h.get_by_label_contains(part);
    }
    // The choice is remembered with the settings.
    assert!(
        h.state()
            .state
            .js_api_list
            .iter()
            .any(|n| n == "onMenuShareTimeline")
    );
}

#[test]
fn invisible_characters_are_drawn_as_markers() {
    let mut app = support::app();
    let h = &mut app.harness;
    h.get_by_label("Load the official example").click();
    h.run();
    // A zero-width space pasted into the nonce shows up in string1.
    h.state_mut().sign.noncestr = "Wm3WZYTP\u{200b}z0wzccnW".to_owned();
    h.run();
    h.get_by_label("& noncestr=Wm3WZYTP<ZWSP>z0wzccnW");
}

#[test]
fn copy_signature_puts_it_on_the_clipboard() {
    let mut app = support::app();
    let h = &mut app.harness;
    h.get_by_label("Load the official example").click();
    h.run();
    h.get_by_label("Copy signature").click();
    h.step();
    assert_eq!(
        support::copied(h),
        ["0f9de62fce790f9a083d5c99e95740ceb90c27ed"]
    );
    h.run();
    // The button confirms, then reads "Copy signature" again.
    h.get_by_label("Copied");
}

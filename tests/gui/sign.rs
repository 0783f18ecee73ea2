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

use egui_kittest::kittest::Queryable as _;

use crate::support;

#[test]
fn fragment_is_found_and_shortcuts_work() {
    let mut app = support::app();
    let h = &mut app.harness;
    h.get_by_label("Check URL").click();
    h.run();
    // Ctrl+L puts the cursor in the URL field.
    h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::L);
    h.run();
    h.get_by_label("Page URL")
        .type_text("https://shop.example.com/item?id=7#/detail");
    h.run();
    assert_eq!(
        h.state().check_url.url,
        "https://shop.example.com/item?id=7#/detail"
    );
    h.get_by_label_contains("The URL has a #fragment");
    // What the page signs, without the fragment.
    h.get_by_label("https://shop.example.com/item?id=7");
    // A safe domain added inline is used at once.
    h.get_by_label("Add domain").click();
    h.run();
    h.get_by_label("Add domain").type_text("example.com");
    h.run();
    h.get_by_label("+").click();
    h.run();
    assert_eq!(h.state().state.safe_domains, vec!["example.com".to_owned()]);
    // Ctrl+Enter sends the URL to the Sign panel.
    h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::Enter);
    h.run();
    assert_eq!(
        h.state().sign.url,
        "https://shop.example.com/item?id=7#/detail"
    );
    h.get_by_label("jsapi_ticket");
}

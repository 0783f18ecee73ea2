use egui_kittest::kittest::Queryable as _;

use crate::support;

#[test]
fn switch_to_chinese_and_back() {
    let mut app = support::app();
    let h = &mut app.harness;
    h.get_by_label("Settings").click();
    h.run();
    h.get_by_label("简体中文").click();
    h.run();
    // Tabs and the settings page now speak Chinese, drawn with the bundled font (a missing glyph
    // would fail the harness).
    h.get_by_label("签名");
    h.get_by_label("检查 URL");
    h.get_by_label("语言");
    h.get_by_label("签名").click();
    h.run();
    h.get_by_label("载入官方示例");
    // The choice is saved.
    let saved = std::fs::read_to_string(app._dir.path().join("gui.toml")).expect("settings saved");
    assert!(saved.contains("lang = \"zh\""), "{saved}");
    let h = &mut app.harness;
    h.get_by_label("设置").click();
    h.run();
    h.get_by_label("English").click();
    h.run();
    h.get_by_label("Sign");
}

#[test]
fn dark_theme_is_applied_and_saved() {
    let mut app = support::app();
    let h = &mut app.harness;
    h.get_by_label("Settings").click();
    h.run();
    h.get_by_label("Dark").click();
    h.run();
    assert_eq!(h.ctx.theme(), eframe::egui::Theme::Dark);
    let saved = std::fs::read_to_string(app._dir.path().join("gui.toml")).expect("settings saved");
    assert!(saved.contains("theme = \"dark\""), "{saved}");
    let h = &mut app.harness;
    h.get_by_label("Light").click();
    h.run();
    assert_eq!(h.ctx.theme(), eframe::egui::Theme::Light);
}

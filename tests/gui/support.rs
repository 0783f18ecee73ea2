//! Builds the real app in a harness with a temp config dir, the bundled CJK font and a fixed clock.

use egui_kittest::Harness;
use wxsign::ui::{Deps, WxsignApp};

/// 2014-10-29, the day of the official example, so "now" is stable in every test.
pub const NOW: u64 = 1_414_587_457;

pub struct App {
    pub harness: Harness<'static, WxsignApp>,
    /// Kept alive for the harness's lifetime.
    pub _dir: tempfile::TempDir,
}

pub fn app() -> App {
    app_with(|_| {})
}

/// An app whose dependencies the caller may adjust first.
pub fn app_with(adjust: impl FnOnce(&mut Deps)) -> App {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut deps = Deps::for_test(dir.path().to_path_buf(), NOW);
    adjust(&mut deps);
    let harness = Harness::builder()
        .with_size(eframe::egui::vec2(1280.0, 800.0))
        .build_eframe(move |cc| WxsignApp::new(&cc.egui_ctx, deps));
    App { harness, _dir: dir }
}

//! Chinese text must render everywhere. A system CJK font is preferred (found by
//! [`crate::system_font`], on every OS); without one, a GB2312 subset of Noto Sans SC bundled in
//! the binary (`assets/fonts/`, SIL OFL 1.1) covers every character the UI and common Chinese URLs
//! use.

use std::sync::Arc;

use eframe::egui::{self, FontData, FontDefinitions, FontFamily};

use crate::system_font::map_file;
pub use crate::system_font::{CjkSource, detect_cjk_source};

/// GB2312 + CJK punctuation, cut from Noto Sans CJK SC by `assets/fonts/subset.sh`.
pub(crate) static BUNDLED_CJK: &[u8] = include_bytes!("../../assets/fonts/NotoSansSC-GB2312.otf");

const CJK_FONT_NAME: &str = "wxsign-cjk";

/// Installs egui's default fonts plus the CJK font as the last fallback of both families, and
/// returns the source really used (a system font that cannot be opened falls back to the bundle).
pub fn install(ctx: &egui::Context, source: &CjkSource) -> CjkSource {
    let (data, used) = match source {
        CjkSource::System { path, index, .. } => match map_file(path) {
            Some(blob) => (FontData::from_blob(blob, *index), source.clone()),
            None => (FontData::from_static(BUNDLED_CJK), CjkSource::Bundled),
        },
        CjkSource::Bundled => (FontData::from_static(BUNDLED_CJK), CjkSource::Bundled),
    };
    let mut fonts = FontDefinitions::default();
    fonts
        .font_data
        .insert(CJK_FONT_NAME.to_owned(), Arc::new(data));
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push(CJK_FONT_NAME.to_owned());
    }
    ctx.set_fonts(fonts);
    used
}

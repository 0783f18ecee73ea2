//! Chinese text must render everywhere. A system CJK font is preferred (it matches the desktop
//! and costs nothing to ship); without one, a GB2312 subset of Noto Sans SC bundled in the binary
//! (`assets/fonts/`, SIL OFL 1.1) covers every character the UI and common Chinese URLs use.

use std::path::PathBuf;
use std::sync::Arc;

use eframe::egui::{self, FontData, FontDefinitions, FontFamily};

/// GB2312 + CJK punctuation, cut from Noto Sans CJK SC by `assets/fonts/subset.sh`.
static BUNDLED_CJK: &[u8] = include_bytes!("../../assets/fonts/NotoSansSC-GB2312.otf");

const CJK_FONT_NAME: &str = "wxsign-cjk";

/// Where the CJK glyphs come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CjkSource {
    /// A font file found on the system (path and face index in a collection).
    System { path: PathBuf, index: u32 },
    /// The subset compiled into the binary.
    Bundled,
}

/// Finds a system font that covers Simplified Chinese, asking fontconfig. Runs a process, so call
/// it once before the window opens, never from a frame. `WXSIGN_FONT=bundled` skips the lookup.
pub fn detect_cjk_source() -> CjkSource {
    let forced = std::env::var("WXSIGN_FONT").unwrap_or_default();
    if forced.eq_ignore_ascii_case("bundled") {
        return CjkSource::Bundled;
    }
    system_cjk_font().unwrap_or(CjkSource::Bundled)
}

fn system_cjk_font() -> Option<CjkSource> {
    let out = std::process::Command::new("fc-match")
        .args(["-f", "%{file}\n%{index}\n%{lang}", "sans-serif:lang=zh-cn"])
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let mut lines = text.lines();
    let path = PathBuf::from(lines.next()?);
    let index = lines.next()?.trim().parse().ok()?;
    // fc-match always answers with *some* font; only keep it when it really covers zh-cn.
    let covers_zh = lines.next()?.split('|').any(|l| l == "zh-cn");
    (covers_zh && path.is_file()).then_some(CjkSource::System { path, index })
}

/// Installs egui's default fonts plus the CJK font as the last fallback of both families, and
/// returns the source really used (a system font that cannot be opened falls back to the bundle).
pub fn install(ctx: &egui::Context, source: &CjkSource) -> CjkSource {
    let (data, used) = match source {
        CjkSource::System { path, index } => match map_file(path) {
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

fn map_file(path: &std::path::Path) -> Option<Arc<dyn AsRef<[u8]> + Send + Sync>> {
    let file = std::fs::File::open(path).ok()?;
    // SAFETY: the font file belongs to the system and is only read; fontconfig, browsers and
    // egui's own system-font provider map such files the same way.
    let map = unsafe { memmap2::Mmap::map(&file) }.ok()?;
    Some(Arc::new(map))
}

//! Chinese text must render everywhere. A system CJK font is preferred (found by
//! [`crate::system_font`], on every OS); without one, a GB2312 subset of Noto Sans SC bundled in
//! the binary (`assets/fonts/`, SIL OFL 1.1) covers every character the UI and common Chinese URLs
//! use.

use std::sync::Arc;

use eframe::egui::{self, FontData, FontDefinitions, FontFamily};

use crate::system_font::{BUNDLED_CJK, map_file};
pub use crate::system_font::{CjkSource, detect_cjk_source};

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
#[cfg(test)]
mod tests {
    use skrifa::{FontRef, MetadataProvider as _};

    use super::BUNDLED_CJK;

    /// Chinese text the UI can show: every CJK ideograph, CJK punctuation and fullwidth form.
    fn is_cjk(c: char) -> bool {
        matches!(c as u32,
            0x2E80..=0x303F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF)
    }

    /// The characters inside string literals of every source file and in the values of both
    /// catalogues (comments are skipped: they never reach the screen).
    fn literal_chars() -> Vec<(char, String)> {
        let mut out = source_chars();
        for lang in [crate::core::text::Lang::En, crate::core::text::Lang::Zh] {
            for (n, line) in crate::i18n::source(lang).lines().enumerate() {
                if line.trim_start().starts_with('#') {
                    continue;
                }
                let at = format!("assets/i18n/{lang:?}.ftl:{}", n + 1);
                out.extend(
                    line.chars()
                        .filter(|c| !c.is_ascii())
                        .map(|c| (c, at.clone())),
                );
            }
        }
        out
    }

    /// The characters inside string literals of every `.rs` file under `src/`.
    fn source_chars() -> Vec<(char, String)> {
        let mut out = Vec::new();
        let mut todo = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        while let Some(dir) = todo.pop() {
            for entry in std::fs::read_dir(&dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    todo.push(path);
                    continue;
                }
                if path.extension().is_none_or(|e| e != "rs") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                for (n, line) in text.lines().enumerate() {
                    if line.trim_start().starts_with("//") {
                        continue;
                    }
                    let mut inside = false;
                    let mut escaped = false;
                    for c in line.chars() {
                        match c {
                            '\\' if inside && !escaped => escaped = true,
                            '"' if !escaped => inside = !inside,
                            _ if inside && !c.is_ascii() => {
                                out.push((c, format!("{}:{}", path.display(), n + 1)))
                            }
                            _ => escaped = false,
                        }
                        if c != '\\' {
                            escaped = false;
                        }
                    }
                }
            }
        }
        out
    }

    /// A missing glyph would pass every other test and show a box: each Chinese character in
    /// the sources must be in the bundled subset's cmap (the font used without a system one).
    #[test]
    fn the_bundled_font_covers_every_chinese_string() {
        let font = FontRef::new(BUNDLED_CJK).expect("the bundled OTF parses");
        let cmap = font.charmap();
        let chars = literal_chars();
        let cjk: Vec<_> = chars.iter().filter(|(c, _)| is_cjk(*c)).collect();
        assert!(cjk.len() > 1000, "the scan found the Chinese strings");
        let missing: Vec<String> = cjk
            .iter()
            .filter(|(c, _)| cmap.map(*c).is_none())
            .map(|(c, at)| format!("{c} (U+{:04X}) at {at}", *c as u32))
            .collect();
        assert!(missing.is_empty(), "not in the bundled font: {missing:#?}");
        // And the test can fail: a character outside GB2312 is not in the subset.
        assert!(cmap.map('𠀀').is_none());
    }

    /// The other non-ASCII characters (→ … ·) the window can show come from egui's default fonts
    /// or the bundle. `src/cli` prints to a terminal, whose own font draws ✓ and ✗.
    #[test]
    fn every_other_symbol_has_a_glyph_somewhere() {
        let defaults = eframe::egui::FontDefinitions::default();
        let fonts: Vec<&[u8]> = defaults
            .font_data
            .values()
            .map(|d| (*d.font).as_ref())
            .chain([BUNDLED_CJK])
            .collect();
        let maps: Vec<_> = fonts.iter().filter_map(|b| FontRef::new(b).ok()).collect();
        let missing: Vec<String> = literal_chars()
            .into_iter()
            .filter(|(c, at)| !is_cjk(*c) && !c.is_whitespace() && !at.contains("/src/cli/"))
            .filter(|(c, _)| !maps.iter().any(|m| m.charmap().map(*c).is_some()))
            .map(|(c, at)| format!("{c} (U+{:04X}) at {at}", c as u32))
            .collect();
        assert!(missing.is_empty(), "no font has: {missing:#?}");
    }
}

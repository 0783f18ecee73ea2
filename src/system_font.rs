//! Which font draws Chinese text. A system font that covers Simplified Chinese is preferred (it
//! matches the desktop, costs nothing to ship, and is memory-mapped rather than copied); without
//! one, the GB2312 subset of Noto Sans SC compiled into the binary (`assets/fonts/`).
//!
//! The system's fonts are listed with `fontique` (DirectWrite on Windows, Core Text on macOS,
//! fontconfig on Linux, loaded at run time so a system without it still starts), the font
//! enumerator eframe already uses for its own fallback: no process to spawn, nothing Linux-only.
//! The choice between installed families is the pure [`pick_family`] over [`preferred_families`].

use std::path::PathBuf;
use std::sync::Arc;

use crate::core::text::{Msg, msg};

/// Where the CJK glyphs come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CjkSource {
    /// A font file found on the system: its family, the file, and the face index in a collection.
    System {
        family: String,
        path: PathBuf,
        index: u32,
    },
    /// The subset compiled into the binary.
    Bundled,
}

/// The name of the bundled font, for people reading Settings or `wxsign doctor`.
pub const BUNDLED_NAME: &str = "Noto Sans SC (GB2312 subset, bundled)";

/// GB2312 + CJK punctuation, cut from Noto Sans CJK SC by `assets/fonts/subset.sh`: the font of
/// last resort ([`CjkSource::Bundled`]), here with the lookup that falls back to it.
pub static BUNDLED_CJK: &[u8] = include_bytes!("../assets/fonts/NotoSansSC-GB2312.otf");

impl CjkSource {
    /// One line for people: `Noto Sans CJK SC (/usr/share/fonts/…/NotoSansCJK-Regular.ttc #2)`,
    /// or the bundled subset.
    pub fn describe(&self) -> String {
        match self {
            Self::System {
                family,
                path,
                index: 0,
            } => format!("{family} ({})", path.display()),
            Self::System {
                family,
                path,
                index,
            } => format!("{family} ({} #{index})", path.display()),
            Self::Bundled => BUNDLED_NAME.to_owned(),
        }
    }
}

/// The operating systems whose usual Chinese fonts differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Os {
    Windows,
    MacOs,
    /// Linux and the BSDs: whatever the distribution packages.
    Unix,
}

impl Os {
    /// The system this binary was built for.
    pub const fn current() -> Self {
        if cfg!(target_os = "windows") {
            Self::Windows
        } else if cfg!(target_os = "macos") {
            Self::MacOs
        } else {
            Self::Unix
        }
    }
}

/// Families that cover Simplified Chinese on `os`, best first: the UI fonts each system ships
/// (or its users install), sans-serif before serif. Any other system font that covers Chinese
/// comes after these, then the bundled subset.
pub fn preferred_families(os: Os) -> &'static [&'static str] {
    match os {
        // YaHei is the Chinese UI font of every Windows since Vista; DengXian (Windows 10's
        // Office face) next, then the older SimHei.
        Os::Windows => &[
            "Microsoft YaHei",
            "Microsoft YaHei UI",
            "DengXian",
            "SimHei",
            "Noto Sans SC",
            "Noto Sans CJK SC",
        ],
        Os::MacOs => &[
            "PingFang SC",
            "Hiragino Sans GB",
            "Heiti SC",
            "STHeiti",
            "Noto Sans CJK SC",
            "Noto Sans SC",
        ],
        Os::Unix => &[
            "Noto Sans CJK SC",
            "Noto Sans SC",
            "Source Han Sans SC",
            "Source Han Sans CN",
            "WenQuanYi Micro Hei",
            "WenQuanYi Zen Hei",
            "Droid Sans Fallback",
            "Noto Serif CJK SC",
            "AR PL UMing CN",
        ],
    }
}

/// The first of `preferred` that is among `installed`, compared without case and spaces
/// (font files spell `WenQuanYi Micro Hei` and `Wenquanyi Micro Hei` alike); returns the
/// installed spelling, which is the one to look the family up by.
pub fn pick_family<'a, S: AsRef<str>>(preferred: &[&str], installed: &'a [S]) -> Option<&'a str> {
    fn key(s: &str) -> String {
        s.chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect()
    }
    let installed: Vec<(String, &str)> = installed
        .iter()
        .map(|s| (key(s.as_ref()), s.as_ref()))
        .collect();
    preferred.iter().find_map(|want| {
        let want = key(want);
        installed
            .iter()
            .find(|(k, _)| *k == want)
            .map(|(_, name)| *name)
    })
}

/// How to add a Chinese system font on this system, for `doctor` (a clause of its fix).
pub const INSTALL_HINT: Msg = match Os::current() {
    Os::Windows => msg!("doctor-font-hint-windows"),
    Os::MacOs => msg!("doctor-font-hint-macos"),
    Os::Unix => msg!("doctor-font-hint-unix"),
};

/// Characters every Chinese screen of the UI uses: a font without them is not a Chinese font
/// (a Japanese or Korean face can lack Simplified forms such as 签, 验, 设).
pub const COVERAGE_SAMPLE: &str = "签名验证检查设置批量日志票据错误成功网址时间戳随机串";

/// Finds the system font for Chinese text. Lists the system's fonts (tens of milliseconds with a
/// warm font cache), so call it once, off the UI thread: the window does it while the GL context
/// is created. `WXSIGN_FONT=bundled` skips the lookup.
pub fn detect_cjk_source() -> CjkSource {
    let forced = std::env::var("WXSIGN_FONT").unwrap_or_default();
    if forced.eq_ignore_ascii_case("bundled") {
        return CjkSource::Bundled;
    }
    // fontique panics when fontconfig knows no font at all (an unwrap in its generic-family
    // setup): that is a system without a Chinese font, not a reason to fail.
    std::panic::catch_unwind(|| system_cjk_font(Os::current()))
        .ok()
        .flatten()
        .unwrap_or(CjkSource::Bundled)
}

fn system_cjk_font(os: Os) -> Option<CjkSource> {
    use fontique::{Collection, CollectionOptions, Script};

    let mut collection = Collection::new(CollectionOptions {
        shared: false,
        system_fonts: true,
    });
    let installed: Vec<String> = collection.family_names().map(str::to_owned).collect();
    // Every preferred family that is installed, in preference order...
    let mut candidates: Vec<String> = preferred_families(os)
        .iter()
        .filter_map(|want| pick_family(&[want], &installed))
        .map(str::to_owned)
        .collect();
    // ...then what the system itself falls back to for Han text in Simplified Chinese (the
    // family fontconfig's `sans-serif:lang=zh-cn` gives, for a font not in the list).
    let han = Script::from_bytes(*b"Hani");
    for locale in ["zh-CN", "zh-SG"] {
        let ids: Vec<_> = collection.fallback_families((han, locale)).collect();
        candidates.extend(
            ids.into_iter()
                .filter_map(|id| collection.family_name(id).map(str::to_owned)),
        );
    }
    candidates
        .iter()
        .find_map(|family| usable_face(&mut collection, family))
}

/// The regular face of `family` when it is a file that really covers [`COVERAGE_SAMPLE`].
fn usable_face(collection: &mut fontique::Collection, family: &str) -> Option<CjkSource> {
    use fontique::{FontStyle, FontWeight, FontWidth, SourceKind};

    let info = collection.family_by_name(family)?;
    let font = info.match_font(
        FontWidth::NORMAL,
        FontStyle::Normal,
        FontWeight::NORMAL,
        false,
    )?;
    let SourceKind::Path(path) = font.source().kind() else {
        return None;
    };
    let path = path.to_path_buf();
    let data = map_file(&path)?;
    covers_sample(font, (*data).as_ref()).then(|| CjkSource::System {
        family: info.name().to_owned(),
        path,
        index: font.index(),
    })
}

/// Whether the face `font` of the file `data` maps every character of [`COVERAGE_SAMPLE`].
fn covers_sample(font: &fontique::FontInfo, data: &[u8]) -> bool {
    font.charmap_index().charmap(data).is_some_and(|charmap| {
        COVERAGE_SAMPLE
            .chars()
            .all(|c| charmap.map(c).is_some_and(|glyph| glyph != 0))
    })
}

/// Memory-maps a font file: a 20 MB system collection costs no heap, and the pages egui never
/// touches are never read.
pub(crate) fn map_file(path: &std::path::Path) -> Option<Arc<dyn AsRef<[u8]> + Send + Sync>> {
    let file = std::fs::File::open(path).ok()?;
    // SAFETY: the font file belongs to the system and is only read; fontconfig, browsers and
    // egui's own system-font provider map such files the same way.
    let map = unsafe { memmap2::Mmap::map(&file) }.ok()?;
    Some(Arc::new(map))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_system_prefers_its_own_ui_font() {
        // (os, installed families, expected pick)
        let cases: &[(Os, &[&str], Option<&str>)] = &[
            (
                Os::Windows,
                &["Arial", "SimHei", "Microsoft YaHei"],
                Some("Microsoft YaHei"),
            ),
            (
                Os::Windows,
                &["SimSun", "SimHei", "DengXian"],
                Some("DengXian"),
            ),
            (Os::Windows, &["SimHei"], Some("SimHei")),
            (Os::Windows, &["Arial", "SimSun"], None),
            (
                Os::MacOs,
                &["Hiragino Sans GB", "PingFang SC"],
                Some("PingFang SC"),
            ),
            (
                Os::MacOs,
                &["Helvetica", "Hiragino Sans GB"],
                Some("Hiragino Sans GB"),
            ),
            (Os::MacOs, &["Helvetica"], None),
            (
                Os::Unix,
                &["DejaVu Sans", "WenQuanYi Zen Hei", "Noto Sans CJK SC"],
                Some("Noto Sans CJK SC"),
            ),
            (
                Os::Unix,
                &["WenQuanYi Zen Hei", "WenQuanYi Micro Hei"],
                Some("WenQuanYi Micro Hei"),
            ),
            // The font file's own spelling is returned, matched without case or spaces.
            (
                Os::Unix,
                &["Wenquanyi Micro Hei"],
                Some("Wenquanyi Micro Hei"),
            ),
            (Os::Unix, &["NotoSansCJKSC"], Some("NotoSansCJKSC")),
            // A Japanese-first family is not taken for Chinese.
            (Os::Unix, &["Noto Sans CJK JP", "DejaVu Sans"], None),
            (Os::Unix, &[], None),
        ];
        for (os, installed, want) in cases {
            assert_eq!(
                pick_family(preferred_families(*os), installed),
                *want,
                "{os:?} {installed:?}"
            );
        }
    }

    #[test]
    fn the_issue_order_holds_on_each_system() {
        let order = |os, names: &[&str]| {
            let list = preferred_families(os);
            let pos: Vec<usize> = names
                .iter()
                .map(|n| list.iter().position(|p| p == n).expect(n))
                .collect();
            assert!(pos.windows(2).all(|w| w[0] < w[1]), "{os:?}: {list:?}");
        };
        order(Os::Windows, &["Microsoft YaHei", "DengXian", "SimHei"]);
        order(Os::MacOs, &["PingFang SC", "Hiragino Sans GB"]);
        order(Os::Unix, &["Noto Sans CJK SC", "WenQuanYi Micro Hei"]);
    }

    #[test]
    fn describe_names_family_file_and_face() {
        let sys = CjkSource::System {
            family: "Noto Sans CJK SC".into(),
            path: PathBuf::from("/fonts/NotoSansCJK-Regular.ttc"),
            index: 2,
        };
        assert_eq!(
            sys.describe(),
            "Noto Sans CJK SC (/fonts/NotoSansCJK-Regular.ttc #2)"
        );
        assert!(CjkSource::Bundled.describe().contains("bundled"));
    }

    #[test]
    fn the_sample_check_accepts_the_bundled_font_and_rejects_a_latin_one() {
        let face = |data: &[u8]| {
            fontique::FontInfo::from_source(
                fontique::SourceInfo::new(
                    fontique::SourceId::new(),
                    fontique::SourceKind::Memory(fontique::Blob::from(data.to_vec())),
                ),
                0,
            )
            .expect("a font")
        };
        let bundled = BUNDLED_CJK;
        assert!(covers_sample(&face(bundled), bundled));
        let egui_fonts = eframe::egui::FontDefinitions::default();
        let latin = egui_fonts.font_data["Ubuntu-Light"].bytes();
        assert!(!covers_sample(&face(latin), latin));
    }

    /// Runs the real lookup in a child test process with its own fontconfig configuration (a
    /// directory holding the bundled font file, only a Latin font, or nothing), since fontconfig
    /// reads its configuration once per process.
    #[cfg(target_os = "linux")]
    #[test]
    fn fontconfig_lookup_finds_an_installed_chinese_font_and_else_the_bundle() {
        const CHILD: &str = "WXSIGN_TEST_FONT_CHILD";
        const NAME: &str = "system_font::tests::fontconfig_lookup_finds_an_installed_chinese_font_and_else_the_bundle";
        match std::env::var(CHILD).as_deref() {
            Ok("with-font") => {
                let found = detect_cjk_source();
                let CjkSource::System { family, path, .. } = &found else {
                    panic!("the font in FONTCONFIG_FILE's directory was not found: {found:?}");
                };
                assert_eq!(family, "Noto Sans CJK SC");
                assert!(path.ends_with("fonts/NotoSansSC-GB2312.otf"), "{path:?}");
                return;
            }
            Ok("no-font") => {
                assert_eq!(detect_cjk_source(), CjkSource::Bundled);
                return;
            }
            _ => {}
        }
        for (mode, with_font) in [("with-font", true), ("no-font", false)] {
            let dir = tempfile::tempdir().expect("tempdir");
            let fonts = dir.path().join("fonts");
            std::fs::create_dir(&fonts).expect("mkdir");
            if with_font {
                std::fs::write(fonts.join("NotoSansSC-GB2312.otf"), BUNDLED_CJK)
                    .expect("write font");
            }
            let conf = dir.path().join("fonts.conf");
            std::fs::write(
                &conf,
                format!(
                    "<?xml version=\"1.0\"?>\n<fontconfig><dir>{}</dir><cachedir>{}</cachedir></fontconfig>\n",
                    fonts.display(),
                    dir.path().join("cache").display()
                ),
            )
            .expect("write conf");
            let out = std::process::Command::new(std::env::current_exe().expect("test binary"))
                .args(["--exact", NAME, "--test-threads=1"])
                .env(CHILD, mode)
                .env("FONTCONFIG_FILE", &conf)
                .env_remove("WXSIGN_FONT")
                .output()
                .expect("child test runs");
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(
                out.status.success() && text.contains("1 passed"),
                "{mode}: {text}{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
}

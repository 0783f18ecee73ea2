//! How the app starts: what it takes from the environment ([`Deps`]), the window options, and
//! the optional frame probe used for the start-up figures.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::SystemTime;

use eframe::egui;

use super::WxsignApp;
use super::fonts::{self, CjkSource};
use crate::core::text::{Lang, Msg, msg};
use crate::gui_settings::{self, Panel, ThemeChoice};
use crate::worker::WorkerOptions;

/// A wall clock the app reads; tests pass a fixed one.
pub type ClockFn = Arc<dyn Fn() -> SystemTime + Send + Sync>;

/// Choices forced at start, on top of the saved settings.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StartOptions {
    pub lang: Option<Lang>,
    pub theme: Option<ThemeChoice>,
    pub panel: Option<Panel>,
    /// Load the official example into the Sign panel.
    pub example: bool,
}

impl StartOptions {
    /// Reads `WXSIGN_LANG`, `WXSIGN_THEME`, `WXSIGN_PANEL` and `WXSIGN_EXAMPLE`.
    pub fn from_env() -> Self {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        Self {
            lang: var("WXSIGN_LANG").map(|v| Lang::from_locale(&v)),
            theme: var("WXSIGN_THEME").and_then(|v| ThemeChoice::parse(&v)),
            panel: var("WXSIGN_PANEL").and_then(|v| Panel::parse(&v)),
            example: var("WXSIGN_EXAMPLE").is_some_and(|v| v != "0"),
        }
    }
}

/// Everything the app gets from outside, so a test can build it without a display, a keyring or
/// the internet.
#[derive(Clone)]
pub struct Deps {
    /// Where settings (and the worker's profiles) live; `None` keeps settings in memory only.
    pub config_dir: Option<PathBuf>,
    pub start: StartOptions,
    pub cjk: CjkSource,
    /// The language when neither the settings nor `start` choose one.
    pub system_lang: Lang,
    pub clock: ClockFn,
    /// `None` runs without the background worker (no profiles, no fetching).
    pub worker: Option<WorkerOptions>,
}

impl Deps {
    /// The real environment: config dir, env overrides, system CJK font, system clock.
    pub fn from_env() -> Self {
        Self {
            cjk: fonts::detect_cjk_source(),
            ..Self::from_env_without_font()
        }
    }

    /// [`Deps::from_env`] with the bundled font, for callers that detect the font elsewhere.
    pub fn from_env_without_font() -> Self {
        let config_dir = gui_settings::default_config_dir();
        Self {
            worker: Some(WorkerOptions {
                config_dir: config_dir.clone(),
                ..WorkerOptions::default()
            }),
            config_dir,
            start: StartOptions::from_env(),
            cjk: CjkSource::Bundled,
            system_lang: gui_settings::system_lang(),
            clock: Arc::new(SystemTime::now),
        }
    }

    /// For tests: a given config dir, the bundled font, English, a fixed clock, no worker.
    pub fn for_test(config_dir: PathBuf, now_unix: u64) -> Self {
        let now = SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(now_unix);
        Self {
            worker: None,
            config_dir: Some(config_dir),
            start: StartOptions::default(),
            cjk: CjkSource::Bundled,
            system_lang: Lang::En,
            clock: Arc::new(move || now),
        }
    }
}

/// The window cannot open: there is no display to open it on (no X11 or Wayland session, an SSH
/// shell, a container). Told apart from other failures so the user learns that the subcommands
/// still work.
#[derive(Debug, thiserror::Error)]
#[error("no display was found ({})", crate::i18n::render(Lang::En, .0))]
pub struct NoDisplay(pub Msg);

/// Whether the window surely cannot open here, known before trying: on Linux and the BSDs
/// neither `DISPLAY` nor `WAYLAND_DISPLAY` is set. Elsewhere a desktop is always there.
pub fn display_missing() -> Option<NoDisplay> {
    if !cfg!(all(unix, not(target_os = "macos"))) {
        return None;
    }
    let set = |k: &str| std::env::var_os(k).is_some_and(|v| !v.is_empty());
    (!set("DISPLAY") && !set("WAYLAND_DISPLAY")).then(|| NoDisplay(msg!("ui-no-display-env")))
}

/// Opens the window and blocks until it is closed. [`NoDisplay`] when the display cannot be
/// reached. `lang` is the command line's `--lang` (it wins over the saved choice, as
/// `WXSIGN_LANG` does). `cjk` is the system font lookup, which takes a few tens of ms: the
/// caller (`cli::window`, after [`display_missing`]) starts it on a thread so it runs while the
/// window and GL context are created; the window itself starts no thread.
pub fn run(lang: Option<Lang>, cjk: std::thread::JoinHandle<CjkSource>) -> anyhow::Result<()> {
    let mut viewport = egui::ViewportBuilder::default()
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([1024.0, 700.0])
        .with_title("wxsign")
        // The Wayland app_id: the compositor matches it to wxsign.desktop for the launcher icon
        // (X11 takes WM_CLASS from the executable's name, also `wxsign`).
        .with_app_id("wxsign");
    if let Ok(icon) = eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png")) {
        viewport = viewport.with_icon(Arc::new(icon));
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    eframe::run_native(
        "wxsign",
        options,
        Box::new(move |cc| {
            let mut deps = Deps::from_env_without_font();
            deps.start.lang = lang.or(deps.start.lang);
            deps.cjk = cjk.join().unwrap_or(CjkSource::Bundled);
            Ok(Box::new(WxsignApp::new(&cc.egui_ctx, deps)))
        }),
    )
    .map_err(|e| match e {
        // The event loop is the first thing made: failing there means no display answered.
        // winit's own text points into its sources; only the first line of it is kept.
        eframe::Error::WinitEventLoop(e) => {
            let first = e.to_string();
            let first = first.lines().next().unwrap_or_default();
            let short = first.rsplit_once(": ").map_or(first, |(_, tail)| tail);
            NoDisplay(msg!("ui-no-display-winit", why = short.trim())).into()
        }
        other => anyhow::anyhow!("{other}"),
    })
}

/// `WXSIGN_PROBE=1`: one stderr line per frame (count, wall clock, time spent in `ui`), read by
/// `scripts/measure.sh` for time to first frame and repaint rate. Off by default.
pub struct Probe {
    frames: u64,
}

impl Probe {
    pub fn from_env() -> Option<Probe> {
        std::env::var_os("WXSIGN_PROBE").map(|_| Probe { frames: 0 })
    }

    /// Call at the end of a frame with the instant the frame began.
    pub fn frame(&mut self, began: std::time::Instant) {
        self.frames += 1;
        let unix_ns = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        eprintln!(
            "wxsign-probe frame={} unix_ns={unix_ns} ui_us={}",
            self.frames,
            began.elapsed().as_micros()
        );
    }
}

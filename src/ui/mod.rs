//! The desktop window. Drawing functions end in `_ui` and return what the user asked for; the
//! UI thread never does network or keyring I/O: it sends commands to the worker and drains its
//! events once per frame.
//!
//! Environment variables read at start (for screenshots, tests and power users):
//! `WXSIGN_LANG` (`en`/`zh`), `WXSIGN_THEME` (`light`/`dark`/`system`), `WXSIGN_PANEL`
//! (`sign`/`check`/`verify`/`log`/`settings`), `WXSIGN_EXAMPLE=1` (load the official example),
//! `WXSIGN_FONT=bundled` (skip the system CJK font), `WXSIGN_CONFIG_DIR`.

pub mod app_state;
pub mod check_url_panel;
pub mod fonts;
pub mod i18n;
pub mod log_panel;
pub mod settings_panel;
pub mod sign_panel;
pub mod snippet;
pub mod theme;
pub mod verify_panel;
pub mod widgets;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::SystemTime;

use eframe::egui;

use app_state::{AppState, Panel, ThemeChoice};
use fonts::CjkSource;
use i18n::Strings;
use sign_panel::SignAction;

use crate::core::sign;
use crate::core::text::Lang;

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
}

impl Deps {
    /// The real environment: config dir, env overrides, system CJK font, system clock.
    pub fn from_env() -> Self {
        Self {
            config_dir: app_state::default_config_dir(),
            start: StartOptions::from_env(),
            cjk: fonts::detect_cjk_source(),
            system_lang: app_state::system_lang(),
            clock: Arc::new(SystemTime::now),
        }
    }

    /// For tests: a given config dir, the bundled font, English, a fixed clock.
    pub fn for_test(config_dir: PathBuf, now_unix: u64) -> Self {
        let now = SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(now_unix);
        Self {
            config_dir: Some(config_dir),
            start: StartOptions::default(),
            cjk: CjkSource::Bundled,
            system_lang: Lang::En,
            clock: Arc::new(move || now),
        }
    }
}

/// Opens the window and blocks until it is closed.
pub fn run() -> anyhow::Result<()> {
    let deps = Deps::from_env();
    let mut viewport = egui::ViewportBuilder::default()
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([1024.0, 700.0])
        .with_title("wxsign");
    if let Ok(icon) = eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png")) {
        viewport = viewport.with_icon(Arc::new(icon));
    }
    let options = eframe::NativeOptions {
        viewport,
        // The CJK font is installed explicitly (system or bundled); other scripts still fall back.
        ..Default::default()
    };
    eframe::run_native(
        "wxsign",
        options,
        Box::new(move |cc| Ok(Box::new(WxsignApp::new(&cc.egui_ctx, deps)))),
    )
    .map_err(|e| anyhow::anyhow!("{e}"))
}

/// The application: persisted settings, per-panel state, and the runtime handles.
pub struct WxsignApp {
    pub state: AppState,
    pub sign: sign_panel::SignPanel,
    pub check_url: check_url_panel::CheckUrlPanel,
    pub verify: verify_panel::VerifyPanel,
    pub log: log_panel::LogPanel,
    config_dir: Option<PathBuf>,
    system_lang: Lang,
    font: CjkSource,
    clock: ClockFn,
    save_error: Option<String>,
}

impl WxsignApp {
    pub fn new(ctx: &egui::Context, deps: Deps) -> Self {
        let font = fonts::install(ctx, &deps.cjk);
        let (mut state, save_error) = match &deps.config_dir {
            Some(dir) => match AppState::load(dir) {
                Ok(s) => (s, None),
                Err(e) => (AppState::default(), Some(format!("{e:#}"))),
            },
            None => (AppState::default(), None),
        };
        if let Some(l) = deps.start.lang {
            state.lang = Some(l);
        }
        if let Some(t) = deps.start.theme {
            state.theme = t;
        }
        if let Some(p) = deps.start.panel {
            state.panel = p;
        }
        theme::apply(ctx, state.theme);
        let mut app = Self {
            state,
            sign: Default::default(),
            check_url: Default::default(),
            verify: Default::default(),
            log: Default::default(),
            config_dir: deps.config_dir,
            system_lang: deps.system_lang,
            font,
            clock: deps.clock,
            save_error,
        };
        if deps.start.example {
            app.sign.load_example();
        }
        app
    }

    pub fn lang(&self) -> Lang {
        self.state.lang.unwrap_or(self.system_lang)
    }

    fn strings(&self) -> &'static Strings {
        i18n::tr(self.lang())
    }

    fn now_unix(&self) -> u64 {
        sign::timestamp_at((self.clock)())
    }

    /// Writes the settings file. A small local file, so it is done right here, only when a
    /// setting changed (never per frame).
    fn save_state(&mut self) {
        if let Some(dir) = &self.config_dir {
            self.save_error = self.state.save(dir).err().map(|e| format!("{e:#}"));
        }
    }

    fn handle_sign_action(&mut self, action: SignAction) {
        match action {
            SignAction::GenerateNonce => {
                if let Ok(n) = sign::generate_nonce(&mut rand::rng(), sign::DEFAULT_NONCE_LEN) {
                    self.sign.noncestr = n;
                }
            }
            SignAction::TimestampNow => self.sign.timestamp = self.now_unix().to_string(),
            SignAction::LoadExample => self.sign.load_example(),
            SignAction::UseSignUrl => {
                let analysis =
                    crate::core::urlcheck::analyze_url(&self.sign.url, &self.state.safe_domains);
                if let Some(u) = analysis.sign_url {
                    self.sign.url = u;
                }
            }
        }
    }

    /// Ctrl+Enter runs the panel's main action; Ctrl+L focuses its URL field.
    fn shortcuts(&mut self, ctx: &egui::Context) {
        let run = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::Enter);
        let focus = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::L);
        if ctx.input_mut(|i| i.consume_shortcut(&run)) {
            match self.state.panel {
                Panel::Sign => {
                    self.handle_sign_action(SignAction::GenerateNonce);
                    self.handle_sign_action(SignAction::TimestampNow);
                }
                Panel::CheckUrl => {
                    self.sign.url = self.check_url.url.clone();
                    self.state.panel = Panel::Sign;
                }
                Panel::Verify => self.verify.run(&self.sign.ticket, self.strings()),
                Panel::Log | Panel::Settings => {}
            }
        }
        if ctx.input_mut(|i| i.consume_shortcut(&focus)) {
            let id = match self.state.panel {
                Panel::CheckUrl => Some(check_url_panel::url_field_id()),
                Panel::Sign => Some(sign_panel::url_field_id()),
                Panel::Verify => Some(verify_panel::url_field_id()),
                Panel::Log | Panel::Settings => None,
            };
            if let Some(id) = id {
                ctx.memory_mut(|m| m.request_focus(id));
            }
        }
    }

    fn panel_name(&self, panel: Panel) -> &'static str {
        let s = self.strings();
        match panel {
            Panel::Sign => s.panel_sign,
            Panel::CheckUrl => s.panel_check_url,
            Panel::Verify => s.panel_verify,
            Panel::Log => s.panel_log,
            Panel::Settings => s.panel_settings,
        }
    }

    fn tabs_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            for panel in Panel::ALL {
                let name = self.panel_name(panel);
                if ui
                    .selectable_label(self.state.panel == panel, name)
                    .clicked()
                    && self.state.panel != panel
                {
                    self.state.panel = panel;
                    self.save_state();
                }
            }
        });
    }

    fn central_ui(&mut self, ui: &mut egui::Ui) {
        let s = self.strings();
        match self.state.panel {
            Panel::Sign => {
                let cx = sign_panel::SignCtx {
                    s,
                    app_id: None,
                    safe_domains: &self.state.safe_domains,
                    js_api_list: &mut self.state.js_api_list,
                    open_tag_list: &mut self.state.open_tag_list,
                };
                if let Some(a) = sign_panel::sign_panel_ui(ui, &mut self.sign, cx) {
                    self.handle_sign_action(a);
                }
            }
            Panel::CheckUrl => {
                if check_url_panel::check_url_panel_ui(
                    ui,
                    &mut self.check_url,
                    &mut self.state.safe_domains,
                    s,
                ) {
                    self.save_state();
                }
            }
            Panel::Verify => {
                if let Some(verify_panel::VerifyAction::Run) =
                    verify_panel::verify_panel_ui(ui, &mut self.verify, s)
                {
                    self.verify.run(&self.sign.ticket, s);
                }
            }
            Panel::Log => log_panel::log_panel_ui(ui, &mut self.log, s),
            Panel::Settings => {
                let lang = self.lang();
                let changed = settings_panel::settings_panel_ui(
                    ui,
                    &mut self.state,
                    settings_panel::SettingsCtx {
                        s,
                        lang,
                        config_dir: self.config_dir.as_deref(),
                        font: &self.font,
                        save_error: self.save_error.as_deref(),
                    },
                );
                if changed.theme {
                    theme::apply(ui.ctx(), self.state.theme);
                }
                if changed.lang || changed.theme {
                    self.save_state();
                }
            }
        }
    }
}

impl eframe::App for WxsignApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.shortcuts(ui.ctx());
        egui::Panel::top("tabs")
            .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(6.0))
            .show(ui, |ui| self.tabs_ui(ui));
        egui::CentralPanel::default().show(ui, |ui| self.central_ui(ui));
    }
}

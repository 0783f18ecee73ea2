//! The desktop window. Drawing functions end in `_ui` and return what the user asked for; the
//! UI thread never does network or keyring I/O: it sends commands to the worker and drains its
//! events once per frame.
//!
//! Environment variables read at start (for screenshots, tests and power users):
//! `WXSIGN_LANG` (`en`/`zh`), `WXSIGN_THEME` (`light`/`dark`/`system`), `WXSIGN_PANEL`
//! (`sign`/`check`/`verify`/`batch`/`log`/`settings`), `WXSIGN_EXAMPLE=1` (load the official example),
//! `WXSIGN_FONT=bundled` (skip the system CJK font), `WXSIGN_CONFIG_DIR`.

pub mod app_state;
pub mod batch_panel;
pub mod batch_strings;
pub mod check_url_panel;
pub mod fonts;
pub mod i18n;
pub mod log_panel;
pub mod profiles;
pub mod runtime;
pub mod settings_panel;
pub mod sign_panel;
pub mod snippet;
pub mod theme;
pub mod top_bar;
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
use crate::profile::Profile;
use crate::worker::{Command, WorkerOptions};
use profiles::ProfileAction;
use runtime::{Notice, Runtime};
use top_bar::TopAction;

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
        let config_dir = app_state::default_config_dir();
        Self {
            worker: Some(WorkerOptions {
                config_dir: config_dir.clone(),
                ..WorkerOptions::default()
            }),
            config_dir,
            start: StartOptions::from_env(),
            cjk: CjkSource::Bundled,
            system_lang: app_state::system_lang(),
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

/// Opens the window and blocks until it is closed.
pub fn run() -> anyhow::Result<()> {
    // Asking fontconfig spawns a process: do it while the window and GL context are created.
    let detect = std::thread::spawn(fonts::detect_cjk_source);
    let mut viewport = egui::ViewportBuilder::default()
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([1024.0, 700.0])
        .with_title("wxsign");
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
            deps.cjk = detect.join().unwrap_or(CjkSource::Bundled);
            Ok(Box::new(WxsignApp::new(&cc.egui_ctx, deps)))
        }),
    )
    .map_err(|e| anyhow::anyhow!("{e}"))
}

/// The application: persisted settings, per-panel state, and the runtime handles.
pub struct WxsignApp {
    pub state: AppState,
    pub sign: sign_panel::SignPanel,
    pub check_url: check_url_panel::CheckUrlPanel,
    pub verify: verify_panel::VerifyPanel,
    pub batch: batch_panel::BatchPanel,
    pub log: log_panel::LogPanel,
    pub rt: Runtime,
    editor: Option<profiles::Editor>,
    confirm_delete: Option<String>,
    confirm_refresh: bool,
    /// The active profile's API base and timeouts as edited in Settings.
    settings_draft: Option<Profile>,
    config_dir: Option<PathBuf>,
    system_lang: Lang,
    font: CjkSource,
    clock: ClockFn,
    save_error: Option<String>,
    probe: Option<Probe>,
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
        let rt = Runtime::start(ctx, deps.worker);
        let mut app = Self {
            rt,
            editor: None,
            confirm_delete: None,
            confirm_refresh: false,
            settings_draft: None,
            state,
            sign: Default::default(),
            check_url: Default::default(),
            verify: Default::default(),
            batch: Default::default(),
            log: Default::default(),
            config_dir: deps.config_dir,
            system_lang: deps.system_lang,
            font,
            clock: deps.clock,
            save_error,
            probe: Probe::from_env(),
        };
        if deps.start.example {
            app.load_examples();
        }
        app
    }

    /// Fills every panel with the official example of DOMAIN.md §1: Sign with the documented
    /// inputs, Check URL and Verify with the same URL still carrying its `#/home` fragment and the
    /// signature a server that forgot to strip it returns.
    pub fn load_examples(&mut self) {
        self.sign.load_example();
        let with_fragment = format!("{}#/home", sign_panel::EXAMPLE_URL);
        self.check_url.url = with_fragment.clone();
        let wrong = sign::sign_text(
            sign_panel::EXAMPLE_TICKET,
            sign_panel::EXAMPLE_NONCE,
            sign_panel::EXAMPLE_TIMESTAMP,
            &with_fragment,
        );
        self.verify.server_output = format!(
            "wx.config({{\n  appId: 'wx0123456789abcdef',\n  timestamp: {},\n  nonceStr: '{}',\n  signature: '{}',\n  jsApiList: ['updateAppMessageShareData']\n}});",
            wrong.timestamp, wrong.noncestr, wrong.signature
        );
        self.verify.url = with_fragment;
        self.verify.ticket = sign_panel::EXAMPLE_TICKET.to_owned();
        self.run_verify();
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

    /// The active profile, if it still exists.
    pub fn active_profile(&self) -> Option<&Profile> {
        self.state
            .active_profile
            .as_deref()
            .and_then(|n| self.rt.profile(n))
    }

    fn candidates(&self) -> Vec<crate::core::verify::TicketCandidate> {
        self.active_profile()
            .and_then(|p| self.rt.candidates.get(&p.app_id))
            .cloned()
            .unwrap_or_default()
    }

    fn run_verify(&mut self) {
        let candidates = self.candidates();
        let s = self.strings();
        self.verify.run(&self.sign.ticket, &candidates, s);
    }

    fn handle_notices(&mut self, notices: Vec<Notice>) {
        for n in notices {
            match n {
                Notice::Ticket { profile, ticket } => {
                    if self.state.active_profile.as_deref() == Some(profile.as_str()) {
                        self.sign.ticket = ticket.reveal().to_owned();
                        self.sign.show_ticket = false;
                        // Ready to sign: a fresh nonce and timestamp unless the user typed some.
                        if self.sign.noncestr.is_empty() {
                            self.handle_sign_action(SignAction::GenerateNonce);
                        }
                        if self.sign.timestamp.is_empty() {
                            self.handle_sign_action(SignAction::TimestampNow);
                        }
                    }
                }
                Notice::Profiles => {
                    if self.active_profile().is_none() {
                        let first = self.rt.profiles.first().map(|p| p.name.clone());
                        if first != self.state.active_profile {
                            self.state.active_profile = first;
                            self.save_state();
                        }
                    }
                    self.settings_draft = self.active_profile().cloned();
                    self.load_candidates();
                }
            }
        }
    }

    /// Asks the worker for the active profile's cached and recent tickets (Verify tries them).
    fn load_candidates(&mut self) {
        if let Some(app_id) = self.active_profile().map(|p| p.app_id.clone())
            && !self.rt.candidates.contains_key(&app_id)
        {
            self.rt.send(Command::LoadCandidates { app_id });
        }
    }

    fn select_profile(&mut self, name: String) {
        self.state.active_profile = Some(name);
        self.settings_draft = self.active_profile().cloned();
        self.load_candidates();
        self.save_state();
    }

    fn handle_top_action(&mut self, action: TopAction) {
        match action {
            TopAction::SelectProfile(name) => self.select_profile(name),
            TopAction::FetchTicket => {
                if let Some(p) = self.active_profile().cloned() {
                    self.rt.fetch_ticket(p);
                }
            }
            TopAction::AskForceRefresh => self.confirm_refresh = true,
            TopAction::DismissError => self.rt.error = None,
        }
    }

    fn handle_profile_action(&mut self, action: ProfileAction) {
        match action {
            ProfileAction::Select(name) => self.select_profile(name),
            ProfileAction::New => self.editor = Some(profiles::Editor::new(None)),
            ProfileAction::Edit(name) => {
                let p = self.rt.profile(&name).cloned();
                self.editor = p.as_ref().map(|p| profiles::Editor::new(Some(p)));
            }
            ProfileAction::AskDelete(name) => self.confirm_delete = Some(name),
            ProfileAction::CancelDelete => self.confirm_delete = None,
            ProfileAction::Delete(name) => {
                self.confirm_delete = None;
                if self.state.active_profile.as_deref() == Some(name.as_str()) {
                    self.state.active_profile = None;
                }
                self.rt.send(Command::RemoveProfile { name });
            }
            ProfileAction::Save {
                profile,
                replaces,
                secret,
            } => {
                if let Some((secret, session_only)) = secret {
                    self.rt.send(Command::SetSecret {
                        app_id: profile.app_id.clone(),
                        secret,
                        session_only,
                    });
                }
                if self.state.active_profile.is_none() || self.state.active_profile == replaces {
                    self.state.active_profile = Some(profile.name.clone());
                    self.save_state();
                }
                self.rt.send(Command::SaveProfile {
                    profile: *profile,
                    replaces,
                });
                self.editor = None;
            }
            ProfileAction::ForgetSecret(app_id) => {
                self.rt.send(Command::DeleteSecret { app_id });
            }
            ProfileAction::CloseEditor => self.editor = None,
        }
    }

    /// Saves an edited copy of a profile through the worker and shows it at once.
    fn save_profile(&mut self, profile: Profile) {
        if let Some(p) = self.rt.profiles.iter_mut().find(|p| p.name == profile.name) {
            *p = profile.clone();
        }
        let replaces = Some(profile.name.clone());
        self.rt.send(Command::SaveProfile { profile, replaces });
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
                let domains = self.safe_domains();
                let analysis = crate::core::urlcheck::analyze_url(&self.sign.url, &domains);
                if let Some(u) = analysis.sign_url {
                    self.sign.url = u;
                }
            }
        }
    }

    /// The active profile's safe domains, or the ones kept in the settings without a profile.
    fn safe_domains(&self) -> Vec<String> {
        match self.active_profile() {
            Some(p) => p.safe_domains.clone(),
            None => self.state.safe_domains.clone(),
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
                Panel::Verify => self.run_verify(),
                Panel::Log => {
                    let text = self.log.visible_text();
                    ctx.copy_text(text);
                }
                Panel::Batch | Panel::Settings => {}
            }
        }
        if ctx.input_mut(|i| i.consume_shortcut(&focus)) {
            let id = match self.state.panel {
                Panel::CheckUrl => Some(check_url_panel::url_field_id()),
                Panel::Sign => Some(sign_panel::url_field_id()),
                Panel::Verify => Some(verify_panel::url_field_id()),
                Panel::Batch | Panel::Log | Panel::Settings => None,
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
            Panel::Batch => batch_strings::batch_tr(self.lang()).panel,
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
                let domains = self.safe_domains();
                let app_id = self.active_profile().map(|p| p.app_id.clone());
                let cx = sign_panel::SignCtx {
                    s,
                    app_id: app_id.as_deref(),
                    safe_domains: &domains,
                    js_api_list: &mut self.state.js_api_list,
                    open_tag_list: &mut self.state.open_tag_list,
                };
                if let Some(a) = sign_panel::sign_panel_ui(ui, &mut self.sign, cx) {
                    self.handle_sign_action(a);
                }
            }
            Panel::CheckUrl => {
                let mut domains = self.safe_domains();
                if check_url_panel::check_url_panel_ui(ui, &mut self.check_url, &mut domains, s) {
                    match self.active_profile().cloned() {
                        Some(mut p) => {
                            p.safe_domains = domains;
                            self.save_profile(p);
                        }
                        None => {
                            self.state.safe_domains = domains;
                            self.save_state();
                        }
                    }
                }
            }
            Panel::Verify => {
                if let Some(verify_panel::VerifyAction::Run) =
                    verify_panel::verify_panel_ui(ui, &mut self.verify, s)
                {
                    self.run_verify();
                }
            }
            Panel::Batch => self.batch_ui(ui),
            Panel::Log => log_panel::log_panel_ui(ui, &mut self.log, s),
            Panel::Settings => self.settings_ui(ui, s),
        }
    }

    /// The QA batch: the Sign panel's ticket first, then the profile's cached and recent ones.
    fn batch_ui(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        let domains = self.safe_domains();
        let app_id = self.active_profile().map(|p| p.app_id.clone());
        let mut tickets = Vec::new();
        if !self.sign.ticket.trim().is_empty() {
            tickets.push(crate::core::verify::TicketCandidate {
                ticket: crate::secret::Secret::new(self.sign.ticket.trim()),
                origin: crate::core::verify::TicketOrigin::Current,
            });
        }
        tickets.extend(
            self.candidates()
                .into_iter()
                .filter(|c| c.ticket.reveal() != self.sign.ticket.trim()),
        );
        let cx = batch_panel::BatchCtx {
            s: batch_strings::batch_tr(lang),
            lang,
            app_id: app_id.as_deref(),
            safe_domains: &domains,
            tickets,
        };
        if let Some(batch_panel::BatchAction::OpenInVerify(req)) =
            batch_panel::batch_panel_ui(ui, &mut self.batch, cx)
        {
            self.verify.server_output = req.server_output;
            self.verify.url = req.url;
            self.verify.entry_url = req.entry_url.unwrap_or_default();
            self.state.panel = Panel::Verify;
            self.run_verify();
        }
    }

    fn settings_ui(&mut self, ui: &mut egui::Ui, s: &'static Strings) {
        let lang = self.lang();
        let store = self
            .rt
            .store
            .as_ref()
            .map(|h| h.text().get(lang).to_owned());
        let changed = settings_panel::settings_panel_ui(
            ui,
            &mut self.state,
            settings_panel::SettingsCtx {
                s,
                lang,
                config_dir: self.config_dir.as_deref(),
                font: &self.font,
                save_error: self.save_error.as_deref(),
                store: store.as_deref(),
            },
        );
        if changed.theme {
            theme::apply(ui.ctx(), self.state.theme);
        }
        if changed.lang || changed.theme {
            self.save_state();
        }
        ui.separator();
        ui.label(egui::RichText::new(s.profile_settings).strong());
        let saved = self.active_profile().cloned();
        let Some(draft) = &mut self.settings_draft else {
            ui.weak(s.no_active_profile);
            return;
        };
        ui.label(&draft.name);
        profiles::api_fields_ui(ui, draft, s, 360.0);
        let dirty = saved.as_ref() != Some(&*draft);
        if ui.add_enabled(dirty, egui::Button::new(s.save)).clicked() {
            let p = draft.clone();
            self.save_profile(p);
        }
    }

    fn modals_ui(&mut self, ctx: &egui::Context) {
        let s = self.strings();
        if self.confirm_refresh
            && let Some(yes) = top_bar::confirm_refresh_ui(ctx, s)
        {
            self.confirm_refresh = false;
            if yes && let Some(p) = self.active_profile().cloned() {
                self.rt.send(Command::FetchToken {
                    profile: p,
                    force_refresh: true,
                });
            }
        }
        if let Some(name) = self.confirm_delete.clone()
            && let Some(a) = profiles::confirm_delete_ui(ctx, &name, s)
        {
            self.handle_profile_action(a);
        }
        if let Some(ed) = &mut self.editor
            && let Some(a) = profiles::editor_ui(ctx, ed, &self.rt, s)
        {
            self.handle_profile_action(a);
        }
    }
}

impl eframe::App for WxsignApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let began = std::time::Instant::now();
        let now = i64::try_from(self.now_unix()).unwrap_or(i64::MAX);
        let notices = self.rt.drain(now, &mut self.log);
        // A running batch reports even while another panel is shown.
        self.batch.drain();
        self.handle_notices(notices);
        self.shortcuts(ui.ctx());
        let s = self.strings();
        let mut top_action = None;
        let mut repaint = None;
        egui::Panel::top("top")
            .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(6.0))
            .show(ui, |ui| {
                let active = self.active_profile().cloned();
                (top_action, repaint) = top_bar::top_bar_ui(ui, &self.rt, active.as_ref(), now, s);
                ui.separator();
                self.tabs_ui(ui);
            });
        if let Some(a) = top_action {
            self.handle_top_action(a);
        }
        let mut profile_action = None;
        egui::Panel::left("profiles")
            .resizable(true)
            .default_size(230.0)
            .min_size(180.0)
            .show(ui, |ui| {
                let active = self.state.active_profile.clone();
                profile_action = profiles::profiles_ui(ui, &self.rt, active.as_deref(), s);
            });
        if let Some(a) = profile_action {
            self.handle_profile_action(a);
        }
        egui::CentralPanel::default().show(ui, |ui| self.central_ui(ui));
        self.modals_ui(ui.ctx());
        // The countdown is the only thing that changes without input: wake up when its text does.
        if let Some(after) = repaint {
            ui.ctx().request_repaint_after(after);
        }
        if let Some(p) = &mut self.probe {
            p.frame(began);
        }
    }
}

//! The desktop window. Drawing functions end in `_ui` and return what the user asked for; the
//! UI thread never does network or keyring I/O: it sends commands to the worker and drains its
//! events once per frame.
//!
//! Environment variables read at start (for screenshots, tests and power users):
//! `WXSIGN_LANG` (`en`/`zh`), `WXSIGN_THEME` (`light`/`dark`/`system`), `WXSIGN_PANEL`
//! (`sign`/`check`/`verify`/`probe`/`phone`/`batch`/`log`/`settings`), `WXSIGN_EXAMPLE=1` (load the official example),
//! `WXSIGN_FONT=bundled` (skip the system CJK font), `WXSIGN_CONFIG_DIR`.

mod actions;
pub mod batch_panel;
pub mod batch_strings;
pub mod card_mode;
pub mod card_strings;
pub mod check_url_panel;
pub mod credential;
pub mod doctor_section;
pub mod fonts;
pub mod i18n;
pub mod log_panel;
pub mod pasted_source;
pub mod phone_panel;
pub mod phone_strings;
mod probe_app;
pub mod probe_panel;
pub mod probe_strings;
pub mod profiles;
pub mod real_auth_view;
pub mod redis_source;
pub mod runtime;
pub mod settings_panel;
pub mod sign_panel;
pub mod snippet;
mod start;
pub mod theme;
pub mod top_bar;
pub mod verify_panel;
mod wecom_app;
pub mod wecom_profile;
pub mod wecom_sign;
pub mod wecom_strings;
pub mod wecom_verify;
pub mod widgets;

use std::path::PathBuf;

use eframe::egui;

use crate::gui_settings::{AppState, Panel};
use crate::i18n::Render;
use fonts::CjkSource;
use i18n::Strings;

use crate::core::sign;
use crate::core::text::Lang;
use crate::profile::Profile;
use crate::worker::Command;
use runtime::Runtime;
pub use start::{ClockFn, Deps, NoDisplay, Probe, StartOptions, display_missing, run};

/// The application: persisted settings, per-panel state, and the runtime handles.
pub struct WxsignApp {
    pub state: AppState,
    pub sign: sign_panel::SignPanel,
    pub check_url: check_url_panel::CheckUrlPanel,
    pub verify: verify_panel::VerifyPanel,
    pub batch: batch_panel::BatchPanel,
    /// The Probe panel (`probe` is the frame-timing probe below).
    pub page_probe: probe_panel::ProbePanel,
    pub phone: phone_panel::PhonePanel,
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
            page_probe: Default::default(),
            phone: Default::default(),
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
        self.verify.ticket = crate::secret::Secret::new(sign_panel::EXAMPLE_TICKET);
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
    fn panel_name(&self, panel: Panel) -> &'static str {
        let s = self.strings();
        match panel {
            Panel::Sign => s.panel_sign,
            Panel::CheckUrl => s.panel_check_url,
            Panel::Verify => s.panel_verify,
            Panel::Probe => probe_strings::probe_tr(self.lang()).panel,
            Panel::Phone => phone_strings::phone_tr(self.lang()).panel,
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
                let platform = self.active_profile().map(|p| p.platform);
                let cx = sign_panel::SignCtx {
                    s,
                    app_id: app_id.as_deref(),
                    safe_domains: &domains,
                    spec: platform.unwrap_or_default().spec(),
                    js_api_list: &mut self.state.js_api_list,
                    open_tag_list: &mut self.state.open_tag_list,
                };
                if let Some(a) = sign_panel::sign_panel_ui(ui, &mut self.sign, cx) {
                    self.handle_sign_action(a);
                }
            }
            Panel::CheckUrl => {
                let mut domains = self.safe_domains();
                let platform = self.active_profile().map(|p| p.platform);
                let words = platform.unwrap_or_default().spec().domain_wording;
                if check_url_panel::check_url_panel_ui(
                    ui,
                    &mut self.check_url,
                    &mut domains,
                    words,
                    s,
                ) {
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
                let spec = self
                    .active_profile()
                    .map(|p| p.platform)
                    .unwrap_or_default();
                if let Some(verify_panel::VerifyAction::Run) =
                    verify_panel::verify_panel_ui(ui, &mut self.verify, spec.spec(), s)
                {
                    self.run_verify();
                }
            }
            Panel::Probe => self.probe_ui(ui),
            Panel::Phone => self.phone_ui(ui),
            Panel::Batch => self.batch_ui(ui),
            Panel::Log => log_panel::log_panel_ui(ui, &mut self.log, s),
            Panel::Settings => {
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        self.settings_ui(ui, s);
                        ui.separator();
                        self.self_check_ui(ui);
                    });
            }
        }
    }

    /// The QA batch: the Sign panel's ticket first, then the profile's cached and recent ones.
    fn batch_ui(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        let domains = self.safe_domains();
        let app_id = self.active_profile().map(|p| p.app_id.clone());
        let saved = self
            .active_profile()
            .and_then(|p| p.signing_endpoint.clone());
        let tickets = self.run_tickets();
        let cx = batch_panel::BatchCtx {
            s: batch_strings::batch_tr(lang),
            lang,
            app_id: app_id.as_deref(),
            safe_domains: &domains,
            platform: self
                .active_profile()
                .map(|p| p.platform)
                .unwrap_or_default(),
            tickets,
            agent_tickets: self.agent_tickets(),
            saved_endpoint: saved.as_deref(),
            probe_browser: self.state.probe_browser.clone(),
        };
        match batch_panel::batch_panel_ui(ui, &mut self.batch, cx) {
            Some(batch_panel::BatchAction::OpenInVerify(req)) => self.open_in_verify(req),
            Some(batch_panel::BatchAction::OpenInProbe(report)) => self.open_in_probe(*report),
            Some(batch_panel::BatchAction::Send(command)) => self.send_batch(command, lang),
            None => {}
        }
    }

    /// A batch run or cancel goes to the worker; without one the run does not start.
    fn send_batch(&mut self, command: crate::worker::Command, lang: Lang) {
        if !self.rt.send(command) {
            let why = self.worker_missing(crate::i18n::text(lang, "ui-offline-hint"));
            self.batch.not_started(why);
        }
    }

    /// Settings → Self-check: the worker runs `wxsign doctor`'s checks; this only asks and draws.
    fn self_check_ui(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        if self.rt.has_worker() && doctor_section::doctor_section_ui(ui, &self.rt.self_check, lang)
        {
            let font = match &self.font {
                CjkSource::System { family, path, .. } => crate::doctor::FontFacts::System {
                    family: family.clone(),
                    path: path.clone(),
                },
                CjkSource::Bundled => crate::doctor::FontFacts::Bundled {
                    forced: std::env::var("WXSIGN_FONT")
                        .is_ok_and(|v| v.eq_ignore_ascii_case("bundled")),
                },
            };
            self.rt.send(Command::SelfCheck {
                font: Some(font),
                online: true,
            });
        }
    }

    fn settings_ui(&mut self, ui: &mut egui::Ui, s: &'static Strings) {
        let lang = self.lang();
        let store = self.rt.store.as_ref().map(|h| h.text().get(lang));
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
        self.probe_settings_ui(ui);
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
                let app = self.chosen_app();
                self.rt.send(Command::FetchToken {
                    profile: p,
                    app,
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
        let lang = self.lang();
        let notices = self.rt.drain(now, lang, &mut self.log);
        // A running batch reports even while another panel is shown; its endpoint calls go to
        // the Log panel with the worker's.
        for event in self.rt.take_batch_events() {
            self.batch.apply(event, lang);
        }
        for row in self.batch.take_log() {
            self.log.push(row);
        }
        self.handle_notices(notices);
        self.follow_wecom();
        self.drain_probe(ui.ctx());
        self.drain_phone();
        self.shortcuts(ui.ctx());
        let s = self.strings();
        let mut top_action = None;
        let mut repaint = None;
        egui::Panel::top("top")
            .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(6.0))
            .show(ui, |ui| {
                let active = self.active_profile().cloned();
                let app = self.chosen_app();
                (top_action, repaint) =
                    top_bar::top_bar_ui(ui, &self.rt, active.as_ref(), app, now, s);
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

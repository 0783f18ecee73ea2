//! What the app does with the actions the drawing functions return and the worker's notices.
//! Only commands are sent here; nothing blocks.

use eframe::egui;

use super::profiles::{self, ProfileAction};
use super::runtime::Notice;
use super::sign_panel::{self, SignAction};
use super::top_bar::TopAction;
use super::{WxsignApp, check_url_panel, redis_source, verify_panel};
use crate::core::sign;
use crate::gui_settings::Panel;
use crate::profile::Profile;
use crate::worker::Command;

impl WxsignApp {
    pub fn active_profile(&self) -> Option<&Profile> {
        self.state
            .active_profile
            .as_deref()
            .and_then(|n| self.rt.profile(n))
    }

    pub(super) fn candidates(&self) -> Vec<crate::core::verify::TicketCandidate> {
        self.active_profile()
            .and_then(|p| self.rt.candidates.get(&p.app_id))
            .cloned()
            .unwrap_or_default()
    }

    pub(super) fn run_verify(&mut self) {
        self.follow_wecom();
        let domains = self.safe_domains();
        let app_tickets = self.agent_tickets();
        self.verify
            .wecom
            .follow(&self.sign.wecom, &domains, app_tickets);
        let candidates = self.candidates();
        let s = self.strings();
        // The safe domains feed the verifier's host candidates.
        self.verify.safe_domains = self.safe_domains();
        self.verify.call = self.active_profile().map(|p| &p.platform.spec().calls[0]);
        self.verify.run(self.sign.ticket.reveal(), &candidates, s);
    }

    pub(super) fn handle_notices(&mut self, notices: Vec<Notice>) {
        for n in notices {
            match n {
                Notice::Ticket {
                    profile,
                    app: None,
                    ticket,
                } => {
                    if self.state.active_profile.as_deref() == Some(profile.as_str()) {
                        self.sign.ticket = ticket.clone();
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
                Notice::Ticket {
                    profile,
                    app: Some(agent_id),
                    ticket,
                } => {
                    if self.state.active_profile.as_deref() == Some(profile.as_str())
                        && self.chosen_app() == Some(agent_id)
                    {
                        self.sign.wecom.agent_ticket = ticket.clone();
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
    pub(super) fn load_candidates(&mut self) {
        if let Some(app_id) = self.active_profile().map(|p| p.app_id.clone())
            && !self.rt.candidates.contains_key(&app_id)
        {
            self.rt.send(Command::LoadCandidates { app_id });
        }
    }

    pub(super) fn select_profile(&mut self, name: String) {
        self.state.active_profile = Some(name);
        self.settings_draft = self.active_profile().cloned();
        self.load_candidates();
        self.save_state();
    }

    pub(super) fn handle_top_action(&mut self, action: TopAction) {
        match action {
            TopAction::SelectProfile(name) => self.select_profile(name),
            TopAction::SelectApp(id) => self.select_app(id),
            TopAction::FetchTicket => {
                if let Some(p) = self.active_profile().cloned() {
                    let app = self.chosen_app();
                    self.rt.fetch_ticket(p, app);
                }
            }
            TopAction::AskForceRefresh => match self.active_profile().cloned() {
                // Asked first only where a forced token touches production.
                Some(p) if !p.platform.spec().forced_token_is_costly => {
                    let app = self.chosen_app();
                    self.rt.send(Command::FetchToken {
                        profile: p,
                        app,
                        force_refresh: true,
                    });
                }
                _ => self.confirm_refresh = true,
            },
            TopAction::DismissError => self.rt.error = None,
        }
    }

    pub(super) fn handle_profile_action(&mut self, action: ProfileAction) {
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
                redis_password,
                pasted_tickets,
                pasted_session_only,
                app_secrets,
            } => {
                for (app_id, secret, session_only) in app_secrets {
                    self.rt.send(Command::SetSecret {
                        app_id,
                        secret,
                        session_only,
                    });
                }
                let app = self
                    .state
                    .wecom_apps
                    .get(&profile.name)
                    .copied()
                    .filter(|id| profile.apps.iter().any(|a| a.agent_id == *id))
                    .or_else(|| profile.apps.first().map(|a| a.agent_id));
                for t in pasted_tickets {
                    self.rt
                        .paste_ticket((*profile).clone(), t, pasted_session_only, app);
                }
                if let Some(password) = redis_password {
                    self.rt.send(Command::SetRedisPassword {
                        app_id: profile.app_id.clone(),
                        password,
                    });
                }
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
            ProfileAction::TestRedis { profile, password } => {
                self.rt
                    .redis_tests
                    .insert(profile.name.clone(), redis_source::RedisTest::Running);
                self.rt.send(Command::TestRedis { profile, password });
            }
            ProfileAction::ForgetSecret(app_id) => {
                self.rt.send(Command::DeleteSecret { app_id });
            }
            ProfileAction::CloseEditor => self.editor = None,
        }
    }

    /// Saves an edited copy of a profile through the worker and shows it at once.
    pub(super) fn save_profile(&mut self, profile: Profile) {
        if let Some(p) = self.rt.profiles.iter_mut().find(|p| p.name == profile.name) {
            *p = profile.clone();
        }
        let replaces = Some(profile.name.clone());
        self.rt.send(Command::SaveProfile { profile, replaces });
    }

    pub(super) fn handle_sign_action(&mut self, action: SignAction) {
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
    pub(super) fn safe_domains(&self) -> Vec<String> {
        match self.active_profile() {
            Some(p) => p.safe_domains.clone(),
            None => self.state.safe_domains.clone(),
        }
    }

    /// Ctrl+Enter runs the panel's main action; Ctrl+L focuses its URL field.
    pub(super) fn shortcuts(&mut self, ctx: &egui::Context) {
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
                Panel::Probe => self.start_probe(ctx.input(|i| i.time)),
                Panel::Log => {
                    let text = self.log.visible_text();
                    ctx.copy_text(text);
                }
                Panel::Batch | Panel::Phone | Panel::Settings => {}
            }
        }
        if ctx.input_mut(|i| i.consume_shortcut(&focus)) {
            let id = match self.state.panel {
                Panel::CheckUrl => Some(check_url_panel::url_field_id()),
                Panel::Sign => Some(sign_panel::url_field_id()),
                Panel::Verify => Some(verify_panel::url_field_id()),
                Panel::Probe => Some(super::probe_panel::url_field_id()),
                Panel::Batch | Panel::Phone | Panel::Log | Panel::Settings => None,
            };
            if let Some(id) = id {
                ctx.memory_mut(|m| m.request_focus(id));
            }
        }
    }
}

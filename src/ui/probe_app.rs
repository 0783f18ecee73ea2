//! The app's side of the page probe: what the Probe panel gets (tickets, profile, browser), the
//! commands its actions send, its Settings entry (the browser path, saved in gui.toml), and the
//! hand-over of the worker's probe events. Only commands are sent here; nothing blocks.

use std::path::PathBuf;

use eframe::egui::{self, RichText};

use super::WxsignApp;
use super::probe_panel::{self, ProbeAction, ProbeCtx};
use super::probe_strings::{self, ProbeStrings};
use super::runtime::BrowserLookup;
use super::verify_panel::VerifyRequest;
use super::{theme, widgets};
use crate::core::verify::{TicketCandidate, TicketOrigin};
use crate::gui_settings::Panel;
use crate::i18n::Render;
use crate::secret::Secret;

impl WxsignApp {
    /// The tickets a run verifies with: the Sign panel's ticket first, then the profile's cached
    /// and recent ones (the Batch panel and the probe use the same).
    pub(super) fn run_tickets(&self) -> Vec<TicketCandidate> {
        let mut tickets = Vec::new();
        let typed = self.sign.ticket.reveal().trim();
        if !typed.is_empty() {
            tickets.push(TicketCandidate {
                ticket: Secret::new(typed),
                origin: TicketOrigin::Current,
            });
        }
        tickets.extend(
            self.candidates()
                .into_iter()
                .filter(|c| c.ticket.reveal() != typed),
        );
        tickets
    }

    /// The worker's browser search for the current setting; `None` while it looks.
    fn browser_lookup(&self) -> Option<&BrowserLookup> {
        self.rt
            .browser
            .as_ref()
            .filter(|b| b.explicit == self.state.probe_browser)
    }

    /// Asks the worker where the browser is, once per Settings value.
    fn ask_for_browser(&mut self) {
        if !self.rt.has_worker() {
            return;
        }
        if let Some(c) = self.page_probe.browser_command(&self.state.probe_browser) {
            self.rt.send(c);
        }
    }

    /// Hands the worker's probe events to the panel and sends the thumbnail fetches they ask for.
    pub(super) fn drain_probe(&mut self, ctx: &egui::Context) {
        let events = self.rt.take_probe_events();
        for c in self.page_probe.apply(ctx, events) {
            self.rt.send(c);
        }
    }

    pub(super) fn probe_ui(&mut self, ui: &mut egui::Ui) {
        self.ask_for_browser();
        let lang = self.lang();
        let domains = self.safe_domains();
        let app_id = self.active_profile().map(|p| p.app_id.clone());
        let tickets = self.run_tickets();
        let lookup = self.browser_lookup().cloned();
        let cx = ProbeCtx {
            s: probe_strings::probe_tr(lang),
            vs: self.strings(),
            lang,
            app_id: app_id.as_deref(),
            safe_domains: &domains,
            tickets: &tickets,
            browser: lookup.as_ref(),
            worker: self.rt.has_worker(),
            answered_by: None,
        };
        if let Some(a) = probe_panel::probe_panel_ui(ui, &mut self.page_probe, &cx) {
            self.handle_probe_action(a, ui.input(|i| i.time));
        }
    }

    pub(super) fn handle_probe_action(&mut self, action: ProbeAction, now: f64) {
        match action {
            ProbeAction::Run => self.start_probe(now),
            ProbeAction::Cancel => {
                if let Some(c) = self.page_probe.cancel() {
                    self.rt.send(c);
                }
            }
            ProbeAction::OpenInVerify(req) => self.open_in_verify(req),
            ProbeAction::OpenSettings => {
                self.state.panel = Panel::Settings;
            }
        }
    }

    /// A page of the Batch or Probe panel, verified in the Verify panel.
    pub(super) fn open_in_verify(&mut self, req: VerifyRequest) {
        self.verify.server_output = req.server_output;
        self.verify.url = req.url;
        self.verify.entry_url = req.entry_url.unwrap_or_default();
        self.state.panel = Panel::Verify;
        self.run_verify();
    }

    /// A probed page of the Batch panel, shown whole in the Probe panel.
    pub(super) fn open_in_probe(&mut self, report: crate::probe::ProbeReport) {
        let tickets = self.run_tickets();
        self.page_probe.url = report.url.clone();
        self.page_probe.show_report(report, &tickets);
        self.state.panel = Panel::Probe;
    }

    /// Run (the button, Enter in the URL field, Ctrl+Enter).
    /// Why background work cannot start: the worker's own start error, else `fallback`.
    pub(super) fn worker_missing(&self, fallback: &str) -> String {
        self.rt
            .start_error
            .as_ref()
            .map_or_else(|| fallback.to_owned(), |e| e.get(self.lang()))
    }

    pub(super) fn start_probe(&mut self, now: f64) {
        if self.page_probe.is_running() {
            return;
        }
        let lang = self.lang();
        let s = probe_strings::probe_tr(lang);
        // DingTalk and Feishu pages talk to their own bridge: said in one line, as the CLI does.
        let refusal = self
            .active_profile()
            .and_then(|p| p.platform.spec().probe_refusal());
        if let Some(m) = refusal {
            self.page_probe.error = Some(m.get(lang));
            return;
        }
        if !self.rt.has_worker() {
            self.page_probe.error = Some(self.worker_missing(s.failed));
            return;
        }
        let domains = self.safe_domains();
        let app_id = self.active_profile().map(|p| p.app_id.clone());
        let tickets = self.run_tickets();
        let cx = ProbeCtx {
            s,
            vs: self.strings(),
            lang,
            app_id: app_id.as_deref(),
            safe_domains: &domains,
            tickets: &tickets,
            browser: None,
            worker: true,
            answered_by: None,
        };
        let browser = self.state.probe_browser.clone();
        if let Ok(c) = self.page_probe.start(&cx, browser, Some(now)) {
            self.rt.send(c);
        }
    }

    /// Settings → the browser the probe starts: a path (empty searches PATH and the usual
    /// places), checked by the worker, with what it found.
    pub(super) fn probe_settings_ui(&mut self, ui: &mut egui::Ui) {
        self.ask_for_browser();
        let s: &ProbeStrings = probe_strings::probe_tr(self.lang());
        let saved = self.state.probe_browser.clone();
        let draft = self.page_probe.browser_draft.get_or_insert_with(|| {
            saved
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default()
        });
        let (mut commit, mut recheck) = (false, false);
        egui::Grid::new("settings.probe")
            .num_columns(2)
            .spacing([16.0, 10.0])
            .show(ui, |ui| {
                let l = ui.label(RichText::new(s.settings_browser).strong());
                ui.horizontal(|ui| {
                    let r = ui
                        .add(
                            egui::TextEdit::singleline(draft)
                                .id(egui::Id::unique("settings.probe_browser"))
                                .hint_text(s.settings_browser_hint)
                                .font(egui::TextStyle::Monospace)
                                .desired_width(420.0),
                        )
                        .labelled_by(l.id);
                    commit = r.lost_focus();
                    recheck = ui.button(s.settings_detect).clicked();
                });
                ui.end_row();
            });
        let lookup = self.browser_lookup().cloned();
        ui.horizontal_wrapped(|ui| {
            ui.add_space(widgets::LABEL_W);
            let palette = theme::palette(ui);
            match lookup.map(|b| b.result) {
                None if !self.rt.has_worker() => {
                    ui.weak("-");
                }
                None => {
                    // A still mark, not a spinner: the search takes a moment, and a spinner would repaint
                    // every frame for it (the worker wakes the UI when it answers).
                    widgets::status_dot(ui, theme::palette(ui).info, "…");
                    ui.weak(s.browser_searching);
                }
                Some(Ok(info)) => {
                    widgets::status_dot(ui, palette.ok, "+");
                    ui.label(format!(
                        "{}: {} ({})",
                        s.settings_found,
                        info.describe(),
                        info.path.display()
                    ));
                }
                Some(Err(e)) => {
                    widgets::status_dot(ui, palette.error, "x");
                    let text = crate::probe::ProbeError::Browser(e).text();
                    ui.colored_label(palette.error, text.get(self.lang()));
                }
            }
        });
        if commit || recheck {
            let typed = self
                .page_probe
                .browser_draft
                .as_deref()
                .map(str::trim)
                .unwrap_or("");
            let value = (!typed.is_empty()).then(|| PathBuf::from(typed));
            if value != self.state.probe_browser {
                self.state.probe_browser = value;
                self.save_state();
                recheck = true;
            }
        }
        if recheck {
            self.page_probe.forget_browser();
            self.ask_for_browser();
        }
    }
}

//! The app's side of the Phone panel: the account a recording is judged with (the same tickets
//! and profile the Probe panel uses), the commands its actions send, and the hand-over of the
//! worker's phone events. Only commands are sent here; nothing blocks.

use eframe::egui;

use super::{PhoneAction, PhoneCtx, phone_panel_ui};
use crate::probe::judge::Account;
use crate::ui::WxsignApp;
use crate::ui::phone_strings::phone_tr;
use crate::ui::probe_panel::ProbeCtx;
use crate::ui::probe_strings::probe_tr;

impl WxsignApp {
    /// The tickets, appId and safe domains a recording is judged with.
    fn phone_account(&self) -> Account {
        Account {
            tickets: self.run_tickets(),
            app_id: self.active_profile().map(|p| p.app_id.clone()),
            safe_domains: self.safe_domains(),
        }
    }

    /// Hands the worker's phone events to the panel.
    pub(in crate::ui) fn drain_phone(&mut self) {
        let events = self.rt.take_phone_events();
        if events.is_empty() {
            return;
        }
        let account = self.phone_account();
        self.phone.apply(events, &account);
    }

    pub(in crate::ui) fn phone_ui(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        let account = self.phone_account();
        let cx = PhoneCtx {
            s: phone_tr(lang),
            probe: ProbeCtx {
                s: probe_tr(lang),
                vs: self.strings(),
                lang,
                app_id: account.app_id.as_deref(),
                safe_domains: &account.safe_domains,
                tickets: &account.tickets,
                browser: None,
                worker: self.rt.has_worker(),
                answered_by: Some(phone_tr(lang).answered),
            },
            has_ticket: !account.tickets.is_empty(),
            worker: self.rt.has_worker(),
        };
        let action = phone_panel_ui(ui, &mut self.phone, &cx);
        if self.phone.recording.is_some() || self.phone.proxy.running_id().is_some() {
            // Events arrive without input: keep drawing while recording.
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(200));
        }
        match action {
            Some(PhoneAction::Find) => {
                let c = self.phone.find();
                self.rt.send(c);
            }
            Some(PhoneAction::Attach { navigate, ask }) => {
                if let Some(c) = self.phone.attach(navigate, ask, account) {
                    self.rt.send(c);
                }
            }
            Some(PhoneAction::Stop) => {
                if let Some(c) = self.phone.stop() {
                    self.rt.send(c);
                }
            }
            Some(PhoneAction::StartProxy) => {
                if let Some(c) = self.phone.start_proxy(account) {
                    self.rt.send(c);
                }
            }
            Some(PhoneAction::StopProxy) => {
                if let Some(c) = self.phone.stop_proxy() {
                    self.rt.send(c);
                }
            }
            Some(PhoneAction::OpenInVerify(req)) => self.open_in_verify(req),
            None => {}
        }
    }
}

//! The inputs (URL, platform, answer mode, Run / Cancel) and what the run will use (browser,
//! tickets, profile), so nothing about a run surprises.

use eframe::egui::{self, RichText};

use super::{PlatformChoice, ProbeAction, ProbeCtx, ProbePanel, platform_name, url_field_id};
use crate::batch::Platform;
use crate::probe::AnswerMode;
use crate::ui::probe_strings::ProbeStrings;
use crate::ui::{theme, widgets};

pub(super) fn inputs_ui(
    ui: &mut egui::Ui,
    p: &mut ProbePanel,
    cx: &ProbeCtx<'_>,
) -> Option<ProbeAction> {
    let s = cx.s;
    let mut action = None;
    let running = p.is_running();
    ui.horizontal(|ui| {
        let w = (ui.available_width() - widgets::LABEL_W - 130.0).max(240.0);
        let r = ui
            .add_enabled_ui(!running, |ui| {
                widgets::labelled_field(ui, s.url, &mut p.url, s.url_hint, url_field_id(), false, w)
            })
            .inner;
        let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if running {
            let label = if p.is_cancelling() {
                s.cancelling
            } else {
                s.cancel
            };
            if ui
                .add_enabled(!p.is_cancelling(), egui::Button::new(label))
                .clicked()
            {
                action = Some(ProbeAction::Cancel);
            }
        } else if ui
            .button(RichText::new(s.run).strong())
            .on_hover_text("Ctrl+Enter")
            .clicked()
            || enter
        {
            action = Some(ProbeAction::Run);
        }
    });
    ui.add_enabled_ui(!running, |ui| {
        ui.horizontal(|ui| {
            widgets::form_label(ui, s.platform);
            for (choice, label) in [
                (PlatformChoice::Both, s.both),
                (PlatformChoice::Android, platform_name(Platform::Android)),
                (PlatformChoice::Ios, platform_name(Platform::Ios)),
            ] {
                ui.radio_value(&mut p.platforms, choice, label);
            }
            ui.add_space(16.0);
            let l = ui.label(s.answer);
            egui::ComboBox::from_id_salt("probe.answer")
                .selected_text(answer_label(p.answer, s))
                .show_ui(ui, |ui| {
                    for a in [AnswerMode::Wechat, AnswerMode::Ok, AnswerMode::Fail] {
                        ui.selectable_value(&mut p.answer, a, answer_label(a, s));
                    }
                })
                .response
                .labelled_by(l.id)
                .on_hover_text(s.answer_help);
            ui.add_space(16.0);
            ui.checkbox(&mut p.check_images, s.check_images);
        });
    });
    action
}

pub fn answer_label(a: AnswerMode, s: &ProbeStrings) -> &'static str {
    match a {
        AnswerMode::Wechat => s.answer_wechat,
        AnswerMode::Ok => s.answer_ok,
        AnswerMode::Fail => s.answer_fail,
    }
}

/// The browser, the tickets and the profile the run will use, so nothing surprises.
pub(super) fn context_ui(ui: &mut egui::Ui, cx: &ProbeCtx<'_>, action: &mut Option<ProbeAction>) {
    let s = cx.s;
    let palette = theme::palette(ui);
    ui.horizontal_wrapped(|ui| {
        widgets::form_label(ui, s.browser);
        match cx.browser.map(|b| &b.result) {
            None if !cx.worker => {
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
                ui.label(info.describe())
                    .on_hover_text(info.path.display().to_string());
            }
            Some(Err(e)) => {
                widgets::status_dot(ui, palette.error, "x");
                let missing = match e {
                    crate::probe::BrowserError::Missing(p) => {
                        format!("{}: {}", s.browser_missing, p.display())
                    }
                    crate::probe::BrowserError::NotFound { .. } => s.browser_missing.to_owned(),
                };
                ui.colored_label(palette.error, missing);
                if ui.button(s.open_settings).clicked() {
                    *action = Some(ProbeAction::OpenSettings);
                }
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        widgets::form_label(ui, s.tickets);
        match cx.tickets.first() {
            Some(t) if !t.ticket.is_empty() => {
                widgets::status_dot(ui, palette.ok, "+");
                let older = cx.tickets.len() - 1;
                let mut text = format!("{} {}", s.tickets_current, t.ticket.preview());
                if older > 0 {
                    text.push_str(&format!(" + {older} {}", s.tickets_older));
                }
                ui.label(text);
            }
            _ => {
                widgets::status_dot(ui, palette.warn, "!");
                ui.colored_label(palette.warn, s.no_ticket);
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        widgets::form_label(ui, s.profile);
        match cx.app_id {
            Some(id) => {
                ui.label(format!("{} {id}", s.profile_app_id));
            }
            None => {
                ui.weak(s.no_profile);
            }
        }
    });
}

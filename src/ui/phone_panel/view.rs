//! Drawing the Phone panel: the Android block (find, device and page pickers, attach, the
//! recording in progress), the report (verdict, source, what only the real client shows, the
//! probe's timeline and verdicts of the run, the asks and the measurement), the Ask
//! confirmation, the empty state, and always the way to turn the switch off.

use std::collections::HashMap;

use eframe::egui::{self, RichText};

use super::{Found, Outcome, PhoneAction, PhoneCtx, PhonePanel, Recording, ReportView};
use crate::core::text::{Msg, msg};
use crate::i18n::Render;
use crate::phone::report::{TURN_OFF_URL, Verifies};
use crate::phone::{Navigate, Progress};
use crate::ui::probe_panel::{self, ProbeAction};
use crate::ui::{theme, widgets};

pub(super) fn progress_line(p: &Progress) -> Option<Msg> {
    p.line()
}

/// Draws the panel; returns what the user asked for.
pub fn phone_panel_ui(
    ui: &mut egui::Ui,
    p: &mut PhonePanel,
    cx: &PhoneCtx<'_>,
) -> Option<PhoneAction> {
    let mut action = None;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let s = cx.s;
            ui.heading(s.title);
            ui.label(s.intro);
            ui.add_space(4.0);
            widgets::section(ui, s.android);
            action = android_ui(ui, p, cx);
            ui.separator();
            action = action
                .take()
                .or(super::proxy::proxy_ui(ui, &mut p.proxy, cx));
            ui.separator();
            if let Some(r) = &p.recording {
                action = action.take().or(recording_ui(ui, r, cx));
            }
            let a = match &p.outcome {
                None if p.recording.is_none() && p.found.is_none() => {
                    empty_ui(ui, cx);
                    None
                }
                None => None,
                Some(Outcome::Report(v)) => report_ui(ui, v, cx),
                Some(Outcome::OAuth { message, entry_url }) => oauth_ui(ui, message, entry_url, cx),
                Some(Outcome::Failed(message)) => {
                    ui.colored_label(theme::palette(ui).error, message.get(cx.probe.lang));
                    None
                }
            };
            action = action.take().or(a);
            ui.add_space(8.0);
            ui.weak(msg!("phone-cli-turn-off", url = TURN_OFF_URL).get(cx.probe.lang));
        });
    if p.confirm_ask {
        action = action.or(ask_confirm_ui(ui.ctx(), &mut p.confirm_ask, cx));
    }
    action
}

/// Find, the device and page pickers, Attach / Reload / Ask.
fn android_ui(ui: &mut egui::Ui, p: &mut PhonePanel, cx: &PhoneCtx<'_>) -> Option<PhoneAction> {
    let s = cx.s;
    let mut action = None;
    let busy = p.is_busy();
    ui.horizontal_wrapped(|ui| {
        let find = ui.add_enabled(cx.worker && !busy, egui::Button::new(s.find));
        if find.clicked() {
            action = Some(PhoneAction::Find);
        }
        if matches!(p.found, Some(Found::Looking { .. })) {
            ui.add(egui::Spinner::new());
            ui.label(s.finding);
        }
        ui.weak(format!("{} {}", s.adb, p.adb.addr));
    });
    let listing = match &p.found {
        Some(Found::Listed(l)) => l,
        Some(Found::Failed(message)) => {
            ui.colored_label(theme::palette(ui).error, message.get(cx.probe.lang));
            return action;
        }
        _ => return action,
    };
    if listing.devices.is_empty() {
        let none = msg!("phone-error-no-device").get(cx.probe.lang);
        ui.colored_label(theme::palette(ui).warn, none);
        return action;
    }
    ui.horizontal(|ui| {
        let l = ui.label(s.device);
        let shown = p.device.clone().unwrap_or_default();
        egui::ComboBox::from_id_salt("phone.device")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                for d in &listing.devices {
                    let label = format!("{}  ({})", d.device.serial, d.device.state);
                    let picked = p.device.as_deref() == Some(d.device.serial.as_str());
                    if ui.selectable_label(picked, label).clicked() && !picked {
                        p.device = Some(d.device.serial.clone());
                        p.choice = None;
                    }
                }
            })
            .response
            .labelled_by(l.id);
    });
    let Some(device) = listing
        .devices
        .iter()
        .find(|d| Some(&d.device.serial) == p.device.as_ref())
    else {
        return action;
    };
    let lang = cx.probe.lang;
    if let Some(problem) = device.problem() {
        ui.colored_label(theme::palette(ui).warn, problem.message().get(lang));
        return action;
    }
    if let Some(e) = &device.error {
        ui.colored_label(theme::palette(ui).error, e);
        return action;
    }
    ui.label(s.choose_page);
    for e in &device.endpoints {
        let process = e.endpoint.process.as_deref().unwrap_or("?");
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(e.endpoint.app.name()).strong());
            ui.weak(format!("{process} · {}", e.endpoint.socket));
        });
        if let Some(err) = &e.error {
            ui.colored_label(theme::palette(ui).error, err);
        } else if e.pages.is_empty() {
            ui.weak(s.no_pages);
        }
        for page in &e.pages {
            let picked = p
                .choice
                .as_ref()
                .is_some_and(|c| c.socket == e.endpoint.socket && c.page.id == page.id);
            let text = if page.title.is_empty() {
                page.url.clone()
            } else {
                format!("{}  ·  {}", page.title, page.url)
            };
            let row = ui.add(egui::Button::selectable(picked, text).truncate());
            if row.clicked() {
                p.choice = Some(crate::phone::Choice {
                    device: device.device.serial.clone(),
                    socket: e.endpoint.socket.clone(),
                    page: page.clone(),
                });
            }
        }
    }
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        let ready = p.choice.is_some() && !busy && cx.worker;
        let label = if matches!(p.outcome, Some(Outcome::Report(_))) {
            s.reload
        } else {
            s.attach
        };
        if ui.add_enabled(ready, egui::Button::new(label)).clicked() {
            action = Some(PhoneAction::Attach {
                navigate: Navigate::Reload,
                ask: false,
            });
        }
        let ask = ui
            .add_enabled(ready && cx.has_ticket, egui::Button::new(s.ask))
            .on_hover_text(s.ask_help)
            .on_disabled_hover_text(if cx.has_ticket {
                s.ask_help
            } else {
                s.ask_needs_ticket
            });
        if ask.clicked() {
            p.confirm_ask = true;
        }
    });
    if !cx.has_ticket {
        ui.weak(s.no_ticket);
    }
    action
}

fn recording_ui(ui: &mut egui::Ui, r: &Recording, cx: &PhoneCtx<'_>) -> Option<PhoneAction> {
    let s = cx.s;
    let mut action = None;
    ui.horizontal(|ui| {
        ui.add(egui::Spinner::new());
        ui.label(RichText::new(s.recording).strong());
        let stop = ui.add_enabled(!r.cancelling, egui::Button::new(s.stop));
        if stop.clicked() {
            action = Some(PhoneAction::Stop);
        }
        if r.cancelling {
            ui.weak(s.stopping);
        }
    });
    // The last few things the page did, newest last.
    let start = r.lines.len().saturating_sub(8);
    for line in &r.lines[start..] {
        ui.add(egui::Label::new(line.get(cx.probe.lang)).truncate());
    }
    action
}

/// The first-time explanation: what to turn on, where, and what happens then.
fn empty_ui(ui: &mut egui::Ui, cx: &PhoneCtx<'_>) {
    let s = cx.s;
    ui.add_space(8.0);
    ui.label(RichText::new(s.empty_title).strong().size(16.0));
    for step in [s.empty_step_1, s.empty_step_2, s.empty_step_3] {
        ui.label(step);
    }
    ui.add_space(4.0);
    ui.weak(s.empty_adb);
}

fn oauth_ui(
    ui: &mut egui::Ui,
    message: &Msg,
    entry_url: &str,
    cx: &PhoneCtx<'_>,
) -> Option<PhoneAction> {
    let s = cx.s;
    let mut action = None;
    ui.colored_label(theme::palette(ui).warn, message.get(cx.probe.lang));
    ui.horizontal_wrapped(|ui| {
        if ui.button(s.oauth_entry).on_hover_text(entry_url).clicked() {
            action = Some(PhoneAction::Attach {
                navigate: Navigate::Entry(None),
                ask: false,
            });
        }
        if ui.button(s.oauth_reload).clicked() {
            action = Some(PhoneAction::Attach {
                navigate: Navigate::ReloadAnyway,
                ask: false,
            });
        }
    });
    action
}

fn report_ui(ui: &mut egui::Ui, v: &ReportView, cx: &PhoneCtx<'_>) -> Option<PhoneAction> {
    let s = cx.s;
    let ps = cx.probe.s;
    let lang = cx.probe.lang;
    let report = &v.report;
    let palette = theme::palette(ui);
    ui.horizontal_wrapped(|ui| {
        let (word, color) = if report.passed {
            (ps.verdict_passed, palette.ok)
        } else {
            (ps.verdict_failed, palette.error)
        };
        ui.label(RichText::new(word).size(22.0).strong().color(color));
        ui.label(RichText::new(report.outcome.label().get(lang)).strong());
        ui.weak(format!("· {} ms", report.duration_ms));
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(s.source).strong());
        ui.label(report.source_line().get(lang));
    });
    if let Some(t) = &report.target {
        ui.add(egui::Label::new(RichText::new(&t.page.url).monospace()).wrap());
    }
    if !report.findings.is_empty() {
        widgets::section(ui, s.client_findings);
        probe_panel::findings_ui(ui, &report.findings, &cx.probe);
    }
    if !report.asks.is_empty() {
        asks_ui(ui, v, cx);
    }
    let thumbs = HashMap::new();
    let a = probe_panel::run_ui(ui, &report.run, &v.verdicts, &thumbs, &cx.probe);
    match a {
        Some(ProbeAction::OpenInVerify(req)) => Some(PhoneAction::OpenInVerify(req)),
        _ => None,
    }
}

fn asks_ui(ui: &mut egui::Ui, v: &ReportView, cx: &PhoneCtx<'_>) {
    let s = cx.s;
    let lang = cx.probe.lang;
    let palette = theme::palette(ui);
    widgets::section(ui, s.asks);
    egui::Grid::new("phone.asks")
        .num_columns(3)
        .striped(true)
        .show(ui, |ui| {
            for a in &v.report.asks {
                let (word, color) = if a.accepted {
                    (s.accepted, palette.ok)
                } else {
                    (s.refused, palette.error)
                };
                ui.label(RichText::new(word).strong().color(color));
                ui.label(RichText::new(&a.url).monospace());
                ui.weak(format!("{} · {}", a.why, a.answer));
                ui.end_row();
            }
        });
    for m in &v.report.measured {
        let id = match m.verifies {
            Verifies::CurrentUrl => "phone-cli-verifies-current",
            Verifies::LandingUrl => "phone-cli-verifies-landing",
            Verifies::Both => "phone-cli-verifies-both",
            Verifies::Neither => "phone-cli-verifies-neither",
            Verifies::SameUrl => "phone-cli-verifies-same",
        };
        let client = m.versions.wechat.as_deref().unwrap_or("?");
        let engine = m.versions.xweb.as_deref().unwrap_or("-");
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(s.measured).strong());
            ui.label(format!(
                "WeChat {client} · XWeb {engine}: {}",
                crate::i18n::text(lang, id)
            ));
        });
    }
}

/// The confirmation before Ask: it makes real verifications under the user's appId.
fn ask_confirm_ui(ctx: &egui::Context, open: &mut bool, cx: &PhoneCtx<'_>) -> Option<PhoneAction> {
    let s = cx.s;
    let mut action = None;
    egui::Window::new(s.ask_confirm_title)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            ui.set_max_width(420.0);
            ui.label(s.ask_confirm_body);
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if ui.button(s.ask_confirm_go).clicked() {
                    action = Some(PhoneAction::Attach {
                        navigate: Navigate::Reload,
                        ask: true,
                    });
                    *open = false;
                }
                if ui.button(s.ask_confirm_cancel).clicked() {
                    *open = false;
                }
            });
        });
    action
}

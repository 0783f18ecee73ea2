//! What the panel shows besides a report: the run in progress, the first-time explanation
//! (with the fix when no browser was found), and a probe that produced no report.

use eframe::egui::{self, RichText};

use super::{ProbeAction, ProbeCtx, Running, platform_name, timeline};
use crate::core::text::Msg;
use crate::i18n::Render;
use crate::ui::runtime::BrowserLookup;
use crate::ui::{theme, widgets};

pub(super) fn running_ui(ui: &mut egui::Ui, r: &Running, cx: &ProbeCtx<'_>) {
    let s = cx.s;
    let now = ui.input(|i| i.time);
    let elapsed = r.started_at.map(|t| (now - t).max(0.0)).unwrap_or(0.0);
    ui.horizontal(|ui| {
        ui.add(egui::Spinner::new());
        let what = match r.current {
            Some(p) => format!("{} {} · {elapsed:.1} s", s.running, platform_name(p)),
            None => format!("{} · {}", s.running, s.starting_browser),
        };
        ui.label(RichText::new(what).strong());
        if let Some(b) = &r.browser {
            ui.weak(b);
        }
    });
    // The last few things the page did, newest last.
    let start = r.lines.len().saturating_sub(6);
    for (platform, line) in &r.lines[start..] {
        ui.horizontal(|ui| {
            ui.weak(platform_name(*platform));
            ui.label(line.get(cx.lang));
        });
    }
    if !r.runs.is_empty() {
        ui.add_space(6.0);
        timeline::timelines_ui(ui, &r.runs, cx);
    }
    // The elapsed time is the only thing that changes without an event.
    ui.ctx()
        .request_repaint_after(std::time::Duration::from_millis(200));
    ui.separator();
}

pub(super) fn empty_ui(ui: &mut egui::Ui, cx: &ProbeCtx<'_>) -> Option<ProbeAction> {
    let s = cx.s;
    let mut action = None;
    egui::Frame::group(ui.style())
        .inner_margin(12.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(s.empty_title).strong());
            for step in [s.empty_step_1, s.empty_step_2, s.empty_step_3] {
                ui.label(step);
            }
            if let Some(BrowserLookup { result: Err(e), .. }) = cx.browser {
                ui.add_space(6.0);
                no_browser_ui(ui, &crate::probe::ProbeError::Browser(e.clone()).text(), cx);
                if ui.button(s.open_settings).clicked() {
                    action = Some(ProbeAction::OpenSettings);
                }
            }
        });
    action
}

/// The missing-browser message (it names the packages and `--browser`) and where to set a path.
fn no_browser_ui(ui: &mut egui::Ui, message: &Msg, cx: &ProbeCtx<'_>) {
    let palette = theme::palette(ui);
    ui.horizontal_wrapped(|ui| {
        widgets::status_dot(ui, palette.error, "x");
        ui.colored_label(palette.error, message.get(cx.lang));
    });
    ui.label(format!("{}: {}", cx.s.fix, cx.s.browser_fix));
}

pub(super) fn failed_ui(
    ui: &mut egui::Ui,
    message: &Msg,
    no_browser: bool,
    cx: &ProbeCtx<'_>,
) -> Option<ProbeAction> {
    ui.label(RichText::new(cx.s.failed).strong());
    if no_browser {
        no_browser_ui(ui, message, cx);
        if ui.button(cx.s.open_settings).clicked() {
            return Some(ProbeAction::OpenSettings);
        }
    } else {
        ui.colored_label(theme::palette(ui).error, message.get(cx.lang));
    }
    None
}

//! The Batch panel's "probe pages" mode: no signing endpoint, every page is opened in one shared
//! headless browser playing WeChat (`crate::probe::batch`) and judged on its own `wx.config`.
//! Same table, filter, progress and cancel as the endpoint mode; a row opens the page's whole
//! report in the Probe panel.

use eframe::egui;

use super::{BatchCtx, BatchPanel};
use crate::probe::{AnswerMode, ProbeOptions};
use crate::ui::probe_panel::{PlatformChoice, platform_name};
use crate::ui::probe_strings::{ProbeStrings, probe_tr};
use crate::worker::BatchRun;

/// Which checks the batch runs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum BatchMode {
    /// Ask the team's signing endpoint for each page's signature.
    #[default]
    Endpoint,
    /// Open each page in a headless browser and judge its own `wx.config`.
    Probe,
}

/// The probe mode's own settings (the endpoint mode's stay as they were).
pub struct ProbeSettings {
    pub platforms: PlatformChoice,
    pub answer: AnswerMode,
    /// Each page is a renderer: 2 keeps a 2-core laptop usable.
    pub concurrency: usize,
    /// Hard deadline of each platform's run of a page.
    pub timeout_ms: u64,
}

impl Default for ProbeSettings {
    fn default() -> Self {
        Self {
            platforms: PlatformChoice::Both,
            answer: AnswerMode::Wechat,
            concurrency: 2,
            timeout_ms: u64::try_from(crate::probe::DEFAULT_TIMEOUT.as_millis()).unwrap_or(30_000),
        }
    }
}

/// The mode switch, above the inputs.
pub(super) fn mode_ui(ui: &mut egui::Ui, panel: &mut BatchPanel, ps: &ProbeStrings) {
    ui.add_enabled_ui(!panel.is_running(), |ui| {
        ui.horizontal(|ui| {
            ui.label(ps.batch_mode);
            ui.radio_value(&mut panel.mode, BatchMode::Endpoint, ps.batch_mode_endpoint);
            ui.radio_value(&mut panel.mode, BatchMode::Probe, ps.batch_mode_probe);
        });
    });
}

/// The probe mode's inputs: platforms, answer mode, options and the pages.
pub(super) fn inputs_ui(ui: &mut egui::Ui, panel: &mut BatchPanel, cx: &BatchCtx<'_>) {
    let (s, ps) = (cx.s, probe_tr(cx.lang));
    ui.add_enabled_ui(!panel.is_running(), |ui| {
        egui::Grid::new("batch_probe_inputs")
            .num_columns(2)
            .spacing([8.0, 4.0])
            .show(ui, |ui| {
                ui.label(ps.platform);
                ui.horizontal(|ui| {
                    let p = &mut panel.probe.platforms;
                    ui.radio_value(p, PlatformChoice::Both, ps.both);
                    for (c, platform) in [
                        (PlatformChoice::Android, crate::batch::Platform::Android),
                        (PlatformChoice::Ios, crate::batch::Platform::Ios),
                    ] {
                        ui.radio_value(p, c, platform_name(platform));
                    }
                });
                ui.end_row();
                let l = ui.label(ps.answer).id;
                egui::ComboBox::from_id_salt("batch_probe_answer")
                    .selected_text(crate::ui::probe_panel::answer_label(panel.probe.answer, ps))
                    .show_ui(ui, |ui| {
                        for a in [AnswerMode::Wechat, AnswerMode::Ok, AnswerMode::Fail] {
                            let label = crate::ui::probe_panel::answer_label(a, ps);
                            ui.selectable_value(&mut panel.probe.answer, a, label);
                        }
                    })
                    .response
                    .labelled_by(l)
                    .on_hover_text(ps.answer_help);
                ui.end_row();
                ui.label(s.options);
                ui.horizontal(|ui| {
                    let label = ui.label(s.concurrency).id;
                    ui.add(egui::DragValue::new(&mut panel.probe.concurrency).range(1..=8))
                        .labelled_by(label);
                    let label = ui.label(s.timeout_ms).id;
                    ui.add(
                        egui::DragValue::new(&mut panel.probe.timeout_ms).range(1_000..=120_000),
                    )
                    .labelled_by(label);
                    ui.checkbox(&mut panel.check_images, s.check_images);
                    let label = ui.label(s.repeat).id;
                    ui.add(egui::DragValue::new(&mut panel.repeat).range(1..=100))
                        .labelled_by(label)
                        .on_hover_text(ps.batch_repeat_hint);
                });
                ui.end_row();
            });
        super::inputs::pages_ui(ui, panel, s);
    });
}

/// The probe mode's run (the browser is the Settings path), or what to fix in the pages.
pub(super) fn run(panel: &mut BatchPanel, cx: &BatchCtx<'_>) -> Option<BatchRun> {
    let pages = panel.pages(cx.s)?;
    let mut template = ProbeOptions::new(String::new());
    template.platforms = panel.probe.platforms.platforms();
    template.browser = cx.probe_browser.clone();
    template.answer = panel.probe.answer;
    template.timeout = std::time::Duration::from_millis(panel.probe.timeout_ms.max(1_000));
    template.check_images = panel.check_images;
    template.tickets = cx.tickets.clone();
    template.app_id = cx.app_id.map(str::to_owned);
    template.safe_domains = cx.safe_domains.to_vec();
    let options = crate::probe::batch::BatchOptions {
        concurrency: panel.probe.concurrency.clamp(1, 8),
        repeat: panel.repeat.clamp(1, 100),
    };
    Some(BatchRun::Probe {
        template: Box::new(template),
        pages,
        options,
    })
}

//! The Batch panel's "probe pages" mode: no signing endpoint, every page is opened in one shared
//! headless browser playing WeChat (`crate::probe::batch`) and judged on its own `wx.config`.
//! Same table, filter, progress and cancel as the endpoint mode; a row opens the page's whole
//! report in the Probe panel.

use std::path::PathBuf;
use std::sync::{Arc, mpsc};

use eframe::egui;

use super::background::BatchEvent;
use super::{BatchCtx, BatchPanel, Running};
use crate::batch::{CancelFlag, Counts, PageSpec, PagesFormat, parse_pages};
use crate::core::text::Text;
use crate::i18n::bridge::to_text;
use crate::probe::{AnswerMode, ProbeError, ProbeOptions};
use crate::ui::probe_panel::{PlatformChoice, platform_name};
use crate::ui::probe_strings::{ProbeStrings, probe_tr};

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

/// Starts a probe batch on its own thread; `browser` is the Settings path.
pub(super) fn start(
    panel: &mut BatchPanel,
    ctx: &egui::Context,
    cx: &BatchCtx<'_>,
    browser: Option<PathBuf>,
) {
    panel.error = None;
    let pages = match parse_pages(&panel.pages_text, PagesFormat::Auto) {
        Ok(p) => p,
        Err(e) => {
            panel.error = Some(format!("{}: {e}", cx.s.pages_error));
            return;
        }
    };
    let mut template = ProbeOptions::new(String::new());
    template.platforms = panel.probe.platforms.platforms();
    template.browser = browser;
    template.answer = panel.probe.answer;
    template.timeout = std::time::Duration::from_millis(panel.probe.timeout_ms.max(1_000));
    template.check_images = panel.check_images;
    template.tickets = cx.tickets.clone();
    template.app_id = cx.app_id.map(str::to_owned);
    template.safe_domains = cx.safe_domains.to_vec();
    panel.results.clear();
    panel.counts = Counts::default();
    panel.summary = None;
    panel.total = pages.len();
    let (tx, rx) = mpsc::channel();
    let cancel = CancelFlag::new();
    let flag = cancel.clone();
    let repaint = ctx.clone();
    let batch = crate::probe::batch::BatchOptions {
        concurrency: panel.probe.concurrency.clamp(1, 8),
        repeat: panel.repeat.clamp(1, 100),
    };
    let spawned = std::thread::Builder::new()
        .name("wxsign-batch-probe".to_owned())
        .spawn(move || run_in_background(template, pages, batch, flag, tx, repaint));
    match spawned {
        Ok(_) => panel.running = Some(Running { rx, cancel }),
        Err(e) => panel.error = Some(format!("{}: {e}", cx.s.start_failed)),
    }
}

fn run_in_background(
    template: ProbeOptions,
    pages: Vec<PageSpec>,
    batch: crate::probe::batch::BatchOptions,
    cancel: CancelFlag,
    tx: mpsc::Sender<BatchEvent>,
    repaint: egui::Context,
) {
    let fail = |text: Text| {
        let _ = tx.send(BatchEvent::FailedText(text));
        repaint.request_repaint();
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => return fail(Text::new(e.to_string(), e.to_string())),
    };
    let info = match crate::probe::browser::find(template.browser.as_deref()) {
        Ok(i) => i,
        Err(e) => return fail(to_text(&ProbeError::Browser(e).text())),
    };
    let page_tx = tx.clone();
    let page_repaint = repaint.clone();
    let outcome = runtime.block_on(async move {
        let session = tokio::select! {
            biased;
            () = cancel.cancelled() => return Err(ProbeError::Cancelled),
            s = crate::probe::Session::start(&info) => s?,
        };
        let session = Arc::new(session);
        let summary = crate::probe::batch::run(
            Arc::clone(&session),
            template,
            pages,
            batch,
            cancel,
            move |r, _| {
                let _ = page_tx.send(BatchEvent::Page(Box::new(r), None));
                page_repaint.request_repaint();
            },
        )
        .await;
        // Every page task has ended, so this is the last handle: stop the browser now.
        if let Ok(s) = Arc::try_unwrap(session) {
            s.close().await;
        }
        Ok(summary)
    });
    match outcome {
        Ok(summary) => {
            let _ = tx.send(BatchEvent::Done(summary));
            repaint.request_repaint();
        }
        Err(e) => fail(to_text(&e.text())),
    }
}

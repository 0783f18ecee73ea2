//! A finished report as the panel draws it: the summary, the timelines, the platform tabs and
//! the chosen run's details. What the Verify rendering needs (full string1s, highlights,
//! [`ConfigVerdict`]) is computed once when the report arrives, not per frame.

use std::collections::HashMap;

use eframe::egui::{self, RichText};

use super::verdict::ConfigVerdict;
use super::{ProbeAction, ProbeCtx, Thumb, details, platform_name, timeline};
use crate::core::verify::TicketCandidate;
use crate::i18n::Render;
use crate::probe::ProbeReport;
use crate::ui::theme;

/// A report and its verdicts, `verdicts[run][config]`.
pub struct ReportView {
    pub report: ProbeReport,
    pub verdicts: Vec<Vec<Option<ConfigVerdict>>>,
}

impl ReportView {
    pub fn new(report: ProbeReport, tickets: &[TicketCandidate]) -> Self {
        let verdicts = report
            .runs
            .iter()
            .map(|r| {
                r.configs
                    .iter()
                    .map(|c| ConfigVerdict::new(c, tickets))
                    .collect()
            })
            .collect();
        Self { report, verdicts }
    }
}

pub(super) fn report_ui(
    ui: &mut egui::Ui,
    v: &ReportView,
    selected: &mut usize,
    thumbs: &HashMap<String, Thumb>,
    cx: &ProbeCtx<'_>,
) -> Option<ProbeAction> {
    let s = cx.s;
    let report = &v.report;
    let palette = theme::palette(ui);
    ui.horizontal_wrapped(|ui| {
        let (word, color) = if report.passed {
            (s.verdict_passed, palette.ok)
        } else {
            (s.verdict_failed, palette.error)
        };
        ui.label(RichText::new(word).size(22.0).strong().color(color));
        ui.label(RichText::new(report.outcome.label().get(cx.lang)).strong());
        ui.weak(format!(
            "· {} · {} ms",
            if report.browser.is_empty() {
                "-"
            } else {
                report.browser.as_str()
            },
            report.duration_ms
        ));
    });
    ui.add(egui::Label::new(RichText::new(&report.url).monospace()).wrap());
    crate::ui::widgets::section(ui, s.timeline);
    timeline::timelines_ui(ui, &report.runs, cx);
    if report.runs.is_empty() {
        return None;
    }
    *selected = (*selected).min(report.runs.len() - 1);
    ui.separator();
    if report.runs.len() > 1 {
        ui.horizontal(|ui| {
            for (i, run) in report.runs.iter().enumerate() {
                let mark = if run.passed {
                    s.verdict_passed
                } else {
                    s.verdict_failed
                };
                let text = format!("{} · {mark}", platform_name(run.platform));
                if ui.selectable_label(*selected == i, text).clicked() {
                    *selected = i;
                }
            }
        });
    }
    let run = &report.runs[*selected];
    let verdicts = v.verdicts.get(*selected).map(Vec::as_slice).unwrap_or(&[]);
    details::run_details_ui(ui, run, verdicts, thumbs, cx)
}

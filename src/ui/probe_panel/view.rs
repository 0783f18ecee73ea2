//! A finished report as the panel draws it: the summary, the timelines, the platform tabs and
//! the chosen run's details. What the Verify rendering needs (full string1s, highlights) is
//! computed once when the report arrives, not per frame.

use std::collections::HashMap;

use eframe::egui::{self, RichText};

use super::{ProbeAction, ProbeCtx, Thumb, details, platform_name, timeline};
use crate::core::sign;
use crate::core::text::Text;
use crate::core::verify::TicketCandidate;
use crate::probe::ProbeReport;
use crate::probe::report::ConfigCall;
use crate::ui::theme;
use crate::ui::verify_panel::{self, Highlights};

/// One `wx.config` verdict in the Verify panel's terms.
pub struct ConfigVerdict {
    pub expected_signature: String,
    /// The string1 WeChat computes (current ticket, the call's nonce and timestamp, the URL it
    /// checks), with the real ticket: drawn with the ticket hidden, as Verify does.
    pub expected_string1: String,
    /// Each cause's message and string1 (ticket restored, hidden when drawn).
    pub causes: Vec<(Text, String)>,
    pub diffs: Vec<Highlights>,
    pub notes: Vec<Text>,
    pub tried: usize,
}

impl ConfigVerdict {
    /// `None` when the probe had no ticket (the call was not checked).
    pub fn new(call: &ConfigCall, tickets: &[TicketCandidate]) -> Option<Self> {
        // Not checked (no ticket): nothing to draw as Verify does.
        call.matched?;
        let current = tickets.first().filter(|t| !t.ticket.is_empty())?;
        let expected = sign::sign_text(
            current.ticket.reveal(),
            &call.nonce_str,
            &call.timestamp,
            &call.verified_url,
        );
        let causes: Vec<(Text, String)> = call
            .causes
            .iter()
            .map(|c| (c.message.clone(), restore_tickets(&c.string1, tickets)))
            .collect();
        let diffs = causes
            .iter()
            .map(|(_, s1)| verify_panel::highlights(s1, &expected.string1))
            .collect();
        Some(Self {
            expected_signature: call
                .expected_signature
                .clone()
                .unwrap_or(expected.signature),
            expected_string1: expected.string1,
            causes,
            diffs,
            notes: call.notes.clone(),
            tried: tickets.len(),
        })
    }
}

/// The report carries string1s with each ticket replaced by its preview (reports are files);
/// putting the tickets back lets the Verify widget hide them its own way and highlight a stale
/// ticket exactly.
fn restore_tickets(string1: &str, tickets: &[TicketCandidate]) -> String {
    let mut s = string1.to_owned();
    for t in tickets.iter().filter(|t| !t.ticket.is_empty()) {
        s = s.replace(&t.ticket.preview(), t.ticket.reveal());
    }
    s
}

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

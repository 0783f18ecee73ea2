//! The results table: status filter, sortable columns, virtualised rows (10,000 pages scroll
//! smoothly), and a click that opens the page in the Verify panel.

use eframe::egui;
use egui_extras::{Column, TableBuilder};

use super::{BatchAction, BatchPanel, Filter, SortBy, VerifyRequest};
use crate::batch::{PageResult, PageStatus};
use crate::core::text::Lang;
use crate::i18n::Render;
use crate::probe::ProbeReport;
use crate::ui::batch_strings::BatchStrings;
use crate::ui::wecom_strings::{WecomStrings, wecom_strings};

/// The reply of a page as `wx.config` JSON for the Verify panel; a WeCom reply with both
/// triplets (`config` and `agentConfig`), so Verify checks both calls.
fn server_output(r: &PageResult) -> String {
    let reply = r.reply.clone().unwrap_or_default();
    let config = serde_json::json!({
        "appId": reply.app_id,
        "timestamp": reply.timestamp,
        "nonceStr": reply.nonce_str,
        "signature": reply.signature,
    });
    let Some(w) = &r.wecom else {
        return config.to_string();
    };
    let a = &w.agent_config;
    serde_json::json!({
        "config": config,
        "agentConfig": {
            "corpid": a.app_id,
            "agentid": w.agent_id,
            "timestamp": a.timestamp,
            "nonceStr": a.nonce_str,
            "signature": a.signature,
        },
    })
    .to_string()
}

/// One call's verdict in a WeCom column: match, mismatch, or not checked (no ticket for it).
fn call_cell_ui(ui: &mut egui::Ui, verdict: Option<bool>, ws: &WecomStrings) {
    let palette = crate::ui::theme::palette(ui);
    match verdict {
        Some(true) => ui.colored_label(palette.ok, ws.call_match),
        Some(false) => ui.colored_label(palette.error, ws.call_mismatch),
        None => ui
            .weak(ws.call_unchecked)
            .on_hover_text(ws.call_unchecked_hint),
    };
}

pub(super) fn filter_ui(ui: &mut egui::Ui, panel: &mut BatchPanel, s: &BatchStrings) {
    ui.horizontal(|ui| {
        ui.label(s.show);
        for (f, label) in [
            (Filter::All, s.all),
            (Filter::Fail, s.fail),
            (Filter::Error, s.error),
            (Filter::Pass, s.pass),
        ] {
            ui.selectable_value(&mut panel.filter, f, label);
        }
    });
}

pub(super) fn table_ui(
    ui: &mut egui::Ui,
    panel: &mut BatchPanel,
    s: &BatchStrings,
    lang: Lang,
) -> Option<BatchAction> {
    if panel.results.is_empty() {
        if !panel.is_running() {
            ui.weak(match panel.mode {
                super::BatchMode::Endpoint => s.no_results,
                super::BatchMode::Probe => s.no_results_probe,
            });
        }
        return None;
    }
    let rows = panel.visible();
    let mut action = None;
    let mut sort_click = None;
    let row_h = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
    // WeCom replies with both triplets: a verdict column per call.
    let wecom = panel.results.iter().any(|r| r.wecom.is_some());
    let ws = wecom_strings(lang);
    let mut table = TableBuilder::new(ui)
        .striped(true)
        .sense(egui::Sense::click())
        .column(Column::exact(48.0))
        .column(Column::exact(64.0));
    if wecom {
        table = table
            .column(Column::exact(84.0))
            .column(Column::exact(110.0));
    }
    table
        .column(
            Column::initial(if wecom { 300.0 } else { 420.0 })
                .at_least(160.0)
                .clip(true)
                .resizable(true),
        )
        .column(Column::exact(64.0))
        .column(Column::remainder().at_least(160.0).clip(true))
        .header(row_h + 2.0, |mut header| {
            // The WeCom columns are not sortable (Status sorts by the verdict of both).
            let mut cols = vec![(Some(SortBy::Index), "#"), (Some(SortBy::Status), s.status)];
            if wecom {
                cols.extend([(None, ws.config_call), (None, ws.agent_call)]);
            }
            cols.extend([
                (Some(SortBy::Url), "URL"),
                (Some(SortBy::Duration), "ms"),
                (Some(SortBy::Problem), s.problem),
            ]);
            for (col, label) in cols {
                let Some(col) = col else {
                    header.col(|ui| {
                        ui.label(egui::RichText::new(label).strong());
                    });
                    continue;
                };
                header.col(|ui| {
                    let arrow = match (panel.sort == col, panel.descending) {
                        (true, false) => " ^",
                        (true, true) => " v",
                        _ => "",
                    };
                    if ui
                        .add(
                            egui::Button::new(
                                egui::RichText::new(format!("{label}{arrow}")).strong(),
                            )
                            .frame(false),
                        )
                        .clicked()
                    {
                        sort_click = Some(col);
                    }
                });
            }
        })
        .body(|body| {
            body.rows(row_h, rows.len(), |mut row| {
                let r = &panel.results[rows[row.index()]];
                row.col(|ui| {
                    ui.label((r.index + 1).to_string());
                });
                row.col(|ui| {
                    let color = match r.status {
                        PageStatus::Pass => egui::Color32::from_rgb(26, 127, 55),
                        PageStatus::Fail | PageStatus::Flaky => ui.visuals().error_fg_color,
                        PageStatus::Error => ui.visuals().warn_fg_color,
                        PageStatus::NotRun => ui.visuals().weak_text_color(),
                    };
                    match &r.repeat {
                        // "flaky 2/3": the pass count of the repeated answers.
                        Some(rep) => ui.colored_label(
                            color,
                            format!("{} {}/{}", r.status.label(lang), rep.passed, rep.asked),
                        ),
                        None => ui.colored_label(color, r.status.label(lang)),
                    }
                    .on_hover_text(
                        r.repeat
                            .map(|rep| crate::batch::repeat::passed_text(&rep).get(lang))
                            .unwrap_or_default(),
                    );
                });
                if wecom {
                    let w = r.wecom.as_ref();
                    row.col(|ui| match w {
                        Some(w) => call_cell_ui(ui, Some(w.config_match), ws),
                        None => {
                            ui.weak("-");
                        }
                    });
                    row.col(|ui| match w {
                        Some(w) => call_cell_ui(ui, w.agent_config_match, ws),
                        None => {
                            ui.weak("-");
                        }
                    });
                }
                let mut open = false;
                row.col(|ui| {
                    open |= ui
                        .add(egui::Button::new(r.url.as_str()).frame(false).truncate())
                        .on_hover_text(s.open_in_verify)
                        .clicked();
                });
                row.col(|ui| {
                    ui.label(r.duration_ms.to_string());
                });
                row.col(|ui| {
                    let codes = r.problem_codes().join(", ");
                    let resp = ui.add(egui::Label::new(codes).truncate());
                    if let Some(h) = r.headline() {
                        resp.on_hover_text(h.get(lang));
                    }
                });
                if (open || row.response().clicked())
                    && let Some(report) = r.probe.as_ref().and_then(|d| d.get::<ProbeReport>())
                {
                    action = Some(BatchAction::OpenInProbe(Box::new(report.clone())));
                } else if open || row.response().clicked() {
                    action = Some(BatchAction::OpenInVerify(VerifyRequest {
                        url: r.url.clone(),
                        entry_url: r.entry_url.clone(),
                        server_output: server_output(r),
                    }));
                }
            });
        });
    if let Some(col) = sort_click {
        if panel.sort == col {
            panel.descending = !panel.descending;
        } else {
            panel.sort = col;
            panel.descending = false;
        }
    }
    action
}

//! One platform's details: each `wx.config` with its values and the verdict drawn by the Verify
//! panel's own widget, the share cards beside it, the OAuth stop, why config never ran, and the
//! lists of findings, blocked and failed requests, dialogs and page exceptions.

use std::collections::HashMap;

use eframe::egui::{self, RichText};

use super::verdict::ConfigVerdict;
use super::{ProbeAction, ProbeCtx, Thumb, share_card, timeline};
use crate::batch::Platform;
use crate::i18n::Render;
use crate::probe::Run;
use crate::probe::report::{ConfigCall, Finding, OAuthStop};
use crate::ui::verify_panel::VerifyRequest;
use crate::ui::verify_panel::{self, VerdictView};
use crate::ui::{theme, widgets};

/// Width of the share-card column.
const CARD_COLUMN: f32 = 300.0;

pub(super) fn run_details_ui(
    ui: &mut egui::Ui,
    run: &Run,
    verdicts: &[Option<ConfigVerdict>],
    thumbs: &HashMap<String, Thumb>,
    cx: &ProbeCtx<'_>,
) -> Option<ProbeAction> {
    let mut action = None;
    let gap = ui.spacing().item_spacing.x * 2.0;
    let left_w = (ui.available_width() - CARD_COLUMN - gap).max(320.0);
    ui.horizontal_top(|ui| {
        ui.allocate_ui_with_layout(
            egui::vec2(left_w, 0.0),
            egui::Layout::top_down(egui::Align::Min),
            |ui| {
                ui.set_width(left_w);
                let n = run.configs.len();
                for (i, call) in run.configs.iter().enumerate() {
                    let v = verdicts.get(i).and_then(Option::as_ref);
                    if let Some(a) = config_ui(ui, (i, n), run.platform, call, v, cx) {
                        action = Some(a);
                    }
                    ui.add_space(8.0);
                }
                if let Some(o) = &run.oauth {
                    oauth_ui(ui, o, cx);
                } else if run.configs.is_empty() {
                    no_config_ui(ui, run, cx);
                }
            },
        );
        ui.allocate_ui_with_layout(
            egui::vec2(CARD_COLUMN, 0.0),
            egui::Layout::top_down(egui::Align::Min),
            |ui| {
                ui.set_width(CARD_COLUMN);
                share_card::share_cards_ui(ui, run, thumbs, cx);
            },
        );
    });
    lists_ui(ui, run, cx);
    action
}

/// The config as `wx.config` JSON, for the Verify panel's paste box.
fn server_output(c: &ConfigCall) -> String {
    serde_json::json!({
        "appId": c.app_id,
        "timestamp": c.timestamp,
        "nonceStr": c.nonce_str,
        "signature": c.signature,
        "jsApiList": c.js_api_list,
    })
    .to_string()
}

/// What the Verify panel gets: the call's values and the URL as the phone has it, so Verify
/// derives the URL WeChat checks itself and can still name a signed `#fragment`: on Android the
/// href at the call, on iOS the document's landing URL.
fn verify_request(platform: Platform, c: &ConfigCall) -> VerifyRequest {
    let phone = match platform {
        Platform::Android => &c.href,
        Platform::Ios => &c.document_url,
    };
    let url = if phone.trim().is_empty() {
        c.verified_url.clone()
    } else {
        phone.clone()
    };
    VerifyRequest {
        url,
        entry_url: None,
        server_output: server_output(c),
    }
}

fn config_ui(
    ui: &mut egui::Ui,
    (i, n): (usize, usize),
    platform: Platform,
    call: &ConfigCall,
    verdict: Option<&ConfigVerdict>,
    cx: &ProbeCtx<'_>,
) -> Option<ProbeAction> {
    let s = cx.s;
    let mut action = None;
    ui.horizontal(|ui| {
        let title = if n > 1 {
            format!("{} #{}", s.config, i + 1)
        } else {
            s.config.to_owned()
        };
        ui.label(RichText::new(title).size(16.0).strong());
        ui.weak(format!("{} {} ms", s.config_at, call.at_ms));
        if ui
            .button(s.open_in_verify)
            .on_hover_text(s.open_in_verify_help)
            .clicked()
        {
            action = Some(ProbeAction::OpenInVerify(verify_request(platform, call)));
        }
    });
    egui::Grid::new(("probe.config", i))
        .num_columns(2)
        .spacing([12.0, 2.0])
        .show(ui, |ui| {
            let list = call.js_api_list.join(", ");
            for (k, v) in [
                ("appId", call.app_id.as_str()),
                ("timestamp", call.timestamp.as_str()),
                ("nonceStr", call.nonce_str.as_str()),
                ("signature", call.signature.as_str()),
                ("jsApiList", list.as_str()),
                (s.href_at_call, call.href.as_str()),
                (s.verified_url, call.verified_url.as_str()),
                (cx.answered_by.unwrap_or(s.answered), call.answer.as_str()),
            ] {
                ui.weak(k);
                ui.add(egui::Label::new(RichText::new(v).monospace()).wrap());
                ui.end_row();
            }
        });
    if call.debug {
        ui.weak(s.debug_on);
    }
    match verdict {
        Some(v) => {
            let causes = v
                .causes
                .iter()
                .map(|(m, s1)| (m.get(cx.lang).to_owned(), s1.as_str()))
                .collect();
            let view = VerdictView {
                matched: call.matched == Some(true),
                expected_signature: &v.expected_signature,
                expected_string1: &v.expected_string1,
                causes,
                diffs: &v.diffs,
                notes: v.notes.iter().map(|n| n.get(cx.lang).to_owned()).collect(),
                tried: v.tried,
                headline: None,
            };
            verify_panel::verdict_ui(ui, &view, true, cx.vs);
        }
        None => {
            let palette = theme::palette(ui);
            ui.horizontal_wrapped(|ui| {
                widgets::status_dot(ui, palette.warn, "!");
                ui.colored_label(palette.warn, s.not_checked_why);
            });
        }
    }
    findings_ui(ui, &call.findings, cx);
    action
}

fn oauth_ui(ui: &mut egui::Ui, o: &OAuthStop, cx: &ProbeCtx<'_>) {
    let s = cx.s;
    let palette = theme::palette(ui);
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(1.5, palette.warn))
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                widgets::status_dot(ui, palette.warn, "!");
                ui.label(RichText::new(s.oauth_title).size(16.0).strong());
                let via = match o.via.as_str() {
                    "http_redirect" => s.oauth_via_http,
                    "script" => s.oauth_via_script,
                    _ => "",
                };
                ui.weak(format!("{via} · {} {} ms", s.config_at, o.at_ms));
            });
            ui.label(s.oauth_explain);
            egui::Grid::new("probe.oauth")
                .num_columns(2)
                .spacing([12.0, 2.0])
                .show(ui, |ui| {
                    let mut rows = vec![
                        ("appid", o.appid.as_str()),
                        (s.redirect_uri, o.redirect_uri.as_str()),
                        (s.scope, o.scope.as_str()),
                        (s.state, o.state.as_str()),
                    ];
                    if let Some(a) = &o.agentid {
                        rows.push(("agentid", a.as_str()));
                    }
                    for (k, v) in rows {
                        ui.weak(k);
                        ui.add(egui::Label::new(RichText::new(v).monospace()).wrap());
                        ui.end_row();
                    }
                });
            if !o.sign_url.is_empty() {
                ui.add_space(4.0);
                ui.horizontal(|ui| {
                    ui.label(RichText::new(s.sign_after_login).strong());
                    widgets::copy_button(ui, s.copy, s.copied, &o.sign_url);
                });
                widgets::marked_text(ui, &o.sign_url, &[]);
            }
        });
}

fn no_config_ui(ui: &mut egui::Ui, run: &Run, cx: &ProbeCtx<'_>) {
    let s = cx.s;
    let palette = theme::palette(ui);
    ui.label(RichText::new(s.no_config_title).size(16.0).strong());
    let sdk = &run.sdk;
    let line = |ui: &mut egui::Ui, good: bool, text: &str| {
        ui.horizontal_wrapped(|ui| {
            if good {
                widgets::status_dot(ui, palette.ok, "+");
            } else {
                widgets::status_dot(ui, palette.warn, "!");
            }
            ui.label(text);
        });
    };
    if sdk.scripts.is_empty() {
        line(ui, false, s.sdk_none);
    } else {
        line(
            ui,
            true,
            &format!("{}: {}", s.sdk_scripts, sdk.scripts.join(", ")),
        );
    }
    line(
        ui,
        sdk.bridge_used,
        if sdk.bridge_used {
            s.bridge_used
        } else {
            s.bridge_unused
        },
    );
    line(
        ui,
        sdk.window_wx,
        if sdk.window_wx {
            s.window_wx
        } else {
            s.no_window_wx
        },
    );
}

pub(super) fn findings_ui(ui: &mut egui::Ui, findings: &[Finding], cx: &ProbeCtx<'_>) {
    for f in findings {
        ui.horizontal_wrapped(|ui| {
            widgets::severity_icon(ui, f.severity, cx.vs.severity_name(f.severity));
            ui.label(f.message.get(cx.lang));
        });
        if !f.fix.get(cx.lang).is_empty() {
            ui.horizontal_wrapped(|ui| {
                ui.add_space(24.0);
                ui.weak(format!("{}: {}", cx.s.fix, f.fix.get(cx.lang)));
            });
        }
    }
}

fn lists_ui(ui: &mut egui::Ui, run: &Run, cx: &ProbeCtx<'_>) {
    let s = cx.s;
    if !run.findings.is_empty() {
        widgets::section(ui, s.findings_title);
        findings_ui(ui, &run.findings, cx);
    }
    if !run.blocked.is_empty() {
        widgets::section(ui, s.blocked_title);
        for b in &run.blocked {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(timeline::blocked_reason(&b.reason, cx)).strong());
                ui.add(egui::Label::new(RichText::new(&b.url).monospace()).wrap());
            });
            let witness: Vec<String> = [("appId", &b.app_id), ("url", &b.page_url)]
                .into_iter()
                .filter_map(|(k, v)| v.as_ref().map(|v| format!("{k} {v}")))
                .collect();
            if !witness.is_empty() {
                ui.weak(witness.join(" · "));
            }
        }
    }
    if !run.failed_requests.is_empty() {
        widgets::section(ui, s.failed_title);
        for f in &run.failed_requests {
            let what = match (f.status, &f.error) {
                (Some(code), _) => format!("HTTP {code}"),
                (None, Some(e)) => e.clone(),
                (None, None) => "-".to_owned(),
            };
            ui.horizontal_wrapped(|ui| {
                widgets::status_dot(ui, theme::palette(ui).error, "x");
                ui.monospace(format!("{} {} → {what}", f.method, f.url));
                ui.weak(&f.resource_type);
            });
        }
    }
    if !run.dialogs.is_empty() {
        widgets::section(ui, s.dialogs_title);
        for d in &run.dialogs {
            ui.horizontal_wrapped(|ui| {
                ui.weak(&d.kind);
                ui.label(&d.message);
            });
        }
    }
    if !run.exceptions.is_empty() {
        widgets::section(ui, s.exceptions_title);
        for e in &run.exceptions {
            ui.horizontal_wrapped(|ui| {
                widgets::status_dot(ui, theme::palette(ui).error, "x");
                ui.label(&e.message);
                if let Some(u) = &e.url {
                    let at = e.line.map(|l| format!(":{l}")).unwrap_or_default();
                    ui.weak(format!("{u}{at}"));
                }
            });
        }
    }
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        ui.weak(format!("{}:", s.user_agent));
        ui.add(egui::Label::new(RichText::new(&run.user_agent).weak().monospace()).wrap());
    });
}

//! The panel's inputs: endpoint, request shape, an optional auth header (memory only), options
//! and the pages.

use eframe::egui;

use super::{BatchPanel, ParamKind};
use crate::batch::{HttpMethod, UrlEncoding};
use crate::ui::batch_strings::BatchStrings;

pub(super) fn inputs_ui(ui: &mut egui::Ui, panel: &mut BatchPanel, s: &BatchStrings) {
    let enabled = !panel.is_running();
    ui.add_enabled_ui(enabled, |ui| {
        egui::Grid::new("batch_inputs")
            .num_columns(2)
            .spacing([8.0, 4.0])
            .show(ui, |ui| {
                let label = ui.label(s.endpoint).id;
                ui.add(
                    egui::TextEdit::singleline(&mut panel.endpoint_url)
                        .hint_text("https://api.example.com/wx/signature")
                        .desired_width(420.0),
                )
                .labelled_by(label);
                ui.end_row();
                let label = ui.label(s.request).id;
                ui.horizontal(|ui| {
                    request_ui(ui, panel, s, label);
                });
                ui.end_row();
                let label = ui.label(s.header).id;
                ui.horizontal(|ui| {
                    ui.add(
                        egui::TextEdit::singleline(&mut panel.header_name)
                            .hint_text("Cookie")
                            .desired_width(120.0),
                    )
                    .labelled_by(label);
                    ui.add(
                        egui::TextEdit::singleline(panel.header_value.reveal_mut())
                            .password(true)
                            .hint_text(s.header_value_hint)
                            .desired_width(280.0),
                    )
                    .labelled_by(label);
                });
                ui.end_row();
                ui.label(s.options);
                ui.horizontal(|ui| {
                    let label = ui.label(s.concurrency).id;
                    ui.add(egui::DragValue::new(&mut panel.concurrency).range(1..=64))
                        .labelled_by(label);
                    let label = ui.label(s.timeout_ms).id;
                    ui.add(egui::DragValue::new(&mut panel.timeout_ms).range(100..=120_000))
                        .labelled_by(label);
                    ui.checkbox(&mut panel.check_images, s.check_images);
                    let label = ui.label(s.repeat).id;
                    ui.add(egui::DragValue::new(&mut panel.repeat).range(1..=100))
                        .labelled_by(label)
                        .on_hover_text(s.repeat_hint);
                });
                ui.end_row();
            });
        pages_ui(ui, panel, s);
    });
}

/// The pages box, shared by both modes.
pub(super) fn pages_ui(ui: &mut egui::Ui, panel: &mut BatchPanel, s: &BatchStrings) {
    let label = ui.label(s.pages).id;
    egui::ScrollArea::vertical()
        .id_salt("batch_pages")
        .max_height(110.0)
        .show(ui, |ui| {
            ui.add(
                egui::TextEdit::multiline(&mut panel.pages_text)
                    .hint_text(s.pages_hint)
                    .code_editor()
                    .desired_rows(4)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label);
        });
}

fn request_ui(ui: &mut egui::Ui, panel: &mut BatchPanel, s: &BatchStrings, label: egui::Id) {
    egui::ComboBox::from_id_salt("batch_method")
        .selected_text(match panel.method {
            HttpMethod::Get => "GET",
            HttpMethod::Post => "POST",
        })
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut panel.method, HttpMethod::Post, "POST");
            ui.selectable_value(&mut panel.method, HttpMethod::Get, "GET");
        })
        .response
        .labelled_by(label);
    let field = ui.label(s.param_name).id;
    if panel.method == HttpMethod::Post {
        egui::ComboBox::from_id_salt("batch_param")
            .selected_text(param_label(panel.param_kind, s))
            .show_ui(ui, |ui| {
                for k in [ParamKind::Json, ParamKind::Query, ParamKind::Form] {
                    ui.selectable_value(&mut panel.param_kind, k, param_label(k, s));
                }
            })
            .response
            .labelled_by(field);
    }
    ui.add(egui::TextEdit::singleline(&mut panel.param_name).desired_width(80.0))
        .labelled_by(field);
    let mut encoded = panel.encoding == UrlEncoding::Component;
    if ui.checkbox(&mut encoded, s.encode_component).changed() {
        panel.encoding = if encoded {
            UrlEncoding::Component
        } else {
            UrlEncoding::Raw
        };
    }
}

fn param_label(k: ParamKind, s: &BatchStrings) -> &'static str {
    match k {
        ParamKind::Json => s.param_json,
        ParamKind::Query => s.param_query,
        ParamKind::Form => s.param_form,
    }
}

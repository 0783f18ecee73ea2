//! realAuthUrl in the Verify panel: the pasted `wx.error` result, and for each URL the client
//! verified, the URL the server signed above it with the characters that differ highlighted
//! (`core::diff` through `widgets::char_diff`). Also the one answer a WeChat Pay paste gets.

use eframe::egui::{self, RichText};

use super::{theme, widgets};
use crate::core::parse::PaymentPaste;
use crate::core::text::Lang;
use crate::core::verify::RealAuthReport;
use crate::i18n::Render;

crate::i18n::string_table! {
    /// The realAuthUrl and WeChat Pay words of the Verify panel.
    pub struct RealAuthStrings as "real-auth", pub fn real_auth_tr {
        field,
        hint,
        heading,
        signed,
        verified,
        payment,
    }
}

/// Each realAuthUrl finding with the two URLs one above the other, differences highlighted.
pub fn real_auth_ui(ui: &mut egui::Ui, report: &RealAuthReport, lang: Lang) {
    let t = real_auth_tr(lang);
    let palette = theme::palette(ui);
    ui.add_space(4.0);
    ui.label(RichText::new(t.heading).strong());
    for f in &report.findings {
        let color = match f.code {
            "real_auth_url_is_page" => palette.info,
            _ => palette.warn,
        };
        ui.horizontal_wrapped(|ui| {
            widgets::status_dot(ui, color, "!");
            ui.label(f.message.get(lang));
        });
        if let Some(signed) = &f.signed_url {
            let (hl_signed, hl_real) = widgets::char_diff(signed, &f.real_auth_url);
            egui::Grid::new(("real_auth", &f.real_auth_url))
                .num_columns(2)
                .show(ui, |ui| {
                    ui.weak(t.signed);
                    widgets::marked_text(ui, signed, &hl_signed);
                    ui.end_row();
                    ui.weak(t.verified);
                    widgets::marked_text(ui, &f.real_auth_url, &hl_real);
                    ui.end_row();
                });
        }
        ui.add_space(4.0);
    }
    for n in &report.notes {
        ui.label(format!("• {}", n.get(lang)));
    }
}

/// A pasted WeChat Pay call: the answer instead of a verdict.
pub fn payment_ui(ui: &mut egui::Ui, p: &PaymentPaste, lang: Lang) {
    let palette = theme::palette(ui);
    let t = real_auth_tr(lang);
    ui.label(
        RichText::new(t.payment)
            .size(24.0)
            .strong()
            .color(palette.warn),
    );
    ui.label(p.message.get(lang));
    if let Some(trap) = &p.timestamp_trap {
        ui.horizontal_wrapped(|ui| {
            widgets::status_dot(ui, palette.warn, "!");
            ui.label(trap.get(lang));
        });
    }
}

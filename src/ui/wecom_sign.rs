//! The Sign panel for a WeCom profile: the two calls side by side — `wx.config` signed with the
//! corp ticket (the panel's ticket field) and `wx.agentConfig` signed with the agent ticket of
//! one app — each with its string1 and signature, and the page's code in both forms.

use eframe::egui::{self, RichText};

use super::i18n::Strings;
use super::wecom_strings::{WecomStrings, wecom_strings};
use super::{theme, widgets};
use crate::core::sign::Signature;
use crate::core::wecom::{self, CallInput, WecomSignatures};
use crate::secret::{self, Secret};

/// The WeCom part of the Sign panel's state. `enabled` follows the active profile.
#[derive(Default)]
pub struct WecomSign {
    pub enabled: bool,
    pub corp_id: String,
    pub agent_id: u64,
    pub agent_ticket: Secret,
    /// The agentConfig's own nonce (a reused nonce is legal; a reused signature is the bug).
    pub agent_nonce: String,
}

/// A stand-in agent ticket for the offline example (WeCom publishes no agentConfig vector).
pub const EXAMPLE_AGENT_TICKET: &str = "EXAMPLE-agent_config-ticket_bxLdikRXVbTPdHSM05e5u5sUoXNKd8";
pub const EXAMPLE_AGENT_NONCE: &str = "agentNonce2025AB";

impl WecomSign {
    /// Fills the agentConfig side of the example (shown only for a WeCom profile).
    pub fn load_example(&mut self) {
        self.agent_ticket = Secret::new(EXAMPLE_AGENT_TICKET);
        self.agent_nonce = EXAMPLE_AGENT_NONCE.to_owned();
    }

    /// Follows the active profile: on for a WeCom one, with its corpId and the app chosen in
    /// the top bar. Returns whether the app changed (its agent ticket is then another).
    pub fn follow(&mut self, profile: Option<&crate::profile::Profile>, app: Option<u64>) -> bool {
        let wecom = profile.filter(|p| p.platform.app_ticket().is_some());
        self.enabled = wecom.is_some();
        let Some(p) = wecom else {
            return false;
        };
        self.corp_id.clone_from(&p.app_id);
        let id = app.unwrap_or(0);
        let changed = id != self.agent_id;
        self.agent_id = id;
        changed
    }
}

/// The agent ticket and nonce fields, under the panel's own inputs.
pub fn agent_inputs_ui(ui: &mut egui::Ui, w: &mut WecomSign, show: bool, s: &Strings) {
    let ws = wecom_strings(s.lang());
    let width = (ui.available_width() - widgets::LABEL_W - 140.0).max(240.0);
    ui.horizontal(|ui| {
        widgets::labelled_field(
            ui,
            ws.agent_ticket,
            w.agent_ticket.reveal_mut(),
            ws.agent_ticket_hint,
            egui::Id::unique("sign.agent_ticket"),
            !show,
            width,
        );
    });
    ui.horizontal(|ui| {
        widgets::labelled_field(
            ui,
            ws.agent_nonce,
            &mut w.agent_nonce,
            "",
            egui::Id::unique("sign.agent_nonce"),
            false,
            width,
        );
    });
}

/// Both calls side by side, then the snippets. `config` holds the panel's ticket, nonce,
/// timestamp and URL; the agentConfig takes the same timestamp and URL.
pub fn two_calls_ui(
    ui: &mut egui::Ui,
    config: &Signature,
    w: &WecomSign,
    show_ticket: bool,
    js_api_list: &[String],
    s: &Strings,
) {
    let ws = wecom_strings(s.lang());
    let palette = theme::palette(ui);
    ui.weak(ws.wecom_hint);
    let agent_nonce = if w.agent_nonce.is_empty() {
        &config.noncestr
    } else {
        &w.agent_nonce
    };
    let sigs = wecom::sign_both(
        CallInput {
            ticket: &config.jsapi_ticket,
            noncestr: &config.noncestr,
            timestamp: &config.timestamp,
        },
        CallInput {
            ticket: w.agent_ticket.reveal(),
            noncestr: agent_nonce,
            timestamp: &config.timestamp,
        },
        &config.url,
    );
    let have_agent = !w.agent_ticket.reveal().trim().is_empty();
    ui.columns(2, |cols| {
        call_ui(
            &mut cols[0],
            ws.config_call,
            ws.signed_with_corp.to_owned(),
            &sigs.config,
            show_ticket,
            s,
            &palette,
        );
        if have_agent {
            call_ui(
                &mut cols[1],
                ws.agent_call,
                format!("{} {}", ws.signed_with_agent, w.agent_id),
                &sigs.agent_config,
                show_ticket,
                s,
                &palette,
            );
        } else {
            cols[1].label(RichText::new(ws.agent_call).strong().monospace());
            cols[1].colored_label(palette.warn, ws.agent_ticket_missing);
        }
    });
    if have_agent && sigs.config.signature == sigs.agent_config.signature {
        ui.colored_label(palette.error, ws.same_signature);
    }
    if have_agent {
        snippets_ui(ui, w, &sigs, js_api_list, ws, s);
    }
}

fn call_ui(
    ui: &mut egui::Ui,
    call: &str,
    how: String,
    sig: &Signature,
    show_ticket: bool,
    s: &Strings,
    palette: &theme::Palette,
) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(call).strong().monospace());
        ui.weak(how);
    });
    let shown = if show_ticket {
        sig.string1.clone()
    } else {
        secret::redact_in(&sig.string1, [sig.jsapi_ticket.as_str()])
    };
    egui::Frame::new()
        .fill(ui.visuals().extreme_bg_color)
        .inner_margin(6.0)
        .corner_radius(4.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            let mut job = egui::text::LayoutJob::single_section(
                shown,
                egui::TextFormat::simple(
                    egui::TextStyle::Monospace.resolve(ui.style()),
                    ui.visuals().text_color(),
                ),
            );
            job.wrap.max_width = ui.available_width();
            job.wrap.break_anywhere = true;
            ui.label(job);
        });
    ui.horizontal(|ui| {
        ui.label(RichText::new(s.signature).strong());
    });
    ui.label(
        RichText::new(&sig.signature)
            .monospace()
            .size(14.0)
            .color(palette.ok),
    );
    ui.horizontal(|ui| {
        widgets::copy_button(
            ui,
            &format!("{} {call}", s.copy_string1),
            s.copied,
            &sig.string1,
        );
        widgets::copy_button(
            ui,
            &format!("{} {call}", s.copy_signature),
            s.copied,
            &sig.signature,
        );
    });
}

fn snippets_ui(
    ui: &mut egui::Ui,
    w: &WecomSign,
    sigs: &WecomSignatures,
    js_api_list: &[String],
    ws: &WecomStrings,
    s: &Strings,
) {
    let corp = if w.corp_id.is_empty() {
        "YOUR_CORPID"
    } else {
        w.corp_id.as_str()
    };
    let wx = wecom::wx_snippet(corp, w.agent_id, sigs, js_api_list);
    let ww = wecom::ww_register_snippet(corp, w.agent_id, sigs, js_api_list);
    ui.horizontal(|ui| {
        widgets::copy_button(ui, ws.copy_wx, s.copied, &wx);
        widgets::copy_button(ui, ws.copy_ww, s.copied, &ww);
    });
    for (title, text, id) in [
        (ws.snippet_wx, &wx, "wecom.wx"),
        (ws.snippet_ww, &ww, "wecom.ww"),
    ] {
        egui::CollapsingHeader::new(title)
            .id_salt(id)
            .default_open(false)
            .show(ui, |ui| {
                ui.label(RichText::new(text).monospace());
            });
    }
}

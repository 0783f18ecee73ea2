//! The Verify panel for WeCom pastes: `wx.config` and `wx.agentConfig` checked each against its
//! own ticket and shown side by side, with the WeCom findings (trusted domains, corpId, beta).

use eframe::egui::{self, RichText};

use super::i18n::Strings;
use super::wecom_strings::wecom_strings;
use super::{theme, widgets};
use crate::core::parse::wecom::parse_wecom;
use crate::core::urlcheck::Severity;
use crate::core::verify::wecom::{
    AgentTickets, Triplet, WecomVerdict, WecomVerifyInput, verify_wecom,
};
use crate::core::verify::{self, RealAuthReport, TicketCandidate, TicketOrigin, Verdict};
use crate::i18n::Render;
use crate::secret::{self, Secret};

/// The WeCom part of the Verify panel: on for a WeCom profile, or for a paste holding a
/// `wx.agentConfig` triplet.
#[derive(Default)]
pub struct WecomVerify {
    pub enabled: bool,
    pub corp_id: String,
    pub agent_id: u64,
    pub trusted_domains: Vec<String>,
    /// Typed here: the agent ticket of the chosen app (`agent_id`), tried first.
    pub agent_ticket: Secret,
    /// The agent tickets the window holds, per app, the chosen app's first (with the Sign
    /// panel's): a paste for another agentid is checked against that app's own ticket.
    pub app_tickets: Vec<AgentTickets>,
    pub result: Option<WecomVerdict>,
}

impl WecomVerify {
    /// Takes the active profile's WeCom facts from the Sign panel's state (its chosen app) and
    /// the agent tickets the window holds.
    pub fn follow(
        &mut self,
        sign: &super::wecom_sign::WecomSign,
        domains: &[String],
        app_tickets: Vec<AgentTickets>,
    ) {
        self.enabled = sign.enabled;
        self.corp_id.clone_from(&sign.corp_id);
        self.agent_id = sign.agent_id;
        self.app_tickets = app_tickets;
        self.trusted_domains = domains.to_vec();
    }

    /// Runs the two-call check when the paste is a WeCom one; `false` leaves the one-call check
    /// to the panel.
    pub fn run(
        &mut self,
        paste: &str,
        url: &str,
        entry_url: &str,
        corp_ticket: &str,
        candidates: &[TicketCandidate],
        real_auth_urls: &[String],
    ) -> bool {
        self.result = None;
        let Ok(p) = parse_wecom(paste) else {
            return false;
        };
        if p.agent_config.is_none() && !self.enabled {
            return false;
        }
        let mut input = WecomVerifyInput {
            url: url.trim().to_owned(),
            entry_url: Some(entry_url.trim().to_owned()).filter(|u| !u.is_empty()),
            beta: p.beta,
            corp_id: (self.enabled && !self.corp_id.is_empty()).then(|| self.corp_id.clone()),
            trusted_domains: if self.enabled {
                self.trusted_domains.clone()
            } else {
                Vec::new()
            },
            real_auth_urls: real_auth_urls.to_vec(),
            ..WecomVerifyInput::default()
        };
        if let Some(c) = &p.config {
            input.config = Some(triplet(c));
            input.config_app_id = c.app_id.clone();
            input.js_api_list.extend(c.js_api_list.iter().cloned());
            if input.url.is_empty() {
                input.url = c.url.clone().unwrap_or_default();
            }
        }
        if let Some(a) = &p.agent_config {
            input.agent_config = Some(triplet(&a.fields));
            input.agent_corp_id = a.corp_id.clone();
            input.agent_id = a.agent_id.as_deref().and_then(|s| s.trim().parse().ok());
            input
                .js_api_list
                .extend(a.fields.js_api_list.iter().cloned());
        }
        if !corp_ticket.trim().is_empty() {
            input.corp_tickets.push(TicketCandidate {
                ticket: Secret::new(corp_ticket.trim()),
                origin: TicketOrigin::Current,
            });
        }
        input.corp_tickets.extend(
            candidates
                .iter()
                .filter(|c| c.ticket.reveal() != corp_ticket.trim())
                .cloned(),
        );
        input.agent_tickets = self.agent_tickets();
        if input.agent_id.is_none() && !input.agent_tickets.is_empty() {
            // A paste without its agentid: the chosen app's.
            input.agent_id = Some(self.agent_id);
        }
        self.result = Some(verify_wecom(&input));
        true
    }
}

impl WecomVerify {
    /// The agent tickets to check with: the one typed here first for the chosen app, then
    /// those the window holds for each app.
    fn agent_tickets(&self) -> Vec<AgentTickets> {
        let mut all = self.app_tickets.clone();
        let typed = self.agent_ticket.reveal().trim();
        if typed.is_empty() || self.agent_id == 0 {
            return all;
        }
        let first = TicketCandidate {
            ticket: Secret::new(typed),
            origin: TicketOrigin::Current,
        };
        match all.iter_mut().find(|a| a.agent_id == self.agent_id) {
            Some(a) => {
                a.tickets.retain(|t| t.ticket.reveal() != typed);
                a.tickets.insert(0, first);
            }
            None => all.insert(
                0,
                AgentTickets {
                    agent_id: self.agent_id,
                    tickets: vec![first],
                },
            ),
        }
        all
    }
}

fn triplet(c: &crate::core::parse::ServerConfig) -> Triplet {
    Triplet {
        timestamp: c.timestamp.clone().unwrap_or_default(),
        noncestr: c.nonce_str.clone().unwrap_or_default(),
        signature: c
            .signature
            .clone()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase(),
    }
}

/// The agent ticket field, under the panel's ticket field.
pub fn agent_field_ui(ui: &mut egui::Ui, w: &mut WecomVerify, hide: bool, s: &Strings) {
    let ws = wecom_strings(s.lang());
    let width = (ui.available_width() - widgets::LABEL_W - 140.0).max(240.0);
    ui.horizontal(|ui| {
        widgets::labelled_field(
            ui,
            ws.agent_ticket,
            w.agent_ticket.reveal_mut(),
            ws.agent_ticket_hint,
            egui::Id::unique("verify.agent_ticket"),
            hide,
            width,
        );
        if w.agent_id != 0 {
            // Whose ticket this is: the app chosen in the top bar.
            ui.weak(format!("{} {}", ws.app, w.agent_id));
        }
    });
}

/// Both verdicts side by side, then the findings.
pub fn outcome_ui(ui: &mut egui::Ui, v: &WecomVerdict, hide_ticket: bool, s: &Strings) {
    let ws = wecom_strings(s.lang());
    let palette = theme::palette(ui);
    let (text, color) = if v.matched {
        (s.verdict_match, palette.ok)
    } else {
        (s.verdict_mismatch, palette.error)
    };
    ui.label(RichText::new(text).size(30.0).strong().color(color));
    let agent_title = match v.agent_id {
        Some(a) => format!("{} ({a})", ws.agent_call),
        None => ws.agent_call.to_owned(),
    };
    ui.columns(2, |cols| {
        call_ui(
            &mut cols[0],
            ws.config_call,
            v.config.as_ref(),
            v.config_real_auth.as_ref(),
            hide_ticket,
            s,
        );
        call_ui(
            &mut cols[1],
            &agent_title,
            v.agent_config.as_ref(),
            v.agent_real_auth.as_ref(),
            hide_ticket,
            s,
        );
    });
    if let Some(r) = &v.config_real_auth {
        super::real_auth_view::real_auth_ui(ui, r, s.lang());
    }
    if !v.findings.is_empty() {
        ui.separator();
        ui.label(RichText::new(ws.findings).strong());
        for f in &v.findings {
            ui.horizontal_wrapped(|ui| {
                widgets::severity_icon(ui, f.severity, s.severity_name(f.severity));
                ui.label(f.message.get(s.lang()));
                let fix = f.fix.get(s.lang());
                if f.severity == Severity::Error || !fix.is_empty() {
                    ui.weak(format!("{}: {fix}", s.fix));
                }
            });
        }
    }
}

fn call_ui(
    ui: &mut egui::Ui,
    title: &str,
    v: Option<&Verdict>,
    real_auth: Option<&RealAuthReport>,
    hide: bool,
    s: &Strings,
) {
    let ws = wecom_strings(s.lang());
    let palette = theme::palette(ui);
    ui.label(RichText::new(title).strong().monospace());
    let Some(v) = v else {
        ui.weak(ws.not_in_paste);
        return;
    };
    let (text, color) = if v.matched {
        (s.verdict_match, palette.ok)
    } else {
        (s.verdict_mismatch, palette.error)
    };
    ui.label(RichText::new(text).size(18.0).strong().color(color));
    if real_auth.is_some() {
        let words = verify::headline(v, real_auth);
        ui.label(RichText::new(words.get(s.lang())).strong().color(color));
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(s.expected_signature).strong());
        ui.monospace(&v.expected.signature);
    });
    for cause in &v.causes {
        ui.horizontal_wrapped(|ui| {
            widgets::status_dot(ui, palette.error, "x");
            ui.label(cause.message.get(s.lang()));
        });
        ui.weak(s.server_string1);
        let shown = if hide {
            hide_ticket(&cause.string1)
        } else {
            cause.string1.clone()
        };
        // Broken anywhere: a long string1 has no spaces to wrap at.
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
    }
    for n in &v.notes {
        ui.label(format!("• {}", n.get(s.lang())));
    }
}

/// string1 with its ticket replaced by the preview.
fn hide_ticket(string1: &str) -> String {
    const KEY: &str = "jsapi_ticket=";
    match string1
        .strip_prefix(KEY)
        .and_then(|rest| rest.find("&noncestr=").map(|i| (&rest[..i], &rest[i..])))
    {
        Some((ticket, rest)) if !ticket.is_empty() => {
            format!("{KEY}{}{rest}", secret::redact(ticket))
        }
        _ => string1.to_owned(),
    }
}

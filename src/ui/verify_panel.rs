//! Verify: "why does my signature fail?" Paste what the server returned and the URL the phone
//! shows; get MATCH / MISMATCH, the cause in one sentence, and the two string1s side by side.

use std::ops::Range;

use eframe::egui::{self, RichText};

use super::i18n::Strings;
use super::{theme, widgets};
use crate::core::parse::{self, PaymentPaste};
use crate::core::text::Msg;
use crate::core::verify::{
    self, RealAuthReport, TicketCandidate, TicketOrigin, Verdict, VerifyInput,
};
use crate::i18n::Render;
use crate::secret::Secret;

pub fn url_field_id() -> egui::Id {
    egui::Id::unique("verify.url")
}

/// Inputs, the last verdict, and the tickets the worker says the server may have used.
#[derive(Default)]
pub struct VerifyPanel {
    pub server_output: String,
    pub url: String,
    pub entry_url: String,
    /// The ticket typed here (a `Secret`: no debug print or log shows it).
    pub ticket: Secret,
    pub show_ticket: bool,
    /// The pasted `wx.error` result (realAuthUrl); also found inside `server_output`.
    pub wx_error: String,
    /// The active profile's safe domains, set by the app before a run.
    pub safe_domains: Vec<String>,
    /// The call the active profile's platform signs, set by the app before a run: judged by
    /// its own recipe.
    pub call: Option<&'static crate::platform::ConfigCall>,
    pub result: Option<Outcome>,
    /// wx.config or Card mode, and the card form.
    pub mode: super::card_mode::Mode,
    pub card: super::card_mode::CardForm,
    /// WeCom: the agent ticket and the two-call verdict.
    pub wecom: super::wecom_verify::WecomVerify,
}

/// Differing runs in the server's string1 and in the correct one.
pub type Highlights = (Vec<Range<usize>>, Vec<Range<usize>>);

/// What the last Verify click produced.
pub enum Outcome {
    /// The pasted text could not be read, or lacks a field.
    Unreadable(String),
    /// A WeChat Pay call or reply: another scheme, answered without a search.
    Payment(PaymentPaste),
    Verdict {
        verdict: Box<Verdict>,
        /// For each cause: highlights in its string1 and in the correct one.
        diffs: Vec<Highlights>,
        tried: usize,
        /// What realAuthUrl says, when a wx.error result was pasted.
        real_auth: Option<RealAuthReport>,
        /// With realAuthUrl: the CLI's `result` line (which URL the verdict is on).
        headline: Option<Msg>,
    },
}

impl VerifyPanel {
    /// Runs the verifier on the current inputs. `fallback_ticket` (the Sign panel's) is used when
    /// no ticket was typed here.
    /// `candidates` are the cached and recent tickets of the active profile, tried after it.
    pub fn run(&mut self, fallback_ticket: &str, candidates: &[TicketCandidate], s: &Strings) {
        if self.mode == super::card_mode::Mode::Card {
            self.card.verify();
            return;
        }
        if let Some(pay) = parse::payment_paste(&self.server_output) {
            self.result = Some(Outcome::Payment(pay));
            self.wecom.result = None;
            return;
        }
        let corp = if self.ticket.reveal().trim().is_empty() {
            fallback_ticket
        } else {
            self.ticket.reveal()
        };
        // realAuthUrl from its own field or pasted together with the reply.
        let mut real_urls = Vec::new();
        let mut server_output = self.server_output.clone();
        if let Some(p) = parse::real_auth_paste(&server_output) {
            real_urls.extend(p.urls);
            server_output = p.rest;
        }
        if let Some(p) = parse::real_auth_paste(&self.wx_error) {
            real_urls.extend(p.urls);
        } else if !self.wx_error.trim().is_empty() {
            // A bare URL list: one per line.
            real_urls.extend(
                self.wx_error
                    .lines()
                    .map(str::trim)
                    .filter(|l| l.starts_with("http"))
                    .map(str::to_owned),
            );
        }
        if self.wecom.run(
            &server_output,
            &self.url,
            &self.entry_url,
            corp,
            candidates,
            &real_urls,
        ) {
            self.result = None;
            return;
        }
        let config = match parse::parse(&server_output) {
            Ok(c) => c,
            Err(e) => {
                self.result = Some(Outcome::Unreadable(format!("{}: {e}", s.parse_error)));
                return;
            }
        };
        let (Some(noncestr), Some(timestamp), Some(signature)) =
            (config.nonce_str, config.timestamp, config.signature)
        else {
            self.result = Some(Outcome::Unreadable(format!(
                "{}: nonceStr / timestamp / signature",
                s.missing_field
            )));
            return;
        };
        let typed = if self.ticket.reveal().trim().is_empty() {
            fallback_ticket.trim()
        } else {
            self.ticket.reveal().trim()
        };
        let mut tickets = Vec::new();
        if !typed.is_empty() {
            tickets.push(TicketCandidate {
                ticket: Secret::new(typed),
                origin: TicketOrigin::Current,
            });
        }
        tickets.extend(
            candidates
                .iter()
                .filter(|c| c.ticket.reveal() != typed)
                .cloned(),
        );
        let url = if self.url.trim().is_empty() {
            config.url.unwrap_or_default()
        } else {
            self.url.trim().to_owned()
        };
        let input = VerifyInput {
            url,
            entry_url: Some(self.entry_url.trim().to_owned()).filter(|u| !u.is_empty()),
            tickets,
            noncestr,
            timestamp,
            signature: signature.trim().to_ascii_lowercase(),
        };
        let tried = input.tickets.len();
        let hints = verify::VerifyHints {
            hosts: self.safe_domains.clone(),
        };
        let call = self
            .call
            .map_or(verify::CallRecipe::WECHAT, |c| c.recipe_check());
        let judgement = verify::judge_call(&input, call, &hints, &real_urls);
        let headline = judgement.real_auth.is_some().then(|| judgement.headline());
        let (verdict, real_auth) = (judgement.verdict, judgement.real_auth);
        let diffs = verdict
            .causes
            .iter()
            .map(|c| highlights(&c.string1, &verdict.expected.string1))
            .collect();
        self.result = Some(Outcome::Verdict {
            verdict: Box::new(verdict),
            diffs,
            tried,
            real_auth,
            headline,
        });
    }
}

/// A page another panel (Batch, Probe) wants looked at here: the Verify panel's own inputs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyRequest {
    pub url: String,
    pub entry_url: Option<String>,
    /// The server's reply as `wx.config` JSON, for the paste box.
    pub server_output: String,
}

/// What the user asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerifyAction {
    Run,
}

pub fn verify_panel_ui(
    ui: &mut egui::Ui,
    p: &mut VerifyPanel,
    spec: &crate::platform::PlatformSpec,
    s: &Strings,
) -> Option<VerifyAction> {
    let mut action = None;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            super::card_mode::mode_switch_ui(ui, &mut p.mode, spec, s);
            if p.mode == super::card_mode::Mode::Card {
                super::card_mode::card_verify_ui(ui, &mut p.card, s);
                return;
            }
            ui.label(s.verify_intro);
            let l = ui.label(RichText::new(s.server_output).strong());
            ui.add(
                egui::TextEdit::multiline(&mut p.server_output)
                    .id(egui::Id::unique("verify.server"))
                    .hint_text(s.server_output_hint)
                    .font(egui::TextStyle::Monospace)
                    .desired_rows(5)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(l.id);
            let w = (ui.available_width() - widgets::LABEL_W - 140.0).max(240.0);
            ui.horizontal(|ui| {
                let (id, hint) = (url_field_id(), s.phone_url_hint);
                widgets::labelled_field(ui, s.phone_url, &mut p.url, hint, id, false, w);
            });
            ui.horizontal(|ui| {
                let (id, hint) = (egui::Id::unique("verify.entry"), s.entry_url_hint);
                widgets::labelled_field(ui, s.entry_url, &mut p.entry_url, hint, id, false, w);
            });
            ui.horizontal(|ui| {
                let t = super::real_auth_view::real_auth_tr(s.lang());
                let id = egui::Id::unique("verify.wx_error");
                widgets::labelled_field(ui, t.field, &mut p.wx_error, t.hint, id, false, w);
            });
            ui.horizontal(|ui| {
                let (id, hint) = (egui::Id::unique("verify.ticket"), s.ticket_hint);
                let hide = !p.show_ticket;
                let ticket = p.ticket.reveal_mut();
                widgets::labelled_field(ui, s.verify_ticket, ticket, hint, id, hide, w);
                ui.checkbox(&mut p.show_ticket, s.show_ticket);
            });
            if p.wecom.enabled {
                super::wecom_verify::agent_field_ui(ui, &mut p.wecom, !p.show_ticket, s);
            }
            if ui
                .button(RichText::new(s.verify_button).strong())
                .on_hover_text("Ctrl+Enter")
                .clicked()
            {
                action = Some(VerifyAction::Run);
            }
            ui.separator();
            if let Some(v) = &p.wecom.result {
                super::wecom_verify::outcome_ui(ui, v, !p.show_ticket, s);
            } else if let Some(outcome) = &p.result {
                outcome_ui(ui, outcome, !p.show_ticket, s);
            }
        });
    action
}

/// string1 with highlights; with `hide_ticket` the ticket value is replaced by its preview (a
/// highlight inside it highlights the preview) so a screen share never shows the credential.
fn string1_ui(ui: &mut egui::Ui, string1: &str, hl: &[Range<usize>], hide_ticket: bool) {
    const KEY: &str = "jsapi_ticket=";
    let split = string1
        .strip_prefix(KEY)
        .and_then(|rest| rest.find("&noncestr=").map(|i| KEY.len() + i));
    let (true, Some(end)) = (hide_ticket, split) else {
        widgets::marked_text(ui, string1, hl);
        return;
    };
    widgets::marked_text_hiding(ui, string1, hl, KEY.len()..end);
}

fn outcome_ui(ui: &mut egui::Ui, outcome: &Outcome, hide_ticket: bool, s: &Strings) {
    let palette = theme::palette(ui);
    let lang = s.lang();
    let (verdict, diffs, tried, real_auth, headline) = match outcome {
        Outcome::Unreadable(msg) => {
            ui.colored_label(palette.error, msg);
            return;
        }
        Outcome::Payment(pay) => {
            super::real_auth_view::payment_ui(ui, pay, lang);
            return;
        }
        Outcome::Verdict {
            verdict,
            diffs,
            tried,
            real_auth,
            headline,
        } => (verdict, diffs, *tried, real_auth, headline),
    };
    let view = VerdictView {
        matched: verdict.matched,
        expected_signature: &verdict.expected.signature,
        expected_string1: &verdict.expected.string1,
        causes: verdict
            .causes
            .iter()
            .map(|c| (c.message.get(lang), c.string1.as_str()))
            .collect(),
        diffs,
        notes: verdict.notes.iter().map(|n| n.get(lang)).collect(),
        tried,
        headline: headline.as_ref().map(|h| h.get(lang)),
    };
    verdict_ui(ui, &view, hide_ticket, s);
    if let Some(r) = real_auth {
        super::real_auth_view::real_auth_ui(ui, r, lang);
    }
}

/// A verdict as the Verify panel draws it, from whichever verifier run produced it (this panel's
/// or a probed page's `wx.config`), so both read the same.
pub struct VerdictView<'a> {
    pub matched: bool,
    pub expected_signature: &'a str,
    pub expected_string1: &'a str,
    /// Each cause's message, in the window's language, and the string1 the server used.
    pub causes: Vec<(String, &'a str)>,
    /// For each cause: highlights in its string1 and in the correct one ([`highlights`]).
    pub diffs: &'a [Highlights],
    pub notes: Vec<String>,
    pub tried: usize,
    /// Which URL the verdict is on, when realAuthUrl decided it (`Judgement::headline`).
    pub headline: Option<String>,
}

/// The highlights [`verdict_ui`] draws for a cause's string1 against the correct one.
pub fn highlights(string1: &str, expected: &str) -> Highlights {
    widgets::char_diff(string1, expected)
}

/// MATCH / MISMATCH, the correct signature, each cause with both string1s highlighted, notes.
pub fn verdict_ui(ui: &mut egui::Ui, v: &VerdictView<'_>, hide_ticket: bool, s: &Strings) {
    let palette = theme::palette(ui);
    let (text, color) = if v.matched {
        (s.verdict_match, palette.ok)
    } else {
        (s.verdict_mismatch, palette.error)
    };
    ui.label(RichText::new(text).size(30.0).strong().color(color));
    if let Some(h) = &v.headline {
        ui.label(RichText::new(h).strong().color(color));
    }
    ui.horizontal(|ui| {
        ui.label(RichText::new(s.expected_signature).strong());
        ui.monospace(v.expected_signature);
        ui.weak(format!("· {}: {}", s.candidates, v.tried));
    });
    if !v.causes.is_empty() {
        ui.label(RichText::new(s.causes).strong());
    }
    let none = (Vec::new(), Vec::new());
    for (i, (message, string1)) in v.causes.iter().enumerate() {
        let (hl_server, hl_correct) = v.diffs.get(i).unwrap_or(&none);
        ui.horizontal_wrapped(|ui| {
            widgets::status_dot(ui, palette.error, "x");
            ui.label(message.as_str());
        });
        ui.weak(s.server_string1);
        string1_ui(ui, string1, hl_server, hide_ticket);
        ui.weak(s.correct_string1);
        string1_ui(ui, v.expected_string1, hl_correct, hide_ticket);
        ui.add_space(6.0);
    }
    if !v.notes.is_empty() {
        ui.label(RichText::new(s.notes).strong());
        for n in &v.notes {
            ui.label(format!("• {n}"));
        }
    }
}

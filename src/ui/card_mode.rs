//! Card mode of the Sign and Verify panels (DOMAIN.md §11): addCard's `cardExt.signature` and
//! chooseCard's `cardSign`. The values are drawn in the order they are signed (sorted as
//! strings), so the rule people get wrong is visible at a glance.

use std::ops::Range;

use eframe::egui::{self, RichText};

use super::card_strings::{CardStrings, card_tr};
use super::i18n::Strings;
use super::{theme, widgets};
use crate::core::card::{
    self, CardApi, CardField, CardSignature, CardValues, CardVerdict, CardVerifyInput,
};
use crate::i18n::Render;
use crate::secret::Secret;

/// Which of the two forms a panel shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    Config,
    Card,
}

/// The card values as typed, shared by both panels' Card mode.
#[derive(Clone, Debug)]
pub struct CardForm {
    pub api: CardApi,
    /// The wx_card api_ticket (a `Secret`: a debug print of the form shows `********`).
    pub ticket: Secret,
    pub show_ticket: bool,
    pub values: CardValues,
    /// Verify only: the server's signature and a jsapi ticket it may have used by mistake.
    pub signature: String,
    pub jsapi_ticket: Secret,
    pub result: Option<CardOutcome>,
}

impl Default for CardForm {
    fn default() -> Self {
        Self {
            api: CardApi::AddCard,
            ticket: Secret::default(),
            show_ticket: false,
            values: CardValues::default(),
            signature: String::new(),
            jsapi_ticket: Secret::default(),
            result: None,
        }
    }
}

/// Differing runs in the server's string and in the correct one.
type Highlights = (Vec<Range<usize>>, Vec<Range<usize>>);

/// The last Verify click in Card mode, with the highlights of each cause's string.
#[derive(Clone, Debug)]
pub struct CardOutcome {
    pub verdict: CardVerdict,
    pub diffs: Vec<Highlights>,
}

/// DOMAIN.md §11's official example.
pub const EXAMPLE_TICKET: &str = "ojZ8YtyVyr30HheH3CM73y7h4jJE";

impl CardForm {
    pub fn load_example(&mut self) {
        self.api = CardApi::AddCard;
        self.ticket = Secret::new(EXAMPLE_TICKET);
        self.show_ticket = true;
        self.values = CardValues {
            timestamp: "1404896688".into(),
            nonce_str: "123".into(),
            card_id: "pjZ8Yt1XGILfi-FUsewpnnolGgZk".into(),
            code: "1434008071".into(),
            ..CardValues::default()
        };
    }

    fn with_ticket(&self) -> CardValues {
        let mut v = self.values.clone();
        v.api_ticket = self.ticket.reveal().trim().to_owned();
        v
    }

    fn ready(&self) -> bool {
        let v = &self.values;
        !self.ticket.reveal().trim().is_empty()
            && !v.timestamp.is_empty()
            && !v.nonce_str.is_empty()
    }

    /// Runs the card verifier on the typed values.
    pub fn verify(&mut self) {
        let tickets = vec![Secret::new(self.ticket.reveal().trim())];
        let jsapi: Vec<Secret> = Some(self.jsapi_ticket.reveal().trim())
            .filter(|t| !t.is_empty())
            .map(Secret::new)
            .into_iter()
            .collect();
        let verdict = card::verify_card(&CardVerifyInput {
            api: self.api,
            values: self.values.clone(),
            tickets,
            jsapi_tickets: jsapi,
            signature: self.signature.trim().to_owned(),
        });
        let diffs = verdict
            .causes
            .iter()
            .map(|c| widgets::char_diff(&c.string1, &verdict.expected.string1))
            .collect();
        self.result = Some(CardOutcome { verdict, diffs });
    }
}

/// The `wx.config` / Card switch at the top of a panel.
/// The config call of the active profile's platform (`dd.config signature`) and, where the
/// platform issues a card ticket, Card; a Card mode left from another profile falls back.
pub fn mode_switch_ui(
    ui: &mut egui::Ui,
    mode: &mut Mode,
    spec: &crate::platform::PlatformSpec,
    s: &Strings,
) {
    let c = card_tr(s.lang());
    let card = spec.tickets.iter().any(|t| t.kind == "wx_card");
    if !card {
        *mode = Mode::Config;
    }
    let config = crate::core::text::msg!("gui-platforms-mode-config", call = spec.calls[0].js);
    ui.horizontal(|ui| {
        ui.selectable_value(mode, Mode::Config, config.get(s.lang()));
        if card {
            ui.selectable_value(mode, Mode::Card, c.mode_card);
        }
    });
    ui.add_space(2.0);
}

fn field_label(f: CardField) -> &'static str {
    f.key()
}

/// The API choice and one field per value the API signs (the ticket first).
fn inputs_ui(ui: &mut egui::Ui, form: &mut CardForm, c: &CardStrings, s: &Strings, prefix: &str) {
    let w = (ui.available_width() - widgets::LABEL_W - 140.0).max(240.0);
    ui.horizontal(|ui| {
        widgets::form_label(ui, c.api);
        ui.radio_value(&mut form.api, CardApi::AddCard, "addCard");
        ui.radio_value(&mut form.api, CardApi::ChooseCard, "chooseCard");
    });
    ui.horizontal(|ui| {
        let id = egui::Id::unique((prefix, "card.ticket"));
        let hide = !form.show_ticket;
        widgets::labelled_field(
            ui,
            c.card_ticket,
            form.ticket.reveal_mut(),
            c.card_ticket_hint,
            id,
            hide,
            w,
        );
        ui.checkbox(&mut form.show_ticket, s.show_ticket);
    });
    for f in form.api.fields() {
        if *f == CardField::ApiTicket {
            continue;
        }
        let optional = form.api.optional().contains(f);
        let mut value = form.values.get(*f).to_owned();
        ui.horizontal(|ui| {
            let id = egui::Id::unique((prefix, "card", f.key()));
            let hint = if optional { c.optional_hint } else { "" };
            widgets::labelled_field(ui, field_label(*f), &mut value, hint, id, false, w);
        });
        if value != form.values.get(*f) {
            form.values.set(*f, value);
        }
    }
}

/// The values as signed: one box per value, in sorted order, with its key under it.
fn sorted_values_ui(
    ui: &mut egui::Ui,
    api: CardApi,
    values: &CardValues,
    hide: bool,
    c: &CardStrings,
) {
    let palette = theme::palette(ui);
    let mut items: Vec<(&'static str, String)> = api
        .fields()
        .iter()
        .map(|f| (f.key(), values.get(*f).to_owned()))
        .filter(|(_, v)| !v.is_empty())
        .collect();
    items.sort_by(|a, b| a.1.cmp(&b.1));
    ui.horizontal(|ui| {
        ui.label(RichText::new(c.sorted_values).strong());
        ui.weak(c.sorted_legend);
    });
    ui.horizontal_wrapped(|ui| {
        for (i, (key, value)) in items.iter().enumerate() {
            if i > 0 {
                ui.colored_label(palette.punct, "+");
            }
            let shown = if hide && *key == "api_ticket" {
                crate::secret::redact(value)
            } else {
                value.clone()
            };
            egui::Frame::group(ui.style())
                .inner_margin(egui::Margin::symmetric(6, 2))
                .show(ui, |ui| {
                    ui.vertical(|ui| {
                        ui.monospace(shown);
                        ui.small(format!("{}. {key}", i + 1));
                    });
                });
        }
    });
}

/// Sign panel, Card mode: the form, the values in signing order, the string and the SHA-1.
pub fn card_sign_ui(ui: &mut egui::Ui, form: &mut CardForm, s: &Strings) {
    let c = card_tr(s.lang());
    ui.label(c.sign_intro);
    if ui.button(c.load_example).clicked() {
        form.load_example();
    }
    ui.add_space(4.0);
    inputs_ui(ui, form, c, s, "sign");
    ui.separator();
    if !form.ready() {
        ui.weak(c.fill_inputs);
        return;
    }
    let values = form.with_ticket();
    sorted_values_ui(ui, form.api, &values, !form.show_ticket, c);
    let CardSignature { string1, signature } = card::sign_card(form.api, &values);
    ui.add_space(4.0);
    ui.label(RichText::new(c.string).strong());
    let shown = if form.show_ticket {
        string1.clone()
    } else {
        crate::secret::redact_in(&string1, [values.api_ticket.as_str()])
    };
    ui.add(egui::Label::new(RichText::new(shown).monospace()).wrap());
    ui.horizontal(|ui| {
        ui.label(RichText::new(c.result).strong());
        ui.label(RichText::new(&signature).monospace().size(16.0));
    });
    ui.horizontal(|ui| {
        widgets::copy_button(ui, c.copy_string, c.copied, &string1);
        widgets::copy_button(ui, c.copy_signature, c.copied, &signature);
    });
}

/// Verify panel, Card mode: the form plus the signature, a Verify button, and the verdict with
/// each cause's string highlighted against the correct one.
pub fn card_verify_ui(ui: &mut egui::Ui, form: &mut CardForm, s: &Strings) {
    let c = card_tr(s.lang());
    ui.label(c.verify_intro);
    if ui.button(c.load_example).clicked() {
        form.load_example();
    }
    ui.add_space(4.0);
    inputs_ui(ui, form, c, s, "verify");
    let w = (ui.available_width() - widgets::LABEL_W - 140.0).max(240.0);
    ui.horizontal(|ui| {
        let id = egui::Id::unique("verify.card.jsapi");
        widgets::labelled_field(
            ui,
            c.jsapi_ticket,
            form.jsapi_ticket.reveal_mut(),
            c.jsapi_ticket_hint,
            id,
            !form.show_ticket,
            w,
        );
    });
    ui.horizontal(|ui| {
        let id = egui::Id::unique("verify.card.signature");
        widgets::labelled_field(
            ui,
            c.signature,
            &mut form.signature,
            c.signature_hint,
            id,
            false,
            w,
        );
    });
    let enabled = form.ready() && !form.signature.trim().is_empty();
    if ui
        .add_enabled(
            enabled,
            egui::Button::new(RichText::new(c.verify_button).strong()),
        )
        .clicked()
    {
        form.verify();
    }
    ui.separator();
    let hide = !form.show_ticket;
    let ticket = form.ticket.reveal().trim().to_owned();
    let Some(outcome) = &form.result else {
        if !form.ready() {
            ui.weak(c.fill_inputs);
        }
        return;
    };
    let palette = theme::palette(ui);
    let v = &outcome.verdict;
    let (text, color) = if v.matched {
        (s.verdict_match, palette.ok)
    } else {
        (s.verdict_mismatch, palette.error)
    };
    ui.label(RichText::new(text).size(30.0).strong().color(color));
    ui.horizontal(|ui| {
        ui.label(RichText::new(c.expected).strong());
        ui.monospace(&v.expected.signature);
        ui.weak(format!("· {}: {}", s.candidates, v.tried));
    });
    let lang = s.lang();
    if !v.causes.is_empty() {
        ui.label(RichText::new(s.causes).strong());
    }
    for (cause, (hl_server, hl_right)) in v.causes.iter().zip(&outcome.diffs) {
        ui.horizontal_wrapped(|ui| {
            widgets::status_dot(ui, palette.error, "x");
            ui.label(cause.message.get(lang));
        });
        ui.weak(c.server_string);
        marked(ui, &cause.string1, hl_server, hide, &ticket);
        ui.weak(c.correct_string);
        marked(ui, &v.expected.string1, hl_right, hide, &ticket);
        ui.add_space(6.0);
    }
    if !v.notes.is_empty() {
        ui.label(RichText::new(s.notes).strong());
        for n in &v.notes {
            ui.label(format!("• {}", n.get(lang)));
        }
    }
}

/// A string with highlights; a hidden ticket is drawn as its preview and highlights are kept
/// only where the text is unchanged (outside the ticket).
fn marked(ui: &mut egui::Ui, text: &str, hl: &[Range<usize>], hide: bool, ticket: &str) {
    if !hide || ticket.is_empty() || !text.contains(ticket) {
        widgets::marked_text(ui, text, hl);
        return;
    }
    let Some(at) = text.find(ticket) else {
        widgets::marked_text(ui, text, hl);
        return;
    };
    widgets::marked_text_hiding(ui, text, hl, at..at + ticket.len());
}

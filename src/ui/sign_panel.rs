//! Sign: the official signature checker, plus what it never told you — the URL the page really
//! signs, the rules it breaks, string1 with its invisible characters shown, and a `wx.config`.

use std::ops::Range;

use eframe::egui::{self, RichText};

use super::i18n::Strings;
use super::{snippet, theme, widgets};
use crate::core::jsapi;
use crate::core::sign::{self, Signature, TimestampUnit};
use crate::core::text::msg;
use crate::core::urlcheck::{self, DomainWording, UrlAnalysis};
use crate::i18n::{Render, text};
use crate::platform::ConfigCall;
use crate::secret::{self, Secret};

/// The ticket, nonce and timestamp of DOMAIN.md §1, the example of the official docs.
pub const EXAMPLE_TICKET: &str =
    "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";
pub const EXAMPLE_NONCE: &str = "Wm3WZYTPz0wzccnW";
pub const EXAMPLE_TIMESTAMP: &str = "1414587457";
pub const EXAMPLE_URL: &str = "http://mp.weixin.qq.com?params=value";

/// Ids of fields other code focuses (Ctrl+L).
pub fn url_field_id() -> egui::Id {
    egui::Id::unique("sign.url")
}

/// What the user asked for; the app carries it out (clock, randomness, cache).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignAction {
    GenerateNonce,
    TimestampNow,
    LoadExample,
    /// Replace the typed URL with the one the page really signs.
    UseSignUrl,
}

/// The Sign panel's inputs and a memo of the last computation.
#[derive(Default)]
pub struct SignPanel {
    /// Typed, pasted or fetched (a `Secret`: no debug print or log shows it).
    pub ticket: Secret,
    /// Show the ticket in clear (pasted tickets); cached ones start hidden.
    pub show_ticket: bool,
    pub noncestr: String,
    pub timestamp: String,
    pub url: String,
    /// wx.config or Card mode, and the card form.
    pub mode: super::card_mode::Mode,
    pub card: super::card_mode::CardForm,
    /// WeCom: the agentConfig's ticket and nonce, shown for a WeCom profile.
    pub wecom: super::wecom_sign::WecomSign,
    memo: Option<Computed>,
}

struct Computed {
    inputs: [String; 4],
    domains: Vec<String>,
    words: &'static DomainWording,
    call: &'static ConfigCall,
    sig: Signature,
    analysis: UrlAnalysis,
    /// Highlights of the typed URL and of `sign_url` where they differ.
    diff_sign: Vec<Range<usize>>,
}

impl SignPanel {
    pub fn load_example(&mut self) {
        self.ticket = Secret::new(EXAMPLE_TICKET);
        self.show_ticket = true;
        self.noncestr = EXAMPLE_NONCE.to_owned();
        self.timestamp = EXAMPLE_TIMESTAMP.to_owned();
        self.url = EXAMPLE_URL.to_owned();
        self.wecom.load_example();
    }

    /// The signature of the current inputs; recomputed only when an input changed, so typing in
    /// an 8 KB URL costs one SHA-1 and one analysis per keystroke, not per frame.
    fn refresh(
        &mut self,
        domains: &[String],
        words: &'static DomainWording,
        call: &'static ConfigCall,
    ) {
        let stale = self.memo.as_ref().is_none_or(|m| {
            m.inputs[0] != self.ticket.reveal()
                || m.inputs[1] != self.noncestr
                || m.inputs[2] != self.timestamp
                || m.inputs[3] != self.url
                || m.domains != domains
                || !std::ptr::eq(m.words, words)
                || !std::ptr::eq(m.call, call)
        });
        if stale {
            let sig = sign::sign_with(
                &call.recipe,
                self.ticket.reveal(),
                &self.noncestr,
                &self.timestamp,
                &self.url,
            );
            let analysis = urlcheck::analyze_url_as(&self.url, domains, words);
            let diff_sign = match &analysis.sign_url {
                Some(s) => widgets::char_diff(&self.url, s).1,
                None => Vec::new(),
            };
            self.memo = Some(Computed {
                inputs: [
                    self.ticket.reveal().to_owned(),
                    self.noncestr.clone(),
                    self.timestamp.clone(),
                    self.url.clone(),
                ],
                domains: domains.to_vec(),
                words,
                call,
                sig,
                analysis,
                diff_sign,
            });
        }
    }
}

/// Context the panel needs from the app.
pub struct SignCtx<'a> {
    pub s: &'static Strings,
    pub app_id: Option<&'a str>,
    pub safe_domains: &'a [String],
    /// The active profile's platform: its domain findings' words, the call it signs (recipe,
    /// field names) and whether it has a card ticket.
    pub spec: &'static crate::platform::PlatformSpec,
    pub js_api_list: &'a mut Vec<String>,
    pub open_tag_list: &'a mut Vec<String>,
}

/// Draws the panel and returns the action the user asked for, if any.
pub fn sign_panel_ui(ui: &mut egui::Ui, p: &mut SignPanel, cx: SignCtx<'_>) -> Option<SignAction> {
    let s = cx.s;
    let mut action = None;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            super::card_mode::mode_switch_ui(ui, &mut p.mode, cx.spec, s);
            if p.mode == super::card_mode::Mode::Card {
                super::card_mode::card_sign_ui(ui, &mut p.card, s);
                return;
            }
            if p.ticket.is_empty() && p.url.is_empty() {
                ui.horizontal_wrapped(|ui| {
                    ui.label(s.example_intro);
                    if ui.button(s.load_example).clicked() {
                        action = Some(SignAction::LoadExample);
                    }
                });
                ui.add_space(4.0);
            }
            if let Some(a) = inputs_ui(ui, p, s) {
                action = Some(a);
            }
            if p.wecom.enabled {
                super::wecom_sign::agent_inputs_ui(ui, &mut p.wecom, p.show_ticket, s);
            }
            ui.separator();
            let palette = theme::palette(ui);
            p.refresh(cx.safe_domains, cx.spec.domain_wording, &cx.spec.calls[0]);
            let Some(c) = &p.memo else { return };

            // What the page signs.
            if !c.inputs[3].is_empty() {
                ui.horizontal(|ui| {
                    ui.label(RichText::new(s.sign_url).strong());
                    match &c.analysis.sign_url {
                        Some(u) if *u == c.inputs[3] => {
                            ui.colored_label(palette.ok, s.sign_url_same);
                        }
                        Some(_) => {
                            ui.weak(s.changes_legend);
                            if ui.small_button(s.use_sign_url).clicked() {
                                action = Some(SignAction::UseSignUrl);
                            }
                        }
                        None => {
                            ui.colored_label(palette.error, s.sign_url_invalid);
                        }
                    }
                });
                if let Some(u) = &c.analysis.sign_url
                    && *u != c.inputs[3]
                {
                    widgets::marked_text(ui, u, &c.diff_sign);
                }
                findings_ui(ui, &c.analysis, s);
                ui.separator();
            }

            if c.inputs[0].is_empty() || c.inputs[3].is_empty() {
                ui.weak(match (c.inputs[0].is_empty(), c.inputs[3].is_empty()) {
                    (true, false) => s.ticket_missing,
                    (false, true) => s.url_missing,
                    _ => s.fill_inputs,
                });
                return;
            }
            timestamp_hint_ui(ui, &c.inputs[2], s, &palette);
            if p.wecom.enabled {
                let list = cx.js_api_list.clone();
                super::wecom_sign::two_calls_ui(ui, &c.sig, &p.wecom, p.show_ticket, &list, s);
                return;
            }
            output_ui(ui, c, p.show_ticket, s, &palette);
            let snippet_text =
                snippet::config_call(c.call, cx.app_id, &c.sig, cx.js_api_list, cx.open_tag_list);
            let copy = msg!("gui-platforms-copy-call", call = c.call.js).get(s.lang);
            ui.horizontal(|ui| {
                widgets::copy_button(ui, s.copy_string1, s.copied, &c.sig.string1);
                widgets::copy_button(ui, s.copy_signature, s.copied, &c.sig.signature);
                widgets::copy_button(ui, &copy, s.copied, &snippet_text);
            });
            let lists = c
                .call
                .fields
                .wechat_api_list
                .then_some((cx.js_api_list, cx.open_tag_list));
            snippet_ui(ui, c.call.js, &snippet_text, lists, s);
        });
    action
}

fn inputs_ui(ui: &mut egui::Ui, p: &mut SignPanel, s: &Strings) -> Option<SignAction> {
    let mut action = None;
    // The label column and the button column take ~290 px; the fields get the rest.
    let w = (ui.available_width() - widgets::LABEL_W - 140.0).max(240.0);
    ui.horizontal(|ui| {
        let id = egui::Id::unique("sign.ticket");
        widgets::labelled_field(
            ui,
            s.ticket,
            p.ticket.reveal_mut(),
            s.ticket_hint,
            id,
            !p.show_ticket,
            w,
        );
        ui.checkbox(&mut p.show_ticket, s.show_ticket);
    });
    ui.horizontal(|ui| {
        let id = egui::Id::unique("sign.nonce");
        widgets::labelled_field(ui, s.noncestr, &mut p.noncestr, "", id, false, w);
        if ui.button(s.generate).clicked() {
            action = Some(SignAction::GenerateNonce);
        }
    });
    ui.horizontal(|ui| {
        let id = egui::Id::unique("sign.timestamp");
        widgets::labelled_field(ui, s.timestamp, &mut p.timestamp, "", id, false, w);
        if ui.button(s.now).clicked() {
            action = Some(SignAction::TimestampNow);
        }
    });
    ui.horizontal(|ui| {
        let id = url_field_id();
        widgets::labelled_field(ui, s.page_url, &mut p.url, s.page_url_hint, id, false, w);
    });
    action
}

/// Every finding of a URL analysis: icon, message, fix.
pub fn findings_ui(ui: &mut egui::Ui, analysis: &UrlAnalysis, s: &Strings) {
    let lang = s.lang();
    for f in &analysis.findings {
        ui.horizontal_wrapped(|ui| {
            widgets::severity_icon(ui, f.severity, s.severity_name(f.severity));
            ui.label(f.message.get(lang));
            ui.weak(format!("{}: {}", s.fix, f.fix.get(lang)));
        });
    }
}

fn timestamp_hint_ui(ui: &mut egui::Ui, ts: &str, s: &Strings, palette: &theme::Palette) {
    if ts.is_empty() {
        return;
    }
    match TimestampUnit::of(ts) {
        None => {
            ui.colored_label(palette.warn, s.timestamp_not_number);
        }
        Some(TimestampUnit::Millis) => {
            ui.colored_label(palette.warn, s.timestamp_ms);
        }
        Some(TimestampUnit::Seconds) => {}
    }
}

/// string1 one pair per row with the `&` separators visible, next to the signature.
fn output_ui(
    ui: &mut egui::Ui,
    c: &Computed,
    show_ticket: bool,
    s: &Strings,
    palette: &theme::Palette,
) {
    ui.horizontal(|ui| {
        ui.label(RichText::new(s.string1).strong());
        ui.weak(s.string1_legend);
    });
    let font = egui::TextStyle::Monospace.resolve(ui.style());
    let text_color = ui.visuals().text_color();
    egui::Frame::new()
        .fill(ui.visuals().extreme_bg_color)
        .inner_margin(6.0)
        .corner_radius(4.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            for (i, (key, value)) in c.sig.pairs().into_iter().enumerate() {
                let mut job = egui::text::LayoutJob::default();
                let punct = egui::TextFormat::simple(font.clone(), palette.punct);
                job.append(if i == 0 { "  " } else { "& " }, 0.0, punct.clone());
                job.append(key, 0.0, egui::TextFormat::simple(font.clone(), text_color));
                job.append("=", 0.0, punct);
                if i == 0 && !show_ticket {
                    let hidden = secret::redact(value);
                    job.append(
                        &hidden,
                        0.0,
                        egui::TextFormat::simple(font.clone(), text_color),
                    );
                } else {
                    widgets::append_marked(&mut job, value, &[], text_color, &font, palette);
                }
                job.wrap.max_width = ui.available_width();
                job.wrap.break_anywhere = true;
                ui.label(job);
            }
        });
    ui.horizontal(|ui| {
        let label = msg!("platforms-signature", digest = c.call.recipe.digest.name()).get(s.lang);
        ui.label(RichText::new(label).strong());
        ui.label(
            RichText::new(&c.sig.signature)
                .monospace()
                .size(16.0)
                .color(palette.ok),
        );
    });
    let call = c
        .call
        .signed_call(&c.sig.timestamp, &c.sig.noncestr, &c.sig.signature);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(text(s.lang, "platforms-sign-call")).strong());
        ui.label(RichText::new(call).monospace());
    });
}

/// The call as the page writes it; with the WeChat API and open-tag pickers where `jsApiList`
/// takes WeChat's names.
fn snippet_ui(
    ui: &mut egui::Ui,
    js: &str,
    text: &str,
    lists: Option<(&mut Vec<String>, &mut Vec<String>)>,
    s: &Strings,
) {
    egui::CollapsingHeader::new(msg!("gui-platforms-snippet", call = js).get(s.lang))
        .id_salt("sign.snippet")
        .default_open(false)
        .show(ui, |ui| {
            ui.label(RichText::new(text).monospace());
            let Some((js_api_list, open_tag_list)) = lists else {
                return;
            };
            ui.label(RichText::new(s.js_api_list).strong());
            ui.horizontal_wrapped(|ui| {
                for name in jsapi::CURRENT {
                    toggle(ui, js_api_list, name, RichText::new(*name));
                }
                let warn = theme::palette(ui).warn;
                for (name, _) in jsapi::DEPRECATED {
                    let label = RichText::new(format!("{name} ({})", s.deprecated)).color(warn);
                    toggle(ui, js_api_list, name, label);
                }
            });
            ui.label(RichText::new(s.open_tag_list).strong());
            ui.horizontal_wrapped(|ui| {
                for name in jsapi::OPEN_TAGS {
                    toggle(ui, open_tag_list, name, RichText::new(*name));
                }
            });
        });
}

fn toggle(ui: &mut egui::Ui, list: &mut Vec<String>, name: &str, label: RichText) {
    let mut on = list.iter().any(|n| n == name);
    if ui.checkbox(&mut on, label).changed() {
        if on {
            list.push(name.to_owned());
        } else {
            list.retain(|n| n != name);
        }
    }
}

//! Check URL: paste a page URL, see what the page signs and every finding against the safe
//! domains, which are editable inline.

use std::ops::Range;

use eframe::egui::{self, RichText};

use super::i18n::Strings;
use super::{sign_panel, theme, widgets};
use crate::core::urlcheck::{self, DomainWording, UrlAnalysis};
use crate::i18n::Render;

pub fn url_field_id() -> egui::Id {
    egui::Id::unique("check.url")
}

/// The panel's input, the domain being typed, and a memo of the last analysis.
#[derive(Default)]
pub struct CheckUrlPanel {
    pub url: String,
    pub new_domain: String,
    memo: Option<Memo>,
}

/// The URL and domains analysed (and in whose words), the analysis, and the highlights of its
/// sign URL.
type Memo = (
    String,
    Vec<String>,
    &'static DomainWording,
    UrlAnalysis,
    Vec<Range<usize>>,
);

/// Draws the panel. Domain edits go straight into `safe_domains`; returns true when they changed
/// so the app can persist them. `words` is how the active profile's platform names its domains.
pub fn check_url_panel_ui(
    ui: &mut egui::Ui,
    p: &mut CheckUrlPanel,
    safe_domains: &mut Vec<String>,
    words: &'static DomainWording,
    s: &Strings,
) -> bool {
    let mut domains_changed = false;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(s.check_url_intro);
            ui.horizontal(|ui| {
                let w = (ui.available_width() - widgets::LABEL_W - 20.0).max(240.0);
                let (id, hint) = (url_field_id(), s.page_url_hint);
                widgets::labelled_field(ui, s.page_url, &mut p.url, hint, id, false, w);
            });
            ui.separator();
            domains_changed = domains_ui(ui, p, safe_domains, words, s);
            ui.separator();

            let stale = p.memo.as_ref().is_none_or(|(u, d, w, _, _)| {
                *u != p.url || d != safe_domains || !std::ptr::eq(*w, words)
            });
            if stale {
                let a = urlcheck::analyze_url_as(&p.url, safe_domains, words);
                let diff = a
                    .sign_url
                    .as_deref()
                    .map(|su| widgets::char_diff(&p.url, su).1)
                    .unwrap_or_default();
                p.memo = Some((p.url.clone(), safe_domains.clone(), words, a, diff));
            }
            let Some((url, _, _, analysis, diff)) = &p.memo else {
                return;
            };
            if url.is_empty() {
                return;
            }
            let palette = theme::palette(ui);
            ui.label(RichText::new(s.sign_url).strong());
            match &analysis.sign_url {
                Some(su) => {
                    widgets::marked_text(ui, su, diff);
                    if !diff.is_empty() {
                        ui.weak(s.changes_legend);
                    }
                }
                None => {
                    ui.colored_label(palette.error, s.sign_url_invalid);
                }
            }
            for change in &analysis.changes {
                ui.weak(format!("• {}", change.description.get(s.lang())));
            }
            ui.add_space(6.0);
            ui.label(RichText::new(s.findings).strong());
            if analysis.findings.is_empty() {
                ui.horizontal(|ui| {
                    widgets::status_dot(ui, palette.ok, "v");
                    ui.label(s.no_findings);
                });
            } else {
                sign_panel::findings_ui(ui, analysis, s);
            }
        });
    domains_changed
}

fn domains_ui(
    ui: &mut egui::Ui,
    p: &mut CheckUrlPanel,
    safe_domains: &mut Vec<String>,
    words: &DomainWording,
    s: &Strings,
) -> bool {
    let mut changed = false;
    let title = words.title.get(s.lang());
    let title = title.as_str();
    ui.label(RichText::new(title).strong());
    let mut remove = None;
    for (i, d) in safe_domains.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            let r = ui.add(
                egui::TextEdit::singleline(d)
                    .id(egui::Id::unique(("check.domain", i)))
                    .font(egui::TextStyle::Monospace)
                    .desired_width(280.0),
            );
            let r = r.on_hover_text(title);
            changed |= r.changed();
            if ui.small_button(format!("{} {}", s.remove, i + 1)).clicked() {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        safe_domains.remove(i);
        changed = true;
    }
    ui.horizontal(|ui| {
        let l = ui.label(s.add_domain);
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut p.new_domain)
                    .id(egui::Id::unique("check.new_domain"))
                    .hint_text(s.safe_domains_hint)
                    .font(egui::TextStyle::Monospace)
                    .desired_width(280.0),
            )
            .labelled_by(l.id);
        let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let add = ui.button("+").on_hover_text(s.add_domain).clicked() || enter;
        let d = p.new_domain.trim();
        if add && !d.is_empty() && !safe_domains.iter().any(|x| x == d) {
            safe_domains.push(d.to_owned());
            p.new_domain.clear();
            changed = true;
        }
    });
    changed
}

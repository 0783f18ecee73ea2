//! The drawn timeline: one column per platform, a vertical line through one node per thing the
//! page did (landing, route changes, config with its verdict, share calls, blocked requests,
//! dialogs, failures, the OAuth stop), each with its time and a one-line summary; the full
//! details are in the hover text.

use eframe::egui::{self, Color32, FontId, RichText, Stroke};

use super::{ProbeCtx, platform_name};
use crate::core::urlcheck::Severity;
use crate::i18n::Render;
use crate::probe::report::{TimelineEntry, UrlChangeKind};
use crate::probe::{Outcome, Run};
use crate::ui::theme::{self, Palette};

/// What a node looks like.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Node {
    /// A check mark: this went right.
    Ok,
    /// A cross: this is the problem.
    Bad,
    /// A coloured dot with a letter.
    Mark(Tone, char),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Tone {
    Info,
    Warn,
    Error,
    Quiet,
}

pub(super) struct Row {
    pub node: Node,
    pub at_ms: Option<u64>,
    pub kind: String,
    pub detail: String,
    pub hover: String,
}

pub(super) fn timelines_ui(ui: &mut egui::Ui, runs: &[Run], cx: &ProbeCtx<'_>) {
    match runs {
        [] => {}
        [one] => run_timeline_ui(ui, one, cx),
        many => {
            ui.columns(many.len(), |cols| {
                for (col, run) in cols.iter_mut().zip(many) {
                    run_timeline_ui(col, run, cx);
                }
            });
        }
    }
}

fn run_timeline_ui(ui: &mut egui::Ui, run: &Run, cx: &ProbeCtx<'_>) {
    let palette = theme::palette(ui);
    let s = cx.s;
    ui.horizontal(|ui| {
        let (rect, _) = ui.allocate_exact_size(egui::vec2(16.0, 16.0), egui::Sense::hover());
        paint_node(
            ui.painter(),
            rect,
            if run.passed { Node::Ok } else { Node::Bad },
            &palette,
        );
        ui.label(
            RichText::new(platform_name(run.platform))
                .size(16.0)
                .strong(),
        );
        let word = if run.passed {
            s.verdict_passed
        } else {
            s.verdict_failed
        };
        let color = if run.passed {
            palette.ok
        } else {
            palette.error
        };
        ui.colored_label(color, word);
        ui.weak(format!(
            "· {} · {} ms",
            run.outcome.label().get(cx.lang),
            run.duration_ms
        ));
    });
    egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::symmetric(8, 6))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            rows_ui(ui, &rows(run, cx), &palette);
        });
}

fn rows_ui(ui: &mut egui::Ui, rows: &[Row], palette: &Palette) {
    // The line goes under the nodes: reserve its place in the paint order first.
    let line = ui.painter().add(egui::Shape::Noop);
    let mut first = None;
    let mut last = None;
    for row in rows {
        ui.horizontal(|ui| {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(16.0, 16.0), egui::Sense::hover());
            paint_node(ui.painter(), rect, row.node, palette);
            first.get_or_insert(rect.center());
            last = Some(rect.center());
            let time = row.at_ms.map(|t| format!("{t} ms")).unwrap_or_default();
            ui.add_sized(
                [56.0, 16.0],
                egui::Label::new(RichText::new(time).monospace().weak().size(11.0)),
            );
            let tone = match row.node {
                Node::Ok => palette.ok,
                Node::Bad => palette.error,
                Node::Mark(t, _) => tone_color(t, palette, ui.visuals().text_color()),
            };
            ui.label(RichText::new(&row.kind).strong().color(tone));
            ui.add(egui::Label::new(&row.detail).truncate())
                .on_hover_text(&row.hover);
        });
    }
    if let (Some(a), Some(b)) = (first, last)
        && a != b
    {
        let color = ui.visuals().weak_text_color();
        ui.painter().set(
            line,
            egui::Shape::line_segment([a, b], Stroke::new(2.0, color)),
        );
    }
}

fn tone_color(t: Tone, p: &Palette, quiet: Color32) -> Color32 {
    match t {
        Tone::Info => p.info,
        Tone::Warn => p.warn,
        Tone::Error => p.error,
        Tone::Quiet => quiet,
    }
}

/// Painted, not a glyph: no font can lack a check mark this way.
pub(super) fn paint_node(painter: &egui::Painter, rect: egui::Rect, node: Node, p: &Palette) {
    let c = rect.center();
    let r = rect.width() / 2.0;
    let white = Stroke::new(2.0, Color32::WHITE);
    match node {
        Node::Ok => {
            painter.circle_filled(c, r, p.ok);
            painter.line_segment(
                [c + egui::vec2(-4.0, 0.0), c + egui::vec2(-1.0, 3.5)],
                white,
            );
            painter.line_segment(
                [c + egui::vec2(-1.0, 3.5), c + egui::vec2(4.5, -3.5)],
                white,
            );
        }
        Node::Bad => {
            painter.circle_filled(c, r, p.error);
            painter.line_segment(
                [c + egui::vec2(-3.5, -3.5), c + egui::vec2(3.5, 3.5)],
                white,
            );
            painter.line_segment(
                [c + egui::vec2(-3.5, 3.5), c + egui::vec2(3.5, -3.5)],
                white,
            );
        }
        Node::Mark(tone, ch) => {
            let color = tone_color(tone, p, Color32::from_gray(128));
            painter.circle_filled(c, r, color);
            painter.text(
                c,
                egui::Align2::CENTER_CENTER,
                ch,
                FontId::monospace(10.0),
                Color32::WHITE,
            );
        }
    }
}

/// The rows of a run, in time order.
pub(super) fn rows(run: &Run, cx: &ProbeCtx<'_>) -> Vec<Row> {
    let (s, vs, lang) = (cx.s, cx.vs, cx.lang);
    let mut out = Vec::new();
    match &run.landing_url {
        Some(url) => out.push(Row {
            node: Node::Mark(Tone::Info, 'L'),
            at_ms: Some(0),
            kind: s.landing.to_owned(),
            detail: url.clone(),
            hover: url.clone(),
        }),
        None => out.push(Row {
            node: Node::Bad,
            at_ms: None,
            kind: s.nothing_loaded.to_owned(),
            detail: String::new(),
            hover: String::new(),
        }),
    }
    for entry in run.timeline() {
        let at_ms = Some(entry.at_ms());
        let row = match entry {
            TimelineEntry::UrlChange(u) => {
                let (kind, ch) = match u.kind {
                    UrlChangeKind::PushState => (s.push_state, 'R'),
                    UrlChangeKind::ReplaceState => (s.replace_state, 'R'),
                    UrlChangeKind::HashChange => (s.hash_change, '#'),
                    UrlChangeKind::PopState => (s.pop_state, 'R'),
                    UrlChangeKind::Navigation => (s.navigation, 'N'),
                };
                Row {
                    node: Node::Mark(Tone::Info, ch),
                    at_ms,
                    kind: kind.to_owned(),
                    detail: u.url.clone(),
                    hover: u.url.clone(),
                }
            }
            TimelineEntry::Config(c) => {
                let (node, verdict) = match c.matched {
                    Some(true) => (Node::Ok, vs.verdict_match.to_owned()),
                    Some(false) => {
                        let why = c
                            .causes
                            .first()
                            .map(|k| format!(": {}", k.message.get(lang)))
                            .unwrap_or_default();
                        (Node::Bad, format!("{}{why}", vs.verdict_mismatch))
                    }
                    None => (Node::Mark(Tone::Warn, '?'), s.not_checked.to_owned()),
                };
                Row {
                    node,
                    at_ms,
                    kind: s.config.to_owned(),
                    detail: verdict,
                    hover: format!(
                        "appId {}\n{}: {}\n{}: {}\n{}: {}",
                        c.app_id,
                        s.href_at_call,
                        c.href,
                        s.verified_url,
                        c.verified_url,
                        cx.answered_by.unwrap_or(s.answered),
                        c.answer
                    ),
                }
            }
            TimelineEntry::Share(sh) => {
                let worst = sh.findings.iter().map(|f| f.severity).max();
                let tone = match worst {
                    Some(Severity::Error) => Tone::Error,
                    _ if sh.before_config => Tone::Warn,
                    Some(Severity::Warning) => Tone::Warn,
                    _ => Tone::Info,
                };
                let title = sh.title.clone().unwrap_or_else(|| s.no_title.to_owned());
                let mut hover = format!("{}\n{title}", sh.api);
                for v in [&sh.desc, &sh.link, &sh.img_url].into_iter().flatten() {
                    hover.push('\n');
                    hover.push_str(v);
                }
                if sh.before_config {
                    hover.push_str(&format!("\n{}", s.share_before_config));
                }
                Row {
                    node: Node::Mark(tone, 'S'),
                    at_ms,
                    kind: s.share.to_owned(),
                    detail: format!("{} · {title}", sh.api),
                    hover,
                }
            }
            TimelineEntry::OAuth(o) => Row {
                node: Node::Mark(Tone::Error, 'O'),
                at_ms,
                kind: s.oauth.to_owned(),
                detail: format!("appid {} · {}", o.appid, o.redirect_uri),
                hover: o.authorize_url.clone(),
            },
            TimelineEntry::Blocked(b) => Row {
                node: Node::Mark(Tone::Warn, 'B'),
                at_ms,
                kind: s.blocked.to_owned(),
                detail: format!("{} · {}", blocked_reason(&b.reason, cx), b.url),
                hover: b.url.clone(),
            },
            TimelineEntry::Dialog(d) => Row {
                node: Node::Mark(Tone::Quiet, 'D'),
                at_ms,
                kind: s.dialog.to_owned(),
                detail: format!("{}: {}", d.kind, d.message),
                hover: d.message.clone(),
            },
            TimelineEntry::FailedRequest(f) => {
                let what = match (f.status, &f.error) {
                    (Some(code), _) => format!("HTTP {code}"),
                    (None, Some(e)) => e.clone(),
                    (None, None) => "-".to_owned(),
                };
                Row {
                    node: Node::Mark(Tone::Error, 'F'),
                    at_ms,
                    kind: s.failed_request.to_owned(),
                    detail: format!("{} {} → {what}", f.method, f.url),
                    hover: format!("{} {}\n{what} ({})", f.method, f.url, f.resource_type),
                }
            }
            TimelineEntry::Exception(e) => Row {
                node: Node::Mark(Tone::Error, 'E'),
                at_ms,
                kind: s.exception.to_owned(),
                detail: e.message.clone(),
                hover: e.message.clone(),
            },
        };
        out.push(row);
    }
    if !matches!(run.outcome, Outcome::Configured | Outcome::OauthRequired) {
        out.push(Row {
            node: Node::Bad,
            at_ms: Some(run.duration_ms),
            kind: run.outcome.label().get(lang).to_owned(),
            detail: String::new(),
            hover: String::new(),
        });
    }
    out
}

pub(super) fn blocked_reason(reason: &str, cx: &ProbeCtx<'_>) -> String {
    match reason {
        "sdk_report" => cx.s.blocked_beacon.to_owned(),
        "oauth" => cx.s.blocked_oauth.to_owned(),
        other => other.to_owned(),
    }
}

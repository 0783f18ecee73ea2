//! The share settings drawn as WeChat shows them: a link card in a chat bubble (title up to two
//! lines, description up to three beside the square-cropped thumbnail) for "send to a friend",
//! the grey Moments box (thumbnail and title) for the timeline, then the link and the findings.

use std::collections::HashMap;
use std::sync::Arc;

use eframe::egui::{self, Color32, FontId, Pos2, Rect, RichText, Stroke, text::LayoutJob};

use super::{ProbeCtx, Thumb};
use crate::i18n::Render;
use crate::probe::Run;
use crate::probe::report::ShareCall;
use crate::ui::{theme, widgets};

/// WeChat's colours for the chat background, the bubble, its text and the Moments box.
struct Look {
    chat_bg: Color32,
    bubble: Color32,
    title: Color32,
    desc: Color32,
    moments_bg: Color32,
    avatar: Color32,
    empty_thumb: Color32,
}

fn look(ui: &egui::Ui) -> Look {
    if ui.visuals().dark_mode {
        Look {
            chat_bg: Color32::from_rgb(0x11, 0x11, 0x11),
            bubble: Color32::from_rgb(0x2c, 0x2c, 0x2c),
            title: Color32::from_rgb(0xd5, 0xd5, 0xd5),
            desc: Color32::from_rgb(0x8c, 0x8c, 0x8c),
            moments_bg: Color32::from_rgb(0x26, 0x26, 0x26),
            avatar: Color32::from_rgb(0x3a, 0x6e, 0x4e),
            empty_thumb: Color32::from_rgb(0x44, 0x44, 0x44),
        }
    } else {
        Look {
            chat_bg: Color32::from_rgb(0xed, 0xed, 0xed),
            bubble: Color32::WHITE,
            title: Color32::from_rgb(0x19, 0x19, 0x19),
            desc: Color32::from_rgb(0x88, 0x88, 0x88),
            moments_bg: Color32::from_rgb(0xf3, 0xf3, 0xf5),
            avatar: Color32::from_rgb(0x7f, 0xb8, 0x8f),
            empty_thumb: Color32::from_rgb(0xdd, 0xdd, 0xdd),
        }
    }
}

pub(super) fn share_cards_ui(
    ui: &mut egui::Ui,
    run: &Run,
    thumbs: &HashMap<String, Thumb>,
    cx: &ProbeCtx<'_>,
) {
    let s = cx.s;
    widgets::section(ui, s.share_title);
    if run.shares.is_empty() {
        ui.add(egui::Label::new(RichText::new(s.no_share).weak()).wrap());
        return;
    }
    for sh in &run.shares {
        let moments = is_timeline(&sh.api);
        ui.horizontal_wrapped(|ui| {
            let place = if moments {
                s.share_moments
            } else {
                s.share_chat
            };
            ui.label(RichText::new(place).strong());
            ui.weak(format!("{} · {} ms", sh.api, sh.at_ms));
        });
        let thumb = sh
            .img_url
            .as_deref()
            .map(str::trim)
            .filter(|u| !u.is_empty())
            .map(|u| thumbs.get(u));
        let look = look(ui);
        let resp = if moments {
            moments_card(ui, sh, thumb, &look, cx)
        } else {
            chat_card(ui, sh, thumb, &look, cx)
        };
        resp.on_hover_text(hover(sh));
        let link = sh.link.as_deref().unwrap_or(s.no_link);
        ui.add(egui::Label::new(RichText::new(link).monospace().weak().size(11.0)).truncate())
            .on_hover_text(link);
        thumb_status_ui(ui, sh, thumb, cx);
        if sh.before_config {
            ui.horizontal_wrapped(|ui| {
                widgets::status_dot(ui, theme::palette(ui).warn, "!");
                ui.label(s.share_before_config);
            });
        }
        for f in &sh.findings {
            ui.horizontal_wrapped(|ui| {
                widgets::severity_icon(ui, f.severity, cx.vs.severity_name(f.severity));
                ui.label(f.message.get(cx.lang));
            });
        }
        ui.add_space(8.0);
    }
}

fn is_timeline(api: &str) -> bool {
    api.contains("Timeline")
}

fn hover(sh: &ShareCall) -> String {
    [
        ("title", &sh.title),
        ("desc", &sh.desc),
        ("link", &sh.link),
        ("imgUrl", &sh.img_url),
    ]
    .into_iter()
    .filter_map(|(k, v)| v.as_ref().map(|v| format!("{k}: {v}")))
    .collect::<Vec<_>>()
    .join("\n")
}

fn galley(
    ui: &egui::Ui,
    text: &str,
    size: f32,
    color: Color32,
    width: f32,
    rows: usize,
) -> Arc<egui::Galley> {
    let mut job = LayoutJob::single_section(
        text.to_owned(),
        egui::TextFormat::simple(FontId::proportional(size), color),
    );
    job.wrap.max_width = width;
    job.wrap.max_rows = rows;
    job.wrap.overflow_character = Some('…');
    ui.painter().layout_job(job)
}

/// The chat bubble as the sender sees it: the card on the right, next to the avatar.
fn chat_card(
    ui: &mut egui::Ui,
    sh: &ShareCall,
    thumb: Option<Option<&Thumb>>,
    look: &Look,
    cx: &ProbeCtx<'_>,
) -> egui::Response {
    const PAD: f32 = 8.0;
    const AVATAR: f32 = 34.0;
    const INNER: f32 = 12.0;
    const THUMB: f32 = 48.0;
    let width = ui.available_width().min(300.0);
    let bubble_w = width - AVATAR - 3.0 * PAD;
    let title = sh.title.as_deref().filter(|t| !t.is_empty());
    let title_g = galley(
        ui,
        title.unwrap_or(cx.s.no_title),
        15.0,
        look.title,
        bubble_w - 2.0 * INNER,
        2,
    );
    let desc_w = bubble_w - 2.0 * INNER - THUMB - PAD;
    let desc_g = galley(
        ui,
        sh.desc.as_deref().unwrap_or(""),
        12.5,
        look.desc,
        desc_w,
        3,
    );
    let body_h = desc_g.size().y.max(THUMB);
    let bubble_h = INNER + title_g.size().y + 6.0 + body_h + INNER;
    let (rect, resp) = ui.allocate_exact_size(
        egui::vec2(width, bubble_h + 2.0 * PAD),
        egui::Sense::hover(),
    );
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 6.0, look.chat_bg);
    let avatar = Rect::from_min_size(
        Pos2::new(rect.right() - PAD - AVATAR, rect.top() + PAD),
        egui::vec2(AVATAR, AVATAR),
    );
    painter.rect_filled(avatar, 4.0, look.avatar);
    let bubble = Rect::from_min_size(
        Pos2::new(avatar.left() - PAD - bubble_w, rect.top() + PAD),
        egui::vec2(bubble_w, bubble_h),
    );
    painter.rect_filled(bubble, 4.0, look.bubble);
    // The bubble's tail, pointing at the avatar.
    let y = avatar.center().y;
    painter.add(egui::Shape::convex_polygon(
        vec![
            Pos2::new(bubble.right() - 0.5, y - 6.0),
            Pos2::new(bubble.right() + 6.0, y),
            Pos2::new(bubble.right() - 0.5, y + 6.0),
        ],
        look.bubble,
        Stroke::NONE,
    ));
    let title_rect = Rect::from_min_size(
        bubble.min + egui::vec2(INNER, INNER),
        title_g.size() + egui::vec2(1.0, 0.0),
    );
    let body_top = title_rect.bottom() + 6.0;
    let desc_rect = Rect::from_min_size(
        Pos2::new(bubble.left() + INNER, body_top),
        desc_g.size() + egui::vec2(1.0, 0.0),
    );
    let thumb_rect = Rect::from_min_size(
        Pos2::new(bubble.right() - INNER - THUMB, body_top),
        egui::vec2(THUMB, THUMB),
    );
    paint_thumb(&painter, thumb_rect, thumb, look);
    place_label(ui, title_rect, title_g);
    if !desc_g.is_empty() {
        place_label(ui, desc_rect, desc_g);
    }
    resp
}

/// The Moments box: thumbnail on the left, the title beside it.
fn moments_card(
    ui: &mut egui::Ui,
    sh: &ShareCall,
    thumb: Option<Option<&Thumb>>,
    look: &Look,
    cx: &ProbeCtx<'_>,
) -> egui::Response {
    const PAD: f32 = 6.0;
    const THUMB: f32 = 44.0;
    let width = ui.available_width().min(300.0);
    let title = sh.title.as_deref().filter(|t| !t.is_empty());
    let title_g = galley(
        ui,
        title.unwrap_or(cx.s.no_title),
        13.5,
        look.title,
        width - THUMB - 3.0 * PAD,
        2,
    );
    let h = THUMB + 2.0 * PAD;
    let (rect, resp) = ui.allocate_exact_size(egui::vec2(width, h), egui::Sense::hover());
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 2.0, look.moments_bg);
    let thumb_rect = Rect::from_min_size(rect.min + egui::vec2(PAD, PAD), egui::vec2(THUMB, THUMB));
    paint_thumb(&painter, thumb_rect, thumb, look);
    let title_rect = Rect::from_min_size(
        Pos2::new(
            thumb_rect.right() + PAD,
            rect.center().y - title_g.size().y / 2.0,
        ),
        title_g.size() + egui::vec2(1.0, 0.0),
    );
    place_label(ui, title_rect, title_g);
    resp
}

/// A label at a spot inside the card: a label, not painted text, so screen readers and tests
/// find the card by its words; in a child so the card's own layout is left as allocated.
fn place_label(ui: &mut egui::Ui, rect: Rect, galley: Arc<egui::Galley>) {
    let mut child = ui.new_child(egui::UiBuilder::new().max_rect(rect));
    child.add(egui::Label::new(galley).selectable(false));
}

/// The picture cropped to a square from its centre, as WeChat does; a grey square while it
/// loads, without one, or when it cannot be shown.
fn paint_thumb(painter: &egui::Painter, rect: Rect, thumb: Option<Option<&Thumb>>, look: &Look) {
    match thumb {
        Some(Some(Thumb::Loaded { texture, .. })) => {
            let [w, h] = texture.size().map(|v| v.max(1) as f32);
            let uv = if w > h {
                let m = (1.0 - h / w) / 2.0;
                Rect::from_min_max(Pos2::new(m, 0.0), Pos2::new(1.0 - m, 1.0))
            } else {
                let m = (1.0 - w / h) / 2.0;
                Rect::from_min_max(Pos2::new(0.0, m), Pos2::new(1.0, 1.0 - m))
            };
            painter.image(texture.id(), rect, uv, Color32::WHITE);
        }
        Some(Some(Thumb::Failed(_))) => {
            painter.rect_filled(rect, 2.0, look.empty_thumb);
            painter.text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                "!",
                FontId::monospace(18.0),
                Color32::from_rgb(0xc6, 0x28, 0x28),
            );
        }
        Some(Some(Thumb::Loading)) | Some(None) => {
            painter.rect_filled(rect, 2.0, look.empty_thumb);
            painter.text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                "…",
                FontId::proportional(16.0),
                look.desc,
            );
        }
        None => {
            // No imgUrl: WeChat shows its grey link placeholder.
            painter.rect_filled(rect, 2.0, look.empty_thumb);
            let c = rect.center();
            let stroke = Stroke::new(2.0, look.desc);
            painter.circle_stroke(c + egui::vec2(-4.0, 0.0), 5.0, stroke);
            painter.circle_stroke(c + egui::vec2(4.0, 0.0), 5.0, stroke);
        }
    }
}

fn thumb_status_ui(
    ui: &mut egui::Ui,
    sh: &ShareCall,
    thumb: Option<Option<&Thumb>>,
    cx: &ProbeCtx<'_>,
) {
    let s = cx.s;
    match thumb {
        None => {
            ui.weak(s.thumb_none);
        }
        Some(Some(Thumb::Loading)) | Some(None) => {
            ui.weak(s.thumb_loading);
        }
        Some(Some(Thumb::Loaded { original, .. })) => {
            ui.weak(format!("imgUrl {}×{}", original[0], original[1]))
                .on_hover_text(sh.img_url.as_deref().unwrap_or(""));
        }
        Some(Some(Thumb::Failed(e))) => {
            ui.horizontal_wrapped(|ui| {
                widgets::status_dot(ui, theme::palette(ui).warn, "!");
                ui.label(format!("{}: {}", s.thumb_failed, e.get(cx.lang)));
            });
        }
    }
}

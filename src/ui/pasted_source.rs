//! The pasted ticket source in the window: the editor's ticket field (a password field, never
//! pre-filled; saved through the worker) and the top bar's "ticket pasted HH:MM, valid ~N min".

use eframe::egui;

use super::redis_source::RedisEditor;
use super::widgets;
use crate::core::text::Lang;

fn tr(lang: Lang, en: &'static str, zh: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Zh => zh,
    }
}

/// The pasted ticket (a password field, never pre-filled) and the seconds it has left.
pub fn pasted_fields_ui(ui: &mut egui::Ui, ed: &mut RedisEditor, lang: Lang, w: f32) {
    ui.horizontal(|ui| {
        widgets::labelled_field(
            ui,
            tr(lang, "Pasted ticket", "粘贴的票据"),
            &mut ed.pasted_ticket,
            tr(
                lang,
                "leave empty to keep the stored one",
                "留空则保留已保存的票据",
            ),
            egui::Id::unique("pe.pasted.ticket"),
            true,
            w,
        );
    });
    ui.horizontal(|ui| {
        widgets::labelled_field(
            ui,
            tr(lang, "Seconds left", "剩余秒数"),
            &mut ed.pasted_expires_in,
            tr(
                lang,
                "empty: estimate 7200 s from now",
                "留空：按从现在起 7200 秒估算",
            ),
            egui::Id::unique("pe.pasted.expires"),
            false,
            w,
        );
    });
}

/// The top bar's note of a pasted ticket: when it was pasted and about how long it has left
/// (always `~`: WeChat's issue time is at best what the user read off another screen).
pub fn pasted_note(c: &super::runtime::Credential, now: i64, lang: Lang) -> String {
    let pasted = super::top_bar::clock_time(c.fetched_at);
    let left = c.expires_at - now;
    if left <= 0 {
        return format!(
            "{} {pasted}, {}",
            tr(lang, "ticket pasted", "票据粘贴于"),
            tr(lang, "expired: paste a fresh one", "已过期：请粘贴新的票据")
        );
    }
    match lang {
        Lang::En => format!("ticket pasted {pasted}, valid ~{} min", left / 60),
        Lang::Zh => format!("票据粘贴于 {pasted}，有效约 {} 分钟", left / 60),
    }
}

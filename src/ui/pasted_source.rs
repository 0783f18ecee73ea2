//! The pasted ticket source in the window: the editor's ticket fields (password fields, never
//! pre-filled; saved through the worker) — one per ticket kind the platform signs with: the
//! jsapi_ticket, or on WeCom the corp ticket and each app's agent ticket — and the top bar's
//! "ticket pasted HH:MM, valid ~N min".

use std::collections::BTreeMap;

use eframe::egui;

use super::widgets;
use crate::core::text::Lang;
use crate::platform::WecomApp;
use crate::secret::Secret;

fn tr(lang: Lang, en: &'static str, zh: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Zh => zh,
    }
}

/// One pasted ticket as typed: the ticket and the seconds it has left (empty = estimate 7200).
#[derive(Clone, Debug, Default)]
pub struct PastedEntry {
    /// A `Secret` from the first keystroke: a debug print of the editor shows `********`.
    pub ticket: Secret,
    pub expires_in: String,
}

/// The editor's pasted tickets: the profile's main ticket (the Official Account's jsapi_ticket,
/// WeCom's corp ticket) and, on WeCom, one agent ticket per app, by agentid.
#[derive(Clone, Debug, Default)]
pub struct PastedEditor {
    pub main: PastedEntry,
    pub agents: BTreeMap<u64, PastedEntry>,
}

/// A ticket just pasted, ready for the worker: `agent_id` is `None` for the main ticket.
#[derive(Debug)]
pub struct TypedTicket {
    pub agent_id: Option<u64>,
    pub ticket: Secret,
    pub expires_in: Option<i64>,
}

impl PastedEditor {
    /// The tickets just pasted (the main one first), for the apps the profile still has. `Err`
    /// names the seconds field that is not a number.
    pub fn typed(&self, apps: &[WecomApp], lang: Lang) -> Result<Vec<TypedTicket>, String> {
        let mut out = Vec::new();
        if let Some((ticket, expires_in)) = self.main.typed(lang, "")? {
            out.push(TypedTicket {
                agent_id: None,
                ticket,
                expires_in,
            });
        }
        for app in apps {
            let Some(entry) = self.agents.get(&app.agent_id) else {
                continue;
            };
            if let Some((ticket, expires_in)) = entry.typed(lang, &app.agent_id.to_string())? {
                out.push(TypedTicket {
                    agent_id: Some(app.agent_id),
                    ticket,
                    expires_in,
                });
            }
        }
        Ok(out)
    }
}

impl PastedEntry {
    fn typed(&self, lang: Lang, which: &str) -> Result<Option<(Secret, Option<i64>)>, String> {
        let ticket = self.ticket.reveal().trim();
        if ticket.is_empty() {
            return Ok(None);
        }
        let left = self.expires_in.trim();
        if left.is_empty() {
            return Ok(Some((Secret::new(ticket), None)));
        }
        let seconds = left.parse::<i64>().map_err(|_| {
            let field = tr(lang, "Seconds left", "剩余秒数");
            let what = tr(
                lang,
                "give a whole number of seconds (at most 7200) or leave it empty",
                "请填写整数秒（最多 7200）或留空",
            );
            let sep = tr(lang, ": ", "：");
            if which.is_empty() {
                format!("{field}{sep}{what}")
            } else {
                format!("{field} ({which}){sep}{what}")
            }
        })?;
        Ok(Some((Secret::new(ticket), Some(seconds))))
    }
}

/// The pasted tickets: the main one with its seconds left, and on WeCom (`apps` given) one row
/// per app with its agent ticket and seconds left.
pub fn pasted_fields_ui(
    ui: &mut egui::Ui,
    ed: &mut PastedEditor,
    apps: Option<&[WecomApp]>,
    lang: Lang,
    w: f32,
) {
    let keep = tr(
        lang,
        "leave empty to keep the stored one",
        "留空则保留已保存的票据",
    );
    ui.horizontal(|ui| {
        widgets::labelled_field(
            ui,
            if apps.is_some() {
                tr(lang, "Pasted corp ticket", "粘贴的企业票据")
            } else {
                tr(lang, "Pasted ticket", "粘贴的票据")
            },
            ed.main.ticket.reveal_mut(),
            keep,
            egui::Id::unique("pe.pasted.ticket"),
            true,
            w,
        );
    });
    ui.horizontal(|ui| {
        widgets::labelled_field(
            ui,
            tr(lang, "Seconds left", "剩余秒数"),
            &mut ed.main.expires_in,
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
    let Some(apps) = apps else { return };
    if apps.is_empty() {
        ui.weak(tr(
            lang,
            "Add the apps below to paste their agent tickets.",
            "在下方添加应用后即可粘贴其应用票据。",
        ));
    }
    let seconds_hint = tr(lang, "seconds left", "剩余秒数");
    for app in apps {
        let entry = ed.agents.entry(app.agent_id).or_default();
        ui.horizontal(|ui| {
            let label = match lang {
                Lang::En => format!("Pasted agent ticket {}", app.agent_id),
                Lang::Zh => format!("粘贴的应用票据 {}", app.agent_id),
            };
            widgets::labelled_field(
                ui,
                &label,
                entry.ticket.reveal_mut(),
                keep,
                egui::Id::unique(("pe.pasted.agent", app.agent_id)),
                true,
                (w - 96.0).max(120.0),
            )
            .on_hover_text(app.label());
            ui.add(
                egui::TextEdit::singleline(&mut entry.expires_in)
                    .id(egui::Id::unique(("pe.pasted.agent.expires", app.agent_id)))
                    .hint_text(seconds_hint)
                    .desired_width(88.0),
            )
            .on_hover_text(tr(
                lang,
                "seconds this agent ticket has left; empty: estimate 7200 s from now",
                "该应用票据的剩余秒数；留空：按从现在起 7200 秒估算",
            ));
        });
    }
}

/// The top bar's note of a pasted ticket: when it was pasted and about how long it has left
/// (always `~`: WeChat's issue time is at best what the user read off another screen).
pub fn pasted_note(c: &super::credential::Credential, now: i64, lang: Lang) -> String {
    let pasted = super::credential::clock_time(c.fetched_at);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_tickets_per_kind() {
        let apps = [
            WecomApp {
                agent_id: 1000002,
                name: String::new(),
            },
            WecomApp {
                agent_id: 1000003,
                name: String::new(),
            },
        ];
        let mut ed = PastedEditor::default();
        assert!(ed.typed(&apps, Lang::En).unwrap().is_empty());
        ed.main.ticket = " CORP ".into();
        ed.agents.insert(
            1000003,
            PastedEntry {
                ticket: "AGENT3".into(),
                expires_in: "600".into(),
            },
        );
        // A ticket typed for an app removed since is not saved.
        ed.agents.insert(
            1000009,
            PastedEntry {
                ticket: "GONE".into(),
                expires_in: String::new(),
            },
        );
        let typed = ed.typed(&apps, Lang::En).unwrap();
        let got: Vec<_> = typed
            .iter()
            .map(|t| (t.agent_id, t.ticket.reveal().to_owned(), t.expires_in))
            .collect();
        assert_eq!(
            got,
            [
                (None, "CORP".to_owned(), None),
                (Some(1000003), "AGENT3".to_owned(), Some(600))
            ]
        );
        ed.agents.get_mut(&1000003).unwrap().expires_in = "soon".into();
        let e = ed.typed(&apps, Lang::En).unwrap_err();
        assert!(e.contains("(1000003)") && e.contains("7200"), "{e}");
    }
}

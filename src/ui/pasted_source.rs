//! The pasted ticket source in the window: the editor's ticket fields (password fields, never
//! pre-filled; saved through the worker) — one per ticket kind the platform signs with: the
//! jsapi_ticket, or on WeCom the corp ticket and each app's agent ticket — and the top bar's
//! "ticket pasted HH:MM, valid ~N min".

use std::collections::BTreeMap;

use eframe::egui;

use super::widgets;
use crate::core::text::{Lang, msg};
use crate::i18n::{Render, text};
use crate::platform::WecomApp;
use crate::secret::Secret;

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
            if which.is_empty() {
                text(lang, "pasted-seconds-invalid").to_owned()
            } else {
                msg!("pasted-seconds-invalid-for", which = which).get(lang)
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
    let keep = text(lang, "pasted-keep-stored");
    ui.horizontal(|ui| {
        widgets::labelled_field(
            ui,
            if apps.is_some() {
                text(lang, "pasted-corp-ticket")
            } else {
                text(lang, "pasted-ticket")
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
            text(lang, "pasted-seconds-left"),
            &mut ed.main.expires_in,
            text(lang, "pasted-seconds-hint"),
            egui::Id::unique("pe.pasted.expires"),
            false,
            w,
        );
    });
    let Some(apps) = apps else { return };
    if apps.is_empty() {
        ui.weak(text(lang, "pasted-add-apps-first"));
    }
    let seconds_hint = text(lang, "pasted-agent-seconds-left");
    for app in apps {
        let entry = ed.agents.entry(app.agent_id).or_default();
        ui.horizontal(|ui| {
            let label = msg!("pasted-agent-ticket", agent_id = app.agent_id).get(lang);
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
            .on_hover_text(text(lang, "pasted-agent-seconds-hint"));
        });
    }
}

/// The top bar's note of a pasted ticket: when it was pasted and about how long it has left
/// (always `~`: WeChat's issue time is at best what the user read off another screen).
pub fn pasted_note(c: &super::credential::Credential, now: i64, lang: Lang) -> String {
    let pasted = super::credential::clock_time(c.fetched_at);
    let left = c.expires_at - now;
    if left <= 0 {
        return msg!("pasted-note-expired", pasted = pasted).get(lang);
    }
    msg!("pasted-note-valid", pasted = pasted, minutes = left / 60).get(lang)
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

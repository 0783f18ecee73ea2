//! The profile editor's platform choice and, for WeCom, the app list: each app's AgentId, name
//! and secret status, with a password field per app (never pre-filled; each secret has its own
//! keyring entry, `corpId/agentid`).

use eframe::egui::{self, RichText};

use super::i18n::Strings;
use super::runtime::Runtime;
use super::wecom_strings::wecom_strings;
use super::{theme, widgets};
use crate::i18n::Render;
use crate::platform::{Platform, WecomApp, app_account};
use crate::profile::Profile;
use crate::secret::Secret;
use crate::secrets::{SecretSource, SecretStatus, StoreHealth};

/// The secrets typed for the apps, one per row of `profile.apps`.
#[derive(Default)]
pub struct AppsEditor {
    pub secrets: Vec<Secret>,
}

impl AppsEditor {
    /// The typed secrets with the keyring account each one goes to.
    pub fn typed(&self, profile: &Profile) -> Vec<(String, Secret)> {
        profile
            .apps
            .iter()
            .zip(&self.secrets)
            .filter(|(_, s)| !s.reveal().trim().is_empty())
            .map(|(a, s)| {
                (
                    app_account(&profile.app_id, a.agent_id),
                    Secret::new(s.reveal().trim()),
                )
            })
            .collect()
    }
}

/// Every platform the registry lists, by the name people know it by; switching moves the API
/// base to the new platform's default when it was the old one's.
pub fn platform_ui(ui: &mut egui::Ui, p: &mut Profile, s: &Strings) {
    let ws = wecom_strings(s.lang());
    let before = p.platform;
    ui.horizontal(|ui| {
        widgets::form_label(ui, ws.platform);
        // A narrow editor wraps the choices under the first one, not under the label.
        ui.horizontal_wrapped(|ui| {
            for platform in Platform::ALL {
                ui.radio_value(&mut p.platform, platform, platform.name().get(s.lang()));
            }
        });
    });
    if p.platform != before && p.api_base.trim_end_matches('/') == before.spec().default_api_base {
        p.api_base = p.platform.spec().default_api_base.to_owned();
    }
}

/// What the user asked for in the app list.
#[derive(Debug, PartialEq, Eq)]
pub enum AppsAction {
    /// Forget the secret kept under this keyring account (`corpId/agentid`).
    ForgetSecret(String),
}

/// The apps of a WeCom profile with their secret status; returns a "forget this app's secret".
pub fn apps_ui(
    ui: &mut egui::Ui,
    p: &mut Profile,
    ed: &mut AppsEditor,
    rt: &Runtime,
    editing: bool,
    s: &Strings,
) -> Option<AppsAction> {
    let ws = wecom_strings(s.lang());
    let palette = theme::palette(ui);
    let mut action = None;
    ed.secrets.resize(p.apps.len(), Secret::default());
    ui.horizontal(|ui| {
        ui.label(RichText::new(ws.apps).strong());
        if ui.button(ws.add_app).clicked() {
            let next = p
                .apps
                .iter()
                .map(|a| a.agent_id)
                .max()
                .map_or(1000002, |m| m + 1);
            p.apps.push(WecomApp {
                agent_id: next,
                name: String::new(),
            });
            ed.secrets.push(Secret::default());
        }
    });
    if p.apps.is_empty() {
        ui.colored_label(palette.warn, ws.no_apps);
    }
    let mut remove = None;
    for (i, app) in p.apps.iter_mut().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.horizontal(|ui| {
                let l = widgets::form_label(ui, ws.agent_id);
                ui.add(egui::DragValue::new(&mut app.agent_id).range(1..=u64::MAX))
                    .labelled_by(l.id);
                let name = ui.label(ws.app_name);
                ui.add(
                    egui::TextEdit::singleline(&mut app.name)
                        .id(egui::Id::unique(("pe.app.name", i)))
                        .desired_width(140.0),
                )
                .labelled_by(name.id);
                if ui.small_button(ws.remove_app).clicked() {
                    remove = Some(i);
                }
            });
            let account = app_account(&p.app_id, app.agent_id);
            let needed = p.ticket_source.is_wechat();
            let (status, color) = app_secret_status(rt, &account, needed, s, &palette);
            ui.horizontal(|ui| {
                widgets::form_label(ui, ws.app_secret);
                ui.colored_label(color, status);
                if editing && ui.small_button(s.forget_secret).clicked() {
                    action = Some(AppsAction::ForgetSecret(account.clone()));
                }
            });
            ui.horizontal(|ui| {
                widgets::labelled_field(
                    ui,
                    &format!("{} {}", s.new_secret, app.agent_id),
                    ed.secrets[i].reveal_mut(),
                    ws.app_secret_hint,
                    egui::Id::unique(("pe.app.secret", i)),
                    true,
                    220.0,
                );
            });
        });
    }
    if let Some(i) = remove {
        p.apps.remove(i);
        ed.secrets.remove(i);
    }
    action
}

/// The profile list's line for a WeCom profile: how many apps have their secret.
pub fn secrets_summary(
    rt: &Runtime,
    p: &Profile,
    s: &Strings,
    palette: &theme::Palette,
) -> (String, egui::Color32) {
    let ws = wecom_strings(s.lang());
    if p.apps.is_empty() {
        return (ws.no_apps_short.to_owned(), palette.warn);
    }
    let missing: Vec<String> = p
        .apps
        .iter()
        .filter(|a| {
            matches!(
                rt.secret_status.get(&app_account(&p.app_id, a.agent_id)),
                Some(SecretStatus::Missing) | None
            )
        })
        .map(|a| a.agent_id.to_string())
        .collect();
    let have = p.apps.len() - missing.len();
    let text = format!("{} {have}/{}", ws.secrets_set, p.apps.len());
    if !p.ticket_source.is_wechat() {
        // Pasted or Redis tickets: no secret is needed, so none missing is an alarm, and a
        // count below the apps' says why that is fine.
        if missing.is_empty() {
            return (text, palette.info);
        }
        return (format!("{text} ({})", ws.secrets_not_needed), palette.info);
    }
    if missing.is_empty() {
        (text, palette.ok)
    } else {
        (
            format!("{text} ({} {})", ws.missing_for, missing.join(", ")),
            palette.error,
        )
    }
}

/// `needed`: the profile fetches from the WeCom API (pasted and Redis tickets need no secret).
fn app_secret_status(
    rt: &Runtime,
    account: &str,
    needed: bool,
    s: &Strings,
    p: &theme::Palette,
) -> (String, egui::Color32) {
    let persistent = matches!(rt.store, Some(StoreHealth::Keyring));
    match rt.secret_status.get(account) {
        Some(SecretStatus::Present(SecretSource::Keyring)) if persistent => {
            (s.secret_keyring.to_owned(), p.ok)
        }
        Some(SecretStatus::Present(SecretSource::Env)) => (s.secret_env.to_owned(), p.ok),
        Some(SecretStatus::Present(_)) => (s.secret_session.to_owned(), p.warn),
        Some(SecretStatus::Missing) | None if needed => (s.secret_missing.to_owned(), p.error),
        Some(SecretStatus::Missing) | None => (s.secret_not_needed.to_owned(), p.info),
        Some(SecretStatus::Unknown(t)) => (t.get(s.lang()), p.warn),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::text::Lang;
    use crate::platform::WecomApp;
    use crate::profile::TicketSource;

    /// Four colours the test can tell apart.
    fn palette() -> theme::Palette {
        let c = egui::Color32::from_rgb;
        theme::Palette {
            ok: c(0, 1, 0),
            warn: c(1, 1, 0),
            error: c(1, 0, 0),
            info: c(0, 0, 1),
            changed_bg: c(2, 2, 2),
            marker_bg: c(3, 3, 3),
            punct: c(4, 4, 4),
        }
    }

    #[test]
    fn the_summary_says_when_missing_app_secrets_are_no_alarm() {
        let mut p = Profile::new_wecom("corp", "ww0123456789abcdef");
        p.apps = vec![
            WecomApp {
                agent_id: 1000002,
                name: "a".into(),
            },
            WecomApp {
                agent_id: 1000003,
                name: "b".into(),
            },
        ];
        let mut rt = Runtime::default();
        rt.secret_status.insert(
            app_account(&p.app_id, 1000002),
            SecretStatus::Present(crate::secrets::SecretSource::Env),
        );
        let pal = palette();
        let s = crate::ui::i18n::tr(Lang::En);
        // Tickets from WeCom's API: a missing secret is an alarm.
        let (text, color) = secrets_summary(&rt, &p, s, &pal);
        assert!(text.starts_with("App secrets: 1/2"), "{text}");
        assert_ne!(color, pal.info);
        // Pasted tickets: the same count, and why it does not matter.
        p.ticket_source = TicketSource::Pasted;
        let (text, color) = secrets_summary(&rt, &p, s, &pal);
        assert_eq!(
            text,
            "App secrets: 1/2 (not needed for pasted or Redis tickets)"
        );
        assert_eq!(color, pal.info);
        let (zh, _) = secrets_summary(&rt, &p, crate::ui::i18n::tr(Lang::Zh), &pal);
        assert!(zh.contains("无需"), "{zh}");
        // Every secret there: no note.
        rt.secret_status.insert(
            app_account(&p.app_id, 1000003),
            SecretStatus::Present(crate::secrets::SecretSource::Env),
        );
        assert_eq!(secrets_summary(&rt, &p, s, &pal).0, "App secrets: 2/2");
    }
}

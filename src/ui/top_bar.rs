//! The top bar: active profile (and on WeCom the app whose agent ticket is used), token and
//! ticket status with an expiry countdown, fetch and refresh buttons, a spinner while a request
//! runs, and the last error in full.

use std::time::Duration;

use eframe::egui::{self, RichText};

use super::credential::{Credential, clock_time};
use super::i18n::Strings;
use super::runtime::Runtime;
use super::{theme, widgets};
use crate::i18n::Render;
use crate::profile::Profile;
use crate::wechat::ErrorReport;

/// What the user asked for in the bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TopAction {
    SelectProfile(String),
    /// WeCom: sign, verify and fetch with this app (agentid) of the active profile.
    SelectApp(u64),
    FetchTicket,
    /// Opens the confirmation; the refresh itself waits for [`ConfirmAction::Refresh`].
    AskForceRefresh,
    DismissError,
}

/// How a credential reads at `now`, and when that text next changes.
pub fn countdown(c: &Credential, now: i64, s: &Strings) -> (String, Severity, Duration) {
    if c.expires_at == i64::MAX {
        // Unknown lifetime (a Redis key without TTL or update_time): amber, no countdown.
        return (
            format!("{} ?", s.valid),
            Severity::Amber,
            Duration::from_secs(60),
        );
    }
    let left = c.expires_at - now;
    if left <= 0 {
        return (s.expired.to_owned(), Severity::Red, Duration::from_secs(60));
    }
    let (h, m, sec) = (left / 3600, (left % 3600) / 60, left % 60);
    if left < 600 {
        // Seconds are shown under 10 minutes: repaint each second.
        (
            format!("{} {m} {} {sec} {}", s.valid, s.minutes, s.seconds),
            Severity::Amber,
            Duration::from_secs(1),
        )
    } else {
        let text = if h > 0 {
            format!("{} {h} {} {m} {}", s.valid, s.hours, s.minutes)
        } else {
            format!("{} {m} {}", s.valid, s.minutes)
        };
        // The text changes at the next whole minute.
        let next = u64::try_from(sec + 1).unwrap_or(1);
        (text, Severity::Ok, Duration::from_secs(next))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Ok,
    Amber,
    Red,
}

/// Draws the bar. `app` is the WeCom app chosen for the active profile. Returns the user's
/// action and when the countdown next needs a repaint.
pub fn top_bar_ui(
    ui: &mut egui::Ui,
    rt: &Runtime,
    active: Option<&Profile>,
    app: Option<u64>,
    now: i64,
    s: &Strings,
) -> (Option<TopAction>, Option<Duration>) {
    let mut action = None;
    let mut repaint: Option<Duration> = None;
    let palette = theme::palette(ui);
    ui.horizontal_wrapped(|ui| {
        let current = active.map(|p| p.name.as_str()).unwrap_or(s.no_profile);
        let l = ui.label(RichText::new(s.profile).strong());
        egui::ComboBox::from_id_salt("top.profile")
            .selected_text(current)
            .width(180.0)
            .show_ui(ui, |ui| {
                for p in &rt.profiles {
                    if ui
                        .selectable_label(active.is_some_and(|a| a.name == p.name), &p.name)
                        .clicked()
                    {
                        action = Some(TopAction::SelectProfile(p.name.clone()));
                    }
                }
            })
            .response
            .labelled_by(l.id);
        let Some(profile) = active else {
            ui.weak(if rt.has_worker() {
                s.no_profile_hint
            } else {
                s.offline_hint
            });
            return;
        };
        kind_badge(ui, profile, s);
        if profile.platform.spec().per_app_secrets
            && let Some(id) = app_picker_ui(ui, profile, app, s)
        {
            action = Some(TopAction::SelectApp(id));
        }
        let pasted = profile
            .ticket_source
            .is_pasted()
            .then(|| rt.tickets.get(&profile.name))
            .flatten();
        if let Some(c) = pasted {
            let note = super::pasted_source::pasted_note(c, now, s.lang());
            ui.label(RichText::new(note).color(palette.info));
        } else if let Some(note) = super::redis_source::source_note(profile, s.lang()) {
            ui.label(RichText::new(note).color(palette.info));
        }
        ui.separator();
        // WeCom: the corp ticket and the agent ticket, each with its countdown.
        let ws = super::wecom_strings::wecom_strings(s.lang());
        let wecom = profile.platform.app_ticket().is_some();
        let mut creds = vec![
            (s.token, rt.tokens.get(&profile.name)),
            (
                if wecom {
                    ws.corp_ticket_short
                } else {
                    s.ticket_short
                },
                rt.tickets.get(&profile.name),
            ),
        ];
        if wecom {
            let held = app.and_then(|id| rt.agent_ticket(&profile.name, id));
            creds.push((ws.agent_ticket_short, held.map(|h| &h.cred)));
        }
        for (label, cred) in creds {
            ui.label(RichText::new(label).strong());
            match cred {
                None => {
                    ui.weak(s.not_fetched);
                }
                Some(c) => {
                    let (text, sev, next) = countdown(c, now, s);
                    let color = match sev {
                        Severity::Ok => palette.ok,
                        Severity::Amber => palette.warn,
                        Severity::Red => palette.error,
                    };
                    // Each piece moves to the next line whole rather than breaking inside.
                    ui.add(egui::Label::new(RichText::new(text).color(color)).extend());
                    let origin = if c.from_cache {
                        s.from_cache
                    } else {
                        s.fetched
                    };
                    let detail = format!("({}, {origin} {})", c.source, clock_time(c.fetched_at));
                    ui.add(egui::Label::new(RichText::new(detail).weak()).extend());
                    repaint = Some(repaint.map_or(next, |r| r.min(next)));
                }
            }
            ui.separator();
        }
        let busy = rt.in_flight > 0;
        if ui
            .add_enabled(!busy, egui::Button::new(s.fetch_ticket))
            .clicked()
        {
            action = Some(TopAction::FetchTicket);
        }
        // "Force refresh…" asks first where it costs production (stable_token); elsewhere it only
        // skips the cache.
        let refresh = if profile.platform.spec().forced_token_is_costly {
            s.force_refresh
        } else {
            crate::i18n::text(s.lang(), "gui-platforms-refetch-token")
        };
        if ui.add_enabled(!busy, egui::Button::new(refresh)).clicked() {
            action = Some(TopAction::AskForceRefresh);
        }
        if busy {
            ui.add(egui::Spinner::new());
        }
    });
    for w in &rt.warnings {
        ui.colored_label(palette.warn, w.get(s.lang()));
    }
    if let Some((_, report)) = &rt.error
        && error_ui(ui, report, s)
    {
        action = Some(TopAction::DismissError);
    }
    if let Some(e) = &rt.start_error {
        ui.colored_label(palette.error, e.get(s.lang));
    }
    (action, repaint)
}

/// WeCom: which app of the profile the agent ticket, Sign's agentConfig and Verify are for.
fn app_picker_ui(
    ui: &mut egui::Ui,
    profile: &Profile,
    app: Option<u64>,
    s: &Strings,
) -> Option<u64> {
    let ws = super::wecom_strings::wecom_strings(s.lang());
    let chosen = app.and_then(|id| profile.apps.iter().find(|a| a.agent_id == id));
    let l = ui.label(RichText::new(ws.app).strong());
    let mut picked = None;
    egui::ComboBox::from_id_salt("top.app")
        .selected_text(chosen.map_or_else(|| ws.no_apps_short.to_owned(), |a| a.label()))
        .width(150.0)
        .show_ui(ui, |ui| {
            for a in &profile.apps {
                if ui
                    .selectable_label(Some(a.agent_id) == app, a.label())
                    .clicked()
                    && Some(a.agent_id) != app
                {
                    picked = Some(a.agent_id);
                }
            }
        })
        .response
        .labelled_by(l.id)
        .on_hover_text(ws.app_hint);
    picked
}

fn kind_badge(ui: &mut egui::Ui, profile: &Profile, s: &Strings) {
    let (text, color) = super::profiles::account_badge(profile, s, &theme::palette(ui));
    egui::Frame::new()
        .stroke(egui::Stroke::new(1.0, color))
        .corner_radius(8.0)
        .inner_margin(egui::Margin::symmetric(6, 1))
        .show(ui, |ui| {
            ui.colored_label(color, text);
        });
}

/// The last WeChat or network error: errcode, WeChat's own errmsg (which carries the caller's IP
/// for 40164), what it means and what to do. Returns true when dismissed.
fn error_ui(ui: &mut egui::Ui, report: &ErrorReport, s: &Strings) -> bool {
    let p = theme::palette(ui);
    let lang = s.lang();
    let mut dismissed = false;
    egui::Frame::new()
        .stroke(egui::Stroke::new(1.0, p.error))
        .corner_radius(4.0)
        .inner_margin(6.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                widgets::status_dot(ui, p.error, "x");
                let code = report
                    .errcode
                    .map(|c| format!("errcode {c}: "))
                    .unwrap_or_default();
                ui.label(RichText::new(format!("{code}{}", report.errmsg)).color(p.error));
                if ui.small_button(s.dismiss).clicked() {
                    dismissed = true;
                }
            });
            ui.label(report.meaning(lang));
            ui.label(format!("{}: {}", s.fix, report.fix(lang)));
        });
    dismissed
}

/// The confirmation before a forced stable_token refresh. `Some(true)` to go ahead.
pub fn confirm_refresh_ui(ctx: &egui::Context, s: &Strings) -> Option<bool> {
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique("confirm.refresh")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.heading(s.force_refresh);
        ui.label(s.force_refresh_warning);
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(s.force_refresh_confirm).clicked() {
                answer = Some(true);
            }
            if ui.button(s.cancel).clicked() {
                answer = Some(false);
            }
        });
    });
    if modal.should_close() && answer.is_none() {
        answer = Some(false);
    }
    answer
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::text::Lang;
    use crate::ui::i18n::tr;

    fn cred(expires_at: i64) -> Credential {
        Credential {
            source: "jsapi".into(),
            from_cache: false,
            fetched_at: 0,
            expires_at,
        }
    }

    #[test]
    fn countdown_texts_colours_and_repaint() {
        // (seconds left, text, severity, next repaint in s)
        let cases = [
            (6720 + 30, "valid 1 h 52 min", Severity::Ok, 31),
            (1200, "valid 20 min", Severity::Ok, 1),
            (599, "valid 9 min 59 s", Severity::Amber, 1),
            (0, "expired", Severity::Red, 60),
            (-5, "expired", Severity::Red, 60),
            (i64::MAX - 1000, "valid ?", Severity::Amber, 60),
        ];
        for (left, text, sev, next) in cases {
            let (t, s, n) = countdown(&cred(1000 + left), 1000, tr(Lang::En));
            assert_eq!((t.as_str(), s, n.as_secs()), (text, sev, next), "{left}");
        }
    }
}

//! The profile list (left side) and the profile editor. The appSecret field is a password field
//! that is never pre-filled: a stored secret is only ever shown as its status.

use eframe::egui::{self, RichText};

use super::i18n::Strings;
use super::runtime::Runtime;
use super::{theme, widgets};
use crate::i18n::Render;
use crate::profile::{AccountKind, Profile, TokenMode};
use crate::secret::Secret;
use crate::secrets::{SecretSource, SecretStatus, StoreHealth};

/// What the user asked for in the list or the editor.
#[derive(Debug)]
pub enum ProfileAction {
    Select(String),
    New,
    Edit(String),
    AskDelete(String),
    Delete(String),
    CancelDelete,
    /// Save the edited profile (and the secret when one was typed).
    Save {
        profile: Box<Profile>,
        replaces: Option<String>,
        secret: Option<(Secret, bool)>,
        /// A Redis password typed for the profile's Redis ticket source.
        redis_password: Option<Secret>,
        /// Tickets pasted for a pasted ticket source (the main one, and on WeCom each app's
        /// agent ticket) with the seconds they have left.
        pasted_tickets: Vec<super::pasted_source::TypedTicket>,
        /// Keep the pasted tickets for this session only (the appSecret's checkbox).
        pasted_session_only: bool,
        /// WeCom: secrets typed per app, with their keyring account and "session only".
        app_secrets: Vec<(String, Secret, bool)>,
    },
    /// "Test connection" of the edited profile's Redis ticket source.
    TestRedis {
        profile: Profile,
        password: Option<Secret>,
    },
    ForgetSecret(String),
    CloseEditor,
}

/// The editor's fields as typed.
pub struct Editor {
    pub original: Option<String>,
    pub profile: Profile,
    pub domains: String,
    /// The appSecret as typed (a password field, never pre-filled).
    pub secret: Secret,
    pub session_only: bool,
    pub error: Option<String>,
    pub redis: super::redis_source::RedisEditor,
    /// WeCom: the secrets typed per app.
    pub apps: super::wecom_profile::AppsEditor,
}

impl Editor {
    pub fn new(original: Option<&Profile>) -> Self {
        let profile = original.cloned().unwrap_or_else(|| Profile::new("", ""));
        Self {
            original: original.map(|p| p.name.clone()),
            domains: profile.safe_domains.join("\n"),
            redis: super::redis_source::RedisEditor::from_profile(&profile),
            profile,
            secret: Secret::default(),
            session_only: false,
            error: None,
            apps: Default::default(),
        }
    }
}

/// The secret status of a profile as a short coloured text.
pub fn secret_status_text(
    rt: &Runtime,
    profile: &Profile,
    s: &Strings,
    p: &theme::Palette,
) -> (String, egui::Color32) {
    // With WXSIGN_KEYRING=memory or no keyring, the "keyring" is process memory.
    let persistent = matches!(rt.store, Some(StoreHealth::Keyring));
    let missing = if profile.ticket_source.is_wechat() {
        (s.secret_missing.to_owned(), p.error)
    } else {
        // A pasted or Redis ticket needs no appSecret: no alarm colour for its absence.
        (s.secret_not_needed.to_owned(), p.info)
    };
    match rt.secret_status.get(&profile.app_id) {
        Some(SecretStatus::Present(SecretSource::Keyring)) if persistent => {
            (s.secret_keyring.to_owned(), p.ok)
        }
        Some(SecretStatus::Present(SecretSource::Env)) => (s.secret_env.to_owned(), p.ok),
        Some(SecretStatus::Present(_)) => (s.secret_session.to_owned(), p.warn),
        Some(SecretStatus::Missing) | None => missing,
        Some(SecretStatus::Unknown(t)) => (t.get(s.lang()), p.warn),
    }
}

/// What kind of account a profile is, as the list and the top bar show it: test account or
/// production where the Official Account's API tells them apart, else the platform's name.
pub fn account_badge(
    profile: &Profile,
    s: &Strings,
    p: &theme::Palette,
) -> (String, egui::Color32) {
    let spec = profile.platform.spec();
    if spec.flow != crate::platform::ApiFlow::OfficialAccount {
        return (spec.name.get(s.lang()), p.info);
    }
    match profile.kind {
        AccountKind::TestAccount => (s.test_account.to_owned(), p.info),
        AccountKind::Production => (s.production.to_owned(), p.warn),
    }
}

/// The list of profiles with add / edit / delete.
pub fn profiles_ui(
    ui: &mut egui::Ui,
    rt: &Runtime,
    active: Option<&str>,
    s: &Strings,
) -> Option<ProfileAction> {
    let mut action = None;
    let palette = theme::palette(ui);
    ui.horizontal(|ui| {
        ui.label(RichText::new(s.profiles).strong());
        if ui
            .add_enabled(rt.has_worker(), egui::Button::new(s.add_profile))
            .clicked()
        {
            action = Some(ProfileAction::New);
        }
    });
    if let Some(problem) = &rt.profiles_problem {
        ui.colored_label(palette.warn, problem.get(s.lang()));
    }
    if rt.profiles.is_empty() {
        ui.weak(if rt.has_worker() {
            s.no_profiles
        } else {
            s.offline_hint
        });
    }
    egui::ScrollArea::vertical()
        .auto_shrink([false, true])
        .show(ui, |ui| {
            for p in &rt.profiles {
                let selected = active == Some(p.name.as_str());
                egui::Frame::new()
                    .inner_margin(4.0)
                    .corner_radius(4.0)
                    .fill(if selected {
                        ui.visuals().selection.bg_fill.linear_multiply(0.35)
                    } else {
                        egui::Color32::TRANSPARENT
                    })
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        if ui
                            .selectable_label(selected, RichText::new(&p.name).strong())
                            .clicked()
                        {
                            action = Some(ProfileAction::Select(p.name.clone()));
                        }
                        ui.horizontal_wrapped(|ui| {
                            let (kind, color) = account_badge(p, s, &palette);
                            ui.colored_label(color, kind);
                            ui.weak(&p.app_id);
                        });
                        if p.platform.app_ticket().is_some() {
                            let (text, color) =
                                super::wecom_profile::secrets_summary(rt, p, s, &palette);
                            ui.colored_label(color, text);
                        } else {
                            let (text, color) = secret_status_text(rt, p, s, &palette);
                            ui.colored_label(color, format!("{}: {text}", s.app_secret));
                        }
                        // Wraps rather than clips when the panel is narrow (1024 px) or the name long.
                        ui.horizontal_wrapped(|ui| {
                            if ui.small_button(format!("{} {}", s.edit, p.name)).clicked() {
                                action = Some(ProfileAction::Edit(p.name.clone()));
                            }
                            if ui
                                .small_button(format!("{} {}", s.delete, p.name))
                                .clicked()
                            {
                                action = Some(ProfileAction::AskDelete(p.name.clone()));
                            }
                        });
                    });
            }
        });
    action
}

/// The add/edit dialog.
pub fn editor_ui(
    ctx: &egui::Context,
    ed: &mut Editor,
    rt: &Runtime,
    s: &Strings,
) -> Option<ProfileAction> {
    let mut action = None;
    let modal = egui::Modal::new(egui::Id::unique("profile.editor")).show(ctx, |ui| {
        ui.set_width(560.0);
        ui.heading(if ed.original.is_some() {
            s.edit_profile
        } else {
            s.add_profile
        });
        // The fields scroll when they are taller than the window (a WeCom corp with many apps
        // and pasted tickets); the heading and Save / Cancel stay in view.
        let max_height = (ctx.content_rect().height() - 170.0).max(200.0);
        egui::ScrollArea::vertical()
            .id_salt("profile.editor.fields")
            .max_height(max_height)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                if let Some(a) = editor_fields_ui(ui, ed, rt, s) {
                    action = Some(a);
                }
            });
        ui.checkbox(&mut ed.session_only, s.session_only);
        if let Some(e) = &ed.error {
            ui.colored_label(theme::palette(ui).error, e);
        }
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button(RichText::new(s.save).strong()).clicked() {
                let mut profile = ed.profile.clone();
                profile.safe_domains = ed
                    .domains
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_owned)
                    .collect();
                let checked = ed.redis.apply(&mut profile, s.lang()).and_then(|()| {
                    profile.validate().map_err(|e| e.text().get(s.lang()))?;
                    if ed.redis.use_pasted && !ed.redis.use_redis {
                        // Agent tickets only where the platform has apps.
                        let apps = if profile.platform.app_ticket().is_some() {
                            profile.apps.as_slice()
                        } else {
                            &[]
                        };
                        ed.redis.pasted.typed(apps, s.lang())
                    } else {
                        Ok(Vec::new())
                    }
                });
                match checked {
                    Ok(pasted_tickets) => {
                        let app_secrets = ed
                            .apps
                            .typed(&profile)
                            .into_iter()
                            .map(|(a, t)| (a, t, ed.session_only))
                            .collect();
                        let typed = ed.secret.reveal().trim();
                        let secret =
                            (!typed.is_empty()).then(|| (Secret::new(typed), ed.session_only));
                        action = Some(ProfileAction::Save {
                            profile: Box::new(profile),
                            replaces: ed.original.clone(),
                            secret,
                            redis_password: ed.redis.typed_password(),
                            pasted_tickets,
                            pasted_session_only: ed.session_only,
                            app_secrets,
                        });
                    }
                    Err(e) => ed.error = Some(e),
                }
            }
            if ui.button(s.cancel).clicked() {
                action = Some(ProfileAction::CloseEditor);
            }
        });
    });
    if modal.should_close() && action.is_none() {
        action = Some(ProfileAction::CloseEditor);
    }
    action
}

/// The editor's fields, from the name to the secrets (inside the editor's scroll area).
fn editor_fields_ui(
    ui: &mut egui::Ui,
    ed: &mut Editor,
    rt: &Runtime,
    s: &Strings,
) -> Option<ProfileAction> {
    let mut action = None;
    let w = 360.0;
    let p = &mut ed.profile;
    ui.horizontal(|ui| {
        widgets::labelled_field(
            ui,
            s.profile_name,
            &mut p.name,
            "",
            egui::Id::unique("pe.name"),
            false,
            w,
        );
    });
    super::wecom_profile::platform_ui(ui, p, s);
    let spec = p.platform.spec();
    let has_apps = p.platform.app_ticket().is_some();
    ui.horizontal(|ui| {
        widgets::labelled_field(
            ui,
            spec.id.label,
            &mut p.app_id,
            spec.id.example,
            egui::Id::unique("pe.appid"),
            false,
            w,
        );
    });
    // Test accounts and stable_token's modes are the Official Account API's own.
    if spec.flow == crate::platform::ApiFlow::OfficialAccount {
        ui.horizontal(|ui| {
            widgets::form_label(ui, s.account_kind);
            ui.radio_value(&mut p.kind, AccountKind::TestAccount, s.test_account);
            ui.radio_value(&mut p.kind, AccountKind::Production, s.production);
        });
        ui.horizontal(|ui| {
            widgets::form_label(ui, s.token_mode);
            ui.radio_value(&mut p.token_mode, TokenMode::Stable, "stable_token");
            ui.radio_value(&mut p.token_mode, TokenMode::Legacy, s.legacy_token);
        });
    }
    ui.horizontal(|ui| {
        let l = widgets::form_label(ui, &spec.domain.list_label.get(s.lang()));
        ui.add(
            egui::TextEdit::multiline(&mut ed.domains)
                .id(egui::Id::unique("pe.domains"))
                .hint_text(spec.domain.list_hint.get(s.lang()))
                .desired_rows(2)
                .desired_width(w),
        )
        .labelled_by(l.id);
    });
    api_fields_ui(ui, p, s, w);
    let redis_cx = super::redis_source::RedisCtx {
        test: rt.redis_tests.get(&p.name),
        has_worker: rt.has_worker(),
    };
    if let Some(super::redis_source::RedisAction::Test { profile, password }) =
        super::redis_source::redis_fields_ui(ui, &mut ed.redis, p, redis_cx, s, w)
    {
        action = Some(ProfileAction::TestRedis { profile, password });
    }
    ui.separator();
    if has_apps {
        let editing = ed.original.is_some();
        if let Some(super::wecom_profile::AppsAction::ForgetSecret(account)) =
            super::wecom_profile::apps_ui(ui, p, &mut ed.apps, rt, editing, s)
        {
            action = Some(ProfileAction::ForgetSecret(account));
        }
    } else {
        let (status, color) = secret_status_text(rt, p, s, &theme::palette(ui));
        ui.horizontal(|ui| {
            ui.label(RichText::new(s.app_secret).strong());
            ui.colored_label(color, status);
            if ed.original.is_some() && ui.small_button(s.forget_secret).clicked() {
                action = Some(ProfileAction::ForgetSecret(p.app_id.clone()));
            }
        });
        ui.horizontal(|ui| {
            // A password field, never pre-filled: typing replaces the stored secret.
            widgets::labelled_field(
                ui,
                s.new_secret,
                ed.secret.reveal_mut(),
                s.new_secret_hint,
                egui::Id::unique("pe.secret"),
                true,
                w,
            );
        });
    }
    action
}

/// API base and timeouts: in the editor and in Settings.
pub fn api_fields_ui(ui: &mut egui::Ui, p: &mut Profile, s: &Strings, w: f32) {
    let default_base = p.platform.spec().default_api_base;
    ui.horizontal(|ui| {
        widgets::labelled_field(
            ui,
            s.api_base,
            &mut p.api_base,
            default_base,
            egui::Id::unique(("pe.api", ui.scope_id())),
            false,
            w,
        );
    });
    ui.horizontal(|ui| {
        let l = widgets::form_label(ui, s.timeouts);
        ui.add(
            egui::DragValue::new(&mut p.timeouts.connect_ms)
                .range(100..=120_000)
                .suffix(" ms"),
        )
        .labelled_by(l.id)
        .on_hover_text(s.connect_timeout);
        ui.weak(s.connect_timeout);
        ui.add(
            egui::DragValue::new(&mut p.timeouts.total_ms)
                .range(100..=600_000)
                .suffix(" ms"),
        )
        .on_hover_text(s.total_timeout);
        ui.weak(s.total_timeout);
    });
}

/// "Delete profile X?" Returns the answer.
pub fn confirm_delete_ui(ctx: &egui::Context, name: &str, s: &Strings) -> Option<ProfileAction> {
    let mut action = None;
    let modal = egui::Modal::new(egui::Id::unique("profile.delete")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        ui.label(format!("{} “{name}”?", s.delete_profile_q));
        ui.horizontal(|ui| {
            if ui.button(s.delete).clicked() {
                action = Some(ProfileAction::Delete(name.to_owned()));
            }
            if ui.button(s.cancel).clicked() {
                action = Some(ProfileAction::CancelDelete);
            }
        });
    });
    if modal.should_close() && action.is_none() {
        action = Some(ProfileAction::CancelDelete);
    }
    action
}

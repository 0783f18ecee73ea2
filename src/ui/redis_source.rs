//! The ticket-source part of the profile editor: WeChat API, pasted tickets (password fields,
//! never pre-filled) or the backend's Redis, the Redis settings with one key per ticket kind (on
//! WeCom the corp ticket's and each app's agent ticket's), its password (a password field, never
//! pre-filled) and "test connection", which runs on the worker. Its strings live here in both
//! languages so the shared tables stay untouched.

use eframe::egui::{self, RichText};

use std::collections::BTreeMap;

use super::i18n::Strings;
use super::pasted_source::PastedEditor;
use super::{theme, widgets};
use crate::core::stored::{KeyTtl, ValueFormat};
use crate::core::text::{Lang, msg};
use crate::i18n::{Render, text};
use crate::profile::Profile;
use crate::profile::{RedisSettings, TicketSource};
use crate::redis_source::{KeyProbe, Probe};
use crate::secret::Secret;
use crate::wechat::ErrorReport;

/// What "test connection" last said for a profile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RedisTest {
    Running,
    Found(Probe),
    Failed(ErrorReport),
}

/// The editor's Redis fields as typed; turned into settings on save or test.
#[derive(Clone, Debug, Default)]
pub struct RedisEditor {
    pub use_redis: bool,
    /// The ticket source is a pasted ticket (exclusive with `use_redis`).
    pub use_pasted: bool,
    /// Tickets just pasted; saved through the worker, never shown again.
    pub pasted: PastedEditor,
    pub url: String,
    pub ticket_key: String,
    /// WeCom: the key of each app's agent ticket, by agentid (empty: none).
    pub agent_keys: BTreeMap<u64, String>,
    pub token_key: String,
    pub format: String,
    /// Typed into a password field, never pre-filled; a `Secret` so a debug print of the
    /// editor shows `********`.
    pub password: Secret,
    /// Why the last "test connection" could not start (a bad format).
    pub error: Option<String>,
}

/// What the user asked for in this section.
#[derive(Debug)]
pub enum RedisAction {
    /// Test the connection of this (unsaved) profile.
    Test {
        profile: Profile,
        password: Option<Secret>,
    },
}

impl RedisEditor {
    pub fn from_profile(p: &Profile) -> Self {
        match &p.ticket_source {
            TicketSource::Wechat => Self {
                format: ValueFormat::Raw.to_string(),
                ..Self::default()
            },
            TicketSource::Pasted => Self {
                use_pasted: true,
                format: ValueFormat::Raw.to_string(),
                ..Self::default()
            },
            TicketSource::Redis(r) => Self {
                use_redis: true,
                url: r.url.clone(),
                ticket_key: r.ticket_key.clone(),
                token_key: r.token_key.clone().unwrap_or_default(),
                agent_keys: r
                    .agent_ticket_keys
                    .iter()
                    .filter_map(|(id, key)| Some((id.parse().ok()?, key.clone())))
                    .collect(),
                format: r.format.to_string(),
                password: Secret::default(),
                error: None,
                ..Self::default()
            },
        }
    }

    /// Writes the fields into `p` (keeping a token format set from the CLI). The profile's own
    /// validation checks the rest on save.
    pub fn apply(&self, p: &mut Profile, lang: Lang) -> Result<(), String> {
        if self.use_pasted && !self.use_redis {
            p.ticket_source = TicketSource::Pasted;
            return Ok(());
        }
        if !self.use_redis {
            p.ticket_source = TicketSource::Wechat;
            return Ok(());
        }
        let format: ValueFormat = self
            .format
            .parse()
            .map_err(|e: String| msg!("redis-value-format-invalid", error = e).get(lang))?;
        let token_format = p.ticket_source.redis().and_then(|r| r.token_format.clone());
        let token_key = self.token_key.trim();
        p.ticket_source = TicketSource::Redis(Box::new(RedisSettings {
            url: self.url.trim().to_owned(),
            ticket_key: self.ticket_key.trim().to_owned(),
            token_key: (!token_key.is_empty()).then(|| token_key.to_owned()),
            format,
            token_format,
            agent_ticket_keys: self.agent_ticket_keys(p),
        }));
        Ok(())
    }

    /// The agent ticket keys: the ones typed for the profile's apps, plus any set from the
    /// command line for an agentid the editor does not list (kept as they were).
    fn agent_ticket_keys(&self, p: &Profile) -> BTreeMap<String, String> {
        let mut keys = p
            .ticket_source
            .redis()
            .map(|r| r.agent_ticket_keys.clone())
            .unwrap_or_default();
        if p.platform.app_ticket().is_none() {
            return keys;
        }
        for app in &p.apps {
            let id = app.agent_id.to_string();
            match self.agent_keys.get(&app.agent_id).map(|k| k.trim()) {
                Some(k) if !k.is_empty() => {
                    keys.insert(id, k.to_owned());
                }
                _ => {
                    keys.remove(&id);
                }
            }
        }
        keys
    }

    /// The password just typed, if any.
    pub fn typed_password(&self) -> Option<Secret> {
        (!self.password.is_empty()).then(|| self.password.clone())
    }
}

/// What the section shows beside the fields: the last "test connection" of the edited profile
/// and whether a worker can run one.
pub struct RedisCtx<'a> {
    pub test: Option<&'a RedisTest>,
    pub has_worker: bool,
}

/// Draws the section. `profile` is the edited profile (for "test connection" and its apps).
pub fn redis_fields_ui(
    ui: &mut egui::Ui,
    ed: &mut RedisEditor,
    profile: &Profile,
    cx: RedisCtx<'_>,
    s: &Strings,
    w: f32,
) -> Option<RedisAction> {
    let lang = s.lang();
    let palette = theme::palette(ui);
    let mut action = None;
    ui.horizontal(|ui| {
        widgets::form_label(ui, text(lang, "redis-ticket-source"));
        // 0 WeChat, 1 pasted, 2 Redis.
        let mut choice = if ed.use_redis {
            2
        } else {
            u8::from(ed.use_pasted)
        };
        let api = profile.platform.spec().api_source_label.get(lang);
        ui.radio_value(&mut choice, 0, api);
        ui.radio_value(&mut choice, 1, text(lang, "redis-source-pasted"));
        ui.radio_value(&mut choice, 2, text(lang, "redis-source-redis"));
        ed.use_redis = choice == 2;
        ed.use_pasted = choice == 1;
    });
    // Where the platform has an app's own ticket, each app gets its own pasted ticket and key.
    let app_ticket = profile.platform.app_ticket().is_some();
    if ed.use_pasted {
        let apps = app_ticket.then_some(profile.apps.as_slice());
        super::pasted_source::pasted_fields_ui(ui, &mut ed.pasted, apps, lang, w);
        return None;
    }
    if !ed.use_redis {
        return None;
    }
    let fields: [(&str, &mut String, &str, &str, bool); 5] = [
        (
            text(lang, "redis-url"),
            &mut ed.url,
            "redis://host:6379/0",
            "pe.redis.url",
            false,
        ),
        (
            if app_ticket {
                text(lang, "redis-corp-ticket-key")
            } else {
                text(lang, "redis-ticket-key")
            },
            &mut ed.ticket_key,
            "wechat:jsapi_ticket",
            "pe.redis.ticket",
            false,
        ),
        (
            text(lang, "redis-token-key"),
            &mut ed.token_key,
            text(lang, "redis-optional"),
            "pe.redis.token",
            false,
        ),
        (
            text(lang, "redis-value-format"),
            &mut ed.format,
            "raw | json:ticket | pydict:ticket",
            "pe.redis.format",
            false,
        ),
        (
            text(lang, "redis-password"),
            ed.password.reveal_mut(),
            text(lang, "redis-password-keep"),
            "pe.redis.password",
            true,
        ),
    ];
    for (label, value, hint, id, password) in fields {
        ui.horizontal(|ui| {
            widgets::labelled_field(ui, label, value, hint, egui::Id::unique(id), password, w);
        });
    }
    if app_ticket {
        agent_keys_ui(ui, ed, profile, lang, w);
    }
    let state = cx.test;
    ui.horizontal_wrapped(|ui| {
        let running = matches!(state, Some(RedisTest::Running));
        if ui
            .add_enabled(
                cx.has_worker && !running,
                egui::Button::new(text(lang, "redis-test-connection")),
            )
            .clicked()
        {
            let mut p = profile.clone();
            match ed.apply(&mut p, lang) {
                Ok(()) => {
                    ed.error = None;
                    action = Some(RedisAction::Test {
                        profile: p,
                        password: ed.typed_password(),
                    });
                }
                Err(e) => ed.error = Some(e),
            }
        }
        match state {
            None => {}
            Some(RedisTest::Running) => {
                ui.add(egui::Spinner::new());
            }
            Some(RedisTest::Found(probe)) => {
                ui.colored_label(palette.ok, probe_text(probe, lang));
            }
            Some(RedisTest::Failed(report)) => {
                ui.colored_label(
                    palette.error,
                    RichText::new(format!("{}: {}", report.meaning(lang), report.fix(lang))),
                );
            }
        }
    });
    if let Some(e) = &ed.error {
        ui.colored_label(palette.error, e);
    }
    action
}

/// WeCom: one key per app for its agent ticket (the corp ticket's key is the ticket key).
fn agent_keys_ui(ui: &mut egui::Ui, ed: &mut RedisEditor, profile: &Profile, lang: Lang, w: f32) {
    if profile.apps.is_empty() {
        ui.weak(text(lang, "redis-add-apps-first"));
    }
    for app in &profile.apps {
        let key = ed.agent_keys.entry(app.agent_id).or_default();
        let label = msg!("redis-agent-ticket-key", agent_id = app.agent_id).get(lang);
        let hint = format!("wecom:agent_ticket:{}", app.agent_id);
        ui.horizontal(|ui| {
            widgets::labelled_field(
                ui,
                &label,
                key,
                &hint,
                egui::Id::unique(("pe.redis.agent", app.agent_id)),
                false,
                w,
            )
            .on_hover_text(app.label());
        });
    }
}

/// The top bar's note of where the ticket comes from, for a Redis source (WeChat is the
/// default and goes unsaid).
pub fn source_note(p: &Profile, lang: Lang) -> Option<String> {
    if p.ticket_source.is_pasted() {
        return Some(text(lang, "redis-note-pasted").to_owned());
    }
    p.ticket_source
        .redis()
        .map(|r| msg!("redis-note-from", key = &r.ticket_key).get(lang))
}

/// One line: where it connected and what each key holds.
pub fn probe_text(p: &Probe, lang: Lang) -> String {
    let mut parts = vec![msg!("redis-connected", addr = &p.addr).get(lang)];
    parts.push(key_text(&p.ticket, lang));
    if let Some(t) = &p.token {
        parts.push(key_text(t, lang));
    }
    parts.extend(p.agent_tickets.iter().map(|k| key_text(k, lang)));
    parts.join(" · ")
}

fn key_text(k: &KeyProbe, lang: Lang) -> String {
    let state = match (k.kind.as_str(), k.ttl) {
        ("none", _) => text(lang, "redis-key-missing").to_owned(),
        ("string", Some(KeyTtl::Seconds(s))) => msg!("redis-key-ttl", seconds = s).get(lang),
        ("string", _) => text(lang, "redis-key-no-ttl").to_owned(),
        (other, _) => msg!("redis-key-not-string", kind = other).get(lang),
    };
    format!("{}: {state}", k.key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_debug_print_of_the_editor_hides_the_typed_password() {
        use egui_kittest::kittest::Queryable as _;
        const PASSWORD: &str = "redis-pw-7f3a9c";
        let profile = Profile::new("prod", "wx1");
        let editor = RedisEditor {
            use_redis: true,
            ..RedisEditor::from_profile(&profile)
        };
        let mut h = egui_kittest::Harness::new_ui_state(
            move |ui, ed: &mut RedisEditor| {
                let cx = RedisCtx {
                    test: None,
                    has_worker: false,
                };
                redis_fields_ui(
                    ui,
                    ed,
                    &profile,
                    cx,
                    super::super::i18n::tr(crate::core::text::Lang::En),
                    400.0,
                );
            },
            editor,
        );
        // Typed by label into the field, the way a user does.
        h.get_by_label("Redis password").click();
        h.run();
        h.get_by_label("Redis password").type_text(PASSWORD);
        h.run();
        let ed = h.state();
        assert_eq!(ed.password, PASSWORD, "the typing reached the editor");
        assert_eq!(
            ed.typed_password()
                .map(|p| p.reveal().to_owned())
                .as_deref(),
            Some(PASSWORD)
        );
        for shown in [
            format!("{ed:?}"),
            format!("{ed:#?}"),
            format!("{:?}", ed.clone()),
        ] {
            assert!(!shown.contains(PASSWORD), "{shown}");
            assert!(shown.contains("password: Secret(********)"), "{shown}");
        }
    }

    #[test]
    fn editor_round_trip_and_probe_text() {
        let mut p = Profile::new("prod", "wx1");
        let mut ed = RedisEditor::from_profile(&p);
        assert!(!ed.use_redis);
        ed.use_redis = true;
        ed.url = " redis://127.0.0.1:6379/1 ".into();
        ed.ticket_key = "wx:ticket".into();
        ed.format = "pydict:ticket".into();
        ed.apply(&mut p, Lang::En).unwrap();
        let r = p.ticket_source.redis().unwrap();
        assert_eq!(r.url, "redis://127.0.0.1:6379/1");
        assert_eq!(r.token_key, None);
        assert_eq!(RedisEditor::from_profile(&p).format, "pydict:ticket");
        ed.format = "yaml".into();
        assert!(
            ed.apply(&mut p, Lang::En)
                .unwrap_err()
                .contains("json:FIELD")
        );
        ed.use_redis = false;
        ed.apply(&mut p, Lang::En).unwrap();
        assert!(p.ticket_source.is_wechat());

        // WeCom: one key per app for its agent ticket; a key set from the command line for an
        // agentid the editor does not list is kept.
        let mut w = Profile::new_wecom("corp", "ww0123456789abcdef");
        w.apps = vec![
            crate::platform::WecomApp {
                agent_id: 1000002,
                name: String::new(),
            },
            crate::platform::WecomApp {
                agent_id: 1000003,
                name: String::new(),
            },
        ];
        w.ticket_source = TicketSource::Redis(Box::new(RedisSettings {
            url: "redis://127.0.0.1/0".into(),
            ticket_key: "corp".into(),
            token_key: None,
            format: ValueFormat::Raw,
            token_format: None,
            agent_ticket_keys: [
                ("1000002".to_owned(), "old2".to_owned()),
                ("1000009".to_owned(), "cli9".to_owned()),
            ]
            .into(),
        }));
        let mut ed = RedisEditor::from_profile(&w);
        assert_eq!(
            ed.agent_keys.get(&1000002).map(String::as_str),
            Some("old2")
        );
        ed.agent_keys.insert(1000002, " ".into());
        ed.agent_keys.insert(1000003, " agent:3 ".into());
        ed.apply(&mut w, Lang::En).unwrap();
        let keys = &w.ticket_source.redis().unwrap().agent_ticket_keys;
        let got: Vec<(&str, &str)> = keys.iter().map(|(a, k)| (a.as_str(), k.as_str())).collect();
        assert_eq!(got, [("1000003", "agent:3"), ("1000009", "cli9")]);

        let probe = Probe {
            addr: "127.0.0.1:6379".into(),
            ticket: KeyProbe {
                key: "t".into(),
                kind: "string".into(),
                ttl: Some(KeyTtl::Seconds(42)),
            },
            token: Some(KeyProbe {
                key: "k".into(),
                kind: "none".into(),
                ttl: None,
            }),
            agent_tickets: vec![KeyProbe {
                key: "wecom:agent:1000002".into(),
                kind: "string".into(),
                ttl: None,
            }],
        };
        assert_eq!(
            probe_text(&probe, Lang::En),
            "connected to 127.0.0.1:6379 · t: TTL 42 s · k: missing · wecom:agent:1000002: no TTL"
        );
    }
}

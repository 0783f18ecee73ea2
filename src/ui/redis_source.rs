//! The ticket-source part of the profile editor: WeChat API, a pasted ticket (a password field,
//! never pre-filled) or the backend's Redis, the Redis settings, its password (a password field,
//! never pre-filled) and "test connection", which runs on the worker. Its strings live here in both languages so the shared tables stay untouched.

use eframe::egui::{self, RichText};

use super::i18n::Strings;
use super::runtime::Runtime;
use super::{theme, widgets};
use crate::core::stored::{KeyTtl, ValueFormat};
use crate::core::text::Lang;
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
    /// A ticket just pasted; saved through the worker, never shown again.
    pub pasted_ticket: String,
    /// Seconds the pasted ticket has left, as the user read them; empty = estimate 7200.
    pub pasted_expires_in: String,
    pub url: String,
    pub ticket_key: String,
    pub token_key: String,
    pub format: String,
    pub password: String,
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

fn tr(lang: Lang, en: &'static str, zh: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Zh => zh,
    }
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
                format: r.format.to_string(),
                password: String::new(),
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
        let format: ValueFormat = self.format.parse().map_err(|e: String| {
            format!("{}: {e}", tr(lang, "Redis value format", "Redis 值格式"))
        })?;
        let token_format = p.ticket_source.redis().and_then(|r| r.token_format.clone());
        let token_key = self.token_key.trim();
        p.ticket_source = TicketSource::Redis(Box::new(RedisSettings {
            url: self.url.trim().to_owned(),
            ticket_key: self.ticket_key.trim().to_owned(),
            token_key: (!token_key.is_empty()).then(|| token_key.to_owned()),
            format,
            token_format,
            // WeCom agent ticket keys are set on the command line; the editor keeps them.
            agent_ticket_keys: p
                .ticket_source
                .redis()
                .map(|r| r.agent_ticket_keys.clone())
                .unwrap_or_default(),
        }));
        Ok(())
    }

    /// The ticket just pasted and the seconds it has left, if a ticket was pasted.
    pub fn typed_ticket(&self, lang: Lang) -> Result<Option<(Secret, Option<i64>)>, String> {
        let ticket = self.pasted_ticket.trim();
        if !self.use_pasted || ticket.is_empty() {
            return Ok(None);
        }
        let left = self.pasted_expires_in.trim();
        let expires_in = if left.is_empty() {
            None
        } else {
            Some(left.parse::<i64>().map_err(|_| {
                tr(
                    lang,
                    "Seconds left: give a whole number of seconds (at most 7200) or leave it empty",
                    "剩余秒数：请填写整数秒（最多 7200）或留空",
                )
                .to_owned()
            })?)
        };
        Ok(Some((Secret::new(ticket), expires_in)))
    }

    /// The password just typed, if any.
    pub fn typed_password(&self) -> Option<Secret> {
        (!self.password.is_empty()).then(|| Secret::new(self.password.clone()))
    }
}

/// Draws the section. `profile` is the edited profile (for "test connection").
pub fn redis_fields_ui(
    ui: &mut egui::Ui,
    ed: &mut RedisEditor,
    profile: &Profile,
    rt: &Runtime,
    s: &Strings,
    w: f32,
) -> Option<RedisAction> {
    let lang = s.lang();
    let palette = theme::palette(ui);
    let mut action = None;
    ui.horizontal(|ui| {
        widgets::form_label(ui, tr(lang, "Ticket source", "票据来源"));
        // 0 WeChat, 1 pasted, 2 Redis.
        let mut choice = if ed.use_redis {
            2
        } else {
            u8::from(ed.use_pasted)
        };
        ui.radio_value(&mut choice, 0, tr(lang, "WeChat API", "微信接口"));
        ui.radio_value(&mut choice, 1, tr(lang, "Pasted", "粘贴"));
        ui.radio_value(
            &mut choice,
            2,
            tr(lang, "Redis (read-only)", "Redis（只读）"),
        );
        ed.use_redis = choice == 2;
        ed.use_pasted = choice == 1;
    });
    if ed.use_pasted {
        super::pasted_source::pasted_fields_ui(ui, ed, lang, w);
        return None;
    }
    if !ed.use_redis {
        return None;
    }
    let fields: [(&str, &mut String, &str, &str, bool); 5] = [
        (
            tr(lang, "Redis URL", "Redis URL"),
            &mut ed.url,
            "redis://host:6379/0",
            "pe.redis.url",
            false,
        ),
        (
            tr(lang, "Ticket key", "票据键名"),
            &mut ed.ticket_key,
            "wechat:jsapi_ticket",
            "pe.redis.ticket",
            false,
        ),
        (
            tr(lang, "Token key", "令牌键名"),
            &mut ed.token_key,
            tr(lang, "optional", "可选"),
            "pe.redis.token",
            false,
        ),
        (
            tr(lang, "Value format", "值格式"),
            &mut ed.format,
            "raw | json:ticket | pydict:ticket",
            "pe.redis.format",
            false,
        ),
        (
            tr(lang, "Redis password", "Redis 密码"),
            &mut ed.password,
            tr(
                lang,
                "leave empty to keep the stored one",
                "留空则保留已保存的密码",
            ),
            "pe.redis.password",
            true,
        ),
    ];
    for (label, value, hint, id, password) in fields {
        ui.horizontal(|ui| {
            widgets::labelled_field(ui, label, value, hint, egui::Id::unique(id), password, w);
        });
    }
    let state = rt.redis_tests.get(&profile.name);
    ui.horizontal_wrapped(|ui| {
        let running = matches!(state, Some(RedisTest::Running));
        if ui
            .add_enabled(
                rt.has_worker() && !running,
                egui::Button::new(tr(lang, "Test connection", "测试连接")),
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
                    RichText::new(format!(
                        "{}: {}",
                        report.meaning.get(lang),
                        report.fix.get(lang)
                    )),
                );
            }
        }
    });
    if let Some(e) = &ed.error {
        ui.colored_label(palette.error, e);
    }
    action
}

/// The top bar's note of where the ticket comes from, for a Redis source (WeChat is the
/// default and goes unsaid).
pub fn source_note(p: &Profile, lang: Lang) -> Option<String> {
    if p.ticket_source.is_pasted() {
        return Some(tr(lang, "ticket pasted", "票据为粘贴").to_owned());
    }
    p.ticket_source.redis().map(|r| {
        format!(
            "{} Redis {}",
            tr(lang, "ticket from", "票据来自"),
            r.ticket_key
        )
    })
}

/// One line: where it connected and what each key holds.
pub fn probe_text(p: &Probe, lang: Lang) -> String {
    let mut parts = vec![format!("{} {}", tr(lang, "connected to", "已连接"), p.addr)];
    parts.push(key_text(&p.ticket, lang));
    if let Some(t) = &p.token {
        parts.push(key_text(t, lang));
    }
    parts.join(" · ")
}

fn key_text(k: &KeyProbe, lang: Lang) -> String {
    let state = match (k.kind.as_str(), k.ttl) {
        ("none", _) => tr(lang, "missing", "不存在").to_owned(),
        ("string", Some(KeyTtl::Seconds(s))) => format!("TTL {s} s"),
        ("string", _) => tr(lang, "no TTL", "无过期时间").to_owned(),
        (other, _) => format!(
            "{} {other}, {}",
            tr(lang, "a", "类型为"),
            tr(lang, "not a string", "不是字符串")
        ),
    };
    format!("{}: {state}", k.key)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        };
        assert_eq!(
            probe_text(&probe, Lang::En),
            "connected to 127.0.0.1:6379 · t: TTL 42 s · k: missing"
        );
    }
}

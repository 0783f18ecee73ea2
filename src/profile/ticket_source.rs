//! Where a profile's tickets come from, as saved in `profiles.toml`: plain settings, no I/O.
//! Holds no secret: the Redis password lives in the keyring (service
//! `crate::redis_source::PASSWORD_SERVICE`, account = appId) or in
//! `crate::redis_source::PASSWORD_ENV`, a pasted ticket in the secret store
//! (`crate::pasted_source`), and reading them is those modules' business.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::core::stored::ValueFormat;
use crate::core::text::{Msg, msg};
use crate::platform::TicketSpec;

/// The field a token value names its credential when the format does not say.
pub const TOKEN_FIELD: &str = "access_token";

/// Where a profile's jsapi_ticket comes from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TicketSource {
    /// `getticket` with the profile's own access_token (cached).
    #[default]
    Wechat,
    /// The production backend's cache, read-only: the very ticket production signs with.
    /// Boxed: most profiles use WeChat, and `Profile` travels in UI messages.
    Redis(Box<RedisSettings>),
    /// A ticket the user pasted; the ticket itself is in the secret store
    /// (`crate::pasted_source`), never here.
    Pasted,
}

impl TicketSource {
    pub fn is_wechat(&self) -> bool {
        matches!(self, TicketSource::Wechat)
    }

    pub fn redis(&self) -> Option<&RedisSettings> {
        match self {
            TicketSource::Redis(r) => Some(r),
            TicketSource::Wechat | TicketSource::Pasted => None,
        }
    }

    pub fn is_pasted(&self) -> bool {
        matches!(self, TicketSource::Pasted)
    }

    /// A short label for the top bar and `profile show`.
    pub fn label(&self) -> String {
        match self {
            TicketSource::Wechat => "WeChat API".to_owned(),
            TicketSource::Redis(r) => format!("Redis {}", r.ticket_key),
            TicketSource::Pasted => "pasted".to_owned(),
        }
    }
}

/// How to read the backend's cache. The URL carries host, port, db and user, never a password.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RedisSettings {
    /// `redis://[user@]host[:port][/db]` or `rediss://` for TLS.
    pub url: String,
    /// The key the backend caches the jsapi_ticket under.
    pub ticket_key: String,
    /// The key of the access_token, when `wxsign token` should read it too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_key: Option<String>,
    /// The layout of the ticket value.
    #[serde(default)]
    pub format: ValueFormat,
    /// The layout of the token value; by default the ticket's, with the field `access_token`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_format: Option<ValueFormat>,
    /// WeCom: the key of each app's agent ticket, by agentid (`ticket_key` is the corp
    /// ticket's): one entry per ticket kind, read with the same format.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub agent_ticket_keys: BTreeMap<String, String>,
}

impl RedisSettings {
    /// The settings that read the agent ticket of `agent_id` (its own key, same server and
    /// format); `None` when that app has no key.
    pub fn for_agent(&self, agent_id: u64) -> Option<RedisSettings> {
        let key = self.agent_ticket_keys.get(&agent_id.to_string())?;
        Some(RedisSettings {
            ticket_key: key.clone(),
            ..self.clone()
        })
    }

    /// The settings that read the ticket of `spec`: the ticket key for a ticket of the whole
    /// account, the app's own key for a per-app one (`None` when that app has none).
    pub fn for_ticket(&self, spec: &TicketSpec, agent_id: Option<u64>) -> Option<RedisSettings> {
        if spec.per_app {
            self.for_agent(agent_id?)
        } else {
            Some(self.clone())
        }
    }

    /// The layout the token value is read with.
    pub fn token_format(&self) -> ValueFormat {
        self.token_format
            .clone()
            .unwrap_or_else(|| self.format.with_field(TOKEN_FIELD))
    }

    /// Checks what would otherwise fail later with a confusing connection error, and keeps a
    /// password out of the profiles file.
    pub fn validate(&self) -> Result<(), Msg> {
        let url = self.url.as_str();
        let parsed = match url::Url::parse(url.trim()) {
            Ok(u) => u,
            Err(e) => {
                return Err(msg!(
                    "profile-redis-url-unparsable",
                    url = url,
                    error = e.to_string()
                ));
            }
        };
        if !matches!(parsed.scheme(), "redis" | "rediss") {
            return Err(msg!("profile-redis-url-scheme", url = url));
        }
        if parsed.password().is_some() {
            // The URL is saved in profiles.toml and shown on screen: never with the password.
            return Err(msg!("profile-redis-url-password"));
        }
        if parsed.host_str().is_none_or(str::is_empty) {
            return Err(msg!("profile-redis-url-no-host", url = url));
        }
        let db = parsed.path().trim_start_matches('/');
        if !db.is_empty() && db.parse::<u32>().is_err() {
            return Err(msg!("profile-redis-url-db", url = url));
        }
        if self.ticket_key.trim().is_empty() {
            return Err(msg!("profile-redis-ticket-key-empty"));
        }
        if let Some((id, _)) = self
            .agent_ticket_keys
            .iter()
            .find(|(id, k)| id.parse::<u64>().is_err() || k.trim().is_empty())
        {
            return Err(msg!("profile-redis-agent-key-bad", id = id));
        }
        if self
            .token_key
            .as_deref()
            .is_some_and(|k| k.trim().is_empty())
        {
            return Err(msg!("profile-redis-token-key-empty"));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::text::Lang;
    use crate::i18n::Render;

    fn settings(url: &str) -> RedisSettings {
        RedisSettings {
            url: url.into(),
            ticket_key: "wx:ticket".into(),
            ..RedisSettings::default()
        }
    }

    #[test]
    fn validation_keeps_passwords_out_and_names_the_fix() {
        for ok in [
            "redis://127.0.0.1:6379",
            "redis://127.0.0.1:6379/3",
            "rediss://reader@cache.internal:6380/0",
        ] {
            assert_eq!(settings(ok).validate(), Ok(()), "{ok}");
        }
        for (bad, says) in [
            ("redis://:pw@host:6379", "secret set --profile NAME --redis"),
            ("redis://user:pw@host", "contains a password"),
            ("http://host:6379", "must start with redis://"),
            ("redis://host/abc", "database number"),
            ("not a url", "does not parse"),
        ] {
            let e = settings(bad).validate().unwrap_err();
            assert!(e.get(Lang::En).contains(says), "{bad}: {}", e.get(Lang::En));
            assert!(!e.get(Lang::En).contains("pw@"), "{}", e.get(Lang::En));
        }
        let mut s = settings("redis://h");
        s.ticket_key = " ".into();
        assert!(
            s.validate()
                .unwrap_err()
                .get(Lang::En)
                .contains("--redis-ticket-key")
        );
    }

    #[test]
    fn token_format_follows_the_ticket_format() {
        let mut s = settings("redis://h");
        s.format = "pydict:ticket".parse().unwrap();
        assert_eq!(s.token_format().to_string(), "pydict:access_token");
        s.token_format = Some("raw".parse().unwrap());
        assert_eq!(s.token_format().to_string(), "raw");
    }

    #[test]
    fn toml_round_trip() {
        #[derive(Serialize, Deserialize, PartialEq, Debug)]
        struct P {
            ticket_source: TicketSource,
        }
        let mut s = settings("redis://h:1/2");
        s.format = "json:ticket".parse().unwrap();
        s.token_key = Some("wx:token".into());
        let p = P {
            ticket_source: TicketSource::Redis(Box::new(s)),
        };
        let text = toml::to_string(&p).unwrap();
        assert!(text.contains("kind = \"redis\""), "{text}");
        assert!(text.contains("format = \"json:ticket\""), "{text}");
        assert_eq!(toml::from_str::<P>(&text).unwrap(), p);
    }
}

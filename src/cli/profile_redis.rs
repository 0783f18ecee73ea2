//! The `--ticket-source` and `--redis-*` options of `wxsign profile add|edit`, and how
//! `profile show` prints them. The Redis password is never an option: `wxsign secret set
//! --profile NAME --redis` puts it in the keyring, or `WXSIGN_REDIS_PASSWORD` gives it per call.

use anyhow::bail;
use clap::{Args, ValueEnum};

use super::output;
use crate::core::stored::ValueFormat;
use crate::core::text::{Lang, msg};
use crate::i18n::{Render, text};
use crate::profile::Profile;
use crate::profile::{RedisSettings, TicketSource};
use crate::redis_source;
use crate::secret::Secret;
use crate::secrets::{self, Secrets, StoreHealth};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SourceArg {
    /// getticket with the profile's access_token (the default).
    Wechat,
    /// The backend's Redis cache, read-only: the very ticket production signs with.
    Redis,
    /// A ticket you paste with `wxsign secret set --profile NAME --ticket` (no WeChat call).
    Pasted,
}

#[derive(Debug, Args)]
pub struct RedisFields {
    /// Where the jsapi_ticket comes from.
    #[arg(long, value_enum)]
    ticket_source: Option<SourceArg>,
    /// The backend's Redis: redis://[user@]host:port/db, or rediss:// for TLS (no password here).
    #[arg(long, value_name = "URL")]
    redis_url: Option<String>,
    /// The key the backend caches the jsapi_ticket under.
    #[arg(long, value_name = "KEY")]
    redis_ticket_key: Option<String>,
    /// The key of the access_token, for `wxsign token` (optional).
    #[arg(long, value_name = "KEY")]
    redis_token_key: Option<String>,
    /// The value layout: raw, json:FIELD or pydict:FIELD (FIELD holds the ticket).
    #[arg(long, value_name = "FORMAT")]
    redis_format: Option<ValueFormat>,
    /// The token value's layout [default: the ticket's, with the field access_token].
    #[arg(long, value_name = "FORMAT")]
    redis_token_format: Option<ValueFormat>,
    /// WeCom: the key of one app's agent ticket, as AGENTID=KEY (repeat per app);
    /// --redis-ticket-key is then the corp ticket's.
    #[arg(long, value_name = "AGENTID=KEY")]
    redis_agent_ticket_key: Vec<String>,
}

impl RedisFields {
    fn any_redis_option(&self) -> bool {
        self.redis_url.is_some()
            || self.redis_ticket_key.is_some()
            || self.redis_token_key.is_some()
            || self.redis_format.is_some()
            || self.redis_token_format.is_some()
            || !self.redis_agent_ticket_key.is_empty()
    }

    /// Applies the options to `p`; the profile's own validation runs when it is saved.
    pub fn apply(self, p: &mut Profile, lang: Lang) -> anyhow::Result<()> {
        let switching_to_redis = self.ticket_source == Some(SourceArg::Redis);
        let plain = match self.ticket_source {
            Some(SourceArg::Wechat) => Some((TicketSource::Wechat, "wechat")),
            Some(SourceArg::Pasted) => Some((TicketSource::Pasted, "pasted")),
            _ => None,
        };
        if let Some((source, name)) = plain {
            if self.any_redis_option() {
                bail!(msg!("cli-redis-options-need-redis", source = name).get(lang));
            }
            p.ticket_source = source;
            return Ok(());
        }
        if !switching_to_redis && !self.any_redis_option() {
            return Ok(());
        }
        let mut r = match (&p.ticket_source, switching_to_redis) {
            (TicketSource::Redis(r), _) => (**r).clone(),
            (TicketSource::Wechat | TicketSource::Pasted, true) => RedisSettings::default(),
            (TicketSource::Wechat | TicketSource::Pasted, false) => {
                bail!(text(lang, "cli-redis-not-redis-profile"))
            }
        };
        if let Some(u) = self.redis_url {
            r.url = u;
        }
        if let Some(k) = self.redis_ticket_key {
            r.ticket_key = k;
        }
        if let Some(k) = self.redis_token_key {
            r.token_key = (!k.is_empty()).then_some(k);
        }
        if let Some(f) = self.redis_format {
            r.format = f;
        }
        if let Some(f) = self.redis_token_format {
            r.token_format = Some(f);
        }
        for pair in self.redis_agent_ticket_key {
            let bad = || msg!("cli-redis-agent-key-form", pair = pair.as_str()).get(lang);
            let Some((id, key)) = pair.split_once('=') else {
                bail!(bad());
            };
            if id.trim().parse::<u64>().is_err() || key.trim().is_empty() {
                bail!(bad());
            }
            r.agent_ticket_keys
                .insert(id.trim().to_owned(), key.trim().to_owned());
        }
        if r.url.is_empty() {
            bail!(text(lang, "cli-redis-needs-url"));
        }
        if r.ticket_key.is_empty() {
            bail!(text(lang, "cli-redis-needs-ticket-key"));
        }
        p.ticket_source = TicketSource::Redis(Box::new(r));
        Ok(())
    }
}

/// The ticket source lines of `profile show`.
pub fn show(width: usize, p: &Profile, lang: Lang) {
    let from = text(lang, "cli-redis-ticket-from");
    match &p.ticket_source {
        TicketSource::Wechat => output::field(width, from, text(lang, "cli-redis-from-wechat")),
        TicketSource::Pasted => output::field(width, from, text(lang, "cli-redis-from-pasted")),
        TicketSource::Redis(r) => {
            output::field(width, from, text(lang, "cli-redis-from-redis"));
            output::field(width, text(lang, "cli-redis-url"), &r.url);
            output::field(
                width,
                text(lang, "cli-redis-ticket-key"),
                &format!("{} ({})", r.ticket_key, r.format),
            );
            if let Some(k) = &r.token_key {
                let shown = format!("{k} ({})", r.token_format());
                output::field(width, text(lang, "cli-redis-token-key"), &shown);
            }
            for (agent, k) in &r.agent_ticket_keys {
                let shown = format!("{agent}: {k} ({})", r.format);
                output::field(width, text(lang, "cli-redis-agent-key"), &shown);
            }
        }
    }
}

/// `wxsign secret set --profile NAME --redis`: the Redis password in the OS keyring.
pub fn set_password(p: &Profile, from_stdin: bool, lang: Lang) -> anyhow::Result<()> {
    use anyhow::Context;
    use std::io::IsTerminal;
    let profile = p.name.as_str();
    let password = if from_stdin {
        secrets::read_secret_line(&mut std::io::stdin().lock())
            .context(text(lang, "cli-redis-stdin-failed"))?
    } else if std::io::stdin().is_terminal() {
        let prompt = msg!("cli-redis-prompt", profile = profile).get(lang);
        let typed =
            rpassword::prompt_password(prompt).context(text(lang, "cli-redis-terminal-failed"))?;
        (!typed.is_empty()).then(|| Secret::new(typed))
    } else {
        bail!(text(lang, "cli-redis-stdin-not-terminal"));
    };
    let password = password.context(text(lang, "cli-redis-password-empty"))?;
    let secrets = Secrets::from_env();
    if let StoreHealth::Unavailable(t) = secrets.health() {
        let why = t.get(lang);
        let env = redis_source::PASSWORD_ENV;
        bail!(msg!("cli-redis-no-keyring", why = why, env = env).get(lang));
    }
    secrets
        .store()
        .set(redis_source::PASSWORD_SERVICE, &p.app_id, &password)
        .context(text(lang, "cli-redis-store-failed"))?;
    let done = if secrets.persistent() {
        let (on, off) = output::ok_codes();
        let chars = password.len();
        msg!(
            "cli-redis-stored",
            on = on,
            off = off,
            profile = profile,
            chars = chars
        )
    } else {
        let env = secrets::KEYRING_ENV;
        msg!("cli-redis-kept-in-memory", profile = profile, env = env)
    };
    anstream::println!("{}", done.get(lang));
    Ok(())
}

/// `wxsign secret delete --profile NAME --redis`.
pub fn delete_password(p: &Profile, lang: Lang) -> anyhow::Result<()> {
    let secrets = Secrets::from_env();
    let had = secrets
        .store()
        .delete(redis_source::PASSWORD_SERVICE, &p.app_id)
        .map_err(|e| anyhow::anyhow!("{}: {e}", text(lang, "cli-redis-delete-failed")))?;
    let profile = p.name.as_str();
    let done = if had {
        msg!("cli-redis-deleted", profile = profile)
    } else {
        msg!("cli-redis-none-stored", profile = profile)
    };
    anstream::println!("{}", done.get(lang));
    Ok(())
}

/// The `redis` line of `wxsign secret status`.
pub fn password_status(width: usize, p: &Profile, secrets: &Secrets, lang: Lang) {
    if p.ticket_source.redis().is_none() {
        return;
    }
    let env_set = std::env::var(redis_source::PASSWORD_ENV).is_ok_and(|v| !v.is_empty());
    let status = if env_set {
        msg!("cli-redis-status-env", env = redis_source::PASSWORD_ENV).get(lang)
    } else {
        match secrets
            .store()
            .get(redis_source::PASSWORD_SERVICE, &p.app_id)
        {
            Ok(Some(_)) => text(lang, "cli-redis-status-keyring").to_owned(),
            Ok(None) => text(lang, "cli-redis-status-not-set").to_owned(),
            Err(e) => e.text().get(lang).to_owned(),
        }
    };
    output::field(width, "redis", &status);
}

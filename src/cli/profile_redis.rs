//! The `--ticket-source` and `--redis-*` options of `wxsign profile add|edit`, and how
//! `profile show` prints them. The Redis password is never an option: `wxsign secret set
//! --profile NAME --redis` puts it in the keyring, or `WXSIGN_REDIS_PASSWORD` gives it per call.

use anyhow::bail;
use clap::{Args, ValueEnum};

use super::output;
use crate::core::stored::ValueFormat;
use crate::i18n::Render;
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
    pub fn apply(self, p: &mut Profile) -> anyhow::Result<()> {
        let switching_to_redis = self.ticket_source == Some(SourceArg::Redis);
        let plain = match self.ticket_source {
            Some(SourceArg::Wechat) => Some((TicketSource::Wechat, "wechat")),
            Some(SourceArg::Pasted) => Some((TicketSource::Pasted, "pasted")),
            _ => None,
        };
        if let Some((source, name)) = plain {
            if self.any_redis_option() {
                bail!("--redis-* options need --ticket-source redis (not {name})");
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
                bail!(
                    "this profile does not read its ticket from Redis: add --ticket-source redis to use the --redis-* options"
                )
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
            let Some((id, key)) = pair.split_once('=') else {
                bail!(
                    "--redis-agent-ticket-key '{pair}': give it as AGENTID=KEY, e.g. 1000002=wecom:agent_ticket:1000002"
                );
            };
            if id.trim().parse::<u64>().is_err() || key.trim().is_empty() {
                bail!(
                    "--redis-agent-ticket-key '{pair}': give it as AGENTID=KEY, e.g. 1000002=wecom:agent_ticket:1000002"
                );
            }
            r.agent_ticket_keys
                .insert(id.trim().to_owned(), key.trim().to_owned());
        }
        if r.url.is_empty() {
            bail!("--ticket-source redis needs --redis-url redis://HOST:6379/DB");
        }
        if r.ticket_key.is_empty() {
            bail!(
                "--ticket-source redis needs --redis-ticket-key KEY (the key your backend caches the jsapi_ticket under)"
            );
        }
        p.ticket_source = TicketSource::Redis(Box::new(r));
        Ok(())
    }
}

/// The ticket source lines of `profile show`.
pub fn show(width: usize, p: &Profile) {
    match &p.ticket_source {
        TicketSource::Wechat => output::field(width, "ticket_from", "WeChat API (getticket)"),
        TicketSource::Pasted => output::field(
            width,
            "ticket_from",
            "pasted (`wxsign secret set --profile NAME --ticket`)",
        ),
        TicketSource::Redis(r) => {
            output::field(width, "ticket_from", "Redis (read-only)");
            output::field(width, "redis_url", &r.url);
            output::field(
                width,
                "ticket_key",
                &format!("{} ({})", r.ticket_key, r.format),
            );
            if let Some(k) = &r.token_key {
                output::field(width, "token_key", &format!("{k} ({})", r.token_format()));
            }
            for (agent, k) in &r.agent_ticket_keys {
                output::field(width, "agent_key", &format!("{agent}: {k} ({})", r.format));
            }
        }
    }
}

/// `wxsign secret set --profile NAME --redis`: the Redis password in the OS keyring.
pub fn set_password(p: &Profile, from_stdin: bool) -> anyhow::Result<()> {
    use anyhow::Context;
    use std::io::IsTerminal;

    let password = if from_stdin {
        secrets::read_secret_line(&mut std::io::stdin().lock())
            .context("reading the Redis password from stdin")?
    } else if std::io::stdin().is_terminal() {
        let typed = rpassword::prompt_password(format!(
            "Redis password for profile {} (not shown): ",
            p.name
        ))
        .context("reading the Redis password from the terminal")?;
        (!typed.is_empty()).then(|| Secret::new(typed))
    } else {
        bail!("stdin is not a terminal: pass --secret-stdin to read the Redis password from it");
    };
    let password = password.context(
        "the Redis password is empty: type the password of the Redis user (requirepass or ACL)",
    )?;
    let secrets = Secrets::from_env();
    if let StoreHealth::Unavailable(t) = secrets.health() {
        bail!(
            "{}\nFor this command line, pass the Redis password per call instead: {}.",
            t.get(crate::core::text::Lang::En),
            redis_source::PASSWORD_ENV
        );
    }
    secrets
        .store()
        .set(redis_source::PASSWORD_SERVICE, &p.app_id, &password)
        .context("storing the Redis password")?;
    if secrets.persistent() {
        anstream::println!(
            "{}stored{:#} the Redis password of {} in the OS keyring ({} chars)",
            output::OK,
            output::OK,
            p.name,
            password.len()
        );
    } else {
        anstream::println!(
            "kept the Redis password of {} in memory only ({}=memory): it is gone when this command ends",
            p.name,
            secrets::KEYRING_ENV
        );
    }
    Ok(())
}

/// `wxsign secret delete --profile NAME --redis`.
pub fn delete_password(p: &Profile) -> anyhow::Result<()> {
    let secrets = Secrets::from_env();
    let had = secrets
        .store()
        .delete(redis_source::PASSWORD_SERVICE, &p.app_id)
        .map_err(|e| anyhow::anyhow!("deleting the Redis password: {e}"))?;
    if had {
        anstream::println!("deleted the Redis password of {}", p.name);
    } else {
        anstream::println!("no Redis password was stored for {}", p.name);
    }
    Ok(())
}

/// The `redis` line of `wxsign secret status`.
pub fn password_status(width: usize, p: &Profile, secrets: &Secrets) {
    if p.ticket_source.redis().is_none() {
        return;
    }
    let env_set = std::env::var(redis_source::PASSWORD_ENV).is_ok_and(|v| !v.is_empty());
    let status = if env_set {
        format!("set ({})", redis_source::PASSWORD_ENV)
    } else {
        match secrets.store().get(redis_source::PASSWORD_SERVICE, &p.app_id) {
            Ok(Some(_)) => "set (OS keyring)".to_owned(),
            Ok(None) => {
                "not set (fine for a server without a password): `wxsign secret set --profile NAME --redis`".to_owned()
            }
            Err(e) => e.text().get(crate::core::text::Lang::En),
        }
    };
    output::field(width, "redis", &status);
}

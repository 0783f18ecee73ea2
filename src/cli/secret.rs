//! `wxsign secret set|delete|status --profile NAME`: the appSecret in the OS keyring. Never
//! from a command-line argument (argv is visible to every user): a prompt without echo, or
//! `--secret-stdin`.

use std::io::IsTerminal;
use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::{Args, Subcommand};

use super::output::{self, Output};
use super::secret_entry::delete_app_secret;
use super::usage::usage;
use crate::core::text::{Lang, msg};
use crate::i18n::{Render, text};
use crate::profile::ProfileStore;
use crate::secret::Secret;
use crate::secrets::{self, SecretSource, SecretStatus, Secrets, StoreHealth};

#[derive(Debug, Args)]
pub struct SecretArgs {
    #[command(subcommand)]
    pub command: SecretCommand,
}

#[derive(Debug, Subcommand)]
pub enum SecretCommand {
    /// Store the profile's appSecret in the OS keyring.
    Set {
        /// The profile whose appId the secret belongs to (`wxsign profile list`).
        #[arg(long)]
        profile: String,
        /// Read the secret from the first line of stdin instead of a prompt.
        #[arg(long)]
        secret_stdin: bool,
        /// Store the password of the profile's Redis ticket source instead of the appSecret.
        #[arg(long, conflicts_with = "ticket")]
        redis: bool,
        /// Store a pasted jsapi_ticket (for `--ticket-source pasted`) instead of the appSecret.
        #[arg(long)]
        ticket: bool,
        /// Seconds the pasted ticket has left (at most 7200); without it the expiry is
        /// estimated as 7200 s from now.
        #[arg(long, value_name = "SECONDS", requires = "ticket")]
        expires_in: Option<i64>,
        /// WeCom: the app (AgentId) whose secret this is; each app has its own.
        #[arg(long, value_name = "N")]
        agent_id: Option<u64>,
    },
    /// Delete the profile's appSecret and its cached token and tickets.
    Delete {
        /// The profile whose appId the secret belongs to (`wxsign profile list`).
        #[arg(long, required_unless_present = "appid")]
        profile: Option<String>,
        /// The appId itself, for a secret whose profile was removed.
        #[arg(long, conflicts_with_all = ["profile", "redis", "ticket", "agent_id"])]
        appid: Option<String>,
        /// Delete the Redis password instead of the appSecret.
        #[arg(long, conflicts_with = "ticket")]
        redis: bool,
        /// Delete the pasted ticket instead of the appSecret.
        #[arg(long)]
        ticket: bool,
        /// WeCom: the app (AgentId) whose secret to delete.
        #[arg(long, value_name = "N")]
        agent_id: Option<u64>,
    },
    /// Where the profile's appSecret would come from.
    Status {
        /// The profile whose appId the secret belongs to (`wxsign profile list`).
        #[arg(long)]
        profile: String,
    },
}

pub fn run(args: SecretArgs, out: Output) -> anyhow::Result<ExitCode> {
    let lang = out.lang;
    let store = ProfileStore::from_env()?;
    match args.command {
        SecretCommand::Set {
            profile,
            secret_stdin,
            redis,
            ticket,
            expires_in,
            agent_id,
        } => {
            let p = super::profile::get(&store, &profile, lang)?;
            if ticket {
                super::secret_ticket::set(&p, secret_stdin, expires_in, agent_id, lang)?;
                return Ok(ExitCode::SUCCESS);
            }
            if redis {
                super::profile_redis::set_password(&p, secret_stdin, lang)?;
                return Ok(ExitCode::SUCCESS);
            }
            let target = SecretTarget::of(&p, agent_id, lang)?;
            let secret = read_secret(secret_stdin, &target.label, lang)?;
            let secrets = Secrets::from_env();
            if let StoreHealth::Unavailable(t) = secrets.health() {
                bail!(msg!("cli-secret-no-keyring", why = t.get(lang)).get(lang));
            }
            secrets
                .set_persistent(&target.account, &secret)
                .context(text(lang, "cli-secret-store-failed"))?;
            let (id, n, env) = (target.label.as_str(), secret.len(), secrets::KEYRING_ENV);
            let (on, off) = output::ok_codes();
            let done = if secrets.persistent() {
                msg!("cli-secret-stored", on = on, off = off, app = id, chars = n)
            } else {
                msg!("cli-secret-kept-in-memory", app = id, env = env)
            };
            anstream::println!("{}", done.get(lang));
        }
        SecretCommand::Delete {
            profile,
            appid,
            redis,
            ticket,
            agent_id,
        } => {
            let Some(profile) = profile else {
                let id = appid.unwrap_or_default();
                if !delete_app_secret(&id, lang)? {
                    anstream::println!("{} {id}", text(lang, "cli-secret-none-stored"));
                }
                return Ok(ExitCode::SUCCESS);
            };
            let p = super::profile::get(&store, &profile, lang)?;
            if ticket {
                super::secret_ticket::delete(&p, agent_id, lang)?;
                return Ok(ExitCode::SUCCESS);
            }
            if redis {
                super::profile_redis::delete_password(&p, lang)?;
                return Ok(ExitCode::SUCCESS);
            }
            let target = SecretTarget::of(&p, agent_id, lang)?;
            if !delete_app_secret(&target.account, lang)? {
                anstream::println!("{} {}", text(lang, "cli-secret-none-stored"), target.label);
            }
        }
        SecretCommand::Status { profile } => {
            let p = super::profile::get(&store, &profile, lang)?;
            let secrets = Secrets::from_env();
            output::field(
                8,
                text(lang, "cli-secret-keyring"),
                &secrets.health().text().get(lang),
            );
            if p.platform.spec().per_app_secrets {
                for app in &p.apps {
                    let account = crate::platform::app_account(&p.app_id, app.agent_id);
                    let status = status_text(&secrets, &account, &p.name, Some(app.agent_id), lang);
                    output::field(12, &app.label(), &status);
                }
                if p.apps.is_empty() {
                    anstream::println!(
                        "{}: `wxsign profile edit {} --agent-id N --agent-name NAME`",
                        text(lang, "cli-secret-no-wecom-app"),
                        p.name
                    );
                }
                super::profile_redis::password_status(8, &p, &secrets, lang);
                super::secret_ticket::status(8, &p, &secrets, lang);
                return Ok(ExitCode::SUCCESS);
            }
            let status = status_text(&secrets, &p.app_id, &p.name, None, lang);
            output::field(8, text(lang, "cli-secret-secret"), &status);
            super::profile_redis::password_status(8, &p, &secrets, lang);
            super::secret_ticket::status(8, &p, &secrets, lang);
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Where one secret of a profile lives: the appId, or `corpId/agentid` for a WeCom app.
struct SecretTarget {
    account: String,
    /// How messages name it (`wx…`, `app 1000002 (OA) of ww…`).
    label: String,
}

impl SecretTarget {
    fn of(p: &crate::profile::Profile, agent_id: Option<u64>, lang: Lang) -> anyhow::Result<Self> {
        if !p.platform.spec().per_app_secrets {
            if agent_id.is_some() {
                let m = msg!("cli-secret-agent-id-oa", profile = p.name.as_str());
                bail!(m.get(lang));
            }
            return Ok(Self {
                account: p.app_id.clone(),
                label: p.app_id.clone(),
            });
        }
        if agent_id.is_none() && p.apps.len() > 1 {
            let apps: Vec<String> = p.apps.iter().map(crate::profile::WecomApp::label).collect();
            let (profile, count, apps) = (p.name.as_str(), p.apps.len(), apps.join(", "));
            let m = msg!(
                "cli-secret-which-app",
                profile = profile,
                count = count,
                apps = apps
            );
            bail!(m.get(lang));
        }
        let app = p.app(agent_id)?;
        let corp_id = p.app_id.as_str();
        Ok(Self {
            account: crate::platform::app_account(&p.app_id, app.agent_id),
            label: msg!("cli-secret-app-of", app = app.label(), corp_id = corp_id).get(lang),
        })
    }
}

fn status_text(
    secrets: &Secrets,
    account: &str,
    profile: &str,
    agent_id: Option<u64>,
    lang: Lang,
) -> String {
    let set = text(lang, "cli-secret-set");
    let agent = agent_id
        .map(|a| format!(" --agent-id {a}"))
        .unwrap_or_default();
    match secrets.status(account) {
        SecretStatus::Present(SecretSource::Keyring) => {
            format!("{set} ({})", text(lang, "cli-secret-os-keyring"))
        }
        SecretStatus::Present(SecretSource::Env) => {
            format!("{set} ({})", secrets::APP_SECRET_ENV)
        }
        SecretStatus::Present(SecretSource::Session | SecretSource::Explicit) => {
            format!("{set} ({})", text(lang, "cli-secret-this-session"))
        }
        SecretStatus::Missing if !matches!(secrets.health(), StoreHealth::Unavailable(_)) => {
            format!(
                "{}: `wxsign secret set {}{agent}`",
                text(lang, "cli-secret-not-set"),
                crate::wechat::naming_profile("--profile NAME", profile)
            )
        }
        SecretStatus::Missing => format!(
            "{}: {}",
            text(lang, "cli-secret-not-set"),
            text(lang, "cli-secret-per-call")
        ),
        SecretStatus::Unknown(t) => t.get(lang),
    }
}

fn read_secret(from_stdin: bool, whose: &str, lang: Lang) -> anyhow::Result<Secret> {
    let secret = if from_stdin {
        secrets::read_secret_line(&mut std::io::stdin().lock())
            .context(text(lang, "cli-secret-stdin-failed"))?
    } else if std::io::stdin().is_terminal() {
        let prompt = msg!("cli-secret-prompt", whose = whose).get(lang);
        let typed =
            rpassword::prompt_password(prompt).context(text(lang, "cli-secret-terminal-failed"))?;
        let typed = typed.trim().to_owned();
        (!typed.is_empty()).then(|| Secret::new(typed))
    } else {
        return Err(usage(text(lang, "cli-secret-stdin-not-terminal")));
    };
    secret.ok_or_else(|| usage(text(lang, "cli-secret-empty")))
}

//! `wxsign secret set|delete|status --profile NAME`: the appSecret in the OS keyring. Never
//! from a command-line argument (argv is visible to every user): a prompt without echo, or
//! `--secret-stdin`.

use std::io::IsTerminal;
use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::{Args, Subcommand};

use super::output;
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
        #[arg(long)]
        profile: String,
        /// Read the secret from the first line of stdin instead of a prompt.
        #[arg(long)]
        secret_stdin: bool,
        /// Store the password of the profile's Redis ticket source instead of the appSecret.
        #[arg(long)]
        redis: bool,
    },
    /// Delete the profile's appSecret and its cached token and tickets.
    Delete {
        #[arg(long)]
        profile: String,
        /// Delete the Redis password instead of the appSecret.
        #[arg(long)]
        redis: bool,
    },
    /// Where the profile's appSecret would come from.
    Status {
        #[arg(long)]
        profile: String,
    },
}

pub fn run(args: SecretArgs) -> anyhow::Result<ExitCode> {
    let store = ProfileStore::from_env()?;
    match args.command {
        SecretCommand::Set {
            profile,
            secret_stdin,
            redis,
        } => {
            let p = store.get(&profile)?;
            if redis {
                super::profile_redis::set_password(&p, secret_stdin)?;
                return Ok(ExitCode::SUCCESS);
            }
            let secret = read_secret(secret_stdin, &p.app_id)?;
            let secrets = Secrets::from_env();
            if let StoreHealth::Unavailable(t) = secrets.health() {
                bail!(
                    "{}\nFor this command line, pass the secret per call instead: WXSIGN_APP_SECRET or --secret-stdin.",
                    t.en
                );
            }
            secrets
                .set_persistent(&p.app_id, &secret)
                .context("storing the appSecret")?;
            if secrets.persistent() {
                anstream::println!(
                    "{}stored{:#} the appSecret of {} in the OS keyring ({} chars)",
                    output::OK,
                    output::OK,
                    p.app_id,
                    secret.len()
                );
            } else {
                anstream::println!(
                    "kept the appSecret of {} in memory only ({}=memory): it is gone when this command ends",
                    p.app_id,
                    secrets::KEYRING_ENV
                );
            }
        }
        SecretCommand::Delete { profile, redis } => {
            let p = store.get(&profile)?;
            if redis {
                super::profile_redis::delete_password(&p)?;
                return Ok(ExitCode::SUCCESS);
            }
            let secrets = Secrets::from_env();
            let had = secrets
                .delete(&p.app_id)
                .context("deleting the appSecret")?;
            if had {
                anstream::println!(
                    "deleted the appSecret and cached credentials of {}",
                    p.app_id
                );
            } else {
                anstream::println!("no appSecret was stored for {}", p.app_id);
            }
        }
        SecretCommand::Status { profile } => {
            let p = store.get(&profile)?;
            let secrets = Secrets::from_env();
            output::field(8, "keyring", &secrets.health().text().en);
            let status = match secrets.status(&p.app_id) {
                SecretStatus::Present(SecretSource::Keyring) => "set (OS keyring)".to_owned(),
                SecretStatus::Present(SecretSource::Env) => {
                    format!("set ({})", secrets::APP_SECRET_ENV)
                }
                SecretStatus::Present(SecretSource::Session | SecretSource::Explicit) => {
                    "set (this session)".to_owned()
                }
                SecretStatus::Missing => "not set: `wxsign secret set --profile NAME`".to_owned(),
                SecretStatus::Unknown(t) => t.en,
            };
            output::field(8, "secret", &status);
            super::profile_redis::password_status(8, &p, &secrets);
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn read_secret(from_stdin: bool, app_id: &str) -> anyhow::Result<Secret> {
    let secret = if from_stdin {
        secrets::read_secret_line(&mut std::io::stdin().lock())
            .context("reading the secret from stdin")?
    } else if std::io::stdin().is_terminal() {
        let typed = rpassword::prompt_password(format!("appSecret for {app_id} (not shown): "))
            .context("reading the secret from the terminal")?;
        let typed = typed.trim().to_owned();
        (!typed.is_empty()).then(|| Secret::new(typed))
    } else {
        bail!("stdin is not a terminal: pass --secret-stdin to read the secret from it");
    };
    secret.context("the secret is empty: paste the appSecret from 开发 → 基本配置")
}

//! `wxsign secret set|delete|status --profile NAME`: the appSecret in the OS keyring. Never
//! from a command-line argument (argv is visible to every user): a prompt without echo, or
//! `--secret-stdin`.

use std::io::IsTerminal;
use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::{Args, Subcommand};

use super::output::{self, LangArg, tr};
use super::secret_entry::delete_app_secret;
use super::usage::usage;
use crate::core::text::Lang;
use crate::i18n::Render;
use crate::profile::ProfileStore;
use crate::secret::Secret;
use crate::secrets::{self, SecretSource, SecretStatus, Secrets, StoreHealth};

#[derive(Debug, Args)]
pub struct SecretArgs {
    #[command(subcommand)]
    pub command: SecretCommand,
    /// Language of the human output [default: from LANG].
    #[arg(long, value_enum, global = true)]
    pub lang: Option<LangArg>,
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

pub fn run(args: SecretArgs) -> anyhow::Result<ExitCode> {
    let lang = output::resolve_lang(args.lang);
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
                super::secret_ticket::set(&p, secret_stdin, expires_in, agent_id)?;
                return Ok(ExitCode::SUCCESS);
            }
            if redis {
                super::profile_redis::set_password(&p, secret_stdin)?;
                return Ok(ExitCode::SUCCESS);
            }
            let target = SecretTarget::of(&p, agent_id)?;
            let secret = read_secret(secret_stdin, &target.label)?;
            let secrets = Secrets::from_env();
            if let StoreHealth::Unavailable(t) = secrets.health() {
                bail!(
                    "{}\nFor this command line, pass the secret per call instead: WXSIGN_APP_SECRET or --secret-stdin.",
                    t.get(Lang::En)
                );
            }
            secrets
                .set_persistent(&target.account, &secret)
                .context("storing the appSecret")?;
            let (id, n, env) = (&target.label, secret.len(), secrets::KEYRING_ENV);
            let (ok, ok_end) = (output::OK, output::OK.render_reset());
            match (secrets.persistent(), lang) {
                (true, Lang::En) => anstream::println!(
                    "{ok}stored{ok_end} the appSecret of {id} in the OS keyring ({n} chars)"
                ),
                (true, Lang::Zh) => anstream::println!(
                    "{ok}已保存{ok_end} {id} 的 AppSecret 到系统钥匙串（{n} 个字符）"
                ),
                (false, Lang::En) => anstream::println!(
                    "kept the appSecret of {id} in memory only ({env}=memory): it is gone when this command ends"
                ),
                (false, Lang::Zh) => anstream::println!(
                    "{id} 的 AppSecret 仅保存在内存中（{env}=memory）：命令结束后即消失"
                ),
            }
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
                    anstream::println!(
                        "{} {id}",
                        tr(
                            lang,
                            "no appSecret was stored for",
                            "没有保存过 AppSecret："
                        )
                    );
                }
                return Ok(ExitCode::SUCCESS);
            };
            let p = super::profile::get(&store, &profile, lang)?;
            if ticket {
                super::secret_ticket::delete(&p, agent_id)?;
                return Ok(ExitCode::SUCCESS);
            }
            if redis {
                super::profile_redis::delete_password(&p)?;
                return Ok(ExitCode::SUCCESS);
            }
            let target = SecretTarget::of(&p, agent_id)?;
            if !delete_app_secret(&target.account, lang)? {
                anstream::println!(
                    "{} {}",
                    tr(
                        lang,
                        "no appSecret was stored for",
                        "没有保存过 AppSecret："
                    ),
                    target.label
                );
            }
        }
        SecretCommand::Status { profile } => {
            let p = super::profile::get(&store, &profile, lang)?;
            let secrets = Secrets::from_env();
            output::field(
                8,
                tr(lang, "keyring", "钥匙串"),
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
                        tr(lang, "no WeCom app yet", "还没有企业微信应用"),
                        p.name
                    );
                }
                super::profile_redis::password_status(8, &p, &secrets);
                super::secret_ticket::status(8, &p, &secrets);
                return Ok(ExitCode::SUCCESS);
            }
            let status = status_text(&secrets, &p.app_id, &p.name, None, lang);
            output::field(8, tr(lang, "secret", "密钥"), &status);
            super::profile_redis::password_status(8, &p, &secrets);
            super::secret_ticket::status(8, &p, &secrets);
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
    fn of(p: &crate::profile::Profile, agent_id: Option<u64>) -> anyhow::Result<Self> {
        if !p.platform.spec().per_app_secrets {
            if agent_id.is_some() {
                bail!(
                    "--agent-id is for WeCom profiles: profile '{}' is an Official Account with one appSecret",
                    p.name
                );
            }
            return Ok(Self {
                account: p.app_id.clone(),
                label: p.app_id.clone(),
            });
        }
        if agent_id.is_none() && p.apps.len() > 1 {
            let apps: Vec<String> = p.apps.iter().map(crate::profile::WecomApp::label).collect();
            bail!(
                "profile '{}' has {} apps, each with its own secret: say which with --agent-id N ({})",
                p.name,
                p.apps.len(),
                apps.join(", ")
            );
        }
        let app = p.app(agent_id)?;
        Ok(Self {
            account: crate::platform::app_account(&p.app_id, app.agent_id),
            label: format!("app {} of {}", app.label(), p.app_id),
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
    let set = tr(lang, "set", "已设置");
    let agent = agent_id
        .map(|a| format!(" --agent-id {a}"))
        .unwrap_or_default();
    match secrets.status(account) {
        SecretStatus::Present(SecretSource::Keyring) => {
            format!("{set} ({})", tr(lang, "OS keyring", "系统钥匙串"))
        }
        SecretStatus::Present(SecretSource::Env) => {
            format!("{set} ({})", secrets::APP_SECRET_ENV)
        }
        SecretStatus::Present(SecretSource::Session | SecretSource::Explicit) => {
            format!("{set} ({})", tr(lang, "this session", "本次会话"))
        }
        SecretStatus::Missing if !matches!(secrets.health(), StoreHealth::Unavailable(_)) => {
            format!(
                "{}: `wxsign secret set {}{agent}`",
                tr(lang, "not set", "未设置"),
                crate::wechat::naming_profile("--profile NAME", profile)
            )
        }
        SecretStatus::Missing => format!(
            "{}: {}",
            tr(lang, "not set", "未设置"),
            tr(
                lang,
                "without a usable keyring give it per call: WXSIGN_APP_SECRET or --secret-stdin",
                "没有可用的钥匙串，请每次调用时提供：WXSIGN_APP_SECRET 或 --secret-stdin"
            )
        ),
        SecretStatus::Unknown(t) => t.get(lang),
    }
}

fn read_secret(from_stdin: bool, whose: &str) -> anyhow::Result<Secret> {
    let secret = if from_stdin {
        secrets::read_secret_line(&mut std::io::stdin().lock())
            .context("reading the secret from stdin")?
    } else if std::io::stdin().is_terminal() {
        let typed = rpassword::prompt_password(format!("appSecret for {whose} (not shown): "))
            .context("reading the secret from the terminal")?;
        let typed = typed.trim().to_owned();
        (!typed.is_empty()).then(|| Secret::new(typed))
    } else {
        return Err(usage(
            "stdin is not a terminal: pass --secret-stdin to read the secret from it",
        ));
    };
    secret.ok_or_else(|| {
        usage("the secret is empty (stdin had no line, or only spaces): paste the appSecret from 开发 → 基本配置")
    })
}

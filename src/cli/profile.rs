//! `wxsign profile add|edit|list|show|remove`: the Official Accounts wxsign knows. No secret
//! here: `wxsign secret set` puts the appSecret in the keyring.

use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, Subcommand};

use super::output;
use crate::profile::{AccountKind, Profile, ProfileStore, TokenMode};
use crate::secrets::Secrets;

#[derive(Debug, Args)]
pub struct ProfileArgs {
    #[command(subcommand)]
    pub command: ProfileCommand,
}

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// Add a profile.
    Add {
        name: String,
        /// The Official Account's appId (开发 → 基本配置).
        #[arg(long)]
        appid: String,
        #[command(flatten)]
        fields: ProfileFields,
    },
    /// Change a profile; options not given keep their value.
    Edit {
        name: String,
        #[arg(long)]
        appid: Option<String>,
        /// Rename the profile.
        #[arg(long)]
        rename: Option<String>,
        #[command(flatten)]
        fields: ProfileFields,
        /// Back to a production account.
        #[arg(long, conflicts_with = "test_account")]
        production: bool,
        /// Back to stable_token (the default).
        #[arg(long, conflicts_with = "legacy_token")]
        stable_token: bool,
        /// Remove every safe domain.
        #[arg(long, conflicts_with = "safe_domain")]
        clear_safe_domains: bool,
    },
    /// List the profiles.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Show one profile.
    Show {
        name: String,
        #[arg(long)]
        json: bool,
    },
    /// Remove a profile. Its appSecret stays in the keyring unless --delete-secret.
    Remove {
        name: String,
        /// Also delete the appSecret and cached credentials of its appId from the keyring.
        #[arg(long)]
        delete_secret: bool,
    },
}

#[derive(Debug, Args)]
pub struct ProfileFields {
    /// API base URL: WeChat, or a team proxy / token server standing in for it.
    #[arg(long)]
    api_base: Option<String>,
    /// A JS interface safe domain (repeat for up to 3).
    #[arg(long = "safe-domain")]
    safe_domain: Vec<String>,
    /// A test account (测试号).
    #[arg(long)]
    test_account: bool,
    /// Use cgi-bin/token: it invalidates your production server's token 5 minutes later.
    #[arg(long)]
    legacy_token: bool,
    /// Connect timeout in milliseconds (default 5000).
    #[arg(long, value_name = "MS")]
    connect_timeout_ms: Option<u64>,
    /// Total request timeout in milliseconds (default 15000).
    #[arg(long, value_name = "MS")]
    timeout_ms: Option<u64>,
    /// Free-text notes.
    #[arg(long)]
    notes: Option<String>,
    #[command(flatten)]
    redis: super::profile_redis::RedisFields,
}

impl ProfileFields {
    fn apply(self, p: &mut Profile) -> anyhow::Result<()> {
        if let Some(b) = self.api_base {
            p.api_base = b;
        }
        if !self.safe_domain.is_empty() {
            p.safe_domains = self.safe_domain;
        }
        if self.test_account {
            p.kind = AccountKind::TestAccount;
        }
        if self.legacy_token {
            p.token_mode = TokenMode::Legacy;
        }
        if let Some(ms) = self.connect_timeout_ms {
            p.timeouts.connect_ms = ms;
        }
        if let Some(ms) = self.timeout_ms {
            p.timeouts.total_ms = ms;
        }
        if let Some(n) = self.notes {
            p.notes = n;
        }
        self.redis.apply(p)
    }
}

pub fn run(args: ProfileArgs) -> anyhow::Result<ExitCode> {
    let store = ProfileStore::from_env()?;
    match args.command {
        ProfileCommand::Add {
            name,
            appid,
            fields,
        } => {
            let mut p = Profile::new(name, appid);
            let legacy = fields.legacy_token;
            fields.apply(&mut p)?;
            store.add(p.clone())?;
            anstream::println!("added profile {}", p.name);
            if legacy {
                warn_legacy();
            }
        }
        ProfileCommand::Edit {
            name,
            appid,
            rename,
            fields,
            production,
            stable_token,
            clear_safe_domains,
        } => {
            let mut p = store.get(&name)?;
            let legacy = fields.legacy_token;
            fields.apply(&mut p)?;
            if let Some(a) = appid {
                p.app_id = a;
            }
            if let Some(n) = rename {
                p.name = n;
            }
            if production {
                p.kind = AccountKind::Production;
            }
            if stable_token {
                p.token_mode = TokenMode::Stable;
            }
            if clear_safe_domains {
                p.safe_domains.clear();
            }
            store.upsert(p.clone(), Some(&name))?;
            anstream::println!("saved profile {}", p.name);
            if legacy {
                warn_legacy();
            }
        }
        ProfileCommand::List { json } => {
            let loaded = store.list()?;
            report_problem(&loaded.problem);
            if json {
                let v: Vec<_> = loaded.profiles.iter().map(profile_json).collect();
                println!("{}", serde_json::Value::Array(v));
            } else if loaded.profiles.is_empty() {
                anstream::println!(
                    "no profiles yet: `wxsign profile add NAME --appid APPID` ({})",
                    store.path().display()
                );
            } else {
                for p in &loaded.profiles {
                    anstream::println!(
                        "{}{}{:#}  {}  {}",
                        output::LABEL,
                        p.name,
                        output::LABEL,
                        p.app_id,
                        kind_str(p)
                    );
                }
            }
        }
        ProfileCommand::Show { name, json } => {
            let p = store.get(&name)?;
            if json {
                println!("{}", profile_json(&p));
            } else {
                show(&p);
            }
        }
        ProfileCommand::Remove {
            name,
            delete_secret,
        } => {
            let p = store
                .remove(&name)
                .with_context(|| format!("removing profile {name}"))?;
            anstream::println!("removed profile {}", p.name);
            if delete_secret {
                let had = Secrets::from_env()
                    .delete(&p.app_id)
                    .context("deleting the appSecret")?;
                if had {
                    anstream::println!(
                        "deleted the appSecret and cached credentials of {}",
                        p.app_id
                    );
                }
            } else {
                anstream::println!(
                    "the appSecret of {} stays in the keyring (a new profile with this appId reuses it); `wxsign profile remove NAME --delete-secret` removes both",
                    p.app_id
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn warn_legacy() {
    anstream::eprintln!(
        "{}warning:{:#} legacy token mode calls cgi-bin/token, which invalidates your production server's token 5 minutes later",
        output::WARNING,
        output::WARNING
    );
}

fn report_problem(problem: &Option<crate::profile::LoadProblem>) {
    if let Some(p) = problem {
        anstream::eprintln!(
            "{}warning:{:#} {}",
            output::WARNING,
            output::WARNING,
            p.text().en
        );
    }
}

fn kind_str(p: &Profile) -> String {
    let kind = match p.kind {
        AccountKind::TestAccount => "test account",
        AccountKind::Production => "production",
    };
    let mode = match p.token_mode {
        TokenMode::Stable => "stable_token",
        TokenMode::Legacy => "legacy cgi-bin/token",
    };
    format!("{kind}, {mode}")
}

fn show(p: &Profile) {
    let w = 12;
    output::field(w, "name", &p.name);
    output::field(w, "appid", &p.app_id);
    output::field(w, "kind", &kind_str(p));
    output::field(w, "api_base", &p.api_base);
    output::field(w, "safe_domains", &p.safe_domains.join(", "));
    output::field(
        w,
        "timeouts",
        &format!(
            "connect {} ms, total {} ms",
            p.timeouts.connect_ms, p.timeouts.total_ms
        ),
    );
    super::profile_redis::show(w, p);
    if !p.notes.is_empty() {
        output::field(w, "notes", &p.notes);
    }
}

fn profile_json(p: &Profile) -> serde_json::Value {
    serde_json::to_value(p).unwrap_or(serde_json::Value::Null)
}

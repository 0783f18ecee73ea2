//! `wxsign profile add|edit|list|show|remove`: the Official Accounts wxsign knows. No secret
//! here: `wxsign secret set` puts the appSecret in the keyring.

use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, Subcommand};

use super::output::{self, Output};
use crate::core::text::{Lang, msg};
use crate::i18n::{Render, text};
use crate::profile::{AccountKind, Platform, Profile, ProfileStore, TokenMode, WecomApp};

pub(super) fn parse_platform(s: &str) -> Result<Platform, String> {
    s.parse::<Platform>()
        .map_err(|t| t.get(output::parse_lang()).to_owned())
}

/// Pairs each `--agent-name` with the `--agent-id` given just before it on the command line
/// (clap keeps where each value stood); without that record, in order.
fn agent_pairs(ids: Vec<u64>, names: Vec<String>, lang: Lang) -> anyhow::Result<Vec<WecomApp>> {
    if names.len() > ids.len() {
        let m = msg!(
            "cli-profile-names-over-ids",
            names = names.len(),
            ids = ids.len()
        );
        anyhow::bail!(m.get(lang));
    }
    let mut seen = std::collections::BTreeSet::new();
    if let Some(dup) = ids.iter().find(|id| !seen.insert(**id)) {
        anyhow::bail!(msg!("cli-profile-agent-twice", agent_id = *dup).get(lang));
    }
    let (id_at, name_at) = argv_positions();
    let mut apps: Vec<WecomApp> = ids
        .iter()
        .map(|&agent_id| WecomApp {
            agent_id,
            name: String::new(),
        })
        .collect();
    if id_at.len() == ids.len() && name_at.len() == names.len() {
        for (name, at) in names.into_iter().zip(name_at) {
            // The last --agent-id before this --agent-name.
            let Some(i) = id_at.iter().rposition(|&p| p < at) else {
                let m = msg!("cli-profile-name-before-id", name = name.as_str());
                anyhow::bail!(m.get(lang));
            };
            apps[i].name = name;
        }
    } else {
        for (app, name) in apps.iter_mut().zip(names) {
            app.name = name;
        }
    }
    Ok(apps)
}

/// Where `--agent-id` and `--agent-name` values stand in this process's arguments.
fn argv_positions() -> (Vec<usize>, Vec<usize>) {
    let args: Vec<String> = std::env::args().collect();
    let (mut ids, mut names) = (Vec::new(), Vec::new());
    for (i, a) in args.iter().enumerate() {
        if a == "--" {
            break;
        }
        if a == "--agent-id" || a.starts_with("--agent-id=") {
            ids.push(i);
        } else if a == "--agent-name" || a.starts_with("--agent-name=") {
            names.push(i);
        }
    }
    (ids, names)
}

#[derive(Debug, Args)]
pub struct ProfileArgs {
    #[command(subcommand)]
    pub command: ProfileCommand,
}

impl ProfileArgs {
    /// `list` and `show` print JSON with `--json`; the others have nothing to print as JSON.
    pub fn prints_json(&self) -> bool {
        matches!(
            self.command,
            ProfileCommand::List | ProfileCommand::Show { .. }
        )
    }
}

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// Add a profile.
    Add {
        /// The profile's name, what `--profile NAME` refers to (e.g. prod, staging).
        name: String,
        /// The account's id: the Official Account's appId (开发 → 基本配置), DingTalk's appKey
        /// (--app-key), Feishu's app id `cli_…` (--app-id).
        #[arg(
            long,
            visible_aliases = ["app-key", "app-id"],
            required_unless_present = "corp_id",
            conflicts_with = "corp_id"
        )]
        appid: Option<String>,
        /// official_account (the default), wecom (WeChat Work / 企业微信), dingtalk or feishu.
        #[arg(long, value_parser = parse_platform)]
        platform: Option<Platform>,
        /// The WeCom corpId (我的企业 → 企业信息 → 企业ID); implies --platform wecom.
        #[arg(long)]
        corp_id: Option<String>,
        #[command(flatten)]
        fields: ProfileFields,
    },
    /// Change a profile; options not given keep their value.
    Edit {
        /// The profile to change (`wxsign profile list`).
        name: String,
        /// A new appId (开发 → 基本配置; DingTalk's appKey, Feishu's app id); the appSecret is
        /// looked up by it, so set it again.
        #[arg(long, visible_aliases = ["app-key", "app-id"], conflicts_with = "corp_id")]
        appid: Option<String>,
        /// A new WeCom corpId; each app's secret is looked up by corpId, so set them again.
        #[arg(long)]
        corp_id: Option<String>,
        /// Remove the WeCom app with this agentid (repeat for several).
        #[arg(long, value_name = "N")]
        remove_agent_id: Vec<u64>,
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
    /// List the profiles (--json: one JSON array).
    List,
    /// Show one profile (--json: one JSON object).
    Show {
        /// The profile to show (`wxsign profile list`).
        name: String,
    },
    /// Remove a profile. Its appSecret stays in the keyring unless --delete-secret.
    Remove {
        /// The profile to remove (`wxsign profile list`).
        name: String,
        /// Also delete the appSecret and cached credentials of its appId from the keyring,
        /// unless another profile has the same appId.
        #[arg(long)]
        delete_secret: bool,
    },
}

#[derive(Debug, Args)]
pub struct ProfileFields {
    /// API base URL: WeChat, or a team proxy / token server standing in for it.
    #[arg(long)]
    api_base: Option<String>,
    /// A JS interface safe domain (repeat for up to 3), or a WeCom trusted domain (up to 10,
    /// subdomains covered).
    #[arg(long = "safe-domain")]
    safe_domain: Vec<String>,
    /// WeCom: an app of the corp by its AgentId (repeat for several apps). Its secret is set
    /// with `wxsign secret set --profile NAME --agent-id N`.
    #[arg(long, value_name = "N")]
    agent_id: Vec<u64>,
    /// WeCom: the name of the app given by the --agent-id just before it.
    #[arg(long, value_name = "NAME", requires = "agent_id")]
    agent_name: Vec<String>,
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
    fn apply(mut self, p: &mut Profile, lang: Lang) -> anyhow::Result<()> {
        for app in agent_pairs(
            std::mem::take(&mut self.agent_id),
            std::mem::take(&mut self.agent_name),
            lang,
        )? {
            match p.apps.iter_mut().find(|a| a.agent_id == app.agent_id) {
                Some(slot) => {
                    if !app.name.is_empty() {
                        slot.name = app.name;
                    }
                }
                None => p.apps.push(app),
            }
        }
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
        self.redis.apply(p, lang)
    }
}

pub fn run(args: ProfileArgs, out: Output) -> anyhow::Result<ExitCode> {
    let lang = out.lang;
    let store = ProfileStore::from_env()?;
    match args.command {
        ProfileCommand::Add {
            name,
            appid,
            platform,
            corp_id,
            fields,
        } => {
            let platform = match (platform, &corp_id) {
                (Some(p), _) => p,
                (None, Some(_)) => Platform::Wecom,
                (None, None) => Platform::OfficialAccount,
            };
            let id = corp_id.or(appid).unwrap_or_default();
            if !platform.spec().per_app_secrets && !fields.agent_id.is_empty() {
                anyhow::bail!(text(lang, "cli-profile-agent-id-oa"));
            }
            let mut p = Profile::on(platform, name, id);
            let legacy = fields.legacy_token;
            fields.apply(&mut p, lang)?;
            report_problem(&store.load()?.problem, lang);
            let backup = store.add(p.clone())?;
            anstream::println!("{} {}", text(lang, "cli-profile-added"), p.name);
            report_backup(backup.as_deref(), lang);
            if legacy {
                warn_legacy(lang);
            }
        }
        ProfileCommand::Edit {
            name,
            appid,
            corp_id,
            remove_agent_id,
            rename,
            fields,
            production,
            stable_token,
            clear_safe_domains,
        } => {
            let mut p = get(&store, &name, lang)?;
            let legacy = fields.legacy_token;
            fields.apply(&mut p, lang)?;
            if let Some(a) = appid.or(corp_id) {
                p.app_id = a;
            }
            for id in remove_agent_id {
                let before = p.apps.len();
                p.apps.retain(|a| a.agent_id != id);
                if p.apps.len() == before {
                    let name = p.name.as_str();
                    let m = msg!("cli-profile-no-such-app", profile = name, agent_id = id);
                    anyhow::bail!(m.get(lang));
                }
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
            let backup = store.upsert(p.clone(), Some(&name))?;
            anstream::println!("{} {}", text(lang, "cli-profile-saved"), p.name);
            report_backup(backup.as_deref(), lang);
            if legacy {
                warn_legacy(lang);
            }
        }
        ProfileCommand::List => {
            let loaded = store.list()?;
            report_problem(&loaded.problem, lang);
            if out.json {
                let v: Vec<_> = loaded.profiles.iter().map(profile_json).collect();
                println!("{}", serde_json::Value::Array(v));
            } else if loaded.profiles.is_empty() {
                anstream::println!(
                    "{}: `wxsign profile add NAME --appid APPID` ({})",
                    text(lang, "cli-profile-none-yet"),
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
                        kind_str(p, lang)
                    );
                }
            }
        }
        ProfileCommand::Show { name } => {
            let p = get(&store, &name, lang)?;
            if out.json {
                println!("{}", profile_json(&p));
            } else {
                show(&p, lang);
            }
        }
        ProfileCommand::Remove {
            name,
            delete_secret,
        } => {
            report_problem(&store.load()?.problem, lang);
            let (p, backup) = store
                .remove(&name)
                .with_context(|| msg!("cli-profile-removing", profile = name.as_str()).get(lang))?;
            anstream::println!("{} {}", text(lang, "cli-profile-removed"), p.name);
            report_backup(backup.as_deref(), lang);
            let sharing: Vec<String> = store
                .load()?
                .profiles
                .into_iter()
                .filter(|o| o.app_id == p.app_id)
                .map(|o| o.name)
                .collect();
            if delete_secret && !sharing.is_empty() {
                let (id, names, first) = (&p.app_id, sharing.join(", "), &sharing[0]);
                let kept = msg!(
                    "cli-profile-secret-shared",
                    app_id = id,
                    profiles = names,
                    first = first
                );
                anstream::println!("{}", kept.get(lang));
            } else if delete_secret {
                let mut had = super::secret_entry::delete_app_secret(&p.app_id, lang)?;
                for app in &p.apps {
                    let account = crate::platform::app_account(&p.app_id, app.agent_id);
                    had |= super::secret_entry::delete_app_secret(&account, lang)?;
                }
                if !had {
                    anstream::println!("{} {}", text(lang, "cli-secret-none-stored"), p.app_id);
                }
            } else if sharing.is_empty() && super::secret_entry::stored_in_keyring(&p.app_id) {
                // Only said when there is one; the profile is gone, so the way to delete it
                // names the appId.
                let stays = msg!("cli-profile-secret-stays", app_id = p.app_id.as_str());
                anstream::println!("{}", stays.get(lang));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn warn_legacy(lang: Lang) {
    warning(lang, text(lang, "cli-profile-legacy-warning"));
}

fn warning(lang: Lang, warning: &str) {
    anstream::eprintln!("{} {warning}", output::warning_prefix(lang));
}

/// The profile `name`, after warning about entries of the file that could not be read (the one
/// asked for may be among them). Every command that takes `--profile NAME` loads it this way.
pub fn get(store: &ProfileStore, name: &str, lang: Lang) -> anyhow::Result<Profile> {
    let loaded = store.load()?;
    report_problem(&loaded.problem, lang);
    loaded
        .profiles
        .into_iter()
        .find(|p| p.name == name)
        .ok_or_else(|| crate::profile::ProfileError::NotFound(name.to_owned()).into())
}

fn report_backup(backup: Option<&std::path::Path>, lang: Lang) {
    if let Some(b) = backup {
        warning(lang, &crate::profile::backup_text(b).get(lang));
    }
}

fn report_problem(problem: &Option<crate::profile::LoadProblem>, lang: Lang) {
    if let Some(p) = problem {
        warning(lang, &p.text().get(lang));
    }
}

fn kind_str(p: &Profile, lang: Lang) -> String {
    if p.platform.spec().per_app_secrets {
        let apps: Vec<String> = p.apps.iter().map(WecomApp::label).collect();
        let apps = if apps.is_empty() {
            text(lang, "cli-profile-no-app-yet").to_owned()
        } else {
            apps.join(", ")
        };
        return format!("{}, {apps}", p.platform.name().get(lang));
    }
    let kind = match p.kind {
        AccountKind::TestAccount => text(lang, "cli-profile-test-account"),
        AccountKind::Production => text(lang, "cli-profile-production"),
    };
    let mode = match p.token_mode {
        TokenMode::Stable => "stable_token",
        TokenMode::Legacy => text(lang, "cli-profile-legacy-mode"),
    };
    format!("{kind}, {mode}")
}

fn show(p: &Profile, lang: Lang) {
    let w = 12;
    output::field(w, text(lang, "cli-profile-name"), &p.name);
    if p.platform.spec().per_app_secrets {
        output::field(
            w,
            text(lang, "cli-profile-platform"),
            &p.platform.name().get(lang),
        );
        output::field(w, "corpid", &p.app_id);
        let apps: Vec<String> = p.apps.iter().map(WecomApp::label).collect();
        output::field(
            w,
            text(lang, "cli-profile-apps"),
            &if apps.is_empty() {
                format!(
                    "{}: `wxsign profile edit {} --agent-id N --agent-name NAME`",
                    text(lang, "cli-profile-none-yet-apps"),
                    p.name
                )
            } else {
                apps.join(", ")
            },
        );
        output::field(w, text(lang, "cli-profile-api-base"), &p.api_base);
        output::field(
            w,
            text(lang, "cli-profile-trusted"),
            &p.safe_domains.join(", "),
        );
    } else {
        output::field(w, "appid", &p.app_id);
        output::field(w, text(lang, "cli-profile-kind"), &kind_str(p, lang));
        output::field(w, text(lang, "cli-profile-api-base"), &p.api_base);
        output::field(
            w,
            text(lang, "cli-profile-safe-domains"),
            &p.safe_domains.join(", "),
        );
    }
    let (connect, total) = (p.timeouts.connect_ms, p.timeouts.total_ms);
    output::field(
        w,
        text(lang, "cli-profile-timeouts"),
        &msg!(
            "cli-profile-timeouts-value",
            connect = connect,
            total = total
        )
        .get(lang),
    );
    super::profile_redis::show(w, p, lang);
    if let Some(e) = &p.signing_endpoint {
        show_endpoint(w, e, lang);
    }
    if !p.notes.is_empty() {
        output::field(w, text(lang, "cli-profile-notes"), &p.notes);
    }
}

/// The signing endpoint `batch --save-endpoint` kept: what `batch --profile` will call.
fn show_endpoint(w: usize, e: &crate::batch::EndpointSpec, lang: Lang) {
    use crate::batch::{HttpMethod, UrlEncoding, UrlParam};
    let method = match e.method {
        HttpMethod::Get => "GET",
        HttpMethod::Post => "POST",
    };
    output::field(
        w,
        text(lang, "cli-profile-endpoint"),
        &format!("{method} {}", e.url),
    );
    let param = match &e.url_param {
        UrlParam::Json(n) => format!("json:{n}"),
        UrlParam::Query(n) => format!("query:{n}"),
        UrlParam::Form(n) => format!("form:{n}"),
    };
    let encoding = match e.url_encoding {
        UrlEncoding::Raw => "raw",
        UrlEncoding::Component => "component",
    };
    output::field(
        w,
        text(lang, "cli-profile-url-param"),
        &format!("{param} ({encoding})"),
    );
    if !e.header_names.is_empty() {
        let names = e.header_names.join(", ");
        output::field(
            w,
            text(lang, "cli-profile-headers"),
            &format!("{names} {}", text(lang, "cli-profile-headers-kept")),
        );
    }
    let f = &e.fields;
    let named: Vec<String> = [
        ("app_id", &f.app_id),
        ("timestamp", &f.timestamp),
        ("nonce", &f.nonce_str),
        ("signature", &f.signature),
    ]
    .iter()
    .filter_map(|(k, v)| v.as_ref().map(|v| format!("{k}={v}")))
    .collect();
    if !named.is_empty() {
        output::field(w, text(lang, "cli-profile-fields"), &named.join(", "));
    }
}

fn profile_json(p: &Profile) -> serde_json::Value {
    serde_json::to_value(p).unwrap_or(serde_json::Value::Null)
}

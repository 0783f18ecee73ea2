//! The edge of the self-check: asks the keyring, reads the config dir, walks each profile's API
//! base. Blocking work runs on tokio's blocking pool, so the worker (and the window) never wait.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{
    ApiFacts, ApiFailure, ConfigFacts, DirState, Facts, FontFacts, KeyringFacts, ProfileFacts,
    ProfilesFile,
};
use crate::cache::CredentialCache;
use crate::core::text::msg;
use crate::profile::{Profile, ProfileStore};
use crate::secrets::{Secrets, StoreHealth, self_test};
use crate::wechat::TicketKind;

/// What the caller already knows: where profiles live, the secret store in use (the worker's
/// own in the window), the font, and whether to go on the network.
#[derive(Clone)]
pub struct GatherOptions {
    pub config_dir: PathBuf,
    pub secrets: Arc<Secrets>,
    pub font: Option<FontFacts>,
    /// Walk each profile's API base (DNS, TCP, TLS, HTTP, clock).
    pub online: bool,
    /// Only these profiles (all when empty).
    pub only: Vec<String>,
    /// The local clock, Unix seconds.
    pub now: fn() -> i64,
}

/// Unix seconds of the system clock.
pub fn system_now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Probes everything [`super::judge`] needs.
pub async fn gather(opts: GatherOptions) -> Facts {
    let blocking = opts.clone();
    let local = tokio::task::spawn_blocking(move || local_facts(&blocking)).await;
    let (keyring, config, profiles) = match local {
        Ok(v) => v,
        Err(e) => {
            // The blocking task panicked: say so as a keyring failure rather than nothing.
            let detail = e.to_string();
            (
                KeyringFacts {
                    platform: self_test::platform_store(),
                    health: StoreHealth::Unavailable(msg!(
                        "doctor-check-stopped",
                        error = detail.as_str()
                    )),
                    locked: None,
                    write_delete: None,
                },
                ConfigFacts {
                    dir: opts.config_dir.clone(),
                    dir_state: DirState::Unreadable(detail.clone()),
                    profiles: ProfilesFile::Unreadable(detail),
                    backups: Vec::new(),
                },
                Vec::new(),
            )
        }
    };
    let mut facts = Vec::new();
    let mut tasks = tokio::task::JoinSet::new();
    for (i, (profile, mut f)) in profiles.into_iter().enumerate() {
        if opts.online && f.needs_secret {
            let now = opts.now;
            let secrets = Arc::clone(&opts.secrets);
            tasks.spawn(async move {
                let r =
                    crate::wechat::reach::reach(&profile.api_base, &profile.timeouts, now).await;
                let api = api_facts(&profile, secrets).await;
                (i, r, api)
            });
        }
        f.reach = None;
        facts.push(f);
    }
    while let Some(done) = tasks.join_next().await {
        if let Ok((i, r, api)) = done
            && let Some(f) = facts.get_mut(i)
        {
            f.reach = Some(r);
            f.api = api;
        }
    }
    // The probe's browser: the saved setting, else PATH and the usual places (runs --version).
    let dir = opts.config_dir.clone();
    let browser = tokio::task::spawn_blocking(move || {
        let saved = crate::gui_settings::AppState::load(&dir)
            .ok()
            .and_then(|s| s.probe_browser);
        crate::probe::browser::find(saved.as_deref())
    })
    .await
    .ok();
    Facts {
        keyring,
        config,
        font: opts.font.clone(),
        profiles: facts,
        browser,
    }
}

/// The token and ticket of a profile served by its platform's `ApiSpec` alone (DingTalk,
/// Feishu), through the cache as `wxsign ticket` gets them: the Official Account's and WeCom's
/// flows are left alone (a forced or extra stable_token call costs quota).
async fn api_facts(
    profile: &Profile,
    secrets: Arc<Secrets>,
) -> Option<Result<ApiFacts, ApiFailure>> {
    if crate::tickets::Source::of(profile) != crate::tickets::Source::PlatformApi {
        return None;
    }
    let spec = profile.platform.spec();
    let cache = Arc::new(CredentialCache::new(secrets.store()));
    let creds = crate::wechat::Credentials::new(secrets, cache, crate::wechat::no_log());
    let got = creds
        .ticket(profile, TicketKind::Jsapi, &Default::default())
        .await;
    Some(match got {
        Ok(t) => Ok(ApiFacts {
            api: spec.api_name.clone(),
            ticket_left: t.expires_in,
            from_cache: t.from_cache,
        }),
        Err(e) => {
            let (meaning, fix) = e.report().texts();
            Err(ApiFailure {
                api: spec.api_name.clone(),
                message: e.message(),
                meaning,
                fix,
            })
        }
    })
}

type Local = (KeyringFacts, ConfigFacts, Vec<(Profile, ProfileFacts)>);

fn local_facts(opts: &GatherOptions) -> Local {
    let secrets = &opts.secrets;
    let health = secrets.health().clone();
    let keyring = KeyringFacts {
        platform: self_test::platform_store(),
        locked: matches!(health, StoreHealth::Keyring)
            .then(self_test::locked)
            .flatten(),
        write_delete: matches!(health, StoreHealth::Keyring)
            .then(|| self_test::write_read_delete(secrets.store().as_ref()).map_err(|e| e.text())),
        health,
    };
    let store = ProfileStore::new(&opts.config_dir);
    let loaded = store.load();
    let config = ConfigFacts {
        dir: opts.config_dir.clone(),
        dir_state: dir_state(&opts.config_dir),
        profiles: match &loaded {
            Ok(l) if l.profiles.is_empty() && l.problem.is_none() && !store.path().exists() => {
                ProfilesFile::Missing
            }
            Ok(l) => ProfilesFile::Read {
                count: l.profiles.len(),
                problem: l.problem.clone(),
            },
            Err(e) => ProfilesFile::Unreadable(e.to_string()),
        },
        backups: backups(&opts.config_dir),
    };
    let now = (opts.now)();
    let cache = CredentialCache::new(secrets.store());
    let mut profiles: Vec<Profile> = loaded.map(|l| l.profiles).unwrap_or_default();
    profiles.sort_by(|a, b| a.name.cmp(&b.name));
    let profiles = profiles
        .into_iter()
        .filter(|p| opts.only.is_empty() || opts.only.contains(&p.name))
        .map(|p| {
            let pasted = p.ticket_source.is_pasted().then(|| {
                crate::pasted_source::load(secrets, &p.app_id)
                    .ok()
                    .flatten()
                    .map(|t| t.expires_at - now)
            });
            let f = ProfileFacts {
                name: p.name.clone(),
                app_id: p.app_id.clone(),
                needs_secret: crate::tickets::Source::of(&p).needs_token(),
                secret: secrets.status(&p.app_id),
                reach: None,
                token_left: cache.token(&p.app_id, now).map(|c| c.remaining(now)),
                ticket_left: cache
                    .ticket(&p.app_id, TicketKind::Jsapi, now)
                    .map(|c| c.remaining(now)),
                pasted_left: pasted,
                api: None,
            };
            (p, f)
        })
        .collect();
    (keyring, config, profiles)
}

fn dir_state(dir: &Path) -> DirState {
    match std::fs::read_dir(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => DirState::Missing,
        Err(e) => DirState::Unreadable(e.to_string()),
        Ok(_) => {
            // Create and remove a file: the only sure way to know a save would work.
            let probe = dir.join(format!(".wxsign-doctor-{}", std::process::id()));
            let writable = std::fs::write(&probe, b"").is_ok();
            let _ = std::fs::remove_file(&probe);
            DirState::Ok { writable }
        }
    }
}

/// `profiles.toml.bak`, then `profiles.toml.1.bak`, `profiles.toml.2.bak`…
fn backups(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<(u32, PathBuf)> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let n = if name == "profiles.toml.bak" {
                0
            } else {
                name.strip_prefix("profiles.toml.")?
                    .strip_suffix(".bak")?
                    .parse::<u32>()
                    .ok()?
            };
            Some((n, e.path()))
        })
        .collect();
    found.sort();
    found.into_iter().map(|(_, p)| p).collect()
}

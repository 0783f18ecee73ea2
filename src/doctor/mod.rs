//! `wxsign doctor` and the Settings self-check: what usually breaks (the keyring, the config
//! files, the Chinese font, each profile's API base, clock and credentials), one line each with
//! ✓/✗ and the fix.
//!
//! The judgement is pure: [`judge`] turns [`Facts`] into [`Line`]s with no I/O, so every verdict
//! is a table test. [`gather`] is the edge that probes the machine to fill the facts.

pub mod gather;
#[cfg(test)]
mod tests;

use std::path::PathBuf;

use serde::Serialize;

use crate::core::text::{Lang, Msg, msg};
use crate::i18n::Render;
use crate::profile::LoadProblem;
use crate::secrets::{SecretSource, SecretStatus, StoreHealth};
use crate::wechat::reach::Reach;

pub use gather::{GatherOptions, gather};

/// A line's verdict. Only [`Status::Fail`] makes `wxsign doctor` exit 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Ok,
    /// Works, but worth knowing (memory-only secrets, a damaged file with no backup yet).
    Warn,
    Fail,
}

/// One check's result: what was found and, when something is wrong, what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// Stable id for scripts: `keyring.write`, `profile.reach`…
    pub id: &'static str,
    /// The profile the line is about, if any.
    pub profile: Option<String>,
    pub status: Status,
    pub message: Msg,
    pub fix: Option<Msg>,
}

impl Line {
    fn ok(id: &'static str, message: Msg) -> Self {
        Self {
            id,
            profile: None,
            status: Status::Ok,
            message,
            fix: None,
        }
    }

    fn bad(id: &'static str, status: Status, message: Msg, fix: Msg) -> Self {
        Self {
            id,
            profile: None,
            status,
            message,
            fix: Some(fix),
        }
    }

    fn about(mut self, profile: &str) -> Self {
        self.profile = Some(profile.to_owned());
        self
    }
}

/// Whether nothing failed: `wxsign doctor` exits 0.
pub fn all_ok(lines: &[Line]) -> bool {
    lines.iter().all(|l| l.status != Status::Fail)
}

/// Everything the checks look at, gathered at the edge.
#[derive(Clone, Debug)]
pub struct Facts {
    pub keyring: KeyringFacts,
    pub config: ConfigFacts,
    pub font: Option<FontFacts>,
    pub profiles: Vec<ProfileFacts>,
    /// The page probe's browser (`crate::probe::browser::find`); `None` when not looked for.
    pub browser: Option<Result<crate::probe::BrowserInfo, crate::probe::BrowserError>>,
}

#[derive(Clone, Debug)]
pub struct KeyringFacts {
    /// The OS keyring of this system, by name.
    pub platform: Msg,
    pub health: StoreHealth,
    /// `None`: the system does not say.
    pub locked: Option<bool>,
    /// The write, read-back and delete of a throwaway entry; `None` when not tried (no
    /// keyring, or memory by request).
    pub write_delete: Option<Result<(), Msg>>,
}

#[derive(Clone, Debug)]
pub struct ConfigFacts {
    pub dir: PathBuf,
    pub dir_state: DirState,
    pub profiles: ProfilesFile,
    /// `profiles.toml.bak`, `profiles.toml.1.bak`…, oldest first.
    pub backups: Vec<PathBuf>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DirState {
    /// Not created yet: the first save creates it.
    Missing,
    Ok {
        writable: bool,
    },
    Unreadable(String),
}

#[derive(Clone, Debug)]
pub enum ProfilesFile {
    Missing,
    Read {
        count: usize,
        problem: Option<LoadProblem>,
    },
    Unreadable(String),
}

/// The Chinese font the window uses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FontFacts {
    System {
        family: String,
        path: PathBuf,
    },
    /// The GB2312 subset compiled in; `forced`: `WXSIGN_FONT=bundled`.
    Bundled {
        forced: bool,
    },
}

#[derive(Clone, Debug)]
pub struct ProfileFacts {
    pub name: String,
    pub app_id: String,
    /// Whether signing needs the appSecret (the ticket comes from the WeChat API).
    pub needs_secret: bool,
    pub secret: SecretStatus,
    /// `None`: not probed (`--offline`).
    pub reach: Option<Reach>,
    /// Seconds left of the cached access_token and jsapi_ticket, when fresh.
    pub token_left: Option<u64>,
    pub ticket_left: Option<u64>,
    /// A pasted-source profile's ticket: seconds left (negative: expired), `None`: none stored.
    pub pasted_left: Option<Option<i64>>,
    /// The token and ticket through the platform's `ApiSpec` (DingTalk, Feishu), which no
    /// other check covers; `None` when not tried (offline, or another source).
    pub api: Option<Result<ApiFacts, ApiFailure>>,
}

/// The ticket the platform's API gave, through the cache.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiFacts {
    /// Who answered (`DingTalk`, `Feishu / Lark`).
    pub api: Msg,
    /// Seconds the ticket has left.
    pub ticket_left: u64,
    pub from_cache: bool,
}

/// Why the token or the ticket failed: what happened, its errcode's meaning, and the fix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiFailure {
    pub api: Msg,
    pub message: Msg,
    pub meaning: Msg,
    pub fix: Msg,
}

/// A clock further off than this makes the token expiry and every generated timestamp wrong.
pub const CLOCK_TOLERANCE_SECS: i64 = 30;

/// Every line, in the order shown: keyring, config, font, then each profile.
pub fn judge(f: &Facts) -> Vec<Line> {
    let mut out = keyring(&f.keyring);
    out.extend(config(&f.config));
    if let Some(font) = &f.font {
        out.push(font_line(font));
    }
    if let Some(browser) = &f.browser {
        out.push(browser_line(browser));
    }
    for p in &f.profiles {
        out.extend(profile(p));
    }
    out
}

fn keyring(k: &KeyringFacts) -> Vec<Line> {
    let mut out = Vec::new();
    let store = k.platform.clone();
    match &k.health {
        StoreHealth::Keyring => out.push(Line::ok(
            "keyring.store",
            msg!("doctor-keyring-reachable", store = store),
        )),
        StoreHealth::MemoryByRequest => out.push(Line::bad(
            "keyring.store",
            Status::Warn,
            msg!("doctor-keyring-memory"),
            msg!("doctor-keyring-memory-fix", store = store),
        )),
        StoreHealth::Unavailable(why) => out.push(Line::bad(
            "keyring.store",
            Status::Fail,
            msg!("doctor-keyring-unusable", store = store),
            why.clone(),
        )),
    }
    match k.locked {
        Some(true) => out.push(Line::bad(
            "keyring.locked",
            Status::Fail,
            msg!("doctor-keyring-locked"),
            msg!("doctor-keyring-locked-fix"),
        )),
        Some(false) => out.push(Line::ok("keyring.locked", msg!("doctor-keyring-unlocked"))),
        None => {}
    }
    match &k.write_delete {
        Some(Ok(())) => out.push(Line::ok("keyring.write", msg!("doctor-keyring-write-ok"))),
        Some(Err(why)) => out.push(Line::bad(
            "keyring.write",
            Status::Fail,
            msg!("doctor-keyring-write-failed", why = why.clone()),
            msg!("doctor-keyring-write-failed-fix"),
        )),
        None => {}
    }
    out
}

fn config(c: &ConfigFacts) -> Vec<Line> {
    let dir = c.dir.display().to_string();
    let dir = dir.as_str();
    let mut out = Vec::new();
    out.push(match &c.dir_state {
        DirState::Missing => Line::ok("config.dir", msg!("doctor-config-dir-missing", dir = dir)),
        DirState::Ok { writable: true } => {
            Line::ok("config.dir", msg!("doctor-config-dir", dir = dir))
        }
        DirState::Ok { writable: false } => Line::bad(
            "config.dir",
            Status::Fail,
            msg!("doctor-config-dir-read-only", dir = dir),
            msg!("doctor-config-dir-read-only-fix", dir = dir),
        ),
        DirState::Unreadable(e) => Line::bad(
            "config.dir",
            Status::Fail,
            msg!("doctor-config-dir-unreadable", dir = dir, error = e.clone()),
            msg!("doctor-config-dir-unreadable-fix"),
        ),
    });
    out.push(match &c.profiles {
        ProfilesFile::Missing => Line::ok("config.profiles", msg!("doctor-profiles-none")),
        ProfilesFile::Read {
            count,
            problem: None,
        } => Line::ok(
            "config.profiles",
            msg!(
                "doctor-profiles-valid",
                count = *count,
                backups = backups_text(&c.backups)
            ),
        ),
        ProfilesFile::Read {
            count,
            problem: Some(problem),
        } => Line::bad(
            "config.profiles",
            Status::Fail,
            msg!(
                "doctor-profiles-damaged",
                count = *count,
                problem = problem.text()
            ),
            if c.backups.is_empty() {
                msg!("doctor-profiles-damaged-fix")
            } else {
                msg!(
                    "doctor-profiles-damaged-fix-backups",
                    backups = backups_text(&c.backups)
                )
            },
        ),
        ProfilesFile::Unreadable(e) => Line::bad(
            "config.profiles",
            Status::Fail,
            msg!("doctor-profiles-unreadable", error = e.clone()),
            msg!("doctor-profiles-unreadable-fix", dir = dir),
        ),
    });
    out
}

fn backups_text(backups: &[PathBuf]) -> Msg {
    if backups.is_empty() {
        return msg!("doctor-no-backups");
    }
    let names: Vec<String> = backups
        .iter()
        .map(|b| {
            b.file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
        })
        .collect();
    msg!("doctor-backups", names = names.join(", "))
}

/// The page probe's browser: found (with its version), or what to install.
fn browser_line(b: &Result<crate::probe::BrowserInfo, crate::probe::BrowserError>) -> Line {
    match b {
        Ok(info) => Line::ok(
            "browser",
            msg!(
                "doctor-browser",
                browser = info.describe(),
                path = info.path.display().to_string()
            ),
        ),
        Err(e) => Line::bad(
            "browser",
            Status::Warn,
            e.message(),
            msg!(
                "doctor-browser-missing-fix",
                hint = crate::probe::browser::INSTALL_HINT
            ),
        ),
    }
}

fn font_line(f: &FontFacts) -> Line {
    match f {
        FontFacts::System { family, path } => Line::ok(
            "font",
            msg!(
                "doctor-font-system",
                family = family,
                path = path.display().to_string()
            ),
        ),
        FontFacts::Bundled { forced: true } => Line::ok("font", msg!("doctor-font-bundled-forced")),
        FontFacts::Bundled { forced: false } => Line::bad(
            "font",
            Status::Warn,
            msg!("doctor-font-bundled"),
            msg!(
                "doctor-font-bundled-fix",
                hint = crate::system_font::INSTALL_HINT
            ),
        ),
    }
}

fn profile(p: &ProfileFacts) -> Vec<Line> {
    let name = p.name.as_str();
    let mut out = Vec::new();
    if let Some(r) = &p.reach {
        out.push(reach_line(r).about(name));
        if let Some(l) = clock_line(r) {
            out.push(l.about(name));
        }
    }
    out.push(secret_line(p).about(name));
    if let Some(api) = &p.api {
        out.push(api_line(api).about(name));
    }
    out.push(cache_line(p).about(name));
    out
}

/// The platform API's token and ticket: fine with the ticket's minutes left, or the errcode
/// explained with its fix.
fn api_line(api: &Result<ApiFacts, ApiFailure>) -> Line {
    match api {
        Ok(a) => {
            let origin = if a.from_cache {
                msg!("platforms-doctor-from-cache")
            } else {
                msg!("platforms-doctor-fetched")
            };
            Line::ok(
                "profile.api",
                msg!(
                    "platforms-doctor-api-ok",
                    api = a.api.clone(),
                    minutes = a.ticket_left / 60,
                    origin = origin
                ),
            )
        }
        Err(f) => Line::bad(
            "profile.api",
            Status::Fail,
            msg!(
                "platforms-doctor-api-failed",
                api = f.api.clone(),
                error = f.message.clone(),
                meaning = f.meaning.clone()
            ),
            f.fix.clone(),
        ),
    }
}

/// The first failing step of the way to the API base, or every step's success.
pub fn reach_line(r: &Reach) -> Line {
    // `https://api.weixin.qq.com` or `… through the proxy http://proxy:3128` (经代理 …).
    let base: Msg = match &r.proxy {
        Some(p) => msg!("doctor-reach-via-proxy", base = r.base.as_str(), proxy = p),
        None => msg!("doctor-reach-base", base = r.base.as_str()),
    };
    let proxy = r.proxy.is_some();
    let fail = |what: Msg, fix: Msg| {
        Line::bad(
            "profile.reach",
            Status::Fail,
            msg!("doctor-reach-failed", base = base.clone(), what = what),
            fix,
        )
    };
    let addrs = match &r.dns {
        Err(e) if proxy => {
            return fail(
                msg!("doctor-reach-proxy-dns", error = e.clone()),
                msg!("doctor-reach-proxy-dns-fix"),
            );
        }
        Err(e) => {
            return fail(
                msg!("doctor-reach-dns", error = e.clone()),
                msg!("doctor-reach-dns-fix"),
            );
        }
        Ok(a) => a,
    };
    let first = addrs
        .first()
        .map(|a| a.ip().to_string())
        .unwrap_or_default();
    match &r.tcp {
        Some(Err(e)) if proxy => {
            return fail(
                msg!("doctor-reach-proxy-tcp", error = e.clone()),
                msg!("doctor-reach-proxy-tcp-fix"),
            );
        }
        Some(Err(e)) => {
            return fail(
                msg!("doctor-reach-tcp", error = e.clone()),
                msg!("doctor-reach-tcp-fix"),
            );
        }
        None => {
            return fail(
                msg!("doctor-reach-not-reached"),
                msg!("doctor-reach-check-base"),
            );
        }
        Some(Ok(_)) => {}
    }
    if let Some(Err(e)) = &r.tls {
        return fail(
            msg!("doctor-reach-tls", error = e.clone()),
            msg!("doctor-reach-tls-fix"),
        );
    }
    match &r.http {
        Some(Ok(status)) => {
            let tls = if r.tls.is_some() { "TLS → " } else { "" };
            Line::ok(
                "profile.reach",
                msg!(
                    "doctor-reach-ok",
                    base = base.clone(),
                    first = first,
                    tls = tls,
                    status = *status
                ),
            )
        }
        Some(Err(e)) if proxy => fail(
            msg!("doctor-reach-proxy-http", error = e.clone()),
            msg!("doctor-reach-proxy-http-fix"),
        ),
        Some(Err(e)) => fail(
            msg!("doctor-reach-http", error = e.clone()),
            msg!("doctor-reach-http-fix"),
        ),
        None => fail(
            msg!("doctor-reach-no-http"),
            msg!("doctor-reach-check-base"),
        ),
    }
}

/// How far the local clock is from the server's `Date` (positive: the local clock is ahead).
pub fn clock_line(r: &Reach) -> Option<Line> {
    let (server, local) = r.clock?;
    let offset = local - server;
    if offset.abs() <= CLOCK_TOLERANCE_SECS {
        return Some(Line::ok(
            "profile.clock",
            msg!("doctor-clock-ok", seconds = offset.abs()),
        ));
    }
    let (m, s) = (offset.abs() / 60, offset.abs() % 60);
    let amount = if m > 0 {
        msg!("doctor-clock-min-s", minutes = m, seconds = s)
    } else {
        msg!("doctor-clock-s", seconds = s)
    };
    let message = if offset > 0 {
        msg!("doctor-clock-ahead", amount = amount)
    } else {
        msg!("doctor-clock-behind", amount = amount)
    };
    let fix = if cfg!(target_os = "macos") {
        msg!("doctor-clock-fix-macos")
    } else if cfg!(windows) {
        msg!("doctor-clock-fix-windows")
    } else {
        msg!("doctor-clock-fix-linux")
    };
    Some(Line::bad("profile.clock", Status::Fail, message, fix))
}

fn secret_line(p: &ProfileFacts) -> Line {
    let name = p.name.as_str();
    let app_id = p.app_id.as_str();
    match (&p.secret, p.needs_secret) {
        (SecretStatus::Present(s), _) => {
            let source = match s {
                SecretSource::Keyring => msg!("doctor-secret-from-keyring"),
                SecretSource::Env => msg!("doctor-secret-from-env"),
                SecretSource::Session | SecretSource::Explicit => {
                    msg!("doctor-secret-from-session")
                }
            };
            Line::ok(
                "profile.secret",
                msg!("doctor-secret-set", app_id = app_id, source = source),
            )
        }
        (_, false) => Line::ok("profile.secret", msg!("doctor-secret-not-needed")),
        (SecretStatus::Missing, true) => Line::bad(
            "profile.secret",
            Status::Fail,
            msg!("doctor-secret-missing", app_id = app_id),
            msg!("doctor-secret-missing-fix", name = name),
        ),
        (SecretStatus::Unknown(why), true) => Line::bad(
            "profile.secret",
            Status::Fail,
            msg!("doctor-secret-unknown", app_id = app_id),
            why.clone(),
        ),
    }
}

fn cache_line(p: &ProfileFacts) -> Line {
    let name = p.name.as_str();
    if let Some(pasted) = p.pasted_left {
        return match pasted {
            Some(left) if left > 0 => Line::ok(
                "profile.cache",
                msg!("doctor-pasted-valid", minutes = left / 60),
            ),
            Some(_) => Line::bad(
                "profile.cache",
                Status::Fail,
                msg!("doctor-pasted-expired"),
                msg!("doctor-pasted-expired-fix", name = name),
            ),
            None => Line::bad(
                "profile.cache",
                Status::Fail,
                msg!("doctor-pasted-none"),
                msg!("doctor-pasted-none-fix", name = name),
            ),
        };
    }
    let part = |what: &str, left: Option<u64>| match left {
        Some(s) => msg!("doctor-cache-fresh", what = what, minutes = s / 60),
        None => msg!("doctor-cache-none", what = what),
    };
    Line::ok(
        "profile.cache",
        msg!(
            "doctor-cache",
            token = part("access_token", p.token_left),
            ticket = part("jsapi_ticket", p.ticket_left)
        ),
    )
}

/// `{"ok": bool, "checks": [{id, profile, status, message, fix}]}`, messages in English.
pub fn to_json(lines: &[Line]) -> serde_json::Value {
    let checks: Vec<serde_json::Value> = lines
        .iter()
        .map(|l| {
            serde_json::json!({
                "id": l.id,
                "profile": l.profile,
                "status": l.status,
                "message": l.message.get(Lang::En),
                "fix": l.fix.as_ref().map(|f| f.get(Lang::En)),
            })
        })
        .collect();
    serde_json::json!({ "ok": all_ok(lines), "checks": checks })
}

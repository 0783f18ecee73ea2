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

use crate::core::text::Text;
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
    pub message: Text,
    pub fix: Option<Text>,
}

impl Line {
    fn ok(id: &'static str, message: Text) -> Self {
        Self {
            id,
            profile: None,
            status: Status::Ok,
            message,
            fix: None,
        }
    }

    fn bad(id: &'static str, status: Status, message: Text, fix: Text) -> Self {
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
    pub platform: Text,
    pub health: StoreHealth,
    /// `None`: the system does not say.
    pub locked: Option<bool>,
    /// The write, read-back and delete of a throwaway entry; `None` when not tried (no
    /// keyring, or memory by request).
    pub write_delete: Option<Result<(), Text>>,
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
    match &k.health {
        StoreHealth::Keyring => out.push(Line::ok(
            "keyring.store",
            Text::new(
                format!("keyring: {} is reachable", k.platform.en),
                format!("钥匙串：{} 可以访问", k.platform.zh),
            ),
        )),
        StoreHealth::MemoryByRequest => out.push(Line::bad(
            "keyring.store",
            Status::Warn,
            Text::new(
                "keyring: WXSIGN_KEYRING=memory, secrets and the token cache last for one run only",
                "钥匙串：WXSIGN_KEYRING=memory，密钥和令牌缓存只保留一次运行",
            ),
            Text::new(
                format!("unset WXSIGN_KEYRING to keep them in the {}", k.platform.en),
                format!("取消设置 WXSIGN_KEYRING 即可保存到 {}", k.platform.zh),
            ),
        )),
        StoreHealth::Unavailable(why) => out.push(Line::bad(
            "keyring.store",
            Status::Fail,
            Text::new(
                format!("keyring: {} cannot be used", k.platform.en),
                format!("钥匙串：无法使用{}", k.platform.zh),
            ),
            why.clone(),
        )),
    }
    match k.locked {
        Some(true) => out.push(Line::bad(
            "keyring.locked",
            Status::Fail,
            Text::new("keyring: the default collection is locked", "钥匙串：默认钥匙串已锁定"),
            Text::new(
                "unlock it: log in to the desktop session, or run `gnome-keyring-daemon --unlock` (or unlock KeePassXC)",
                "请解锁：登录桌面会话，或运行 `gnome-keyring-daemon --unlock`（或解锁 KeePassXC）",
            ),
        )),
        Some(false) => out.push(Line::ok(
            "keyring.locked",
            Text::new("keyring: unlocked", "钥匙串：已解锁"),
        )),
        None => {}
    }
    match &k.write_delete {
        Some(Ok(())) => out.push(Line::ok(
            "keyring.write",
            Text::new(
                "keyring: a test entry was written, read back and deleted",
                "钥匙串：测试条目已写入、读回并删除",
            ),
        )),
        Some(Err(why)) => out.push(Line::bad(
            "keyring.write",
            Status::Fail,
            Text::new(
                format!("keyring: writing a test entry failed: {}", why.en),
                format!("钥匙串：写入测试条目失败：{}", why.zh),
            ),
            Text::new(
                "unlock the keyring and retry; until then secrets last for this session only (or use WXSIGN_APP_SECRET)",
                "请解锁钥匙串后重试；在此之前密钥只在本次会话中有效（或使用 WXSIGN_APP_SECRET）",
            ),
        )),
        None => {}
    }
    out
}

fn config(c: &ConfigFacts) -> Vec<Line> {
    let dir = c.dir.display();
    let mut out = Vec::new();
    out.push(match &c.dir_state {
        DirState::Missing => Line::ok(
            "config.dir",
            Text::new(
                format!("config: {dir} does not exist yet (the first saved profile creates it)"),
                format!("配置：{dir} 尚不存在（保存第一个配置时会创建）"),
            ),
        ),
        DirState::Ok { writable: true } => Line::ok(
            "config.dir",
            Text::new(format!("config: {dir}"), format!("配置：{dir}")),
        ),
        DirState::Ok { writable: false } => Line::bad(
            "config.dir",
            Status::Fail,
            Text::new(
                format!("config: {dir} is not writable: profiles cannot be saved"),
                format!("配置：{dir} 不可写入：无法保存配置"),
            ),
            Text::new(
                format!("give your user write access to {dir}, or set WXSIGN_CONFIG_DIR to a folder you own"),
                format!("请为当前用户开放 {dir} 的写权限，或把 WXSIGN_CONFIG_DIR 设为你自己的目录"),
            ),
        ),
        DirState::Unreadable(e) => Line::bad(
            "config.dir",
            Status::Fail,
            Text::new(
                format!("config: {dir} cannot be read ({e})"),
                format!("配置：无法读取 {dir}（{e}）"),
            ),
            Text::new(
                "check its permissions, or set WXSIGN_CONFIG_DIR to a folder you own",
                "请检查其权限，或把 WXSIGN_CONFIG_DIR 设为你自己的目录",
            ),
        ),
    });
    let backups = backups_text(&c.backups);
    out.push(match &c.profiles {
        ProfilesFile::Missing => Line::ok(
            "config.profiles",
            Text::new(
                "profiles.toml: none yet (`wxsign profile add NAME --appid APPID`)",
                "profiles.toml：还没有（`wxsign profile add NAME --appid APPID`）",
            ),
        ),
        ProfilesFile::Read {
            count,
            problem: None,
        } => Line::ok(
            "config.profiles",
            Text::new(
                format!("profiles.toml: valid, {count} profile(s); {}", backups.en),
                format!("profiles.toml：有效，{count} 个配置；{}", backups.zh),
            ),
        ),
        ProfilesFile::Read {
            count,
            problem: Some(problem),
        } => {
            let t = problem.text();
            let backed_up = !c.backups.is_empty();
            Line::bad(
                "config.profiles",
                Status::Fail,
                Text::new(
                    format!("profiles.toml: damaged, {count} profile(s) readable: {}", t.en),
                    format!("profiles.toml：已损坏，可读取 {count} 个配置：{}", t.zh),
                ),
                if backed_up {
                    Text::new(
                        format!("fix the entry named above in a text editor; {}", backups.en),
                        format!("请用文本编辑器修正上面指出的条目；{}", backups.zh),
                    )
                } else {
                    Text::new(
                        "fix the entry named above in a text editor; the next save keeps a copy of the damaged file as profiles.toml.bak",
                        "请用文本编辑器修正上面指出的条目；下次保存时会把损坏的文件备份为 profiles.toml.bak",
                    )
                },
            )
        }
        ProfilesFile::Unreadable(e) => Line::bad(
            "config.profiles",
            Status::Fail,
            Text::new(
                format!("profiles.toml cannot be read ({e})"),
                format!("无法读取 profiles.toml（{e}）"),
            ),
            Text::new(
                format!("check the permissions of {dir}/profiles.toml"),
                format!("请检查 {dir}/profiles.toml 的权限"),
            ),
        ),
    });
    out
}

fn backups_text(backups: &[PathBuf]) -> Text {
    if backups.is_empty() {
        return Text::new("no backups", "没有备份");
    }
    let names: Vec<String> = backups
        .iter()
        .map(|b| {
            b.file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
        })
        .collect();
    let names = names.join(", ");
    Text::new(
        format!("backups of damaged versions: {names}"),
        format!("损坏版本的备份：{names}"),
    )
}

/// The page probe's browser: found (with its version), or what to install.
fn browser_line(b: &Result<crate::probe::BrowserInfo, crate::probe::BrowserError>) -> Line {
    match b {
        Ok(info) => Line::ok(
            "browser",
            Text::new(
                format!(
                    "page probe browser: {} ({})",
                    info.describe(),
                    info.path.display()
                ),
                format!(
                    "页面探测浏览器：{}（{}）",
                    info.describe(),
                    info.path.display()
                ),
            ),
        ),
        Err(e) => Line::bad(
            "browser",
            Status::Warn,
            Text::new(e.to_string(), e.zh()),
            Text::new(
                format!(
                    "wxsign probe needs Chrome, Chromium or Edge ({}), or --browser PATH",
                    crate::probe::browser::INSTALL_HINT.0
                ),
                format!(
                    "wxsign probe 需要 Chrome、Chromium 或 Edge（{}），或用 --browser 指定路径",
                    crate::probe::browser::INSTALL_HINT.1
                ),
            ),
        ),
    }
}

fn font_line(f: &FontFacts) -> Line {
    match f {
        FontFacts::System { family, path } => Line::ok(
            "font",
            Text::new(
                format!("Chinese font: {family} ({})", path.display()),
                format!("中文字体：{family}（{}）", path.display()),
            ),
        ),
        FontFacts::Bundled { forced: true } => Line::ok(
            "font",
            Text::new(
                "Chinese font: the bundled GB2312 subset of Noto Sans SC (WXSIGN_FONT=bundled)",
                "中文字体：内置的 Noto Sans SC GB2312 子集（WXSIGN_FONT=bundled）",
            ),
        ),
        FontFacts::Bundled { forced: false } => Line::bad(
            "font",
            Status::Warn,
            Text::new(
                "Chinese font: no system CJK font found, using the bundled GB2312 subset (rare characters outside GB2312 show as boxes)",
                "中文字体：未找到系统中文字体，使用内置的 GB2312 子集（GB2312 以外的生僻字会显示为方框）",
            ),
            Text::new(
                format!(
                    "install a Chinese font ({}) for full coverage",
                    crate::system_font::INSTALL_HINT.0
                ),
                format!(
                    "安装中文字体（{}）即可完整显示",
                    crate::system_font::INSTALL_HINT.1
                ),
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
    out.push(cache_line(p).about(name));
    out
}

fn via(r: &Reach) -> Text {
    match &r.proxy {
        Some(p) => Text::new(format!(" through the proxy {p}"), format!("（经代理 {p}）")),
        None => Text::new("", ""),
    }
}

/// The first failing step of the way to the API base, or every step's success.
pub fn reach_line(r: &Reach) -> Line {
    let base = &r.base;
    let via = via(r);
    let proxy = r.proxy.is_some();
    let fail = |what_en: String, what_zh: String, fix_en: &str, fix_zh: &str| {
        Line::bad(
            "profile.reach",
            Status::Fail,
            Text::new(
                format!("{base}{}: {what_en}", via.en),
                format!("{base}{}：{what_zh}", via.zh),
            ),
            Text::new(fix_en, fix_zh),
        )
    };
    let addrs = match &r.dns {
        Err(e) if proxy => {
            return fail(
                format!("the proxy's host could not be resolved (DNS: {e})"),
                format!("无法解析代理的域名（DNS：{e}）"),
                "check HTTPS_PROXY (the host name of the proxy) and your network",
                "请检查 HTTPS_PROXY（代理的主机名）和网络",
            );
        }
        Err(e) => {
            return fail(
                format!("the host could not be resolved (DNS: {e})"),
                format!("无法解析域名（DNS：{e}）"),
                "check the API base in the profile, your network and DNS; behind a proxy set HTTPS_PROXY",
                "请检查配置中的 API 地址、网络和 DNS；如需代理请设置 HTTPS_PROXY",
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
                format!("the proxy refused or did not answer the connection ({e})"),
                format!("代理拒绝连接或没有应答（{e}）"),
                "check that the proxy in HTTPS_PROXY is running and its port is right, or unset HTTPS_PROXY",
                "请确认 HTTPS_PROXY 中的代理正在运行且端口正确，或取消设置 HTTPS_PROXY",
            );
        }
        Some(Err(e)) => {
            return fail(
                format!("TCP connection failed ({e})"),
                format!("TCP 连接失败（{e}）"),
                "check the API base's host and port, a firewall, or set HTTPS_PROXY if you need a proxy",
                "请检查 API 地址的主机和端口、防火墙，如需代理请设置 HTTPS_PROXY",
            );
        }
        None => {
            return fail(
                "not reached".to_owned(),
                "无法访问".to_owned(),
                "check the API base",
                "请检查 API 地址",
            );
        }
        Some(Ok(_)) => {}
    }
    if let Some(Err(e)) = &r.tls {
        return fail(
            format!("TLS with the OS certificate store failed ({e})"),
            format!("使用系统证书库的 TLS 失败（{e}）"),
            "behind a corporate proxy, install its CA certificate in the OS certificate store; check the system clock",
            "如在公司代理后面，请把代理的 CA 证书安装到系统证书库；并检查系统时间",
        );
    }
    match &r.http {
        Some(Ok(status)) => {
            let tls = if r.tls.is_some() { "TLS → " } else { "" };
            Line::ok(
                "profile.reach",
                Text::new(
                    format!(
                        "{base}{}: reachable: DNS {first} → TCP → {tls}HTTP {status}",
                        via.en
                    ),
                    format!(
                        "{base}{}：可以访问：DNS {first} → TCP → {tls}HTTP {status}",
                        via.zh
                    ),
                ),
            )
        }
        Some(Err(e)) if proxy => fail(
            format!("the request through the proxy failed ({e})"),
            format!("经代理的请求失败（{e}）"),
            "check that the proxy allows CONNECT to this host, or unset HTTPS_PROXY",
            "请确认代理允许 CONNECT 到该主机，或取消设置 HTTPS_PROXY",
        ),
        Some(Err(e)) => fail(
            format!("no HTTP answer ({e})"),
            format!("没有 HTTP 应答（{e}）"),
            "check that the API base is WeChat or your proxy/token server, and that it is up",
            "请确认 API 地址是微信或你的代理/令牌服务器，并且服务正常",
        ),
        None => fail(
            "no HTTP answer".to_owned(),
            "没有 HTTP 应答".to_owned(),
            "check the API base",
            "请检查 API 地址",
        ),
    }
}

/// How far the local clock is from the server's `Date` (positive: the local clock is ahead).
pub fn clock_line(r: &Reach) -> Option<Line> {
    let (server, local) = r.clock?;
    let offset = local - server;
    let (m, s) = (offset.abs() / 60, offset.abs() % 60);
    let (dir_en, dir_zh) = if offset > 0 {
        ("ahead of", "快于")
    } else {
        ("behind", "慢于")
    };
    let amount_en = if m > 0 {
        format!("{m} min {s} s")
    } else {
        format!("{s} s")
    };
    let amount_zh = if m > 0 {
        format!("{m} 分 {s} 秒")
    } else {
        format!("{s} 秒")
    };
    if offset.abs() <= CLOCK_TOLERANCE_SECS {
        return Some(Line::ok(
            "profile.clock",
            Text::new(
                format!("clock: within {} s of the server's Date", offset.abs()),
                format!("时钟：与服务器 Date 相差 {} 秒以内", offset.abs()),
            ),
        ));
    }
    let (fix_en, fix_zh) = if cfg!(target_os = "macos") {
        (
            "turn on System Settings → General → Date & Time → Set time automatically",
            "请打开 系统设置 → 通用 → 日期与时间 → 自动设置时间",
        )
    } else if cfg!(windows) {
        (
            "turn on Settings → Time & language → Set time automatically, then Sync now",
            "请打开 设置 → 时间和语言 → 自动设置时间，然后点“立即同步”",
        )
    } else {
        (
            "turn on NTP: `timedatectl set-ntp true` (or install chrony)",
            "请开启 NTP：`timedatectl set-ntp true`（或安装 chrony）",
        )
    };
    Some(Line::bad(
        "profile.clock",
        Status::Fail,
        Text::new(
            format!(
                "clock: this computer is {amount_en} {dir_en} the server: generated timestamps and token expiry are off by as much"
            ),
            format!(
                "时钟：本机时间{dir_zh}服务器 {amount_zh}：生成的时间戳和令牌过期时间会偏差同样多"
            ),
        ),
        Text::new(fix_en, fix_zh),
    ))
}

fn secret_line(p: &ProfileFacts) -> Line {
    let name = &p.name;
    let source = |s: &SecretSource| match s {
        SecretSource::Keyring => Text::new("the OS keyring", "系统钥匙串"),
        SecretSource::Env => Text::new("WXSIGN_APP_SECRET", "WXSIGN_APP_SECRET"),
        SecretSource::Session | SecretSource::Explicit => {
            Text::new("this session only", "仅本次会话")
        }
    };
    match (&p.secret, p.needs_secret) {
        (SecretStatus::Present(s), _) => {
            let s = source(s);
            Line::ok(
                "profile.secret",
                Text::new(
                    format!("appSecret of {}: set ({})", p.app_id, s.en),
                    format!("{} 的 AppSecret：已设置（{}）", p.app_id, s.zh),
                ),
            )
        }
        (_, false) => Line::ok(
            "profile.secret",
            Text::new(
                "appSecret: not needed (the ticket does not come from the WeChat API)",
                "AppSecret：不需要（票据不来自微信接口）",
            ),
        ),
        (SecretStatus::Missing, true) => Line::bad(
            "profile.secret",
            Status::Fail,
            Text::new(
                format!("appSecret of {}: not set", p.app_id),
                format!("{} 的 AppSecret：未设置", p.app_id),
            ),
            Text::new(
                format!(
                    "`wxsign secret set --profile {name}` (or the profile editor), or set WXSIGN_APP_SECRET"
                ),
                format!(
                    "运行 `wxsign secret set --profile {name}`（或在配置编辑器中），或设置 WXSIGN_APP_SECRET"
                ),
            ),
        ),
        (SecretStatus::Unknown(why), true) => Line::bad(
            "profile.secret",
            Status::Fail,
            Text::new(
                format!("appSecret of {}: the keyring could not be asked", p.app_id),
                format!("{} 的 AppSecret：无法查询钥匙串", p.app_id),
            ),
            why.clone(),
        ),
    }
}

fn minutes(secs: u64) -> String {
    format!("{} min", secs / 60)
}

fn cache_line(p: &ProfileFacts) -> Line {
    if let Some(pasted) = p.pasted_left {
        let name = &p.name;
        return match pasted {
            Some(left) if left > 0 => Line::ok(
                "profile.cache",
                Text::new(
                    format!("pasted ticket: valid {} more", minutes(left.unsigned_abs())),
                    format!("粘贴的票据：还有 {} 分钟有效", left / 60),
                ),
            ),
            Some(_) => Line::bad(
                "profile.cache",
                Status::Fail,
                Text::new("pasted ticket: expired", "粘贴的票据：已过期"),
                Text::new(
                    format!("paste a fresh one: `wxsign secret set --profile {name} --ticket`"),
                    format!("请粘贴新的票据：`wxsign secret set --profile {name} --ticket`"),
                ),
            ),
            None => Line::bad(
                "profile.cache",
                Status::Fail,
                Text::new("pasted ticket: none stored", "粘贴的票据：没有保存"),
                Text::new(
                    format!("paste one: `wxsign secret set --profile {name} --ticket`"),
                    format!("请粘贴票据：`wxsign secret set --profile {name} --ticket`"),
                ),
            ),
        };
    }
    let part = |label_en: &str, label_zh: &str, left: Option<u64>| match left {
        Some(s) => (
            format!("{label_en} cached, valid {}", minutes(s)),
            format!("{label_zh} 已缓存，剩余 {} 分钟", s / 60),
        ),
        None => (
            format!("no fresh {label_en} cached"),
            format!("没有有效的 {label_zh} 缓存"),
        ),
    };
    let (t_en, t_zh) = part("access_token", "access_token", p.token_left);
    let (k_en, k_zh) = part("jsapi_ticket", "jsapi_ticket", p.ticket_left);
    Line::ok(
        "profile.cache",
        Text::new(
            format!("{t_en}; {k_en} (fetched on first use)"),
            format!("{t_zh}；{k_zh}（首次使用时获取）"),
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
                "message": l.message.en,
                "fix": l.fix.as_ref().map(|f| f.en.as_str()),
            })
        })
        .collect();
    serde_json::json!({ "ok": all_ok(lines), "checks": checks })
}

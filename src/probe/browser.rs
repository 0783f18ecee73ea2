//! Finding the user's Chromium-family browser (Chrome, Chromium, Edge; Debian's
//! `chromium-headless-shell` in CI). wxsign never downloads a browser: when none is found the
//! error names the packages to install and `--browser`.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::core::text::{Lang, Msg, msg};
use crate::i18n::Render;

/// A browser the probe can start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BrowserInfo {
    pub path: PathBuf,
    /// What `--version` printed (`Chromium 148.0.7778.167 …`); `None` when it printed nothing
    /// in time (Chrome on Windows prints no version).
    pub version: Option<String>,
}

impl BrowserInfo {
    /// `chromium-headless-shell` is headless only and about half as heavy as a full browser.
    pub fn is_headless_shell(&self) -> bool {
        self.path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.contains("headless"))
    }

    /// The version if known, else the path: for messages and reports.
    pub fn describe(&self) -> String {
        match &self.version {
            Some(v) => v.clone(),
            None => self.path.display().to_string(),
        }
    }
}

/// Where a browser comes from on this system: a clause of the missing-browser messages.
pub const INSTALL_HINT: Msg = if cfg!(windows) {
    msg!("probe-install-hint-windows")
} else if cfg!(target_os = "macos") {
    msg!("probe-install-hint-macos")
} else {
    msg!("probe-install-hint-unix")
};

/// Why no browser could be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BrowserError {
    /// `--browser` (or the saved setting) names no file.
    Missing(PathBuf),
    /// None on PATH or in the usual install places; `searched` lists the names tried.
    NotFound { searched: String },
}

/// The English sentence, for logs and error chains.
impl std::fmt::Display for BrowserError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().get(Lang::En))
    }
}

impl BrowserError {
    /// What is wrong and what to install or pass.
    pub fn message(&self) -> Msg {
        match self {
            BrowserError::Missing(p) => {
                msg!(
                    "probe-launch-browser-missing",
                    path = p.display().to_string(),
                    hint = INSTALL_HINT
                )
            }
            BrowserError::NotFound { searched } => {
                msg!(
                    "probe-launch-browser-not-found",
                    searched = searched,
                    hint = INSTALL_HINT
                )
            }
        }
    }
}

/// Executable names looked up on PATH, lightest first.
pub const PATH_NAMES: &[&str] = &[
    "chromium-headless-shell",
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "chrome",
    "microsoft-edge",
    "microsoft-edge-stable",
    "msedge",
];

/// The usual install places of Chrome, Chromium and Edge on this operating system.
pub fn install_paths() -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = Vec::new();
    #[cfg(target_os = "linux")]
    {
        for p in [
            "/usr/lib/chromium/headless_shell",
            "/usr/lib/chromium/chromium",
            "/snap/bin/chromium",
            "/opt/google/chrome/chrome",
            "/opt/google/chrome-beta/chrome",
            "/opt/microsoft/msedge/msedge",
        ] {
            out.push(PathBuf::from(p));
        }
    }
    #[cfg(target_os = "macos")]
    {
        let apps = [
            "Google Chrome.app/Contents/MacOS/Google Chrome",
            "Chromium.app/Contents/MacOS/Chromium",
            "Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
            "Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary",
        ];
        let mut roots = vec![PathBuf::from("/Applications")];
        if let Some(home) = std::env::var_os("HOME") {
            roots.push(PathBuf::from(home).join("Applications"));
        }
        for root in &roots {
            for app in apps {
                out.push(root.join(app));
            }
        }
    }
    #[cfg(windows)]
    {
        // What the installers register (the Run dialog's lookup), then their usual folders:
        // Chrome per machine, Edge (on every Windows 10 and 11, in Program Files (x86) even on
        // 64-bit systems), Chrome per user in LocalAppData.
        for exe in ["chrome.exe", "msedge.exe"] {
            out.extend(registry_app_path(APP_PATHS, exe));
        }
        let rel = [
            r"Google\Chrome\Application\chrome.exe",
            r"Microsoft\Edge\Application\msedge.exe",
            r"Chromium\Application\chrome.exe",
        ];
        for var in ["ProgramFiles", "ProgramFiles(x86)", "LocalAppData"] {
            if let Some(root) = std::env::var_os(var) {
                for r in rel {
                    out.push(PathBuf::from(&root).join(r));
                }
            }
        }
    }
    out
}

/// Where Windows programs register their executable for the Run dialog and `start`.
#[cfg(windows)]
pub const APP_PATHS: &str = r"SOFTWARE\Microsoft\Windows\CurrentVersion\App Paths";

/// The executable registered as `exe` under `key` (per user first, then per machine): the
/// key's default value, a path that may be quoted or hold `%ProgramFiles%`-style variables.
#[cfg(windows)]
pub fn registry_app_path(key: &str, exe: &str) -> Option<PathBuf> {
    use windows_sys::Win32::System::Registry::{
        HKEY_CURRENT_USER, HKEY_LOCAL_MACHINE, RRF_RT_REG_SZ, RegGetValueW,
    };
    let subkey: Vec<u16> = format!("{key}\\{exe}")
        .encode_utf16()
        .chain(std::iter::once(0))
        .collect();
    for hive in [HKEY_CURRENT_USER, HKEY_LOCAL_MACHINE] {
        let mut buf = vec![0u16; 1024];
        let mut len = (buf.len() * 2) as u32;
        // SAFETY: `subkey` is NUL-terminated; a null value name reads the default value; `buf`
        // holds `len` bytes. RRF_RT_REG_SZ also takes REG_EXPAND_SZ values, expanded.
        let status = unsafe {
            RegGetValueW(
                hive,
                subkey.as_ptr(),
                std::ptr::null(),
                RRF_RT_REG_SZ,
                std::ptr::null_mut(),
                buf.as_mut_ptr().cast(),
                &mut len,
            )
        };
        if status != 0 {
            continue;
        }
        let chars = (len as usize / 2).min(buf.len());
        let text = String::from_utf16_lossy(&buf[..chars]);
        let path = text.trim_end_matches('\0').trim().trim_matches('"').trim();
        if !path.is_empty() {
            return Some(PathBuf::from(path));
        }
    }
    None
}

/// Finds a browser: `explicit` (from `--browser` or the saved setting) when given, else the
/// names of [`PATH_NAMES`] on PATH, else [`install_paths`]. Runs `--version` (at most 5 s).
pub fn find(explicit: Option<&Path>) -> Result<BrowserInfo, BrowserError> {
    let path = match explicit {
        Some(p) => resolve_explicit(p).ok_or_else(|| BrowserError::Missing(p.to_owned()))?,
        None => search().ok_or_else(|| BrowserError::NotFound {
            searched: PATH_NAMES.join(", "),
        })?,
    };
    let version = version_of(&path);
    Ok(BrowserInfo { path, version })
}

/// A path as given, or a bare name looked up on PATH (`--browser chromium`).
fn resolve_explicit(p: &Path) -> Option<PathBuf> {
    if p.is_file() {
        return Some(p.to_owned());
    }
    if p.components().count() == 1 {
        return p.to_str().and_then(on_path);
    }
    None
}

/// Real executables preferred to their PATH wrappers: Debian's `/usr/bin/chromium-headless-shell`
/// is a shell script that does not `exec`, so the browser would not be the process wxsign owns.
const PREFERRED: &[&str] = &["/usr/lib/chromium/chromium-headless-shell"];

fn search() -> Option<PathBuf> {
    let preferred = if cfg!(target_os = "linux") {
        PREFERRED
    } else {
        &[]
    };
    preferred
        .iter()
        .map(PathBuf::from)
        .find(|p| is_executable(p))
        .or_else(|| PATH_NAMES.iter().find_map(|n| on_path(n)))
        .or_else(|| install_paths().into_iter().find(|p| p.is_file()))
}

fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    // Windows runs only `NAME.exe` from PATH; a file without the extension is no program.
    let file = if cfg!(windows) {
        format!("{name}.exe")
    } else {
        name.to_owned()
    };
    for dir in std::env::split_paths(&path) {
        let candidate = dir.join(&file);
        if is_executable(&candidate) {
            return Some(candidate);
        }
    }
    None
}

#[cfg(unix)]
fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    p.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(p: &Path) -> bool {
    p.is_file()
}

/// `BROWSER --version`, first line, within 5 s; `None` on Windows (Chrome opens a window there
/// instead of printing) or when nothing useful came back.
fn version_of(path: &Path) -> Option<String> {
    if cfg!(windows) {
        return None;
    }
    let mut child = Command::new(path)
        .arg("--version")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(20)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
        }
    }
    let mut out = String::new();
    use std::io::Read;
    child.stdout.take()?.read_to_string(&mut out).ok()?;
    let line = out.lines().next()?.trim().to_owned();
    (!line.is_empty()).then_some(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_explicit_browser_is_named() {
        let err = find(Some(Path::new("/nonexistent/dir/chrome"))).unwrap_err();
        assert_eq!(
            err,
            BrowserError::Missing(PathBuf::from("/nonexistent/dir/chrome"))
        );
        assert!(err.to_string().contains("--browser"));
        assert!(err.message().get(Lang::Zh).contains("--browser"));
    }

    #[test]
    fn not_found_names_the_debian_packages() {
        let err = BrowserError::NotFound {
            searched: PATH_NAMES.join(", "),
        };
        let msg = err.to_string();
        assert!(msg.contains("chromium-headless-shell") && msg.contains("chromium"));
        assert!(msg.contains("--browser"));
        assert!(
            err.message()
                .get(Lang::Zh)
                .contains("chromium-headless-shell")
        );
    }

    #[test]
    fn headless_shell_is_told_apart() {
        let b = |p: &str| BrowserInfo {
            path: PathBuf::from(p),
            version: None,
        };
        assert!(b("/usr/bin/chromium-headless-shell").is_headless_shell());
        assert!(!b("/usr/bin/chromium").is_headless_shell());
    }
}

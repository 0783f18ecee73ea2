//! The settings the window remembers between runs (`gui.toml`): the one module that reads and
//! writes that file. Outside `ui`, so `doctor` and `wxsign probe` read the saved browser without
//! reaching into the window. Only plain, serialisable choices live here: no channels, no
//! in-flight requests and never a secret (STYLE.md item 5).

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use serde::{Deserialize, Serialize};

use crate::core::text::{Lang, Msg, msg};
use crate::i18n::Render;

/// The file name inside the config directory.
pub const FILE_NAME: &str = "gui.toml";

/// Which panel the central area shows. Adding a panel is one variant here plus one file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Panel {
    #[default]
    Sign,
    CheckUrl,
    Verify,
    Probe,
    /// Ground truth from a phone (issue 18).
    Phone,
    Batch,
    Log,
    Settings,
}

impl Panel {
    pub const ALL: [Panel; 8] = [
        Panel::Sign,
        Panel::CheckUrl,
        Panel::Verify,
        Panel::Probe,
        Panel::Phone,
        Panel::Batch,
        Panel::Log,
        Panel::Settings,
    ];

    /// Parses the `WXSIGN_PANEL` value (`sign`, `check`/`check_url`, `verify`, `probe`, `phone`,
    /// `batch`, `log`, `settings`).
    pub fn parse(s: &str) -> Option<Panel> {
        match s.trim().to_ascii_lowercase().replace('-', "_").as_str() {
            "sign" => Some(Panel::Sign),
            "check" | "check_url" | "url" => Some(Panel::CheckUrl),
            "verify" => Some(Panel::Verify),
            "probe" => Some(Panel::Probe),
            "phone" => Some(Panel::Phone),
            "batch" => Some(Panel::Batch),
            "log" => Some(Panel::Log),
            "settings" => Some(Panel::Settings),
            _ => None,
        }
    }
}

/// Light, dark, or whatever the desktop says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThemeChoice {
    Light,
    Dark,
    #[default]
    System,
}

impl ThemeChoice {
    pub fn parse(s: &str) -> Option<ThemeChoice> {
        match s.trim().to_ascii_lowercase().as_str() {
            "light" => Some(ThemeChoice::Light),
            "dark" => Some(ThemeChoice::Dark),
            "system" | "auto" => Some(ThemeChoice::System),
            _ => None,
        }
    }
}

/// Persisted window settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AppState {
    /// `None` until the user picks one: the system locale decides.
    pub lang: Option<Lang>,
    pub theme: ThemeChoice,
    pub panel: Panel,
    /// The profile selected in the top bar, by name.
    pub active_profile: Option<String>,
    /// Safe domains used by Check URL when no profile is active.
    pub safe_domains: Vec<String>,
    /// jsApiList ticked in the snippet picker.
    pub js_api_list: Vec<String>,
    pub open_tag_list: Vec<String>,
    /// The browser the page probe starts (`--browser` of `wxsign probe`); `None` searches PATH
    /// and the usual install places.
    pub probe_browser: Option<PathBuf>,
    /// WeCom: the app (agentid) chosen in the top bar, by profile name; a profile without an
    /// entry (or whose chosen app is gone) uses its first app.
    pub wecom_apps: std::collections::BTreeMap<String, u64>,
}

impl Default for AppState {
    fn default() -> Self {
        Self {
            lang: None,
            theme: ThemeChoice::System,
            panel: Panel::Sign,
            active_profile: None,
            safe_domains: Vec::new(),
            js_api_list: vec![
                "updateAppMessageShareData".to_owned(),
                "updateTimelineShareData".to_owned(),
            ],
            open_tag_list: Vec::new(),
            probe_browser: None,
            wecom_apps: Default::default(),
        }
    }
}

impl AppState {
    /// Reads the settings file; a missing file gives the defaults, a broken one an error that
    /// names the file so the user can fix or delete it.
    pub fn load(dir: &Path) -> anyhow::Result<AppState> {
        let path = dir.join(FILE_NAME);
        match std::fs::read_to_string(&path) {
            Ok(text) => toml::from_str(&text)
                .with_context(|| said(msg!("settings-invalid", path = shown(&path)))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(AppState::default()),
            Err(e) => Err(e).with_context(|| said(msg!("settings-reading", path = shown(&path)))),
        }
    }

    /// Writes the settings file atomically (temp file + rename) so a crash never leaves half of it.
    pub fn save(&self, dir: &Path) -> anyhow::Result<PathBuf> {
        std::fs::create_dir_all(dir)
            .with_context(|| said(msg!("settings-creating", path = shown(dir))))?;
        let path = dir.join(FILE_NAME);
        let tmp = dir.join(format!("{FILE_NAME}.tmp"));
        let text = toml::to_string_pretty(self).with_context(|| said(msg!("settings-encoding")))?;
        std::fs::write(&tmp, text)
            .with_context(|| said(msg!("settings-writing", path = shown(&tmp))))?;
        crate::profile::replace_file(&tmp, &path)
            .with_context(|| said(msg!("settings-writing", path = shown(&path))))?;
        Ok(path)
    }
}

/// An error context in English, as the window prints the error chain.
fn said(m: Msg) -> String {
    m.get(Lang::En)
}

fn shown(path: &Path) -> String {
    path.display().to_string()
}

/// The directory for the settings file: the profiles' one ([`crate::profile::config_dir`]).
pub fn default_config_dir() -> Option<PathBuf> {
    crate::profile::config_dir().ok()
}

/// The language of the system locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, in POSIX order).
pub fn system_lang() -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())
        .map(|v| Lang::from_locale(&v))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_missing_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert_eq!(
            AppState::load(dir.path()).expect("missing is default"),
            AppState::default()
        );
        let state = AppState {
            lang: Some(Lang::Zh),
            theme: ThemeChoice::Dark,
            panel: Panel::Verify,
            safe_domains: vec!["example.com".to_owned()],
            wecom_apps: [("corp".to_owned(), 1000003)].into(),
            ..AppState::default()
        };
        state.save(dir.path()).expect("save");
        assert_eq!(AppState::load(dir.path()).expect("load"), state);
    }

    #[test]
    fn broken_file_names_itself() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join(FILE_NAME), "lang = 3").expect("write");
        let err = AppState::load(dir.path()).expect_err("broken");
        assert!(format!("{err:#}").contains(FILE_NAME));
    }

    #[test]
    fn env_values() {
        assert_eq!(Panel::parse("check-url"), Some(Panel::CheckUrl));
        assert_eq!(Panel::parse("VERIFY"), Some(Panel::Verify));
        assert_eq!(Panel::parse("probe"), Some(Panel::Probe));
        assert_eq!(Panel::parse("nope"), None);
        assert_eq!(ThemeChoice::parse("dark"), Some(ThemeChoice::Dark));
    }
}

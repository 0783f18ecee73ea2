//! Reading and writing `profiles.toml`: atomic saves, and a file that does not parse moved aside
//! to `.bak` so the app still starts.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{CONFIG_DIR_ENV, Profile};
use crate::core::text::Text;

const FILE_NAME: &str = "profiles.toml";

/// Why profiles could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    #[error(
        "no config directory could be determined: set {CONFIG_DIR_ENV} to a writable directory"
    )]
    NoConfigDir,
    #[error("could not {action} {}: {source}; check the directory exists and is writable", path.display())]
    Io {
        action: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("could not encode the profiles: {0}")]
    Encode(String),
    #[error("{}", .0.en)]
    Invalid(Text),
    #[error("no profile named '{0}': see `wxsign profile list`")]
    NotFound(String),
    #[error("a profile named '{0}' already exists: use `wxsign profile edit {0}`")]
    Exists(String),
    #[error("{} does not parse and could not be moved aside, so it is not overwritten: fix or move it by hand", .0.display())]
    Broken(PathBuf),
}

impl ProfileError {
    /// The message in both languages for the GUI.
    pub fn text(&self) -> Text {
        match self {
            ProfileError::Invalid(t) => t.clone(),
            other => Text::new(other.to_string(), other.to_string()),
        }
    }
}

/// A profiles file that did not parse: where, what, and where the original was kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadProblem {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub message: String,
    pub kept_as: Option<PathBuf>,
}

impl LoadProblem {
    pub fn text(&self) -> Text {
        let at = match self.line {
            Some(l) => format!("{}:{l}", self.path.display()),
            None => self.path.display().to_string(),
        };
        let kept = self
            .kept_as
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| "(could not be moved)".to_owned());
        Text::new(
            format!(
                "{at}: the profiles file does not parse ({}). It was kept as {kept}; starting with no profiles. Fix or delete that file and re-add the profiles.",
                self.message
            ),
            format!(
                "{at}：配置文件无法解析（{}）。原文件已保存为 {kept}；现以空配置启动。请修复或删除该文件后重新添加配置。",
                self.message
            ),
        )
    }
}

/// The result of loading: the profiles, and a problem to show if the file was unreadable.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Loaded {
    pub profiles: Vec<Profile>,
    pub problem: Option<LoadProblem>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct ProfileFile {
    #[serde(default, rename = "profile")]
    profiles: Vec<Profile>,
}

/// Reads and writes `profiles.toml`.
#[derive(Clone, Debug)]
pub struct ProfileStore {
    dir: PathBuf,
}

impl ProfileStore {
    pub fn new(config_dir: impl Into<PathBuf>) -> Self {
        Self {
            dir: config_dir.into(),
        }
    }

    /// `WXSIGN_CONFIG_DIR` if set, else the platform config dir (`~/.config/wxsign` on Linux).
    pub fn from_env() -> Result<Self, ProfileError> {
        Ok(Self::new(config_dir()?))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(FILE_NAME)
    }

    /// Loads the profiles. A missing file is an empty list; a file that does not parse is moved
    /// to `.bak` and reported in [`Loaded::problem`] so the caller can still start.
    pub fn load(&self) -> Result<Loaded, ProfileError> {
        let path = self.path();
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Loaded::default()),
            Err(source) => {
                return Err(ProfileError::Io {
                    action: "read",
                    path,
                    source,
                });
            }
        };
        match toml::from_str::<ProfileFile>(&text) {
            Ok(file) => Ok(Loaded {
                profiles: file.profiles,
                problem: None,
            }),
            Err(e) => {
                let line = e
                    .span()
                    .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
                let bak = path.with_extension("toml.bak");
                let kept_as = std::fs::rename(&path, &bak).ok().map(|()| bak);
                Ok(Loaded {
                    profiles: Vec::new(),
                    problem: Some(LoadProblem {
                        path,
                        line,
                        message: e.message().to_owned(),
                        kept_as,
                    }),
                })
            }
        }
    }

    /// The profiles, sorted by name.
    pub fn list(&self) -> Result<Loaded, ProfileError> {
        let mut loaded = self.load()?;
        loaded.profiles.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(loaded)
    }

    pub fn get(&self, name: &str) -> Result<Profile, ProfileError> {
        self.load()?
            .profiles
            .into_iter()
            .find(|p| p.name == name)
            .ok_or_else(|| ProfileError::NotFound(name.to_owned()))
    }

    /// Replaces the whole file atomically: write a temp file next to it, then rename.
    pub fn save(&self, profiles: &[Profile]) -> Result<(), ProfileError> {
        std::fs::create_dir_all(&self.dir).map_err(|source| ProfileError::Io {
            action: "create",
            path: self.dir.clone(),
            source,
        })?;
        let file = ProfileFile {
            profiles: profiles.to_vec(),
        };
        let text =
            toml::to_string_pretty(&file).map_err(|e| ProfileError::Encode(e.to_string()))?;
        let path = self.path();
        // Unique per process and per call: two saves in flight never share a temp file.
        static SEQ: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let seq = SEQ.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let tmp = self
            .dir
            .join(format!(".{FILE_NAME}.{}.{seq}.tmp", std::process::id()));
        std::fs::write(&tmp, text).map_err(|source| ProfileError::Io {
            action: "write",
            path: tmp.clone(),
            source,
        })?;
        std::fs::rename(&tmp, &path).map_err(|source| {
            let _ = std::fs::remove_file(&tmp);
            ProfileError::Io {
                action: "replace",
                path,
                source,
            }
        })
    }

    /// Adds a new profile; its name must be free.
    pub fn add(&self, profile: Profile) -> Result<(), ProfileError> {
        profile.validate()?;
        let mut profiles = self.load_for_update()?;
        if profiles.iter().any(|p| p.name == profile.name) {
            return Err(ProfileError::Exists(profile.name));
        }
        profiles.push(profile);
        self.save(&profiles)
    }

    /// Saves `profile`, replacing the one named `replaces` (a rename) or its own name.
    pub fn upsert(&self, profile: Profile, replaces: Option<&str>) -> Result<(), ProfileError> {
        profile.validate()?;
        let mut profiles = self.load_for_update()?;
        let old = replaces.unwrap_or(&profile.name).to_owned();
        if old != profile.name && profiles.iter().any(|p| p.name == profile.name) {
            return Err(ProfileError::Exists(profile.name));
        }
        match profiles.iter_mut().find(|p| p.name == old) {
            Some(slot) => *slot = profile,
            None => profiles.push(profile),
        }
        self.save(&profiles)
    }

    /// Removes a profile; `NotFound` if there is none of that name.
    pub fn remove(&self, name: &str) -> Result<Profile, ProfileError> {
        let mut profiles = self.load_for_update()?;
        let pos = profiles
            .iter()
            .position(|p| p.name == name)
            .ok_or_else(|| ProfileError::NotFound(name.to_owned()))?;
        let removed = profiles.remove(pos);
        self.save(&profiles)?;
        Ok(removed)
    }

    fn load_for_update(&self) -> Result<Vec<Profile>, ProfileError> {
        // A broken file moved to .bak by load() may be replaced; one still in place may not.
        let loaded = self.load()?;
        match loaded.problem {
            Some(LoadProblem {
                kept_as: None,
                path,
                ..
            }) => Err(ProfileError::Broken(path)),
            _ => Ok(loaded.profiles),
        }
    }
}

/// `WXSIGN_CONFIG_DIR`, else the platform's per-user config dir for wxsign.
pub fn config_dir() -> Result<PathBuf, ProfileError> {
    if let Some(dir) = std::env::var_os(CONFIG_DIR_ENV).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "wxsign")
        .map(|d| d.config_dir().to_path_buf())
        .ok_or(ProfileError::NoConfigDir)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::{DEFAULT_API_BASE, Timeouts, TokenMode};

    fn store() -> (tempfile::TempDir, ProfileStore) {
        let dir = tempfile::tempdir().unwrap();
        let store = ProfileStore::new(dir.path().join("cfg"));
        (dir, store)
    }

    #[test]
    fn round_trip_and_rename() {
        let (_d, s) = store();
        assert_eq!(s.load().unwrap(), Loaded::default());
        let mut p = Profile::new("prod", "wx0123456789abcdef");
        p.safe_domains = vec!["example.com".into()];
        p.notes = "line one\nline \"two\"".into();
        s.add(p.clone()).unwrap();
        assert!(matches!(s.add(p.clone()), Err(ProfileError::Exists(_))));
        assert_eq!(s.get("prod").unwrap(), p);
        let mut renamed = p.clone();
        renamed.name = "production".into();
        s.upsert(renamed.clone(), Some("prod")).unwrap();
        assert!(matches!(s.get("prod"), Err(ProfileError::NotFound(_))));
        assert_eq!(s.list().unwrap().profiles, vec![renamed]);
        s.remove("production").unwrap();
        assert!(s.list().unwrap().profiles.is_empty());
        // No temp file is left behind.
        let names: Vec<_> = std::fs::read_dir(s.dir()).unwrap().collect();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn missing_fields_take_defaults() {
        let (_d, s) = store();
        std::fs::create_dir_all(s.dir()).unwrap();
        std::fs::write(s.path(), "[[profile]]\nname = \"a\"\napp_id = \"wx1\"\n").unwrap();
        let p = s.get("a").unwrap();
        assert_eq!(p.api_base, DEFAULT_API_BASE);
        assert_eq!(p.token_mode, TokenMode::Stable);
        assert_eq!(p.timeouts, Timeouts::default());
    }

    #[test]
    fn broken_file_is_kept_aside_with_its_line() {
        let (_d, s) = store();
        std::fs::create_dir_all(s.dir()).unwrap();
        std::fs::write(s.path(), "[[profile]]\nname = \"a\"\napp_id = = 3\n").unwrap();
        let loaded = s.load().unwrap();
        assert!(loaded.profiles.is_empty());
        let problem = loaded.problem.unwrap();
        assert_eq!(problem.line, Some(3));
        let bak = problem.kept_as.clone().unwrap();
        assert!(bak.ends_with("profiles.toml.bak"));
        assert!(
            std::fs::read_to_string(bak)
                .unwrap()
                .contains("app_id = = 3")
        );
        assert!(problem.text().en.contains("profiles.toml:3"));
        // The app goes on: a new profile can be saved.
        s.add(Profile::new("b", "wx2")).unwrap();
        assert_eq!(s.list().unwrap().profiles.len(), 1);
    }

    #[test]
    fn broken_file_that_cannot_be_moved_is_never_overwritten() {
        let (_d, s) = store();
        std::fs::create_dir_all(s.dir().join("profiles.toml.bak/x")).unwrap();
        std::fs::write(s.path(), "not = = toml").unwrap();
        let loaded = s.load().unwrap();
        assert_eq!(loaded.problem.unwrap().kept_as, None);
        assert!(matches!(
            s.add(Profile::new("b", "wx2")),
            Err(ProfileError::Broken(_))
        ));
        assert_eq!(std::fs::read_to_string(s.path()).unwrap(), "not = = toml");
    }

    #[test]
    fn validation_names_the_fix() {
        let mut p = Profile::new("x", "wx 1");
        assert!(p.validate().unwrap_err().to_string().contains("基本配置"));
        p.app_id = "wx1".into();
        p.api_base = "ftp://x".into();
        assert!(p.validate().is_err());
        p.api_base = "http://127.0.0.1:9".into();
        assert!(p.validate().is_ok());
    }
}

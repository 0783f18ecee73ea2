//! Reading and writing `profiles.toml`: atomic saves; a damaged entry is skipped (the others
//! still load) and reading never changes the file. Only a save replaces a damaged file, and it
//! first keeps a numbered backup that never overwrites an earlier one.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{CONFIG_DIR_ENV, Profile};
use crate::core::text::{Lang, Msg, msg};
use crate::i18n::Render;

const FILE_NAME: &str = "profiles.toml";

/// Why profiles could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    NoConfigDir,
    /// `cause` is not a `#[source]`: the message already names it, and `{:#}` would repeat it.
    Io {
        /// `read`, `create`, `write` or `replace`, as the message says it.
        action: &'static str,
        path: PathBuf,
        cause: std::io::Error,
    },
    Encode(String),
    Invalid(Msg),
    NotFound(String),
    Exists(String),
    Broken(PathBuf),
}

/// The English sentence, for logs and error chains.
impl std::fmt::Display for ProfileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text().get(Lang::En))
    }
}

impl ProfileError {
    /// What went wrong and what to do.
    pub fn text(&self) -> Msg {
        match self {
            ProfileError::NoConfigDir => msg!("profile-no-config-dir", env = CONFIG_DIR_ENV),
            ProfileError::Io {
                action,
                path,
                cause,
            } => {
                let advice = if *action == "read" {
                    msg!("profile-io-read-advice")
                } else {
                    msg!("profile-io-write-advice")
                };
                msg!(
                    "profile-io",
                    action = *action,
                    path = path.display().to_string(),
                    cause = cause.to_string(),
                    advice = advice
                )
            }
            ProfileError::Encode(e) => msg!("profile-encode", error = e),
            ProfileError::Invalid(m) => m.clone(),
            ProfileError::NotFound(name) => msg!("profile-not-found", name = name),
            ProfileError::Exists(name) => msg!("profile-exists", name = name),
            ProfileError::Broken(path) => {
                msg!("profile-broken", path = path.display().to_string())
            }
        }
    }
}

/// One part of `profiles.toml` that could not be read: its line and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadIssue {
    pub line: Option<usize>,
    pub message: String,
}

/// A profiles file with parts that could not be read. The file itself is left as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadProblem {
    pub path: PathBuf,
    /// Line of the first issue.
    pub line: Option<usize>,
    /// Message of the first issue.
    pub message: String,
    /// Every issue, in file order.
    pub issues: Vec<LoadIssue>,
    /// True when nothing in the file could be read (not TOML, not UTF-8); else only the entries
    /// at `issues` were skipped.
    pub whole_file: bool,
}

impl LoadProblem {
    pub(crate) fn new(path: PathBuf, issues: Vec<LoadIssue>, whole_file: bool) -> Self {
        let (line, message) = issues
            .first()
            .map(|i| (i.line, i.message.clone()))
            .unwrap_or_default();
        Self {
            path,
            line,
            message,
            issues,
            whole_file,
        }
    }

    pub fn text(&self) -> Msg {
        let at = |line: Option<usize>| match line {
            Some(l) => format!("{}:{l}", self.path.display()),
            None => self.path.display().to_string(),
        };
        let list: Vec<String> = self
            .issues
            .iter()
            .map(|i| format!("{}: {}", at(i.line), i.message))
            .collect();
        let list = list.join("; ");
        if self.whole_file {
            msg!("profile-file-unreadable", issues = list)
        } else {
            msg!("profile-entry-skipped", issues = list)
        }
    }
}

/// The message for the backup a save made of a damaged file.
pub fn backup_text(backup: &Path) -> Msg {
    msg!("profile-backup-kept", path = backup.display().to_string())
}

/// The result of loading: the profiles that could be read, and what could not.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Loaded {
    pub profiles: Vec<Profile>,
    pub problem: Option<LoadProblem>,
}

/// The file's entries, each kept as a table so one bad entry does not sink the others.
#[derive(Debug, Default, Deserialize)]
struct RawFile {
    #[serde(default)]
    profile: Vec<toml::Spanned<toml::Table>>,
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

    /// Loads the profiles. A missing file is an empty list; entries that cannot be read are
    /// skipped and reported in [`Loaded::problem`]. Never changes the file.
    pub fn load(&self) -> Result<Loaded, ProfileError> {
        let path = self.path();
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Loaded::default()),
            Err(cause) => {
                return Err(ProfileError::Io {
                    action: "read",
                    path,
                    cause,
                });
            }
        };
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
                let line = valid.iter().filter(|b| **b == b'\n').count() + 1;
                let issue = LoadIssue {
                    line: Some(line),
                    message: "not UTF-8 text (saved in another encoding?)".to_owned(),
                };
                return Ok(Loaded {
                    profiles: Vec::new(),
                    problem: Some(LoadProblem::new(path, vec![issue], true)),
                });
            }
        };
        let raw = match toml::from_str::<RawFile>(&text) {
            Ok(raw) => raw,
            Err(e) => {
                let issue = LoadIssue {
                    line: e.span().map(|s| line_of(&text, s.start)),
                    message: e.message().trim().to_owned(),
                };
                return Ok(Loaded {
                    profiles: Vec::new(),
                    problem: Some(LoadProblem::new(path, vec![issue], true)),
                });
            }
        };
        let starts: Vec<usize> = raw.profile.iter().map(|e| e.span().start).collect();
        let mut profiles = Vec::new();
        let mut issues = Vec::new();
        for (i, entry) in raw.profile.into_iter().enumerate() {
            let start = entry.span().start;
            let has_base = entry.get_ref().contains_key("api_base");
            match entry.into_inner().try_into::<Profile>() {
                Ok(mut p) => {
                    // A hand-written entry without api_base gets its platform's base, not the
                    // Official Account's.
                    if !has_base {
                        p.api_base = p.platform.spec().default_api_base.to_owned();
                    }
                    profiles.push(p)
                }
                Err(e) => {
                    // Parse the entry's own text again to find the line of the bad field.
                    let end = starts.get(i + 1).copied().unwrap_or(text.len());
                    let part = text.get(start..end).unwrap_or("");
                    let line = toml::from_str::<ProfileFile>(part)
                        .err()
                        .and_then(|e| e.span())
                        .filter(|s| s.start > 0)
                        .map(|s| line_of(&text, start + s.start))
                        .unwrap_or_else(|| line_of(&text, start));
                    issues.push(LoadIssue {
                        line: Some(line),
                        message: format!("profile entry #{}: {}", i + 1, e.message().trim()),
                    });
                }
            }
        }
        Ok(Loaded {
            profiles,
            problem: (!issues.is_empty()).then(|| LoadProblem::new(path, issues, false)),
        })
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
        std::fs::create_dir_all(&self.dir).map_err(|cause| ProfileError::Io {
            action: "create",
            path: self.dir.clone(),
            cause,
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
        std::fs::write(&tmp, text).map_err(|cause| ProfileError::Io {
            action: "write",
            path: tmp.clone(),
            cause,
        })?;
        replace_file(&tmp, &path).map_err(|cause| {
            let _ = std::fs::remove_file(&tmp);
            ProfileError::Io {
                action: "replace",
                path,
                cause,
            }
        })
    }

    /// Adds a new profile; its name must be free. Returns the backup kept of a damaged file.
    pub fn add(&self, profile: Profile) -> Result<Option<PathBuf>, ProfileError> {
        profile.validate()?;
        let (mut profiles, damaged) = self.load_for_update()?;
        if profiles.iter().any(|p| p.name == profile.name) {
            return Err(ProfileError::Exists(profile.name));
        }
        profiles.push(profile);
        self.save_after_backup(&profiles, damaged)
    }

    /// Saves `profile`, replacing the one named `replaces` (a rename) or its own name. Returns
    /// the backup kept of a damaged file.
    pub fn upsert(
        &self,
        profile: Profile,
        replaces: Option<&str>,
    ) -> Result<Option<PathBuf>, ProfileError> {
        profile.validate()?;
        let (mut profiles, damaged) = self.load_for_update()?;
        let old = replaces.unwrap_or(&profile.name).to_owned();
        if old != profile.name && profiles.iter().any(|p| p.name == profile.name) {
            return Err(ProfileError::Exists(profile.name));
        }
        match profiles.iter_mut().find(|p| p.name == old) {
            Some(slot) => *slot = profile,
            None => profiles.push(profile),
        }
        self.save_after_backup(&profiles, damaged)
    }

    /// Removes a profile; `NotFound` if there is none of that name. Also returns the backup kept
    /// of a damaged file.
    pub fn remove(&self, name: &str) -> Result<(Profile, Option<PathBuf>), ProfileError> {
        let (mut profiles, damaged) = self.load_for_update()?;
        let pos = profiles
            .iter()
            .position(|p| p.name == name)
            .ok_or_else(|| ProfileError::NotFound(name.to_owned()))?;
        let removed = profiles.remove(pos);
        let backup = self.save_after_backup(&profiles, damaged)?;
        Ok((removed, backup))
    }

    /// The readable profiles, and whether the file has parts that a save would drop.
    fn load_for_update(&self) -> Result<(Vec<Profile>, bool), ProfileError> {
        let loaded = self.load()?;
        Ok((loaded.profiles, loaded.problem.is_some()))
    }

    /// Saves; a damaged file is first copied to a new numbered backup, and kept as it is when
    /// that fails.
    fn save_after_backup(
        &self,
        profiles: &[Profile],
        damaged: bool,
    ) -> Result<Option<PathBuf>, ProfileError> {
        let backup = if damaged {
            Some(
                self.backup()
                    .ok_or_else(|| ProfileError::Broken(self.path()))?,
            )
        } else {
            None
        };
        self.save(profiles)?;
        Ok(backup)
    }

    /// Copies the file to `profiles.toml.bak`, else the first free `profiles.toml.N.bak`; never
    /// replaces an existing backup.
    fn backup(&self) -> Option<PathBuf> {
        use std::io::Write;
        let bytes = std::fs::read(self.path()).ok()?;
        for n in 0..MAX_BACKUPS {
            let name = if n == 0 {
                format!("{FILE_NAME}.bak")
            } else {
                format!("{FILE_NAME}.{n}.bak")
            };
            let path = self.dir.join(name);
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
            {
                Ok(mut f) => {
                    return match f.write_all(&bytes).and_then(|()| f.sync_all()) {
                        Ok(()) => Some(path),
                        Err(_) => {
                            let _ = std::fs::remove_file(&path);
                            None
                        }
                    };
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(_) => return None,
            }
        }
        None
    }
}

/// Moves `tmp` over `dest` in one step, so a reader sees the old file or the new one, never
/// half of either. On Windows a rename over a file fails while any other program has it open
/// without delete sharing (a virus scanner or the search indexer reading it, an editor), so
/// a refused rename is tried again for up to two seconds before the error is returned.
pub fn replace_file(tmp: &Path, dest: &Path) -> std::io::Result<()> {
    let mut tries = 0;
    loop {
        match std::fs::rename(tmp, dest) {
            // ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION: someone holds one of the files.
            Err(e) if cfg!(windows) && matches!(e.raw_os_error(), Some(5 | 32)) && tries < 40 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            other => return other,
        }
    }
}

/// Numbered backups tried before giving up (and refusing to overwrite the damaged file).
const MAX_BACKUPS: usize = 100;

fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset.min(text.len()))
        .map_or(0, |t| t.matches('\n').count())
        + 1
}

/// `WXSIGN_CONFIG_DIR`, else `wxsign` in the user's config dir: `%APPDATA%\wxsign` on Windows
/// (where people look for it, not the `%APPDATA%\wxsign\config` of `ProjectDirs`), `~/Library/
/// Application Support/wxsign` on macOS, `$XDG_CONFIG_HOME/wxsign` (`~/.config/wxsign`)
/// elsewhere. Profiles and the window's settings both live there.
pub fn config_dir() -> Result<PathBuf, ProfileError> {
    if let Some(dir) = std::env::var_os(CONFIG_DIR_ENV).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::BaseDirs::new()
        .map(|d| d.config_dir().join("wxsign"))
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

    /// Files written before WeCom existed load unchanged, and saving them writes no new key.
    #[test]
    fn official_account_files_load_unchanged_and_wecom_entries_get_their_base() {
        let (_d, s) = store();
        std::fs::create_dir_all(s.dir()).unwrap();
        let old = "[[profile]]\nname = \"prod\"\napp_id = \"wx0123456789abcdef\"\nkind = \"production\"\nsafe_domains = [\"example.com\"]\napi_base = \"https://api.weixin.qq.com\"\ntoken_mode = \"stable\"\nnotes = \"\"\n\n[profile.timeouts]\nconnect_ms = 5000\ntotal_ms = 15000\n";
        std::fs::write(s.path(), old).unwrap();
        let p = s.get("prod").unwrap();
        assert_eq!(p.platform, crate::profile::Platform::OfficialAccount);
        assert!(p.apps.is_empty());
        assert!(p.validate().is_ok());
        s.upsert(p.clone(), None).unwrap();
        let saved = std::fs::read_to_string(s.path()).unwrap();
        assert!(
            !saved.contains("platform") && !saved.contains("apps"),
            "{saved}"
        );
        assert_eq!(s.get("prod").unwrap(), p);

        // A hand-written WeCom entry: corp_id is accepted for app_id, the base is WeCom's.
        std::fs::write(
            s.path(),
            "[[profile]]\nname = \"corp\"\nplatform = \"wecom\"\ncorp_id = \"ww0123456789abcdef\"\n[[profile.apps]]\nagent_id = 1000002\nname = \"OA\"\n",
        )
        .unwrap();
        let w = s.get("corp").unwrap();
        assert_eq!(w.app_id, "ww0123456789abcdef");
        assert_eq!(w.api_base, "https://qyapi.weixin.qq.com");
        assert_eq!(w.apps[0].label(), "1000002 (OA)");
        assert!(w.validate().is_ok());
        assert_eq!(w.app(None).unwrap().agent_id, 1000002);
        assert!(
            w.app(Some(7))
                .unwrap_err()
                .to_string()
                .contains("1000002 (OA)")
        );
    }

    #[test]
    fn broken_file_is_left_alone_and_backed_up_on_save() {
        let (_d, s) = store();
        std::fs::create_dir_all(s.dir()).unwrap();
        std::fs::write(s.path(), "[[profile]]\nname = \"a\"\napp_id = = 3\n").unwrap();
        let loaded = s.load().unwrap();
        assert!(loaded.profiles.is_empty());
        let problem = loaded.problem.unwrap();
        assert_eq!(problem.line, Some(3));
        assert!(problem.whole_file);
        assert!(problem.text().get(Lang::En).contains("profiles.toml:3"));
        // Reading changed nothing.
        assert!(s.list().unwrap().problem.is_some());
        assert!(!s.dir().join("profiles.toml.bak").exists());
        // The app goes on: a new profile can be saved, and the old file is kept.
        let bak = s
            .add(Profile::new("b", "wx0123456789abcdef"))
            .unwrap()
            .unwrap();
        assert!(bak.ends_with("profiles.toml.bak"));
        assert!(
            std::fs::read_to_string(bak)
                .unwrap()
                .contains("app_id = = 3")
        );
        let loaded = s.list().unwrap();
        assert_eq!(loaded.profiles.len(), 1);
        assert_eq!(loaded.problem, None);
    }

    #[test]
    fn one_bad_entry_keeps_the_others_and_backups_are_never_overwritten() {
        let (_d, s) = store();
        s.add(Profile::new("a", "wx0123456789abcdef")).unwrap();
        s.add(Profile::new("b", "wx0123456789abcdef")).unwrap();
        let good = std::fs::read_to_string(s.path()).unwrap();
        // First typo: an unknown kind in entry "a".
        let typo1 = good.replacen("kind = \"production\"", "kind = \"prod\"", 1);
        std::fs::write(s.path(), &typo1).unwrap();
        let loaded = s.list().unwrap();
        let names: Vec<_> = loaded.profiles.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["b"]);
        let problem = loaded.problem.unwrap();
        assert!(!problem.whole_file);
        assert_eq!(problem.issues.len(), 1);
        let line = typo1.lines().position(|l| l.contains("prod\"")).unwrap() + 1;
        assert_eq!(problem.line, Some(line), "{typo1}");
        assert!(problem.message.contains("prod"), "{}", problem.message);
        assert!(
            problem
                .text()
                .get(Lang::En)
                .contains(&format!("profiles.toml:{line}"))
        );
        // Listing did not touch the file.
        assert_eq!(std::fs::read_to_string(s.path()).unwrap(), typo1);

        let bak1 = s
            .add(Profile::new("c", "wx0123456789abcdef"))
            .unwrap()
            .unwrap();
        assert_eq!(std::fs::read_to_string(&bak1).unwrap(), typo1);
        // Second typo, in "b" this time, and another save.
        let now = std::fs::read_to_string(s.path()).unwrap();
        let typo2 = now.replacen("token_mode = \"stable\"", "token_mode = \"fast\"", 1);
        std::fs::write(s.path(), &typo2).unwrap();
        let names: Vec<_> = s
            .list()
            .unwrap()
            .profiles
            .into_iter()
            .map(|p| p.name)
            .collect();
        assert_eq!(names, ["c"]);
        let bak2 = s.remove("c").unwrap().1.unwrap();
        assert_ne!(bak1, bak2);
        assert!(bak2.ends_with("profiles.toml.1.bak"));
        // Both backups hold what they held: a and b can still be recovered.
        assert_eq!(std::fs::read_to_string(&bak1).unwrap(), typo1);
        assert_eq!(std::fs::read_to_string(&bak2).unwrap(), typo2);
    }

    #[test]
    fn non_utf8_file_is_reported_once_with_its_line() {
        let (_d, s) = store();
        std::fs::create_dir_all(s.dir()).unwrap();
        std::fs::write(s.path(), b"[[profile]]\nname = \"\xff\"\n").unwrap();
        let problem = s.load().unwrap().problem.unwrap();
        assert_eq!(problem.line, Some(2));
        assert!(problem.message.contains("UTF-8"));
        assert!(!problem.text().get(Lang::En).contains("writable"));
    }

    #[test]
    fn broken_file_that_cannot_be_backed_up_is_never_overwritten() {
        let (_d, s) = store();
        std::fs::create_dir_all(s.dir().join("profiles.toml.bak")).unwrap();
        for n in 1..MAX_BACKUPS {
            std::fs::create_dir_all(s.dir().join(format!("profiles.toml.{n}.bak"))).unwrap();
        }
        std::fs::write(s.path(), "not = = toml").unwrap();
        assert!(s.load().unwrap().problem.is_some());
        assert!(matches!(
            s.add(Profile::new("b", "wx0123456789abcdef")),
            Err(ProfileError::Broken(_))
        ));
        assert_eq!(std::fs::read_to_string(s.path()).unwrap(), "not = = toml");
    }

    #[test]
    fn validation_names_the_fix() {
        let mut p = Profile::new("x", "wx 1");
        assert!(p.validate().unwrap_err().to_string().contains("基本配置"));
        p.app_id = "wx0123456789abcdef".into();
        p.api_base = "ftp://x".into();
        assert!(p.validate().is_err());
        p.api_base = "http://127.0.0.1:9".into();
        assert!(p.validate().is_ok());
    }

    /// QA finding 3: each of these was accepted and failed later, or silently changed meaning.
    #[test]
    fn validation_rejects_what_would_fail_later() {
        let ok = Profile::new("x", "wx0123456789abcdef");
        assert!(ok.validate().is_ok());
        let bad = |f: &dyn Fn(&mut Profile)| {
            let mut p = ok.clone();
            f(&mut p);
            p.validate().unwrap_err().to_string()
        };
        for id in [
            "12345",
            "wx0123456789ABCDEF",
            "wx0123456789abcde",
            " wx0123456789abcdef",
        ] {
            assert!(bad(&|p| p.app_id = id.into()).contains("appId"), "{id}");
        }
        for d in ["https://x.com", "1.2.3.4"] {
            let e = bad(&|p| p.safe_domains = vec![d.into()]);
            assert!(e.contains(d), "{d}: {e}");
        }
        let four = ["a.com", "b.com", "c.com", "d.com"]
            .map(String::from)
            .to_vec();
        assert!(bad(&|p| p.safe_domains = four.clone()).contains("at most 3"));
        let mut three = ok.clone();
        three.safe_domains = vec!["a.com".into(), "b.com".into(), "wx.qq.com/mp".into()];
        assert!(three.validate().is_ok());
        assert!(bad(&|p| p.api_base = "http://h/cgi-bin/".into()).contains("/cgi-bin"));
        assert!(bad(&|p| p.api_base = "http://h/proxy?x=1".into()).contains("query"));
        assert!(bad(&|p| p.api_base = "http://h/#x".into()).contains("query"));
        let mut proxy = ok.clone();
        proxy.api_base = "http://h/proxy/".into();
        assert!(proxy.validate().is_ok());
        assert!(bad(&|p| p.timeouts.total_ms = 0).contains("0 ms"));
        assert!(bad(&|p| p.timeouts.connect_ms = 0).contains("0 ms"));
        // A test account may use host:port; a production account may not.
        let port = |p: &mut Profile| p.safe_domains = vec!["dev.example.com:8080".into()];
        assert!(bad(&port).contains("port"));
        let mut test = ok.clone();
        test.kind = crate::profile::AccountKind::TestAccount;
        port(&mut test);
        assert!(test.validate().is_ok());
    }
}

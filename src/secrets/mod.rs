//! Where appSecrets (and the token cache) live: the OS keyring, or memory when the user asks for
//! it or no keyring is usable. This is the only module that touches the keyring.
//!
//! Never a file: when the keyring is unusable we say so, say how to fix it, and keep secrets for
//! this session only.

mod keyring_store;
mod memory;
pub mod self_test;

use std::collections::HashMap;
use std::io::BufRead;
use std::sync::{Arc, Mutex};

pub use keyring_store::KeyringStore;
pub use memory::MemoryStore;

use crate::core::text::{Arg, Lang, Msg, msg};
use crate::i18n::Render;
use crate::secret::Secret;

/// Keyring service of the appSecrets; the account is the appId.
pub const SECRET_SERVICE: &str = "wxsign";
/// Keyring service of the token/ticket cache; one JSON entry per appId.
pub const CACHE_SERVICE: &str = "wxsign-cache";
/// `memory` keeps every secret in this process only (tests, machines without a keyring).
pub const KEYRING_ENV: &str = "WXSIGN_KEYRING";
/// The appSecret for CI and scripts; wins over the keyring.
pub const APP_SECRET_ENV: &str = "WXSIGN_APP_SECRET";

/// A store of small secrets addressed by (service, account). Blocking: call it off the UI thread.
pub trait SecretStore: Send + Sync {
    /// `Ok(None)` when there is no such entry: a missing secret is not an error.
    fn get(&self, service: &str, account: &str) -> Result<Option<Secret>, SecretError>;
    fn set(&self, service: &str, account: &str, value: &Secret) -> Result<(), SecretError>;
    /// `Ok(false)` when there was nothing to delete.
    fn delete(&self, service: &str, account: &str) -> Result<bool, SecretError>;
    /// Whether what is stored survives this process.
    fn persistent(&self) -> bool;
}

/// Why the secret store failed. Never carries the secret itself.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SecretError {
    /// No keyring at all, or it refused access (locked, no Secret Service on the bus).
    Unavailable(Msg),
    /// The keyring answered but the operation failed: the keyring's words or ours.
    Failed(Arg),
    /// The stored value is not text we wrote.
    Corrupt { service: String, account: String },
}

/// The English sentence, for logs and error chains.
impl std::fmt::Display for SecretError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text().get(Lang::En))
    }
}

impl SecretError {
    /// What failed and what to do.
    pub fn text(&self) -> Msg {
        match self {
            SecretError::Unavailable(m) => m.clone(),
            SecretError::Failed(detail) => msg!("secrets-failed", detail = detail.clone()),
            SecretError::Corrupt { service, account } => {
                msg!("secrets-corrupt", service = service, account = account)
            }
        }
    }
}

/// The state of the secret store as a whole, shown once in the status bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreHealth {
    /// The OS keyring works: secrets and the cache persist.
    Keyring,
    /// `WXSIGN_KEYRING=memory`: nothing persists, by request.
    MemoryByRequest,
    /// No keyring is usable: secrets are session-only until the user fixes it.
    Unavailable(Msg),
}

impl StoreHealth {
    pub fn text(&self) -> Msg {
        match self {
            StoreHealth::Keyring => msg!("secrets-in-keyring"),
            StoreHealth::MemoryByRequest => msg!("secrets-in-memory", env = KEYRING_ENV),
            StoreHealth::Unavailable(m) => m.clone(),
        }
    }
}

/// Where the appSecret in use came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SecretSource {
    /// Given for this one call (`--secret-stdin`).
    Explicit,
    /// Held in memory for this session (no keyring, or the user chose so).
    Session,
    /// `WXSIGN_APP_SECRET`.
    Env,
    Keyring,
}

/// What the UI shows next to a profile's secret field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SecretStatus {
    Present(SecretSource),
    Missing,
    /// The keyring could not be asked; the text says why and what to do.
    Unknown(Msg),
}

/// The message for a keyring that cannot be used, with the fix for this platform.
pub fn unavailable_text(detail: impl Into<Arg>) -> Msg {
    let fix = if cfg!(target_os = "linux") {
        msg!("secrets-unavailable-fix-linux")
    } else if cfg!(target_os = "macos") {
        msg!("secrets-unavailable-fix-macos")
    } else {
        msg!("secrets-unavailable-fix-windows")
    };
    msg!(
        "secrets-unavailable",
        detail = detail,
        fix = fix,
        env = APP_SECRET_ENV
    )
}

/// Opens the store the process should use: memory when `WXSIGN_KEYRING=memory`, else the OS
/// keyring, else memory with a health report that says why. Blocking (it may talk to D-Bus).
pub fn open_store() -> (Arc<dyn SecretStore>, StoreHealth) {
    let memory_requested = std::env::var(KEYRING_ENV)
        .map(|v| v.eq_ignore_ascii_case("memory"))
        .unwrap_or(false);
    if memory_requested {
        return (
            Arc::new(MemoryStore::default()),
            StoreHealth::MemoryByRequest,
        );
    }
    match KeyringStore::open() {
        Ok(store) => (Arc::new(store), StoreHealth::Keyring),
        Err(e) => (
            Arc::new(MemoryStore::default()),
            StoreHealth::Unavailable(e.text()),
        ),
    }
}

/// Resolves the appSecret of an appId: session (memory) first, then `WXSIGN_APP_SECRET`, then the
/// store. Shared by the CLI and the worker.
pub struct Secrets {
    store: Arc<dyn SecretStore>,
    health: StoreHealth,
    env: Option<Secret>,
    session: Mutex<HashMap<String, Secret>>,
}

impl Secrets {
    pub fn new(store: Arc<dyn SecretStore>, health: StoreHealth, env: Option<Secret>) -> Self {
        Self {
            store,
            health,
            env,
            session: Mutex::new(HashMap::new()),
        }
    }

    /// The process's store and `WXSIGN_APP_SECRET`. Blocking.
    pub fn from_env() -> Self {
        let (store, health) = open_store();
        let env = std::env::var(APP_SECRET_ENV)
            .ok()
            .filter(|s| !s.is_empty())
            .map(Secret::new);
        Self::new(store, health, env)
    }

    pub fn health(&self) -> &StoreHealth {
        &self.health
    }

    pub fn store(&self) -> Arc<dyn SecretStore> {
        Arc::clone(&self.store)
    }

    /// Whether secrets set now survive a restart.
    pub fn persistent(&self) -> bool {
        self.store.persistent()
    }

    /// The appSecret and where it came from; `Ok(None)` when there is none anywhere.
    pub fn app_secret(&self, app_id: &str) -> Result<Option<(Secret, SecretSource)>, SecretError> {
        if let Some(s) = self.session_get(app_id) {
            return Ok(Some((s, SecretSource::Session)));
        }
        if let Some(s) = &self.env {
            return Ok(Some((s.clone(), SecretSource::Env)));
        }
        Ok(self
            .store
            .get(SECRET_SERVICE, app_id)?
            .map(|s| (s, SecretSource::Keyring)))
    }

    pub fn status(&self, app_id: &str) -> SecretStatus {
        match self.app_secret(app_id) {
            Ok(Some((_, source))) => SecretStatus::Present(source),
            Ok(None) => SecretStatus::Missing,
            Err(e) => SecretStatus::Unknown(e.text()),
        }
    }

    /// Stores the appSecret in the keyring. Fails (never falls back) when the keyring is not
    /// usable: the caller offers [`Secrets::set_session`] instead.
    pub fn set_persistent(&self, app_id: &str, secret: &Secret) -> Result<(), SecretError> {
        if let StoreHealth::Unavailable(t) = &self.health {
            return Err(SecretError::Unavailable(t.clone()));
        }
        self.store.set(SECRET_SERVICE, app_id, secret)?;
        self.session_remove(app_id);
        Ok(())
    }

    /// Keeps the appSecret in memory until the process ends.
    pub fn set_session(&self, app_id: &str, secret: Secret) {
        if let Ok(mut map) = self.session.lock() {
            map.insert(app_id.to_owned(), secret);
        }
    }

    /// Forgets the appSecret everywhere we keep it; `Ok(false)` when there was none.
    pub fn delete(&self, app_id: &str) -> Result<bool, SecretError> {
        let had_session = self.session_remove(app_id);
        let had_stored = self.store.delete(SECRET_SERVICE, app_id)?;
        // The cached token was obtained with that secret: forget it as well.
        self.store.delete(CACHE_SERVICE, app_id)?;
        Ok(had_session || had_stored)
    }

    /// A secret other than an appSecret kept for this session (a pasted ticket when no keyring
    /// is usable). Keyed apart from appSecrets so the two never mix.
    pub fn session_entry(&self, service: &str, account: &str) -> Option<Secret> {
        self.session_get(&session_key(service, account))
    }

    pub fn set_session_entry(&self, service: &str, account: &str, value: Secret) {
        self.set_session(&session_key(service, account), value);
    }

    /// `true` when there was one.
    pub fn remove_session_entry(&self, service: &str, account: &str) -> bool {
        self.session_remove(&session_key(service, account))
    }

    fn session_get(&self, app_id: &str) -> Option<Secret> {
        self.session.lock().ok()?.get(app_id).cloned()
    }

    fn session_remove(&self, app_id: &str) -> bool {
        self.session
            .lock()
            .map(|mut m| m.remove(app_id).is_some())
            .unwrap_or(false)
    }
}

/// The session map's key of a non-appSecret entry; an appId never holds a newline.
fn session_key(service: &str, account: &str) -> String {
    format!("{service}\n{account}")
}

/// Reads one secret from stdin (`--secret-stdin`): the first line, trimmed like the prompt's
/// input (an appSecret never has spaces: they come from copying). `None` when nothing is left.
pub fn read_secret_line(input: &mut dyn BufRead) -> std::io::Result<Option<Secret>> {
    let mut line = String::new();
    input.read_line(&mut line)?;
    let trimmed = line.trim();
    Ok((!trimmed.is_empty()).then(|| Secret::new(trimmed)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secrets(env: Option<&str>) -> Secrets {
        Secrets::new(
            Arc::new(MemoryStore::default()),
            StoreHealth::MemoryByRequest,
            env.map(Secret::new),
        )
    }

    #[test]
    fn resolution_order_is_session_env_store() {
        let s = secrets(None);
        assert_eq!(s.app_secret("wx1").unwrap(), None);
        assert_eq!(s.status("wx1"), SecretStatus::Missing);
        s.set_persistent("wx1", &Secret::new("stored")).unwrap();
        let (v, src) = s.app_secret("wx1").unwrap().unwrap();
        assert_eq!((v.reveal(), src), ("stored", SecretSource::Keyring));
        s.set_session("wx1", Secret::new("session"));
        assert_eq!(
            s.status("wx1"),
            SecretStatus::Present(SecretSource::Session)
        );
        assert!(s.delete("wx1").unwrap());
        assert!(!s.delete("wx1").unwrap());
        assert_eq!(s.app_secret("wx1").unwrap(), None);

        let e = secrets(Some("from-env"));
        let (v, src) = e.app_secret("wx2").unwrap().unwrap();
        assert_eq!((v.reveal(), src), ("from-env", SecretSource::Env));
    }

    #[test]
    fn unavailable_keyring_never_stores_silently() {
        let s = Secrets::new(
            Arc::new(MemoryStore::default()),
            StoreHealth::Unavailable(unavailable_text("no D-Bus session")),
            None,
        );
        let err = s.set_persistent("wx1", &Secret::new("x")).unwrap_err();
        assert!(err.to_string().contains("session only"));
        assert!(err.to_string().contains("gnome-keyring") || !cfg!(target_os = "linux"));
        assert_eq!(s.app_secret("wx1").unwrap(), None);
        s.set_session("wx1", Secret::new("x"));
        assert_eq!(
            s.status("wx1"),
            SecretStatus::Present(SecretSource::Session)
        );
    }

    #[test]
    fn stdin_line() {
        let mut input = std::io::Cursor::new(b"s3cr3t\r\nnext\n".to_vec());
        assert_eq!(
            read_secret_line(&mut input).unwrap().unwrap().reveal(),
            "s3cr3t"
        );
        let mut empty = std::io::Cursor::new(Vec::new());
        assert!(read_secret_line(&mut empty).unwrap().is_none());
        // QA finding 4: spaces from copying are dropped; only spaces is empty.
        let mut padded = std::io::Cursor::new(b" \tSECRET  \r\n".to_vec());
        assert_eq!(
            read_secret_line(&mut padded).unwrap().unwrap().reveal(),
            "SECRET"
        );
        let mut blank = std::io::Cursor::new(b"   \n".to_vec());
        assert!(read_secret_line(&mut blank).unwrap().is_none());
    }
}

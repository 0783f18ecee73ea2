//! A store that forgets everything when the process ends: tests, `WXSIGN_KEYRING=memory`, and the
//! session-only fallback when no keyring is usable.

use crate::core::text::msg;
use std::collections::HashMap;
use std::sync::Mutex;

use super::{SecretError, SecretStore};
use crate::secret::Secret;

type Entries = HashMap<(String, String), Secret>;

#[derive(Default)]
pub struct MemoryStore {
    entries: Mutex<Entries>,
}

impl MemoryStore {
    fn lock(&self) -> Result<std::sync::MutexGuard<'_, Entries>, SecretError> {
        self.entries
            .lock()
            .map_err(|_| SecretError::Failed(msg!("secrets-memory-poisoned").into()))
    }
}

impl SecretStore for MemoryStore {
    fn get(&self, service: &str, account: &str) -> Result<Option<Secret>, SecretError> {
        Ok(self
            .lock()?
            .get(&(service.to_owned(), account.to_owned()))
            .cloned())
    }

    fn set(&self, service: &str, account: &str, value: &Secret) -> Result<(), SecretError> {
        self.lock()?
            .insert((service.to_owned(), account.to_owned()), value.clone());
        Ok(())
    }

    fn delete(&self, service: &str, account: &str) -> Result<bool, SecretError> {
        Ok(self
            .lock()?
            .remove(&(service.to_owned(), account.to_owned()))
            .is_some())
    }

    fn persistent(&self) -> bool {
        false
    }
}

//! `wxsign doctor`'s keyring checks: which store, whether it is locked, and a write, read back
//! and delete of a throwaway entry. Kept here: this module alone touches the keyring.

use super::{SecretError, SecretStore};
use crate::core::text::{Msg, msg};
use crate::secret::Secret;

/// Keyring service of the throwaway entry; it is deleted again at once.
pub const SELF_TEST_SERVICE: &str = "wxsign-doctor";

/// The OS keyring this build uses, by name.
pub fn platform_store() -> Msg {
    if cfg!(target_os = "macos") {
        msg!("secrets-store-macos")
    } else if cfg!(windows) {
        msg!("secrets-store-windows")
    } else {
        msg!("secrets-store-linux")
    }
}

/// Writes a throwaway entry, reads it back and deletes it. The entry is deleted even when the
/// read-back fails, so nothing is left behind.
pub fn write_read_delete(store: &dyn SecretStore) -> Result<(), SecretError> {
    let account = format!("self-test-{}", std::process::id());
    let value = Secret::new(format!("wxsign-doctor-{}", std::process::id()));
    store.set(SELF_TEST_SERVICE, &account, &value)?;
    let read = store.get(SELF_TEST_SERVICE, &account);
    let deleted = store.delete(SELF_TEST_SERVICE, &account);
    match read? {
        Some(v) if v.reveal() == value.reveal() => {}
        _ => {
            return Err(SecretError::Failed(
                msg!("secrets-self-test-unreadable").into(),
            ));
        }
    }
    match deleted? {
        true => Ok(()),
        false => Err(SecretError::Failed(msg!("secrets-self-test-gone").into())),
    }
}

/// Whether the default keyring collection is locked; `None` when that cannot be asked (no
/// Secret Service, or a system that does not tell).
#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "ios", target_os = "android"))
))]
pub fn locked() -> Option<bool> {
    use secret_service::EncryptionType;
    use secret_service::blocking::SecretService;
    let service = SecretService::connect(EncryptionType::Plain).ok()?;
    let collection = service.get_default_collection().ok()?;
    collection.is_locked().ok()
}

/// Whether the default keyring collection is locked; `None`: this system does not tell.
#[cfg(not(all(
    unix,
    not(any(target_os = "macos", target_os = "ios", target_os = "android"))
)))]
pub fn locked() -> Option<bool> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secrets::MemoryStore;

    #[test]
    fn the_test_entry_is_gone_afterwards() {
        let store = MemoryStore::default();
        write_read_delete(&store).unwrap();
        let account = format!("self-test-{}", std::process::id());
        assert_eq!(store.get(SELF_TEST_SERVICE, &account).unwrap(), None);
    }
}

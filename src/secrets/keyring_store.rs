//! The OS keyring through `keyring` 4 (Secret Service on Linux, Keychain on macOS, Credential
//! Manager on Windows). keyring errors are mapped here and never formatted whole: some variants
//! carry the stored bytes.

use keyring::Error as KError;

use super::{SecretError, SecretStore, unavailable_text};
use crate::core::text::{Msg, msg};
use crate::secret::Secret;

/// The platform keyring. Opening it connects to the platform service once per process.
pub struct KeyringStore(());

impl KeyringStore {
    /// Checks that the platform store can be reached; the error says how to fix it.
    pub fn open() -> Result<Self, SecretError> {
        match keyring::Entry::store_status() {
            Ok(()) => Ok(Self(())),
            Err(e) => Err(SecretError::Unavailable(unavailable_text(describe(e)))),
        }
    }

    fn entry(service: &str, account: &str) -> Result<keyring::Entry, SecretError> {
        keyring::Entry::new(service, account).map_err(map_error)
    }
}

impl SecretStore for KeyringStore {
    fn get(&self, service: &str, account: &str) -> Result<Option<Secret>, SecretError> {
        match Self::entry(service, account)?.get_password() {
            Ok(v) => Ok(Some(Secret::new(v))),
            Err(KError::NoEntry) => Ok(None),
            Err(KError::BadEncoding(_) | KError::BadDataFormat(..)) => Err(SecretError::Corrupt {
                service: service.to_owned(),
                account: account.to_owned(),
            }),
            Err(e) => Err(map_error(e)),
        }
    }

    fn set(&self, service: &str, account: &str, value: &Secret) -> Result<(), SecretError> {
        Self::entry(service, account)?
            .set_password(value.reveal())
            .map_err(map_error)
    }

    fn delete(&self, service: &str, account: &str) -> Result<bool, SecretError> {
        match Self::entry(service, account)?.delete_credential() {
            Ok(()) => Ok(true),
            Err(KError::NoEntry) => Ok(false),
            Err(e) => Err(map_error(e)),
        }
    }

    fn persistent(&self) -> bool {
        true
    }
}

fn map_error(e: KError) -> SecretError {
    match e {
        KError::NoStorageAccess(_) | KError::NoDefaultStore => {
            SecretError::Unavailable(unavailable_text(describe(&e)))
        }
        other => SecretError::Failed(describe(&other).into()),
    }
}

/// A description that never includes stored bytes: ours, with the keyring's own words inside.
fn describe(e: &KError) -> Msg {
    match e {
        KError::PlatformFailure(p) => {
            msg!("secrets-keyring-platform-failure", detail = p.to_string())
        }
        KError::NoStorageAccess(p) => msg!("secrets-keyring-no-access", detail = p.to_string()),
        KError::NoEntry => msg!("secrets-keyring-no-entry"),
        KError::BadEncoding(_) | KError::BadDataFormat(..) => msg!("secrets-keyring-unreadable"),
        KError::BadStoreFormat(s) => msg!("secrets-keyring-malformed", detail = s),
        KError::TooLong(attr, max) => {
            msg!("secrets-keyring-too-long", attr = attr, max = *max)
        }
        KError::Invalid(attr, why) => msg!("secrets-keyring-invalid", attr = attr, why = why),
        KError::Ambiguous(_) => msg!("secrets-keyring-ambiguous"),
        KError::NoDefaultStore => msg!("secrets-keyring-no-service"),
        KError::NotSupportedByStore(s) => msg!("secrets-keyring-unsupported", detail = s),
        _ => msg!("secrets-keyring-unknown"),
    }
}

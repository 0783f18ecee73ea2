//! The OS keyring through `keyring` 4 (Secret Service on Linux, Keychain on macOS, Credential
//! Manager on Windows). keyring errors are mapped here and never formatted whole: some variants
//! carry the stored bytes.

use keyring::Error as KError;

use super::{SecretError, SecretStore, unavailable_text};
use crate::secret::Secret;

/// The platform keyring. Opening it connects to the platform service once per process.
pub struct KeyringStore(());

impl KeyringStore {
    /// Checks that the platform store can be reached; the error says how to fix it.
    pub fn open() -> Result<Self, SecretError> {
        match keyring::Entry::store_status() {
            Ok(()) => Ok(Self(())),
            Err(e) => Err(SecretError::Unavailable(unavailable_text(&describe(e)))),
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
            SecretError::Unavailable(unavailable_text(&describe(&e)))
        }
        other => SecretError::Failed(describe(&other)),
    }
}

/// A description that never includes stored bytes.
fn describe(e: &KError) -> String {
    match e {
        KError::PlatformFailure(p) => format!("platform failure: {p}"),
        KError::NoStorageAccess(p) => format!("the keyring refused access (is it locked?): {p}"),
        KError::NoEntry => "no such entry".to_owned(),
        KError::BadEncoding(_) | KError::BadDataFormat(..) => {
            "the stored value is not readable".to_owned()
        }
        KError::BadStoreFormat(s) => format!("the keyring is malformed: {s}"),
        KError::TooLong(attr, max) => format!("{attr} is longer than {max}"),
        KError::Invalid(attr, why) => format!("invalid {attr}: {why}"),
        KError::Ambiguous(_) => "several matching entries".to_owned(),
        KError::NoDefaultStore => "no keyring service could be reached".to_owned(),
        KError::NotSupportedByStore(s) => format!("not supported by this keyring: {s}"),
        _ => "unknown keyring error".to_owned(),
    }
}

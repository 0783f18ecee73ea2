//! The proxy's root CA (PHONE.md §3, §6): generated once per install with rcgen, never shipped.
//! A trusted root is a master key, so its private key lives in the OS keyring (or, without one,
//! in a file only its owner may read) and never reaches output; the certificate itself is
//! public and sits next to the profiles. Leaf certificates for the target hosts are made from
//! it when the proxy starts, valid for a few weeks.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair,
    KeyUsagePurpose, SanType,
};
use sha2::Digest;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};

use crate::secret::Secret;
use crate::secrets::SecretStore;

/// The keyring entry of the CA's private key.
pub const KEY_SERVICE: &str = "wxsign-phone-proxy";
pub const KEY_ACCOUNT: &str = "ca-key";
/// The certificate's file name in the config directory.
pub const CERT_FILE: &str = "phone-proxy-ca.pem";
/// The key's file name when there is no keyring (mode 0600).
pub const KEY_FILE: &str = "phone-proxy-ca.key";
/// The name the phone shows for the profile and in 证书信任设置.
pub const CA_NAME: &str = "wxsign phone proxy CA";

/// Where the CA's private key is kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyHome {
    Keyring,
    /// A 0600 file (no keyring on this machine).
    File(PathBuf),
}

/// Why the CA could not be made, read or removed.
#[derive(Debug, thiserror::Error)]
pub enum CaError {
    #[error("the proxy's certificate authority: {0}")]
    Cert(String),
    #[error("the keyring: {0}")]
    Keyring(String),
    #[error("{path}: {reason}")]
    File { path: PathBuf, reason: String },
}

/// The CA, ready to issue leaf certificates.
pub struct Ca {
    issuer: Issuer<'static, KeyPair>,
    pub cert_der: CertificateDer<'static>,
    pub home: KeyHome,
    /// Made by this run: a phone that trusted an earlier CA must install this one.
    pub created: bool,
}

impl Ca {
    /// SHA-256 of the certificate, as iOS shows it under the profile's details.
    pub fn fingerprint(&self) -> String {
        hex::encode_upper(sha2::Sha256::digest(self.cert_der.as_ref()))
            .as_bytes()
            .chunks(2)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join(":")
    }

    /// A certificate for `host` (a name or an IP address), signed by the CA, with its key.
    pub fn leaf(
        &self,
        host: &str,
        today: (i32, u8, u8),
    ) -> Result<(Vec<CertificateDer<'static>>, PrivateKeyDer<'static>), CaError> {
        let mut params = CertificateParams::default();
        params.subject_alt_names = vec![match host.parse::<std::net::IpAddr>() {
            Ok(ip) => SanType::IpAddress(ip),
            Err(_) => SanType::DnsName(
                host.to_owned()
                    .try_into()
                    .map_err(|e: rcgen::Error| CaError::Cert(e.to_string()))?,
            ),
        }];
        params.distinguished_name.push(DnType::CommonName, host);
        params.use_authority_key_identifier_extension = true;
        params.key_usages = vec![
            KeyUsagePurpose::DigitalSignature,
            KeyUsagePurpose::KeyEncipherment,
        ];
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        // iOS refuses server certificates valid for more than 825 days; a few weeks is plenty.
        let (y, m, d) = today;
        params.not_before = rcgen::date_time_ymd(y, m, d) - rcgen_days(2);
        params.not_after = rcgen::date_time_ymd(y, m, d) + rcgen_days(30);
        let key = KeyPair::generate().map_err(cert_error)?;
        let cert = params.signed_by(&key, &self.issuer).map_err(cert_error)?;
        let key_der = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
        // The CA goes along: a client that pins it (tests: its SPKI) finds it in the chain.
        Ok((vec![cert.der().clone(), self.cert_der.clone()], key_der))
    }
}

fn rcgen_days(n: i64) -> std::time::Duration {
    std::time::Duration::from_secs(u64::try_from(n).unwrap_or(0) * 86_400)
}

fn cert_error(e: rcgen::Error) -> CaError {
    CaError::Cert(e.to_string())
}

/// The CA's parameters; the same every time, so a stored key gives back the same issuer.
fn ca_params(today: (i32, u8, u8)) -> CertificateParams {
    let mut params = CertificateParams::default();
    params.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
    params.distinguished_name.push(DnType::CommonName, CA_NAME);
    params
        .distinguished_name
        .push(DnType::OrganizationName, "wxsign");
    params.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    let (y, m, d) = today;
    params.not_before = rcgen::date_time_ymd(y, m, d) - rcgen_days(1);
    params.not_after = rcgen::date_time_ymd(y + 10, m, d.min(28));
    params
}

/// Where the CA is kept: the keyring when the store persists, else a 0600 file in `dir`.
pub struct CaStore<'a> {
    pub store: &'a dyn SecretStore,
    pub dir: &'a Path,
}

impl CaStore<'_> {
    fn home(&self) -> KeyHome {
        if self.store.persistent() {
            KeyHome::Keyring
        } else {
            KeyHome::File(self.dir.join(KEY_FILE))
        }
    }

    fn cert_path(&self) -> PathBuf {
        self.dir.join(CERT_FILE)
    }

    /// The stored CA, or a new one stored now.
    pub fn open_or_create(&self, today: (i32, u8, u8)) -> Result<Ca, CaError> {
        let home = self.home();
        let cert_pem = std::fs::read_to_string(self.cert_path()).ok();
        let key_pem = self.read_key(&home)?;
        if let (Some(cert_pem), Some(key_pem)) = (cert_pem, key_pem) {
            let key = KeyPair::from_pem(key_pem.reveal()).map_err(cert_error)?;
            let cert_der = pem_to_der(&cert_pem)?;
            return Ok(Ca {
                issuer: Issuer::new(ca_params(today), key),
                cert_der,
                home,
                created: false,
            });
        }
        let key = KeyPair::generate().map_err(cert_error)?;
        let params = ca_params(today);
        let cert = params.self_signed(&key).map_err(cert_error)?;
        let cert_pem = cert.pem();
        std::fs::create_dir_all(self.dir).map_err(|e| self.file_error(self.dir, &e))?;
        self.write_key(&home, &Secret::new(key.serialize_pem()))?;
        std::fs::write(self.cert_path(), &cert_pem)
            .map_err(|e| self.file_error(&self.cert_path(), &e))?;
        Ok(Ca {
            issuer: Issuer::new(params, key),
            cert_der: cert.der().clone(),
            home,
            created: true,
        })
    }

    /// Removes the key and the certificate; what was removed.
    pub fn remove(&self) -> Result<Vec<String>, CaError> {
        let mut removed = Vec::new();
        if self
            .store
            .delete(KEY_SERVICE, KEY_ACCOUNT)
            .map_err(|e| CaError::Keyring(e.to_string()))?
        {
            removed.push(format!("keyring {KEY_SERVICE}/{KEY_ACCOUNT}"));
        }
        for path in [self.dir.join(KEY_FILE), self.cert_path()] {
            match std::fs::remove_file(&path) {
                Ok(()) => removed.push(path.display().to_string()),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(self.file_error(&path, &e)),
            }
        }
        Ok(removed)
    }

    fn read_key(&self, home: &KeyHome) -> Result<Option<Secret>, CaError> {
        match home {
            KeyHome::Keyring => self
                .store
                .get(KEY_SERVICE, KEY_ACCOUNT)
                .map_err(|e| CaError::Keyring(e.to_string())),
            KeyHome::File(path) => match std::fs::read_to_string(path) {
                Ok(s) => Ok(Some(Secret::new(s))),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(self.file_error(path, &e)),
            },
        }
    }

    fn write_key(&self, home: &KeyHome, key: &Secret) -> Result<(), CaError> {
        match home {
            KeyHome::Keyring => self
                .store
                .set(KEY_SERVICE, KEY_ACCOUNT, key)
                .map_err(|e| CaError::Keyring(e.to_string())),
            KeyHome::File(path) => {
                write_private(path, key.reveal().as_bytes()).map_err(|e| self.file_error(path, &e))
            }
        }
    }

    fn file_error(&self, path: &Path, e: &std::io::Error) -> CaError {
        CaError::File {
            path: path.to_path_buf(),
            reason: e.to_string(),
        }
    }
}

/// Writes a file only its owner can read, created that way (never widened after the fact).
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut f = options.open(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

fn pem_to_der(pem: &str) -> Result<CertificateDer<'static>, CaError> {
    use tokio_rustls::rustls::pki_types::pem::PemObject;
    CertificateDer::from_pem_slice(pem.as_bytes())
        .map_err(|e| CaError::Cert(format!("the stored certificate is not PEM ({e})")))
}

/// A rustls server configuration presenting `host`'s leaf certificate.
pub fn server_config(
    ca: &Ca,
    host: &str,
    today: (i32, u8, u8),
) -> Result<Arc<tokio_rustls::rustls::ServerConfig>, CaError> {
    let (chain, key) = ca.leaf(host, today)?;
    let provider = Arc::new(tokio_rustls::rustls::crypto::aws_lc_rs::default_provider());
    let mut config = tokio_rustls::rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| CaError::Cert(e.to_string()))?
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .map_err(|e| CaError::Cert(e.to_string()))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secrets::MemoryStore;

    #[test]
    fn the_key_stays_where_it_was_put_and_the_ca_comes_back_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let store = MemoryStore::default();
        let cas = CaStore {
            store: &store,
            dir: dir.path(),
        };
        let first = cas.open_or_create((2026, 12, 7)).unwrap();
        assert!(first.created);
        let KeyHome::File(key_path) = &first.home else {
            panic!("a memory store is not a keyring")
        };
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(key_path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let again = cas.open_or_create((2026, 12, 8)).unwrap();
        assert!(!again.created);
        assert_eq!(again.cert_der, first.cert_der);
        assert_eq!(again.fingerprint(), first.fingerprint());
        let pem = std::fs::read_to_string(dir.path().join(CERT_FILE)).unwrap();
        assert!(pem.contains("BEGIN CERTIFICATE") && !pem.contains("PRIVATE"));
        let (chain, _) = again.leaf("m.example.com", (2026, 12, 8)).unwrap();
        assert_eq!(chain.len(), 2);
        assert!(server_config(&again, "127.0.0.1", (2026, 12, 8)).is_ok());
        let removed = cas.remove().unwrap();
        assert_eq!(removed.len(), 2, "{removed:?}");
        assert!(!key_path.exists());
        assert!(cas.remove().unwrap().is_empty());
    }
}

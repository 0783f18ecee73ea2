//! The signing endpoint saved in a profile. The profile file keeps the description and the
//! header *names*; each header value is a secret in the secret store, under the profile's name.

use crate::core::text::{Lang, Msg, msg};
use crate::i18n::Render;
use crate::profile::Profile;
use crate::secret::Secret;
use crate::secrets::{SecretError, SecretStore};

use super::endpoint::Endpoint;

/// Secret-store service of the endpoint's header values.
pub const ENDPOINT_SERVICE: &str = "wxsign-endpoint";

fn account(profile: &str, header: &str) -> String {
    format!("{profile}/{}", header.to_ascii_lowercase())
}

/// Why the saved endpoint cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum SavedEndpointError {
    None {
        profile: String,
    },
    MissingHeader {
        profile: String,
        header: String,
        /// Whether the store keeps values between runs; if not, saving again cannot help.
        persistent: bool,
    },
    Store(#[from] SecretError),
}

impl SavedEndpointError {
    /// What is missing and how to give it.
    pub fn text(&self) -> Msg {
        match self {
            SavedEndpointError::None { profile } => {
                msg!("batch-saved-no-endpoint", profile = profile)
            }
            SavedEndpointError::MissingHeader {
                profile,
                header,
                persistent: true,
            } => msg!(
                "batch-saved-header-missing",
                profile = profile,
                header = header
            ),
            SavedEndpointError::MissingHeader {
                profile, header, ..
            } => msg!(
                "batch-saved-header-not-kept",
                profile = profile,
                header = header,
                env = crate::secrets::KEYRING_ENV
            ),
            SavedEndpointError::Store(e) => e.text(),
        }
    }
}

/// The English sentence, for the CLI's error line and error chains.
impl std::fmt::Display for SavedEndpointError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text().get(Lang::En))
    }
}

/// The profile's endpoint. Header values given for this run (`--header-env`) win; the others
/// are read from `store`.
pub fn load(
    profile: &Profile,
    store: &dyn SecretStore,
    given: &[(String, Secret)],
) -> Result<Endpoint, SavedEndpointError> {
    let spec = *profile
        .signing_endpoint
        .clone()
        .ok_or_else(|| SavedEndpointError::None {
            profile: profile.name.clone(),
        })?;
    let mut headers = Vec::new();
    for name in &spec.header_names {
        if given.iter().any(|(n, _)| n.eq_ignore_ascii_case(name)) {
            continue;
        }
        let value = store
            .get(ENDPOINT_SERVICE, &account(&profile.name, name))?
            .ok_or_else(|| SavedEndpointError::MissingHeader {
                profile: profile.name.clone(),
                header: name.clone(),
                persistent: store.persistent(),
            })?;
        headers.push((name.clone(), value));
    }
    headers.extend(given.iter().cloned());
    Ok(Endpoint { spec, headers })
}

/// Puts `endpoint` into `profile` and its header values into `store`. The caller saves the
/// profile.
pub fn save(
    profile: &mut Profile,
    endpoint: &Endpoint,
    store: &dyn SecretStore,
) -> Result<(), SecretError> {
    for (name, value) in &endpoint.headers {
        store.set(ENDPOINT_SERVICE, &account(&profile.name, name), value)?;
    }
    profile.signing_endpoint = Some(Box::new(endpoint.spec.clone()));
    Ok(())
}

/// The value of one saved header, for the GUI's "stored" indicator.
pub fn header_value(
    profile: &str,
    header: &str,
    store: &dyn SecretStore,
) -> Result<Option<Secret>, SecretError> {
    store.get(ENDPOINT_SERVICE, &account(profile, header))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::batch::{EndpointSpec, HttpMethod, UrlParam};
    use crate::secrets::MemoryStore;

    #[test]
    fn header_values_go_to_the_store_not_the_profile() {
        let store = MemoryStore::default();
        let mut profile = Profile::new("qa", "wx1");
        let endpoint = Endpoint {
            spec: EndpointSpec {
                url: "https://api.example.com/wx/signature".into(),
                method: HttpMethod::Get,
                url_param: UrlParam::Query("u".into()),
                header_names: vec!["Cookie".into()],
                ..EndpointSpec::default()
            },
            headers: vec![("Cookie".into(), Secret::new("sid=hunter2"))],
        };
        save(&mut profile, &endpoint, &store).unwrap();
        let text = toml::to_string(&profile).unwrap();
        assert!(text.contains("api.example.com") && text.contains("Cookie"));
        assert!(!text.contains("hunter2"));
        let back: Profile = toml::from_str(&text).unwrap();
        let loaded = load(&back, &store, &[]).unwrap();
        assert_eq!(loaded.spec, endpoint.spec);
        assert_eq!(loaded.headers[0].1.reveal(), "sid=hunter2");

        let empty = MemoryStore::default();
        let e = load(&back, &empty, &[]).unwrap_err();
        assert!(e.to_string().contains("--header-env Cookie="), "{e}");
        let e = load(&Profile::new("p", "wx"), &empty, &[]).unwrap_err();
        assert!(e.to_string().contains("--endpoint-url"));
    }

    /// A store that claims to persist, like the OS keyring.
    struct Persistent(MemoryStore);

    impl SecretStore for Persistent {
        fn get(&self, s: &str, a: &str) -> Result<Option<Secret>, SecretError> {
            self.0.get(s, a)
        }
        fn set(&self, s: &str, a: &str, v: &Secret) -> Result<(), SecretError> {
            self.0.set(s, a, v)
        }
        fn delete(&self, s: &str, a: &str) -> Result<bool, SecretError> {
            self.0.delete(s, a)
        }
        fn persistent(&self) -> bool {
            true
        }
    }

    #[test]
    fn a_missing_header_value_says_what_to_do_for_this_store() {
        let mut profile = Profile::new("qa", "wx1");
        profile.signing_endpoint = Some(Box::new(EndpointSpec {
            url: "https://api.example.com/wx/signature".into(),
            header_names: vec!["Cookie".into()],
            ..EndpointSpec::default()
        }));
        // Memory-only: saving again cannot help, so only --header-env on every run is offered.
        let e = load(&profile, &MemoryStore::default(), &[])
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("memory-only") && e.contains("WXSIGN_KEYRING=memory"),
            "{e}"
        );
        assert!(e.contains("every run with --header-env Cookie=VAR"), "{e}");
        assert!(!e.contains("--save-endpoint"), "{e}");
        // A real keyring: saving once keeps it.
        let e = load(&profile, &Persistent(MemoryStore::default()), &[])
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("--header-env Cookie=VAR") && e.contains("--save-endpoint"),
            "{e}"
        );
        // Given for this run, the value is used and the store is not needed.
        let given = vec![("cookie".to_owned(), Secret::new("sid=1"))];
        let loaded = load(&profile, &MemoryStore::default(), &given).unwrap();
        assert_eq!(loaded.headers.len(), 1);
        assert_eq!(loaded.headers[0].1.reveal(), "sid=1");
    }
}

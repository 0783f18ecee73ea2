//! The appSecret's keyring entry as `wxsign secret delete` and `wxsign profile remove` both
//! touch it: below both commands, so neither depends on the other.

use anyhow::Context;

use crate::core::text::Lang;
use crate::i18n::text;
use crate::secrets::{self, Secrets};

/// Whether the OS keyring holds an appSecret for `app_id` (not the environment, not memory).
pub(super) fn stored_in_keyring(app_id: &str) -> bool {
    let secrets = Secrets::from_env();
    secrets.persistent()
        && matches!(
            secrets.store().get(secrets::SECRET_SERVICE, app_id),
            Ok(Some(_))
        )
}

/// Deletes the appSecret and the cached credentials of `app_id`, saying so when there was one.
/// Shared by `secret delete` and `profile remove --delete-secret`.
pub(super) fn delete_app_secret(app_id: &str, lang: Lang) -> anyhow::Result<bool> {
    let had = Secrets::from_env()
        .delete(app_id)
        .context(text(lang, "cli-secret-delete-failed"))?;
    if had {
        anstream::println!("{} {app_id}", text(lang, "cli-secret-deleted"));
    }
    Ok(had)
}

//! WeCom's credentials behind the same [`Credentials`] front: one token per app (gettoken with
//! that app's own secret), cached per (corpId, agentid); the corp ticket and each app's agent
//! ticket, cached with their expiry; the hourly ticket quotas counted (400 per corp, 100 per
//! app) and warned about before WeCom answers 45009.
//!
//! Which endpoint, which `type=`, which quota: all read from the profile's
//! [`crate::platform::PlatformSpec`], never spelled out here.

use std::sync::Arc;

use super::cached::TokenSlot;
use super::{CacheSlot, Credentials, FetchOptions, TicketInfo, TokenInfo, api_base, blocking};
use crate::cache::quota_key;
use crate::core::text::{Msg, msg};
use crate::platform::{Platform, app_account};
use crate::profile::Profile;
use crate::secret::Secret;
use crate::wechat::{ClientError, TicketKind, TicketOrigin, TokenEndpoint};

/// Share of a quota after which each fetch warns.
const QUOTA_WARN_PERCENT: usize = 75;

impl Credentials {
    /// The token of one app of a WeCom profile (`opts.agent_id`, else the first app): from the
    /// cache while fresh, else `gettoken` with that app's own secret.
    pub(crate) async fn app_token(
        &self,
        profile: &Profile,
        opts: &FetchOptions,
    ) -> Result<TokenInfo, ClientError> {
        let app = profile.app(opts.agent_id)?;
        let agent_id = app.agent_id;
        let slot = TokenSlot {
            key: app_account(&profile.app_id, agent_id),
            endpoint: TokenEndpoint::Gettoken,
            api_base: api_base(profile, opts),
        };
        self.token_through_cache(slot, opts.force_refresh, async {
            let secret = self.agent_secret(&profile.app_id, agent_id, opts).await?;
            let client = self.client(profile, opts)?;
            Ok(client
                .wecom_token(&profile.app_id, &secret, agent_id)
                .await?)
        })
        .await
    }

    /// The corp ticket (`kind = Jsapi`) or the agent ticket of one app (`AgentConfig`), from the
    /// cache while fresh, else fetched with the token of that app. The corp ticket is cached per
    /// corp, the agent ticket per (corpId, agentid).
    pub(crate) async fn app_ticket(
        &self,
        profile: &Profile,
        kind: TicketKind,
        opts: &FetchOptions,
    ) -> Result<TicketInfo, ClientError> {
        let platform = profile.platform;
        let Some(spec) = platform.ticket(kind.as_str()) else {
            return Err(ClientError::Profile(msg!(
                "wecom-no-such-ticket",
                platform = platform.name(),
                kind = kind.as_str()
            )));
        };
        let app = profile.app(opts.agent_id)?;
        let agent_id = app.agent_id;
        let corp = profile.app_id.clone();
        let app_key = app_account(&corp, agent_id);
        let slot = CacheSlot {
            key: spec.account(&corp, agent_id),
            token_key: app_key.clone(),
            kind,
            api_base: api_base(profile, opts),
            endpoint: spec.path.trim_start_matches("/cgi-bin/").to_owned(),
            origin: TicketOrigin::Wecom,
        };
        let flight = slot.flight(self);
        let _guard = flight.lock().await;
        if let Some(cached) = self.cached_ticket(&slot).await? {
            return Ok(cached);
        }
        let token_opts = FetchOptions {
            force_refresh: false,
            agent_id: Some(agent_id),
            ..opts.clone()
        };
        let token = self.app_token(profile, &token_opts).await?;
        let client = self.client(profile, opts)?;
        let answer = client
            .platform_ticket(&token.access_token, spec, Some(agent_id))
            .await;
        let mut info = self.keep_ticket(&slot, answer).await?;
        // Quotas are counted on their own keys so the corp's count spans every app.
        let cache = Arc::clone(&self.cache);
        let (corp_key, app_k, at) = (corp.clone(), app_key, info.fetched_at);
        let (corp_count, app_count) = blocking(move || {
            (
                cache.record_fetch(&quota_key(&corp_key), at),
                cache.record_fetch(&quota_key(&app_k), at),
            )
        })
        .await?;
        info.warnings = token.warnings;
        info.warnings.extend(quota_warnings(
            platform, &corp, agent_id, corp_count, app_count,
        ));
        Ok(info)
    }

    /// The secret of one app: `--secret-stdin`, else the session, `WXSIGN_APP_SECRET` or the
    /// keyring entry `corpId/agentid`.
    async fn agent_secret(
        &self,
        corp_id: &str,
        agent_id: u64,
        opts: &FetchOptions,
    ) -> Result<Secret, ClientError> {
        if let Some(s) = &opts.secret {
            return Ok(s.clone());
        }
        let secrets = Arc::clone(&self.secrets);
        let account = app_account(corp_id, agent_id);
        match blocking(move || secrets.app_secret(&account)).await?? {
            Some((s, _)) => Ok(s),
            None => Err(ClientError::NoAppSecret {
                corp_id: corp_id.to_owned(),
                agent_id,
            }),
        }
    }

    /// Ticket fetches of the last hour for the corp and for one of its apps, as the quotas count
    /// them (for the UI's and `wxsign ticket`'s display).
    pub async fn ticket_fetches(
        &self,
        corp_id: &str,
        agent_id: u64,
    ) -> Result<(usize, usize), ClientError> {
        let cache = Arc::clone(&self.cache);
        let now = (self.clock)();
        let (corp, app) = (
            quota_key(corp_id),
            quota_key(&app_account(corp_id, agent_id)),
        );
        blocking(move || {
            (
                cache.fetches_in_hour(&corp, now),
                cache.fetches_in_hour(&app, now),
            )
        })
        .await
    }
}

/// Warnings once a fetch brings the hour's count to [`QUOTA_WARN_PERCENT`] of a quota: WeCom
/// answers 45009 at the quota itself, for the rest of the hour.
pub fn quota_warnings(
    platform: Platform,
    corp_id: &str,
    agent_id: u64,
    corp_count: usize,
    app_count: usize,
) -> Vec<Msg> {
    let spec = platform.spec();
    let mut out = Vec::new();
    let near = |count: usize, quota: u32| count * 100 >= quota as usize * QUOTA_WARN_PERCENT;
    if let Some(q) = spec.hourly_ticket_quota
        && near(corp_count, q)
    {
        out.push(msg!(
            "wecom-quota-corp",
            count = corp_count,
            quota = q,
            corp_id = corp_id
        ));
    }
    if let Some(q) = spec.hourly_app_ticket_quota
        && near(app_count, q)
    {
        out.push(msg!(
            "wecom-quota-app",
            count = app_count,
            quota = q,
            agent_id = agent_id
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::text::Lang;
    use crate::i18n::Render;

    #[test]
    fn quotas_warn_before_they_are_reached() {
        let w = |corp, app| quota_warnings(Platform::Wecom, "ww1", 1000002, corp, app);
        assert!(w(1, 1).is_empty());
        assert!(w(299, 74).is_empty());
        let corp = w(300, 1);
        assert_eq!(corp.len(), 1);
        let corp = corp[0].get(Lang::En);
        assert!(corp.contains("300 of the 400"), "{corp}");
        let app = &w(1, 75)[0];
        assert!(app.get(Lang::En).contains("app 1000002") && app.get(Lang::Zh).contains("45009"));
        assert_eq!(w(400, 100).len(), 2);
        assert!(quota_warnings(Platform::OfficialAccount, "wx1", 0, 999, 999).is_empty());
    }
}

//! The credentials of a platform whose API is data (DingTalk, Feishu): one secret per account,
//! the token and the ticket from its [`crate::platform::ApiSpec`], both cached per id, behind
//! the same [`Credentials`] front and the same cache paths as the WeChat APIs.

use super::cached::TokenSlot;
use super::{CacheSlot, Credentials, FetchOptions, TicketInfo, TokenInfo, api_base};
use crate::profile::Profile;
use crate::wechat::{ClientError, TicketKind, TicketOrigin, TokenEndpoint};

impl Credentials {
    /// The profile's token: cached while fresh, else from the platform's token endpoint with
    /// the account's secret.
    pub(crate) async fn platform_token(
        &self,
        profile: &Profile,
        opts: &FetchOptions,
    ) -> Result<TokenInfo, ClientError> {
        let slot = TokenSlot {
            key: profile.app_id.clone(),
            endpoint: TokenEndpoint::Platform,
            api_base: api_base(profile, opts),
        };
        self.token_through_cache(slot, opts.force_refresh, async {
            let secret = self.app_secret(&profile.app_id, opts).await?;
            let client = self.client(profile, opts)?;
            let api = &profile.platform.spec().api;
            Ok(client
                .spec_token(&api.token, &profile.app_id, &secret)
                .await?)
        })
        .await
    }

    /// The profile's ticket: cached while fresh, else from the platform's ticket endpoint with
    /// the (cached) token; a token the API calls dead is dropped.
    pub(crate) async fn platform_ticket(
        &self,
        profile: &Profile,
        kind: TicketKind,
        opts: &FetchOptions,
    ) -> Result<TicketInfo, ClientError> {
        let api = &profile.platform.spec().api;
        let slot = CacheSlot {
            key: profile.app_id.clone(),
            token_key: profile.app_id.clone(),
            kind,
            api_base: api_base(profile, opts),
            endpoint: api.ticket.path.to_owned(),
            origin: TicketOrigin::Platform {
                platform: profile.platform,
            },
        };
        self.ticket_through_cache(&slot, async {
            let token_opts = FetchOptions {
                force_refresh: false,
                ..opts.clone()
            };
            let token = self.platform_token(profile, &token_opts).await?;
            let client = self.client(profile, opts)?;
            let answer = client
                .spec_ticket(&api.ticket, &profile.app_id, &token.access_token)
                .await;
            Ok((answer, token.warnings))
        })
        .await
    }
}

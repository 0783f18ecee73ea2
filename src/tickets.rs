//! Where a profile's tickets come from: the WeChat API, the WeCom API, the production backend's
//! Redis, or tickets the user pasted. [`Source::of`] is the only code that decides it, from the
//! profile; the worker, the CLI (`ticket`, `sign`, `verify`, `probe`) and the batch ask
//! [`Credentials::ticket`] for "the ticket of kind K for app A" and get it with its expiry and
//! where it came from, never knowing which source answered. The verifier's side of it, "that
//! ticket and the older ones a server may still sign with", is [`Credentials::ticket_candidates`].
//!
//! What a ticket kind is (one per account or one per app, the call it signs) is platform data
//! (`crate::platform`); where a source keeps each kind is the source's own data: the cache entry
//! and the pasted ticket's keyring entry follow [`crate::platform::TicketSpec::account`], a
//! Redis source has one key per kind ([`RedisSettings::for_ticket`]).

use std::sync::Arc;

use crate::cache::Cached;
use crate::core::text::{list, msg};
use crate::core::verify::{TicketCandidate, TicketOrigin};
use crate::platform::{ApiFlow, TicketSpec};
use crate::profile::{Profile, RedisSettings, TicketSource};
use crate::secret::Secret;
use crate::wechat::{ClientError, Credentials, FetchOptions, TicketInfo, TicketKind, TokenInfo};

/// Where one profile's tickets (and, for Redis with a token key, its access_token) come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source<'p> {
    /// The Official Account API: `stable_token` (or `cgi-bin/token`) and `getticket`, cached
    /// per appId.
    WechatApi,
    /// WeCom's API: `gettoken` with each app's own secret, the corp ticket cached per corp and
    /// each agent ticket per app, the hourly quotas counted.
    WecomApi,
    /// The API of a platform described as data (DingTalk, Feishu): token and ticket from its
    /// `ApiSpec`, cached per id.
    PlatformApi,
    /// The production backend's Redis, read-only: one key per ticket kind, never cached here.
    Redis(&'p RedisSettings),
    /// Tickets the user pasted, one secret-store entry per ticket kind; nothing is fetched.
    Pasted,
}

impl<'p> Source<'p> {
    /// The only place that decides where a profile's tickets come from.
    pub fn of(profile: &'p Profile) -> Self {
        match &profile.ticket_source {
            TicketSource::Wechat => Self::api(profile),
            TicketSource::Redis(settings) => Source::Redis(settings),
            TicketSource::Pasted => Source::Pasted,
        }
    }

    /// The platform's own API: where the token comes from when the source has none.
    fn api(profile: &Profile) -> Self {
        match profile.platform.spec().flow {
            ApiFlow::OfficialAccount => Source::WechatApi,
            ApiFlow::WecomApps => Source::WecomApi,
            ApiFlow::Spec => Source::PlatformApi,
        }
    }

    /// Whether a ticket from this source is fetched with an access_token, and so needs the
    /// app's secret (`doctor` says whether a missing appSecret matters).
    pub fn needs_token(self) -> bool {
        matches!(
            self,
            Source::WechatApi | Source::WecomApi | Source::PlatformApi
        )
    }

    /// Whether fetching the access_token next to the tickets is free: the APIs need it anyway,
    /// a Redis source with a token key reads it from the same place. For pasted tickets or a
    /// Redis source without a token key, asking the API for a token would spend quota and need
    /// an appSecret for nothing.
    pub fn shows_token(self) -> bool {
        match self {
            Source::WechatApi | Source::WecomApi | Source::PlatformApi => true,
            Source::Redis(r) => r.token_key.is_some(),
            Source::Pasted => false,
        }
    }

    /// Whether this source has a place for the ticket of `kind` of app `agent_id` at all: the
    /// APIs and pasted tickets always do (a missing paste is then said), a Redis source only
    /// with a key for it. Lets the window skip a fetch that can only fail.
    pub fn keeps(self, profile: &Profile, kind: TicketKind, agent_id: Option<u64>) -> bool {
        let Ok(spec) = spec_of(profile, kind) else {
            return false;
        };
        match self {
            Source::WechatApi | Source::WecomApi | Source::PlatformApi | Source::Pasted => true,
            Source::Redis(settings) => settings.for_ticket(spec, agent_id).is_some(),
        }
    }

    async fn ticket(
        self,
        c: &Credentials,
        profile: &Profile,
        kind: TicketKind,
        opts: &FetchOptions,
    ) -> Result<TicketInfo, ClientError> {
        match self {
            Source::WechatApi => c.api_ticket(profile, kind, opts).await,
            Source::WecomApi => c.app_ticket(profile, kind, opts).await,
            Source::PlatformApi => c.platform_ticket(profile, kind, opts).await,
            Source::Redis(settings) => {
                let spec = spec_of(profile, kind)?;
                let settings = settings.for_ticket(spec, opts.agent_id).ok_or_else(|| {
                    let agent = opts.agent_id.unwrap_or_default();
                    ClientError::Profile(msg!(
                        "tickets-redis-no-agent-key",
                        name = profile.name.as_str(),
                        agent_id = agent
                    ))
                })?;
                crate::redis_source::ticket_from(
                    c.log(),
                    c.secrets(),
                    profile,
                    &settings,
                    kind,
                    c.now(),
                )
                .await
            }
            Source::Pasted => {
                let account = crate::pasted_source::account(profile, kind, opts.agent_id)?;
                // The app is named in the messages only for a per-app ticket.
                let per_app = spec_of(profile, kind).is_ok_and(|t| t.per_app);
                let app = opts.agent_id.filter(|_| per_app);
                crate::pasted_source::ticket_at(
                    c.secrets(),
                    profile,
                    (&account, app),
                    kind,
                    c.now(),
                )
                .await
            }
        }
    }

    async fn token(
        self,
        c: &Credentials,
        profile: &Profile,
        opts: &FetchOptions,
    ) -> Result<TokenInfo, ClientError> {
        match self {
            Source::Redis(settings) if settings.token_key.is_some() => {
                crate::redis_source::token_from(c.log(), c.secrets(), profile, settings, c.now())
                    .await
            }
            // Any other source: the platform's own API issues the token.
            _ => match Self::api(profile) {
                Source::WecomApi => c.app_token(profile, opts).await,
                Source::PlatformApi => c.platform_token(profile, opts).await,
                _ => c.api_token(profile, opts).await,
            },
        }
    }
}

/// Every ticket a profile's config calls are signed with, as data from its platform: the
/// jsapi (WeCom: corp) ticket, and on WeCom one agent ticket per app. `agent_id` is `None`
/// for a ticket of the whole account. Card tickets sign no config call and are left out.
pub fn config_tickets(profile: &Profile) -> Vec<(TicketKind, Option<u64>)> {
    let mut out = Vec::new();
    for spec in profile.platform.spec().tickets {
        let Some(kind) = TicketKind::of(spec.kind) else {
            continue;
        };
        if spec.signs.is_none() {
            continue;
        }
        if spec.per_app {
            out.extend(profile.apps.iter().map(|a| (kind, Some(a.agent_id))));
        } else {
            out.push((kind, None));
        }
    }
    out
}

/// The kinds whose ticket a server signs a `spec` call with by mistake, as platform data: after
/// an account-wide ticket that signs a config call, every account-wide kind that signs none
/// (the Official Account's card ticket). None after a per-app ticket.
fn mixup_kinds(profile: &Profile, spec: &TicketSpec) -> Vec<TicketKind> {
    if spec.per_app || spec.signs.is_none() {
        return Vec::new();
    }
    profile
        .platform
        .spec()
        .tickets
        .iter()
        .filter(|t| t.signs.is_none() && !t.per_app)
        .filter_map(|t| TicketKind::of(t.kind))
        .filter(|k| mixup_origin(*k).is_some())
        .collect()
}

/// How the verifier names a ticket of `kind` tried in place of the right one.
fn mixup_origin(kind: TicketKind) -> Option<TicketOrigin> {
    match kind {
        TicketKind::WxCard => Some(TicketOrigin::WxCard),
        TicketKind::Jsapi | TicketKind::AgentConfig => None,
    }
}

/// `current` as `Current`, the cache's `older` tickets of its kind (newest first) as `Stale`,
/// then the `mixed` up kinds' tickets; a ticket equal to the current one is not tried twice
/// (the cache's newest is normally the one just fetched).
fn candidates(
    current: Secret,
    older: Vec<Cached>,
    mixed: Vec<(TicketKind, Secret)>,
) -> Vec<TicketCandidate> {
    let stale = older.into_iter().map(|c| TicketCandidate {
        ticket: c.value,
        origin: TicketOrigin::Stale {
            fetched_at: Some(c.fetched_at),
        },
    });
    let mixed = mixed
        .into_iter()
        .filter_map(|(k, ticket)| mixup_origin(k).map(|origin| TicketCandidate { ticket, origin }));
    let mut out = vec![TicketCandidate {
        ticket: current,
        origin: TicketOrigin::Current,
    }];
    for c in stale.chain(mixed) {
        if out.iter().all(|o| o.ticket.reveal() != c.ticket.reveal()) {
            out.push(c);
        }
    }
    out
}

/// The platform's spec of `kind`, or the error that lists the kinds it has.
fn spec_of(profile: &Profile, kind: TicketKind) -> Result<&'static TicketSpec, ClientError> {
    profile.platform.ticket(kind.as_str()).ok_or_else(|| {
        let kinds: Vec<&str> = profile
            .platform
            .spec()
            .tickets
            .iter()
            .map(|t| t.kind)
            .collect();
        ClientError::Profile(msg!(
            "tickets-no-such-kind",
            platform = profile.platform.name(),
            kind = kind.as_str(),
            kinds = list(kinds.iter().cloned())
        ))
    })
}

impl Credentials {
    /// The ticket of `kind` for the app `opts.agent_id` (WeCom; the profile's first app without
    /// it), from wherever the profile's tickets come from, with its expiry and origin. The one
    /// call the worker, the CLI and the batch make for a ticket.
    pub async fn ticket(
        &self,
        profile: &Profile,
        kind: TicketKind,
        opts: &FetchOptions,
    ) -> Result<TicketInfo, ClientError> {
        let spec = spec_of(profile, kind)?;
        // A per-app ticket belongs to one app: resolved once, so every source keys it alike
        // and the answer says whose it is.
        let agent_id = if spec.per_app {
            Some(profile.app(opts.agent_id)?.agent_id)
        } else {
            None
        };
        let opts = FetchOptions {
            agent_id: agent_id.or(opts.agent_id),
            ..opts.clone()
        };
        let mut info = Source::of(profile)
            .ticket(self, profile, kind, &opts)
            .await?;
        info.kind = kind;
        info.agent_id = agent_id;
        Ok(info)
    }

    /// The tickets a server may have signed a call of `kind` with, as the verifier tries them:
    /// the current one from the profile's source ([`Credentials::ticket`]) as `Current`, then
    /// the older ones this machine's cache holds for exactly that kind and account (per app for
    /// an agent ticket, [`TicketSpec::account`]) as `Stale`, newest first, the current one never
    /// repeated; after an account's config ticket, the newest cached ticket of each kind that
    /// signs no config call (the card ticket, the classic mix-up). Only the API sources write
    /// the cache, so a pasted or Redis profile gets the tickets this appId was fetched with
    /// earlier, if any. The one call `verify`, `probe` and the batch make, so none of them reads
    /// the cache or knows the source; a failure is the current ticket's.
    pub async fn ticket_candidates(
        &self,
        profile: &Profile,
        kind: TicketKind,
        opts: &FetchOptions,
    ) -> Result<Vec<TicketCandidate>, ClientError> {
        let current = self.ticket(profile, kind, opts).await?;
        let spec = spec_of(profile, kind)?;
        let account = spec.account(&profile.app_id, current.agent_id.unwrap_or_default());
        let mixups = mixup_kinds(profile, spec);
        let cache = Arc::clone(self.cache());
        let (older, mixed) = tokio::task::spawn_blocking(move || {
            let older = cache.ticket_history(&account, kind);
            let mixed: Vec<(TicketKind, Secret)> = mixups
                .into_iter()
                .filter_map(|k| {
                    let newest = cache.ticket_history(&account, k).into_iter().next();
                    newest.map(|c| (k, c.value))
                })
                .collect();
            (older, mixed)
        })
        .await
        .map_err(|e| ClientError::Internal(format!("a background task failed: {e}")))?;
        Ok(candidates(current.ticket, older, mixed))
    }

    /// The access_token of the profile (WeCom: of the app `opts.agent_id`): production's Redis
    /// when the profile reads it there, else the platform's API, cached.
    pub async fn token(
        &self,
        profile: &Profile,
        opts: &FetchOptions,
    ) -> Result<TokenInfo, ClientError> {
        Source::of(profile).token(self, profile, opts).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cached(value: &str, fetched_at: i64) -> Cached {
        Cached {
            value: Secret::new(value),
            fetched_at,
            expires_in: 7200,
            endpoint: "getticket".into(),
            api_base: String::new(),
        }
    }

    fn seen(c: &[TicketCandidate]) -> Vec<(&str, TicketOrigin)> {
        c.iter()
            .map(|c| (c.ticket.reveal(), c.origin.clone()))
            .collect()
    }

    fn stale(at: i64) -> TicketOrigin {
        TicketOrigin::Stale {
            fetched_at: Some(at),
        }
    }

    #[test]
    fn candidates_put_the_current_first_and_never_twice() {
        // (name, current, cache history newest first, card ticket, expected)
        type Row = (
            &'static str,
            &'static str,
            Vec<Cached>,
            Option<&'static str>,
            Vec<(&'static str, TicketOrigin)>,
        );
        let rows: Vec<Row> = vec![
            (
                "nothing cached",
                "t",
                vec![],
                None,
                vec![("t", TicketOrigin::Current)],
            ),
            (
                "the cache's newest is the current one",
                "t3",
                vec![cached("t3", 30), cached("t2", 20), cached("t1", 10)],
                None,
                vec![
                    ("t3", TicketOrigin::Current),
                    ("t2", stale(20)),
                    ("t1", stale(10)),
                ],
            ),
            (
                "the current one is not the cache's (pasted): every cached one is older",
                "p",
                vec![cached("t2", 20), cached("t1", 10)],
                None,
                vec![
                    ("p", TicketOrigin::Current),
                    ("t2", stale(20)),
                    ("t1", stale(10)),
                ],
            ),
            (
                "the current one further down the history is not repeated",
                "t1",
                vec![cached("t2", 20), cached("t1", 10)],
                None,
                vec![("t1", TicketOrigin::Current), ("t2", stale(20))],
            ),
            (
                "the card ticket last",
                "t2",
                vec![cached("t2", 20), cached("t1", 10)],
                Some("card"),
                vec![
                    ("t2", TicketOrigin::Current),
                    ("t1", stale(10)),
                    ("card", TicketOrigin::WxCard),
                ],
            ),
        ];
        for (name, current, older, card, want) in rows {
            let mixed = card
                .map(|c| (TicketKind::WxCard, Secret::new(c)))
                .into_iter()
                .collect();
            let got = candidates(Secret::new(current), older, mixed);
            assert_eq!(seen(&got), want, "{name}");
        }
    }

    #[test]
    fn only_an_account_config_ticket_has_mix_ups() {
        let oa = Profile::new("p", "wx0123456789abcdef");
        let corp = Profile::new_wecom("c", "ww0123456789abcdef");
        let spec = |p: &Profile, k: TicketKind| p.platform.ticket(k.as_str()).unwrap();
        assert_eq!(
            mixup_kinds(&oa, spec(&oa, TicketKind::Jsapi)),
            [TicketKind::WxCard]
        );
        assert!(mixup_kinds(&oa, spec(&oa, TicketKind::WxCard)).is_empty());
        assert!(mixup_kinds(&corp, spec(&corp, TicketKind::Jsapi)).is_empty());
        assert!(mixup_kinds(&corp, spec(&corp, TicketKind::AgentConfig)).is_empty());
    }
}

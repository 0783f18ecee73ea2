//! DingTalk (钉钉), DOMAIN.md §13: `dd.config` signs WeChat's string1 with SHA-256 over the URL
//! with its query decoded once (the official Java sample: `URLDecoder`, `+` becomes a space).
//! Old docs and demos sign with SHA-1 and teams still ship such signers; whether DingTalk still
//! accepts SHA-1 is unconfirmed, so the verifier tries it and names it.

use super::{
    ApiFlow, ApiSpec, Auth, CallFields, ConfigCall, DomainRule, Endpoint, Errcode, IdBody, IdRule,
    Method, Platform, PlatformSpec, RefreshRule, Request, Status, TicketSpec, Value,
};
use crate::core::sign::{Digest, Recipe, RecipeMistake, Slip, TimestampUnit, UrlRule};
use crate::core::text::msg;
use crate::core::urlcheck::{DomainWording, PortRule};

/// The current API (`api.dingtalk.com`); the old `oapi.dingtalk.com` answers `errcode/errmsg`.
pub const API_BASE: &str = "https://api.dingtalk.com";

const RECIPE: Recipe = Recipe {
    digest: Digest::Sha256,
    timestamp: TimestampUnit::Seconds,
    url: UrlRule::DecodeQueryOnce,
};

const fn with(digest: Digest, url: UrlRule) -> Recipe {
    Recipe {
        digest,
        timestamp: TimestampUnit::Seconds,
        url,
    }
}

/// How the check-url findings speak of the app's page domains.
static DOMAINS: DomainWording = DomainWording {
    title: msg!("dingtalk-domains-title"),
    none: msg!("dingtalk-domains-none"),
    none_fix: msg!("dingtalk-domains-none-fix"),
    outside: |page, list| msg!("dingtalk-domains-outside", page = page, list = list),
    outside_fix: msg!("dingtalk-domains-outside-fix"),
    port: PortRule::Undocumented,
};

pub(super) static SPEC: PlatformSpec = PlatformSpec {
    platform: Platform::Dingtalk,
    key: "dingtalk",
    api_name: msg!("dingtalk-api-name"),
    api_source_label: msg!("dingtalk-api-source"),
    id: IdRule {
        label: "appKey",
        prefixes: &["ding"],
        body: IdBody::Alnum { min: 6, max: 40 },
        example: "dingabcdefgh12345678",
        console: msg!("dingtalk-id-console"),
    },
    per_app_secrets: false,
    default_api_base: API_BASE,
    token_path: "/v1.0/oauth2/accessToken",
    forced_token_is_costly: false,
    tickets: &[TicketSpec {
        kind: "jsapi",
        name: msg!("dingtalk-ticket"),
        path: "/v1.0/oauth2/jsapiTickets",
        type_param: None,
        signs: Some("dd.config"),
        per_app: false,
    }],
    hourly_ticket_quota: None,
    hourly_app_ticket_quota: None,
    errcode_link: None,
    domain_wording: &DOMAINS,
    calls: &[ConfigCall {
        js: "dd.config",
        ticket_kind: "jsapi",
        fields: CallFields {
            // Third-party apps pass appId instead of agentId.
            ids: &["agentId", "corpId"],
            timestamp: "timeStamp",
            nonce: "nonceStr",
            signature: "signature",
            timestamp_is_number: false,
            extra: &[("type", "0")],
            profile_id: None,
            wechat_api_list: false,
        },
        recipe: RECIPE,
        mistakes: &[
            RecipeMistake {
                code: "sha1_for_sha256",
                slip: Slip::Recipe(with(Digest::Sha1, UrlRule::DecodeQueryOnce)),
                message: msg!("dingtalk-sha1-for-sha256"),
                refused: false,
            },
            RecipeMistake {
                code: "query_not_decoded",
                slip: Slip::Recipe(with(Digest::Sha256, UrlRule::AsIs)),
                message: msg!("dingtalk-query-not-decoded"),
                refused: false,
            },
            RecipeMistake {
                code: "query_decoded_plus_kept",
                slip: Slip::Recipe(with(Digest::Sha256, UrlRule::DecodeQueryKeepPlus)),
                message: msg!("dingtalk-query-decoded-plus-kept"),
                refused: false,
            },
            RecipeMistake {
                code: "sha1_for_sha256+query_not_decoded",
                slip: Slip::Recipe(with(Digest::Sha1, UrlRule::AsIs)),
                message: msg!("dingtalk-sha1-query-not-decoded"),
                refused: false,
            },
        ],
    }],
    flow: ApiFlow::Spec,
    api: ApiSpec {
        default_base: API_BASE,
        other_bases: &[],
        token: Endpoint {
            method: Method::Post,
            path: "/v1.0/oauth2/accessToken",
            request: Request::Json(&[("appKey", Value::Id), ("appSecret", Value::Secret)]),
            auth: Auth::None,
            status: Status::HttpCodeMessage,
            value: "accessToken",
            expiry: "expireIn",
        },
        ticket: Endpoint {
            method: Method::Post,
            path: "/v1.0/oauth2/jsapiTickets",
            request: Request::Json(&[]),
            auth: Auth::Header("x-acs-dingtalk-access-token"),
            status: Status::HttpCodeMessage,
            value: "jsapiTicket",
            expiry: "expireIn",
        },
    },
    errcodes: &[
        Errcode {
            codes: &[52013],
            meaning: msg!("dingtalk-52013"),
            fix: msg!("dingtalk-52013-fix"),
        },
        Errcode {
            codes: &[3],
            meaning: msg!("dingtalk-client-3"),
            fix: msg!("dingtalk-client-3-fix"),
        },
        Errcode {
            codes: &[45009],
            meaning: msg!("dingtalk-45009"),
            fix: msg!("dingtalk-45009-fix"),
        },
    ],
    unknown_errcode: |code| {
        (
            msg!("dingtalk-unknown", errcode = code),
            msg!("dingtalk-unknown-fix"),
        )
    },
    caller_ip_errcodes: &[],
    allow_ip_fix: |ip, console| msg!("wechat-fix-allow-ip", ip = ip, console = console),
    name: msg!("dingtalk-name"),
    ip_console: msg!("dingtalk-ip-console"),
    domain: DomainRule {
        label: msg!("dingtalk-domain-label"),
        entry_label: msg!("dingtalk-domain-label"),
        console: msg!("dingtalk-domain-console"),
        list_label: msg!("gui-platforms-dingtalk-domains"),
        list_hint: msg!("gui-platforms-dingtalk-domains-hint"),
        // Not documented.
        limit: None,
    },
    // Fetching again while valid returns the same ticket, extended by 2 h up to 24 h.
    refresh: RefreshRule::RenewedInPlace,
    probe: false,
};

#[cfg(test)]
mod tests {
    use crate::core::sign::sign_with;
    use crate::platform::Platform;

    /// DOMAIN.md §13's DingTalk vectors (computed there): the page, and what each recipe signs.
    const PAGE: &str = "https://open.dingtalk.com/page?name=%E9%92%89%E9%92%89&x=1+2";
    const TICKET: &str = "dsf8sdf87sd7f87sd8v8ds0vs09dvu09sd8vy87dsv87";

    #[test]
    fn dd_config_signs_the_section_13_vector() {
        let call = &Platform::Dingtalk.spec().calls[0];
        assert_eq!((call.js, call.fields.timestamp), ("dd.config", "timeStamp"));
        let sig = sign_with(&call.recipe, TICKET, "abcdefg", "1414588745", PAGE);
        assert_eq!(sig.url, "https://open.dingtalk.com/page?name=钉钉&x=1 2");
        assert_eq!(
            sig.signature,
            "d38804745f6813b78f351fab2ac5b01fac7778e6f49a0a87e4bed727ee4c020e"
        );
    }

    #[test]
    fn each_mistake_reproduces_its_section_13_vector() {
        let expected = [
            (
                "sha1_for_sha256",
                "125630396648c608088f17bcd540ed2ea05da440",
            ),
            (
                "query_not_decoded",
                "92af825a4c4a6b53866eddc9bc52118a7a12d9b10601ed7897bb9bd1306f5f26",
            ),
            (
                "query_decoded_plus_kept",
                "858a96dc8c38141e6bb2f13361e0d3bde4c422ba4f08c2b696e5ec7a3cf4f3a3",
            ),
            (
                "sha1_for_sha256+query_not_decoded",
                "2ea23a62c6870648b234a211d308ccf742084c02",
            ),
        ];
        let call = &Platform::Dingtalk.spec().calls[0];
        assert_eq!(call.mistakes.len(), expected.len());
        for (m, (code, sig)) in call.mistakes.iter().zip(expected) {
            let crate::core::sign::Slip::Recipe(r) = m.slip else {
                panic!("{} is a recipe", m.code);
            };
            assert_eq!(m.code, code);
            assert_eq!(
                sign_with(&r, TICKET, "abcdefg", "1414588745", PAGE).signature,
                sig,
                "{code}"
            );
        }
    }

    #[test]
    fn api_and_rules_are_section_13() {
        let spec = Platform::Dingtalk.spec();
        assert!(spec.id.accepts("dingabcdefgh12345678"));
        assert!(!spec.id.accepts("wx1234567890abcdef"));
        assert!(!spec.id.accepts("dingABC"));
        assert_eq!(spec.api.token.path, "/v1.0/oauth2/accessToken");
        assert_eq!(
            spec.api.ticket.auth,
            super::Auth::Header("x-acs-dingtalk-access-token")
        );
        let codes: Vec<&[i64]> = spec.errcodes.iter().map(|e| e.codes).collect();
        assert_eq!(codes, [&[52013][..], &[3], &[45009]]);
        assert!(!spec.probe && spec.domain.limit.is_none());
        assert_eq!(spec.refresh, super::RefreshRule::RenewedInPlace);
    }
}

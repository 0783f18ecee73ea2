//! Feishu / Lark (飞书), DOMAIN.md §13: `h5sdk.config` signs WeChat's string1 with SHA-1 and a
//! **millisecond** timestamp, passed as a number. A seconds timestamp is *the* Feishu bug, the
//! opposite of WeChat's warning; tokens and tickets answer `code/msg/data`, and a fresh one
//! comes while the old one is still valid, so two tickets can sign at once.

use super::{
    ApiFlow, ApiSpec, Auth, CallFields, ConfigCall, DomainRule, Endpoint, Errcode, IdBody, IdRule,
    Method, Platform, PlatformSpec, RefreshRule, Request, Status, TicketSpec, Value,
};
use crate::core::sign::{Digest, Recipe, RecipeMistake, Slip, TimestampUnit, UrlRule};
use crate::core::text::msg;
use crate::core::urlcheck::{DomainWording, PortRule};

/// Feishu's API; Lark (international) is `open.larksuite.com`.
pub const API_BASE: &str = "https://open.feishu.cn";

/// How the check-url findings speak of the app's page domains.
static DOMAINS: DomainWording = DomainWording {
    title: msg!("feishu-domains-title"),
    none: msg!("feishu-domains-none"),
    none_fix: msg!("feishu-domains-none-fix"),
    outside: |page, list| msg!("feishu-domains-outside", page = page, list = list),
    outside_fix: msg!("feishu-domains-outside-fix"),
    port: PortRule::InEntry,
};

pub(super) static SPEC: PlatformSpec = PlatformSpec {
    platform: Platform::Feishu,
    key: "feishu",
    api_name: msg!("feishu-api-name"),
    api_source_label: msg!("feishu-api-source"),
    id: IdRule {
        label: "app_id",
        prefixes: &["cli_"],
        body: IdBody::Alnum { min: 8, max: 32 },
        example: "cli_a1b2c3d4e5f6a7b8",
        console: msg!("feishu-id-console"),
    },
    per_app_secrets: false,
    default_api_base: API_BASE,
    token_path: "/open-apis/auth/v3/tenant_access_token/internal",
    forced_token_is_costly: false,
    tickets: &[TicketSpec {
        kind: "jsapi",
        name: msg!("feishu-ticket"),
        path: "/open-apis/jssdk/ticket/get",
        type_param: None,
        signs: Some("h5sdk.config"),
        per_app: false,
    }],
    hourly_ticket_quota: None,
    hourly_app_ticket_quota: None,
    errcode_link: None,
    domain_wording: &DOMAINS,
    calls: &[ConfigCall {
        js: "h5sdk.config",
        ticket_kind: "jsapi",
        fields: CallFields {
            ids: &["appId"],
            timestamp: "timestamp",
            nonce: "nonceStr",
            signature: "signature",
            timestamp_is_number: true,
            extra: &[],
            profile_id: Some("appId"),
            wechat_api_list: false,
        },
        recipe: Recipe {
            digest: Digest::Sha1,
            timestamp: TimestampUnit::Millis,
            url: UrlRule::AsIs,
        },
        mistakes: &[RecipeMistake {
            code: "seconds_for_ms",
            slip: Slip::TimestampIn(TimestampUnit::Seconds),
            message: msg!("feishu-seconds-for-ms"),
            refused: true,
        }],
    }],
    flow: ApiFlow::Spec,
    api: ApiSpec {
        default_base: API_BASE,
        other_bases: &["https://open.larksuite.com"],
        token: Endpoint {
            method: Method::Post,
            path: "/open-apis/auth/v3/tenant_access_token/internal",
            request: Request::Json(&[("app_id", Value::Id), ("app_secret", Value::Secret)]),
            auth: Auth::None,
            status: Status::CodeMsg,
            value: "tenant_access_token",
            expiry: "expire",
        },
        ticket: Endpoint {
            method: Method::Post,
            path: "/open-apis/jssdk/ticket/get",
            request: Request::Json(&[]),
            auth: Auth::Bearer,
            status: Status::CodeMsg,
            value: "data.ticket",
            expiry: "data.expire_in",
        },
    },
    errcodes: &[Errcode {
        codes: &[99991401],
        meaning: msg!("feishu-99991401"),
        fix: msg!("feishu-99991401-fix"),
    }],
    unknown_errcode: |code| {
        (
            msg!("feishu-unknown", errcode = code),
            msg!("feishu-unknown-fix"),
        )
    },
    caller_ip_errcodes: &[],
    allow_ip_fix: |ip, console| msg!("wechat-fix-allow-ip", ip = ip, console = console),
    name: msg!("feishu-name"),
    ip_console: msg!("feishu-ip-console"),
    domain: DomainRule {
        label: msg!("feishu-domain-label"),
        entry_label: msg!("feishu-domain-label"),
        console: msg!("feishu-domain-console"),
        list_label: msg!("gui-platforms-feishu-domains"),
        list_hint: msg!("gui-platforms-feishu-domains-hint"),
        // Not documented.
        limit: None,
    },
    // With less than 30 minutes left a new one comes, the old one valid until it expires.
    refresh: RefreshRule::NewWhileOldValid { within_secs: 1800 },
    probe: false,
};

#[cfg(test)]
mod tests {
    use crate::core::sign::{Slip, TimestampUnit, sign_with};
    use crate::platform::{Platform, RefreshRule};

    #[test]
    fn h5sdk_config_signs_the_official_vector() {
        let call = &Platform::Feishu.spec().calls[0];
        assert_eq!(call.js, "h5sdk.config");
        // DOMAIN.md §13, Feishu's official vector.
        let sig = sign_with(
            &call.recipe,
            "617bf955832a4d4d80d9d8d85917a427",
            "Y7a8KkqX041bsSwT",
            "1510045655000",
            "https://example.cn/test/1234/content.html",
        );
        assert_eq!(sig.signature, "40a68999ecf7e05907edba43b31a50fd1830c777");
        assert_eq!(
            call.signed_call("1510045655000", "Y7a8KkqX041bsSwT", &sig.signature),
            "h5sdk.config({timestamp: 1510045655000, nonceStr: \"Y7a8KkqX041bsSwT\", signature: \"40a68999ecf7e05907edba43b31a50fd1830c777\"})"
        );
        assert_eq!(call.recipe.timestamp, TimestampUnit::Millis);
        assert_eq!(
            call.mistakes[0].slip,
            Slip::TimestampIn(TimestampUnit::Seconds)
        );
    }

    #[test]
    fn api_and_rules_are_section_13() {
        let spec = Platform::Feishu.spec();
        assert!(spec.id.accepts("cli_a1b2c3d4e5f6a7b8"));
        assert!(spec.id.accepts("cli_slkdjalasdkjasd"), "the docs' example");
        assert!(!spec.id.accepts("cli_"));
        assert!(!spec.id.accepts("wx1234567890abcdef"));
        assert_eq!(spec.api.ticket.value, "data.ticket");
        assert_eq!(spec.api.ticket.expiry, "data.expire_in");
        assert_eq!(spec.api.token.expiry, "expire");
        assert_eq!(spec.api.ticket.auth, super::Auth::Bearer);
        assert_eq!(
            spec.refresh,
            RefreshRule::NewWhileOldValid { within_secs: 1800 }
        );
        assert_eq!(
            spec.domain_wording.port,
            crate::core::urlcheck::PortRule::InEntry
        );
        assert!(!spec.probe);
        assert_eq!(spec.errcodes[0].codes, [99991401]);
    }
}

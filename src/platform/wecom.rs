//! WeCom as data: its spec (corpId, an app's own secret and agent ticket, trusted domains) and its
//! errcode table (DOMAIN.md §10): its codes mean other things than the Official Account's (40001 is
//! a wrong secret there), read through the platform's spec.

use super::*;
use crate::core::text::msg;

/// DOMAIN.md §10: WeCom's token and ticket errcodes.
pub(super) static ERRCODES: &[Errcode] = &[
    Errcode {
        codes: &[-1],
        meaning: msg!("errcode-wecom-busy"),
        fix: msg!("errcode-wecom-busy-fix"),
    },
    Errcode {
        codes: &[40001],
        meaning: msg!("errcode-wecom-40001"),
        fix: msg!("errcode-wecom-40001-fix"),
    },
    Errcode {
        codes: &[40013],
        meaning: msg!("errcode-wecom-40013"),
        fix: msg!("errcode-wecom-40013-fix"),
    },
    Errcode {
        codes: &[40014],
        meaning: msg!("errcode-wecom-40014"),
        fix: msg!("errcode-wecom-40014-fix"),
    },
    Errcode {
        codes: &[40056],
        meaning: msg!("errcode-wecom-40056"),
        fix: msg!("errcode-wecom-40056-fix"),
    },
    Errcode {
        codes: &[40091],
        meaning: msg!("errcode-wecom-40091"),
        fix: msg!("errcode-wecom-40091-fix"),
    },
    Errcode {
        codes: &[40093],
        meaning: msg!("errcode-wecom-40093"),
        fix: msg!("errcode-wecom-40093-fix"),
    },
    Errcode {
        codes: &[41001, 41002, 41004],
        meaning: msg!("errcode-wecom-41001"),
        fix: msg!("errcode-wecom-41001-fix"),
    },
    Errcode {
        codes: &[42001],
        meaning: msg!("errcode-wecom-42001"),
        fix: msg!("errcode-wecom-42001-fix"),
    },
    Errcode {
        codes: &[42012],
        meaning: msg!("errcode-wecom-42012"),
        fix: msg!("errcode-wecom-42012-fix"),
    },
    Errcode {
        codes: &[45009],
        meaning: msg!("errcode-wecom-45009"),
        fix: msg!("errcode-wecom-45009-fix"),
    },
    Errcode {
        codes: &[48002],
        meaning: msg!("errcode-wecom-48002"),
        fix: msg!("errcode-wecom-48002-fix"),
    },
    Errcode {
        codes: &[60020],
        meaning: msg!("errcode-wecom-60020"),
        fix: msg!("errcode-wecom-60020-fix"),
    },
    Errcode {
        codes: &[80001],
        meaning: msg!("errcode-wecom-80001"),
        fix: msg!("errcode-wecom-80001-fix"),
    },
    Errcode {
        codes: &[91040],
        meaning: msg!("errcode-wecom-91040"),
        fix: msg!("errcode-wecom-91040-fix"),
    },
];

pub(super) static SPEC: PlatformSpec = PlatformSpec {
    platform: Platform::Wecom,
    key: "wecom",
    api_name: msg!("platform-wecom-api-name"),
    api_source_label: msg!("platform-wecom-api-source"),
    id: IdRule {
        label: "corpId",
        prefixes: &["ww", "wx"],
        body: IdBody::Hex(16),
        example: "ww1234567890abcdef",
        console: msg!("platform-wecom-id-console"),
    },
    per_app_secrets: true,
    default_api_base: WECOM_API_BASE,
    token_path: "/cgi-bin/gettoken",
    forced_token_is_costly: false,
    tickets: &[
        TicketSpec {
            kind: "jsapi",
            name: msg!("platform-wecom-corp-ticket"),
            path: "/cgi-bin/get_jsapi_ticket",
            type_param: None,
            signs: Some("wx.config"),
            per_app: false,
        },
        TicketSpec {
            kind: "agent_config",
            name: msg!("platform-wecom-agent-ticket"),
            path: "/cgi-bin/ticket/get",
            type_param: Some("agent_config"),
            signs: Some("wx.agentConfig"),
            per_app: true,
        },
    ],
    hourly_ticket_quota: Some(400),
    hourly_app_ticket_quota: Some(100),
    errcode_link: Some("https://open.work.weixin.qq.com/devtool/query?e="),
    domain_wording: &WECOM_TRUSTED_DOMAINS,
    calls: &[
        ConfigCall {
            js: "wx.config",
            ticket_kind: "jsapi",
            fields: CallFields {
                extra: &[("beta", "true")],
                ..WX_CONFIG_FIELDS
            },
            recipe: Recipe::WECHAT,
            mistakes: crate::core::verify::WECHAT_MISTAKES,
        },
        ConfigCall {
            js: "wx.agentConfig",
            ticket_kind: "agent_config",
            fields: CallFields {
                ids: &["corpid", "agentid"],
                profile_id: Some("corpid"),
                ..WX_CONFIG_FIELDS
            },
            recipe: Recipe::WECHAT,
            mistakes: crate::core::verify::WECHAT_MISTAKES,
        },
    ],
    flow: ApiFlow::WecomApps,
    api: ApiSpec {
        default_base: WECOM_API_BASE,
        other_bases: &[],
        token: Endpoint {
            method: Method::Get,
            path: "/cgi-bin/gettoken",
            request: Request::Query(&[("corpid", Value::Id), ("corpsecret", Value::Secret)]),
            auth: Auth::None,
            status: Status::ErrcodeErrmsg,
            value: "access_token",
            expiry: "expires_in",
        },
        ticket: Endpoint {
            method: Method::Get,
            path: "/cgi-bin/get_jsapi_ticket",
            request: Request::Query(&[]),
            auth: Auth::QueryAccessToken,
            status: Status::ErrcodeErrmsg,
            value: "ticket",
            expiry: "expires_in",
        },
    },
    errcodes: ERRCODES,
    unknown_errcode: |code| {
        (
            msg!("errcode-wecom-unknown", errcode = code),
            msg!("errcode-wecom-unknown-fix", errcode = code),
        )
    },
    caller_ip_errcodes: &[60020, 48002],
    allow_ip_fix: |ip, console| msg!("wechat-fix-allow-ip-wecom", ip = ip, console = console),
    name: msg!("platform-wecom-name"),
    ip_console: msg!("platform-wecom-ip-console"),
    domain: DomainRule {
        label: msg!("platform-wecom-domain-label"),
        entry_label: msg!("platform-wecom-domain-label"),
        console: msg!("platform-wecom-domain-console"),
        list_label: msg!("wecom-trusted-domains"),
        list_hint: msg!("wecom-trusted-domains-hint"),
        limit: Some(DomainLimit {
            max: WECOM_MAX_DOMAINS,
            too_many: |count, max| {
                msg!(
                    "profile-too-many-domains",
                    count = count,
                    label = msg!("platform-wecom-domain-label"),
                    max = max,
                    console = msg!("platform-wecom-domain-console")
                )
            },
        }),
    },
    refresh: RefreshRule::RenewedInPlace,
    probe: true,
};

/// WeCom's trusted domains (可信域名) of one app (DOMAIN.md §10).
static WECOM_TRUSTED_DOMAINS: DomainWording = DomainWording {
    title: msg!("platform-wecom-domains-title"),
    none: msg!("platform-wecom-domains-none"),
    none_fix: msg!("platform-wecom-domains-none-fix"),
    outside: |page, list| msg!("platform-wecom-domains-outside", page = page, list = list),
    outside_fix: msg!("platform-wecom-domains-outside-fix"),
    port: crate::core::urlcheck::PortRule::Only80And443,
};

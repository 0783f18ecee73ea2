//! The Official Account as data: its spec (appId, stable_token, the JS safe domain) and its errcode
//! table (DOMAIN.md §4): what each code of the token and ticket APIs means and what to do, read by
//! `wechat::errcode` through the platform's spec.

use super::*;
use crate::core::text::msg;

pub(super) static ERRCODES: &[Errcode] = &[
    Errcode {
        codes: &[-1],
        meaning: msg!("errcode-oa-busy"),
        fix: msg!("errcode-oa-busy-fix"),
    },
    Errcode {
        codes: &[40001],
        meaning: msg!("errcode-oa-40001"),
        fix: msg!("errcode-oa-40001-fix"),
    },
    Errcode {
        codes: &[40002],
        meaning: msg!("errcode-oa-40002"),
        fix: msg!("errcode-oa-40002-fix"),
    },
    Errcode {
        codes: &[40013],
        meaning: msg!("errcode-oa-40013"),
        fix: msg!("errcode-oa-40013-fix"),
    },
    Errcode {
        codes: &[40014],
        meaning: msg!("errcode-oa-40014"),
        fix: msg!("errcode-oa-40014-fix"),
    },
    Errcode {
        codes: &[40097],
        meaning: msg!("errcode-oa-40097"),
        fix: msg!("errcode-oa-40097-fix"),
    },
    Errcode {
        codes: &[40125],
        meaning: msg!("errcode-oa-40125"),
        fix: msg!("errcode-oa-40125-fix"),
    },
    Errcode {
        codes: &[40164],
        meaning: msg!("errcode-oa-40164"),
        fix: msg!("errcode-oa-40164-fix"),
    },
    Errcode {
        codes: &[40243],
        meaning: msg!("errcode-oa-40243"),
        fix: msg!("errcode-oa-40243-fix"),
    },
    Errcode {
        codes: &[41002, 41004],
        meaning: msg!("errcode-oa-41002"),
        fix: msg!("errcode-oa-41002-fix"),
    },
    Errcode {
        codes: &[42001],
        meaning: msg!("errcode-oa-42001"),
        fix: msg!("errcode-oa-42001-fix"),
    },
    Errcode {
        codes: &[43002],
        meaning: msg!("errcode-oa-43002"),
        fix: msg!("errcode-oa-43002-fix"),
    },
    Errcode {
        codes: &[45009],
        meaning: msg!("errcode-oa-45009"),
        fix: msg!("errcode-oa-45009-fix"),
    },
    Errcode {
        codes: &[45011],
        meaning: msg!("errcode-oa-45011"),
        fix: msg!("errcode-oa-45011-fix"),
    },
    Errcode {
        codes: &[50004],
        meaning: msg!("errcode-oa-50004"),
        fix: msg!("errcode-oa-50004-fix"),
    },
    Errcode {
        codes: &[50007],
        meaning: msg!("errcode-oa-50007"),
        fix: msg!("errcode-oa-50007-fix"),
    },
    Errcode {
        codes: &[61024],
        meaning: msg!("errcode-oa-61024"),
        fix: msg!("errcode-oa-61024-fix"),
    },
    Errcode {
        codes: &[89501, 89503],
        meaning: msg!("errcode-oa-89501"),
        fix: msg!("errcode-oa-89501-fix"),
    },
    Errcode {
        codes: &[89506, 89507],
        meaning: msg!("errcode-oa-89506"),
        fix: msg!("errcode-oa-89506-fix"),
    },
];

pub(super) static SPEC: PlatformSpec = PlatformSpec {
    platform: Platform::OfficialAccount,
    key: "official_account",
    api_name: msg!("platform-wechat-api-name"),
    api_source_label: msg!("platform-wechat-api-source"),
    id: IdRule {
        label: "appId",
        prefixes: &["wx"],
        body: IdBody::Hex(16),
        example: "wx1234567890abcdef",
        console: msg!("platform-oa-id-console"),
    },
    per_app_secrets: false,
    default_api_base: OFFICIAL_ACCOUNT_API_BASE,
    token_path: "/cgi-bin/stable_token",
    forced_token_is_costly: true,
    tickets: &[
        TicketSpec {
            kind: "jsapi",
            name: msg!("platform-jsapi-ticket"),
            path: "/cgi-bin/ticket/getticket",
            type_param: Some("jsapi"),
            signs: Some("wx.config"),
            per_app: false,
        },
        TicketSpec {
            kind: "wx_card",
            name: msg!("platform-card-ticket"),
            path: "/cgi-bin/ticket/getticket",
            type_param: Some("wx_card"),
            signs: None,
            per_app: false,
        },
    ],
    hourly_ticket_quota: None,
    hourly_app_ticket_quota: None,
    errcode_link: None,
    domain_wording: &crate::core::urlcheck::JS_SAFE_DOMAINS,
    calls: &[ConfigCall {
        js: "wx.config",
        ticket_kind: "jsapi",
        fields: CallFields {
            extra: &[("debug", "false")],
            ..WX_CONFIG_FIELDS
        },
        recipe: Recipe::WECHAT,
        mistakes: crate::core::verify::WECHAT_MISTAKES,
    }],
    flow: ApiFlow::OfficialAccount,
    api: ApiSpec {
        default_base: OFFICIAL_ACCOUNT_API_BASE,
        other_bases: &[],
        token: Endpoint {
            method: Method::Post,
            path: "/cgi-bin/stable_token",
            request: Request::Json(&[
                ("grant_type", Value::Literal("client_credential")),
                ("appid", Value::Id),
                ("secret", Value::Secret),
            ]),
            auth: Auth::None,
            status: Status::ErrcodeErrmsg,
            value: "access_token",
            expiry: "expires_in",
        },
        ticket: Endpoint {
            method: Method::Get,
            path: "/cgi-bin/ticket/getticket",
            request: Request::Query(&[("type", Value::Literal("jsapi"))]),
            auth: Auth::QueryAccessToken,
            status: Status::ErrcodeErrmsg,
            value: "ticket",
            expiry: "expires_in",
        },
    },
    errcodes: ERRCODES,
    unknown_errcode: |code| {
        (
            msg!("errcode-oa-unknown", errcode = code),
            msg!("errcode-oa-unknown-fix"),
        )
    },
    caller_ip_errcodes: &[40164],
    allow_ip_fix: |ip, console| msg!("wechat-fix-allow-ip", ip = ip, console = console),
    name: msg!("platform-oa-name"),
    ip_console: msg!("platform-oa-ip-console"),
    domain: DomainRule {
        label: msg!("platform-oa-domain-label"),
        entry_label: msg!("profile-safe-domain"),
        console: msg!("platform-oa-domain-console"),
        list_label: msg!("ui-safe-domains"),
        list_hint: msg!("ui-safe-domains-hint"),
        limit: Some(DomainLimit {
            max: crate::core::urlcheck::MAX_SAFE_DOMAINS,
            too_many: |count, max| msg!("profile-too-many-safe-domains", count = count, max = max),
        }),
    },
    refresh: RefreshRule::RenewedInPlace,
    probe: true,
};

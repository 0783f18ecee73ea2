//! DOMAIN.md §4's errcode table: every code WeChat's token and ticket APIs return, with what it
//! means and what the user should do, in both languages; and §10's table for WeCom, whose codes
//! mean other things (40001 is a wrong secret there, not a replaced token).

use crate::core::text::Text;
use crate::platform::Platform;

/// One row of the table.
struct Row {
    codes: &'static [i64],
    meaning_en: &'static str,
    meaning_zh: &'static str,
    fix_en: &'static str,
    fix_zh: &'static str,
}

const TABLE: &[Row] = &[
    Row {
        codes: &[-1],
        meaning_en: "WeChat is busy",
        meaning_zh: "系统繁忙",
        fix_en: "retry after a few seconds",
        fix_zh: "请几秒后重试",
    },
    Row {
        codes: &[40001],
        meaning_en: "invalid credential: the appSecret is wrong, or the access_token is invalid or not the latest",
        meaning_zh: "凭证无效：AppSecret 错误，或 access_token 无效或不是最新",
        fix_en: "if this came while getting the token, check the appSecret. Otherwise the token was replaced (someone force-refreshed the stable token, or a program called cgi-bin/token): wxsign dropped it, run the command again; if it keeps happening, find who refreshes it (a legacy-mode profile should use stable_token)",
        fix_zh: "如果是获取令牌时出错，请检查 AppSecret。否则令牌已被替换（有人强制刷新了稳定版令牌，或有程序调用了 cgi-bin/token）：wxsign 已丢弃该令牌，请重新运行命令；若反复出现，请找出刷新令牌的程序（传统模式的配置应改用 stable_token）",
    },
    Row {
        codes: &[40002],
        meaning_en: "invalid grant_type",
        meaning_zh: "grant_type 无效",
        fix_en: "this is a wxsign bug: please report it",
        fix_zh: "这是 wxsign 的缺陷，请报告",
    },
    Row {
        codes: &[40013],
        meaning_en: "invalid appId",
        meaning_zh: "appId 无效",
        fix_en: "check the appId in the profile against 开发 → 基本配置",
        fix_zh: "请对照 开发 → 基本配置 检查配置中的 appId",
    },
    Row {
        codes: &[40014],
        meaning_en: "invalid access_token",
        meaning_zh: "access_token 无效",
        fix_en: "fetch the token again",
        fix_zh: "请重新获取令牌",
    },
    Row {
        codes: &[40097],
        meaning_en: "invalid ticket type",
        meaning_zh: "ticket 类型无效",
        fix_en: "use type=jsapi (or wx_card for card tickets)",
        fix_zh: "请使用 type=jsapi（卡券使用 wx_card）",
    },
    Row {
        codes: &[40125],
        meaning_en: "invalid appSecret",
        meaning_zh: "AppSecret 无效",
        fix_en: "enter the appSecret again (it may have been reset): `wxsign secret set --profile NAME`",
        fix_zh: "请重新输入 AppSecret（可能已被重置）：`wxsign secret set --profile NAME`",
    },
    Row {
        codes: &[40164],
        meaning_en: "the caller's IP is not in the account's IP whitelist",
        meaning_zh: "调用方 IP 不在公众号的 IP 白名单中",
        fix_en: "add the IP shown to 开发 → 基本配置 → IP白名单",
        fix_zh: "请将显示的 IP 加入 开发 → 基本配置 → IP白名单",
    },
    Row {
        codes: &[40243],
        meaning_en: "the AppSecret is frozen",
        meaning_zh: "AppSecret 已被冻结",
        fix_en: "unfreeze it in the admin console",
        fix_zh: "请在管理后台解冻",
    },
    Row {
        codes: &[41002, 41004],
        meaning_en: "the appId or the appSecret is missing",
        meaning_zh: "缺少 appId 或 AppSecret",
        fix_en: "fill in both: the appId in the profile, the secret with `wxsign secret set --profile NAME`",
        fix_zh: "请在配置中填写 appId 并用 `wxsign secret set --profile NAME` 设置密钥",
    },
    Row {
        codes: &[42001],
        meaning_en: "the access_token expired",
        meaning_zh: "access_token 已过期",
        fix_en: "fetch the token again",
        fix_zh: "请重新获取令牌",
    },
    Row {
        codes: &[43002],
        meaning_en: "this API requires POST",
        meaning_zh: "该接口需要 POST 请求",
        fix_en: "this is a wxsign bug (or a proxy changed the method): please report it",
        fix_zh: "这是 wxsign 的缺陷（或代理改变了请求方法），请报告",
    },
    Row {
        codes: &[45009],
        meaning_en: "the daily API quota is used up",
        meaning_zh: "接口调用已达每日上限",
        fix_en: "wait until tomorrow, or reset the quota in the console (10 times a month)",
        fix_zh: "请等到明天，或在后台清零调用次数（每月 10 次）",
    },
    Row {
        codes: &[45011],
        meaning_en: "the per-minute API quota is used up",
        meaning_zh: "接口调用已达每分钟上限",
        fix_en: "wait a minute and try again",
        fix_zh: "请一分钟后重试",
    },
    Row {
        codes: &[50004],
        meaning_en: "the token API is forbidden for this account",
        meaning_zh: "该账号禁止调用获取令牌接口",
        fix_en: "check the account's API settings in the console",
        fix_zh: "请在后台检查接口权限设置",
    },
    Row {
        codes: &[50007],
        meaning_en: "the account is frozen",
        meaning_zh: "账号已被冻结",
        fix_en: "resolve it in the admin console",
        fix_zh: "请在管理后台处理",
    },
    Row {
        codes: &[61024],
        meaning_en: "an account managed by a third-party platform must use the component token",
        meaning_zh: "第三方平台代管的账号须使用 component token",
        fix_en: "get the token from your third-party platform, then paste the ticket instead",
        fix_zh: "请从第三方平台获取令牌，或直接粘贴 ticket",
    },
    Row {
        codes: &[89501, 89503],
        meaning_en: "this IP awaits the admin's confirmation",
        meaning_zh: "该 IP 正在等待管理员确认",
        fix_en: "ask the admin to confirm the IP in the console, then retry",
        fix_zh: "请管理员在后台确认该 IP 后重试",
    },
    Row {
        codes: &[89506, 89507],
        meaning_en: "the admin refused this IP; it is blocked for 24 hours (89506) or 1 hour (89507)",
        meaning_zh: "管理员拒绝了该 IP，封禁 24 小时（89506）或 1 小时（89507）",
        fix_en: "wait, or ask the admin to allow it",
        fix_zh: "请等待，或请管理员放行",
    },
];

/// DOMAIN.md §10: WeCom's token and ticket errcodes.
const WECOM_TABLE: &[Row] = &[
    Row {
        codes: &[-1],
        meaning_en: "WeCom is busy",
        meaning_zh: "系统繁忙",
        fix_en: "retry after a few seconds",
        fix_zh: "请几秒后重试",
    },
    Row {
        codes: &[40001],
        meaning_en: "invalid secret: the secret of this app is wrong (on WeCom this is not a replaced token)",
        meaning_zh: "secret 无效：该应用的 Secret 错误（企业微信中这不是令牌被替换）",
        fix_en: "enter that app's secret again (应用管理 → the app → Secret): `wxsign secret set --profile NAME --agent-id N`",
        fix_zh: "请重新输入该应用的 Secret（应用管理 → 应用 → Secret）：`wxsign secret set --profile NAME --agent-id N`",
    },
    Row {
        codes: &[40013],
        meaning_en: "invalid corpId",
        meaning_zh: "corpId 无效",
        fix_en: "check the corpId in the profile against 我的企业 → 企业信息 → 企业ID",
        fix_zh: "请对照 我的企业 → 企业信息 → 企业ID 检查配置中的 corpId",
    },
    Row {
        codes: &[40014],
        meaning_en: "invalid access_token",
        meaning_zh: "access_token 无效",
        fix_en: "fetch the token again; never pass a suite (third-party) token to the ticket APIs",
        fix_zh: "请重新获取令牌；不要把第三方应用的 suite_access_token 传给票据接口",
    },
    Row {
        codes: &[40056],
        meaning_en: "invalid agentid",
        meaning_zh: "agentid 无效",
        fix_en: "check the app's AgentId in 应用管理 → the app",
        fix_zh: "请在 应用管理 → 应用 中核对 AgentId",
    },
    Row {
        codes: &[40091],
        meaning_en: "the secret belongs to another corp",
        meaning_zh: "Secret 属于其他企业",
        fix_en: "use a secret of this corp's app: `wxsign secret set --profile NAME --agent-id N`",
        fix_zh: "请使用本企业应用的 Secret：`wxsign secret set --profile NAME --agent-id N`",
    },
    Row {
        codes: &[40093],
        meaning_en: "invalid jsapi_ticket (the client also reports a bad signature this way)",
        meaning_zh: "jsapi_ticket 无效（客户端也用它报告签名错误）",
        fix_en: "check which ticket signed which call: wx.config takes the corp ticket, wx.agentConfig the agent ticket of its agentid (`wxsign verify --ticket CORP --agent-ticket AGENT`)",
        fix_zh: "请检查每个调用用的票据：wx.config 用企业票据，wx.agentConfig 用该 agentid 的应用票据（`wxsign verify --ticket CORP --agent-ticket AGENT`）",
    },
    Row {
        codes: &[41001, 41002, 41004],
        meaning_en: "the access_token, corpid or secret is missing",
        meaning_zh: "缺少 access_token、corpid 或 secret",
        fix_en: "fill them in: the corpId in the profile, the app's secret with `wxsign secret set --profile NAME --agent-id N`",
        fix_zh: "请补全：配置中的 corpId，以及用 `wxsign secret set --profile NAME --agent-id N` 设置应用 Secret",
    },
    Row {
        codes: &[42001],
        meaning_en: "the access_token expired",
        meaning_zh: "access_token 已过期",
        fix_en: "fetch the token again",
        fix_zh: "请重新获取令牌",
    },
    Row {
        codes: &[42012],
        meaning_en: "ticket not available: the agent ticket was asked with another app's token",
        meaning_zh: "票据不可用：用其他应用的令牌请求了应用票据",
        fix_en: "fetch the agent ticket with the token of the agentid's own app (its own secret)",
        fix_zh: "请用该 agentid 所属应用自己的令牌（它自己的 Secret）获取应用票据",
    },
    Row {
        codes: &[45009],
        meaning_en: "the API quota is used up (tickets: 400 an hour per corp, 100 an hour per app)",
        meaning_zh: "接口调用次数已达上限（票据：每企业每小时 400 次，每应用每小时 100 次）",
        fix_en: "wait for the hour to pass; wxsign caches tickets, so find what else fetches them (a server that does not cache)",
        fix_zh: "请等待一小时；wxsign 会缓存票据，请检查是否有其他程序（未缓存票据的服务器）在频繁获取",
    },
    Row {
        codes: &[48002],
        meaning_en: "the API is forbidden for this app (the errmsg may carry the IP)",
        meaning_zh: "该应用无权调用此接口（errmsg 中可能带有 IP）",
        fix_en: "check the app's API permissions and its 企业可信IP",
        fix_zh: "请检查应用的接口权限和企业可信IP",
    },
    Row {
        codes: &[60020],
        meaning_en: "the caller's IP is not in the app's 企业可信IP (apps created after 2022-06-20)",
        meaning_zh: "调用方 IP 不在应用的企业可信IP 中（2022-06-20 之后创建的应用）",
        fix_en: "add the IP shown to 应用管理 → the app → 企业可信IP, or sign with a pasted or Redis ticket (`wxsign profile edit NAME --ticket-source pasted`)",
        fix_zh: "请将显示的 IP 加入 应用管理 → 应用 → 企业可信IP，或改用粘贴的票据或 Redis 票据（`wxsign profile edit NAME --ticket-source pasted`）",
    },
    Row {
        codes: &[80001],
        meaning_en: "the page's domain is not a trusted domain of the app",
        meaning_zh: "页面域名不是该应用的可信域名",
        fix_en: "add it in 应用管理 → the app → 网页授权及JS-SDK → 可信域名 (WW_verify_xxx.txt at the domain root)",
        fix_zh: "请在 应用管理 → 应用 → 网页授权及JS-SDK → 可信域名 中添加（域名根目录需放置 WW_verify_xxx.txt）",
    },
    Row {
        codes: &[91040],
        meaning_en: "invalid ticket type",
        meaning_zh: "票据类型无效",
        fix_en: "the agent ticket is type=agent_config: this is a wxsign bug or a proxy changed the query",
        fix_zh: "应用票据的类型是 type=agent_config：这是 wxsign 的缺陷，或代理修改了查询参数",
    },
];

fn table(platform: Platform) -> &'static [Row] {
    match platform {
        Platform::OfficialAccount => TABLE,
        Platform::Wecom => WECOM_TABLE,
    }
}

/// Meaning and fix of an errcode of `platform`'s API.
pub fn describe_in(platform: Platform, errcode: i64) -> (Text, Text) {
    if platform.is_official_account() {
        return describe(errcode);
    }
    match table(platform).iter().find(|r| r.codes.contains(&errcode)) {
        Some(r) => (
            Text::new(r.meaning_en, r.meaning_zh),
            Text::new(r.fix_en, r.fix_zh),
        ),
        None => (
            Text::new(
                format!("WeCom error {errcode}"),
                format!("企业微信错误 {errcode}"),
            ),
            Text::new(
                format!("look it up: https://open.work.weixin.qq.com/devtool/query?e={errcode}"),
                format!("请查询：https://open.work.weixin.qq.com/devtool/query?e={errcode}"),
            ),
        ),
    }
}

/// Whether `platform`'s table has the code.
pub fn is_known_in(platform: Platform, errcode: i64) -> bool {
    table(platform).iter().any(|r| r.codes.contains(&errcode))
}

/// The codes of `platform` whose errmsg names the caller's IP.
pub fn names_caller_ip(platform: Platform, errcode: i64) -> bool {
    match platform {
        Platform::OfficialAccount => errcode == 40164,
        Platform::Wecom => matches!(errcode, 60020 | 48002),
    }
}

/// The `devtool/query?e=` link of a WeCom errmsg (`... more info at https://...?e=60020`).
pub fn devtool_link(errmsg: &str) -> Option<String> {
    let at = errmsg.find("https://open.work.weixin.qq.com/devtool/query")?;
    let link: String = errmsg[at..]
        .chars()
        .take_while(|c| !c.is_whitespace() && !matches!(c, ',' | ')' | '"'))
        .collect();
    Some(link)
}

/// Meaning and fix of a WeChat errcode; an unknown code gets a generic pair that points at the
/// errmsg.
pub fn describe(errcode: i64) -> (Text, Text) {
    match TABLE.iter().find(|r| r.codes.contains(&errcode)) {
        Some(r) => (
            Text::new(r.meaning_en, r.meaning_zh),
            Text::new(r.fix_en, r.fix_zh),
        ),
        None => (
            Text::new(
                format!("WeChat error {errcode}"),
                format!("微信错误 {errcode}"),
            ),
            Text::new(
                "look up the errcode in the WeChat docs (全局返回码说明); the errmsg above may say more",
                "请在微信文档“全局返回码说明”中查找该错误码；上面的 errmsg 可能有更多信息",
            ),
        ),
    }
}

/// Whether the code is in the table.
pub fn is_known(errcode: i64) -> bool {
    TABLE.iter().any(|r| r.codes.contains(&errcode))
}

/// The caller's IP in a 40164 errmsg (`invalid ip 1.2.3.4 ipv6 ::ffff:1.2.3.4, not in whitelist`)
/// or a WeCom 60020 one (`not allow to access from your ip, ... from ip: 1.2.3.4, more info ...`).
pub fn caller_ip(errmsg: &str) -> Option<String> {
    let rest = errmsg
        .split("invalid ip ")
        .nth(1)
        .or_else(|| errmsg.split("from ip: ").nth(1))
        .or_else(|| errmsg.split("from ip:").nth(1))?;
    let rest = rest.trim_start();
    let ip: String = rest
        .chars()
        .take_while(|c| c.is_ascii_hexdigit() || matches!(c, '.' | ':'))
        .collect();
    (!ip.is_empty()).then_some(ip)
}

/// The codes that mean the cached access_token is no longer good.
pub fn token_is_dead(errcode: i64) -> bool {
    matches!(errcode, 40001 | 40014 | 42001)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_domain_code_is_known_and_bilingual() {
        for code in [
            -1, 40001, 40002, 40013, 40014, 40097, 40125, 40164, 40243, 41002, 41004, 42001, 43002,
            45009, 45011, 50004, 50007, 61024, 89501, 89503, 89506, 89507,
        ] {
            assert!(is_known(code), "{code}");
            let (meaning, fix) = describe(code);
            assert!(!meaning.en.is_empty() && !meaning.zh.is_empty(), "{code}");
            assert!(!fix.en.is_empty() && !fix.zh.is_empty(), "{code}");
        }
        assert!(!is_known(12345));
        assert!(describe(12345).0.en.contains("12345"));
    }

    /// QA finding 10: fixes that name a command give it whole, and 40001 says what wxsign did.
    #[test]
    fn fixes_are_actionable() {
        assert!(describe(40125).1.en.contains("secret set --profile NAME"));
        assert!(describe(41004).1.en.contains("secret set --profile NAME"));
        let fix = describe(40001).1;
        assert!(fix.en.contains("run the command again"), "{}", fix.en);
        assert!(fix.zh.contains("重新运行"));
    }

    #[test]
    fn every_wecom_code_is_known_bilingual_and_says_what_to_do() {
        for code in [
            -1, 40001, 40013, 40014, 40056, 40091, 40093, 41001, 41002, 41004, 42001, 42012, 45009,
            48002, 60020, 80001, 91040,
        ] {
            assert!(is_known_in(Platform::Wecom, code), "{code}");
            let (meaning, fix) = describe_in(Platform::Wecom, code);
            assert!(!meaning.en.is_empty() && !meaning.zh.is_empty(), "{code}");
            assert!(!fix.en.is_empty() && !fix.zh.is_empty(), "{code}");
        }
        // The same code means something else on each platform.
        assert!(describe_in(Platform::Wecom, 40001).0.en.contains("secret"));
        assert!(
            describe_in(Platform::OfficialAccount, 40001)
                .0
                .en
                .contains("latest")
        );
        assert!(
            describe_in(Platform::Wecom, 60020)
                .1
                .en
                .contains("pasted or Redis")
        );
        let unknown = describe_in(Platform::Wecom, 12345).1;
        assert!(
            unknown.en.contains("devtool/query?e=12345"),
            "{}",
            unknown.en
        );
        let msg = "not allow to access from your ip, hint: [1700000000_1_2], from ip: 203.0.113.7, more info at https://open.work.weixin.qq.com/devtool/query?e=60020";
        assert_eq!(caller_ip(msg), Some("203.0.113.7".into()));
        assert_eq!(
            devtool_link(msg).as_deref(),
            Some("https://open.work.weixin.qq.com/devtool/query?e=60020")
        );
        assert!(names_caller_ip(Platform::Wecom, 60020));
        assert!(!names_caller_ip(Platform::Wecom, 40164));
    }

    #[test]
    fn caller_ip_from_errmsg() {
        assert_eq!(
            caller_ip("invalid ip 1.2.3.4 ipv6 ::ffff:1.2.3.4, not in whitelist rid: 6"),
            Some("1.2.3.4".into())
        );
        assert_eq!(
            caller_ip("invalid ip 240e:3b7::1, not in whitelist"),
            Some("240e:3b7::1".into())
        );
        assert_eq!(caller_ip("invalid credential"), None);
    }
}

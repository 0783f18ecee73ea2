//! DOMAIN.md §4's errcode table: every code WeChat's token and ticket APIs return, with what it
//! means and what the user should do, in both languages; and §10's table for WeCom, whose codes
//! mean other things (40001 is a wrong secret there, not a replaced token).

use crate::core::text::{Msg, msg};
use crate::platform::Platform;

/// One row of the table: the codes, what they mean and what to do, as catalogue messages.
struct Row {
    codes: &'static [i64],
    meaning: Msg,
    fix: Msg,
}

static TABLE: &[Row] = &[
    Row {
        codes: &[-1],
        meaning: msg!("errcode-oa-busy"),
        fix: msg!("errcode-oa-busy-fix"),
    },
    Row {
        codes: &[40001],
        meaning: msg!("errcode-oa-40001"),
        fix: msg!("errcode-oa-40001-fix"),
    },
    Row {
        codes: &[40002],
        meaning: msg!("errcode-oa-40002"),
        fix: msg!("errcode-oa-40002-fix"),
    },
    Row {
        codes: &[40013],
        meaning: msg!("errcode-oa-40013"),
        fix: msg!("errcode-oa-40013-fix"),
    },
    Row {
        codes: &[40014],
        meaning: msg!("errcode-oa-40014"),
        fix: msg!("errcode-oa-40014-fix"),
    },
    Row {
        codes: &[40097],
        meaning: msg!("errcode-oa-40097"),
        fix: msg!("errcode-oa-40097-fix"),
    },
    Row {
        codes: &[40125],
        meaning: msg!("errcode-oa-40125"),
        fix: msg!("errcode-oa-40125-fix"),
    },
    Row {
        codes: &[40164],
        meaning: msg!("errcode-oa-40164"),
        fix: msg!("errcode-oa-40164-fix"),
    },
    Row {
        codes: &[40243],
        meaning: msg!("errcode-oa-40243"),
        fix: msg!("errcode-oa-40243-fix"),
    },
    Row {
        codes: &[41002, 41004],
        meaning: msg!("errcode-oa-41002"),
        fix: msg!("errcode-oa-41002-fix"),
    },
    Row {
        codes: &[42001],
        meaning: msg!("errcode-oa-42001"),
        fix: msg!("errcode-oa-42001-fix"),
    },
    Row {
        codes: &[43002],
        meaning: msg!("errcode-oa-43002"),
        fix: msg!("errcode-oa-43002-fix"),
    },
    Row {
        codes: &[45009],
        meaning: msg!("errcode-oa-45009"),
        fix: msg!("errcode-oa-45009-fix"),
    },
    Row {
        codes: &[45011],
        meaning: msg!("errcode-oa-45011"),
        fix: msg!("errcode-oa-45011-fix"),
    },
    Row {
        codes: &[50004],
        meaning: msg!("errcode-oa-50004"),
        fix: msg!("errcode-oa-50004-fix"),
    },
    Row {
        codes: &[50007],
        meaning: msg!("errcode-oa-50007"),
        fix: msg!("errcode-oa-50007-fix"),
    },
    Row {
        codes: &[61024],
        meaning: msg!("errcode-oa-61024"),
        fix: msg!("errcode-oa-61024-fix"),
    },
    Row {
        codes: &[89501, 89503],
        meaning: msg!("errcode-oa-89501"),
        fix: msg!("errcode-oa-89501-fix"),
    },
    Row {
        codes: &[89506, 89507],
        meaning: msg!("errcode-oa-89506"),
        fix: msg!("errcode-oa-89506-fix"),
    },
];

/// DOMAIN.md §10: WeCom's token and ticket errcodes.
static WECOM_TABLE: &[Row] = &[
    Row {
        codes: &[-1],
        meaning: msg!("errcode-wecom-busy"),
        fix: msg!("errcode-wecom-busy-fix"),
    },
    Row {
        codes: &[40001],
        meaning: msg!("errcode-wecom-40001"),
        fix: msg!("errcode-wecom-40001-fix"),
    },
    Row {
        codes: &[40013],
        meaning: msg!("errcode-wecom-40013"),
        fix: msg!("errcode-wecom-40013-fix"),
    },
    Row {
        codes: &[40014],
        meaning: msg!("errcode-wecom-40014"),
        fix: msg!("errcode-wecom-40014-fix"),
    },
    Row {
        codes: &[40056],
        meaning: msg!("errcode-wecom-40056"),
        fix: msg!("errcode-wecom-40056-fix"),
    },
    Row {
        codes: &[40091],
        meaning: msg!("errcode-wecom-40091"),
        fix: msg!("errcode-wecom-40091-fix"),
    },
    Row {
        codes: &[40093],
        meaning: msg!("errcode-wecom-40093"),
        fix: msg!("errcode-wecom-40093-fix"),
    },
    Row {
        codes: &[41001, 41002, 41004],
        meaning: msg!("errcode-wecom-41001"),
        fix: msg!("errcode-wecom-41001-fix"),
    },
    Row {
        codes: &[42001],
        meaning: msg!("errcode-wecom-42001"),
        fix: msg!("errcode-wecom-42001-fix"),
    },
    Row {
        codes: &[42012],
        meaning: msg!("errcode-wecom-42012"),
        fix: msg!("errcode-wecom-42012-fix"),
    },
    Row {
        codes: &[45009],
        meaning: msg!("errcode-wecom-45009"),
        fix: msg!("errcode-wecom-45009-fix"),
    },
    Row {
        codes: &[48002],
        meaning: msg!("errcode-wecom-48002"),
        fix: msg!("errcode-wecom-48002-fix"),
    },
    Row {
        codes: &[60020],
        meaning: msg!("errcode-wecom-60020"),
        fix: msg!("errcode-wecom-60020-fix"),
    },
    Row {
        codes: &[80001],
        meaning: msg!("errcode-wecom-80001"),
        fix: msg!("errcode-wecom-80001-fix"),
    },
    Row {
        codes: &[91040],
        meaning: msg!("errcode-wecom-91040"),
        fix: msg!("errcode-wecom-91040-fix"),
    },
];

fn table(platform: Platform) -> &'static [Row] {
    match platform {
        Platform::OfficialAccount => TABLE,
        Platform::Wecom => WECOM_TABLE,
    }
}

/// Meaning and fix of an errcode of `platform`'s API.
pub fn describe_in(platform: Platform, errcode: i64) -> (Msg, Msg) {
    if platform.is_official_account() {
        return describe(errcode);
    }
    match table(platform).iter().find(|r| r.codes.contains(&errcode)) {
        Some(r) => (r.meaning.clone(), r.fix.clone()),
        None => (
            msg!("errcode-wecom-unknown", errcode = errcode),
            msg!("errcode-wecom-unknown-fix", errcode = errcode),
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
pub fn describe(errcode: i64) -> (Msg, Msg) {
    match TABLE.iter().find(|r| r.codes.contains(&errcode)) {
        Some(r) => (r.meaning.clone(), r.fix.clone()),
        None => (
            msg!("errcode-oa-unknown", errcode = errcode),
            msg!("errcode-oa-unknown-fix"),
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
    use crate::core::text::Lang;
    use crate::i18n::Render;

    /// The message exists in both catalogues (an unknown id renders as the id).
    fn said_in_both(m: &Msg, code: i64) {
        for lang in [Lang::En, Lang::Zh] {
            let text = m.get(lang);
            assert!(!text.is_empty() && text != m.id, "{code} {lang:?}: {text}");
        }
    }

    #[test]
    fn every_domain_code_is_known_and_bilingual() {
        for code in [
            -1, 40001, 40002, 40013, 40014, 40097, 40125, 40164, 40243, 41002, 41004, 42001, 43002,
            45009, 45011, 50004, 50007, 61024, 89501, 89503, 89506, 89507,
        ] {
            assert!(is_known(code), "{code}");
            let (meaning, fix) = describe(code);
            said_in_both(&meaning, code);
            said_in_both(&fix, code);
        }
        assert!(!is_known(12345));
        assert!(describe(12345).0.get(Lang::En).contains("12345"));
    }

    /// QA finding 10: fixes that name a command give it whole, and 40001 says what wxsign did.
    #[test]
    fn fixes_are_actionable() {
        assert!(
            describe(40125)
                .1
                .get(Lang::En)
                .contains("secret set --profile NAME")
        );
        assert!(
            describe(41004)
                .1
                .get(Lang::En)
                .contains("secret set --profile NAME")
        );
        let fix = describe(40001).1;
        assert!(
            fix.get(Lang::En).contains("run the command again"),
            "{}",
            fix.get(Lang::En)
        );
        assert!(fix.get(Lang::Zh).contains("重新运行"));
    }

    #[test]
    fn every_wecom_code_is_known_bilingual_and_says_what_to_do() {
        for code in [
            -1, 40001, 40013, 40014, 40056, 40091, 40093, 41001, 41002, 41004, 42001, 42012, 45009,
            48002, 60020, 80001, 91040,
        ] {
            assert!(is_known_in(Platform::Wecom, code), "{code}");
            let (meaning, fix) = describe_in(Platform::Wecom, code);
            said_in_both(&meaning, code);
            said_in_both(&fix, code);
        }
        // The same code means something else on each platform.
        assert!(
            describe_in(Platform::Wecom, 40001)
                .0
                .get(Lang::En)
                .contains("secret")
        );
        assert!(
            describe_in(Platform::OfficialAccount, 40001)
                .0
                .get(Lang::En)
                .contains("latest")
        );
        assert!(
            describe_in(Platform::Wecom, 60020)
                .1
                .get(Lang::En)
                .contains("pasted or Redis")
        );
        let unknown = describe_in(Platform::Wecom, 12345).1;
        assert!(
            unknown.get(Lang::En).contains("devtool/query?e=12345"),
            "{}",
            unknown.get(Lang::En)
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

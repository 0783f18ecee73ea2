//! DOMAIN.md §4's errcode table: every code WeChat's token and ticket APIs return, with what it
//! means and what the user should do, in both languages; and §10's table for WeCom, whose codes
//! mean other things (40001 is a wrong secret there, not a replaced token).

use crate::core::text::Msg;
use crate::platform::Platform;

/// Meaning and fix of an errcode of `platform`'s API, from its table; a code the table lacks
/// gets the platform's generic pair, which says where to look it up.
pub fn describe_in(platform: Platform, errcode: i64) -> (Msg, Msg) {
    let spec = platform.spec();
    match spec.errcodes.iter().find(|r| r.codes.contains(&errcode)) {
        Some(r) => (r.meaning.clone(), r.fix.clone()),
        None => (spec.unknown_errcode)(errcode),
    }
}

/// Whether `platform`'s table has the code.
pub fn is_known_in(platform: Platform, errcode: i64) -> bool {
    platform
        .spec()
        .errcodes
        .iter()
        .any(|r| r.codes.contains(&errcode))
}

/// The codes of `platform` whose errmsg names the caller's IP.
pub fn names_caller_ip(platform: Platform, errcode: i64) -> bool {
    platform.spec().caller_ip_errcodes.contains(&errcode)
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
    describe_in(Platform::OfficialAccount, errcode)
}

/// Whether the code is in the Official Account's table.
pub fn is_known(errcode: i64) -> bool {
    is_known_in(Platform::OfficialAccount, errcode)
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

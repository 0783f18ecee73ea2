//! Table-driven tests: one `check(input, expected)` line per behaviour.
//!
//! The expected text is `sign_url | changes | findings`, with `-` for no sign URL, change codes
//! in order, and findings as `E:`/`W:`/`I:` + code, worst first.

use crate::core::text::{Lang, msg};
use crate::i18n::Render;
use proptest::prelude::*;

use super::*;

const SAFE: &[&str] = &["qq.com", "example.com/app"];

fn render(a: &UrlAnalysis) -> String {
    let changes: Vec<&str> = a.changes.iter().map(|c| c.code).collect();
    let findings: Vec<String> = a
        .findings
        .iter()
        .map(|f| {
            let s = match f.severity {
                Severity::Error => "E",
                Severity::Warning => "W",
                Severity::Info => "I",
            };
            format!("{s}:{}", f.code)
        })
        .collect();
    format!(
        "{} | {} | {}",
        a.sign_url.as_deref().unwrap_or("-"),
        changes.join(" "),
        findings.join(" ")
    )
}

fn safe(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

fn check_with(domains: &[&str], input: &str, expected: &str) {
    let a = analyze_url(input, &safe(domains));
    assert_eq!(render(&a), expected, "input {input:?}");
    assert_eq!(a.input, input);
    for f in &a.findings {
        assert!(
            !f.message.get(Lang::En).is_empty() && !f.message.get(Lang::Zh).is_empty(),
            "{f:?}"
        );
        assert!(
            !f.fix.get(Lang::En).is_empty() && !f.fix.get(Lang::Zh).is_empty(),
            "{f:?}"
        );
    }
}

fn check(input: &str, expected: &str) {
    check_with(SAFE, input, expected);
}

#[test]
fn clean_urls_have_no_findings() {
    check(
        "https://mp.qq.com/page?id=1",
        "https://mp.qq.com/page?id=1 |  | ",
    );
    check("https://qq.com/a%20b", "https://qq.com/a%20b |  | ");
    check("https://a.b.qq.com/", "https://a.b.qq.com/ |  | ");
    check("https://qq.com./", "https://qq.com./ |  | ");
    check(
        "https://qq.com/?r=https%3A%2F%2Fqq.com%2F",
        "https://qq.com/?r=https%3A%2F%2Fqq.com%2F |  | ",
    );
}

#[test]
fn browser_normalisation_is_reported_as_changes() {
    check(
        "http://qq.com",
        "http://qq.com/ | slash_added | I:normalized",
    );
    check(
        "http://mp.weixin.qq.com?params=value",
        "http://mp.weixin.qq.com/?params=value | slash_added | I:normalized",
    );
    check(
        "http://QQ.com:80/a b",
        "http://qq.com/a%20b | host_lowercased default_port_removed percent_encoded | W:whitespace I:default_port I:normalized",
    );
    check(
        "HTTPS://QQ.COM/A",
        "https://qq.com/A | scheme_lowercased host_lowercased | I:normalized",
    );
    check(
        "https://qq.com:443/x",
        "https://qq.com/x | default_port_removed | I:default_port I:normalized",
    );
    check(
        "http://qq.com:/",
        "http://qq.com/ | default_port_removed | I:default_port I:normalized",
    );
    check(
        "https://qq.com/中文",
        "https://qq.com/%E4%B8%AD%E6%96%87 | percent_encoded | I:normalized",
    );
    check(
        "https://qq.com/?q=中",
        "https://qq.com/?q=%E4%B8%AD | percent_encoded | I:normalized",
    );
    check(
        "https://qq.com/?a='x'",
        "https://qq.com/?a=%27x%27 | percent_encoded | I:normalized",
    );
    check(
        "https://qq.com/a\"b<c>",
        "https://qq.com/a%22b%3Cc%3E | percent_encoded | I:normalized",
    );
    check(
        "https://中文.qq.com/",
        "https://xn--fiq228c.qq.com/ | punycode | I:normalized",
    );
    check(
        "https://ｑｑ.com/",
        "https://qq.com/ | host_normalized | I:normalized",
    );
    check(
        "https://qq.com/a/../b/./c",
        "https://qq.com/b/c | dot_segments_removed | I:normalized",
    );
    check(
        "http:\\\\qq.com\\a",
        "http://qq.com/a | slashes_normalized backslash_replaced | I:normalized",
    );
}

#[test]
fn fragments_are_errors_and_removed() {
    check(
        "https://qq.com/a#/home",
        "https://qq.com/a | fragment_removed | E:fragment",
    );
    check(
        "https://qq.com/#",
        "https://qq.com/ | fragment_removed | E:fragment",
    );
    check(
        "https://qq.com/a#b#c",
        "https://qq.com/a | fragment_removed | E:fragment",
    );
    check(
        "http://QQ.com:80/a b#x",
        "http://qq.com/a%20b | host_lowercased default_port_removed percent_encoded fragment_removed | E:fragment W:whitespace I:default_port I:normalized",
    );
}

#[test]
fn schemes_hosts_and_ports() {
    check("ftp://qq.com/file", "ftp://qq.com/file |  | E:scheme");
    check("wss://qq.com/", "wss://qq.com/ |  | E:scheme");
    check("javascript:alert(1)", "javascript:alert(1) |  | E:scheme");
    check(
        "http://192.168.1.10/page",
        "http://192.168.1.10/page |  | E:ip_host",
    );
    check("http://[::1]/", "http://[::1]/ |  | E:ip_host");
    check(
        "http://127.1/",
        "http://127.0.0.1/ | host_normalized | E:ip_host I:normalized",
    );
    check("https://qq.com:8443/x", "https://qq.com:8443/x |  | E:port");
    check(
        "http://qq.com:443/x",
        "http://qq.com:443/x |  | W:unusual_port",
    );
    check(
        "https://user:pass@qq.com/",
        "https://user:pass@qq.com/ |  | W:credentials",
    );
}

/// The port rule comes with the platform's domain words: WeChat refuses other ports, Feishu's
/// entries name them, DingTalk's rule is not documented.
#[test]
fn port_rules_follow_the_platform() {
    static FEISHU_LIKE: DomainWording = DomainWording {
        title: msg!("urlcheck-js-domains-title"),
        none: msg!("urlcheck-js-domains-none"),
        none_fix: msg!("urlcheck-js-domains-none-fix"),
        outside: |page, list| msg!("urlcheck-js-domains-outside", page = page, list = list),
        outside_fix: msg!("urlcheck-js-domains-outside-fix"),
        port: PortRule::InEntry,
    };
    static UNDOCUMENTED: DomainWording = DomainWording {
        title: msg!("urlcheck-js-domains-title"),
        none: msg!("urlcheck-js-domains-none"),
        none_fix: msg!("urlcheck-js-domains-none-fix"),
        outside: |page, list| msg!("urlcheck-js-domains-outside", page = page, list = list),
        outside_fix: msg!("urlcheck-js-domains-outside-fix"),
        port: PortRule::Undocumented,
    };
    // (words, url, entries, the port finding's severity, whether the page is outside them)
    type Case<'a> = (
        &'a DomainWording,
        &'a str,
        &'a [&'a str],
        Option<Severity>,
        bool,
    );
    let cases: &[Case<'_>] = &[
        (
            &JS_SAFE_DOMAINS,
            "https://a.cn:8443/p",
            &["a.cn"],
            Some(Severity::Error),
            false,
        ),
        (
            &FEISHU_LIKE,
            "https://a.cn:8443/p",
            &["a.cn:8443"],
            Some(Severity::Info),
            false,
        ),
        (
            &FEISHU_LIKE,
            "https://a.cn:8443/p",
            &["a.cn"],
            Some(Severity::Info),
            true,
        ),
        (&FEISHU_LIKE, "https://a.cn/p", &["a.cn:8443"], None, true),
        (&FEISHU_LIKE, "https://a.cn/p", &["a.cn"], None, false),
        (&FEISHU_LIKE, "https://a.cn/p", &["a.cn:443"], None, false),
        (
            &UNDOCUMENTED,
            "https://a.cn:8443/p",
            &["a.cn"],
            Some(Severity::Warning),
            false,
        ),
    ];
    for (words, url, entries, port, outside) in cases {
        let a = analyze_url_as(url, &safe(entries), words);
        let severity = a
            .findings
            .iter()
            .find(|f| f.code == "port")
            .map(|f| f.severity);
        assert_eq!(severity, *port, "{url} {entries:?} {:?}", words.port);
        let is_outside = a.findings.iter().any(|f| f.code == "outside_safe_domains");
        assert_eq!(is_outside, *outside, "{url} {entries:?} {:?}", words.port);
    }
}

#[test]
fn safe_domain_rules() {
    check(
        "https://evil.com/",
        "https://evil.com/ |  | E:outside_safe_domains",
    );
    check(
        "https://evilqq.com/",
        "https://evilqq.com/ |  | E:outside_safe_domains",
    );
    check("https://example.com/app", "https://example.com/app |  | ");
    check(
        "https://example.com/app/x?y=1",
        "https://example.com/app/x?y=1 |  | ",
    );
    check(
        "https://sub.example.com/app/",
        "https://sub.example.com/app/ |  | ",
    );
    check(
        "https://example.com/appx",
        "https://example.com/appx |  | E:outside_safe_domains",
    );
    check(
        "https://example.com/",
        "https://example.com/ |  | E:outside_safe_domains",
    );
    check_with(
        &[],
        "https://qq.com/",
        "https://qq.com/ |  | I:no_safe_domains",
    );
    check_with(&[], "http://1.2.3.4/", "http://1.2.3.4/ |  | E:ip_host");
    check_with(
        &["QQ.COM"],
        "https://Mp.QQ.com/",
        "https://mp.qq.com/ | host_lowercased | I:normalized",
    );
}

#[test]
fn encodings_and_entities() {
    check(
        "https%3A%2F%2Fqq.com%2Fa%3Fb%3D1",
        "- |  | E:whole_url_encoded",
    );
    check("HTTPS%3a%2f%2fqq.com", "- |  | E:whole_url_encoded");
    check("https%253A%252F%252Fqq.com%252F", "- |  | E:double_encoded");
    check("http%3A//qq.com", "- |  | E:unparseable");
    check(
        "https://qq.com/?r=https%253A%252F%252Fx",
        "https://qq.com/?r=https%253A%252F%252Fx |  | W:percent_encoded_twice",
    );
    check(
        "https://qq.com/?a=1&amp;b=2",
        "https://qq.com/?a=1&amp;b=2 |  | W:html_entity",
    );
    // The entity's '#' starts a fragment: the page never sees `38;b=2`.
    check(
        "https://qq.com/?a=1&#38;b=2",
        "https://qq.com/?a=1& | fragment_removed | E:fragment W:html_entity",
    );
}

#[test]
fn whitespace_control_and_invisible_characters() {
    check(
        " https://qq.com/a ",
        "https://qq.com/a | whitespace_trimmed | W:surrounding_whitespace I:normalized",
    );
    check(
        "https://qq.com/a\n",
        "https://qq.com/a | whitespace_trimmed | W:surrounding_whitespace I:normalized",
    );
    check(
        "https://qq.com/a\tb",
        "https://qq.com/ab | tab_newline_removed | W:whitespace I:normalized",
    );
    check(
        "https://qq.com/a\u{200B}b",
        "https://qq.com/a%E2%80%8Bb | percent_encoded | W:invisible_char I:normalized",
    );
    check(
        "https://qq.com/\u{3000}",
        "https://qq.com/%E3%80%80 | percent_encoded | W:invisible_char I:normalized",
    );
    check(
        "https://qq.com/a\u{7f}",
        "https://qq.com/a%7F | percent_encoded | W:control_char I:normalized",
    );
    check(
        "\u{FEFF}https://qq.com/",
        "- |  | E:unparseable W:invisible_char",
    );
}

#[test]
fn share_parameters_are_explained() {
    check(
        "https://qq.com/a?from=singlemessage&isappinstalled=0",
        "https://qq.com/a?from=singlemessage&isappinstalled=0 |  | I:share_params",
    );
    check(
        "https://qq.com/a?x=1&isappinstalled=0",
        "https://qq.com/a?x=1&isappinstalled=0 |  | I:share_params",
    );
}

#[test]
fn unparseable_input_is_a_clear_error() {
    check("", "- |  | E:empty");
    check("   ", "- |  | E:empty");
    check("not a url", "- |  | E:unparseable W:whitespace");
    check("qq.com/path", "- |  | E:unparseable");
    check("//qq.com/a", "- |  | E:unparseable");
    check("http://", "- |  | E:unparseable");
    check("http://qq.com:99999/", "- |  | E:unparseable");
    check("http://a b.com/", "- |  | E:unparseable W:whitespace");
    let fix = |s: &str| analyze_url(s, &[]).findings[0].fix.get(Lang::En);
    assert!(fix("qq.com/path").ends_with("e.g. https://qq.com/path"));
    assert!(fix("//qq.com/a").ends_with("e.g. https://qq.com/a"));
    assert!(!fix("-x").contains("https://-x"));
    assert!(!fix("not a url").contains("https://not"));
}

#[test]
fn long_urls_are_warned_about() {
    let long = format!("https://qq.com/?q={}", "a".repeat(LONG_URL_BYTES));
    let a = analyze_url(&long, &safe(SAFE));
    assert_eq!(a.sign_url.as_deref(), Some(long.as_str()));
    assert_eq!(render(&a), format!("{long} |  | W:too_long"));
    let short = format!("https://qq.com/?q={}", "a".repeat(100));
    assert!(analyze_url(&short, &safe(SAFE)).findings.is_empty());
}

#[test]
fn whole_url_encoding_suggests_the_decoded_url() {
    let a = analyze_url("https%253A%252F%252Fqq.com%252Fa", &[]);
    assert!(
        a.findings[0]
            .fix
            .get(Lang::En)
            .ends_with("https://qq.com/a"),
        "{a:?}"
    );
    assert!(a.has_errors());
    assert_eq!(a.worst(), Some(Severity::Error));
}

#[test]
fn credentials_never_appear_in_messages() {
    let a = analyze_url("https://user:hunter2@qq.com/", &[]);
    for f in &a.findings {
        let all = format!(
            "{}{}{}{}",
            f.message.get(Lang::En),
            f.message.get(Lang::Zh),
            f.fix.get(Lang::En),
            f.fix.get(Lang::Zh)
        );
        assert!(!all.contains("hunter2"), "{f:?}");
    }
}

fn urlish() -> impl Strategy<Value = String> {
    let scheme = prop_oneof![
        Just(""),
        Just("http://"),
        Just("https://"),
        Just("HTTP://"),
        Just("https%3A%2F%2F"),
        Just("ftp://"),
        Just("http:\\\\"),
        Just("javascript:"),
    ];
    let body = "[a-zA-Z0-9.:@\\[\\]%#?&=/ \\\\\t\u{200B}\u{3000}中-]{0,40}";
    (scheme, body).prop_map(|(s, b)| format!("{s}{b}"))
}

proptest! {
    #[test]
    fn never_panics_on_any_text(s in any::<String>()) {
        let a = analyze_url(&s, &safe(SAFE));
        prop_assert!(a.sign_url.as_deref().is_none_or(|u| !u.contains('#')));
        let _ = validate_safe_domain(&s);
        let _ = domain_matches(&s, std::slice::from_ref(&s));
    }

    #[test]
    fn never_panics_on_urlish_text(s in urlish(), d in "[a-z.:/*\\[\\]0-9 -]{0,20}") {
        let a = analyze_url(&s, std::slice::from_ref(&d));
        if let Some(u) = &a.sign_url {
            prop_assert!(!u.contains('#'));
            // The sign URL is what the page reports: analysing it again changes nothing.
            if u.starts_with("http") {
                let again = analyze_url(u, std::slice::from_ref(&d));
                prop_assert_eq!(again.sign_url.as_deref(), Some(u.as_str()));
            }
        }
        if a.findings.iter().any(|f| f.code == "fragment") {
            prop_assert!(a.has_errors());
        }
        let _ = validate_safe_domain(&d);
        let _ = validate_safe_domain(&s);
    }
}

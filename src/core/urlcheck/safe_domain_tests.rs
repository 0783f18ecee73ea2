//! Safe-domain coverage (parent domains, path entries, case) and entry validation, as tables.

use crate::core::text::Lang;
use crate::i18n::Render;
use url::Url;

use super::*;

fn list(entries: &[&str]) -> Vec<String> {
    entries.iter().map(|s| (*s).to_owned()).collect()
}

/// (entry, page URL, covered?)
const COVERS: &[(&str, &str, bool)] = &[
    ("qq.com", "https://qq.com/", true),
    ("qq.com", "https://mp.qq.com/x", true),
    ("qq.com", "https://a.b.qq.com/x", true),
    ("qq.com", "https://evilqq.com/", false),
    ("qq.com", "https://qq.com.evil.com/", false),
    ("mp.qq.com", "https://qq.com/", false),
    ("QQ.Com", "https://MP.QQ.COM/", true),
    ("wx.qq.com/mp", "https://wx.qq.com/mp", true),
    ("wx.qq.com/mp", "https://wx.qq.com/mp/", true),
    ("wx.qq.com/mp", "https://wx.qq.com/mp/a/b?c=1", true),
    ("wx.qq.com/mp", "https://wx.qq.com/mp?c=1", true),
    ("wx.qq.com/mp", "https://wx.qq.com/mpx", false),
    ("wx.qq.com/mp", "https://wx.qq.com/", false),
    ("wx.qq.com/mp/", "https://wx.qq.com/mp/x", true),
    ("wx.qq.com/a/b", "https://wx.qq.com/a/b/c", true),
    ("wx.qq.com/a/b", "https://wx.qq.com/a/bc", false),
    ("https://qq.com:443", "https://mp.qq.com/", true),
    ("中文.com", "https://www.中文.com/", true),
    ("1.2.3.4", "http://1.2.3.4/", false),
    ("", "https://qq.com/", false),
];

#[test]
fn safe_domain_coverage() {
    for &(entry, page, expected) in COVERS {
        let list = [entry.to_owned()];
        assert_eq!(domain_matches(page, &list), expected, "{entry} vs {page}");
    }
    let list = list(&["a.com", "wx.qq.com/mp"]);
    let url = Url::parse("https://wx.qq.com/mp/x").expect("valid");
    assert_eq!(matching_entry(&url, &list), Some("wx.qq.com/mp"));
    assert!(!domain_matches("not a url", &list));
    assert!(!domain_matches("ftp://a.com/", &list));
    assert!(domain_matches(" https://a.com/ ", &list));
}

#[test]
fn safe_domain_parsing() {
    let d = SafeDomain::parse(" https://WX.QQ.com:443/mp/x/ ").expect("a domain");
    assert_eq!((d.host.as_str(), d.path.as_str()), ("wx.qq.com", "/mp/x"));
    let d = SafeDomain::parse("*.qq.com").expect("a domain");
    assert_eq!((d.host.as_str(), d.path.as_str()), ("qq.com", ""));
    assert_eq!(SafeDomain::parse("[::1]"), None);
    assert_eq!(SafeDomain::parse("  "), None);
}

/// (entry, finding codes)
const ENTRIES: &[(&str, &[&str])] = &[
    ("qq.com", &[]),
    ("wx.qq.com/mp", &[]),
    ("a.com/x/y/z", &[]),
    ("a.com/x/y/z/", &[]),
    ("a.com/w/x/y/z", &["safe_domain_path_depth"]),
    ("https://qq.com", &["safe_domain_scheme"]),
    ("qq.com:8080", &["safe_domain_port"]),
    ("1.2.3.4", &["safe_domain_ip"]),
    ("[::1]", &["safe_domain_ip"]),
    ("*.qq.com", &["safe_domain_wildcard"]),
    (" qq.com ", &["safe_domain_whitespace"]),
    ("", &["safe_domain_empty"]),
    ("localhost", &["safe_domain_not_domain"]),
    ("qq_com.com", &["safe_domain_chars"]),
    ("a b.com", &["safe_domain_chars"]),
    ("中文.com", &["safe_domain_idn"]),
    ("t.cn", &["safe_domain_short_link"]),
    ("qq.com?x=1", &["safe_domain_query"]),
    (
        "http://1.2.3.4:8080/a",
        &["safe_domain_scheme", "safe_domain_port", "safe_domain_ip"],
    ),
];

#[test]
fn safe_domain_entry_validation() {
    for &(entry, expected) in ENTRIES {
        let got: Vec<&str> = validate_safe_domain(entry).iter().map(|f| f.code).collect();
        assert_eq!(got, expected, "entry {entry:?}");
    }
    let f = validate_safe_domain("https://WX.qq.com:8080/mp");
    assert!(f.iter().all(|f| f.severity == Severity::Error));
    assert_eq!(f[0].fix.get(Lang::En), "Write the entry as wx.qq.com/mp");
    let idn = validate_safe_domain("中文.com");
    assert_eq!(idn[0].fix.get(Lang::En), "Write it as xn--fiq228c.com");
}

#[test]
fn more_than_three_entries_is_an_error() {
    let three = list(&["a.com", "b.com", "c.com"]);
    assert!(validate_safe_domains(&three).is_empty());
    let four = list(&["a.com", "b.com", "c.com", "d.com"]);
    let f = validate_safe_domains(&four);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].code, "safe_domain_count");
    assert_eq!(f[0].severity, Severity::Error);
    // Entry problems are still reported alongside.
    let bad = list(&["https://a.com", "b.com", "c.com", "d.com"]);
    let codes: Vec<_> = validate_safe_domains(&bad).iter().map(|f| f.code).collect();
    assert_eq!(codes, ["safe_domain_scheme", "safe_domain_count"]);
}

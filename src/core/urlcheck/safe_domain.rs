//! JS interface safe domains (DOMAIN.md §3): which pages an entry covers, and whether an entry is
//! written the way the admin console accepts it.
//!
//! Matching is lenient (an entry typed with `https://` or a port still matches what it obviously
//! means) because [`validate_safe_domain`] reports the entry's own problems separately; one
//! mistake should not show up as two errors.

use url::{Host, Url};

use super::{Finding, Severity};
use crate::core::text::{Msg, msg};

/// Most path segments an entry may have (`a.com/x/y/z`).
pub const MAX_PATH_SEGMENTS: usize = 3;

/// Short-link services the console refuses as safe domains (a sample, not a full list).
const SHORT_LINK_HOSTS: &[&str] = &[
    "t.cn",
    "url.cn",
    "dwz.cn",
    "suo.im",
    "w.url.cn",
    "bit.ly",
    "tinyurl.com",
    "t.co",
    "goo.gl",
];

/// An entry reduced to what matching needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SafeDomain {
    /// ASCII, lowercase, punycode for international names, no trailing dot.
    pub host: String,
    /// `""` for a domain entry, else `/seg[/seg…]` without a trailing `/`.
    pub path: String,
}

impl SafeDomain {
    /// Reads an entry leniently: surrounding spaces, a scheme, a port, a `*.` prefix and a
    /// trailing `/` are ignored. `None` when no domain name is left (empty, IP address, invalid).
    pub fn parse(entry: &str) -> Option<Self> {
        let e = entry.trim();
        let e = e.split_once("://").map_or(e, |(_, rest)| rest);
        let e = e.split(['?', '#']).next().unwrap_or_default();
        let (host_port, path) = e.split_once('/').unwrap_or((e, ""));
        let host = host_port.split(':').next().unwrap_or_default();
        let host = host.strip_prefix("*.").unwrap_or(host);
        let host = match Host::parse(host).ok()? {
            Host::Domain(d) => d.trim_end_matches('.').to_owned(),
            Host::Ipv4(_) | Host::Ipv6(_) => return None,
        };
        if host.is_empty() {
            return None;
        }
        let mut norm_path = String::new();
        for seg in path.split('/').filter(|s| !s.is_empty()) {
            norm_path.push('/');
            norm_path.push_str(seg);
        }
        Some(Self {
            host,
            path: norm_path,
        })
    }

    /// True when the page `url` lies under this entry: its host is the entry's host or a
    /// subdomain of it, and its path is the entry's path or below it (`/mp` covers `/mp/x`, not
    /// `/mpx`). Host comparison ignores case (the parser already lowercased it).
    pub fn covers(&self, url: &Url) -> bool {
        self.covers_host(url) && self.covers_path(url.path())
    }

    fn covers_host(&self, url: &Url) -> bool {
        let Some(Host::Domain(host)) = url.host() else {
            return false;
        };
        let host = host.trim_end_matches('.');
        let want = self.host.as_str();
        host.eq_ignore_ascii_case(want)
            || (host.len() > want.len()
                && host.as_bytes()[host.len() - want.len() - 1] == b'.'
                && host[host.len() - want.len()..].eq_ignore_ascii_case(want))
    }

    fn covers_path(&self, path: &str) -> bool {
        match path.strip_prefix(self.path.as_str()) {
            Some(rest) => rest.is_empty() || rest.starts_with('/'),
            None => false,
        }
    }
}

/// The first entry that covers `url`, if any.
pub fn matching_entry<'a>(url: &Url, entries: &'a [String]) -> Option<&'a str> {
    entries
        .iter()
        .find(|e| SafeDomain::parse(e).is_some_and(|d| d.covers(url)))
        .map(String::as_str)
}

/// "Is this page or share link under one of the safe domains?" A text that is not an
/// http(s) URL is under none.
pub fn domain_matches(url: &str, entries: &[String]) -> bool {
    Url::parse(url.trim())
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .is_some_and(|u| matching_entry(&u, entries).is_some())
}

fn entry_finding(code: &'static str, severity: Severity, message: Msg, fix: Msg) -> Finding {
    Finding {
        code,
        severity,
        message,
        fix,
    }
}

fn write_as(suggestion: Option<&SafeDomain>) -> Msg {
    match suggestion {
        Some(d) => msg!(
            "urlcheck-safe-write-as",
            entry = format!("{}{}", d.host, d.path)
        ),
        None => msg!("urlcheck-safe-write-domain"),
    }
}

/// How many JS safe domains an account can save (DOMAIN.md §3).
pub const MAX_SAFE_DOMAINS: usize = 3;

/// Checks a whole safe-domain list: each entry, then the list's length (the console keeps at
/// most [`MAX_SAFE_DOMAINS`], so a longer list cannot be what the account really has).
pub fn validate_safe_domains(entries: &[String]) -> Vec<Finding> {
    let mut out: Vec<Finding> = entries
        .iter()
        .flat_map(|e| validate_safe_domain(e))
        .collect();
    if entries.len() > MAX_SAFE_DOMAINS {
        let n = entries.len();
        out.push(entry_finding(
            "safe_domain_count",
            Severity::Error,
            msg!("urlcheck-safe-count", count = n, max = MAX_SAFE_DOMAINS),
            msg!("urlcheck-safe-count-fix"),
        ));
    }
    out
}

/// Checks one safe-domain entry against the console's rules (DOMAIN.md §3); each finding's fix
/// says how to write the entry instead. An empty list means the entry is well formed.
pub fn validate_safe_domain(entry: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    let trimmed = entry.trim();
    let suggestion = SafeDomain::parse(entry);
    let fix = || write_as(suggestion.as_ref());
    if trimmed.is_empty() {
        out.push(entry_finding(
            "safe_domain_empty",
            Severity::Error,
            msg!("urlcheck-safe-empty"),
            write_as(None),
        ));
        return out;
    }
    if trimmed.len() != entry.len() {
        out.push(entry_finding(
            "safe_domain_whitespace",
            Severity::Warning,
            msg!("urlcheck-safe-whitespace", entry = trimmed),
            fix(),
        ));
    }
    let (without_scheme, had_scheme) = match trimmed.split_once("://") {
        Some((_, rest)) => (rest, true),
        None => (trimmed, false),
    };
    if had_scheme {
        out.push(entry_finding(
            "safe_domain_scheme",
            Severity::Error,
            msg!("urlcheck-safe-scheme", entry = trimmed),
            fix(),
        ));
    }
    if without_scheme.contains(['?', '#']) {
        out.push(entry_finding(
            "safe_domain_query",
            Severity::Error,
            msg!("urlcheck-safe-query", entry = trimmed),
            fix(),
        ));
    }
    let before_query = without_scheme.split(['?', '#']).next().unwrap_or_default();
    let (host_port, path) = before_query.split_once('/').unwrap_or((before_query, ""));
    let (host, port) = split_port(host_port);
    if port.is_some() {
        out.push(entry_finding(
            "safe_domain_port",
            Severity::Error,
            msg!("urlcheck-safe-port", entry = trimmed),
            fix(),
        ));
    }
    check_host(host, trimmed, &mut out, fix);
    let segments = path.split('/').filter(|s| !s.is_empty()).count();
    if segments > MAX_PATH_SEGMENTS {
        out.push(entry_finding(
            "safe_domain_path_depth",
            Severity::Error,
            msg!(
                "urlcheck-safe-path-depth",
                entry = trimmed,
                segments = segments,
                max = MAX_PATH_SEGMENTS
            ),
            msg!("urlcheck-safe-path-depth-fix"),
        ));
    }
    out
}

fn split_port(host_port: &str) -> (&str, Option<&str>) {
    if host_port.starts_with('[') {
        return match host_port.find(']') {
            Some(end) => {
                let (h, rest) = host_port.split_at(end + 1);
                (h, rest.strip_prefix(':'))
            }
            None => (host_port, None),
        };
    }
    match host_port.split_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (host_port, None),
    }
}

fn check_host(host: &str, trimmed: &str, out: &mut Vec<Finding>, fix: impl Fn() -> Msg) {
    let bare = match host.strip_prefix("*.") {
        Some(rest) => {
            out.push(entry_finding(
                "safe_domain_wildcard",
                Severity::Error,
                msg!("urlcheck-safe-wildcard", entry = trimmed),
                fix(),
            ));
            rest
        }
        None => host,
    };
    let parsed = Host::parse(bare);
    let ascii = match parsed {
        Ok(Host::Ipv4(_) | Host::Ipv6(_)) => {
            out.push(entry_finding(
                "safe_domain_ip",
                Severity::Error,
                msg!("urlcheck-safe-ip", entry = trimmed),
                write_as(None),
            ));
            return;
        }
        Ok(Host::Domain(d)) => d,
        Err(_) => String::new(),
    };
    let valid_chars = !ascii.is_empty()
        && ascii
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.');
    if !valid_chars {
        out.push(entry_finding(
            "safe_domain_chars",
            Severity::Error,
            msg!("urlcheck-safe-chars", entry = trimmed),
            write_as(None),
        ));
        return;
    }
    if !bare.is_ascii() {
        out.push(entry_finding(
            "safe_domain_idn",
            Severity::Warning,
            msg!("urlcheck-safe-idn", entry = trimmed),
            msg!("urlcheck-safe-idn-fix", ascii = &ascii),
        ));
    }
    let name = ascii.trim_end_matches('.');
    if !name.contains('.') {
        out.push(entry_finding(
            "safe_domain_not_domain",
            Severity::Error,
            msg!("urlcheck-safe-not-domain", name = name),
            write_as(None),
        ));
    } else if SHORT_LINK_HOSTS.contains(&name) {
        out.push(entry_finding(
            "safe_domain_short_link",
            Severity::Warning,
            msg!("urlcheck-safe-short-link", name = name),
            msg!("urlcheck-safe-short-link-fix"),
        ));
    }
}

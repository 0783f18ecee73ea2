//! What the page will sign, and every rule its URL breaks (DOMAIN.md §1 and §3).
//!
//! Pure: takes the URL text and the safe-domain list, returns data. The GUI shows it as the user
//! types, the CLI prints it, the verifier and the batch checker reuse it.

mod changes;
mod domain_words;
mod raw;
mod rules;
mod safe_domain;
#[cfg(test)]
mod safe_domain_tests;
#[cfg(test)]
mod tests;
mod text_rules;

use std::borrow::Cow;

use serde::Serialize;
use url::{Host, Position, Url};

use super::text::Msg;
pub use domain_words::{DomainWording, JS_SAFE_DOMAINS, PortRule};
pub use safe_domain::{
    MAX_PATH_SEGMENTS, MAX_SAFE_DOMAINS, SafeDomain, domain_matches, matching_entry,
    validate_safe_domain, validate_safe_domains,
};
pub use text_rules::LONG_URL_BYTES;

/// How bad a finding is. Ordered so `max()` gives the worst.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A harmless change worth explaining.
    Info,
    /// Probably breaks something.
    Warning,
    /// The URL as given must not be signed or cannot pass `wx.config`.
    Error,
}

/// One broken rule, with a stable machine-readable `code` (e.g. `fragment`, `port`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub code: &'static str,
    pub severity: Severity,
    pub message: Msg,
    pub fix: Msg,
}

/// One way the browser's `location.href.split('#')[0]` differs from what was typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// Stable code: `host_lowercased`, `slash_added`, `default_port_removed`,
    /// `percent_encoded`, `punycode`, `fragment_removed`, ...
    pub code: &'static str,
    pub description: Msg,
}

/// The result of [`analyze_url`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UrlAnalysis {
    pub input: String,
    /// What the page sees as `location.href.split('#')[0]`; `None` when the input cannot be
    /// parsed as a URL at all.
    pub sign_url: Option<String>,
    pub changes: Vec<Change>,
    pub findings: Vec<Finding>,
}

impl UrlAnalysis {
    /// The worst severity among the findings, if any.
    pub fn worst(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).max()
    }

    pub fn has_errors(&self) -> bool {
        self.worst() == Some(Severity::Error)
    }
}

/// Analyses a page URL against the account's JS safe domains: what the page will sign, how that
/// differs from the text given, and every rule the URL breaks. Never panics, whatever the input.
pub fn analyze_url(input: &str, safe_domains: &[String]) -> UrlAnalysis {
    analyze_url_as(input, safe_domains, &JS_SAFE_DOMAINS)
}

/// [`analyze_url`] with the domain findings in a platform's own words (WeCom's trusted domains).
pub fn analyze_url_as(input: &str, safe_domains: &[String], words: &DomainWording) -> UrlAnalysis {
    let mut findings = Vec::new();
    let mut changes = Vec::new();
    let sign_url = analyze_into(input, safe_domains, words, &mut findings, &mut changes);
    // Worst first; the rule order is kept within a severity.
    findings.sort_by_key(|f| std::cmp::Reverse(f.severity));
    UrlAnalysis {
        input: input.to_owned(),
        sign_url,
        changes,
        findings,
    }
}

fn analyze_into(
    input: &str,
    safe_domains: &[String],
    words: &DomainWording,
    findings: &mut Vec<Finding>,
    changes: &mut Vec<Change>,
) -> Option<String> {
    let trimmed = input.trim_matches(raw::c0_control_or_space);
    if trimmed.is_empty() {
        findings.push(rules::empty());
        return None;
    }
    let surrounding_ws = trimmed.len() != input.len();
    if surrounding_ws {
        findings.push(text_rules::surrounding_whitespace());
    }
    let tabs_newlines = text_checks(trimmed, findings);
    if input.len() > LONG_URL_BYTES {
        findings.push(text_rules::too_long(input.len()));
    }
    let cleaned: Cow<'_, str> = if tabs_newlines {
        Cow::Owned(trimmed.replace(raw::tab_or_newline, ""))
    } else {
        Cow::Borrowed(trimmed)
    };
    if let Some((times, decoded)) = whole_url_encoding(&cleaned) {
        findings.push(text_rules::whole_url_encoded(times, &decoded));
        return None;
    }
    let url = match Url::parse(input) {
        Ok(url) => url,
        Err(e) => {
            findings.push(rules::unparseable(e, &cleaned));
            return None;
        }
    };
    let sign_url = &url[..Position::AfterQuery];
    let raw = raw::split(&cleaned);
    if url.fragment().is_some() {
        findings.push(rules::fragment());
    }
    if matches!(url.scheme(), "http" | "https") {
        host_checks(&url, &raw, safe_domains, words, findings);
    } else {
        findings.push(rules::scheme(url.scheme()));
    }
    if !url.username().is_empty() || url.password().is_some() {
        findings.push(rules::credentials());
    }
    if url
        .query_pairs()
        .any(|(k, _)| k == "from" || k == "isappinstalled")
    {
        findings.push(rules::share_params());
    }
    if has_double_escape(&url[Position::BeforePath..Position::AfterQuery]) {
        findings.push(text_rules::percent_encoded_twice());
    }
    let input_before_hash = input.split('#').next().unwrap_or_default();
    changes.extend(changes::list(
        &raw,
        &url,
        sign_url,
        input_before_hash,
        surrounding_ws,
        tabs_newlines,
    ));
    if sign_url != input_before_hash {
        findings.push(rules::normalized());
    }
    Some(sign_url.to_owned())
}

/// Whitespace, control and invisible characters, and HTML entities. Returns whether the text has
/// tabs or newlines (which the parser drops).
fn text_checks(trimmed: &str, findings: &mut Vec<Finding>) -> bool {
    let mut spaces = 0;
    let mut tabs_newlines = 0;
    let mut controls: Vec<char> = Vec::new();
    let mut invisible: Vec<char> = Vec::new();
    for c in trimmed.chars() {
        match c {
            ' ' => spaces += 1,
            '\t' | '\n' | '\r' => tabs_newlines += 1,
            c if c.is_control() => push_distinct(&mut controls, c),
            c if is_invisible(c) => push_distinct(&mut invisible, c),
            _ => {}
        }
    }
    if spaces + tabs_newlines > 0 {
        findings.push(text_rules::whitespace(spaces + tabs_newlines));
    }
    if !controls.is_empty() {
        findings.push(text_rules::control_char(&code_point_list(&controls)));
    }
    if !invisible.is_empty() {
        findings.push(text_rules::invisible_char(&code_point_list(&invisible)));
    }
    // `&#38;` holds a '#', so it is looked for in the whole text: its '#' starts a fragment.
    let lower = trimmed.to_ascii_lowercase();
    let before_hash = lower.split('#').next().unwrap_or_default();
    if before_hash.contains("&amp;") || lower.contains("&#38;") || lower.contains("&#x26;") {
        findings.push(text_rules::html_entity());
    }
    tabs_newlines > 0
}

/// Zero-width, bidi, soft-hyphen and non-ASCII space characters: invisible when pasted, but the
/// page sees them percent-encoded. Public so front ends can make them visible when echoing input.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00A0}'
            | '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{180E}'
            | '\u{2000}'..='\u{200F}'
            | '\u{2028}'..='\u{202F}'
            | '\u{205F}'..='\u{206F}'
            | '\u{3000}'
            | '\u{3164}'
            | '\u{FEFF}'
            | '\u{FFA0}'
    )
}

fn push_distinct(list: &mut Vec<char>, c: char) {
    if !list.contains(&c) {
        list.push(c);
    }
}

/// `U+200B, U+FEFF` for the first 5 distinct characters, `…` when there are more.
fn code_point_list(chars: &[char]) -> String {
    let mut out: Vec<String> = chars
        .iter()
        .take(5)
        .map(|&c| format!("U+{:04X}", u32::from(c)))
        .collect();
    if chars.len() > 5 {
        out.push("…".to_owned());
    }
    out.join(", ")
}

/// `https%3A%2F%2F…` (once) or `https%253A%252F%252F…` (twice, and so on): how many times the
/// whole URL was encoded, and the text decoded that many times.
fn whole_url_encoding(s: &str) -> Option<(usize, String)> {
    let scheme_len = s.bytes().take_while(|b| b.is_ascii_alphabetic()).count();
    if scheme_len == 0 {
        return None;
    }
    let rest = s[scheme_len..].to_ascii_lowercase();
    let mut times = 1;
    let mut marker = String::from("%3a%2f%2f");
    while !rest.starts_with(&marker) {
        // Each extra round of encoding turns every '%' into '%25'.
        marker = marker.replace('%', "%25");
        times += 1;
        if times > 4 {
            return None;
        }
    }
    let mut decoded = s.to_owned();
    for _ in 0..times {
        decoded = raw::percent_decode(&decoded);
    }
    Some((times, decoded))
}

/// `%25` followed by two hex digits: a percent escape encoded a second time.
fn has_double_escape(s: &str) -> bool {
    s.as_bytes().windows(5).any(|w| {
        w[0] == b'%'
            && w[1] == b'2'
            && w[2] == b'5'
            && w[3].is_ascii_hexdigit()
            && w[4].is_ascii_hexdigit()
    })
}

/// The entries that can cover `url` as domains: under [`PortRule::InEntry`] the entries naming
/// the page's port (none named: the scheme's default), without it; otherwise all, as they are.
fn entries_for_port<'a>(url: &Url, entries: &'a [String], rule: PortRule) -> Cow<'a, [String]> {
    if rule != PortRule::InEntry {
        return Cow::Borrowed(entries);
    }
    let covering: Vec<String> = entries
        .iter()
        .filter_map(|e| {
            let e = e.trim();
            let (host, port) = match e.rsplit_once(':') {
                Some((h, p)) if !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()) => {
                    (h, p.parse::<u16>().ok())
                }
                _ => (e, None),
            };
            let covers = match port {
                Some(p) => Some(p) == url.port_or_known_default(),
                None => url.port().is_none(),
            };
            covers.then(|| host.to_owned())
        })
        .collect();
    Cow::Owned(covering)
}

/// Host, port and safe-domain rules for an http(s) URL.
fn host_checks(
    url: &Url,
    raw: &raw::RawParts<'_>,
    safe_domains: &[String],
    words: &DomainWording,
    findings: &mut Vec<Finding>,
) {
    match url.host() {
        Some(Host::Ipv4(_) | Host::Ipv6(_)) => {
            findings.push(rules::ip_host(url.host_str().unwrap_or_default()));
        }
        Some(Host::Domain(host)) => {
            let entries = entries_for_port(url, safe_domains, words.port);
            if safe_domains.is_empty() {
                findings.push(rules::no_safe_domains(words));
            } else if matching_entry(url, &entries).is_none() {
                let page = format!("{host}{}", url.path());
                findings.push(rules::outside_safe_domains(&page, safe_domains, words));
            }
        }
        None => {}
    }
    match (url.port(), words.port) {
        (Some(p @ (80 | 443)), _) => findings.push(rules::unusual_port(url.scheme(), p)),
        (Some(p), PortRule::Only80And443) => findings.push(rules::port(p)),
        (Some(p), PortRule::InEntry) => findings.push(rules::port_in_entry(p)),
        (Some(p), PortRule::Undocumented) => findings.push(rules::port_undocumented(p)),
        (None, _) => {
            if let Some(p) = raw.port {
                findings.push(rules::default_port(p));
            }
        }
    }
}

//! What the page will sign, and every rule its URL breaks (DOMAIN.md §1 and §3).
//!
//! Pure: takes the URL text and the safe-domain list, returns data. The GUI shows it as the user
//! types, the CLI prints it, the verifier and the batch checker reuse it.

use serde::Serialize;

use super::text::Text;

/// How bad a finding is. Ordered so `max()` gives the worst.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub code: &'static str,
    pub severity: Severity,
    pub message: Text,
    pub fix: Text,
}

/// One way the browser's `location.href.split('#')[0]` differs from what was typed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Change {
    /// Stable code: `host_lowercased`, `slash_added`, `default_port_removed`,
    /// `percent_encoded`, `punycode`, `fragment_removed`, ...
    pub code: &'static str,
    pub description: Text,
}

/// The result of [`analyze_url`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
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

/// Analyses a page URL against the account's JS safe domains.
pub fn analyze_url(input: &str, safe_domains: &[String]) -> UrlAnalysis {
    let _ = safe_domains;
    let sign_url = ::url::Url::parse(input).ok().map(|mut u| {
        u.set_fragment(None);
        u.to_string()
    });
    UrlAnalysis {
        input: input.to_owned(),
        sign_url,
        changes: Vec::new(),
        findings: Vec::new(),
    }
}

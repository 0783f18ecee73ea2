//! The findings about a page URL's structure (scheme, host, port, fragment, safe domains), one
//! constructor per stable `code`, each with its message and fix (catalogue ids, `urlcheck-…`).
//! Kept apart from the analysis so the wording can be reviewed in one place; `text_rules` has the
//! ones about the characters and encoding of the text.

use super::{DomainWording, Finding, Severity};
use crate::core::text::{Msg, msg};

pub(super) fn finding(code: &'static str, severity: Severity, message: Msg, fix: Msg) -> Finding {
    Finding {
        code,
        severity,
        message,
        fix,
    }
}

pub(super) fn empty() -> Finding {
    finding(
        "empty",
        Severity::Error,
        msg!("urlcheck-empty"),
        msg!("urlcheck-empty-fix"),
    )
}

pub(super) fn unparseable(err: url::ParseError, input: &str) -> Finding {
    use url::ParseError as E;
    let reason = match err {
        E::RelativeUrlWithoutBase => msg!("urlcheck-reason-no-scheme"),
        E::EmptyHost => msg!("urlcheck-reason-no-host"),
        E::InvalidPort => msg!("urlcheck-reason-port"),
        E::InvalidIpv4Address => msg!("urlcheck-reason-ipv4"),
        E::InvalidIpv6Address => msg!("urlcheck-reason-ipv6"),
        E::InvalidDomainCharacter => msg!("urlcheck-reason-domain-char"),
        E::IdnaError => msg!("urlcheck-reason-idna"),
        _ => msg!("urlcheck-reason-invalid"),
    };
    // Suggest a scheme only for text that looks like `host/path` or `//host/path`.
    let host_like = input
        .trim_start_matches('/')
        .split(['/', '?'])
        .next()
        .is_some_and(|h| h.contains('.') && !h.starts_with(['.', '-']) && !h.contains(' '));
    let fix = if err == E::RelativeUrlWithoutBase && host_like {
        let suggestion = if input.starts_with("//") {
            format!("https:{input}")
        } else {
            format!("https://{input}")
        };
        msg!("urlcheck-unparseable-fix-scheme", suggestion = suggestion)
    } else if err == E::RelativeUrlWithoutBase {
        msg!("urlcheck-unparseable-fix-full")
    } else {
        msg!("urlcheck-unparseable-fix-copy")
    };
    finding(
        "unparseable",
        Severity::Error,
        msg!("urlcheck-unparseable", reason = reason),
        fix,
    )
}

pub(super) fn fragment() -> Finding {
    finding(
        "fragment",
        Severity::Error,
        msg!("urlcheck-fragment"),
        msg!("urlcheck-fragment-fix"),
    )
}

pub(super) fn scheme(scheme: &str) -> Finding {
    finding(
        "scheme",
        Severity::Error,
        msg!("urlcheck-scheme", scheme = scheme),
        msg!("urlcheck-scheme-fix"),
    )
}

pub(super) fn ip_host(host: &str) -> Finding {
    finding(
        "ip_host",
        Severity::Error,
        msg!("urlcheck-ip-host", host = host),
        msg!("urlcheck-ip-host-fix"),
    )
}

pub(super) fn port(port: u16) -> Finding {
    finding(
        "port",
        Severity::Error,
        msg!("urlcheck-port", port = port),
        msg!("urlcheck-port-fix"),
    )
}

pub(super) fn port_in_entry(port: u16) -> Finding {
    finding(
        "port",
        Severity::Info,
        msg!("urlcheck-port-in-entry", port = port),
        msg!("urlcheck-port-in-entry-fix", port = port),
    )
}

pub(super) fn port_undocumented(port: u16) -> Finding {
    finding(
        "port",
        Severity::Warning,
        msg!("urlcheck-port-undocumented", port = port),
        msg!("urlcheck-port-undocumented-fix"),
    )
}

pub(super) fn unusual_port(scheme: &str, port: u16) -> Finding {
    finding(
        "unusual_port",
        Severity::Warning,
        msg!("urlcheck-unusual-port", scheme = scheme, port = port),
        msg!("urlcheck-unusual-port-fix"),
    )
}

/// `port` as typed (`:443`, `:0443`).
pub(super) fn default_port(port: &str) -> Finding {
    finding(
        "default_port",
        Severity::Info,
        msg!("urlcheck-default-port", port = port),
        msg!("urlcheck-default-port-fix"),
    )
}

pub(super) fn no_safe_domains(w: &DomainWording) -> Finding {
    finding(
        "no_safe_domains",
        Severity::Info,
        w.none.clone(),
        w.none_fix.clone(),
    )
}

/// `page` is the host and path; the platform's words say what the domains are called.
pub(super) fn outside_safe_domains(page: &str, entries: &[String], w: &DomainWording) -> Finding {
    finding(
        "outside_safe_domains",
        Severity::Error,
        (w.outside)(page, &entries.join(", ")),
        w.outside_fix.clone(),
    )
}

pub(super) fn credentials() -> Finding {
    finding(
        "credentials",
        Severity::Warning,
        msg!("urlcheck-credentials"),
        msg!("urlcheck-credentials-fix"),
    )
}

pub(super) fn share_params() -> Finding {
    finding(
        "share_params",
        Severity::Info,
        msg!("urlcheck-share-params"),
        msg!("urlcheck-share-params-fix"),
    )
}

pub(super) fn normalized() -> Finding {
    finding(
        "normalized",
        Severity::Info,
        msg!("urlcheck-normalized"),
        msg!("urlcheck-normalized-fix"),
    )
}

//! How the browser's `location.href.split('#')[0]` differs from the text the user gave.

use url::Url;

use super::Change;
use super::raw::{RawParts, is_special_scheme};
use crate::core::text::{Msg, msg};

fn change(code: &'static str, description: Msg) -> Change {
    Change { code, description }
}

/// Lists the changes between the raw parts of the input and the parsed URL. `sign_url` is the
/// URL without its fragment; `before_hash` the input up to `#` (untrimmed).
pub(super) fn list(
    raw: &RawParts<'_>,
    url: &Url,
    sign_url: &str,
    input_before_hash: &str,
    surrounding_ws: bool,
    tabs_newlines: bool,
) -> Vec<Change> {
    let mut out = Vec::new();
    if surrounding_ws {
        out.push(change(
            "whitespace_trimmed",
            msg!("urlcheck-change-whitespace-trimmed"),
        ));
    }
    if tabs_newlines {
        out.push(change(
            "tab_newline_removed",
            msg!("urlcheck-change-tab-newline-removed"),
        ));
    }
    if let Some(scheme) = raw.scheme
        && scheme != url.scheme()
    {
        out.push(change(
            "scheme_lowercased",
            msg!(
                "urlcheck-change-scheme-lowercased",
                from = scheme,
                to = url.scheme()
            ),
        ));
    }
    let special = raw.scheme.is_some_and(is_special_scheme);
    if special && raw.slashes != "//" && url.scheme() != "file" {
        out.push(change(
            "slashes_normalized",
            msg!("urlcheck-change-slashes-normalized", slashes = raw.slashes),
        ));
    }
    host_changes(raw, url, &mut out);
    if raw.port.is_some() && url.port().is_none() {
        let p = raw.port.unwrap_or_default();
        out.push(change(
            "default_port_removed",
            msg!("urlcheck-change-default-port-removed", port = p),
        ));
    } else if let (Some(p), Some(n)) = (raw.port, url.port())
        && p != n.to_string()
    {
        out.push(change(
            "port_normalized",
            msg!("urlcheck-change-port-normalized", from = p, to = n),
        ));
    }
    if special && !raw.rest.starts_with(['/', '\\']) && url.path() == "/" {
        out.push(change("slash_added", msg!("urlcheck-change-slash-added")));
    }
    path_changes(raw, url, special, &mut out);
    if url.fragment().is_some() {
        out.push(change(
            "fragment_removed",
            msg!("urlcheck-change-fragment-removed"),
        ));
    }
    if out.is_empty() && sign_url != input_before_hash {
        out.push(change("normalized", msg!("urlcheck-change-normalized")));
    }
    out
}

fn host_changes(raw: &RawParts<'_>, url: &Url, out: &mut Vec<Change>) {
    let Some(host) = url.host_str() else {
        return;
    };
    if raw.host == host {
        return;
    }
    if raw.host.is_ascii() && raw.host.eq_ignore_ascii_case(host) {
        out.push(change(
            "host_lowercased",
            msg!(
                "urlcheck-change-host-lowercased",
                from = raw.host,
                to = host
            ),
        ));
    } else if !raw.host.is_ascii() && host.contains("xn--") {
        out.push(change(
            "punycode",
            msg!("urlcheck-change-punycode", from = raw.host, to = host),
        ));
    } else {
        out.push(change(
            "host_normalized",
            msg!(
                "urlcheck-change-host-normalized",
                from = raw.host,
                to = host
            ),
        ));
    }
}

/// Characters of the path or query the WHATWG parser percent-encodes (url crate's sets).
fn is_encoded(c: char, in_query: bool, special: bool) -> bool {
    if !c.is_ascii() || c.is_ascii_control() {
        return true;
    }
    if in_query {
        matches!(c, ' ' | '"' | '<' | '>') || (special && c == '\'')
    } else {
        matches!(c, ' ' | '"' | '<' | '>' | '`' | '{' | '}')
    }
}

fn path_changes(raw: &RawParts<'_>, url: &Url, special: bool, out: &mut Vec<Change>) {
    let mut encoded: Vec<char> = Vec::new();
    let mut in_query = false;
    for c in raw.rest.chars() {
        if c == '?' {
            in_query = true;
        } else if is_encoded(c, in_query, special) && !encoded.contains(&c) {
            encoded.push(c);
        }
    }
    if !encoded.is_empty() {
        let mut shown = String::new();
        for (i, c) in encoded.iter().take(5).enumerate() {
            if i > 0 {
                shown.push_str(", ");
            }
            let mut buf = [0u8; 4];
            let escaped: String = c
                .encode_utf8(&mut buf)
                .bytes()
                .map(|b| format!("%{b:02X}"))
                .collect();
            let visible = if c.is_control() || c.is_whitespace() {
                format!("U+{:04X}", u32::from(*c))
            } else {
                format!("'{c}'")
            };
            shown.push_str(&format!("{visible} → {escaped}"));
        }
        if encoded.len() > 5 {
            shown.push_str(", …");
        }
        out.push(change(
            "percent_encoded",
            msg!("urlcheck-change-percent-encoded", list = shown),
        ));
    }
    let path_part = raw.rest.split('?').next().unwrap_or_default();
    if special && path_part.contains('\\') {
        out.push(change(
            "backslash_replaced",
            msg!("urlcheck-change-backslash-replaced"),
        ));
    }
    let has_dot_segment = path_part.split(['/', '\\']).any(|seg| {
        let s = seg.to_ascii_lowercase();
        matches!(s.as_str(), "." | ".." | "%2e" | ".%2e" | "%2e." | "%2e%2e")
    });
    if has_dot_segment && !url.cannot_be_a_base() {
        out.push(change(
            "dot_segments_removed",
            msg!("urlcheck-change-dot-segments-removed"),
        ));
    }
}

//! The input split into parts *before* the URL parser normalises it, so the analysis can say
//! what the browser changed (a port it dropped, a host it lowercased, a `/` it added).
//!
//! This is not a second URL parser: it only finds the pieces of well-formed-looking input. When
//! it guesses wrong, the worst outcome is a missing or generic change note; `url::Url` stays the
//! authority on what the page sees.

/// The C0 controls and space the WHATWG parser trims from both ends.
pub(super) fn c0_control_or_space(c: char) -> bool {
    c <= ' '
}

/// Tab and newlines, which the WHATWG parser drops anywhere in the input.
pub(super) fn tab_or_newline(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r')
}

/// Schemes with an authority and a `/` path that browsers treat specially.
pub(super) fn is_special_scheme(scheme: &str) -> bool {
    matches!(
        scheme.to_ascii_lowercase().as_str(),
        "http" | "https" | "ws" | "wss" | "ftp" | "file"
    )
}

/// Pieces of the trimmed, tab-free input, each a slice of it.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct RawParts<'a> {
    /// Everything before the first `#`.
    pub before_hash: &'a str,
    pub scheme: Option<&'a str>,
    /// The run of `/` and `\` after `scheme:` (special schemes) or `//` (others).
    pub slashes: &'a str,
    pub userinfo: Option<&'a str>,
    pub host: &'a str,
    /// The text after the host's `:`, possibly empty (`http://qq.com:/`).
    pub port: Option<&'a str>,
    /// Path and query.
    pub rest: &'a str,
}

/// Splits `cleaned` (already trimmed and without tabs/newlines).
pub(super) fn split(cleaned: &str) -> RawParts<'_> {
    let before_hash = cleaned.split('#').next().unwrap_or_default();
    let mut parts = RawParts {
        before_hash,
        rest: before_hash,
        ..RawParts::default()
    };
    let Some((scheme, after)) = split_scheme(before_hash) else {
        return parts;
    };
    parts.scheme = Some(scheme);
    parts.rest = after;
    let special = is_special_scheme(scheme);
    let slash_len = if special {
        after
            .bytes()
            .take_while(|&b| b == b'/' || b == b'\\')
            .count()
    } else if after.starts_with("//") {
        2
    } else {
        return parts;
    };
    parts.slashes = &after[..slash_len];
    let authority_and_rest = &after[slash_len..];
    let authority_end = authority_and_rest
        .find(|c: char| c == '/' || c == '?' || (special && c == '\\'))
        .unwrap_or(authority_and_rest.len());
    let authority = &authority_and_rest[..authority_end];
    parts.rest = &authority_and_rest[authority_end..];
    let host_port = match authority.rfind('@') {
        Some(at) => {
            parts.userinfo = Some(&authority[..at]);
            &authority[at + 1..]
        }
        None => authority,
    };
    let port_colon = if host_port.starts_with('[') {
        host_port
            .find(']')
            .and_then(|end| host_port[end..].find(':').map(|i| end + i))
    } else {
        host_port.find(':')
    };
    match port_colon {
        Some(colon) => {
            parts.host = &host_port[..colon];
            parts.port = Some(&host_port[colon + 1..]);
        }
        None => parts.host = host_port,
    }
    parts
}

/// `scheme:` at the start, by the WHATWG scheme grammar (a letter, then letters, digits, `+-.`).
fn split_scheme(s: &str) -> Option<(&str, &str)> {
    let colon = s.find(':')?;
    let scheme = &s[..colon];
    let mut bytes = scheme.bytes();
    let first_ok = bytes.next().is_some_and(|b| b.is_ascii_alphabetic());
    let rest_ok = bytes.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'));
    (first_ok && rest_ok).then(|| (scheme, &s[colon + 1..]))
}

/// Decodes `%XX` escapes; invalid escapes stay as they are, invalid UTF-8 becomes U+FFFD.
pub(super) fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let (Some(h), Some(l)) = (
                bytes.get(i + 1).and_then(|&b| hex_value(b)),
                bytes.get(i + 2).and_then(|&b| hex_value(b)),
            )
        {
            out.push(h * 16 + l);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex_value(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_a_full_url() {
        let p = split("http://u:p@QQ.com:80/a b?x=1#frag");
        assert_eq!(p.before_hash, "http://u:p@QQ.com:80/a b?x=1");
        assert_eq!(p.scheme, Some("http"));
        assert_eq!(p.slashes, "//");
        assert_eq!(p.userinfo, Some("u:p"));
        assert_eq!(p.host, "QQ.com");
        assert_eq!(p.port, Some("80"));
        assert_eq!(p.rest, "/a b?x=1");
    }

    #[test]
    fn splits_bare_origin_ipv6_and_odd_slashes() {
        let p = split("https://qq.com?a=1");
        assert_eq!((p.host, p.port, p.rest), ("qq.com", None, "?a=1"));
        let p = split("http://[::1]:8080/x");
        assert_eq!((p.host, p.port, p.rest), ("[::1]", Some("8080"), "/x"));
        let p = split("http:\\\\qq.com\\a");
        assert_eq!((p.slashes, p.host, p.rest), ("\\\\", "qq.com", "\\a"));
        let p = split("qq.com/path");
        assert_eq!((p.scheme, p.host, p.rest), (None, "", "qq.com/path"));
        let p = split("mailto:a@b.c");
        assert_eq!((p.scheme, p.host, p.rest), (Some("mailto"), "", "a@b.c"));
    }

    #[test]
    fn decodes_percent_escapes() {
        assert_eq!(percent_decode("https%3A%2F%2Fqq.com"), "https://qq.com");
        assert_eq!(percent_decode("%E4%B8%AD%zz%"), "中%zz%");
    }
}

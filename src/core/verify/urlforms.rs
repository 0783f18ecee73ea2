//! The wrong forms a server gives a page URL: JavaScript and form encodings, decoding, `&amp;`,
//! slash, scheme, port and query changes. Plain string surgery on the already normalised URL, so
//! the search allocates one string per form and never re-parses.

/// Bytes `encodeURIComponent` leaves alone besides ASCII letters and digits.
const COMPONENT_KEEP: &[u8] = b"-_.!~*'()";
/// Bytes `encodeURI` additionally leaves alone (it keeps the URL structure).
const URI_KEEP: &[u8] = b";,/?:@&=+$#";
/// Bytes PHP `urlencode` / form encoding leave alone besides letters and digits.
const FORM_KEEP: &[u8] = b"-_.";

/// A URL split into the parts the mistakes touch, on ASCII delimiters only (so any text is
/// safe to split, however broken).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Parts<'a> {
    /// `http` / `https` (without `://`); empty when the text has no `://`.
    pub scheme: &'a str,
    /// `host` or `host:port`.
    pub authority: &'a str,
    /// From the first `/` after the authority up to `?` (may be empty).
    pub path: &'a str,
    /// After `?`, without it; `None` when there is no `?`.
    pub query: Option<&'a str>,
}

impl<'a> Parts<'a> {
    /// Splits a URL without a fragment. Returns `None` for text without `scheme://`.
    pub fn split(url: &'a str) -> Option<Self> {
        let (scheme, rest) = url.split_once("://")?;
        let auth_end = rest.find(['/', '?']).unwrap_or(rest.len());
        let (authority, rest) = rest.split_at(auth_end);
        let (path, query) = match rest.split_once('?') {
            Some((p, q)) => (p, Some(q)),
            None => (rest, None),
        };
        Some(Self {
            scheme,
            authority,
            path,
            query,
        })
    }

    /// Host and explicit port (`None` when the authority has none).
    fn host_port(&self) -> (&'a str, Option<&'a str>) {
        // IPv6 literals keep their colons inside brackets.
        let search_from = self.authority.rfind(']').map_or(0, |i| i + 1);
        match self.authority[search_from..].rfind(':') {
            Some(i) => {
                let i = search_from + i;
                (&self.authority[..i], Some(&self.authority[i + 1..]))
            }
            None => (self.authority, None),
        }
    }
}

pub(crate) fn join(scheme: &str, authority: &str, path: &str, query: Option<&str>) -> String {
    let mut s = String::with_capacity(
        scheme.len() + authority.len() + path.len() + query.map_or(0, |q| q.len() + 1) + 3,
    );
    s.push_str(scheme);
    s.push_str("://");
    s.push_str(authority);
    s.push_str(path);
    if let Some(q) = query {
        s.push('?');
        s.push_str(q);
    }
    s
}

fn encode_keeping(input: &str, keep: &[u8], space_plus: bool) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(input.len() * 3 / 2);
    for &b in input.as_bytes() {
        if b.is_ascii_alphanumeric() || keep.contains(&b) {
            out.push(char::from(b));
        } else if space_plus && b == b' ' {
            out.push('+');
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xf)]));
        }
    }
    out
}

/// JavaScript `encodeURIComponent`.
pub(crate) fn encode_uri_component(input: &str) -> String {
    encode_keeping(input, COMPONENT_KEEP, false)
}

/// JavaScript `encodeURI` (keeps `:/?&=#`, still encodes `%`, spaces and non-ASCII).
pub(crate) fn encode_uri(input: &str) -> String {
    let mut keep = [0u8; COMPONENT_KEEP.len() + URI_KEEP.len()];
    keep[..COMPONENT_KEEP.len()].copy_from_slice(COMPONENT_KEEP);
    keep[COMPONENT_KEEP.len()..].copy_from_slice(URI_KEEP);
    encode_keeping(input, &keep, false)
}

/// PHP `urlencode` / HTML form encoding (space becomes `+`).
pub(crate) fn form_encode(input: &str) -> String {
    encode_keeping(input, FORM_KEEP, true)
}

/// JavaScript `decodeURIComponent`; `None` when nothing is encoded or the bytes are not UTF-8
/// (where JavaScript would throw).
pub(crate) fn percent_decode(input: &str) -> Option<String> {
    if !input.contains('%') {
        return None;
    }
    crate::core::sign::percent_decode(input, crate::core::sign::Plus::Keep)
}

/// `&` written as the HTML entity `&amp;` (a URL copied out of HTML).
pub(crate) fn amp_escape(input: &str) -> Option<String> {
    input.contains('&').then(|| input.replace('&', "&amp;"))
}

/// The path with a trailing `/` added.
pub(crate) fn slash_added(url: &str) -> Option<String> {
    let p = Parts::split(url)?;
    if p.path.ends_with('/') {
        return None;
    }
    let path = format!("{}/", p.path);
    Some(join(p.scheme, p.authority, &path, p.query))
}

/// The path without its trailing `/` (for a bare origin: `http://a.com/` → `http://a.com`).
pub(crate) fn slash_removed(url: &str) -> Option<String> {
    let p = Parts::split(url)?;
    let path = p.path.strip_suffix('/')?;
    Some(join(p.scheme, p.authority, path, p.query))
}

/// `http` ↔ `https`; returns the new URL and the scheme the server signed.
pub(crate) fn scheme_swapped(url: &str) -> Option<String> {
    let p = Parts::split(url)?;
    let to = match p.scheme {
        "http" => "https",
        "https" => "http",
        _ => return None,
    };
    Some(join(to, p.authority, p.path, p.query))
}

/// The scheme's default port written out (`:80` / `:443`), as a proxy rebuilding the URL from
/// the `Host` header does.
pub(crate) fn port_added(url: &str) -> Option<String> {
    let p = Parts::split(url)?;
    let (host, port) = p.host_port();
    if port.is_some() || host.is_empty() {
        return None;
    }
    let port = match p.scheme {
        "http" => "80",
        "https" => "443",
        _ => return None,
    };
    let authority = format!("{host}:{port}");
    Some(join(p.scheme, &authority, p.path, p.query))
}

/// The explicit port dropped.
pub(crate) fn port_removed(url: &str) -> Option<String> {
    let p = Parts::split(url)?;
    let (host, port) = p.host_port();
    port?;
    Some(join(p.scheme, host, p.path, p.query))
}

/// The whole query dropped (a hard-coded URL, or the path only).
pub(crate) fn query_stripped(url: &str) -> Option<String> {
    let p = Parts::split(url)?;
    p.query?;
    Some(join(p.scheme, p.authority, p.path, None))
}

/// WeChat's share parameters (DOMAIN.md §9.3).
pub(crate) const SHARE_PARAMS: [&str; 3] = ["from", "isappinstalled", "nsukey"];

/// WeChat's share parameters (`from=singlemessage&isappinstalled=0`, `nsukey=…`) dropped
/// together, the rest kept.
pub(crate) fn share_query_stripped(url: &str) -> Option<String> {
    let p = Parts::split(url)?;
    let query = p.query?;
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| {
            let key = pair.split('=').next().unwrap_or_default();
            !SHARE_PARAMS.contains(&key)
        })
        .collect();
    if kept.len() == query.split('&').count() {
        return None;
    }
    let kept = kept.join("&");
    let query = (!kept.is_empty()).then_some(kept.as_str());
    Some(join(p.scheme, p.authority, p.path, query))
}

/// The whole URL lowercased (a server that normalises case itself).
pub(crate) fn lowercased(url: &str) -> Option<String> {
    url.bytes()
        .any(|b| b.is_ascii_uppercase())
        .then(|| url.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn javascript_encoders_match_the_browser() {
        // Values from a browser console.
        assert_eq!(
            encode_uri_component("https://a.com/p?x=1&y=中 #h"),
            "https%3A%2F%2Fa.com%2Fp%3Fx%3D1%26y%3D%E4%B8%AD%20%23h"
        );
        assert_eq!(
            encode_uri("https://a.com/p?x=1&y=中 %#h"),
            "https://a.com/p?x=1&y=%E4%B8%AD%20%25#h"
        );
        assert_eq!(encode_uri_component("-_.!~*'()"), "-_.!~*'()");
        assert_eq!(form_encode("a b~*"), "a+b%7E%2A");
    }

    #[test]
    fn decoding() {
        assert_eq!(percent_decode("a%20b%E4%B8%AD").as_deref(), Some("a b中"));
        assert_eq!(percent_decode("100%").as_deref(), Some("100%"));
        assert_eq!(percent_decode("plain"), None);
        assert_eq!(percent_decode("%FF"), None);
    }

    #[test]
    fn structural_forms() {
        let u = "https://a.com/p?from=singlemessage&x=1&isappinstalled=0";
        assert_eq!(
            slash_added(u).as_deref(),
            Some("https://a.com/p/?from=singlemessage&x=1&isappinstalled=0")
        );
        assert_eq!(slash_removed(u), None);
        assert_eq!(
            slash_removed("http://a.com/?q").as_deref(),
            Some("http://a.com?q")
        );
        assert_eq!(
            scheme_swapped(u).as_deref(),
            Some("http://a.com/p?from=singlemessage&x=1&isappinstalled=0")
        );
        assert_eq!(
            port_added("http://a.com/").as_deref(),
            Some("http://a.com:80/")
        );
        assert_eq!(port_added("http://a.com:8080/"), None);
        assert_eq!(
            port_removed("http://a.com:8080/x").as_deref(),
            Some("http://a.com/x")
        );
        assert_eq!(
            port_removed("http://[::1]:81/").as_deref(),
            Some("http://[::1]/")
        );
        assert_eq!(port_removed("http://[::1]/"), None);
        assert_eq!(query_stripped(u).as_deref(), Some("https://a.com/p"));
        assert_eq!(
            share_query_stripped(u).as_deref(),
            Some("https://a.com/p?x=1")
        );
        assert_eq!(
            share_query_stripped("https://a.com/?from=timeline").as_deref(),
            Some("https://a.com/")
        );
        assert_eq!(share_query_stripped("https://a.com/?x=1"), None);
        assert_eq!(amp_escape("a?x=1&y=2").as_deref(), Some("a?x=1&amp;y=2"));
        assert_eq!(
            lowercased("http://a.com/P").as_deref(),
            Some("http://a.com/p")
        );
        assert_eq!(Parts::split("no scheme"), None);
    }
}

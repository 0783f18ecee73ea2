//! The URL mistakes of DOMAIN.md §9: a URL cut at `&` or `?` or reduced to its origin, decoded
//! once, twice or form-style, reserved characters re-encoded, WeChat's share parameters dropped
//! or added, another host (`www.`, a safe domain, an upstream host) and a reverse-proxy path
//! prefix. Each form comes with the mistake that produces it (a [`UrlMistake`]); the URL
//! variants feed them to the search.

use super::mutation::Mutation;
use super::urlforms::{self, Parts, SHARE_PARAMS};
use super::urlmistake::UrlMistake;

/// What the URL forms need besides the URL itself.
pub(crate) struct UrlContext<'a> {
    /// Safe / trusted domain entries (`example.com`, `wx.qq.com/mp`) and other known hosts.
    pub hosts: &'a [String],
    /// The page looks routed (a `#/` route or an entry URL), so router notes apply.
    pub router: bool,
}

/// One candidate URL, its mistake, and whether the search may pair it with another mistake.
pub(crate) type Form = (String, Mutation, bool);

/// Upstream hosts a reverse proxy forwards to, and the ports they commonly listen on.
const UPSTREAM_HOSTS: [&str; 2] = ["127.0.0.1", "localhost"];
const UPSTREAM_PORTS: [&str; 9] = [
    "", "80", "8080", "8000", "3000", "5000", "8081", "8888", "9000",
];
/// Prefixes reverse proxies commonly strip or add.
const COMMON_PREFIXES: [&str; 8] = [
    "/h5", "/wx", "/m", "/mobile", "/wechat", "/web", "/app", "/api",
];
/// The longest query cut search: cuts at the first few `&` are the ones seen in the field.
const MAX_CUTS: usize = 8;

/// Every form of `sign_url` for the mistakes of this module.
pub(crate) fn url_forms(sign_url: &str, ctx: &UrlContext<'_>) -> Vec<Form> {
    let mut out = Vec::new();
    let Some(p) = Parts::split(sign_url) else {
        return out;
    };
    let m = Mutation::Url;
    // Share parameters first: dropping the last one is also a cut at its `&`, and the share
    // explanation is the one that tells the user what happened.
    share_params(&p, &mut out);
    cuts(&p, &mut out);
    if !p.authority.is_empty() {
        out.push((
            format!("{}://{}/", p.scheme, p.authority),
            m(UrlMistake::OriginOnly),
            true,
        ));
    }
    if let Some(once) = urlforms::percent_decode(sign_url) {
        for twice in [urlforms::percent_decode(&once), form_decode(&once)]
            .into_iter()
            .flatten()
        {
            out.push((twice, m(UrlMistake::DecodedTwice), true));
        }
    }
    if let Some(q) = p.query {
        let router = ctx.router;
        let enc = encode_reserved(q);
        if enc != q {
            let url = urlforms::join(p.scheme, p.authority, p.path, Some(&enc));
            out.push((url, m(UrlMistake::ReservedEncoded { router }), true));
        }
        let dec = decode_reserved(q);
        if dec != q {
            let url = urlforms::join(p.scheme, p.authority, p.path, Some(&dec));
            out.push((url, m(UrlMistake::ReservedDecoded { router }), true));
        }
    }
    hosts(&p, ctx, &mut out);
    paths(&p, ctx, &mut out);
    out
}

/// The URL cut at each `&` (a GET query read up to the first `&`, or the second after a
/// `replace('&', '%26')` half fix) and at each `?` inside the query.
fn cuts(p: &Parts<'_>, out: &mut Vec<Form>) {
    let Some(q) = p.query else { return };
    for (i, _) in q.match_indices('&').take(MAX_CUTS) {
        let param = q[i + 1..]
            .split(['=', '&'])
            .next()
            .unwrap_or_default()
            .to_owned();
        let url = urlforms::join(p.scheme, p.authority, p.path, Some(&q[..i]));
        out.push((url, Mutation::Url(UrlMistake::CutAtAmp { param }), true));
    }
    for (i, _) in q.match_indices('?').take(MAX_CUTS) {
        let url = urlforms::join(p.scheme, p.authority, p.path, Some(&q[..i]));
        out.push((url, Mutation::Url(UrlMistake::CutAtQuestion), true));
    }
}

/// `URLDecoder.decode` / `urldecode` / `unquote_plus`: `+` is a space, then percent-decoding.
/// `None` when it changes nothing beyond what a plain decode does, or is not UTF-8.
pub(crate) fn form_decode(input: &str) -> Option<String> {
    if !input.contains('+') {
        return None;
    }
    let spaced = input.replace('+', " ");
    Some(urlforms::percent_decode(&spaced).unwrap_or(spaced))
}

/// Reserved characters a router or `URLSearchParams` percent-encodes inside query values.
const RESERVED: &[u8] = b":@,;=+/?";

/// Percent-encodes the reserved characters of each key and value (the `&` and the first `=` of
/// each pair stay).
fn encode_reserved(query: &str) -> String {
    let mut out = String::with_capacity(query.len() + 16);
    for (i, pair) in query.split('&').enumerate() {
        if i > 0 {
            out.push('&');
        }
        let (key, value) = match pair.split_once('=') {
            Some((k, v)) => (k, Some(v)),
            None => (pair, None),
        };
        push_encoded(&mut out, key);
        if let Some(v) = value {
            out.push('=');
            push_encoded(&mut out, v);
        }
    }
    out
}

fn push_encoded(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_ascii() && RESERVED.contains(&(c as u8)) {
            out.push_str(&format!("%{:02X}", c as u8));
        } else {
            out.push(c);
        }
    }
}

/// Decodes `%3A %40 %2C %3B %3D %2B %2F %3F` (either case) back to the raw characters.
fn decode_reserved(query: &str) -> String {
    let bytes = query.as_bytes();
    let mut out = String::with_capacity(query.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(hex) = query.get(i + 1..i + 3)
            && let Ok(b) = u8::from_str_radix(hex, 16)
            && RESERVED.contains(&b)
        {
            out.push(char::from(b));
            i += 3;
            continue;
        }
        // Copy one whole character (the query may hold raw non-ASCII text).
        let len = query[i..].chars().next().map_or(1, char::len_utf8);
        out.push_str(&query[i..i + len]);
        i += len;
    }
    out
}

/// Each present share parameter dropped alone (together is `share_query_stripped`), or, when
/// the page has none, the usual share query appended.
fn share_params(p: &Parts<'_>, out: &mut Vec<Form>) {
    let pairs: Vec<&str> = p.query.map(|q| q.split('&').collect()).unwrap_or_default();
    let key = |pair: &str| pair.split('=').next().unwrap_or_default().to_owned();
    let present: Vec<&'static str> = SHARE_PARAMS
        .into_iter()
        .filter(|s| pairs.iter().any(|pair| key(pair) == *s))
        .collect();
    for param in &present {
        let kept: Vec<&str> = pairs
            .iter()
            .copied()
            .filter(|pair| key(pair) != *param)
            .collect();
        let kept = kept.join("&");
        let query = (!kept.is_empty()).then_some(kept.as_str());
        out.push((
            urlforms::join(p.scheme, p.authority, p.path, query),
            Mutation::Url(UrlMistake::ShareParamStripped { param }),
            true,
        ));
    }
    if !present.is_empty() {
        return;
    }
    for from in ["singlemessage", "groupmessage", "timeline"] {
        let added = format!("from={from}&isappinstalled=0");
        let query = match p.query {
            Some(q) if !q.is_empty() => format!("{q}&{added}"),
            _ => added.clone(),
        };
        out.push((
            urlforms::join(p.scheme, p.authority, p.path, Some(&query)),
            Mutation::Url(UrlMistake::ShareQueryAdded { query: added }),
            true,
        ));
    }
}

/// Splits `host[:port]`, keeping IPv6 brackets together.
fn host_port(authority: &str) -> (&str, &str) {
    let from = authority.rfind(']').map_or(0, |i| i + 1);
    match authority[from..].rfind(':') {
        Some(i) => authority.split_at(from + i),
        None => (authority, ""),
    }
}

/// Whether a host is loopback or a private address (an upstream behind a proxy).
fn is_upstream(host: &str) -> bool {
    if host == "localhost" || host.ends_with(".localhost") {
        return true;
    }
    match host.trim_matches(['[', ']']).parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V4(ip)) => ip.is_loopback() || ip.is_private() || ip.is_link_local(),
        Ok(std::net::IpAddr::V6(ip)) => ip.is_loopback() || (ip.segments()[0] & 0xfe00) == 0xfc00,
        Err(_) => false,
    }
}

fn hosts(p: &Parts<'_>, ctx: &UrlContext<'_>, out: &mut Vec<Form>) {
    let (host, port) = host_port(p.authority);
    let with_host = |h: &str, port: &str| format!("{h}{port}");
    let is_name = host.contains('.') && host.parse::<std::net::IpAddr>().is_err();
    if let Some(bare) = host.strip_prefix("www.") {
        out.push((
            urlforms::join(p.scheme, &with_host(bare, port), p.path, p.query),
            Mutation::Url(UrlMistake::WwwDropped),
            true,
        ));
    } else if is_name {
        out.push((
            urlforms::join(
                p.scheme,
                &with_host(&format!("www.{host}"), port),
                p.path,
                p.query,
            ),
            Mutation::Url(UrlMistake::WwwAdded),
            true,
        ));
    }
    for entry in ctx.hosts {
        let entry = entry
            .trim()
            .trim_start_matches("https://")
            .trim_start_matches("http://");
        let other = entry
            .split('/')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if other.is_empty() || other == p.authority || other == host {
            continue;
        }
        let (other_host, _) = host_port(&other);
        let mistake = if is_upstream(other_host) {
            UrlMistake::UpstreamHost {
                authority: other.clone(),
            }
        } else {
            UrlMistake::OtherHost {
                host: other.clone(),
            }
        };
        out.push((
            urlforms::join(p.scheme, &other, p.path, p.query),
            Mutation::Url(mistake.clone()),
            true,
        ));
        if is_upstream(other_host) && p.scheme == "https" {
            out.push((
                urlforms::join("http", &other, p.path, p.query),
                Mutation::Url(mistake),
                true,
            ));
        }
    }
    let mut schemes = vec!["http"];
    if p.scheme != "http" {
        schemes.push(p.scheme);
    }
    for h in UPSTREAM_HOSTS {
        for port in UPSTREAM_PORTS {
            let authority = if port.is_empty() {
                h.to_owned()
            } else {
                format!("{h}:{port}")
            };
            if authority == p.authority {
                continue;
            }
            for scheme in &schemes {
                out.push((
                    urlforms::join(scheme, &authority, p.path, p.query),
                    Mutation::Url(UrlMistake::UpstreamHost {
                        authority: authority.clone(),
                    }),
                    false,
                ));
            }
        }
    }
}

fn paths(p: &Parts<'_>, ctx: &UrlContext<'_>, out: &mut Vec<Form>) {
    let segments: Vec<&str> = p.path.split('/').filter(|s| !s.is_empty()).collect();
    for n in 1..=2 {
        if segments.len() <= n {
            break;
        }
        let prefix: String = segments[..n].iter().map(|s| format!("/{s}")).collect();
        let rest = &p.path[prefix.len()..];
        out.push((
            urlforms::join(p.scheme, p.authority, rest, p.query),
            Mutation::Url(UrlMistake::PathPrefixRemoved { prefix }),
            true,
        ));
    }
    // Prefixes from path-scoped safe domains (`wx.qq.com/mp`), then common ones.
    let from_hints = ctx.hosts.iter().filter_map(|e| {
        let e = e
            .trim()
            .trim_start_matches("https://")
            .trim_start_matches("http://");
        e.split_once('/')
            .map(|(_, path)| format!("/{}", path.trim_matches('/')))
            .filter(|p| p.len() > 1)
    });
    let path = if p.path.is_empty() { "/" } else { p.path };
    let mut seen = Vec::new();
    for prefix in from_hints.chain(COMMON_PREFIXES.iter().map(|s| (*s).to_owned())) {
        if seen.contains(&prefix) || path.starts_with(&format!("{prefix}/")) || path == prefix {
            continue;
        }
        seen.push(prefix.clone());
        out.push((
            urlforms::join(p.scheme, p.authority, &format!("{prefix}{path}"), p.query),
            Mutation::Url(UrlMistake::PathPrefixAdded { prefix }),
            false,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(url: &str, hosts: &[&str]) -> Vec<(String, String)> {
        let hosts: Vec<String> = hosts.iter().map(|h| (*h).to_owned()).collect();
        let ctx = UrlContext {
            hosts: &hosts,
            router: false,
        };
        url_forms(url, &ctx)
            .into_iter()
            .map(|(v, m, _)| (v, m.code().to_owned()))
            .collect()
    }

    fn has(forms: &[(String, String)], value: &str, code: &str) -> bool {
        forms.iter().any(|(v, c)| v == value && c == code)
    }

    #[test]
    fn cuts_and_origin() {
        let f = forms("https://x.cn/p?a=1&from=singlemessage&b=2", &[]);
        assert!(has(&f, "https://x.cn/p?a=1", "url_cut_at_ampersand"));
        assert!(has(
            &f,
            "https://x.cn/p?a=1&from=singlemessage",
            "url_cut_at_ampersand"
        ));
        assert!(has(&f, "https://x.cn/", "origin_only"));
        let f = forms("https://x.cn/p?r=/a?b=1", &[]);
        assert!(has(&f, "https://x.cn/p?r=/a", "url_cut_at_question_mark"));
    }

    #[test]
    fn decodings_and_reserved_characters() {
        let f = forms("https://x.cn/p?nsukey=ab%2Bc%2Fd%3D&q=a+b", &[]);
        assert_eq!(
            form_decode("https://x.cn/p?nsukey=ab%2Bc&q=a+b").as_deref(),
            Some("https://x.cn/p?nsukey=ab+c&q=a b")
        );
        assert!(has(
            &f,
            "https://x.cn/p?nsukey=ab c/d=&q=a b",
            "decoded_twice"
        ));
        assert!(has(
            &f,
            "https://x.cn/p?nsukey=ab+c/d=&q=a+b",
            "reserved_decoded"
        ));
        let f = forms("https://x.cn/p?q=a:1,2&t=x/y", &[]);
        assert!(has(
            &f,
            "https://x.cn/p?q=a%3A1%2C2&t=x%2Fy",
            "reserved_encoded"
        ));
        assert_eq!(decode_reserved("a%3a中%zz"), "a:中%zz");
    }

    #[test]
    fn share_parameters_one_by_one_or_added() {
        let f = forms(
            "https://x.cn/p?id=1&from=timeline&isappinstalled=0&nsukey=k%3D",
            &[],
        );
        assert!(has(
            &f,
            "https://x.cn/p?id=1&isappinstalled=0&nsukey=k%3D",
            "share_param_stripped"
        ));
        assert!(has(
            &f,
            "https://x.cn/p?id=1&from=timeline&isappinstalled=0",
            "share_param_stripped"
        ));
        let f = forms("https://x.cn/p", &[]);
        assert!(has(
            &f,
            "https://x.cn/p?from=singlemessage&isappinstalled=0",
            "share_query_added"
        ));
    }

    #[test]
    fn hosts_and_paths() {
        let f = forms(
            "https://m.shop.cn/h5/app/p?x=1",
            &["shop.cn", "10.0.0.5:8080", "wx.shop.cn/mp"],
        );
        assert!(has(&f, "https://www.m.shop.cn/h5/app/p?x=1", "www_added"));
        assert!(has(&f, "https://shop.cn/h5/app/p?x=1", "other_host"));
        assert!(has(
            &f,
            "http://10.0.0.5:8080/h5/app/p?x=1",
            "upstream_host"
        ));
        assert!(has(
            &f,
            "http://127.0.0.1:8080/h5/app/p?x=1",
            "upstream_host"
        ));
        assert!(has(&f, "https://localhost/h5/app/p?x=1", "upstream_host"));
        assert!(has(
            &f,
            "https://m.shop.cn/app/p?x=1",
            "path_prefix_removed"
        ));
        assert!(has(&f, "https://m.shop.cn/p?x=1", "path_prefix_removed"));
        assert!(has(
            &f,
            "https://m.shop.cn/mp/h5/app/p?x=1",
            "path_prefix_added"
        ));
        let f = forms("https://www.shop.cn/", &[]);
        assert!(has(&f, "https://shop.cn/", "www_dropped"));
        assert!(has(&f, "https://www.shop.cn/h5/", "path_prefix_added"));
        assert!(is_upstream("192.168.1.2") && is_upstream("[::1]") && !is_upstream("qq.com"));
    }
}

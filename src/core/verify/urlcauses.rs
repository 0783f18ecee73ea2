//! The URL mistakes of DOMAIN.md §9: a URL cut at `&` or `?` or reduced to its origin, decoded
//! once, twice or form-style, reserved characters re-encoded, WeChat's share parameters dropped
//! or added, another host (`www.`, a safe domain, an upstream host) and a reverse-proxy path
//! prefix. Each form comes with the mistake that produces it; [`super::variants`] feeds them to
//! the search.

use super::mutation::Mutation;
use super::urlforms::{self, Parts};
use crate::core::text::Text;

/// One way a server changed the page URL before signing it (DOMAIN.md §9.2–§9.6).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum UrlMistake {
    /// Cut at an `&`; `param` is the first parameter lost.
    CutAtAmp {
        param: String,
    },
    /// Cut at a `?` inside the query.
    CutAtQuestion,
    /// Only `scheme://host/` (the `Referer` origin).
    OriginOnly,
    /// Form-decoded (`+` → space, then percent-decoded).
    FormDecoded,
    /// Decoded twice (`%252B` → `+`, or `%2B` → `+` → space).
    DecodedTwice,
    /// Reserved characters of the query percent-encoded by the server (the page has them raw).
    ReservedEncoded {
        router: bool,
    },
    /// Reserved characters of the query decoded by the server (the page has them encoded).
    ReservedDecoded {
        router: bool,
    },
    /// One of WeChat's share parameters dropped.
    ShareParamStripped {
        param: &'static str,
    },
    /// Share parameters the page does not have, added (a stored shared URL).
    ShareQueryAdded {
        query: String,
    },
    WwwAdded,
    WwwDropped,
    /// The host of a safe or trusted domain instead of the page's.
    OtherHost {
        host: String,
    },
    /// An upstream host behind the reverse proxy (`127.0.0.1:8080`, `localhost`, a private IP).
    UpstreamHost {
        authority: String,
    },
    PathPrefixRemoved {
        prefix: String,
    },
    PathPrefixAdded {
        prefix: String,
    },
}

const ROUTER_EN: &str = " A single-page router rewrites the query with replaceState at load: WeChat on iOS verifies the URL as first loaded, Android the rewritten one, so sign the entry URL on iOS and the current location.href.split('#')[0] on Android.";
const ROUTER_ZH: &str = "单页应用的路由会在加载时用 replaceState 改写查询串：iOS 微信校验最初加载的 URL，Android 校验改写后的 URL，所以 iOS 上签入口 URL，Android 上签当前的 location.href.split('#')[0]。";

impl UrlMistake {
    pub(crate) fn code(&self) -> &'static str {
        use UrlMistake::*;
        match self {
            CutAtAmp { .. } => "url_cut_at_ampersand",
            CutAtQuestion => "url_cut_at_question_mark",
            OriginOnly => "origin_only",
            FormDecoded => "form_decoded",
            DecodedTwice => "decoded_twice",
            ReservedEncoded { .. } => "reserved_encoded",
            ReservedDecoded { .. } => "reserved_decoded",
            ShareParamStripped { .. } => "share_param_stripped",
            ShareQueryAdded { .. } => "share_query_added",
            WwwAdded => "www_added",
            WwwDropped => "www_dropped",
            OtherHost { .. } => "other_host",
            UpstreamHost { .. } => "upstream_host",
            PathPrefixRemoved { .. } => "path_prefix_removed",
            PathPrefixAdded { .. } => "path_prefix_added",
        }
    }

    pub(crate) fn message(&self) -> Text {
        use UrlMistake::*;
        match self {
            CutAtAmp { param } => Text::new(
                format!(
                    "The server got the URL cut at the & before {param}= (the page sent location.href unencoded in a GET query, so the server read url up to the &); send encodeURIComponent(location.href.split('#')[0]) or POST it, and decode it once on the server."
                ),
                format!(
                    "服务器收到的 URL 在 {param}= 前的 & 处被截断（页面把 location.href 未编码地放进了 GET 查询串，服务器只读到 & 之前）；请发送 encodeURIComponent(location.href.split('#')[0]) 或用 POST，并在服务器端解码一次。"
                ),
            ),
            CutAtQuestion => Text::new(
                "The server got the URL cut at a ? inside its query (the page sent it unencoded, or the server split at the last ?); send encodeURIComponent(location.href.split('#')[0]) and sign the whole URL.",
                "服务器收到的 URL 在查询串中的 ? 处被截断（页面未编码发送，或服务器按最后一个 ? 拆分）；请发送 encodeURIComponent(location.href.split('#')[0]) 并签完整的 URL。",
            ),
            OriginOnly => Text::new(
                "The server signed only the origin (scheme://host/), as the Referer header carries it under the default referrer policy; have the page send location.href.split('#')[0] instead of reading Referer.",
                "服务器只签了源（scheme://host/），即默认 Referrer 策略下 Referer 头携带的内容；请让页面发送 location.href.split('#')[0]，不要读取 Referer。",
            ),
            FormDecoded => Text::new(
                "The server form-decoded the URL (URLDecoder.decode / urldecode / unquote_plus turn + into a space); the page keeps it as is, so sign the URL without decoding it, or decode the url parameter exactly once with a non-form decoder.",
                "服务器对 URL 做了表单解码（URLDecoder.decode / urldecode / unquote_plus 会把 + 变成空格）；页面中它保持原样，请不解码直接签名，或只用非表单解码器对 url 参数解码一次。",
            ),
            DecodedTwice => Text::new(
                "The server decoded the URL twice (%2B became + and then a space, as in WeChat's nsukey); decode the url parameter exactly once (the framework usually already did) and sign what the page has.",
                "服务器对 URL 解码了两次（%2B 先变成 + 再变成空格，微信的 nsukey 中常见）；url 参数只解码一次（框架通常已经解过），签页面实际的 URL。",
            ),
            ReservedEncoded { router } => Text::new(
                format!(
                    "The server signed the query with reserved characters (: @ , ; = + / ?) percent-encoded, while the page has them raw; sign location.href.split('#')[0] exactly, without re-encoding the query.{}",
                    if *router { ROUTER_EN } else { "" }
                ),
                format!(
                    "服务器签名的查询串中保留字符（: @ , ; = + / ?）被百分号编码，而页面中是原样的；请原样签 location.href.split('#')[0]，不要重新编码查询串。{}",
                    if *router { ROUTER_ZH } else { "" }
                ),
            ),
            ReservedDecoded { router } => Text::new(
                format!(
                    "The server signed the query with reserved characters (: @ , ; = + / ?) decoded, while the page keeps them percent-encoded; sign location.href.split('#')[0] exactly, without normalising the query.{}",
                    if *router { ROUTER_EN } else { "" }
                ),
                format!(
                    "服务器签名的查询串中保留字符（: @ , ; = + / ?）被解码，而页面中仍是百分号编码；请原样签 location.href.split('#')[0]，不要规范化查询串。{}",
                    if *router { ROUTER_ZH } else { "" }
                ),
            ),
            ShareParamStripped { param } => Text::new(
                format!(
                    "The server dropped {param}=… from the URL, one of the parameters WeChat appends after a share; pass location.href.split('#')[0] from the page instead of rebuilding the URL."
                ),
                format!(
                    "服务器从 URL 中去掉了 {param}=…（分享后微信追加的参数之一）；请由页面传 location.href.split('#')[0]，不要自行拼接 URL。"
                ),
            ),
            ShareQueryAdded { query } => Text::new(
                format!(
                    "The server signed the URL with {query} appended, but this page has no share parameters (a stored or earlier shared URL); sign the URL the page has now."
                ),
                format!(
                    "服务器签名的 URL 带有 {query}，而当前页面没有这些分享参数（用了保存的或之前分享的 URL）；请签页面当前的 URL。"
                ),
            ),
            WwwAdded => Text::new(
                "The server added www. to the host (it builds the URL from its own base URL); sign the host the page is on.",
                "服务器在域名前加了 www.（用自己配置的基础地址拼接 URL）；请签页面实际所在的域名。",
            ),
            WwwDropped => Text::new(
                "The server dropped www. from the host (it builds the URL from its own base URL); sign the host the page is on.",
                "服务器去掉了域名中的 www.（用自己配置的基础地址拼接 URL）；请签页面实际所在的域名。",
            ),
            OtherHost { host } => Text::new(
                format!(
                    "The server signed the URL on {host}, another host of the safe or trusted domains, instead of the page's host; take the URL from the page (location.href.split('#')[0]), not from the server's configuration."
                ),
                format!(
                    "服务器签名用的域名是 {host}（安全域名或可信域名中的另一个），而不是页面所在的域名；请使用页面传来的 URL（location.href.split('#')[0]），不要用服务器配置拼接。"
                ),
            ),
            UpstreamHost { authority } => Text::new(
                format!(
                    "The server signed its upstream address {authority} (behind a reverse proxy without proxy_set_header Host); take the URL from the page, or forward Host and X-Forwarded-Proto."
                ),
                format!(
                    "服务器签的是它在反向代理后的上游地址 {authority}（代理没有 proxy_set_header Host）；请使用页面传来的 URL，或转发 Host 和 X-Forwarded-Proto。"
                ),
            ),
            PathPrefixRemoved { prefix } => Text::new(
                format!(
                    "The server signed the path without {prefix}, the prefix the reverse proxy strips; sign the path the page has, with {prefix}."
                ),
                format!(
                    "服务器签名的路径缺少 {prefix}（反向代理去掉的前缀）；请签页面的完整路径，包括 {prefix}。"
                ),
            ),
            PathPrefixAdded { prefix } => Text::new(
                format!(
                    "The server signed the path with {prefix} in front, a prefix the page's URL does not have (a reverse proxy or base-path setting); sign the path the page has."
                ),
                format!(
                    "服务器签名的路径前多了 {prefix}（页面 URL 中没有，来自反向代理或 base path 配置）；请签页面实际的路径。"
                ),
            ),
        }
    }
}

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
/// WeChat's share parameters (DOMAIN.md §9.3).
pub(crate) const SHARE_PARAMS: [&str; 3] = ["from", "isappinstalled", "nsukey"];
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

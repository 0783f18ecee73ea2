//! What a URL mistake of DOMAIN.md §9 is called and how it is explained: the stable code and
//! the sentence a cause shows. Plain data below `mutation` (which wraps it) and `urlcauses`
//! (which finds the URL forms each mistake produces).

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

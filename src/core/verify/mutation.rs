//! One wrong step a server takes while building string1, with its stable code and the sentence
//! that tells the user what the server did and how to fix it.

use super::TicketOrigin;
use super::hexenc::{self, HexEncoder};
use super::urlmistake::UrlMistake;
use crate::core::text::Text;

/// A single mistake. The search combines up to two of them (from different fields) and reports
/// the combination that reproduces the claimed signature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Mutation {
    // --- the url value ---
    Fragment,
    NotNormalised {
        sign_url: String,
    },
    EntryUrl,
    EncodeUriComponent,
    EncodeUri,
    FormEncoded,
    PercentDecoded,
    AmpEscaped,
    SlashAdded,
    SlashRemoved,
    SchemeSwapped {
        signed: &'static str,
    },
    PortAdded,
    PortRemoved,
    QueryStripped,
    ShareQueryStripped,
    Lowercased,
    UrlMissing,
    // --- the ticket ---
    OtherTicket {
        position: usize,
        origin: TicketOrigin,
    },
    TicketMissing,
    TicketWhitespace,
    // --- noncestr and timestamp ---
    NonceMissing,
    /// wx.config got the value with spaces around it; the server signed it trimmed.
    ConfigValueSpaces,
    MsTimestamp,
    ConfigMsTimestamp,
    TimestampDrift {
        delta: i64,
    },
    TimestampMissing,
    // --- how string1 is laid out ---
    KeysUppercase,
    KeysCapitalised,
    CamelCaseKeys,
    NonceStrKey,
    NonceUnderscoreKey,
    TimetampTypo,
    TimesEntity,
    Unsorted,
    Separator(&'static str),
    SpacesAroundEquals,
    /// One space next to one `&` (`…& noncestr=…`).
    StraySpace,
    TrailingAmp,
    LeadingAmp,
    UrlPairMissing,
    /// One of the URL mistakes of DOMAIN.md §9 (cut, decoded, re-encoded, host, path, share).
    Url(UrlMistake),
    /// A placeholder text signed instead of a value (`null`, `None`, `[object Object]`).
    Placeholder {
        field: Field,
        value: &'static str,
    },
    /// The signature itself written by a hex encoder that drops zeros.
    Hex {
        encoder: HexEncoder,
        upper: bool,
    },
    // --- notes on a match ---
    UppercaseHex,
    CurrentUrlNotEntry,
}

impl Mutation {
    pub(crate) fn code(&self) -> &'static str {
        use Mutation::*;
        match self {
            Fragment => "fragment",
            NotNormalised { .. } => "not_normalised",
            EntryUrl => "entry_url",
            EncodeUriComponent => "encode_uri_component",
            EncodeUri => "encode_uri",
            FormEncoded => "form_encoded",
            PercentDecoded => "percent_decoded",
            AmpEscaped => "amp_escaped",
            SlashAdded => "slash_added",
            SlashRemoved => "slash_removed",
            SchemeSwapped { .. } => "scheme",
            PortAdded => "port_added",
            PortRemoved => "port_removed",
            QueryStripped => "query_stripped",
            ShareQueryStripped => "share_query_stripped",
            Lowercased => "url_lowercased",
            UrlMissing => "url_missing",
            OtherTicket { origin, .. } => match origin {
                TicketOrigin::Stale { .. } => "stale_ticket",
                TicketOrigin::WxCard => "wx_card_ticket",
                TicketOrigin::OtherApp { .. } => "other_app_ticket",
                TicketOrigin::Current | TicketOrigin::Pasted => "other_ticket",
                wecom => super::wecom::ticket_code(wecom),
            },
            TicketMissing => "ticket_missing",
            TicketWhitespace => "ticket_whitespace",
            NonceMissing => "noncestr_missing",
            MsTimestamp => "ms_timestamp",
            ConfigMsTimestamp => "config_ms_timestamp",
            TimestampDrift { .. } => "timestamp_mismatch",
            TimestampMissing => "timestamp_missing",
            KeysUppercase | KeysCapitalised => "key_case",
            CamelCaseKeys => "camel_case_keys",
            NonceStrKey => "noncestr_key",
            NonceUnderscoreKey => "nonce_str_key",
            TimetampTypo => "timetamp_typo",
            TimesEntity => "times_entity",
            Unsorted => "unsorted_keys",
            Separator(_) => "separator",
            SpacesAroundEquals => "spaces",
            StraySpace => "stray_space",
            ConfigValueSpaces => "config_value_spaces",
            TrailingAmp => "trailing_ampersand",
            LeadingAmp => "leading_ampersand",
            UrlPairMissing => "url_pair_missing",
            UppercaseHex => "uppercase_hex",
            CurrentUrlNotEntry => "ios_entry_url",
            Url(m) => m.code(),
            Placeholder { field, .. } => match field {
                Field::Ticket => "ticket_placeholder",
                Field::Nonce => "noncestr_placeholder",
                Field::Timestamp => "timestamp_placeholder",
            },
            Hex { encoder, upper } => hexenc::code(*encoder, *upper),
        }
    }

    /// One sentence: what the server did, then the fix.
    pub(crate) fn message(&self) -> Text {
        use Mutation::*;
        match self {
            Fragment => Text::new(
                "The server signed the URL with its #fragment; sign location.href.split('#')[0], everything before the #.",
                "服务器签名的 URL 带着 # 及其后面的部分；请只签 location.href.split('#')[0]，即 # 之前的部分。",
            ),
            NotNormalised { sign_url } => Text::new(
                format!(
                    "The server signed the URL as typed, but the browser normalises it to {sign_url}; sign location.href.split('#')[0] as the page sees it."
                ),
                format!(
                    "服务器签的是原样输入的 URL，但浏览器会把它规范化为 {sign_url}；请签页面实际看到的 location.href.split('#')[0]。"
                ),
            ),
            EntryUrl => Text::new(
                "The server signed the entry URL (the first page of the visit), which only WeChat on iOS checks for a single-page app; sign the entry URL on iOS and the current location.href.split('#')[0] on Android.",
                "服务器签的是入口 URL（本次访问的第一个页面），只有 iOS 微信对单页应用校验它；iOS 上签入口 URL，Android 上签当前的 location.href.split('#')[0]。",
            ),
            CurrentUrlNotEntry => Text::new(
                "The signature matches the current URL, which Android checks, but WeChat on iOS checks the entry URL of a single-page app, so this fails on iPhone; on iOS sign the entry URL instead.",
                "签名与当前 URL 匹配（Android 校验它），但 iOS 微信对单页应用校验的是入口 URL，所以在 iPhone 上会失败；iOS 上请改签入口 URL。",
            ),
            EncodeUriComponent => Text::new(
                "The server signed the URL still encoded with encodeURIComponent; decode the url parameter once before signing.",
                "服务器签的是仍被 encodeURIComponent 编码的 URL；签名前请先把 url 参数解码一次。",
            ),
            EncodeUri => Text::new(
                "The server signed the URL encoded with encodeURI (spaces, % and non-ASCII escaped again); decode it before signing so it equals location.href.",
                "服务器签的是经 encodeURI 编码的 URL（空格、% 和非 ASCII 字符被再次转义）；签名前请解码，使其与 location.href 完全一致。",
            ),
            FormEncoded => Text::new(
                "The server signed a form-encoded URL (urlencode / http_build_query / URLEncoder); put the raw URL into string1, values are never escaped.",
                "服务器签的是表单编码后的 URL（urlencode / http_build_query / URLEncoder）；string1 中请放原始 URL，值不做任何转义。",
            ),
            PercentDecoded => Text::new(
                "The server percent-decoded the URL, but the page keeps it encoded; sign the URL exactly as location.href shows it, without decoding.",
                "服务器对 URL 做了百分号解码，但页面中它仍是编码形式；请原样签 location.href 显示的 URL，不要解码。",
            ),
            AmpEscaped => Text::new(
                "The server signed the URL with & HTML-escaped as &amp;; take the URL from the request, not from HTML, and sign it unescaped.",
                "服务器签名的 URL 中 & 被 HTML 转义成了 &amp;；请从请求参数中取 URL（而不是从 HTML 中），不转义直接签名。",
            ),
            SlashAdded => Text::new(
                "The server added a trailing / to the path; sign the path exactly as the page has it.",
                "服务器在路径末尾多加了 /；请按页面实际路径签名。",
            ),
            SlashRemoved => Text::new(
                "The server dropped the trailing / of the path (a bare domain always has one: http://a.com/); sign the path exactly as the page has it.",
                "服务器去掉了路径末尾的 /（裸域名总带一个 /：http://a.com/）；请按页面实际路径签名。",
            ),
            SchemeSwapped { signed } => Text::new(
                format!(
                    "The server signed an {signed}:// URL but the page uses the other scheme (typical behind a TLS-terminating proxy); take the URL from the page, or honour X-Forwarded-Proto."
                ),
                format!(
                    "服务器签的是 {signed}:// 的 URL，而页面用的是另一种协议（常见于 TLS 在代理终止的部署）；请使用页面传来的 URL，或根据 X-Forwarded-Proto 还原协议。"
                ),
            ),
            PortAdded => Text::new(
                "The server wrote the default port into the URL (rebuilding it from the Host header); sign it without the port, as the browser shows it.",
                "服务器在 URL 中写入了默认端口（根据 Host 头拼接所致）；请像浏览器一样不带端口签名。",
            ),
            PortRemoved => Text::new(
                "The server dropped the page's port from the URL; sign host:port exactly as the page has it (and note only ports 80 and 443 pass wx.config).",
                "服务器去掉了页面 URL 中的端口；请按页面的 host:port 原样签名（注意 wx.config 只支持 80 和 443 端口）。",
            ),
            QueryStripped => Text::new(
                "The server signed the URL without its query string (a hard-coded URL or the path only); sign the full URL including ?….",
                "服务器签名的 URL 缺少查询串（写死的 URL 或只用了路径）；请签包含 ?… 的完整 URL。",
            ),
            ShareQueryStripped => Text::new(
                "The server dropped the parameters WeChat appends after a share (from=…&isappinstalled=…); pass location.href.split('#')[0] from the page instead of rebuilding the URL.",
                "服务器丢掉了分享后微信追加的参数（from=…&isappinstalled=…）；请由页面传 location.href.split('#')[0]，不要自行拼接 URL。",
            ),
            Lowercased => Text::new(
                "The server lowercased the whole URL; sign it with its original case (only the host is case-insensitive).",
                "服务器把整个 URL 转成了小写；请保留原始大小写签名（只有域名不区分大小写）。",
            ),
            UrlMissing => Text::new(
                "The server signed an empty url (the front end did not send the page URL); pass location.href.split('#')[0] to the signing endpoint.",
                "服务器签名时 url 为空（前端没有把页面 URL 传给后端）；请把 location.href.split('#')[0] 传给签名接口。",
            ),
            OtherTicket { position, origin } => ticket_message(*position, origin),
            TicketMissing => Text::new(
                "The server signed with an empty ticket (jsapi_ticket=&…: its getticket call failed or the cache returned \"\", e.g. a Redis miss); check the errcode of the ticket request and the cached value before signing.",
                "服务器签名时 ticket 为空（jsapi_ticket=&…：获取 ticket 失败，或缓存返回了 \"\"，例如 Redis 未命中）；签名前请检查 getticket 请求返回的 errcode 和缓存中的值。",
            ),
            TicketWhitespace => Text::new(
                "The ticket the server used ends with a newline or space (read from a file or cache); trim it before signing.",
                "服务器使用的 ticket 末尾带有换行或空格（从文件或缓存读取所致）；签名前请去掉首尾空白。",
            ),
            NonceMissing => Text::new(
                "The server signed with an empty noncestr (the field was missing or mapped wrongly); sign with the same nonceStr it sends to wx.config.",
                "服务器签名时 noncestr 为空（字段缺失或映射错误）；请用与传给 wx.config 相同的 nonceStr 签名。",
            ),
            MsTimestamp => Text::new(
                "The server signed a millisecond timestamp while wx.config got seconds; use one value in seconds (Math.floor(Date.now() / 1000), time()) for both.",
                "服务器签名用的是毫秒时间戳，而 wx.config 拿到的是秒；请两处都用同一个以秒为单位的值（Math.floor(Date.now() / 1000)、time()）。",
            ),
            ConfigMsTimestamp => Text::new(
                "wx.config got a millisecond timestamp but the server signed seconds; pass the same seconds value to both.",
                "wx.config 拿到的是毫秒时间戳，而服务器签名用的是秒；请两处传同一个以秒为单位的值。",
            ),
            TimestampDrift { delta } => Text::new(
                format!(
                    "The server signed a timestamp {delta:+} s off the one wx.config got (it read the clock twice); read it once and use that value for both."
                ),
                format!(
                    "服务器签名用的时间戳与 wx.config 收到的相差 {delta:+} 秒（读了两次时钟）；请只读一次并在两处使用同一个值。"
                ),
            ),
            TimestampMissing => Text::new(
                "The server signed with an empty timestamp (the field was missing or mapped wrongly); sign with the same timestamp it sends to wx.config.",
                "服务器签名时 timestamp 为空（字段缺失或映射错误）；请用与传给 wx.config 相同的 timestamp 签名。",
            ),
            KeysUppercase => Text::new(
                "The server wrote the keys of string1 in upper case; use jsapi_ticket, noncestr, timestamp, url in lower case.",
                "服务器把 string1 的键名写成了大写；请使用小写的 jsapi_ticket、noncestr、timestamp、url。",
            ),
            KeysCapitalised => Text::new(
                "The server capitalised the keys of string1; use jsapi_ticket, noncestr, timestamp, url in lower case.",
                "服务器把 string1 键名的首字母大写了；请使用小写的 jsapi_ticket、noncestr、timestamp、url。",
            ),
            CamelCaseKeys => Text::new(
                "The server used camelCase keys (jsapiTicket, nonceStr) in string1; use jsapi_ticket and noncestr.",
                "服务器在 string1 中用了驼峰键名（jsapiTicket、nonceStr）；请使用 jsapi_ticket 和 noncestr。",
            ),
            NonceStrKey => Text::new(
                "The server wrote the key nonceStr (the wx.config spelling) in string1; string1 needs noncestr, all lower case.",
                "服务器在 string1 中写了 nonceStr（wx.config 的写法）；string1 中必须是全小写的 noncestr。",
            ),
            NonceUnderscoreKey => Text::new(
                "The server wrote the key nonce_str in string1; string1 needs noncestr without the underscore.",
                "服务器在 string1 中写了 nonce_str；string1 中必须是不带下划线的 noncestr。",
            ),
            TimetampTypo => Text::new(
                "The server misspelt the key as timetamp; write timestamp.",
                "服务器把键名拼成了 timetamp；请写成 timestamp。",
            ),
            TimesEntity => Text::new(
                "The server's code has ×tamp where &timestamp belongs (copied from a blog whose HTML turned &times into ×); write &timestamp=.",
                "服务器代码里把 &timestamp 写成了 ×tamp（从博客复制时 &times 被 HTML 渲染成了 ×）；请写成 &timestamp=。",
            ),
            Unsorted => Text::new(
                "The server did not sort the keys; string1 must be jsapi_ticket, noncestr, timestamp, url in this order.",
                "服务器没有对键名排序；string1 必须按 jsapi_ticket、noncestr、timestamp、url 的顺序。",
            ),
            Separator(sep) => Text::new(
                format!(
                    "The server joined the pairs with {sep:?} instead of &; join them with a single & and nothing else."
                ),
                format!("服务器用 {sep:?} 而不是 & 连接各键值对；请只用一个 & 连接。"),
            ),
            StraySpace => Text::new(
                "The server has a stray space next to one & in string1 (e.g. \"& noncestr=\"); join the pairs with a bare &.",
                "服务器在 string1 的某个 & 旁多了一个空格（例如 \"& noncestr=\"）；请只用 & 连接，不加空格。",
            ),
            ConfigValueSpaces => Text::new(
                "wx.config got a value with spaces around it, but the server signed it trimmed; send wx.config exactly the value that was signed, without spaces.",
                "wx.config 收到的值首尾带空格，而服务器签名时去掉了空格；请把签名用的值原样（不带空格）传给 wx.config。",
            ),
            SpacesAroundEquals => Text::new(
                "The server put spaces around = in string1; write key=value without spaces.",
                "服务器在 string1 的 = 两侧加了空格；请写成不带空格的 key=value。",
            ),
            TrailingAmp => Text::new(
                "The server left a trailing & at the end of string1 (a join loop); drop it.",
                "服务器在 string1 末尾多留了一个 &（拼接循环所致）；请去掉它。",
            ),
            LeadingAmp => Text::new(
                "The server put an & before the first key of string1 (a join loop); drop it.",
                "服务器在 string1 第一个键前多加了 &（拼接循环所致）；请去掉它。",
            ),
            UrlPairMissing => Text::new(
                "The server left the url pair out of string1; string1 needs all four pairs, ending with &url=….",
                "服务器在 string1 中漏掉了 url 这一项；string1 必须包含全部四项，并以 &url=… 结尾。",
            ),
            UppercaseHex => Text::new(
                "The signature matches but is upper-case hex; WeChat's algorithm outputs lower case, so emit lower case to be safe.",
                "签名匹配，但是大写十六进制；微信的算法输出小写，为保险起见请输出小写。",
            ),
            Url(m) => m.message(),
            Placeholder { field, value } => placeholder_message(*field, value),
            Hex { encoder, upper } => hexenc::message(*encoder, *upper),
        }
    }
}

/// The string1 fields a placeholder can stand in for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Field {
    Ticket,
    Nonce,
    Timestamp,
}

fn placeholder_message(field: Field, value: &str) -> Text {
    match field {
        Field::Ticket => Text::new(
            format!(
                "The server signed with the text {value:?} as jsapi_ticket (a cache miss or an unset variable turned into text: Redis, JavaScript, Python); check that the ticket read succeeded and is a real ticket before signing."
            ),
            format!(
                "服务器把文本 {value:?} 当作 jsapi_ticket 签名（缓存未命中或变量未赋值被转成了文本：Redis、JavaScript、Python）；签名前请确认 ticket 读取成功且是真实的 ticket。"
            ),
        ),
        Field::Nonce => Text::new(
            format!(
                "The server signed with the text {value:?} as noncestr (an unset variable or a wrongly mapped nonce_str field); sign with the same nonceStr it sends to wx.config."
            ),
            format!(
                "服务器把文本 {value:?} 当作 noncestr 签名（变量未赋值或 nonce_str 字段映射错误）；请用与传给 wx.config 相同的 nonceStr 签名。"
            ),
        ),
        Field::Timestamp => Text::new(
            format!(
                "The server signed with the text {value:?} as timestamp (an unset variable or a wrongly mapped field); sign with the same timestamp it sends to wx.config."
            ),
            format!(
                "服务器把文本 {value:?} 当作 timestamp 签名（变量未赋值或字段映射错误）；请用与传给 wx.config 相同的 timestamp 签名。"
            ),
        ),
    }
}

fn ticket_message(position: usize, origin: &TicketOrigin) -> Text {
    let n = position + 1;
    match origin {
        TicketOrigin::CorpTicket
        | TicketOrigin::AgentTicket { .. }
        | TicketOrigin::OtherAgent { .. } => super::wecom::ticket_message(n, origin),
        TicketOrigin::Stale { .. } => Text::new(
            format!(
                "The server signed with an older ticket (candidate #{n}): another process refreshed it or signatures were cached past a ticket change; share one cached ticket and never cache signatures."
            ),
            format!(
                "服务器用的是旧的 ticket（候选 #{n}）：其他进程刷新了它，或签名在 ticket 更换后仍被缓存；请共享同一个缓存的 ticket，不要缓存签名。"
            ),
        ),
        TicketOrigin::WxCard => Text::new(
            format!(
                "The server signed with the wx_card ticket (candidate #{n}) instead of the jsapi one; request getticket with type=jsapi."
            ),
            format!(
                "服务器用的是 wx_card 卡券 ticket（候选 #{n}）而不是 jsapi ticket；请用 type=jsapi 调用 getticket。"
            ),
        ),
        TicketOrigin::OtherApp { app_id } if app_id.is_empty() => Text::new(
            format!(
                "The server signed with the ticket of another appId (candidate #{n}); fetch the ticket with the Official Account's own appId and secret."
            ),
            format!(
                "服务器用的是另一个 appId 的 ticket（候选 #{n}）；请用本公众号自己的 appId 和 secret 获取 ticket。"
            ),
        ),
        TicketOrigin::OtherApp { app_id } => Text::new(
            format!(
                "The server signed with the ticket of another appId ({app_id}, candidate #{n}); fetch the ticket with the Official Account's own appId and secret."
            ),
            format!(
                "服务器用的是另一个 appId（{app_id}，候选 #{n}）的 ticket；请用本公众号自己的 appId 和 secret 获取 ticket。"
            ),
        ),
        TicketOrigin::Current | TicketOrigin::Pasted => Text::new(
            format!(
                "The server signed with another ticket (candidate #{n}) than the current one; make it use the current jsapi ticket."
            ),
            format!(
                "服务器用的 ticket（候选 #{n}）不是当前的 jsapi ticket；请让它使用当前 ticket。"
            ),
        ),
    }
}

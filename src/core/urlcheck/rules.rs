//! The findings about a page URL's structure (scheme, host, port, fragment, safe domains), one
//! constructor per stable `code`, each with its message and fix in both languages. Kept apart from
//! the analysis so the wording can be reviewed in one place; `text_rules` has the ones about the
//! characters and encoding of the text.

use super::{DomainWording, Finding, Severity};
use crate::core::text::Text;

pub(super) fn finding(code: &'static str, severity: Severity, message: Text, fix: Text) -> Finding {
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
        Text::new("The URL is empty.", "URL 为空。"),
        Text::new(
            "Paste the page's full URL, e.g. https://example.com/page?id=1.",
            "粘贴页面的完整 URL，例如 https://example.com/page?id=1。",
        ),
    )
}

pub(super) fn unparseable(err: url::ParseError, input: &str) -> Finding {
    use url::ParseError as E;
    let (en, zh) = match err {
        E::RelativeUrlWithoutBase => (
            "it has no scheme (http:// or https://)",
            "缺少协议（http:// 或 https://）",
        ),
        E::EmptyHost => ("it has no host after the scheme", "协议之后没有主机名"),
        E::InvalidPort => (
            "the port is not a number from 0 to 65535",
            "端口不是 0 到 65535 之间的数字",
        ),
        E::InvalidIpv4Address => ("the IPv4 address is invalid", "IPv4 地址无效"),
        E::InvalidIpv6Address => ("the IPv6 address is invalid", "IPv6 地址无效"),
        E::InvalidDomainCharacter => (
            "the host contains a character a domain cannot hold (a space, <, >, %, …)",
            "主机名中含有域名不允许的字符（空格、<、>、% 等）",
        ),
        E::IdnaError => (
            "the host is not a valid international domain name",
            "主机名不是合法的国际化域名",
        ),
        _ => ("it is not a valid URL", "它不是合法的 URL"),
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
        Text::new(
            format!("Write the full URL with its scheme, e.g. {suggestion}"),
            format!("写出带协议的完整 URL，例如 {suggestion}"),
        )
    } else if err == E::RelativeUrlWithoutBase {
        Text::new(
            "Write the page's full URL, starting with https:// or http://.",
            "写出页面的完整 URL，以 https:// 或 http:// 开头。",
        )
    } else {
        Text::new(
            "Copy the URL from the page itself (location.href in the console) instead of typing it.",
            "直接从页面复制 URL（在控制台执行 location.href），不要手工输入。",
        )
    };
    finding(
        "unparseable",
        Severity::Error,
        Text::new(
            format!("This cannot be parsed as a URL: {en}."),
            format!("无法解析为 URL：{zh}。"),
        ),
        fix,
    )
}

pub(super) fn fragment() -> Finding {
    finding(
        "fragment",
        Severity::Error,
        Text::new(
            "The URL has a #fragment; the signature must cover only what comes before '#'.",
            "URL 带有 #片段；签名只能使用 '#' 之前的部分。",
        ),
        Text::new(
            "Sign location.href.split('#')[0] (shown as the sign URL), never the URL with its '#…'.",
            "对 location.href.split('#')[0]（即\u{201c}签名 URL\u{201d}）签名，不要带 '#…'。",
        ),
    )
}

pub(super) fn scheme(scheme: &str) -> Finding {
    finding(
        "scheme",
        Severity::Error,
        Text::new(
            format!("The scheme is '{scheme}:'; a WeChat page is served over http or https."),
            format!("协议是 '{scheme}:'；微信网页只能是 http 或 https。"),
        ),
        Text::new(
            "Use the page's http:// or https:// address (if you typed a host name, put https:// in front).",
            "使用页面的 http:// 或 https:// 地址（如果填的是主机名，在前面加 https://）。",
        ),
    )
}

pub(super) fn ip_host(host: &str) -> Finding {
    finding(
        "ip_host",
        Severity::Error,
        Text::new(
            format!("The host {host} is an IP address; JS safe domains cannot be IP addresses."),
            format!("主机 {host} 是 IP 地址；JS 接口安全域名不能是 IP 地址。"),
        ),
        Text::new(
            "Serve the page under a domain name bound as a JS safe domain.",
            "通过已设置为 JS 接口安全域名的域名访问页面。",
        ),
    )
}

pub(super) fn port(port: u16) -> Finding {
    finding(
        "port",
        Severity::Error,
        Text::new(
            format!(
                "The page is on port {port}; WeChat accepts pages only on ports 80 and 443 (wx.config fails with 'invalid url domain')."
            ),
            format!(
                "页面在 {port} 端口；微信只接受 80 和 443 端口的页面（wx.config 会报 invalid url domain）。"
            ),
        ),
        Text::new(
            "Serve the page on 80/443 (e.g. behind a reverse proxy). Test accounts may accept host:port; this is unconfirmed.",
            "把页面放到 80/443 端口（例如通过反向代理）。测试号据称可用 host:port，未经证实。",
        ),
    )
}

pub(super) fn unusual_port(scheme: &str, port: u16) -> Finding {
    finding(
        "unusual_port",
        Severity::Warning,
        Text::new(
            format!(
                "{scheme} on port {port}: the port stays in the URL, so the signature must include ':{port}'."
            ),
            format!("{scheme} 使用 {port} 端口：端口会保留在 URL 中，签名必须包含 ':{port}'。"),
        ),
        Text::new(
            "Check the scheme: port 443 is normally https and 80 http.",
            "检查协议：443 端口通常是 https，80 端口通常是 http。",
        ),
    )
}

pub(super) fn default_port(port: &str) -> Finding {
    finding(
        "default_port",
        Severity::Info,
        Text::new(
            format!("The explicit default port ':{port}' is dropped: the page does not see it."),
            format!("显式写出的默认端口 ':{port}' 会被去掉，页面看不到它。"),
        ),
        Text::new(
            "Sign the URL without the port, as shown in the sign URL.",
            "签名时不要带端口，按\u{201c}签名 URL\u{201d}所示。",
        ),
    )
}

pub(super) fn no_safe_domains(w: &DomainWording) -> Finding {
    finding(
        "no_safe_domains",
        Severity::Info,
        Text::new(w.none[0], w.none[1]),
        Text::new(w.none_fix[0], w.none_fix[1]),
    )
}

/// `page` is the host and path; the platform's words say what the domains are called.
pub(super) fn outside_safe_domains(page: &str, entries: &[String], w: &DomainWording) -> Finding {
    let fill = |t: &str, sep: &str| {
        t.replace("{page}", page)
            .replace("{list}", &entries.join(sep))
    };
    finding(
        "outside_safe_domains",
        Severity::Error,
        Text::new(fill(w.outside[0], ", "), fill(w.outside[1], ", ")),
        Text::new(w.outside_fix[0], w.outside_fix[1]),
    )
}

pub(super) fn credentials() -> Finding {
    finding(
        "credentials",
        Severity::Warning,
        Text::new(
            "The URL carries a user name or password (user:…@host).",
            "URL 中带有用户名或密码（user:…@host）。",
        ),
        Text::new(
            "Remove them: browsers strip or block such URLs, and the password would end up in string1 and in logs.",
            "去掉它们：浏览器会去除或拦截这类 URL，而且密码会进入 string1 和日志。",
        ),
    )
}

pub(super) fn share_params() -> Finding {
    finding(
        "share_params",
        Severity::Info,
        Text::new(
            "The query holds WeChat share parameters (from=, isappinstalled=): WeChat appends them when the page is shared.",
            "查询参数中有微信分享参数（from=、isappinstalled=）：页面被分享后微信会追加它们。",
        ),
        Text::new(
            "Sign the URL the page reports (location.href.split('#')[0], sent by the page), never a hard-coded one.",
            "对页面实际的 URL 签名（由页面传来的 location.href.split('#')[0]），不要写死 URL。",
        ),
    )
}

pub(super) fn normalized() -> Finding {
    finding(
        "normalized",
        Severity::Info,
        Text::new(
            "The browser rewrites this URL (see the changes): the page sees the sign URL, not the text given.",
            "浏览器会改写这个 URL（见变化列表）：页面看到的是\u{201c}签名 URL\u{201d}，而不是输入的文本。",
        ),
        Text::new(
            "Sign exactly the sign URL, i.e. what location.href.split('#')[0] returns in the page.",
            "严格对\u{201c}签名 URL\u{201d}签名，即页面中 location.href.split('#')[0] 的返回值。",
        ),
    )
}

//! How the browser's `location.href.split('#')[0]` differs from the text the user gave.

use url::Url;

use super::Change;
use super::raw::{RawParts, is_special_scheme};
use crate::core::text::Text;

fn change(code: &'static str, en: String, zh: String) -> Change {
    Change {
        code,
        description: Text::new(en, zh),
    }
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
            "Spaces or control characters at the start or end were trimmed.".into(),
            "去掉了首尾的空格或控制字符。".into(),
        ));
    }
    if tabs_newlines {
        out.push(change(
            "tab_newline_removed",
            "Tabs and newlines inside the URL were removed.".into(),
            "删除了 URL 中的制表符和换行。".into(),
        ));
    }
    if let Some(scheme) = raw.scheme
        && scheme != url.scheme()
    {
        out.push(change(
            "scheme_lowercased",
            format!("The scheme was lowercased: {scheme} → {}.", url.scheme()),
            format!("协议改为小写：{scheme} → {}。", url.scheme()),
        ));
    }
    let special = raw.scheme.is_some_and(is_special_scheme);
    if special && raw.slashes != "//" && url.scheme() != "file" {
        out.push(change(
            "slashes_normalized",
            format!("'{}' after the scheme became '//'.", raw.slashes),
            format!("协议后的 '{}' 变成了 '//'。", raw.slashes),
        ));
    }
    host_changes(raw, url, &mut out);
    if raw.port.is_some() && url.port().is_none() {
        let p = raw.port.unwrap_or_default();
        out.push(change(
            "default_port_removed",
            format!("The default port ':{p}' was removed."),
            format!("去掉了默认端口 ':{p}'。"),
        ));
    } else if let (Some(p), Some(n)) = (raw.port, url.port())
        && p != n.to_string()
    {
        out.push(change(
            "port_normalized",
            format!("The port ':{p}' became ':{n}'."),
            format!("端口 ':{p}' 变成了 ':{n}'。"),
        ));
    }
    if special && !raw.rest.starts_with(['/', '\\']) && url.path() == "/" {
        out.push(change(
            "slash_added",
            "A '/' path was added after the host.".into(),
            "在主机名后补上了路径 '/'。".into(),
        ));
    }
    path_changes(raw, url, special, &mut out);
    if url.fragment().is_some() {
        out.push(change(
            "fragment_removed",
            "The '#' and everything after it were removed.".into(),
            "去掉了 '#' 及其后面的内容。".into(),
        ));
    }
    if out.is_empty() && sign_url != input_before_hash {
        out.push(change(
            "normalized",
            "The browser normalised the URL in another way; compare it with the input.".into(),
            "浏览器以其他方式规范化了 URL；请与输入对比。".into(),
        ));
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
            format!("The host was lowercased: {} → {host}.", raw.host),
            format!("主机名改为小写：{} → {host}。", raw.host),
        ));
    } else if !raw.host.is_ascii() && host.contains("xn--") {
        out.push(change(
            "punycode",
            format!(
                "The international host {} became its punycode form {host}.",
                raw.host
            ),
            format!("国际化域名 {} 变成了 punycode 形式 {host}。", raw.host),
        ));
    } else {
        out.push(change(
            "host_normalized",
            format!("The host {} became {host}.", raw.host),
            format!("主机 {} 变成了 {host}。", raw.host),
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
            format!("Characters were percent-encoded: {shown}."),
            format!("字符被百分号编码：{shown}。"),
        ));
    }
    let path_part = raw.rest.split('?').next().unwrap_or_default();
    if special && path_part.contains('\\') {
        out.push(change(
            "backslash_replaced",
            "Backslashes in the path became '/'.".into(),
            "路径中的反斜杠变成了 '/'。".into(),
        ));
    }
    let has_dot_segment = path_part.split(['/', '\\']).any(|seg| {
        let s = seg.to_ascii_lowercase();
        matches!(s.as_str(), "." | ".." | "%2e" | ".%2e" | "%2e." | "%2e%2e")
    });
    if has_dot_segment && !url.cannot_be_a_base() {
        out.push(change(
            "dot_segments_removed",
            "'.' and '..' path segments were resolved.".into(),
            "解析掉了路径中的 '.' 和 '..'。".into(),
        ));
    }
}

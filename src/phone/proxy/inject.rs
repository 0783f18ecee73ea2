//! Putting the recorder into an HTML document on its way to the phone (PHONE.md §3), without
//! I/O: the body is decoded (gzip, deflate, br, identity), the recorder goes in as the first
//! script of the document, and the page's Content-Security-Policy decides how. A policy that
//! allows inline scripts gets it inline; one that does not gets
//! `<script src="/.well-known/wxsign/<token>/recorder.js">` (same origin: `'self'` allows it);
//! only a policy that allows neither is changed, and only by adding that one script to its
//! script directive (a nonce where `'strict-dynamic'` makes URLs count for nothing). Bytes are
//! spliced, never re-encoded: GBK pages stay GBK.

use std::io::Read;

/// The reserved path prefix on every intercepted host; never forwarded to the origin.
pub const RESERVED: &str = "/.well-known/wxsign/";

/// Bodies larger than this (decoded) are passed through without the recorder.
pub const MAX_DOCUMENT: usize = 16 * 1024 * 1024;

/// Why a document went through without the recorder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Skip {
    /// An encoding the proxy cannot read (`zstd`, …).
    Encoding(String),
    /// The body does not decode as its header says.
    Corrupt(String),
    TooLarge,
}

/// Decodes a body by its `Content-Encoding` (codings applied in order, undone in reverse).
pub fn decode(body: &[u8], content_encoding: Option<&str>) -> Result<Vec<u8>, Skip> {
    let codings: Vec<String> = content_encoding
        .unwrap_or_default()
        .split(',')
        .map(|c| c.trim().to_ascii_lowercase())
        .filter(|c| !c.is_empty() && c != "identity")
        .collect();
    let mut data = body.to_vec();
    for coding in codings.iter().rev() {
        let mut out = Vec::new();
        let read = match coding.as_str() {
            "gzip" | "x-gzip" => flate2::read::MultiGzDecoder::new(&data[..])
                .take(MAX_DOCUMENT as u64 + 1)
                .read_to_end(&mut out),
            "deflate" => {
                // Servers send either zlib (as the RFC says) or raw deflate.
                let zlib = flate2::read::ZlibDecoder::new(&data[..])
                    .take(MAX_DOCUMENT as u64 + 1)
                    .read_to_end(&mut out);
                if zlib.is_err() {
                    out.clear();
                    flate2::read::DeflateDecoder::new(&data[..])
                        .take(MAX_DOCUMENT as u64 + 1)
                        .read_to_end(&mut out)
                } else {
                    zlib
                }
            }
            "br" => brotli_decompressor::Decompressor::new(&data[..], 4096)
                .take(MAX_DOCUMENT as u64 + 1)
                .read_to_end(&mut out),
            other => return Err(Skip::Encoding(other.to_owned())),
        };
        read.map_err(|e| Skip::Corrupt(format!("{coding}: {e}")))?;
        if out.len() > MAX_DOCUMENT {
            return Err(Skip::TooLarge);
        }
        data = out;
    }
    Ok(data)
}

/// How the recorder gets in, as the page's policies allow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Plan {
    Inline,
    /// From the reserved path; the policies already allow it.
    External,
    /// From the reserved path, with these policies (the response's, changed) instead.
    ExternalWith {
        policies: Vec<String>,
        nonce: Option<String>,
    },
}

/// One CSP directive: name and sources, lower-cased.
fn directive<'a>(policy: &'a str, names: &[&str]) -> Option<Vec<&'a str>> {
    for name in names {
        for part in policy.split(';') {
            let mut words = part.split_ascii_whitespace();
            if words.next().is_some_and(|w| w.eq_ignore_ascii_case(name)) {
                return Some(words.collect());
            }
        }
    }
    None
}

const SCRIPT_DIRECTIVES: [&str; 3] = ["script-src-elem", "script-src", "default-src"];

fn has(sources: &[&str], word: &str) -> bool {
    sources.iter().any(|s| s.eq_ignore_ascii_case(word))
}

fn uses_nonce_or_hash(sources: &[&str]) -> bool {
    sources.iter().any(|s| {
        let s = s.to_ascii_lowercase();
        s.starts_with("'nonce-") || s.starts_with("'sha")
    })
}

fn inline_allowed(policy: &str) -> bool {
    match directive(policy, &SCRIPT_DIRECTIVES) {
        None => true,
        // 'unsafe-inline' counts for nothing next to a nonce, a hash or 'strict-dynamic'.
        Some(s) => {
            has(&s, "'unsafe-inline'") && !uses_nonce_or_hash(&s) && !has(&s, "'strict-dynamic'")
        }
    }
}

fn same_origin_allowed(policy: &str, scheme: &str) -> bool {
    match directive(policy, &SCRIPT_DIRECTIVES) {
        None => true,
        Some(s) if has(&s, "'strict-dynamic'") => false,
        Some(s) => has(&s, "'self'") || has(&s, "*") || has(&s, &format!("{scheme}:")),
    }
}

/// Decides how the recorder goes in under `policies` (the response's enforced
/// `Content-Security-Policy` headers; report-only ones restrict nothing). `script_url` is the
/// recorder's full URL on the page's origin; `nonce` a fresh one, used only if needed.
pub fn plan(policies: &[String], scheme: &str, script_url: &str, nonce: &str) -> Plan {
    if policies.iter().all(|p| inline_allowed(p)) {
        return Plan::Inline;
    }
    if policies.iter().all(|p| same_origin_allowed(p, scheme)) {
        return Plan::External;
    }
    let mut used_nonce = false;
    let changed = policies
        .iter()
        .map(|p| {
            if same_origin_allowed(p, scheme) {
                return p.clone();
            }
            let Some(sources) = directive(p, &SCRIPT_DIRECTIVES) else {
                return p.clone();
            };
            let extra = if has(&sources, "'strict-dynamic'") {
                used_nonce = true;
                format!("'nonce-{nonce}'")
            } else {
                script_url.to_owned()
            };
            add_source(p, &["script-src-elem", "script-src"], "script-src", &extra)
        })
        .collect();
    Plan::ExternalWith {
        policies: changed,
        nonce: used_nonce.then(|| nonce.to_owned()),
    }
}

/// `policy` with `source` added to the first of `names` it has; when it has none of them, the
/// `default-src` that governed instead is left alone and `new_name` gets its sources plus
/// `source` (a new directive, never a wider default).
fn add_source(policy: &str, names: &[&str], new_name: &str, source: &str) -> String {
    // 'none' next to another source is ignored with a console warning: it goes.
    let widened = |name: &str, sources: &[&str]| {
        let mut d = vec![name];
        d.extend(sources.iter().filter(|s| !s.eq_ignore_ascii_case("'none'")));
        d.push(source);
        d.join(" ")
    };
    for name in names {
        if directive(policy, &[name]).is_some() {
            return policy
                .split(';')
                .map(|part| {
                    let mut words = part.split_ascii_whitespace();
                    let first = words.next().unwrap_or_default();
                    if first.eq_ignore_ascii_case(name) {
                        let lead = &part[..part.len() - part.trim_start().len()];
                        format!("{lead}{}", widened(first, &words.collect::<Vec<_>>()))
                    } else {
                        part.to_owned()
                    }
                })
                .collect::<Vec<_>>()
                .join(";");
        }
    }
    let sources = directive(policy, &["default-src"]).unwrap_or_default();
    format!(
        "{}; {}",
        policy.trim_end().trim_end_matches(';'),
        widened(new_name, &sources)
    )
}

const CONNECT_DIRECTIVES: [&str; 2] = ["connect-src", "default-src"];

fn connect_allowed(policy: &str, scheme: &str) -> bool {
    match directive(policy, &CONNECT_DIRECTIVES) {
        None => true,
        Some(s) => has(&s, "'self'") || has(&s, "*") || has(&s, &format!("{scheme}:")),
    }
}

/// The policies with the recorder's report URL allowed for `fetch` and `sendBeacon` (both
/// obey `connect-src`); `None` when they already allow it.
pub fn allow_report(policies: &[String], scheme: &str, report_url: &str) -> Option<Vec<String>> {
    if policies.iter().all(|p| connect_allowed(p, scheme)) {
        return None;
    }
    Some(
        policies
            .iter()
            .map(|p| {
                if connect_allowed(p, scheme) {
                    p.clone()
                } else {
                    add_source(p, &["connect-src"], "connect-src", report_url)
                }
            })
            .collect(),
    )
}

/// The recorder as an inline script: non-ASCII escaped (the page may be GBK) and nothing that
/// would end the element early.
pub fn inline_tag(script: &str) -> Vec<u8> {
    let mut js = String::with_capacity(script.len() + 64);
    for c in script.chars() {
        if c.is_ascii() {
            js.push(c);
        } else {
            let mut buf = [0u16; 2];
            for unit in c.encode_utf16(&mut buf) {
                js.push_str(&format!("\\u{unit:04x}"));
            }
        }
    }
    let js = js.replace("</", "<\\/").replace("<!--", "<\\!--");
    format!("<script>{js}</script>").into_bytes()
}

/// The recorder from the reserved path.
pub fn external_tag(path: &str, nonce: Option<&str>) -> Vec<u8> {
    match nonce {
        Some(n) => format!("<script src=\"{path}\" nonce=\"{n}\"></script>"),
        None => format!("<script src=\"{path}\"></script>"),
    }
    .into_bytes()
}

/// Where the first script goes: after `<head>` (and after an early `<meta charset>`, which
/// must stay within the first 1024 bytes), else after `<html>`, else after the doctype, else
/// at the start.
pub fn insertion_point(html: &[u8]) -> usize {
    let lower = html.to_ascii_lowercase();
    let find_tag = |name: &[u8], from: usize| -> Option<(usize, usize)> {
        let mut at = from;
        while let Some(i) = find(&lower[at..], name).map(|i| i + at) {
            let after = lower.get(i + name.len()).copied();
            if matches!(after, Some(b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'/')) {
                let end = find(&lower[i..], b">").map(|e| i + e + 1)?;
                return Some((i, end));
            }
            at = i + 1;
        }
        None
    };
    if let Some((_, head_end)) = find_tag(b"<head", 0) {
        let first_script =
            find(&lower[head_end..], b"<script").map_or(lower.len(), |i| i + head_end);
        if let Some((meta, meta_end)) = find_tag(b"<meta", head_end)
            && meta < first_script
            && meta < 1024
        {
            let tag = &lower[meta..meta_end];
            if find(tag, b"charset").is_some() {
                return meta_end;
            }
        }
        return head_end;
    }
    if let Some((_, end)) = find_tag(b"<html", 0) {
        return end;
    }
    if let Some((_, end)) = find_tag(b"<!doctype", 0) {
        return end;
    }
    0
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The document with `tag` as its first script.
pub fn splice(html: &[u8], tag: &[u8]) -> Vec<u8> {
    let at = insertion_point(html);
    let mut out = Vec::with_capacity(html.len() + tag.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(tag);
    out.extend_from_slice(&html[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn bodies_decode_by_their_encoding() {
        let html = "<html><head></head><body>微信</body></html>".as_bytes();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(html).unwrap();
        let gz = gz.finish().unwrap();
        let mut zl = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        zl.write_all(html).unwrap();
        let zl = zl.finish().unwrap();
        let mut raw =
            flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
        raw.write_all(html).unwrap();
        let raw = raw.finish().unwrap();
        assert_eq!(decode(html, None).unwrap(), html);
        assert_eq!(decode(html, Some("identity")).unwrap(), html);
        assert_eq!(decode(&gz, Some("gzip")).unwrap(), html);
        assert_eq!(decode(&gz, Some("X-Gzip")).unwrap(), html);
        assert_eq!(decode(&zl, Some("deflate")).unwrap(), html);
        assert_eq!(decode(&raw, Some("deflate")).unwrap(), html);
        assert_eq!(
            decode(html, Some("zstd")),
            Err(Skip::Encoding("zstd".into()))
        );
        assert!(matches!(decode(html, Some("gzip")), Err(Skip::Corrupt(_))));
    }

    #[test]
    fn the_first_script_goes_after_head_or_an_early_charset() {
        let table: [(&str, &str); 7] = [
            (
                "<html><head><title>t</title>",
                "<html><head>|<title>t</title>",
            ),
            (
                "<!DOCTYPE html><HTML lang=zh><HEAD>\n<meta charset=\"gbk\"><script>",
                "<!DOCTYPE html><HTML lang=zh><HEAD>\n<meta charset=\"gbk\">|<script>",
            ),
            (
                "<head><script src=a.js></script><meta charset=utf-8>",
                "<head>|<script src=a.js></script><meta charset=utf-8>",
            ),
            ("<head><meta name=viewport>", "<head>|<meta name=viewport>"),
            ("<html><header>x</header>", "<html>|<header>x</header>"),
            ("<!doctype html><p>hi", "<!doctype html>|<p>hi"),
            ("<p>hi", "|<p>hi"),
        ];
        for (html, want) in table {
            let got = splice(html.as_bytes(), b"|");
            assert_eq!(String::from_utf8(got).unwrap(), want, "{html}");
        }
    }

    #[test]
    fn the_policy_decides_inline_external_or_changed() {
        let url = "https://m.example.com/.well-known/wxsign/T/recorder.js";
        let p = |s: &[&str]| s.iter().map(|x| (*x).to_owned()).collect::<Vec<_>>();
        let table: Vec<(Vec<String>, Plan)> = vec![
            (p(&[]), Plan::Inline),
            (p(&["img-src 'self'"]), Plan::Inline),
            (p(&["script-src 'self' 'unsafe-inline'"]), Plan::Inline),
            (p(&["default-src 'self'"]), Plan::External),
            (
                p(&["script-src 'self' 'nonce-abc' 'unsafe-inline'"]),
                Plan::External,
            ),
            (
                p(&["script-src 'self' 'unsafe-inline'", "script-src 'self'"]),
                Plan::External,
            ),
            (p(&["script-src https:"]), Plan::External),
            (
                p(&["script-src cdn.example.com; img-src *"]),
                Plan::ExternalWith {
                    policies: p(&[&format!("script-src cdn.example.com {url}; img-src *")]),
                    nonce: None,
                },
            ),
            (
                p(&["default-src 'none'"]),
                Plan::ExternalWith {
                    policies: p(&[&format!("default-src 'none'; script-src {url}")]),
                    nonce: None,
                },
            ),
            (
                p(&["script-src 'nonce-abc' 'strict-dynamic'"]),
                Plan::ExternalWith {
                    policies: p(&["script-src 'nonce-abc' 'strict-dynamic' 'nonce-N0'"]),
                    nonce: Some("N0".into()),
                },
            ),
        ];
        for (policies, want) in table {
            assert_eq!(plan(&policies, "https", url, "N0"), want, "{policies:?}");
        }
    }

    #[test]
    fn the_report_url_is_allowed_where_connect_src_forbids_it() {
        let url = "https://m.example.com/.well-known/wxsign/T/report";
        let p = |s: &[&str]| s.iter().map(|x| (*x).to_owned()).collect::<Vec<_>>();
        let table: Vec<(Vec<String>, Option<Vec<String>>)> = vec![
            (p(&[]), None),
            (p(&["script-src 'self'"]), None),
            (p(&["default-src 'self'"]), None),
            (p(&["connect-src 'self' api.example.com"]), None),
            (
                p(&["connect-src api.example.com; img-src *"]),
                Some(p(&[&format!(
                    "connect-src api.example.com {url}; img-src *"
                )])),
            ),
            (
                p(&["default-src 'none'; script-src 'self'"]),
                Some(p(&[&format!(
                    "default-src 'none'; script-src 'self'; connect-src {url}"
                )])),
            ),
        ];
        for (policies, want) in table {
            assert_eq!(allow_report(&policies, "https", url), want, "{policies:?}");
        }
    }

    #[test]
    fn an_inline_recorder_cannot_end_its_element_or_misread_gbk() {
        let tag = String::from_utf8(inline_tag("var a = '</script>'; // 微信\n<!-- x")).unwrap();
        assert!(tag.is_ascii(), "{tag}");
        assert_eq!(tag.matches("</script>").count(), 1, "{tag}");
        assert!(tag.contains("\\u5fae\\u4fe1"), "{tag}");
        assert!(!tag.contains("<!--"), "{tag}");
    }
}

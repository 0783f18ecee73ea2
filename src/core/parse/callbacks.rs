//! Callbacks in a pasted config (`success: function (res) {...}`, `fail: (e) => ...`,
//! `complete() {...}`, `getConfigSignature: async url => ...`) are code, not data: they are
//! blanked out before the object is parsed, so a paste holding them reads like one without.
//!
//! Blanking keeps every byte offset and line break, so parse errors still point at the right
//! line and column of what the user pasted.

use std::borrow::Cow;

use super::scan::{skip_blank, skip_literal};

/// `text` with each function-valued property replaced by `null` (a method shorthand
/// `name(args) {...}` by `name:0`), padded with spaces to the same length.
pub(crate) fn blank_functions(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let mut out: Option<Vec<u8>> = None;
    let mut i = 0;
    // The last significant byte: a property name starts after `{` or `,`.
    let mut prev = 0u8;
    while i < bytes.len() {
        if let Some(next) = skip_literal(bytes, i) {
            // A quoted key may be a method's name only in odd code; treat it as a value.
            prev = b'"';
            i = next;
            continue;
        }
        let b = bytes[i];
        if b == b':' {
            let v = skip_blank(text, i + 1);
            if let Some(end) = function_end(bytes, text, v) {
                blank(out.get_or_insert_with(|| bytes.to_vec()), v, end, b"null");
                prev = b'l';
                i = end;
                continue;
            }
        } else if is_ident_start(b) && matches!(prev, b'{' | b',') {
            let name_end = ident_end(bytes, i);
            let mut k = skip_blank(text, name_end);
            // `async name() {}`
            if &bytes[i..name_end] == b"async" && bytes.get(k).copied().is_some_and(is_ident_start)
            {
                k = skip_blank(text, ident_end(bytes, k));
            }
            if bytes.get(k) == Some(&b'(') {
                let close = match_close(bytes, text, k);
                let body = skip_blank(text, close);
                if bytes.get(body) == Some(&b'{') {
                    let end = match_close(bytes, text, body);
                    blank(
                        out.get_or_insert_with(|| bytes.to_vec()),
                        name_end,
                        end,
                        b":0",
                    );
                    prev = b'0';
                    i = end;
                    continue;
                }
            }
            prev = b'a';
            i = name_end;
            continue;
        }
        if !b.is_ascii_whitespace() {
            prev = b;
        }
        i += 1;
    }
    match out {
        // Only ASCII bytes were written over whole characters, so this stays UTF-8.
        Some(v) => Cow::Owned(String::from_utf8(v).unwrap_or_else(|_| text.to_owned())),
        None => Cow::Borrowed(text),
    }
}

/// If a function starts at `v` (`function`, `async`, an arrow function), the offset just after
/// it.
fn function_end(bytes: &[u8], text: &str, v: usize) -> Option<usize> {
    let mut v = v;
    if keyword_at(bytes, v, b"async") {
        v = skip_blank(text, v + 5);
    }
    if keyword_at(bytes, v, b"function") {
        let open = bytes[v..].iter().position(|&b| b == b'(')? + v;
        let body = skip_blank(text, match_close(bytes, text, open));
        return (bytes.get(body) == Some(&b'{')).then(|| match_close(bytes, text, body));
    }
    let after_params = match bytes.get(v)? {
        b'(' => match_close(bytes, text, v),
        b if is_ident_start(*b) => ident_end(bytes, v),
        _ => return None,
    };
    let arrow = skip_blank(text, after_params);
    if !bytes[arrow.min(bytes.len())..].starts_with(b"=>") {
        return None;
    }
    let body = skip_blank(text, arrow + 2);
    if bytes.get(body) == Some(&b'{') {
        return Some(match_close(bytes, text, body));
    }
    Some(expression_end(bytes, body))
}

/// The end of an arrow function's expression body: the first `,`, `}` or `]` outside brackets.
fn expression_end(bytes: &[u8], mut i: usize) -> usize {
    let mut depth = 0usize;
    while i < bytes.len() {
        if let Some(next) = skip_literal(bytes, i) {
            i = next;
            continue;
        }
        match bytes[i] {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' if depth == 0 => return i,
            b')' | b']' | b'}' => depth -= 1,
            b',' if depth == 0 => return i,
            _ => {}
        }
        i += 1;
    }
    bytes.len()
}

/// Just after the bracket that closes the one at `open`, or the end of the text.
fn match_close(bytes: &[u8], _text: &str, open: usize) -> usize {
    let mut depth = 0usize;
    let mut i = open;
    while i < bytes.len() {
        if let Some(next) = skip_literal(bytes, i) {
            i = next;
            continue;
        }
        match bytes[i] {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    bytes.len()
}

fn keyword_at(bytes: &[u8], i: usize, word: &[u8]) -> bool {
    bytes.get(i..i + word.len()) == Some(word)
        && !bytes
            .get(i + word.len())
            .copied()
            .is_some_and(is_ident_char)
}

fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b == b'$'
}

fn is_ident_char(b: u8) -> bool {
    is_ident_start(b) || b.is_ascii_digit()
}

fn ident_end(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && is_ident_char(bytes[i]) {
        i += 1;
    }
    i
}

/// Writes `with` at `from`, then spaces up to `to`, keeping line breaks where they were.
fn blank(out: &mut [u8], from: usize, to: usize, with: &[u8]) {
    let to = to.min(out.len());
    for (n, slot) in out[from..to].iter_mut().enumerate() {
        if let Some(&w) = with.get(n) {
            *slot = w;
        } else if *slot != b'\n' {
            *slot = b' ';
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn callbacks_of_every_shape_become_null() {
        for (js, want) in [
            (
                "{a: 1, success: function (res) { if (x) {} }, b: 2}",
                "{a: 1, success: null",
            ),
            ("{fail: (e) => { alert('}') }, b: 2}", "{fail: null"),
            ("{fail: e => console.log(e, 1), b: 2}", "{fail: null"),
            ("{complete: async () => {}, b: 2}", "{complete: null"),
            ("{complete() { return {a: 1} }, b: 2}", "{complete:0"),
            ("{a: 1,\n success (res) {}\n}", "{a: 1,\n success:0"),
        ] {
            let out = blank_functions(js);
            assert_eq!(out.len(), js.len(), "{js}");
            assert!(out.starts_with(want), "{js} -> {out}");
            assert!(!out.contains("=>") && !out.contains("function"), "{out}");
            if js.contains("b: 2") {
                assert!(out.contains("b: 2"), "{out}");
            }
        }
    }

    #[test]
    fn data_is_left_alone_and_lines_are_kept() {
        let js = "{ debug: true, url: 'a:b() {}', list: ['x'], t: 'function () {}' }";
        assert_eq!(blank_functions(js), js);
        let js = "{\n  success: function () {\n    x();\n  },\n  n: 1\n}";
        let out = blank_functions(js);
        assert_eq!(out.lines().count(), js.lines().count());
        assert!(out.contains("\n  n: 1\n"), "{out}");
    }
}

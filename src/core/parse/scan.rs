//! Finding the object in pasted JavaScript: the `{...}` argument of `wx.config(`, or the first
//! object literal. Brackets are matched while skipping strings, template literals and comments,
//! so a `}` inside `'...'` or `// ...` does not end the object.

/// Where the object to parse starts, or what stands in its place.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Start {
    /// Byte offset of the opening `{`.
    Object(usize),
    /// `wx.config(` is followed by something other than an object literal (a variable); the
    /// offset of that token.
    NotLiteral(usize),
    /// No `{` at all; the offset of the first non-blank character (or the end).
    Missing(usize),
}

/// Locates the object: the argument of `wx.config(` when the text has one, else the first `{`.
pub(crate) fn find_start(input: &str) -> Start {
    if let Some(call) = find_call(input) {
        let arg = skip_blank(input, call);
        // `wx.config(cfg)`: fall back to an object literal elsewhere in the paste (the
        // `var cfg = {...}` above the call), else report the variable.
        return if input.as_bytes().get(arg) == Some(&b'{') {
            Start::Object(arg)
        } else {
            first_brace(input).map_or(Start::NotLiteral(arg), Start::Object)
        };
    }
    match first_brace(input) {
        Some(i) => Start::Object(i),
        None => Start::Missing(skip_blank(input, 0)),
    }
}

/// Offset just after the `(` of the first `wx.config(` outside strings and comments.
fn find_call(input: &str) -> Option<usize> {
    find_named_call(input, "wx.config")
}

/// Offset just after the `(` of the first call of `name` (`wx.agentConfig`, `ww.register`)
/// outside strings and comments; a longer name (`wx.configX`) is not a call of `name`.
pub(crate) fn find_named_call(input: &str, name: &str) -> Option<usize> {
    let bytes = input.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if let Some(next) = skip_literal(bytes, i) {
            i = next;
            continue;
        }
        if bytes[i..].starts_with(name.as_bytes()) {
            let after = skip_blank(input, i + name.len());
            if bytes.get(after) == Some(&b'(') {
                return Some(after + 1);
            }
        }
        i += 1;
    }
    None
}

/// The first `{` outside strings and comments.
fn first_brace(input: &str) -> Option<usize> {
    let bytes = input.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if let Some(next) = skip_literal(bytes, i) {
            i = next;
            continue;
        }
        if bytes[i] == b'{' {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Skips whitespace and comments from `i`.
pub(crate) fn skip_blank(input: &str, mut i: usize) -> usize {
    let bytes = input.as_bytes();
    loop {
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        match skip_comment(bytes, i) {
            Some(next) => i = next,
            None => return i,
        }
    }
}

fn skip_comment(bytes: &[u8], i: usize) -> Option<usize> {
    match (bytes.get(i), bytes.get(i + 1)) {
        (Some(b'/'), Some(b'/')) => Some(
            bytes[i..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(bytes.len(), |p| i + p + 1),
        ),
        (Some(b'/'), Some(b'*')) => Some(
            bytes[i + 2..]
                .windows(2)
                .position(|w| w == b"*/")
                .map_or(bytes.len(), |p| i + 2 + p + 2),
        ),
        _ => None,
    }
}

/// If a string, template literal or comment starts at `i`, the offset just after it.
pub(crate) fn skip_literal(bytes: &[u8], i: usize) -> Option<usize> {
    if let Some(next) = skip_comment(bytes, i) {
        return Some(next);
    }
    let quote = *bytes.get(i)?;
    if !matches!(quote, b'"' | b'\'' | b'`') {
        return None;
    }
    let mut j = i + 1;
    while j < bytes.len() {
        match bytes[j] {
            b'\\' => j += 2,
            b if b == quote => return Some(j + 1),
            _ => j += 1,
        }
    }
    Some(bytes.len())
}

/// The end (exclusive) of the object opening at `start`, or the end of the text when it is
/// never closed (the parser then reports where the text ran out).
pub(crate) fn object_end(input: &str, start: usize) -> usize {
    let bytes = input.as_bytes();
    let mut depth = 0usize;
    let mut i = start;
    while i < bytes.len() {
        if let Some(next) = skip_literal(bytes, i) {
            i = next;
            continue;
        }
        match bytes[i] {
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_config_argument() {
        let js = "// wx.config({fake})\nwx.config ( /* c */ {a: '}'} );";
        let Start::Object(s) = find_start(js) else {
            panic!("no object")
        };
        assert_eq!(&js[s..object_end(js, s)], "{a: '}'}");
    }

    #[test]
    fn first_object_otherwise() {
        let js = "var cfg = { list: ['a', \"}\"], // }\n x: 1 };";
        let Start::Object(s) = find_start(js) else {
            panic!("no object")
        };
        assert_eq!(&js[s..object_end(js, s)], &js[10..js.len() - 1]);
    }

    #[test]
    fn variable_argument_and_missing_object() {
        assert_eq!(find_start("wx.config(cfg)"), Start::NotLiteral(10));
        assert_eq!(find_start("  hello"), Start::Missing(2));
        assert_eq!(object_end("{ 'a", 0), 4);
    }
}

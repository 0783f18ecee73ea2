//! Rust source as tokens, enough to find items, `use` trees and paths: plain comments and the
//! insides of string and character literals are gone (a path in a string is no dependency),
//! doc comments stay as one token each (a doc link is one).

/// One token and the line (1-based) it starts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tok {
    pub kind: Kind,
    pub line: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A word: identifier or keyword (`r#type` as `type`).
    Ident(String),
    /// `::`
    PathSep,
    /// Any other punctuation character.
    Punct(char),
    /// A string literal's text (kept for `#[path = "..."]`).
    Str(String),
    /// The text of a `///`, `//!`, `/** */` or `/*! */` comment.
    Doc(String),
    /// A number, a character literal or a lifetime.
    Other,
}

impl Tok {
    pub fn ident(&self) -> Option<&str> {
        match &self.kind {
            Kind::Ident(s) => Some(s),
            _ => None,
        }
    }

    pub fn is(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

pub fn lex(src: &str) -> Vec<Tok> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    // Advances over chars[from..to], counting newlines.
    let count = |from: usize, to: usize| {
        chars[from..to.min(chars.len())]
            .iter()
            .filter(|&&c| c == '\n')
            .count()
    };
    while i < chars.len() {
        let c = chars[i];
        let start_line = line;
        let push = |out: &mut Vec<Tok>, kind: Kind| {
            out.push(Tok {
                kind,
                line: start_line,
            })
        };
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            let end = chars[i..]
                .iter()
                .position(|&c| c == '\n')
                .map_or(chars.len(), |p| i + p);
            let doc = (at(i + 2) == '/' && at(i + 3) != '/') || at(i + 2) == '!';
            if doc {
                push(&mut out, Kind::Doc(chars[i + 3..end].iter().collect()));
            }
            i = end;
        } else if c == '/' && at(i + 1) == '*' {
            let doc = (at(i + 2) == '*' && !matches!(at(i + 3), '*' | '/')) || at(i + 2) == '!';
            let mut depth = 0;
            let mut j = i;
            while j < chars.len() {
                if at(j) == '/' && at(j + 1) == '*' {
                    depth += 1;
                    j += 2;
                } else if at(j) == '*' && at(j + 1) == '/' {
                    depth -= 1;
                    j += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    j += 1;
                }
            }
            if doc {
                push(
                    &mut out,
                    Kind::Doc(
                        chars[i + 3..j.saturating_sub(2).max(i + 3)]
                            .iter()
                            .collect(),
                    ),
                );
            }
            line += count(i, j);
            i = j;
        } else if let Some((hashes, body)) = raw_string_start(&chars, i) {
            // r"..", r#".."#, br"..", cr"..": ends at a quote followed by as many hashes.
            let mut j = body;
            while j < chars.len() && !(at(j) == '"' && (1..=hashes).all(|h| at(j + h) == '#')) {
                j += 1;
            }
            push(
                &mut out,
                Kind::Str(chars[body..j.min(chars.len())].iter().collect()),
            );
            line += count(i, j);
            i = (j + 1 + hashes).min(chars.len());
        } else if c == '"' || (matches!(c, 'b' | 'c') && at(i + 1) == '"') {
            let body = if c == '"' { i + 1 } else { i + 2 };
            let mut j = body;
            while j < chars.len() && at(j) != '"' {
                j += if at(j) == '\\' { 2 } else { 1 };
            }
            push(
                &mut out,
                Kind::Str(chars[body..j.min(chars.len())].iter().collect()),
            );
            line += count(i, j);
            i = j + 1;
        } else if c == '\'' || (c == 'b' && at(i + 1) == '\'') {
            let q = if c == '\'' { i } else { i + 1 };
            if at(q + 1) == '\\' {
                // '\n', '\'', '\u{..}': up to the closing quote.
                let mut j = q + 1;
                while j < chars.len() && at(j) != '\'' {
                    j += if at(j) == '\\' { 2 } else { 1 };
                }
                i = j + 1;
            } else if at(q + 2) == '\'' {
                i = q + 3;
            } else {
                // A lifetime or a label: `'a`, `'static`.
                let mut j = q + 1;
                while j < chars.len() && is_word(at(j)) {
                    j += 1;
                }
                i = j;
            }
            push(&mut out, Kind::Other);
        } else if c.is_ascii_digit() {
            let mut j = i;
            while j < chars.len() && is_word(at(j)) {
                j += 1;
            }
            push(&mut out, Kind::Other);
            i = j;
        } else if is_word(c) {
            let from = if c == 'r' && at(i + 1) == '#' && is_word(at(i + 2)) {
                i + 2
            } else {
                i
            };
            let mut j = from;
            while j < chars.len() && is_word(at(j)) {
                j += 1;
            }
            push(&mut out, Kind::Ident(chars[from..j].iter().collect()));
            i = j;
        } else if c == ':' && at(i + 1) == ':' {
            push(&mut out, Kind::PathSep);
            i += 2;
        } else {
            push(&mut out, Kind::Punct(c));
            i += 1;
        }
    }
    out
}

/// For a raw string starting at `i`: the number of `#`s and where its text begins.
fn raw_string_start(chars: &[char], i: usize) -> Option<(usize, usize)> {
    let mut j = i;
    if matches!(chars.get(j), Some('b' | 'c')) {
        j += 1;
    }
    if chars.get(j) != Some(&'r') {
        return None;
    }
    j += 1;
    let hashes = chars[j..].iter().take_while(|&&c| c == '#').count();
    j += hashes;
    (chars.get(j) == Some(&'"')).then_some((hashes, j + 1))
}

/// The paths of a doc comment's links: `` [`a::B`] ``, `[text](a::B)`, `[text]: a::B`. A path
/// in prose or in code quotes alone is no link and no dependency.
pub fn doc_links(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let Some(len) = rest[open + 1..].find(']') else {
            break;
        };
        let label = &rest[open + 1..open + 1 + len];
        let after = &rest[open + 2 + len..];
        let mut targets = vec![label];
        if let Some(inner) = after.strip_prefix('(') {
            targets.push(inner.split(')').next().unwrap_or(""));
        } else if let Some(def) = after.strip_prefix(':') {
            targets.push(def.lines().next().unwrap_or(""));
        }
        for t in targets {
            // `struct@X`, `fn@f`: rustdoc's disambiguators.
            let t = t.trim().trim_matches('`');
            let t = t.split_once('@').map_or(t, |(_, p)| p);
            out.extend(paths_in(t));
        }
        rest = &rest[open + 1..];
    }
    out
}

/// Every `a::b::c` in `text`, two segments or more.
fn paths_in(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut cur: Vec<String> = Vec::new();
    let mut word = String::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    let flush = |cur: &mut Vec<String>, out: &mut Vec<Vec<String>>| {
        if cur.len() > 1 {
            out.push(std::mem::take(cur));
        }
        cur.clear();
    };
    while i <= chars.len() {
        let c = chars.get(i).copied().unwrap_or(' ');
        if is_word(c) {
            word.push(c);
            i += 1;
            continue;
        }
        let starts_ok = word.chars().next().is_some_and(|c| !c.is_ascii_digit());
        if starts_ok {
            cur.push(std::mem::take(&mut word));
        } else {
            word.clear();
            flush(&mut cur, &mut out);
        }
        if c == ':' && chars.get(i + 1) == Some(&':') && !cur.is_empty() {
            i += 2;
        } else {
            flush(&mut cur, &mut out);
            i += 1;
        }
    }
    out
}

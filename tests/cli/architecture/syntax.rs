//! Shapes of Rust syntax over tokens: matching brackets, where an item ends, `#[cfg(test)]`
//! and the leaves of a `use` tree.

use super::lexer::{Kind, Tok};

/// `#[cfg(test)]`'s inside: `[ cfg ( test ) ]`.
pub fn is_cfg_test(attr: &[Tok]) -> bool {
    let words: Vec<String> = attr
        .iter()
        .map(|t| match &t.kind {
            Kind::Ident(w) => w.clone(),
            Kind::Punct(c) => c.to_string(),
            _ => String::new(),
        })
        .collect();
    words == ["[", "cfg", "(", "test", ")", "]"]
}

/// The index of the bracket closing the one at `open` (or the last index).
pub fn matching(toks: &[Tok], open: usize) -> usize {
    let mut depth = 0i32;
    for (k, t) in toks.iter().enumerate().skip(open) {
        match t.kind {
            Kind::Punct('(' | '[' | '{') => depth += 1,
            Kind::Punct(')' | ']' | '}') => {
                depth -= 1;
                if depth == 0 {
                    return k;
                }
            }
            _ => {}
        }
    }
    toks.len().saturating_sub(1)
}

/// Where the item starting at `start` ends (exclusive). A `const`, `static`, `type` or `use`
/// ends at its `;` (a `{ }` inside is part of its value); any other item after the `{ }` block
/// that opens at bracket depth 0, or at its `;` when that comes first (`struct S(T);`).
pub fn item_end(toks: &[Tok], start: usize, limit: usize) -> usize {
    let mut k = start;
    while qualifier(toks, k) {
        k += 1;
    }
    let word = toks.get(k).and_then(Tok::ident);
    let to_semicolon = matches!(word, Some("const" | "static" | "type" | "use"));
    while k < limit {
        match toks[k].kind {
            Kind::Punct(';') => return k + 1,
            Kind::Punct('{') if !to_semicolon => return matching(toks, k) + 1,
            Kind::Punct('(' | '[' | '{') => k = matching(toks, k) + 1,
            _ => k += 1,
        }
    }
    limit
}

/// Whether `toks[k]` qualifies the item keyword after it: `const fn`, `async unsafe fn`,
/// `extern "C" fn` (a `const` before a name is a constant, not a qualifier).
pub fn qualifier(toks: &[Tok], k: usize) -> bool {
    let word = |k: usize| toks.get(k).and_then(Tok::ident);
    match toks.get(k).map(|t| &t.kind) {
        Some(Kind::Ident(w)) if w == "const" => {
            matches!(word(k + 1), Some("fn" | "async" | "unsafe" | "extern"))
        }
        Some(Kind::Ident(w)) => matches!(w.as_str(), "async" | "unsafe" | "extern" | "default"),
        // The ABI of `extern "C" fn`.
        Some(Kind::Str(_)) => k > 0 && toks[k - 1].ident() == Some("extern"),
        _ => false,
    }
}

/// One leaf of a `use` tree.
#[derive(Debug)]
pub struct Leaf {
    pub path: Vec<String>,
    /// The name it binds (its alias, or its last segment).
    pub name: String,
    pub glob: bool,
}

/// The leaves of the `use` tree at `toks[*i]`; leaves `*i` after it.
pub fn parse_use(toks: &[Tok], i: &mut usize, prefix: Vec<String>, out: &mut Vec<Leaf>) {
    let mut path = prefix;
    if toks.get(*i).is_some_and(|t| t.kind == Kind::PathSep) {
        // `::std::x`: an external crate.
        path.push("::".to_owned());
        *i += 1;
    }
    while let Some(tok) = toks.get(*i) {
        match &tok.kind {
            Kind::Ident(w) => {
                path.push(w.clone());
                *i += 1;
                if toks.get(*i).is_some_and(|t| t.kind == Kind::PathSep) {
                    *i += 1;
                    continue;
                }
                let mut name = w.clone();
                if toks.get(*i).and_then(Tok::ident) == Some("as") {
                    name = toks
                        .get(*i + 1)
                        .and_then(Tok::ident)
                        .unwrap_or("_")
                        .to_owned();
                    *i += 2;
                }
                if path.last().map(String::as_str) == Some("self") {
                    path.pop();
                    if name == "self" {
                        name = path.last().cloned().unwrap_or_default();
                    }
                }
                out.push(Leaf {
                    path,
                    name,
                    glob: false,
                });
                return;
            }
            Kind::Punct('*') => {
                *i += 1;
                out.push(Leaf {
                    path,
                    name: String::new(),
                    glob: true,
                });
                return;
            }
            Kind::Punct('{') => {
                *i += 1;
                while let Some(t) = toks.get(*i) {
                    if t.is('}') {
                        *i += 1;
                        break;
                    }
                    if t.is(',') {
                        *i += 1;
                        continue;
                    }
                    let before = *i;
                    parse_use(toks, i, path.clone(), out);
                    if *i == before {
                        *i += 1;
                    }
                }
                return;
            }
            _ => return,
        }
    }
}

//! ARCHITECTURE.md's "no import cycles between files", checked on `src/` itself.
//!
//! The graph is the one issue 10's `cycles.py` script draws: a module is a file (its path
//! without `.rs`, `mod.rs`, `lib.rs` or `main.rs`); an edge is any `crate::` / `super::` /
//! `self::` path in it (comments included, so a doc link counts too) and every leaf of a `use`
//! tree (`use crate::{a::B, c::{d, e}}`, an `as` alias dropped), resolved to the longest prefix
//! that is a file. Everything from a `#[cfg(test)] mod tests {` block on is left out, and a
//! file using its own ancestor or descendant (a parent passing data to its child) is not an
//! edge. A cycle is a strongly connected set of two or more files.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Cycles allowed while another branch is removing them, each named with a comment "being
/// removed by ...". The check fails for any other cycle and for one of these that grows; one
/// that shrinks still passes. Empty: main has no cycle left (issue 10's `sources`, `wecomgui` and
/// `cycles` branches removed them all). Delete an entry once its cycle is gone from main.
const KNOWN_CYCLES: &[&[&str]] = &[];

/// A module: its path below the crate root (`["batch", "checks"]`; empty for the root).
type Module = Vec<String>;

/// Why an edge exists: the first reference found, for the failure message.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Evidence {
    line: usize,
    path: String,
}

#[derive(Debug, Default)]
struct Graph {
    /// Each module's files (the crate root has `lib.rs` and `main.rs`).
    files: BTreeMap<Module, Vec<String>>,
    edges: BTreeMap<Module, BTreeMap<Module, Evidence>>,
}

fn name(m: &Module) -> String {
    if m.is_empty() {
        "crate".to_owned()
    } else {
        m.join("::")
    }
}

fn module_of(file: &str) -> Module {
    let stem = file.strip_suffix(".rs").unwrap_or(file);
    let mut parts: Module = stem.split('/').map(str::to_owned).collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// The source up to the first `#[cfg(test)] mod tests {`: unit tests may use anything.
fn without_tests(src: &str) -> &str {
    &src[..super::support::unit_tests_start(src)]
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Every `crate::a::b`, `super::x`, `self::y` path in the text, with its line (1-based).
fn paths(src: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    let mut i = 0;
    while i < src.len() {
        let rest = &src[i..];
        let c = rest.chars().next().unwrap_or(' ');
        if !prev.is_some_and(is_word)
            && let Some(kw) = ["crate", "super", "self"]
                .into_iter()
                .find(|k| rest.starts_with(k))
        {
            let mut end = kw.len();
            while rest[end..].starts_with("::") {
                let word = rest[end + 2..]
                    .char_indices()
                    .find(|&(_, ch)| !is_word(ch))
                    .map_or(rest.len() - end - 2, |(j, _)| j);
                if word == 0 {
                    break;
                }
                end += 2 + word;
            }
            if end > kw.len() {
                let line = src[..i].matches('\n').count() + 1;
                out.push((line, rest[..end].to_owned()));
                prev = rest[..end].chars().last();
                i += end;
                continue;
            }
        }
        prev = Some(c);
        i += c.len_utf8();
    }
    out
}

/// The body of every `use ...;`, whitespace removed (an `as` kept as ` as `), with its line.
fn use_trees(src: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = src[from..].find("use") {
        let at = from + i;
        from = at + 3;
        let before_ok = !src[..at].chars().next_back().is_some_and(is_word);
        let rest = &src[at + 3..];
        let body = rest.trim_start();
        if !before_ok || body.len() == rest.len() {
            continue;
        }
        let Some(semi) = body.find(';') else { break };
        let tree: Vec<&str> = body[..semi].split_whitespace().collect();
        let mut compact = String::new();
        for t in tree {
            if t == "as" {
                compact.push_str(" as ");
            } else {
                compact.push_str(t);
            }
        }
        let line = src[..at].matches('\n').count() + 1;
        out.push((line, compact));
        from = at + 3 + (rest.len() - body.len()) + semi + 1;
    }
    out
}

/// `a::{b, c::{d}}` as `[a::b, a::c::d]`.
fn expand(tree: &str) -> Vec<String> {
    let Some(open) = tree.find('{') else {
        return vec![tree.to_owned()];
    };
    let prefix = &tree[..open];
    // Like Python's `tree[open + 1:tree.rfind('}')]`: without a `}`, up to the last character.
    let close = tree
        .rfind('}')
        .or_else(|| tree.char_indices().last().map(|(i, _)| i))
        .unwrap_or(0);
    let body = tree.get(open + 1..close).unwrap_or("");
    let mut items = Vec::new();
    let mut depth = 0i32;
    let mut cur = String::new();
    for ch in body.chars() {
        match ch {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        if ch == ',' && depth == 0 {
            items.push(std::mem::take(&mut cur));
        } else {
            cur.push(ch);
        }
    }
    items.push(cur);
    items
        .iter()
        .filter(|it| !it.is_empty())
        .flat_map(|it| expand(it))
        .map(|e| format!("{prefix}{e}"))
        .collect()
}

/// The file a path from module `cur` lands in: the longest prefix that is a module.
fn resolve(files: &BTreeMap<Module, Vec<String>>, cur: &Module, path: &str) -> Option<Module> {
    let path = path.split(" as ").next().unwrap_or(path);
    let path = path.strip_suffix("::self").unwrap_or(path);
    let mut parts: Vec<&str> = path.split("::").collect();
    let mut base = cur.clone();
    match parts.first().copied() {
        Some("crate") => {
            base.clear();
            parts.remove(0);
        }
        Some("super" | "self") => {
            while let Some(&p @ ("super" | "self")) = parts.first() {
                if p == "super" {
                    base.pop();
                }
                parts.remove(0);
            }
        }
        _ => return None,
    }
    let mut best = None;
    for i in 0..=parts.len() {
        let mut t = base.clone();
        t.extend(parts[..i].iter().map(|p| (*p).to_owned()));
        if files.contains_key(&t) {
            best = Some(t);
        }
    }
    best
}

/// The file graph of `files` (paths relative to `src/`, `/`-separated, with their text).
fn graph(files: &[(String, String)]) -> Graph {
    let mut g = Graph::default();
    for (path, _) in files {
        g.files
            .entry(module_of(path))
            .or_default()
            .push(format!("src/{path}"));
    }
    for (path, text) in files {
        let m = module_of(path);
        let src = without_tests(text);
        let mut refs = paths(src);
        for (line, tree) in use_trees(src) {
            refs.extend(expand(&tree).into_iter().map(|p| (line, p)));
        }
        refs.sort_by_key(|(line, _)| *line);
        for (line, p) in refs {
            let Some(t) = resolve(&g.files, &m, &p) else {
                continue;
            };
            let nested = t.starts_with(&m) || m.starts_with(&t);
            if t == m || nested {
                continue;
            }
            g.edges
                .entry(m.clone())
                .or_default()
                .entry(t)
                .or_insert(Evidence { line, path: p });
        }
    }
    g
}

/// The strongly connected sets of two or more modules (Tarjan), each sorted, sorted.
fn cycles(g: &Graph) -> Vec<Vec<Module>> {
    struct State<'a> {
        g: &'a Graph,
        index: BTreeMap<&'a Module, usize>,
        low: BTreeMap<&'a Module, usize>,
        stack: Vec<&'a Module>,
        on_stack: BTreeSet<&'a Module>,
        out: Vec<Vec<Module>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a Module) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        s.on_stack.insert(v);
        let g = s.g;
        for w in g.edges.get(v).into_iter().flat_map(BTreeMap::keys) {
            if !s.index.contains_key(w) {
                visit(s, w);
                let lw = s.low[w];
                let lv = s.low.get_mut(v).expect("visited");
                *lv = (*lv).min(lw);
            } else if s.on_stack.contains(w) {
                let iw = s.index[w];
                let lv = s.low.get_mut(v).expect("visited");
                *lv = (*lv).min(iw);
            }
        }
        if s.low[v] == s.index[v] {
            let mut comp = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                comp.push(w.clone());
                if w == v {
                    break;
                }
            }
            if comp.len() > 1 {
                comp.sort();
                s.out.push(comp);
            }
        }
    }
    let mut s = State {
        g,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        out: Vec::new(),
    };
    for v in g.files.keys() {
        if !s.index.contains_key(v) {
            visit(&mut s, v);
        }
    }
    s.out.sort();
    s.out
}

/// A cycle is allowed when all its modules lie in one known cycle.
fn allowed(cycle: &[Module], known: &[&[&str]]) -> bool {
    known
        .iter()
        .any(|k| cycle.iter().all(|m| k.contains(&name(m).as_str())))
}

/// The cycles not allowed by `known`, as the lines a failure prints.
fn report(g: &Graph, known: &[&[&str]]) -> Vec<String> {
    let mut lines = Vec::new();
    for cycle in cycles(g).iter().filter(|c| !allowed(c, known)) {
        let names: Vec<String> = cycle.iter().map(name).collect();
        lines.push(format!("cycle: {}", names.join(", ")));
        for a in cycle {
            for (b, why) in g.edges.get(a).into_iter().flatten() {
                if cycle.contains(b) {
                    lines.push(format!(
                        "    {} -> {}  ({}:{} `{}`)",
                        g.files[a].join(" + "),
                        g.files[b].join(" + "),
                        g.files[a][0],
                        why.line,
                        why.path
                    ));
                }
            }
        }
    }
    lines
}

fn read_tree(dir: &Path, rel: &str, out: &mut Vec<(String, String)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    for p in entries {
        let file = p.file_name().and_then(|f| f.to_str()).expect("UTF-8 name");
        let rel = if rel.is_empty() {
            file.to_owned()
        } else {
            format!("{rel}/{file}")
        };
        if p.is_dir() {
            read_tree(&p, &rel, out);
        } else if file.ends_with(".rs") {
            let text = std::fs::read_to_string(&p).expect("source is UTF-8");
            out.push((rel, text));
        }
    }
}

#[test]
fn src_has_no_import_cycles_between_files() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    read_tree(&src, "", &mut files);
    let g = graph(&files);
    // Not vacuous: the tree was read and its imports were seen.
    assert!(g.files.len() > 100, "only {} modules read", g.files.len());
    let edges: usize = g.edges.values().map(BTreeMap::len).sum();
    assert!(edges > 300, "only {edges} edges found");
    assert!(
        g.edges[&module_of("batch/runner.rs")].contains_key(&module_of("batch/checks.rs")),
        "batch::runner -> batch::checks not seen"
    );
    let bad = report(&g, KNOWN_CYCLES);
    assert!(
        bad.is_empty(),
        "import cycles between files (ARCHITECTURE.md: move the shared item down into a module \
         both use, or let the parent pass data in):\n{}",
        bad.join("\n")
    );
}

fn tree(files: &[(&str, &str)]) -> Vec<(String, String)> {
    files
        .iter()
        .map(|(p, t)| ((*p).to_owned(), (*t).to_owned()))
        .collect()
}

fn cycle_names(files: &[(&str, &str)]) -> Vec<Vec<String>> {
    cycles(&graph(&tree(files)))
        .iter()
        .map(|c| c.iter().map(name).collect())
        .collect()
}

#[test]
fn small_trees() {
    type Case = (
        &'static str,
        &'static [(&'static str, &'static str)],
        &'static [&'static [&'static str]],
    );
    let cases: &[Case] = &[
        (
            "two siblings using each other",
            &[
                ("lib.rs", "mod a; mod b;"),
                ("a.rs", "use crate::b::B;"),
                ("b.rs", "pub fn f() -> crate::a::A { todo!() }"),
            ],
            &[&["a", "b"]],
        ),
        (
            "one direction only",
            &[("lib.rs", ""), ("a.rs", "use crate::b::B;"), ("b.rs", "")],
            &[],
        ),
        (
            "a parent and its child are not a cycle",
            &[
                ("lib.rs", ""),
                ("p/mod.rs", "mod c; pub use c::C; fn f() { self::c::g() }"),
                ("p/c.rs", "use super::Shared; use crate::p::Other;"),
            ],
            &[],
        ),
        (
            "a grandchild using its grandparent is not a cycle either",
            &[
                ("lib.rs", ""),
                ("p/mod.rs", "use crate::p::q::r::R;"),
                ("p/q/mod.rs", ""),
                ("p/q/r.rs", "use super::super::P;"),
            ],
            &[],
        ),
        (
            "use-tree leaves, nested",
            &[
                ("lib.rs", ""),
                ("x.rs", "use crate::{a::B, c::{d, e::{self, E}}};"),
                ("a.rs", ""),
                ("c/mod.rs", ""),
                ("c/d.rs", ""),
                ("c/e.rs", "pub(crate) use crate::x::X;"),
            ],
            &[&["c::e", "x"]],
        ),
        (
            "a use tree spread over lines with an alias",
            &[
                ("lib.rs", ""),
                ("m/a.rs", "use super::{\n    b as bee,\n    c::C,\n};"),
                ("m/b.rs", "use super::a;"),
                ("m/c.rs", ""),
                ("m/mod.rs", ""),
            ],
            &[&["m::a", "m::b"]],
        ),
        (
            "super:: from a file is its directory's module, from mod.rs the one above",
            &[
                ("lib.rs", ""),
                ("m/mod.rs", "use super::n::N;"),
                ("m/a.rs", "use super::b::B;"),
                ("m/b.rs", "fn f() { super::a::g() }"),
                ("n.rs", "use crate::m::M;"),
            ],
            &[&["m", "n"], &["m::a", "m::b"]],
        ),
        (
            "self:: resolves inside the file's own module",
            &[
                ("lib.rs", ""),
                ("a.rs", "use self::inner::X; mod inner {}"),
                ("b.rs", "use crate::a::A;"),
            ],
            &[],
        ),
        (
            "the longest prefix that is a file wins (items and paths past it ignored)",
            &[
                ("lib.rs", ""),
                ("a.rs", "fn f() { crate::b::c::Thing::new() }"),
                ("b/mod.rs", ""),
                ("b/c.rs", "use crate::a::f;"),
            ],
            &[&["a", "b::c"]],
        ),
        (
            "unit tests may use anything",
            &[
                ("lib.rs", ""),
                (
                    "a.rs",
                    "fn f() {}\n#[cfg(test)]\nmod tests {\n    use crate::b::B;\n}\n",
                ),
                ("b.rs", "use crate::a::f;"),
            ],
            &[],
        ),
        (
            "only a `mod tests {` block is left out",
            &[
                ("lib.rs", ""),
                ("a.rs", "#[cfg(test)]\nfn helper() {}\nuse crate::b::B;"),
                ("b.rs", "use crate::a::f;"),
            ],
            &[&["a", "b"]],
        ),
        (
            "a doc link counts, a word that ends in `self` does not",
            &[
                ("lib.rs", ""),
                (
                    "a.rs",
                    "//! Judged by [`crate::b`].\nfn f(itself::x: u8) {}",
                ),
                ("b.rs", "use crate::a::f;"),
            ],
            &[&["a", "b"]],
        ),
        (
            "three files in a ring are one cycle",
            &[
                ("lib.rs", ""),
                ("a.rs", "use crate::b::B;"),
                ("b.rs", "use crate::c::C;"),
                ("c.rs", "use crate::a::A;"),
                ("d.rs", "use crate::a::A;"),
            ],
            &[&["a", "b", "c"]],
        ),
    ];
    for (what, files, expected) in cases {
        let expected: Vec<Vec<String>> = expected
            .iter()
            .map(|c| c.iter().map(|m| (*m).to_owned()).collect())
            .collect();
        assert_eq!(cycle_names(files), expected, "{what}");
    }
}

#[test]
fn use_trees_expand_to_their_leaves() {
    let cases: &[(&str, &[&str])] = &[
        ("crate::a::B", &["crate::a::B"]),
        (
            "crate::{a::B,c::{d,e}}",
            &["crate::a::B", "crate::c::d", "crate::c::e"],
        ),
        (
            "super::{self,x::{y::{Z,}}}",
            &["super::self", "super::x::y::Z"],
        ),
        ("self::{a as b,c}", &["self::a as b", "self::c"]),
    ];
    for (tree, leaves) in cases {
        assert_eq!(expand(tree), *leaves, "{tree}");
    }
    assert_eq!(
        use_trees("pub(crate) use crate::{\n  a::B,\n  c as d,\n};\nfn reuse() {}"),
        vec![(1, "crate::{a::B,c as d,}".to_owned())]
    );
}

#[test]
fn known_cycles_allow_a_shrunk_cycle_but_not_a_grown_one() {
    let ring = |extra: &'static str| {
        tree(&[
            ("lib.rs", ""),
            ("a.rs", "use crate::b::B;"),
            ("b.rs", extra),
            ("c.rs", "use crate::a::A;"),
        ])
    };
    let known: &[&[&str]] = &[&["a", "b", "c"]];
    let two = graph(&ring("use crate::a::A;"));
    assert!(report(&two, known).is_empty(), "a, b is inside a, b, c");
    let three = graph(&ring("use crate::c::C;"));
    assert!(report(&three, known).is_empty());
    let known: &[&[&str]] = &[&["a", "b"]];
    let lines = report(&three, known);
    assert_eq!(lines[0], "cycle: a, b, c", "{lines:?}");
    assert!(
        lines.contains(&"    src/b.rs -> src/c.rs  (src/b.rs:1 `crate::c::C`)".to_owned()),
        "{lines:?}"
    );
}

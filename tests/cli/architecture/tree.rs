//! The crate's module tree as `rustc` builds it from `lib.rs` and `main.rs`: which modules
//! exist (files and inline `mod x { }` blocks), what each one defines, what its `use`
//! declarations bind, and every path its code and doc comments name. Items under
//! `#[cfg(test)]` are left out: unit tests may use anything.

use std::collections::{BTreeMap, BTreeSet};

use super::lexer::{Kind, Tok, doc_links, lex};
use super::syntax::{is_cfg_test, item_end, matching, parse_use, qualifier};

pub type ModId = usize;

/// A path as written somewhere in a module, with the line it is on.
#[derive(Clone, Debug)]
pub struct Ref {
    pub line: usize,
    pub segs: Vec<String>,
    /// `use a::b::*`: the path names a module whose every item is in scope.
    pub glob: bool,
}

#[derive(Debug, Default)]
pub struct Module {
    /// Its path from the crate root (`["core", "verify"]`).
    pub path: Vec<String>,
    pub file: usize,
    pub parent: Option<ModId>,
    pub children: BTreeMap<String, ModId>,
    /// Names of items it defines itself (functions, types, constants, macros...).
    pub items: BTreeSet<String>,
    /// What each module-level `use` brings in: local name → the path it names.
    pub bindings: BTreeMap<String, Vec<String>>,
    /// Module-level `use x::*` paths.
    pub globs: Vec<Vec<String>>,
    /// Every path named in the module: `use` leaves anywhere, paths in code, doc comments.
    pub refs: Vec<Ref>,
    /// Single words in its code, for names a glob brings in.
    pub words: Vec<(usize, String)>,
    /// Where `mod x;` inside it looks for files (`src/batch` for `batch/mod.rs`).
    dir: String,
}

#[derive(Debug, Default)]
pub struct Tree {
    /// Source files (`src/batch/runner.rs`) in the order they were loaded.
    pub files: Vec<String>,
    /// Each file's own module (the one it is the file of).
    pub file_module: Vec<ModId>,
    pub modules: Vec<Module>,
    /// The crate roots: `lib.rs`'s module, then `main.rs`'s when there is one.
    pub roots: Vec<ModId>,
    /// `mod x;` declarations whose file is missing: `(declaring file, line, name)`.
    pub missing: Vec<(String, usize, String)>,
}

impl Tree {
    /// `files`: paths relative to `src/` (`batch/mod.rs`) with their text.
    pub fn build(files: &[(String, String)]) -> Tree {
        let by_path: BTreeMap<&str, &str> = files
            .iter()
            .map(|(p, t)| (p.as_str(), t.as_str()))
            .collect();
        let mut tree = Tree::default();
        for root in ["lib.rs", "main.rs"] {
            if let Some(text) = by_path.get(root) {
                let id = tree.load_file(&by_path, root, text, Vec::new(), None);
                tree.roots.push(id);
            }
        }
        tree
    }

    fn load_file(
        &mut self,
        by_path: &BTreeMap<&str, &str>,
        rel: &str,
        text: &str,
        path: Vec<String>,
        parent: Option<ModId>,
    ) -> ModId {
        let file = self.files.len();
        self.files.push(format!("src/{rel}"));
        let (dir, name) = rel.rsplit_once('/').unwrap_or(("", rel));
        let stem = name.strip_suffix(".rs").unwrap_or(name);
        let child_dir = match stem {
            "mod" | "lib" | "main" => dir.to_owned(),
            _ if dir.is_empty() => stem.to_owned(),
            _ => format!("{dir}/{stem}"),
        };
        let id = self.new_module(path, file, parent, child_dir);
        self.file_module.push(id);
        let toks = lex(text);
        let ctx = Ctx {
            by_path,
            file_dir: dir.to_owned(),
            toks: &toks,
        };
        self.parse_items(&ctx, 0..toks.len(), id, true);
        id
    }

    fn new_module(
        &mut self,
        path: Vec<String>,
        file: usize,
        parent: Option<ModId>,
        dir: String,
    ) -> ModId {
        let id = self.modules.len();
        self.modules.push(Module {
            path,
            file,
            parent,
            dir,
            ..Module::default()
        });
        id
    }

    /// The items of module `m` in `toks[range]`.
    fn parse_items(
        &mut self,
        ctx: &Ctx,
        range: std::ops::Range<usize>,
        m: ModId,
        file_level: bool,
    ) {
        let toks = ctx.toks;
        let mut i = range.start;
        let mut test_only = false;
        let mut exported = false;
        let mut path_attr: Option<String> = None;
        while i < range.end {
            let tok = &toks[i];
            match &tok.kind {
                Kind::Punct('#') => {
                    let inner = toks.get(i + 1).is_some_and(|t| t.is('!'));
                    let open = if inner { i + 2 } else { i + 1 };
                    let close = matching(toks, open).min(range.end);
                    let attr = &toks[open..=close.min(toks.len() - 1)];
                    if !inner && is_cfg_test(attr) {
                        test_only = true;
                    }
                    if !inner && attr.get(1).and_then(Tok::ident) == Some("macro_export") {
                        exported = true;
                    }
                    if let [_, a, eq, s, ..] = attr
                        && a.ident() == Some("path")
                        && eq.is('=')
                        && let Kind::Str(p) = &s.kind
                    {
                        path_attr = Some(p.clone());
                    }
                    i = close + 1;
                    continue;
                }
                Kind::Doc(text) => {
                    self.doc(m, tok.line, text);
                    i += 1;
                    continue;
                }
                Kind::Ident(w) if w == "pub" => {
                    i += 1;
                    if toks.get(i).is_some_and(|t| t.is('(')) {
                        i = matching(toks, i) + 1;
                    }
                    continue;
                }
                _ => {}
            }
            let end = item_end(toks, i, range.end);
            if !test_only {
                self.item(ctx, i, end, m, file_level, path_attr.take());
                // `#[macro_export] macro_rules! x` is `crate::x`, wherever it is written.
                if exported
                    && toks.get(i).and_then(Tok::ident) == Some("macro_rules")
                    && let Some(name) = toks.get(i + 2).and_then(Tok::ident)
                {
                    let root = self.root_of(m);
                    self.modules[root].items.insert(name.to_owned());
                }
            }
            test_only = false;
            exported = false;
            path_attr = None;
            i = end.max(i + 1);
        }
    }

    /// One item, `toks[start..end]`, of module `m`.
    fn item(
        &mut self,
        ctx: &Ctx,
        start: usize,
        end: usize,
        m: ModId,
        file_level: bool,
        path_attr: Option<String>,
    ) {
        let toks = ctx.toks;
        let word = |k: usize| toks.get(k).and_then(Tok::ident);
        let mut k = start;
        while qualifier(toks, k) {
            k += 1;
        }
        match word(k) {
            Some("use") => {
                let mut leaves = Vec::new();
                let mut j = k + 1;
                parse_use(toks, &mut j, Vec::new(), &mut leaves);
                let line = toks[k].line;
                for leaf in leaves {
                    if leaf.glob {
                        self.modules[m].globs.push(leaf.path.clone());
                    } else if leaf.name != "_" {
                        self.modules[m]
                            .bindings
                            .insert(leaf.name.clone(), leaf.path.clone());
                    }
                    self.modules[m].refs.push(Ref {
                        line,
                        segs: leaf.path,
                        glob: leaf.glob,
                    });
                }
            }
            Some("mod") => {
                let Some(name) = word(k + 1).map(str::to_owned) else {
                    return;
                };
                let mut path = self.modules[m].path.clone();
                path.push(name.clone());
                let child = if toks.get(k + 2).is_some_and(|t| t.is('{')) {
                    let dir = format!("{}/{name}", self.modules[m].dir);
                    let id = self.new_module(path, self.modules[m].file, Some(m), dir);
                    let close = matching(toks, k + 2);
                    self.parse_items(ctx, k + 3..close, id, false);
                    Some(id)
                } else {
                    self.load_child(ctx, m, &name, path, file_level, path_attr, toks[k].line)
                };
                if let Some(id) = child {
                    self.modules[m].children.insert(name, id);
                }
            }
            Some("fn" | "struct" | "enum" | "union" | "trait" | "type" | "const" | "static") => {
                let mut n = k + 1;
                if word(n) == Some("mut") {
                    n += 1;
                }
                if let Some(name) = word(n) {
                    self.modules[m].items.insert(name.to_owned());
                }
                self.scan(ctx, n + 1, end, m);
            }
            Some("macro_rules") => {
                if let Some(name) = word(k + 2) {
                    self.modules[m].items.insert(name.to_owned());
                }
                self.scan(ctx, k + 3, end, m);
            }
            // `string_table! { pub struct Strings as "ui", pub fn tr { … } }`: an item-level
            // macro call defines the items its body names after `struct`, `fn`, `enum`….
            Some(_) if is_macro_call(&toks[k..end]) => {
                for w in toks[k..end].windows(2) {
                    if let (
                        Some("fn" | "struct" | "enum" | "trait" | "type" | "const" | "static"),
                        Some(name),
                    ) = (w[0].ident(), w[1].ident())
                    {
                        self.modules[m].items.insert(name.to_owned());
                    }
                }
                self.scan(ctx, start, end, m)
            }
            _ => self.scan(ctx, start, end, m),
        }
    }

    /// The crate root (`lib.rs` or `main.rs`) module `m` is in.
    fn root_of(&self, mut m: ModId) -> ModId {
        while let Some(p) = self.modules[m].parent {
            m = p;
        }
        m
    }

    #[allow(clippy::too_many_arguments)]
    fn load_child(
        &mut self,
        ctx: &Ctx,
        m: ModId,
        name: &str,
        path: Vec<String>,
        file_level: bool,
        path_attr: Option<String>,
        line: usize,
    ) -> Option<ModId> {
        let join = |dir: &str, f: &str| {
            if dir.is_empty() {
                f.to_owned()
            } else {
                format!("{dir}/{f}")
            }
        };
        let dir = self.modules[m].dir.clone();
        let candidates = match path_attr {
            Some(p) if file_level => vec![join(&ctx.file_dir, &p)],
            Some(p) => vec![join(&dir, &p)],
            None => vec![
                join(&dir, &format!("{name}.rs")),
                join(&dir, &format!("{name}/mod.rs")),
            ],
        };
        match candidates
            .iter()
            .find_map(|c| ctx.by_path.get_key_value(c.as_str()))
        {
            Some((rel, text)) => Some(self.load_file(ctx.by_path, rel, text, path, Some(m))),
            None => {
                let file = self.files[self.modules[m].file].clone();
                self.missing.push((file, line, name.to_owned()));
                None
            }
        }
    }

    /// The links of a doc comment of module `m`.
    fn doc(&mut self, m: ModId, line: usize, text: &str) {
        for segs in doc_links(text) {
            let glob = false;
            self.modules[m].refs.push(Ref { line, segs, glob });
        }
    }

    /// The paths, `use` leaves (in blocks: references only) and words in `toks[from..to]`.
    fn scan(&mut self, ctx: &Ctx, from: usize, to: usize, m: ModId) {
        let toks = ctx.toks;
        let mut i = from;
        while i < to {
            let tok = &toks[i];
            let after_sep = i > 0 && (toks[i - 1].kind == Kind::PathSep || toks[i - 1].is('.'));
            match &tok.kind {
                Kind::Doc(text) => {
                    self.doc(m, tok.line, text);
                    i += 1;
                }
                Kind::Ident(w) if w == "use" => {
                    let mut leaves = Vec::new();
                    let mut j = i + 1;
                    parse_use(toks, &mut j, Vec::new(), &mut leaves);
                    for leaf in leaves {
                        self.modules[m].refs.push(Ref {
                            line: tok.line,
                            segs: leaf.path,
                            glob: leaf.glob,
                        });
                    }
                    i = j.max(i + 1);
                }
                Kind::Ident(w) if !after_sep => {
                    let mut segs = vec![w.clone()];
                    let mut j = i + 1;
                    while j + 1 < to && toks[j].kind == Kind::PathSep {
                        let Some(next) = toks[j + 1].ident() else {
                            break;
                        };
                        segs.push(next.to_owned());
                        j += 2;
                    }
                    if segs.len() > 1 {
                        self.modules[m].refs.push(Ref {
                            line: tok.line,
                            segs,
                            glob: false,
                        });
                    } else {
                        self.modules[m].words.push((tok.line, w.clone()));
                    }
                    i = j;
                }
                _ => i += 1,
            }
        }
    }
}

struct Ctx<'a> {
    by_path: &'a BTreeMap<&'a str, &'a str>,
    /// The directory of the file being read, for `#[path]`.
    file_dir: String,
    toks: &'a [Tok],
}

/// Whether an item is a macro call: a path (`x`, `crate::i18n::string_table`) then `!`.
fn is_macro_call(item: &[Tok]) -> bool {
    item.iter()
        .position(|t| !(t.ident().is_some() || matches!(t.kind, Kind::PathSep)))
        .is_some_and(|i| i > 0 && item[i].is('!'))
}

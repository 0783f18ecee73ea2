//! File edges: every path a module names, resolved through `use` re-exports (named and glob)
//! and `mod.rs` files to the file that defines the item, then lifted to the two sibling modules
//! the edge joins.

use std::collections::{BTreeMap, BTreeSet};

use super::tree::{ModId, Ref, Tree};

/// What a path names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Target {
    Module(ModId),
    /// An item defined in this module (its file is where it lives).
    Item(ModId),
}

/// What a whole path names.
enum Resolved {
    In(Target),
    /// Outside the crate (`std::fmt`, a name a `use` of an external crate brought in).
    Outside,
    /// Module `module` has no `name`: an item the parser missed, or one a macro makes.
    Missing {
        module: ModId,
        name: String,
    },
}

/// A name looked up in a module's scope.
enum Found {
    Yes(Target),
    /// Bound to something outside the crate (`use std::fmt;`).
    Extern,
    No,
}

/// One reference from one file to an item defined in another.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct FileEdge {
    pub from: String,
    pub line: usize,
    /// The path as written (`crate::batch::CancelFlag`).
    pub path: String,
    pub to: String,
}

/// Sibling modules (full paths) → the file edges behind `from` using `to`.
pub type SiblingEdges = BTreeMap<(Vec<String>, Vec<String>), Vec<FileEdge>>;

pub struct Graph {
    pub tree: Tree,
    /// Between files: (from, to) → the first reference, one per pair.
    pub file_edges: Vec<FileEdge>,
    /// Lifted: for every two siblings at any depth, the file edges joining them.
    pub siblings: SiblingEdges,
    /// Paths into the crate naming an item the check did not find: `file:line `path`: why`.
    pub unresolved: Vec<String>,
}

impl Graph {
    pub fn build(files: &[(String, String)]) -> Graph {
        let tree = Tree::build(files);
        let mut seen = BTreeSet::new();
        let mut file_edges = Vec::new();
        let mut unresolved = Vec::new();
        for m in 0..tree.modules.len() {
            let mut refs: Vec<&Ref> = tree.modules[m].refs.iter().collect();
            refs.sort_by_key(|r| r.line);
            for r in refs {
                for (line, path, target) in targets(&tree, m, r, &mut unresolved) {
                    let from = tree.modules[m].file;
                    let to = tree.modules[owner(target)].file;
                    if from != to && seen.insert((from, to)) {
                        file_edges.push(FileEdge {
                            from: tree.files[from].clone(),
                            line,
                            path,
                            to: tree.files[to].clone(),
                        });
                    }
                }
            }
        }
        let module_of_file: BTreeMap<&str, &Vec<String>> = tree
            .file_module
            .iter()
            .enumerate()
            .map(|(f, &m)| (tree.files[f].as_str(), &tree.modules[m].path))
            .collect();
        let mut siblings = SiblingEdges::new();
        for e in &file_edges {
            let (a, b) = (
                module_of_file[e.from.as_str()],
                module_of_file[e.to.as_str()],
            );
            let common = a.iter().zip(b.iter()).take_while(|(x, y)| x == y).count();
            // A module's own file and the files below it may use each other.
            if common == a.len() || common == b.len() {
                continue;
            }
            let key = (a[..=common].to_vec(), b[..=common].to_vec());
            siblings.entry(key).or_default().push(e.clone());
        }
        Graph {
            tree,
            file_edges,
            siblings,
            unresolved,
        }
    }
}

fn owner(t: Target) -> ModId {
    match t {
        Target::Module(m) | Target::Item(m) => m,
    }
}

/// The items reference `r` in module `m` lands on: one for a path, and for a glob `use` the
/// module plus every name of it that a word of `m` uses.
fn targets(
    tree: &Tree,
    m: ModId,
    r: &Ref,
    unresolved: &mut Vec<String>,
) -> Vec<(usize, String, Target)> {
    let text = r.segs.join("::");
    let target = match resolve(tree, m, &r.segs, &mut BTreeSet::new()) {
        Resolved::In(t) => t,
        Resolved::Outside => return Vec::new(),
        Resolved::Missing { module, name } => {
            let (file, inside) = (tree.modules[m].file, tree.modules[module].file);
            unresolved.push(format!(
                "{}:{} `{text}`: no `{name}` found in {}",
                tree.files[file], r.line, tree.files[inside]
            ));
            // The module's own file is the best guess.
            Target::Item(module)
        }
    };
    let mut out = vec![(r.line, text.clone(), target)];
    if let (true, Target::Module(g)) = (r.glob, target) {
        for (line, word) in &tree.modules[m].words {
            if let Found::Yes(t) = lookup(tree, g, word, &mut BTreeSet::new()) {
                out.push((*line, format!("{word} (from {text}::*)"), t));
            }
        }
    }
    out
}

/// What `segs`, written in module `m`, names.
fn resolve(
    tree: &Tree,
    m: ModId,
    segs: &[String],
    seen: &mut BTreeSet<(ModId, String)>,
) -> Resolved {
    let Some((first, rest)) = segs.split_first() else {
        return Resolved::Outside;
    };
    let parent = |m: ModId| tree.modules[m].parent;
    let mut cur = match first.as_str() {
        "crate" => root_of(tree, m),
        // `main.rs` reaches the library by the crate's name.
        "wxsign" => match tree.roots.first() {
            Some(&r) => r,
            None => return Resolved::Outside,
        },
        "self" => m,
        "super" => match parent(m) {
            Some(p) => p,
            None => return Resolved::Outside,
        },
        "::" | "Self" => return Resolved::Outside,
        // A bare first name is in scope, or from outside the crate (`std`, a local variable's
        // type, a generic parameter).
        name => match lookup(tree, m, name, seen) {
            Found::Yes(Target::Module(c)) => c,
            Found::Yes(t) => return Resolved::In(t),
            Found::Extern | Found::No => return Resolved::Outside,
        },
    };
    for seg in rest {
        cur = match seg.as_str() {
            "super" => match parent(cur) {
                Some(p) => p,
                None => return Resolved::Outside,
            },
            "self" => cur,
            name => match lookup(tree, cur, name, seen) {
                Found::Yes(Target::Module(c)) => c,
                // The rest names an associated item or a variant, in the same file.
                Found::Yes(t) => return Resolved::In(t),
                Found::Extern => return Resolved::Outside,
                Found::No => {
                    return Resolved::Missing {
                        module: cur,
                        name: name.to_owned(),
                    };
                }
            },
        };
    }
    Resolved::In(Target::Module(cur))
}

fn root_of(tree: &Tree, mut m: ModId) -> ModId {
    while let Some(p) = tree.modules[m].parent {
        m = p;
    }
    m
}

/// `name` in module `m`'s scope: a child module, its own item, a `use` binding, then its globs.
fn lookup(tree: &Tree, m: ModId, name: &str, seen: &mut BTreeSet<(ModId, String)>) -> Found {
    // `seen` holds the lookups in progress: a name bound to itself through re-exports is no item.
    let key = (m, name.to_owned());
    if !seen.insert(key.clone()) {
        return Found::No;
    }
    let found = lookup_in(tree, m, name, seen);
    seen.remove(&key);
    found
}

fn lookup_in(tree: &Tree, m: ModId, name: &str, seen: &mut BTreeSet<(ModId, String)>) -> Found {
    let module = &tree.modules[m];
    if let Some(&c) = module.children.get(name) {
        return Found::Yes(Target::Module(c));
    }
    if module.items.contains(name) {
        return Found::Yes(Target::Item(m));
    }
    if let Some(path) = module.bindings.get(name) {
        return match resolve(tree, m, path, seen) {
            Resolved::In(t) => Found::Yes(t),
            Resolved::Outside => Found::Extern,
            Resolved::Missing { .. } => Found::No,
        };
    }
    for glob in &module.globs {
        if let Resolved::In(Target::Module(g)) = resolve(tree, m, glob, seen)
            && let Found::Yes(t) = lookup(tree, g, name, seen)
        {
            return Found::Yes(t);
        }
    }
    Found::No
}

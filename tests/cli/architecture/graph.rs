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
}

impl Graph {
    pub fn build(files: &[(String, String)]) -> Graph {
        let tree = Tree::build(files);
        let mut seen = BTreeSet::new();
        let mut file_edges = Vec::new();
        for m in 0..tree.modules.len() {
            let mut refs: Vec<&Ref> = tree.modules[m].refs.iter().collect();
            refs.sort_by_key(|r| r.line);
            for r in refs {
                for (line, path, target) in targets(&tree, m, r) {
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
fn targets(tree: &Tree, m: ModId, r: &Ref) -> Vec<(usize, String, Target)> {
    let text = r.segs.join("::");
    let Some(target) = resolve(tree, m, &r.segs, &mut BTreeSet::new()) else {
        return Vec::new();
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

/// What `segs`, written in module `m`, names inside the crate.
fn resolve(
    tree: &Tree,
    m: ModId,
    segs: &[String],
    seen: &mut BTreeSet<(ModId, String)>,
) -> Option<Target> {
    let (first, rest) = segs.split_first()?;
    let mut cur = match first.as_str() {
        "crate" => root_of(tree, m),
        // `main.rs` reaches the library by the crate's name.
        "wxsign" => *tree.roots.first()?,
        "self" => m,
        "super" => tree.modules[m].parent?,
        "::" | "Self" => return None,
        name => match lookup(tree, m, name, seen) {
            Found::Yes(Target::Module(c)) => c,
            Found::Yes(t) => return Some(t),
            Found::Extern | Found::No => return None,
        },
    };
    for seg in rest {
        cur = match seg.as_str() {
            "super" => tree.modules[cur].parent?,
            "self" => cur,
            name => match lookup(tree, cur, name, seen) {
                Found::Yes(Target::Module(c)) => c,
                Found::Yes(t) => return Some(t),
                // Not found: made by a macro, or a glob from outside the crate. The module's
                // own file is the best guess.
                Found::Extern | Found::No => return Some(Target::Item(cur)),
            },
        };
    }
    Some(Target::Module(cur))
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
            Some(t) => Found::Yes(t),
            None => Found::Extern,
        };
    }
    for glob in &module.globs {
        if let Some(Target::Module(g)) = resolve(tree, m, glob, seen)
            && let Found::Yes(t) = lookup(tree, g, name, seen)
        {
            return Found::Yes(t);
        }
    }
    Found::No
}

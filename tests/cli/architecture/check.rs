//! The two rules over the lifted graph: no cycle between sibling modules at any depth, and
//! top-level modules using only lower layers. Each finding names the files and lines behind it.

use std::collections::{BTreeMap, BTreeSet};

use super::graph::{FileEdge, Graph};

pub fn name(path: &[String]) -> String {
    if path.is_empty() {
        "crate".to_owned()
    } else {
        path.join("::")
    }
}

/// A strongly connected set of two or more sibling modules.
#[derive(Debug)]
pub struct Cycle {
    /// Full names, sorted (`core::verify::layout`).
    pub modules: Vec<String>,
    /// Every edge between two of them: from, to, the file edges behind it.
    pub edges: Vec<(String, String, Vec<FileEdge>)>,
}

/// A top-level module using one that is not in a strictly lower layer (or in no layer).
#[derive(Debug)]
pub struct LayerBreak {
    pub from: String,
    pub to: String,
    pub why: String,
    pub edges: Vec<FileEdge>,
}

pub fn cycles(g: &Graph) -> Vec<Cycle> {
    // Parent → its children's edges.
    let mut by_parent: BTreeMap<Vec<String>, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    for (a, b) in g.siblings.keys() {
        let parent = a[..a.len() - 1].to_vec();
        let adj = by_parent.entry(parent).or_default();
        adj.entry(name(a)).or_default().insert(name(b));
        adj.entry(name(b)).or_default();
    }
    let mut out = Vec::new();
    for adj in by_parent.values() {
        for modules in strongly_connected(adj) {
            let mut edges = Vec::new();
            for ((a, b), files) in &g.siblings {
                let (a, b) = (name(a), name(b));
                if modules.contains(&a) && modules.contains(&b) {
                    edges.push((a, b, files.clone()));
                }
            }
            out.push(Cycle { modules, edges });
        }
    }
    out.sort_by(|x, y| x.modules.cmp(&y.modules));
    out
}

/// Tarjan's strongly connected components of two or more nodes, each sorted.
fn strongly_connected(adj: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct State<'a> {
        adj: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        out: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a str) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        s.on_stack.insert(v);
        let adj = s.adj;
        for w in adj.get(v).into_iter().flatten() {
            let w = w.as_str();
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
                comp.push(w.to_owned());
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
        adj,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        out: Vec::new(),
    };
    for v in adj.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    s.out
}

/// The top-level edges that break `layers` (bottom first): a module may use only modules in
/// strictly lower layers.
pub fn layer_breaks(g: &Graph, layers: &[&[&str]]) -> Vec<LayerBreak> {
    let layer_of = |m: &str| layers.iter().position(|l| l.contains(&m));
    let mut out = Vec::new();
    for ((a, b), files) in &g.siblings {
        if a.len() != 1 {
            continue;
        }
        let (from, to) = (name(a), name(b));
        let why = match (layer_of(&from), layer_of(&to)) {
            (None, _) => format!("{from} is in no layer of the table"),
            (_, None) => format!("{to} is in no layer of the table"),
            (Some(x), Some(y)) if x == y => format!("both are in layer {x}"),
            (Some(x), Some(y)) if x < y => {
                format!("{from} is in layer {x}, below {to} in layer {y}")
            }
            _ => continue,
        };
        out.push(LayerBreak {
            from,
            to,
            why,
            edges: files.clone(),
        });
    }
    out
}

fn edge_lines(files: &[FileEdge]) -> impl Iterator<Item = String> + '_ {
    files
        .iter()
        .map(|e| format!("        {}:{} `{}` -> {}", e.from, e.line, e.path, e.to))
}

impl Cycle {
    pub fn headline(&self) -> String {
        format!("cycle: {}", self.modules.join(", "))
    }

    /// The headline, then every edge inside the cycle with the file edges behind it.
    pub fn lines(&self) -> Vec<String> {
        let mut lines = vec![self.headline()];
        for (a, b, files) in &self.edges {
            lines.push(format!("    {a} -> {b}"));
            lines.extend(edge_lines(files));
        }
        lines
    }
}

impl LayerBreak {
    pub fn headline(&self) -> String {
        format!("layer: {} -> {} ({})", self.from, self.to, self.why)
    }

    pub fn lines(&self) -> Vec<String> {
        let mut lines = vec![self.headline()];
        lines.extend(edge_lines(&self.edges));
        lines
    }
}

/// What the allow-lists let through for now, each entry with its reason.
pub struct Allowed<'a> {
    /// The modules of a cycle being removed (full names); a cycle is allowed when all its
    /// modules are in one entry, so a shrunk cycle passes and a grown one fails.
    pub cycles: &'a [(&'a [&'a str], &'a str)],
    /// Top-level edges `from -> to` that break the layers for now.
    pub layer_breaks: &'a [(&'a str, &'a str, &'a str)],
}

/// Everything the check finds in `g`, split by the allow-lists.
pub struct Findings {
    /// Not allowed: the test fails with these lines.
    pub bad: Vec<String>,
    /// Allowed for now: each headline with its reason, then its file edges.
    pub allowed: Vec<String>,
    /// Allow-list entries that match nothing any more.
    pub stale: Vec<String>,
}

pub fn findings(g: &Graph, layers: Option<&[&[&str]]>, allow: &Allowed) -> Findings {
    let mut f = Findings {
        bad: Vec::new(),
        allowed: Vec::new(),
        stale: Vec::new(),
    };
    let mut used_cycles = BTreeSet::new();
    for c in cycles(g) {
        let entry = allow
            .cycles
            .iter()
            .position(|(k, _)| c.modules.iter().all(|m| k.contains(&m.as_str())));
        match entry {
            Some(i) => {
                used_cycles.insert(i);
                f.allowed
                    .push(format!("allowed ({}): {}", allow.cycles[i].1, c.headline()));
                f.allowed.extend(c.lines().into_iter().skip(1));
            }
            None => f.bad.extend(c.lines()),
        }
    }
    let mut used_breaks = BTreeSet::new();
    for b in layers.map(|l| layer_breaks(g, l)).unwrap_or_default() {
        let entry = allow
            .layer_breaks
            .iter()
            .position(|(from, to, _)| *from == b.from && *to == b.to);
        match entry {
            Some(i) => {
                used_breaks.insert(i);
                f.allowed.push(format!(
                    "allowed ({}): {}",
                    allow.layer_breaks[i].2,
                    b.headline()
                ));
                f.allowed.extend(b.lines().into_iter().skip(1));
            }
            None => f.bad.extend(b.lines()),
        }
    }
    for (i, (modules, why)) in allow.cycles.iter().enumerate() {
        if !used_cycles.contains(&i) {
            f.stale
                .push(format!("cycle {} ({why}) is gone", modules.join(", ")));
        }
    }
    for (i, (from, to, why)) in allow.layer_breaks.iter().enumerate() {
        if !used_breaks.contains(&i) {
            f.stale
                .push(format!("layer break {from} -> {to} ({why}) is gone"));
        }
    }
    for u in &g.unresolved {
        f.bad.push(format!(
            "unresolved: {u} (the check lost track of that file, or a macro makes the item)"
        ));
    }
    for (file, line, name) in &g.tree.missing {
        f.bad.push(format!(
            "{file}:{line}: `mod {name};` has no file {name}.rs or {name}/mod.rs"
        ));
    }
    f
}

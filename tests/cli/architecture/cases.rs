//! The check over small in-memory trees: each case is a tree and what it must report.

use super::check::{self, Allowed};
use super::graph::Graph;
use super::lexer::{Kind, lex};

const NOTHING: Allowed = Allowed {
    cycles: &[],
    layer_breaks: &[],
};

fn graph(files: &[(&str, &str)]) -> Graph {
    let files: Vec<(String, String)> = files
        .iter()
        .map(|(p, t)| ((*p).to_owned(), (*t).to_owned()))
        .collect();
    Graph::build(&files)
}

/// The headlines (no file lines) the check reports for `files`.
fn headlines(files: &[(&str, &str)], layers: Option<&[&[&str]]>) -> Vec<String> {
    let f = check::findings(&graph(files), layers, &NOTHING);
    f.bad.into_iter().filter(|l| !l.starts_with(' ')).collect()
}

/// Every case whose headlines differ, all at once.
fn run(cases: &[Case], layers: Option<&[&[&str]]>) {
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|(what, files, expected)| {
            let got = headlines(files, layers);
            (got != *expected)
                .then(|| format!("{what}:\n  got      {got:?}\n  expected {expected:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

type Case = (
    &'static str,
    &'static [(&'static str, &'static str)],
    &'static [&'static str],
);

#[test]
fn cycles_in_small_trees() {
    let cases: &[Case] = &[
        (
            "an exported macro is the crate root's, and a re-export of it leads there",
            &[
                ("lib.rs", "mod a; mod b;"),
                (
                    "a.rs",
                    "#[macro_export]\nmacro_rules! __m { () => {} }\npub use crate::__m as m;\npub fn g() { crate::b::f() }",
                ),
                ("b.rs", "pub fn f() {} fn h() { crate::a::m!() }"),
            ],
            // b reaches the macro at the root, not a: no cycle, and nothing unresolved.
            &[],
        ),
        (
            "items a macro call defines are found where it is called",
            &[
                ("lib.rs", "mod a; mod b; mod t;"),
                (
                    "t.rs",
                    "#[macro_export]\nmacro_rules! __table { () => {} }\npub use crate::__table as table;",
                ),
                (
                    "a.rs",
                    "crate::t::table! { pub struct S as \"s\", pub fn s_tr { x } }\npub fn g() { crate::b::f() }",
                ),
                (
                    "b.rs",
                    "use crate::a::S; pub fn f() {} fn h() -> S { crate::a::s_tr() }",
                ),
            ],
            &["cycle: a, b"],
        ),
        (
            "two siblings using each other",
            &[
                ("lib.rs", "mod a; mod b;"),
                ("a.rs", "use crate::b::B; pub struct A;"),
                (
                    "b.rs",
                    "pub struct B; pub fn f() -> crate::a::A { todo!() }",
                ),
            ],
            &["cycle: a, b"],
        ),
        (
            "one direction only",
            &[
                ("lib.rs", "mod a; mod b;"),
                ("a.rs", "use crate::b::B;"),
                ("b.rs", "pub struct B;"),
            ],
            &[],
        ),
        (
            "a parent and its child may use each other",
            &[
                ("lib.rs", "mod p;"),
                (
                    "p/mod.rs",
                    "mod c; pub use c::C; pub struct Shared; fn f() { self::c::g() }",
                ),
                (
                    "p/c.rs",
                    "use super::Shared; use crate::p::Shared as S; pub struct C; pub fn g() {}",
                ),
            ],
            &[],
        ),
        (
            "a grandchild and its grandparent too",
            &[
                ("lib.rs", "mod p;"),
                ("p/mod.rs", "mod q; pub struct Top; fn f() { q::r::g() }"),
                ("p/q/mod.rs", "pub mod r;"),
                ("p/q/r.rs", "use crate::p::Top; pub fn g() {}"),
            ],
            &[],
        ),
        (
            "a cycle through a mod.rs: the item lives in the parent's own file",
            &[
                ("lib.rs", "mod a; mod b;"),
                ("a/mod.rs", "mod x; pub fn helper() {}"),
                ("a/x.rs", "use crate::b::B;"),
                ("b.rs", "pub struct B; fn f() { crate::a::helper() }"),
            ],
            &["cycle: a, b"],
        ),
        (
            "a cycle hidden behind a `pub use` in the parent",
            &[
                ("lib.rs", "mod m;"),
                ("m/mod.rs", "mod a; mod b; pub use a::A;"),
                ("m/a.rs", "use super::b::B; pub struct A;"),
                ("m/b.rs", "use super::A; pub struct B;"),
            ],
            &["cycle: m::a, m::b"],
        ),
        (
            "a glob re-export",
            &[
                ("lib.rs", "mod m;"),
                ("m/mod.rs", "mod a; mod b; pub use a::*;"),
                ("m/a.rs", "pub struct A; fn f() -> super::b::B { todo!() }"),
                ("m/b.rs", "pub struct B; fn f(_: crate::m::A) {}"),
            ],
            &["cycle: m::a, m::b"],
        ),
        (
            "a re-export list with an alias",
            &[
                ("lib.rs", "mod m;"),
                ("m/mod.rs", "mod a; mod b; pub use a::{A, B as C};"),
                ("m/a.rs", "pub struct A; pub struct B; use super::b::g;"),
                ("m/b.rs", "pub fn g() -> super::C { todo!() }"),
            ],
            &["cycle: m::a, m::b"],
        ),
        (
            "a re-export in a third module points at the defining one",
            &[
                ("lib.rs", "mod x; mod y; mod z;"),
                ("x.rs", "pub struct X; fn f(_: crate::y::Cmd) {}"),
                ("y.rs", "pub use crate::z::Cmd;"),
                ("z.rs", "pub struct Cmd; use crate::x::X;"),
            ],
            &["cycle: x, z"],
        ),
        (
            "a chain of re-exports, a glob among them",
            &[
                ("lib.rs", "mod x; mod y; mod z;"),
                ("x.rs", "use crate::y::deep::Cmd; pub struct X;"),
                ("y/mod.rs", "pub mod deep;"),
                ("y/deep.rs", "pub use crate::z::*;"),
                ("z/mod.rs", "mod cmd; pub use cmd::Cmd;"),
                ("z/cmd.rs", "pub struct Cmd; fn f(_: crate::x::X) {}"),
            ],
            &["cycle: x, z"],
        ),
        (
            "a glob `use` in a consumer: the names it uses count",
            &[
                ("lib.rs", "mod a; mod b;"),
                ("a.rs", "use crate::b::*; fn f(_: Thing) {}"),
                ("b/mod.rs", "mod t; pub use t::Thing;"),
                ("b/t.rs", "pub struct Thing; fn g() { crate::a::f }"),
            ],
            &["cycle: a, b"],
        ),
        (
            "siblings below a module are checked at their own depth",
            &[
                ("lib.rs", "mod p;"),
                ("p/mod.rs", "mod x; mod z;"),
                ("p/x/mod.rs", "mod y;"),
                ("p/x/y.rs", "use crate::p::z::Z; pub struct Y;"),
                ("p/z.rs", "pub struct Z; fn f(_: super::x::y::Y) {}"),
            ],
            &["cycle: p::x, p::z"],
        ),
        (
            "super::super and self:: from a nested file",
            &[
                ("lib.rs", "mod m;"),
                ("m/mod.rs", "mod a; mod b;"),
                ("m/a/mod.rs", "mod deep; pub struct A;"),
                ("m/a/deep.rs", "fn f() { super::super::b::g() }"),
                (
                    "m/b.rs",
                    "pub fn g() {} fn h(_: crate::m::a::A) { self::g() }",
                ),
            ],
            &["cycle: m::a, m::b"],
        ),
        (
            "a bare path to a child module, re-exporting a sibling's item",
            &[
                ("lib.rs", "mod m;"),
                ("m/mod.rs", "mod a; mod b;"),
                ("m/a.rs", "mod helper; use helper::H; pub struct A;"),
                ("m/a/helper.rs", "pub use crate::m::b::H;"),
                ("m/b.rs", "pub struct H; fn f(_: super::a::A) {}"),
            ],
            &["cycle: m::a, m::b"],
        ),
        (
            "a name a `use` brought in, then used as a path",
            &[
                ("lib.rs", "mod a; mod b;"),
                ("a.rs", "use crate::b; fn f() { b::inner::g() }"),
                ("b/mod.rs", "pub mod inner;"),
                ("b/inner.rs", "pub fn g() {} fn h() { crate::a::f() }"),
            ],
            &["cycle: a, b"],
        ),
        (
            "a file module next to its directory (`parse.rs` + `parse/x.rs`)",
            &[
                ("lib.rs", "mod a; mod b;"),
                ("a.rs", "mod x;"),
                ("a/x.rs", "use crate::b::B;"),
                ("b.rs", "pub struct B; use crate::a::x;"),
            ],
            &["cycle: a, b"],
        ),
        (
            "main.rs reaches the library by the crate's name",
            &[
                ("lib.rs", "pub mod a;"),
                ("main.rs", "mod m; fn h() {} fn main() { wxsign::a::f() }"),
                ("a.rs", "pub fn f() {}"),
                ("m.rs", "fn g() { crate::h() }"),
            ],
            &[],
        ),
        (
            "unit tests may use anything: inline, in their own file, or one `#[cfg(test)]` item",
            &[
                ("lib.rs", "mod a; mod b;"),
                (
                    "a.rs",
                    "pub fn f() {}\n#[cfg(test)]\nmod tests {\n    use crate::b::B;\n}\n#[cfg(test)]\n#[path = \"a_tests.rs\"]\nmod more;\n#[cfg(test)]\nuse crate::b::C;\n",
                ),
                ("a_tests.rs", "use crate::b::B;"),
                ("b.rs", "pub struct B; pub struct C; use crate::a::f;"),
            ],
            &[],
        ),
        (
            "only the `#[cfg(test)]` item is left out, not what follows",
            &[
                ("lib.rs", "mod a; mod b;"),
                (
                    "a.rs",
                    "#[cfg(test)]\nfn helper() {}\nuse crate::b::B;\npub fn g() {}",
                ),
                ("b.rs", "pub struct B; use crate::a::g;"),
            ],
            &["cycle: a, b"],
        ),
        (
            "a doc link counts; prose, plain comments and strings do not",
            &[
                ("lib.rs", "mod a; mod b; mod c;"),
                ("a.rs", "//! Judged by [`crate::b::judge`].\npub fn f() {}"),
                (
                    "b.rs",
                    "//! Not `crate::a::f` in prose.\n// Nor crate::a::f in a comment.\npub fn judge() { let _ = \"crate::a::f\"; }",
                ),
                (
                    "c.rs",
                    "/// See [the function](crate::a::f).\npub fn g() {}\nfn h() { crate::b::judge() }",
                ),
            ],
            &[],
        ),
        (
            "a doc link closes a cycle",
            &[
                ("lib.rs", "mod a; mod b;"),
                ("a.rs", "/// Called by [`crate::b::judge`].\npub fn f() {}"),
                ("b.rs", "pub fn judge() { crate::a::f() }"),
            ],
            &["cycle: a, b"],
        ),
        (
            "three modules in a ring are one cycle, a fourth using them is not in it",
            &[
                ("lib.rs", "mod a; mod b; mod c; mod d;"),
                ("a.rs", "use crate::b::B; pub struct A;"),
                ("b.rs", "use crate::c::C; pub struct B;"),
                ("c.rs", "use crate::a::A; pub struct C;"),
                ("d.rs", "use crate::a::A;"),
            ],
            &["cycle: a, b, c"],
        ),
        (
            "an item after a signature with `=` and `{ }` in it is still found",
            &[
                ("lib.rs", "mod m;"),
                (
                    "m/mod.rs",
                    "async fn w(f: impl Fn() -> Box<dyn Future<Output = [u8; { 2 }]>>) {}\npub use a::A;\nmod a;\nmod b;",
                ),
                ("m/a.rs", "pub struct A; use super::b::B;"),
                ("m/b.rs", "pub struct B; fn f(_: super::A) {}"),
            ],
            &["cycle: m::a, m::b"],
        ),
        (
            "a path to an item the check cannot find is reported",
            &[
                ("lib.rs", "mod a; mod b;"),
                ("a.rs", "fn f() { crate::b::made_by_a_macro() }"),
                ("b.rs", ""),
            ],
            &[
                "unresolved: src/a.rs:1 `crate::b::made_by_a_macro`: no `made_by_a_macro` found in src/b.rs (the check lost track of that file, or a macro makes the item)",
            ],
        ),
        (
            "a `mod x;` without its file is reported",
            &[("lib.rs", "mod gone;")],
            &["src/lib.rs:1: `mod gone;` has no file gone.rs or gone/mod.rs"],
        ),
    ];
    run(cases, None);
}

#[test]
fn layers_in_small_trees() {
    let layers: &[&[&str]] = &[&["low"], &["mid", "side"], &["top"]];
    let cases: &[Case] = &[
        (
            "downwards is fine, over a layer too",
            &[
                ("lib.rs", "mod low; mod mid; mod top;"),
                ("top.rs", "use crate::mid::M; use crate::low::L;"),
                ("mid.rs", "pub struct M; use crate::low::L;"),
                ("low.rs", "pub struct L;"),
            ],
            &[],
        ),
        (
            "upwards is a break",
            &[
                ("lib.rs", "mod low; mod top;"),
                ("low.rs", "fn f(_: crate::top::T) {}"),
                ("top.rs", "pub struct T;"),
            ],
            &["layer: low -> top (low is in layer 0, below top in layer 2)"],
        ),
        (
            "within a layer is a break even without a cycle",
            &[
                ("lib.rs", "mod mid; mod side;"),
                ("mid.rs", "use crate::side::S;"),
                ("side.rs", "pub struct S;"),
            ],
            &["layer: mid -> side (both are in layer 1)"],
        ),
        (
            "a module missing from the table is a break",
            &[
                ("lib.rs", "mod top; mod new;"),
                ("top.rs", "use crate::new::N;"),
                ("new.rs", "pub struct N;"),
            ],
            &["layer: top -> new (new is in no layer of the table)"],
        ),
        (
            "a break hidden behind a re-export in a higher module",
            &[
                ("lib.rs", "mod low; mod mid; mod top;"),
                ("low.rs", "use crate::top::M;"),
                ("top.rs", "pub use crate::mid::M;"),
                ("mid.rs", "pub struct M;"),
            ],
            &["layer: low -> mid (low is in layer 0, below mid in layer 1)"],
        ),
        (
            "the layers are over top-level modules: below them siblings only must not cycle",
            &[
                ("lib.rs", "mod top;"),
                ("top/mod.rs", "mod a; mod b;"),
                ("top/a.rs", "use super::b::B;"),
                ("top/b.rs", "pub struct B;"),
            ],
            &[],
        ),
    ];
    run(cases, Some(layers));
}

#[test]
fn a_finding_names_the_files_and_lines_behind_each_edge() {
    let g = graph(&[
        ("lib.rs", "mod a; mod b;"),
        ("a/mod.rs", "mod x;\nmod y;"),
        ("a/x.rs", "\n\nuse crate::b::B;"),
        ("a/y.rs", "fn f() {\n    crate::b::g()\n}"),
        ("b.rs", "pub struct B;\npub fn g() {}\nuse crate::a::x;"),
    ]);
    let f = check::findings(&g, None, &NOTHING);
    assert_eq!(
        f.bad,
        [
            "cycle: a, b",
            "    a -> b",
            "        src/a/x.rs:3 `crate::b::B` -> src/b.rs",
            "        src/a/y.rs:2 `crate::b::g` -> src/b.rs",
            "    b -> a",
            "        src/b.rs:3 `crate::a::x` -> src/a/x.rs",
        ]
    );
}

#[test]
fn the_allow_lists_let_a_shrunk_cycle_pass_not_a_grown_one_and_report_stale_entries() {
    let ring = |extra: &'static str| {
        graph(&[
            ("lib.rs", "mod a; mod b; mod c;"),
            ("a.rs", "use crate::b::B; pub struct A;"),
            ("b.rs", extra),
            ("c.rs", "use crate::a::A; pub struct C;"),
        ])
    };
    let known = Allowed {
        cycles: &[(&["a", "b", "c"], "removed by branch x")],
        layer_breaks: &[],
    };
    let two = check::findings(&ring("pub struct B; use crate::a::A;"), None, &known);
    assert!(
        two.bad.is_empty() && two.stale.is_empty(),
        "a, b is inside a, b, c"
    );
    assert_eq!(two.allowed[0], "allowed (removed by branch x): cycle: a, b");
    let three = check::findings(&ring("pub struct B; use crate::c::C;"), None, &known);
    assert!(three.bad.is_empty());
    let smaller = Allowed {
        cycles: &[(&["a", "b"], "removed by branch x")],
        layer_breaks: &[],
    };
    let grown = check::findings(&ring("pub struct B; use crate::c::C;"), None, &smaller);
    assert_eq!(grown.bad[0], "cycle: a, b, c");
    assert_eq!(grown.stale, ["cycle a, b (removed by branch x) is gone"]);
    let none = check::findings(&ring("pub struct B;"), None, &known);
    assert_eq!(none.stale, ["cycle a, b, c (removed by branch x) is gone"]);

    let layers: &[&[&str]] = &[&["a"], &["b"], &["c"]];
    let breaks = Allowed {
        cycles: &[],
        layer_breaks: &[("a", "b", "removed by branch y"), ("b", "a", "wrong way")],
    };
    let f = check::findings(
        &graph(&[
            ("lib.rs", "mod a; mod b;"),
            ("a.rs", "use crate::b::B;"),
            ("b.rs", "pub struct B;"),
        ]),
        Some(layers),
        &breaks,
    );
    assert!(f.bad.is_empty(), "{:?}", f.bad);
    assert_eq!(f.stale, ["layer break b -> a (wrong way) is gone"]);
}

#[test]
fn the_lexer_keeps_doc_comments_and_drops_literals_and_comments() {
    let words = |src: &str| -> Vec<String> {
        lex(src)
            .into_iter()
            .filter_map(|t| match t.kind {
                Kind::Ident(w) => Some(w),
                Kind::Doc(d) => Some(format!("doc:{}", d.trim())),
                Kind::Str(s) => Some(format!("str:{s}")),
                _ => None,
            })
            .collect()
    };
    let cases: &[(&str, &[&str])] = &[
        ("a // b\nc", &["a", "c"]),
        ("/* a /* nested */ b */ c", &["c"]),
        (
            "/// doc\n//// not doc\n//! inner",
            &["doc:doc", "doc:inner"],
        ),
        ("/** block doc */ x", &["doc:block doc", "x"]),
        (
            r##"r#"raw "quoted" // no comment"# y"##,
            &["str:raw \"quoted\" // no comment", "y"],
        ),
        (r#""esc \" still" z"#, &["str:esc \\\" still", "z"]),
        ("'a' 'static 'x: loop {} '\\'' b'q' w", &["loop", "w"]),
        ("b'\\\\' x '\\\\' y 'z' w", &["x", "y", "w"]),
        (
            "fn f<'a>(x: &'a str) -> char { '\\u{4e2d}' }",
            &["fn", "f", "x", "str", "char"],
        ),
        ("'中' r#type", &["type"]),
    ];
    for (src, expected) in cases {
        assert_eq!(words(src), *expected, "{src}");
    }
    let lines: Vec<usize> = lex("a\n\"two\nlines\" b\n/* c\n*/ d")
        .iter()
        .map(|t| t.line)
        .collect();
    assert_eq!(lines, [1, 2, 3, 5]);
}

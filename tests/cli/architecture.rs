//! ARCHITECTURE.md's "layers point one way, no import cycles", checked on `src/` itself.
//!
//! Every `use` (at any depth, `pub use` re-exports and globs included), every path in code
//! (`crate::a::B`, `super::x::f`, `self::y`, `child::z` for a `mod child;`, a name a `use`
//! brought in) and every path of a doc comment's links is resolved to the file that *defines*
//! the item: through `pub use x::{A, B as C}` and `pub use x::*` re-exports and `mod.rs` files,
//! as `rustc` would. Prose, plain comments, strings and `#[cfg(test)]` items are left out (unit
//! tests may use anything). Each file edge is then lifted to the two *sibling* modules it joins
//! (`src/batch/runner.rs` -> `src/probe/session.rs` is `batch -> probe` among the top-level
//! modules; `src/core/verify/search.rs` -> `src/core/verify/urlcauses.rs` is `search ->
//! urlcauses` among the children of `core::verify`); a module's own file and the files below it
//! may use each other freely. Two rules hold on the lifted graph:
//! - no cycle between sibling modules at any depth;
//! - [`LAYERS`] over the top-level modules.
//!
//! `cargo test --test cli architecture -- --nocapture` prints what the allow-lists let through.

mod cases;
mod check;
mod core_io;
mod graph;
mod lexer;
mod platform_branches;
mod syntax;
mod threads;
mod tree;

use std::path::Path;

use check::Allowed;
use graph::Graph;

/// The top-level modules, bottom layer first. A module may use only modules in strictly lower
/// layers: two modules of one layer never use each other, so the table says everything that is
/// allowed. Measured on main at a29f21a (issue 17) and ordered by what each module really needs:
/// `core` names `secret::Secret` (cards), so `secret` is below it; `doctor` looks for the
/// probe's browser, so it sits above `probe`; `probe` reuses the batch's pages, repeat and
/// reports, so it sits above `batch`; `cli` opens the window, so it sits above `ui`. `phone`
/// records the real client with the probe's bridge script, recorder and judge (issue 18), so it
/// sits above `probe`.
const LAYERS: &[&[&str]] = &[
    &["secret"],
    &["core"],
    &["platform", "system_font"],
    &["i18n"],
    &["secrets"],
    &["profile"],
    // gui.toml sits beside profiles.toml and is replaced the same way (`profile::config_dir`,
    // `profile::replace_file`).
    &["cache", "gui_settings"],
    &["wechat"],
    &["redis_source", "pasted_source"],
    &["tickets"],
    &["batch"],
    &["probe"],
    &["phone", "doctor"],
    &["worker"],
    &["ui"],
    &["cli"],
];

/// Cycles on main being removed elsewhere: their modules and who removes them. Delete an entry
/// once its cycle is gone (`allow_lists_name_only_what_src_still_has` fails until you do).
const KNOWN_CYCLES: &[(&[&str], &str)] = &[];

/// Top-level edges against [`LAYERS`] on main being removed elsewhere: from, to, who removes it.
const KNOWN_LAYER_BREAKS: &[(&str, &str, &str)] = &[];

const ALLOWED: Allowed = Allowed {
    cycles: KNOWN_CYCLES,
    layer_breaks: KNOWN_LAYER_BREAKS,
};

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
            out.push((rel, std::fs::read_to_string(&p).expect("source is UTF-8")));
        }
    }
}

fn src_graph() -> Graph {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    read_tree(&src, "", &mut files);
    let g = Graph::build(&files);
    // Not vacuous: the tree was read from lib.rs and main.rs, and its references resolved.
    assert!(
        g.tree.modules.len() > 100,
        "only {} modules read",
        g.tree.modules.len()
    );
    assert!(
        g.file_edges.len() > 500,
        "only {} file edges found",
        g.file_edges.len()
    );
    g
}

#[test]
fn src_layers_point_one_way_and_siblings_have_no_cycle() {
    let f = check::findings(&src_graph(), Some(LAYERS), &ALLOWED);
    if !f.allowed.is_empty() {
        eprintln!("{}", f.allowed.join("\n"));
    }
    assert!(
        f.bad.is_empty(),
        "layers broken or import cycles between sibling modules (ARCHITECTURE.md: move the \
         shared item down into a module both may use, or let the caller pass the data in; a \
         new top-level module gets its place in LAYERS):\n{}",
        f.bad.join("\n")
    );
}

#[test]
fn allow_lists_name_only_what_src_still_has() {
    let f = check::findings(&src_graph(), Some(LAYERS), &ALLOWED);
    assert!(
        f.stale.is_empty(),
        "delete these entries from KNOWN_CYCLES / KNOWN_LAYER_BREAKS:\n{}",
        f.stale.join("\n")
    );
}

/// What `rule` finds in every file of the module tree (test-only files, `#[cfg(test)] mod
/// tests;`, are not in it), each as `path:line: what`, the path relative to `src/`.
fn scan_product_files(rule: fn(&str, &str) -> Vec<String>) -> Vec<String> {
    let g = src_graph();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert!(
        g.tree.files.len() > 100,
        "only {} files",
        g.tree.files.len()
    );
    let mut bad = Vec::new();
    for path in &g.tree.files {
        let text = std::fs::read_to_string(root.join(path)).expect("source is UTF-8");
        let rel = path.strip_prefix("src/").unwrap_or(path);
        bad.extend(rule(rel, &text));
    }
    bad
}

/// ARCHITECTURE.md: "No drawing function starts a thread or a runtime." Only `src/worker` and
/// `src/cli` start threads and runtimes; `src/ui`, `src/core` and `src/i18n` spawn no task
/// either (`threads.rs` says which paths and words count).
#[test]
fn only_the_worker_and_the_command_line_start_threads_and_runtimes() {
    let bad = scan_product_files(threads::violations);
    assert!(
        bad.is_empty(),
        "background work goes through the worker (a Command, its Events drained once per \
         frame); threads and runtimes start only in src/worker and src/cli:\n{}",
        bad.join("\n")
    );
}

/// The scan above can fail: each way to start a thread, a runtime or a task is found where it
/// is not allowed, and nothing is found in comments, strings, tests or the allowed places.
#[test]
fn the_thread_rule_finds_each_way_to_start_work() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "ui/panel.rs",
            "fn draw() { std::thread::spawn(|| {}); }",
            &["ui/panel.rs:1: thread::spawn starts a thread or a runtime"],
        ),
        (
            "ui/panel.rs",
            "use std::thread;\nfn draw() {\n    thread::Builder::new().spawn(|| {});\n}",
            &["ui/panel.rs:3: thread::Builder starts a thread or a runtime"],
        ),
        (
            "ui/a/b.rs",
            "fn f() { let rt = tokio::runtime::Builder::new_multi_thread(); rt.block_on(x); }",
            &[
                "ui/a/b.rs:1: runtime::Builder starts a thread or a runtime",
                "ui/a/b.rs:1: block_on starts a thread or a runtime",
            ],
        ),
        (
            "doctor/gather.rs",
            "fn f() { let rt = Runtime::new(); }",
            &["doctor/gather.rs:1: Runtime::new starts a thread or a runtime"],
        ),
        (
            "ui/panel.rs",
            "fn f() { tokio::spawn(async {}); tokio::task::spawn_blocking(g); }",
            &[
                "ui/panel.rs:1: tokio::spawn spawns a task",
                "ui/panel.rs:1: spawn_blocking spawns a task",
            ],
        ),
        (
            "core/x.rs",
            "fn f() { let s = tokio::task::JoinSet::new(); }",
            &["core/x.rs:1: JoinSet spawns a task"],
        ),
        // Allowed: the worker and the command line start them; services spawn tasks on the
        // runtime they run on.
        (
            "worker/mod.rs",
            "fn f() { std::thread::spawn(|| {}); rt.block_on(x); }",
            &[],
        ),
        (
            "cli/probe.rs",
            "fn f() { tokio::runtime::Builder::new_multi_thread(); }",
            &[],
        ),
        (
            "doctor/gather.rs",
            "async fn f() { tokio::task::spawn_blocking(g).await; }",
            &[],
        ),
        // Not code: comments, strings, and unit tests.
        (
            "ui/panel.rs",
            "// std::thread::spawn\nfn f() { let s = \"tokio::spawn\"; }\n\
             #[cfg(test)]\nmod tests { fn t() { std::thread::spawn(|| {}); } }\nfn g() {}",
            &[],
        ),
    ];
    for (rel, src, expected) in cases {
        assert_eq!(threads::violations(rel, src), *expected, "{rel}: {src}");
    }
}

/// ARCHITECTURE.md: "No code outside `src/platform/` branches on the platform." Every
/// difference between the Official Account, WeCom, DingTalk and Feishu is read from the
/// platform's `PlatformSpec` (`platform_branches.rs` says what counts as a branch).
#[test]
fn only_the_platform_module_branches_on_the_platform() {
    let bad = scan_product_files(platform_branches::violations);
    assert!(
        bad.is_empty(),
        "read the difference from the platform's PlatformSpec (src/platform/) instead of \
         branching on the platform:\n{}",
        bad.join("\n")
    );
}

/// Issue 17: whether a platform has an app's own ticket and call is read from its tickets
/// (`Platform::app_ticket`), not from `per_app_secrets` used as an "is this WeCom" switch.
#[test]
fn per_app_secrets_is_no_platform_switch() {
    let bad = scan_product_files(platform_branches::per_app_secret_switches);
    assert!(
        bad.is_empty(),
        "ask the platform's tickets (Platform::app_ticket, spec.calls) instead:\n{}",
        bad.join("\n")
    );
}

/// ARCHITECTURE.md: "`core` does no I/O." No file, network, process, environment, clock or
/// global random source in `src/core`: signing, URL analysis, verification and diagnosis take
/// them as arguments (`core_io.rs` says what counts).
#[test]
fn the_core_does_no_io() {
    let bad = scan_product_files(core_io::violations);
    assert!(
        bad.is_empty(),
        "src/core is pure: take the time, the random source or the data as an argument and do \
         the I/O in the caller:\n{}",
        bad.join("\n")
    );
}

/// The rule above can fail: each kind of I/O is found in `src/core`, nowhere else, and never in
/// comments, strings or tests.
#[test]
fn the_core_io_rule_finds_each_kind() {
    let cases: &[(&str, &str, usize)] = &[
        ("core/a.rs", "fn f() { std::fs::read(\"x\"); }", 1),
        ("core/a.rs", "fn f() { let t = SystemTime::now(); }", 1),
        ("core/a.rs", "fn f() { let r = rand::rng(); }", 1),
        (
            "core/a.rs",
            "async fn f() { tokio::time::sleep(d).await; }",
            1,
        ),
        ("core/a.rs", "fn f() { println!(\"x\"); }", 1),
        ("core/a.rs", "fn f() { let v = std::env::var(\"X\"); }", 1),
        (
            "core/a.rs",
            "fn f(now: u64) -> u64 { now } // SystemTime::now()",
            0,
        ),
        (
            "core/a.rs",
            "fn f() -> &'static str { \"std::fs::read\" }",
            0,
        ),
        (
            "core/a.rs",
            "#[cfg(test)]\nmod tests { fn t() { std::fs::read(\"x\"); } }",
            0,
        ),
        (
            "core/a.rs",
            "fn f(ip: &str) { ip.parse::<std::net::IpAddr>(); }",
            0,
        ),
        ("wechat/a.rs", "fn f() { std::fs::read(\"x\"); }", 0),
    ];
    for (rel, src, want) in cases {
        assert_eq!(core_io::violations(rel, src).len(), *want, "{rel}: {src}");
    }
}

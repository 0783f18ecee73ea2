//! ARCHITECTURE.md's "the UI thread never waits; background work runs on the worker": where
//! threads, runtimes and tasks may start, checked on the tokens of every product file
//! (comments, strings and `#[cfg(test)]` items left out: tests may start what they like).
//!
//! - Starting a thread or a runtime, or blocking on one, happens only in [`STARTERS`]
//!   (`src/worker`, the window's background, and `src/cli`, each command's own runtime):
//!   `thread::spawn`, `thread::Builder`, `thread::scope`, `runtime::Builder`, `Runtime::new`,
//!   `block_on`.
//! - No code in [`NO_RUNTIME`] (`src/ui`: drawing code; `src/core`: pure; `src/i18n`) spawns a
//!   task or hands work to a runtime either: `tokio::spawn`, `task::spawn`, `spawn_local`,
//!   `spawn_blocking`, `JoinSet`. Async code elsewhere (the clients, the probe, the batch, the
//!   doctor) runs on the runtime its caller started, and may use those.

use super::lexer::{Kind, Tok, lex};
use super::syntax::{is_cfg_test, item_end, matching};

/// The directories (relative to `src/`) that start threads and runtimes.
pub const STARTERS: &[&str] = &["worker/", "cli/"];
/// The directories where no task may be spawned at all: they run without a runtime.
pub const NO_RUNTIME: &[&str] = &["ui/", "core/", "i18n/"];

/// `a::b` pairs that start a thread or a runtime.
const START_PATHS: &[(&str, &str)] = &[
    ("thread", "spawn"),
    ("thread", "Builder"),
    ("thread", "scope"),
    ("runtime", "Builder"),
    ("Runtime", "new"),
];
/// `a::b` pairs that spawn a task on a runtime.
const TASK_PATHS: &[(&str, &str)] = &[("tokio", "spawn"), ("task", "spawn")];
/// Words that block on a runtime (`rt.block_on(…)`, `Handle::block_on`).
const START_WORDS: &[&str] = &["block_on"];
/// Words that spawn tasks or hand work to a runtime.
const TASK_WORDS: &[&str] = &["spawn_local", "spawn_blocking", "JoinSet"];

/// The file's tokens with every `#[cfg(test)]` item taken out.
pub(super) fn product_tokens(src: &str) -> Vec<Tok> {
    let toks = lex(src);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let attr_open = i + 1;
        if toks[i].is('#') && toks.get(attr_open).is_some_and(|t| t.is('[')) {
            let close = matching(&toks, attr_open);
            if is_cfg_test(&toks[attr_open..=close]) {
                i = item_end(&toks, close + 1, toks.len());
                continue;
            }
        }
        out.push(toks[i].clone());
        i += 1;
    }
    out
}

/// Every identifier of `toks` with its line and the identifier after a `::` that follows it
/// (`std::fs` gives `("std", Some("fs"))`): what the path rules match on.
pub(super) fn idents_and_next(toks: &[Tok]) -> impl Iterator<Item = (usize, &str, Option<&str>)> {
    toks.iter().enumerate().filter_map(|(k, tok)| {
        let word = tok.ident()?;
        let next = (toks.get(k + 1).map(|t| &t.kind) == Some(&Kind::PathSep))
            .then(|| toks.get(k + 2).and_then(Tok::ident))
            .flatten();
        Some((tok.line, word, next))
    })
}

/// What `src/<rel>` starts that its place does not allow: `line: what`.
pub fn violations(rel: &str, src: &str) -> Vec<String> {
    let starter = STARTERS.iter().any(|d| rel.starts_with(d));
    let no_runtime = NO_RUNTIME.iter().any(|d| rel.starts_with(d));
    let toks = product_tokens(src);
    let mut out = Vec::new();
    for (line, word, next) in idents_and_next(&toks) {
        let pair = |list: &[(&str, &str)]| {
            next.is_some_and(|n| list.iter().any(|(a, b)| *a == word && *b == n))
        };
        let (start_path, task_path) = (pair(START_PATHS), pair(TASK_PATHS));
        let starts = start_path || START_WORDS.contains(&word);
        let tasks = task_path || TASK_WORDS.contains(&word);
        let shown = match next {
            Some(n) if start_path || task_path => format!("{word}::{n}"),
            _ => word.to_owned(),
        };
        if starts && !starter {
            out.push(format!(
                "{rel}:{line}: {shown} starts a thread or a runtime"
            ));
        } else if tasks && no_runtime {
            out.push(format!("{rel}:{line}: {shown} spawns a task"));
        }
    }
    out
}

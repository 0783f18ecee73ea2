//! ARCHITECTURE.md's "`core` does no I/O": no file, network, process, environment, clock or
//! global randomness in `src/core`, checked on the tokens of its product files (comments,
//! strings and `#[cfg(test)]` items left out). Time and random sources come in as arguments.

use super::threads::{idents_and_next, product_tokens};

/// The directory (relative to `src/`) that must stay pure.
pub const PURE: &str = "core/";

/// `a::b` pairs that reach the world: files, the environment, processes, threads, the clock,
/// the global random source.
const PATHS: &[(&str, &str)] = &[
    ("std", "fs"),
    ("std", "env"),
    ("std", "process"),
    ("std", "thread"),
    ("std", "io"),
    ("SystemTime", "now"),
    ("Instant", "now"),
    ("Utc", "now"),
    ("Local", "now"),
    ("rand", "rng"),
    ("rand", "thread_rng"),
];
/// Names that are I/O wherever they appear.
const WORDS: &[&str] = &[
    "tokio",
    "reqwest",
    "TcpStream",
    "UdpSocket",
    "TcpListener",
    "OsRng",
    "println",
    "eprintln",
    "print",
    "eprint",
];

/// What `src/<rel>` does that a pure core may not: `line: what`.
pub fn violations(rel: &str, src: &str) -> Vec<String> {
    if !rel.starts_with(PURE) {
        return Vec::new();
    }
    let toks = product_tokens(src);
    let mut out = Vec::new();
    for (line, word, next) in idents_and_next(&toks) {
        let path = next.filter(|n| PATHS.iter().any(|(a, b)| *a == word && b == n));
        if let Some(n) = path {
            out.push(format!("{rel}:{line}: {word}::{n}"));
        } else if WORDS.contains(&word) {
            out.push(format!("{rel}:{line}: {word}"));
        }
    }
    out
}

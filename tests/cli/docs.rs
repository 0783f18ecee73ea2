//! The documentation holds together: every relative link and `#anchor` in `README*.md` and
//! `docs/*.md` reaches a file and a heading (GitHub's anchor rules, Chinese headings included),
//! every English document has a Chinese twin with the same heading structure, the two link to
//! each other, and the README keeps the project's run and test commands that CI and newcomers use.

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const ZH: &str = ".zh-CN.md";

/// `README*.md` at the root and every `docs/*.md`, as paths relative to the repository.
fn documents() -> Vec<PathBuf> {
    let root = Path::new(ROOT);
    let mut out = Vec::new();
    for (dir, readme_only) in [(root.to_path_buf(), true), (root.join("docs"), false)] {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if name.ends_with(".md") && (!readme_only || name.starts_with("README")) {
                out.push(path.strip_prefix(root).unwrap().to_path_buf());
            }
        }
    }
    out.sort();
    out
}

fn read(rel: &Path) -> String {
    fs::read_to_string(Path::new(ROOT).join(rel))
        .unwrap_or_else(|e| panic!("{}: {e}", rel.display()))
}

/// The lines outside fenced code blocks, with their 1-based numbers.
fn prose_lines(text: &str) -> Vec<(usize, &str)> {
    let mut fence: Option<&str> = None;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let t = line.trim_start();
        let marker = ["```", "~~~"].into_iter().find(|m| t.starts_with(m));
        match (fence, marker) {
            (None, Some(m)) => fence = Some(m),
            (Some(open), Some(m)) if open == m => fence = None,
            (None, None) => out.push((i + 1, line)),
            _ => {}
        }
    }
    out
}

/// ATX headings outside code: (level, text).
fn headings(text: &str) -> Vec<(usize, String)> {
    prose_lines(text)
        .into_iter()
        .filter_map(|(_, line)| {
            let level = line.bytes().take_while(|&b| b == b'#').count();
            let rest = &line[level..];
            ((1..=6).contains(&level) && rest.starts_with(' '))
                .then(|| (level, rest.trim().trim_end_matches('#').trim().to_owned()))
        })
        .collect()
}

/// The heading text as GitHub renders it: links and images become their text, code spans and
/// emphasis marks go.
fn rendered(heading: &str) -> String {
    let mut out = String::new();
    let mut rest = heading;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find("](").and_then(|mid| {
            after[mid + 2..]
                .find(')')
                .map(|close| (mid, mid + 2 + close + 1))
        }) {
            Some((mid, end)) => {
                out.push_str(&after[..mid]);
                rest = &after[end..];
            }
            None => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out.replace(['`', '*'], "").replace("![", "")
}

/// GitHub's anchor for a heading (github-slugger): lower case; letters (Chinese too), digits,
/// `-` and `_` kept; each space becomes `-`; every other character (punctuation, full-width
/// punctuation such as `（）：`, symbols) is dropped.
fn slug(heading: &str) -> String {
    rendered(heading)
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            '-' | '_' => Some(c),
            c if c.is_alphanumeric() => Some(c),
            _ => None,
        })
        .collect()
}

/// Every anchor of a document: repeated slugs get `-1`, `-2`, … as on GitHub.
fn anchors(text: &str) -> HashSet<String> {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut out = HashSet::new();
    for (_, h) in headings(text) {
        let base = slug(&h);
        let n = seen.entry(base.clone()).or_insert(0);
        out.insert(if *n == 0 {
            base.clone()
        } else {
            format!("{base}-{n}")
        });
        *n += 1;
    }
    out
}

/// The text with inline code spans blanked, so `[x](y)` inside backticks is not a link.
fn without_code_spans(line: &str) -> String {
    let mut out = String::new();
    let mut in_code = false;
    for c in line.chars() {
        if c == '`' {
            in_code = !in_code;
            out.push(' ');
        } else {
            out.push(if in_code { ' ' } else { c });
        }
    }
    out
}

/// Link targets of `[text](target)`, `![alt](target)` and `[ref]: target`, with line numbers.
fn links(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in prose_lines(text) {
        let line = without_code_spans(line);
        let mut rest = line.as_str();
        while let Some(i) = rest.find("](") {
            let after = &rest[i + 2..];
            let end = after.find(')').unwrap_or(after.len());
            let target = after[..end].split_whitespace().next().unwrap_or("");
            out.push((n, target.to_owned()));
            rest = &after[end..];
        }
        let t = line.trim_start();
        if t.starts_with('[')
            && let Some(i) = t.find("]:")
            && let Some(target) = t[i + 2..].split_whitespace().next()
        {
            out.push((n, target.to_owned()));
        }
    }
    out
}

/// Every problem with one document's links: a missing file, or an anchor no heading makes.
fn dead_links(rel: &Path, text: &str) -> Vec<String> {
    let dir = rel.parent().unwrap_or(Path::new(""));
    let mut problems = Vec::new();
    for (line, target) in links(text) {
        if target.is_empty() {
            problems.push(format!("{}:{line}: an empty link", rel.display()));
            continue;
        }
        if target.contains("://") || target.starts_with("mailto:") {
            continue;
        }
        let (path, anchor) = match target.split_once('#') {
            Some((p, a)) => (p, Some(a)),
            None => (target.as_str(), None),
        };
        let file = if path.is_empty() {
            rel.to_path_buf()
        } else {
            dir.join(path)
        };
        let full = Path::new(ROOT).join(&file);
        if !full.exists() {
            problems.push(format!(
                "{}:{line}: {target}: no file {}",
                rel.display(),
                file.display()
            ));
            continue;
        }
        if let Some(anchor) = anchor {
            let anchor = percent_encoding::percent_decode_str(anchor)
                .decode_utf8_lossy()
                .into_owned();
            let Ok(target_text) = fs::read_to_string(&full) else {
                problems.push(format!(
                    "{}:{line}: {target}: not a text file",
                    rel.display()
                ));
                continue;
            };
            if !anchors(&target_text).contains(&anchor) {
                problems.push(format!(
                    "{}:{line}: {target}: no heading in {} makes the anchor #{anchor}",
                    rel.display(),
                    file.display()
                ));
            }
        }
    }
    problems
}

/// The Chinese twin of an English document: `README.md` → `README.zh-CN.md`.
fn twin(english: &Path) -> PathBuf {
    let name = english.file_name().unwrap().to_string_lossy();
    english.with_file_name(name.replace(".md", ZH))
}

fn is_chinese(rel: &Path) -> bool {
    rel.to_string_lossy().ends_with(ZH)
}

/// `a/b/../c` as `a/c`: the path a relative link names.
fn normalised(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// Whether `text` links to the file `to` (relative to `from`'s directory), any anchor.
fn links_to(from: &Path, text: &str, to: &Path) -> bool {
    let dir = from.parent().unwrap_or(Path::new(""));
    links(text).iter().any(|(_, target)| {
        let path = target.split('#').next().unwrap_or("");
        !path.is_empty() && normalised(&dir.join(path)) == to
    })
}

#[test]
fn every_relative_link_and_anchor_in_the_docs_resolves() {
    let docs = documents();
    assert!(
        docs.iter().any(|d| d == Path::new("README.md"))
            && docs.iter().any(|d| d == Path::new("docs/guide.md")),
        "the documents were not found: {docs:?}"
    );
    let problems: Vec<String> = docs.iter().flat_map(|d| dead_links(d, &read(d))).collect();
    assert!(problems.is_empty(), "dead links:\n{}", problems.join("\n"));
}

#[test]
fn every_english_document_has_a_chinese_twin_with_the_same_headings() {
    let docs = documents();
    let mut problems = Vec::new();
    for english in docs.iter().filter(|d| !is_chinese(d)) {
        let zh = twin(english);
        if !docs.contains(&zh) {
            problems.push(format!(
                "{} has no Chinese twin {}",
                english.display(),
                zh.display()
            ));
            continue;
        }
        let (en_text, zh_text) = (read(english), read(&zh));
        let en_h = headings(&en_text);
        let zh_h = headings(&zh_text);
        let en_levels: Vec<usize> = en_h.iter().map(|h| h.0).collect();
        let zh_levels: Vec<usize> = zh_h.iter().map(|h| h.0).collect();
        if en_levels != zh_levels {
            let first = en_levels
                .iter()
                .zip(&zh_levels)
                .position(|(a, b)| a != b)
                .unwrap_or(en_levels.len().min(zh_levels.len()));
            problems.push(format!(
                "{} has {} headings, {} has {}; they part at heading {}: {:?} vs {:?}",
                english.display(),
                en_h.len(),
                zh.display(),
                zh_h.len(),
                first + 1,
                en_h.get(first),
                zh_h.get(first)
            ));
        }
        // The first lines of each link to the other.
        let head = |t: &str| t.lines().take(5).collect::<Vec<_>>().join("\n");
        if !links_to(english, &head(&en_text), &zh) {
            problems.push(format!(
                "{} does not link to {} at its top",
                english.display(),
                zh.display()
            ));
        }
        if !links_to(&zh, &head(&zh_text), english) {
            problems.push(format!(
                "{} does not link back to {} at its top",
                zh.display(),
                english.display()
            ));
        }
    }
    for zh in docs.iter().filter(|d| is_chinese(d)) {
        let english =
            zh.with_file_name(zh.file_name().unwrap().to_string_lossy().replace(ZH, ".md"));
        if !docs.contains(&english) {
            problems.push(format!("{} has no English original", zh.display()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The run and test commands stay in the README's "Run it" and "Test it" sections exactly as
/// CI (`.ci/run`) and `scripts/run.sh` / `scripts/test.sh` name them.
#[test]
fn the_readmes_keep_the_run_and_test_commands() {
    let run =
        "bash scripts/run.sh          # installs the system libraries, builds, opens the window";
    let test = "bash scripts/test.sh         # every unit, integration and GUI test (no network, no display needed)";
    let readme = read(Path::new("README.md"));
    for (section, line) in [("## Run it", run), ("## Test it", test)] {
        let start = readme
            .find(&format!("\n{section}\n"))
            .unwrap_or_else(|| panic!("README.md lost the section {section:?}"));
        let body = &readme[start + 1..];
        let body = &body[..body[3..].find("\n## ").map_or(body.len(), |e| e + 3)];
        assert!(
            body.contains(&format!("```sh\n{line}\n```")),
            "README.md's {section:?} no longer holds `{line}`"
        );
    }
    let ci = read(Path::new(".ci/run"));
    assert!(
        ci.lines().any(|l| l.trim() == "bash scripts/test.sh"),
        ".ci/run no longer runs the README's test command"
    );
    // The Chinese README gives the same two commands (the comments are translated).
    let zh = read(Path::new("README.zh-CN.md"));
    for cmd in ["bash scripts/run.sh", "bash scripts/test.sh"] {
        assert!(zh.contains(cmd), "README.zh-CN.md lost `{cmd}`");
    }
}

/// The slug rules on headings whose anchors GitHub is known to produce.
#[test]
fn anchors_follow_githubs_rules() {
    for (heading, anchor) in [
        ("Exit codes", "exit-codes"),
        (
            "Why does my signature fail: verify",
            "why-does-my-signature-fail-verify",
        ),
        ("WeCom (企业微信)", "wecom-企业微信"),
        ("Self-check: `wxsign doctor`", "self-check-wxsign-doctor"),
        (
            "check-url: what the page really signs",
            "check-url-what-the-page-really-signs",
        ),
        ("为什么签名失败：verify", "为什么签名失败verify"),
        ("企业微信（WeCom）", "企业微信wecom"),
        ("noncestr and timestamp", "noncestr-and-timestamp"),
        ("The signature's encoding", "the-signatures-encoding"),
        ("[Link](x.md) and text", "link-and-text"),
    ] {
        assert_eq!(slug(heading), anchor, "{heading}");
    }
    let doubled =
        anchors("# A\n## Card signatures\n```\n# not a heading\n```\n## Card signatures\n");
    assert!(doubled.contains("card-signatures") && doubled.contains("card-signatures-1"));
    assert!(!doubled.contains("not-a-heading"));
}

/// The cause codes the verifier can name, read from its source: the string literals of every
/// `fn code` / `fn ticket_code` body, `code: "…"` fields and `…CODE: &str = "…"` constants in
/// `src/core/verify`, `src/platform`, `src/core/card/verify.rs` and `src/core/parse/payment.rs`
/// (tests left out).
fn cause_codes_in_the_source() -> Vec<String> {
    fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if path.is_dir() && name != "tests" {
                rust_files(&path, out);
            } else if name.ends_with(".rs") && name != "tests.rs" && !name.ends_with("_tests.rs") {
                out.push(path);
            }
        }
    }
    fn snake_literal(s: &str) -> Option<&str> {
        let lit = s.strip_prefix('"')?.split('"').next()?;
        let snake = lit.starts_with(|c: char| c.is_ascii_lowercase())
            && lit
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        snake.then_some(lit)
    }
    let root = Path::new(ROOT);
    let mut files = Vec::new();
    rust_files(&root.join("src/core/verify"), &mut files);
    // Each platform's own recipe mistakes (DingTalk, Feishu) are named there, as data.
    rust_files(&root.join("src/platform"), &mut files);
    files.push(root.join("src/core/card/verify.rs"));
    files.push(root.join("src/core/parse/payment.rs"));
    let mut codes = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        let text = text.split("#[cfg(test)]").next().unwrap_or("");
        for start in ["fn code(", "fn ticket_code("] {
            for (at, _) in text.match_indices(start) {
                let open = at + text[at..].find('{').unwrap();
                let mut depth = 0;
                let close = text[open..]
                    .char_indices()
                    .find(|&(_, c)| {
                        depth += match c {
                            '{' => 1,
                            '}' => -1,
                            _ => 0,
                        };
                        depth == 0
                    })
                    .map_or(text.len(), |(i, _)| open + i);
                let body = &text[open..close];
                codes.extend(
                    body.match_indices('"')
                        .filter_map(|(i, _)| snake_literal(&body[i..]))
                        .map(str::to_owned),
                );
            }
        }
        for marker in ["code: ", "CODE: &str = "] {
            codes.extend(
                text.match_indices(marker)
                    .filter_map(|(i, _)| snake_literal(&text[i + marker.len()..]))
                    .map(str::to_owned),
            );
        }
    }
    codes.sort();
    codes.dedup();
    codes
}

/// The codes in the first column of the cause tables of one guide (the section after the heading
/// that holds `marker`, up to the next `## `).
fn cause_codes_in_the_guide(text: &str, marker: &str) -> Vec<String> {
    let start = text
        .lines()
        .position(|l| l.starts_with("## ") && l.contains(marker))
        .unwrap_or_else(|| panic!("no section {marker:?}"));
    let mut codes: Vec<String> = text
        .lines()
        .skip(start + 1)
        .take_while(|l| !l.starts_with("## "))
        .filter_map(|l| l.strip_prefix("| `")?.split('`').next().map(str::to_owned))
        .collect();
    codes.sort();
    codes
}

/// Both guides tabulate every cause code the verifier names, and no code it does not name.
#[test]
fn the_cause_tables_hold_every_code_the_verifier_names() {
    let source = cause_codes_in_the_source();
    assert!(
        source.len() > 80 && source.iter().any(|c| c == "fragment"),
        "the scan of the verifier found too few codes: {source:?}"
    );
    for (doc, marker) in [
        ("docs/guide.md", "The causes verify names"),
        ("docs/guide.zh-CN.md", "verify 给出的原因"),
    ] {
        let listed = cause_codes_in_the_guide(&read(Path::new(doc)), marker);
        let missing: Vec<&String> = source.iter().filter(|c| !listed.contains(c)).collect();
        let unknown: Vec<&String> = listed.iter().filter(|c| !source.contains(c)).collect();
        assert!(
            missing.is_empty() && unknown.is_empty(),
            "{doc}: codes the verifier names but the table lacks: {missing:?}; codes in the table \
             the verifier does not name: {unknown:?}"
        );
    }
}

/// Every `WXSIGN_*` variable the program reads (named anywhere in `src/`, test-only `WXSIGN_TEST_*`
/// aside) is in the environment table of both guides, and the tables name no other.
#[test]
fn the_environment_tables_hold_every_variable_the_program_reads() {
    fn names_in(text: &str, out: &mut Vec<String>) {
        for (i, _) in text.match_indices("WXSIGN_") {
            let name: String = text[i..]
                .chars()
                .take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == '_')
                .collect();
            if !name.starts_with("WXSIGN_TEST_") && name.len() > "WXSIGN_".len() {
                out.push(name);
            }
        }
    }
    fn walk(dir: &Path, out: &mut Vec<String>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if let Ok(text) = fs::read_to_string(&path) {
                names_in(&text, out);
            }
        }
    }
    let mut used = Vec::new();
    walk(&Path::new(ROOT).join("src"), &mut used);
    used.sort();
    used.dedup();
    assert!(
        used.len() >= 10,
        "too few variables found in src/: {used:?}"
    );
    for (doc, marker) in [
        ("docs/guide.md", "Environment variables"),
        ("docs/guide.zh-CN.md", "环境变量"),
    ] {
        let text = read(Path::new(doc));
        let start = text
            .lines()
            .position(|l| l.starts_with("## ") && l.contains(marker))
            .unwrap_or_else(|| panic!("{doc}: no section {marker:?}"));
        let mut listed = Vec::new();
        for row in text
            .lines()
            .skip(start + 1)
            .take_while(|l| !l.starts_with("## "))
            .filter(|l| l.starts_with("| `WXSIGN_"))
        {
            names_in(row.split('|').nth(1).unwrap_or(""), &mut listed);
        }
        let missing: Vec<&String> = used.iter().filter(|v| !listed.contains(v)).collect();
        let unknown: Vec<&String> = listed.iter().filter(|v| !used.contains(v)).collect();
        assert!(
            missing.is_empty() && unknown.is_empty(),
            "{doc}: variables the program reads but the table lacks: {missing:?}; variables in \
             the table the program does not read: {unknown:?}"
        );
    }
}

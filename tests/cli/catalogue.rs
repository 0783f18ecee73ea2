//! The catalogue (`assets/i18n/en.ftl`, `assets/i18n/zh.ftl`) against itself and against the
//! code: both files parse, hold the same ids, attributes and variables in the same order, every
//! id the code names exists (with the arguments the code passes), and no entry is dead.
//!
//! The code names a message in three ways, all found by reading `src/`:
//! - `msg!("id", name = value, …)`: a `Msg` rendered at an edge;
//! - `text(lang, "id")` (`crate::i18n::text`): an argument-less label as `&'static str`;
//! - a `string_table! { … struct Name as "prefix", … { field, … } }` field: id `prefix-field`
//!   with `_` turned into `-`.
//!
//! The id must be a string literal in each form: that is what lets this test see it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;

use super::support::unit_tests_start;
use wxsign::core::text::Lang;

const LANGS: [(Lang, &str); 2] = [(Lang::En, "en.ftl"), (Lang::Zh, "zh.ftl")];

/// One message as the tests compare it.
#[derive(Debug, Default, PartialEq, Eq)]
struct Entry {
    has_value: bool,
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
    /// Other messages it references (`{ other-id }`): they count as used.
    references: BTreeSet<String>,
}

#[derive(Debug, Default)]
struct Catalogue {
    /// Ids in file order, with the `## Area` heading each one sits under.
    order: Vec<(String, String)>,
    entries: BTreeMap<String, Entry>,
    duplicates: Vec<String>,
    errors: Vec<String>,
}

fn walk_pattern(p: &ast::Pattern<&str>, e: &mut Entry) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            walk_expression(expression, e);
        }
    }
}

fn walk_expression(x: &ast::Expression<&str>, e: &mut Entry) {
    match x {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, e);
            for v in variants {
                walk_pattern(&v.value, e);
            }
        }
        ast::Expression::Inline(i) => walk_inline(i, e),
    }
}

fn walk_inline(x: &ast::InlineExpression<&str>, e: &mut Entry) {
    match x {
        ast::InlineExpression::VariableReference { id } => {
            e.variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            e.references.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            walk_arguments(arguments, e);
        }
        ast::InlineExpression::TermReference { arguments, .. } => {
            if let Some(a) = arguments {
                walk_arguments(a, e);
            }
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, e),
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

fn walk_arguments(a: &ast::CallArguments<&str>, e: &mut Entry) {
    for p in &a.positional {
        walk_inline(p, e);
    }
    for n in &a.named {
        walk_inline(&n.value, e);
    }
}

fn read_catalogue(src: &str) -> Catalogue {
    let mut cat = Catalogue::default();
    let resource = match fluent_syntax::parser::parse(src) {
        Ok(r) => r,
        Err((r, errors)) => {
            cat.errors = errors.iter().map(|e| format!("{e:?}")).collect();
            r
        }
    };
    let mut area = String::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::GroupComment(c) => area = c.content.join(" "),
            ast::Entry::Message(m) => {
                let mut e = Entry {
                    has_value: m.value.is_some(),
                    ..Entry::default()
                };
                if let Some(v) = &m.value {
                    walk_pattern(v, &mut e);
                }
                for a in &m.attributes {
                    e.attributes.insert(a.id.name.to_owned());
                    walk_pattern(&a.value, &mut e);
                }
                let id = m.id.name.to_owned();
                if cat.entries.insert(id.clone(), e).is_some() {
                    cat.duplicates.push(id.clone());
                }
                cat.order.push((area.clone(), id));
            }
            ast::Entry::Junk { content } => cat.errors.push(format!("junk: {content}")),
            _ => {}
        }
    }
    cat
}

fn catalogues() -> Vec<(Lang, &'static str, Catalogue)> {
    LANGS
        .iter()
        .map(|&(lang, file)| (lang, file, read_catalogue(wxsign::i18n::source(lang))))
        .collect()
}

/// An id the code names, where, and (for `msg!`) the argument names it passes.
#[derive(Debug)]
struct Use {
    id: String,
    at: String,
    /// `Some` for `msg!`; `text()` and table fields pass none.
    args: Option<BTreeSet<String>>,
    /// Inside a unit test (`#[cfg(test)] mod tests`, a `tests.rs` file): must exist, but
    /// does not keep an entry alive.
    in_test: bool,
}

/// The characters of `s` outside string literals, each with the bracket depth it sits at (a
/// bracket at the depth outside it: a closing one past the start's depth is at -1).
fn code_chars(s: &str) -> impl Iterator<Item = (usize, char, isize)> + '_ {
    let (mut depth, mut in_str, mut escaped) = (0isize, false, false);
    s.char_indices().filter_map(move |(i, c)| {
        if in_str {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_str = false,
                _ => {}
            }
            return None;
        }
        let at = depth;
        match c {
            '"' => in_str = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth -= 1;
                return Some((i, c, depth));
            }
            _ => {}
        }
        Some((i, c, at))
    })
}

/// The text from `open` (just after a `(` or `{`) to its matching close; `None` when
/// unbalanced.
fn balanced(src: &str, open: usize) -> Option<&str> {
    let rest = &src[open..];
    code_chars(rest)
        .find(|&(_, _, depth)| depth < 0)
        .map(|(i, _, _)| &rest[..i])
}

/// Splits at commas outside brackets and strings.
fn top_level_parts(s: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, c, depth) in code_chars(s) {
        if c == ',' && depth == 0 {
            parts.push(s[start..i].trim());
            start = i + 1;
        }
    }
    parts.push(s[start..].trim());
    parts.retain(|p| !p.is_empty());
    parts
}

/// A string literal's content (ids have no escapes).
fn literal(s: &str) -> Option<&str> {
    s.trim().strip_prefix('"')?.strip_suffix('"')
}

fn line_of(src: &str, at: usize) -> usize {
    src[..at].matches('\n').count() + 1
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether `at` sits in a `//` comment (docs show the forms without using them).
fn in_comment(src: &str, at: usize) -> bool {
    let line_start = src[..at].rfind('\n').map_or(0, |i| i + 1);
    src[line_start..at].contains("//")
}

/// Every place `src` (the file `file`) names a catalogue id.
fn uses_in(file: &str, src: &str) -> Vec<Use> {
    let tests_from = if file.ends_with("/tests.rs") {
        0
    } else {
        unit_tests_start(src)
    };
    let mut out = Vec::new();
    let push = |id: &str, at: usize, args: Option<BTreeSet<String>>, out: &mut Vec<Use>| {
        out.push(Use {
            id: id.to_owned(),
            at: format!("{file}:{}", line_of(src, at)),
            args,
            in_test: at >= tests_from,
        })
    };
    // msg!("id", name = value, …)
    for (at, _) in src.match_indices("msg!(") {
        let before = src[..at].chars().next_back();
        if before.is_some_and(is_ident_char) || in_comment(src, at) {
            continue;
        }
        let Some(inner) = balanced(src, at + "msg!(".len()) else {
            continue;
        };
        let parts = top_level_parts(inner);
        let Some(id) = parts.first().and_then(|p| literal(p)) else {
            // `macro_rules!` patterns and docs that show the syntax: not a use.
            continue;
        };
        let args = parts[1..]
            .iter()
            .filter_map(|p| {
                let (name, _) = p.split_once('=')?;
                Some(name.trim().to_owned())
            })
            .collect();
        push(id, at, Some(args), &mut out);
    }
    // text(lang, "id")
    for (at, _) in src.match_indices("text(") {
        let before = src[..at].chars().next_back();
        if before.is_some_and(is_ident_char) || before == Some('.') || in_comment(src, at) {
            continue;
        }
        let Some(inner) = balanced(src, at + "text(".len()) else {
            continue;
        };
        let parts = top_level_parts(inner);
        if parts.len() == 2
            && let Some(id) = literal(parts[1])
        {
            push(id, at, None, &mut out);
        }
    }
    // string_table! { … struct Name as "prefix", … fn getter { field, … } }
    for (at, _) in src.match_indices("string_table! {") {
        if in_comment(src, at) {
            continue;
        }
        let Some(body) = balanced(src, at + "string_table! {".len()) else {
            continue;
        };
        let Some(prefix) = body
            .split_once(" as \"")
            .and_then(|(_, rest)| rest.split_once('"'))
            .map(|(p, _)| p)
        else {
            continue;
        };
        let Some(open) = body.find(" {") else {
            continue;
        };
        let Some(fields) = balanced(body, open + 2) else {
            continue;
        };
        let fields_at = at + "string_table! {".len() + open + 2;
        let mut offset = 0;
        for line in fields.split_inclusive('\n') {
            let t = line.trim();
            if let Some(field) = t.strip_suffix(',')
                && !field.is_empty()
                && field.chars().all(is_ident_char)
            {
                let id = format!("{prefix}-{}", field.replace('_', "-"));
                push(&id, fields_at + offset, None, &mut out);
            }
            offset += line.len();
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("read src/")
        .map(|e| e.expect("dir entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

fn code_uses() -> Vec<Use> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let mut out = Vec::new();
    for f in files {
        let src = std::fs::read_to_string(&f).expect("read a source file");
        let name = f
            .strip_prefix(root)
            .expect("under the crate")
            .to_string_lossy()
            .replace('\\', "/");
        out.extend(uses_in(&name, &src));
    }
    out
}

#[test]
fn both_catalogues_parse_without_errors_or_duplicate_ids() {
    for (_, file, cat) in catalogues() {
        assert!(
            cat.errors.is_empty(),
            "{file} does not parse: {:#?}",
            cat.errors
        );
        assert!(
            cat.duplicates.is_empty(),
            "{file} defines these ids twice: {:?}",
            cat.duplicates
        );
        assert!(
            cat.entries.len() > 300,
            "{file}: only {} messages read",
            cat.entries.len()
        );
    }
}

#[test]
fn both_languages_have_the_same_ids_and_attributes_in_the_same_areas_and_order() {
    let cats = catalogues();
    let (en, zh) = (&cats[0].2, &cats[1].2);
    let ids = |c: &Catalogue| c.entries.keys().cloned().collect::<BTreeSet<_>>();
    let only_en: Vec<_> = ids(en).difference(&ids(zh)).cloned().collect();
    let only_zh: Vec<_> = ids(zh).difference(&ids(en)).cloned().collect();
    assert!(
        only_en.is_empty(),
        "in en.ftl but not in zh.ftl: {only_en:?}"
    );
    assert!(
        only_zh.is_empty(),
        "in zh.ftl but not in en.ftl: {only_zh:?}"
    );
    for (id, e) in &en.entries {
        let z = &zh.entries[id];
        assert_eq!(
            e.has_value, z.has_value,
            "{id}: a value in one language only"
        );
        assert_eq!(
            e.attributes, z.attributes,
            "{id}: attributes differ (en, zh)"
        );
    }
    for (a, b) in en.order.iter().zip(&zh.order) {
        assert_eq!(
            a, b,
            "en.ftl and zh.ftl part ways here: (area, id) in en, then in zh"
        );
    }
}

#[test]
fn every_message_uses_the_same_variables_in_both_languages() {
    let cats = catalogues();
    let (en, zh) = (&cats[0].2, &cats[1].2);
    let mut bad = Vec::new();
    for (id, e) in &en.entries {
        if let Some(z) = zh.entries.get(id)
            && e.variables != z.variables
        {
            bad.push(format!("{id}: en {:?}, zh {:?}", e.variables, z.variables));
        }
    }
    assert!(
        bad.is_empty(),
        "variables differ between the languages:\n{}",
        bad.join("\n")
    );
}

#[test]
fn every_id_the_code_names_exists_with_the_arguments_it_needs() {
    let cats = catalogues();
    let en = &cats[0].2;
    let uses = code_uses();
    assert!(
        uses.len() > 300,
        "only {} uses found: is the scan broken?",
        uses.len()
    );
    let mut bad = Vec::new();
    for u in &uses {
        let Some(e) = en.entries.get(&u.id) else {
            bad.push(format!("{}: `{}` is not in the catalogue", u.at, u.id));
            continue;
        };
        if !e.has_value {
            bad.push(format!("{}: `{}` has no value to show", u.at, u.id));
        }
        let given = u.args.clone().unwrap_or_default();
        if given != e.variables {
            bad.push(format!(
                "{}: `{}` uses {:?} but the code passes {:?}{}",
                u.at,
                u.id,
                e.variables,
                given,
                if u.args.is_none() {
                    " (a label or table field: give it arguments through msg!)"
                } else {
                    ""
                }
            ));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn no_catalogue_entry_is_dead() {
    let cats = catalogues();
    let en = &cats[0].2;
    let mut used: BTreeSet<String> = code_uses()
        .into_iter()
        .filter(|u| !u.in_test)
        .map(|u| u.id)
        .collect();
    used.extend(
        en.entries
            .values()
            .flat_map(|e| e.references.iter().cloned()),
    );
    let dead: Vec<_> = en.entries.keys().filter(|id| !used.contains(*id)).collect();
    assert!(
        dead.is_empty(),
        "no code names these catalogue entries (delete them, or name them with msg!/text/string_table!): {dead:?}"
    );
}

/// The scanner itself, on a small text: each form is found, with its arguments, and a test
/// module's uses are marked as such.
#[test]
fn the_scan_finds_every_form() {
    let src = r#"
/// Docs show `msg!("area-doc")` without naming it.
fn a(lang: Lang) {
    let m = msg!("area-one", count = n.len(), who = f(a, b));
    let l = text(lang, "area-two");
    let x = context(lang, "not-an-id");
}
crate::i18n::string_table! {
    /// Doc.
    pub struct T as "tbl", pub fn t {
        // Group
        first_field,
        /// Doc.
        second,
    }
}
#[cfg(test)]
mod tests {
    fn t() { msg!("area-three"); }
}
"#;
    let got: Vec<(String, Option<Vec<String>>, bool)> = uses_in("x.rs", src)
        .into_iter()
        .map(|u| (u.id, u.args.map(|a| a.into_iter().collect()), u.in_test))
        .collect();
    let want = vec![
        (
            "area-one".to_owned(),
            Some(vec!["count".to_owned(), "who".to_owned()]),
            false,
        ),
        ("area-three".to_owned(), Some(vec![]), true),
        ("area-two".to_owned(), None, false),
        ("tbl-first-field".to_owned(), None, false),
        ("tbl-second".to_owned(), None, false),
    ];
    assert_eq!(got, want);
}

//! The catalogue: every user-facing word in one Fluent file per language
//! (`assets/i18n/en.ftl`, `assets/i18n/zh.ftl`, embedded in the binary) and the one renderer of
//! a [`Msg`]. Pure (no I/O): it sits above `core`, which only names messages, and below every
//! edge that shows them, so the core never picks a language and the words are never spread
//! over the code. `tests/cli/catalogue.rs` keeps the two files and the code in step.

use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use crate::core::text::{Arg, Lang, Msg};

pub mod both;
mod table;

#[doc(hidden)]
pub use table::hyphenate;
pub use table::string_table;

const EN_FTL: &str = include_str!("../../assets/i18n/en.ftl");
const ZH_FTL: &str = include_str!("../../assets/i18n/zh.ftl");

/// The catalogue file of a language as embedded, for the catalogue tests.
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::En => EN_FTL,
        Lang::Zh => ZH_FTL,
    }
}

struct Catalogue {
    bundle: FluentBundle<FluentResource>,
    /// Every message rendered once without arguments, so a label drawn each frame costs a
    /// hash lookup (or, through a string table, a field read) instead of a Fluent pass.
    plain: HashMap<String, String>,
}

impl Catalogue {
    fn load(lang: Lang) -> Self {
        // Plural rules come from the locale; both tags are valid, `und` would be the fallback.
        let tag = match lang {
            Lang::En => "en",
            Lang::Zh => "zh",
        };
        let langid: LanguageIdentifier = tag.parse().unwrap_or_default();
        // A syntax error keeps the entries that did parse, and a duplicate id keeps the first
        // entry: `tests/cli/catalogue.rs` fails on both, the running program does not.
        let resource =
            FluentResource::try_new(source(lang).to_owned()).unwrap_or_else(|(partial, _)| partial);
        let ids: Vec<String> = resource
            .entries()
            .filter_map(|e| match e {
                ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // No U+2068/U+2069 around arguments: the CLI writes to terminals, files and JSON, and
        // the tests compare bytes.
        bundle.set_use_isolating(false);
        let _duplicates = bundle.add_resource(resource);
        let plain = ids
            .into_iter()
            .map(|id| {
                let text = format(&bundle, &id, None);
                (id, text)
            })
            .collect();
        Self { bundle, plain }
    }
}

static CATALOGUES: LazyLock<[Catalogue; 2]> =
    LazyLock::new(|| [Catalogue::load(Lang::En), Catalogue::load(Lang::Zh)]);

fn catalogue(lang: Lang) -> &'static Catalogue {
    match lang {
        Lang::En => &CATALOGUES[0],
        Lang::Zh => &CATALOGUES[1],
    }
}

/// A message's value with `args`; an unknown id renders as the id itself (visible, never a
/// panic; the catalogue tests keep it from shipping).
fn format(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: Option<&FluentArgs<'_>>,
) -> String {
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_owned();
    };
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, args, &mut errors)
        .into_owned()
}

/// `msg` in `lang`, a nested message rendered in the same language first.
pub fn render(lang: Lang, msg: &Msg) -> String {
    let cat = catalogue(lang);
    if msg.args.is_empty() {
        return text(lang, msg.id).to_owned();
    }
    let mut args = FluentArgs::with_capacity(msg.args.len());
    for (name, value) in &msg.args {
        let value = match value {
            Arg::Str(s) => FluentValue::from(s.as_str()),
            // Fluent numbers are f64: past 2^53 the digits go as text so none is rounded.
            Arg::Int(n) if n.unsigned_abs() <= 1 << 53 => FluentValue::from(*n),
            Arg::Int(n) => FluentValue::from(n.to_string()),
            Arg::Msg(inner) => FluentValue::from(render(lang, inner)),
        };
        args.set(*name, value);
    }
    format(&cat.bundle, msg.id, Some(&args))
}

/// An argument-less message as a `&'static str`, rendered once per language: for labels drawn
/// every frame and for the fields of [`string_table!`]. An unknown id gives the id.
pub fn text(lang: Lang, id: &'static str) -> &'static str {
    match catalogue(lang).plain.get(id) {
        Some(s) => s.as_str(),
        None => id,
    }
}

/// `message.get(lang)` on a catalogue [`Msg`]: how every edge renders one.
pub trait Render {
    fn get(&self, lang: Lang) -> String;
}

impl Render for Msg {
    fn get(&self, lang: Lang) -> String {
        render(lang, self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::text::msg;

    #[test]
    fn renders_arguments_nested_messages_and_numbers_without_isolation_marks() {
        let inner = msg!("pasted-note-valid", pasted = "09:30", minutes = 42);
        assert_eq!(inner.get(Lang::En), "ticket pasted 09:30, valid ~42 min");
        assert_eq!(inner.get(Lang::Zh), "票据粘贴于 09:30，有效约 42 分钟");
        // Digits past f64's exact range are not rounded.
        let big = msg!(
            "pasted-note-valid",
            pasted = "x",
            minutes = 9_007_199_254_740_993_i64
        );
        assert_eq!(
            big.get(Lang::En),
            "ticket pasted x, valid ~9007199254740993 min"
        );
        let plain = msg!("ui-panel-sign");
        assert_eq!(plain.get(Lang::Zh), "签名");
        // A nested message follows the outer one's language.
        let nested = msg!("pasted-note-valid", pasted = plain, minutes = 1);
        assert_eq!(nested.get(Lang::En), "ticket pasted Sign, valid ~1 min");
        assert_eq!(nested.get(Lang::Zh), "票据粘贴于 签名，有效约 1 分钟");
        assert_eq!(text(Lang::En, "ui-panel-sign"), "Sign");
    }

    #[test]
    fn a_list_is_joined_in_the_language_it_is_shown_in() {
        // (items, English, Chinese): the separator is a word of each language.
        let cases: [(&[&str], &str, &str); 3] = [
            (&["a", "b", "c"], "(a, b, c)", "（a、b、c）"),
            (&["only"], "(only)", "（only）"),
            (&[], "()", "（）"),
        ];
        for (items, en, zh) in cases {
            let m = msg!(
                "urlcheck-control-char",
                list = crate::core::text::list(items.iter().copied())
            );
            assert!(
                m.get(Lang::En).contains(en),
                "{items:?}: {}",
                m.get(Lang::En)
            );
            assert!(
                m.get(Lang::Zh).contains(zh),
                "{items:?}: {}",
                m.get(Lang::Zh)
            );
        }
    }

    #[test]
    fn an_unknown_id_shows_itself() {
        // Not a literal in `text(`/`msg!(`: the catalogue test's scan would flag it.
        let id = "no-such-message";
        assert_eq!(text(Lang::En, id), id);
        let unknown = Msg::new(id).arg("n", 1);
        assert_eq!(unknown.get(Lang::Zh), "no-such-message");
    }
}

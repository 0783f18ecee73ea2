//! The words of the core: every message it produces is a catalogue id with arguments ([`Msg`]),
//! rendered in English or Chinese at the edge that shows it, so the GUI can switch language
//! without asking the core again and the CLI can pick one.

use serde::{Deserialize, Serialize};

/// The two languages wxsign speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Zh,
}

impl Lang {
    /// Picks Chinese for a `zh*` locale string (`zh_CN.UTF-8`, `zh-Hans`), English otherwise.
    pub fn from_locale(locale: &str) -> Self {
        if locale.to_ascii_lowercase().starts_with("zh") {
            Lang::Zh
        } else {
            Lang::En
        }
    }
}

/// A message by its catalogue id, with its arguments: what the core returns instead of finished
/// sentences, so the words live in one catalogue per language (`assets/i18n/*.ftl`) and the
/// edges (window, CLI, reports) render them in the language they show (module `i18n`, above
/// `core`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Msg {
    /// The Fluent message id (`area-name`, e.g. `verify-cause-fragment`).
    pub id: &'static str,
    /// `{ $name }` values, in the order given (names are Fluent variables without the `$`).
    pub args: Vec<(&'static str, Arg)>,
}

/// One argument of a [`Msg`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// Shown as given (URLs, keys, values from the user): never translated.
    Str(String),
    /// A number: Fluent can select on it (`[one]`, `*[other]`), and it is shown in digits.
    Int(i64),
    /// Another message, rendered in the same language first ("Against realAuthUrl: {inner}").
    Msg(Msg),
}

impl Msg {
    /// A message without arguments; `const`, so platform tables and statics can hold one.
    pub const fn new(id: &'static str) -> Self {
        Self {
            id,
            args: Vec::new(),
        }
    }

    /// Adds one argument (what `msg!` expands to).
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }
}

impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg::Str(v)
    }
}

impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg::Str(v.to_owned())
    }
}

impl From<&String> for Arg {
    fn from(v: &String) -> Self {
        Arg::Str(v.clone())
    }
}

impl From<Msg> for Arg {
    fn from(v: Msg) -> Self {
        Arg::Msg(v)
    }
}

macro_rules! arg_from_int {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(v: $t) -> Self {
                Arg::Int(i64::from(v))
            }
        }
    )*};
}
arg_from_int!(i8, i16, i32, i64, u8, u16, u32);

macro_rules! arg_from_wide_int {
    ($($t:ty),*) => {$(
        /// Beyond `i64` (never in practice) the digits are kept as text rather than wrapped.
        impl From<$t> for Arg {
            fn from(v: $t) -> Self {
                i64::try_from(v).map_or_else(|_| Arg::Str(v.to_string()), Arg::Int)
            }
        }
    )*};
}
arg_from_wide_int!(u64, usize, isize, i128, u128);

/// Builds a [`Msg`]: `msg!("verify-cause-fragment", fragment = f)`. The id must be a string
/// literal: `tests/cli/catalogue.rs` finds every id by scanning for `msg!("`, so it can tell a
/// missing catalogue entry from a dead one.
#[doc(hidden)]
#[macro_export]
macro_rules! __msg {
    ($id:literal $(,)?) => {
        $crate::core::text::Msg::new($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::core::text::Msg::new($id)$(.arg(stringify!($name), $value))+
    };
}
pub use crate::__msg as msg;

/// Items as a list in the reader's language (`a, b, c` in English, `a、b、c` in Chinese): the
/// separator is a word too, so it lives in the catalogue (`text-list`). No items give "".
pub fn list<S: Into<Arg>>(items: impl DoubleEndedIterator<Item = S>) -> Arg {
    items
        .rev()
        .fold(None, |tail: Option<Arg>, head| {
            Some(match tail {
                None => head.into(),
                Some(tail) => Arg::Msg(msg!("text-list", head = head, tail = tail)),
            })
        })
        .unwrap_or_else(|| Arg::Str(String::new()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_detection() {
        assert_eq!(Lang::from_locale("zh_CN.UTF-8"), Lang::Zh);
        assert_eq!(Lang::from_locale("zh-Hans-CN"), Lang::Zh);
        assert_eq!(Lang::from_locale("en_US.UTF-8"), Lang::En);
        assert_eq!(Lang::from_locale(""), Lang::En);
    }
}

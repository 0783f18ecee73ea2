//! `string_table!`: a struct of `&'static str` labels filled from the catalogue, so a panel keeps
//! writing `s.panel_sign` (a field read per frame, no lookup) while the words live in the `.ftl`
//! files. Each field's id is the table's prefix and the field name with `_` turned into `-`
//! (`panel_sign` in table `"ui"` is `ui-panel-sign`); `tests/cli/catalogue.rs` derives the same
//! ids from the macro's text, so a field without an entry, or an entry without a field, fails.

/// The id of a table field, built at compile time: `"ui"`, `panel_sign` → `"ui-panel-sign"`.
#[doc(hidden)]
#[macro_export]
macro_rules! __table_id {
    ($prefix:literal, $field:ident) => {{
        const RAW: &str = concat!($prefix, "-", stringify!($field));
        const BYTES: [u8; RAW.len()] = $crate::i18n::hyphenate(RAW);
        const ID: &str = match ::std::str::from_utf8(&BYTES) {
            Ok(id) => id,
            Err(_) => panic!("a table id is ASCII"),
        };
        ID
    }};
}

/// Declares a string table and the function returning it for a language:
///
/// ```ignore
/// string_table! {
///     /// The Batch panel's strings.
///     pub struct BatchStrings as "batch", pub fn batch_tr {
///         panel,
///         /// Shown under the pages box.
///         pages_hint,
///     }
/// }
/// ```
///
/// gives `pub struct BatchStrings { pub lang: Lang, pub panel: &'static str, … }` and
/// `pub fn batch_tr(lang) -> &'static BatchStrings`, read from `batch-panel`, `batch-pages-hint`.
/// Both languages are rendered on the first call and kept for the life of the process.
#[doc(hidden)]
#[macro_export]
macro_rules! __string_table {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident as $prefix:literal, $fvis:vis fn $getter:ident {
            $( $(#[$fmeta:meta])* $field:ident ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis struct $name {
            /// The language the fields are in (and core messages are shown in).
            pub lang: $crate::core::text::Lang,
            $( $(#[$fmeta])* pub $field: &'static str, )*
        }

        impl $name {
            fn load(lang: $crate::core::text::Lang) -> Self {
                Self {
                    lang,
                    $( $field: $crate::i18n::text(lang, $crate::__table_id!($prefix, $field)), )*
                }
            }
        }

        /// The table in `lang`, filled from the catalogue at first use.
        $fvis fn $getter(lang: $crate::core::text::Lang) -> &'static $name {
            static TABLES: ::std::sync::LazyLock<[$name; 2]> = ::std::sync::LazyLock::new(|| {
                [
                    $name::load($crate::core::text::Lang::En),
                    $name::load($crate::core::text::Lang::Zh),
                ]
            });
            match lang {
                $crate::core::text::Lang::En => &TABLES[0],
                $crate::core::text::Lang::Zh => &TABLES[1],
            }
        }
    };
}
pub use crate::__string_table as string_table;

/// `_` to `-`, byte for byte, in a `const` context (for [`__table_id!`]).
#[doc(hidden)]
pub const fn hyphenate<const N: usize>(raw: &str) -> [u8; N] {
    let bytes = raw.as_bytes();
    let mut out = [0u8; N];
    let mut i = 0;
    while i < N {
        out[i] = if bytes[i] == b'_' { b'-' } else { bytes[i] };
        i += 1;
    }
    out
}

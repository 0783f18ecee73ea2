//! Where a catalogue message meets the bilingual [`Text`] that a few window and command-line
//! types still carry (issue 17 moves them area by area): one place, deleted with `Text`.

use super::Render;
use crate::core::text::{Lang, Msg, Text};

/// A message rendered in both languages, for a type that still holds [`Text`].
pub fn to_text(m: &Msg) -> Text {
    Text::new(m.get(Lang::En), m.get(Lang::Zh))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::text::msg;

    #[test]
    fn renders_each_language() {
        let t = to_text(&msg!("batch-passed-of", passed = 1, asked = 4));
        assert_eq!(t, Text::new("passed 1 of 4", "4 次中通过 1 次"));
    }
}

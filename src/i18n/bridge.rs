//! Where the catalogue meets the core's bilingual [`Text`] while the core is being moved to
//! message ids (issue 17): one place, both directions, deleted with `Text`. The batch, the probe
//! and the profile checks carry the core's findings, causes and notes next to their own
//! messages; these two functions let each keep one type.

use super::Render;
use crate::core::text::{Lang, Msg, Text, msg};

/// A core text that is still a bilingual pair, as a message: each catalogue shows its own
/// language of the pair (`bridge-core-text`).
pub fn from_text(t: &Text) -> Msg {
    msg!("bridge-core-text", en = t.en.as_str(), zh = t.zh.as_str())
}

/// A message rendered in both languages, for a core type that still holds [`Text`] (the core's
/// `urlcheck::Finding`, built by the batch's and the probe's own checks too).
pub fn to_text(m: &Msg) -> Text {
    Text::new(m.get(Lang::En), m.get(Lang::Zh))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_in_each_language() {
        let t = Text::new("on iOS", "在 iOS 上");
        assert_eq!(to_text(&from_text(&t)), t);
        let nested = msg!("batch-agent-config-cause", cause = from_text(&t));
        assert_eq!(nested.get(Lang::En), "wx.agentConfig: on iOS");
        assert_eq!(nested.get(Lang::Zh), "wx.agentConfig：在 iOS 上");
    }
}

//! A string that must not leak by accident.
//!
//! appSecrets, access tokens, tickets and Redis passwords all travel in this type so that a stray
//! `{:?}`, a log line or a panic message shows `********` instead of the credential. Reading the
//! value is an explicit, greppable `reveal()`.

use std::fmt;

/// A credential. Debug and Display print `********`; use [`Secret::reveal`] to read it and
/// [`Secret::preview`] for the redacted form the UI and the logs show.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The raw value. Every call site is a place where the secret leaves this type on purpose.
    pub fn reveal(&self) -> &str {
        &self.0
    }

    /// The value as a text field edits it (egui's `TextEdit` takes a `&mut String`): a form
    /// holds a typed secret in this type, so printing the form's state shows `********`. Like
    /// [`Secret::reveal`], every call site hands the value out on purpose.
    pub fn reveal_mut(&mut self) -> &mut String {
        &mut self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.chars().count()
    }

    /// The first 6 characters and the length, e.g. `sM4AOV… (86 chars)`: enough to tell two
    /// tickets apart in a log without making either usable.
    pub fn preview(&self) -> String {
        redact(&self.0)
    }
}

/// Redacts a credential that is not (yet) wrapped in a [`Secret`], such as a ticket inside an
/// error body: first 6 characters and the length.
pub fn redact(value: &str) -> String {
    let n = value.chars().count();
    if n == 0 {
        return "(empty)".to_owned();
    }
    let head: String = value
        .chars()
        .take(6.min(n.saturating_sub(1)).max(1))
        .collect();
    format!("{head}… ({n} chars)")
}

/// `text` (a string1, a signature's ticket field, a report line) with each of `values` replaced
/// by its [`redact`]ed form: the one way a ticket is hidden in what is shown, printed or written,
/// so every output names it alike (`sM4AOV… (86 chars)`, as the README shows). Empty values are
/// skipped (replacing "" would scatter previews everywhere).
pub fn redact_in<'a>(text: &str, values: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = text.to_owned();
    for v in values {
        if !v.is_empty() && out.contains(v) {
            out = out.replace(v, &redact(v));
        }
    }
    out
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(********)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("********")
    }
}

/// Compares the value with a plain string (a typed or expected value) without a `reveal()` at
/// the call site; the comparison itself prints nothing.
impl PartialEq<&str> for Secret {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Self(value.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_hide_the_value() {
        let s = Secret::new("hunter2-very-secret");
        assert_eq!(format!("{s}"), "********");
        assert_eq!(format!("{s:?}"), "Secret(********)");
        assert!(!format!("{:?}", Some(&s)).contains("hunter2"));
        assert_eq!(s.reveal(), "hunter2-very-secret");
    }

    #[test]
    fn preview_shows_six_chars_and_length() {
        assert_eq!(
            Secret::new("sM4AOVdWfPE4DxkX").preview(),
            "sM4AOV… (16 chars)"
        );
        assert_eq!(redact(""), "(empty)");
        // A very short value never shows whole.
        assert_eq!(redact("abc"), "ab… (3 chars)");
        assert_eq!(redact("a"), "a… (1 chars)");
    }

    #[test]
    fn redact_in_hides_every_value_and_skips_empty_ones() {
        let string1 =
            "jsapi_ticket=sM4AOVdWfPE4DxkX&noncestr=n&url=https://a.com/?t=sM4AOVdWfPE4DxkX";
        assert_eq!(
            redact_in(string1, ["", "sM4AOVdWfPE4DxkX", "absent"]),
            "jsapi_ticket=sM4AOV… (16 chars)&noncestr=n&url=https://a.com/?t=sM4AOV… (16 chars)"
        );
        assert_eq!(redact_in("abc", [""]), "abc");
    }
}

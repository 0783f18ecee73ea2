//! Messages as the JSON reports carry them: `{"en": "…", "zh": "…"}`, both languages rendered
//! from the catalogue. `Msg` itself is not `Serialize` (an id is not an output format); a field
//! that reports keep bilingual names one of these with `#[serde(serialize_with = …)]`.

use serde::ser::{SerializeSeq, SerializeStruct, Serializer};

use super::Render;
use crate::core::text::{Lang, Msg};

/// `{"en", "zh"}` of one message.
pub fn serialize<S: Serializer>(m: &Msg, s: S) -> Result<S::Ok, S::Error> {
    let mut st = s.serialize_struct("Both", 2)?;
    st.serialize_field("en", &m.get(Lang::En))?;
    st.serialize_field("zh", &m.get(Lang::Zh))?;
    st.end()
}

/// A list of messages, each as `{"en", "zh"}`.
pub fn serialize_vec<S: Serializer>(v: &[Msg], s: S) -> Result<S::Ok, S::Error> {
    let mut seq = s.serialize_seq(Some(v.len()))?;
    for m in v {
        seq.serialize_element(&Both(m))?;
    }
    seq.end()
}

/// An optional message: `null` or `{"en", "zh"}`.
pub fn serialize_opt<S: Serializer>(m: &Option<Msg>, s: S) -> Result<S::Ok, S::Error> {
    match m {
        Some(m) => s.serialize_some(&Both(m)),
        None => s.serialize_none(),
    }
}

struct Both<'a>(&'a Msg);

impl serde::Serialize for Both<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize(self.0, s)
    }
}

#[cfg(test)]
mod tests {
    use crate::core::text::msg;

    #[derive(serde::Serialize)]
    struct Report {
        #[serde(serialize_with = "super::serialize")]
        one: crate::core::text::Msg,
        #[serde(serialize_with = "super::serialize_vec")]
        many: Vec<crate::core::text::Msg>,
        #[serde(serialize_with = "super::serialize_opt")]
        none: Option<crate::core::text::Msg>,
    }

    #[test]
    fn both_languages_in_the_shape_text_had() {
        let r = Report {
            one: msg!("batch-passed-of", passed = 1, asked = 4),
            many: vec![msg!("batch-report-reply")],
            none: None,
        };
        assert_eq!(
            serde_json::to_string(&r).unwrap(),
            r#"{"one":{"en":"passed 1 of 4","zh":"4 次中通过 1 次"},"many":[{"en":"Reply","zh":"返回"}],"none":null}"#
        );
    }
}

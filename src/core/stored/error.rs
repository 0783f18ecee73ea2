//! Why a cached value could not be read.

use crate::core::text::{Msg, msg};

/// Why a cached value could not be read. Messages show at most a redacted preview of the value.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ValueError {
    #[error("the value is empty: the backend has not cached the credential yet")]
    Empty,
    #[error(
        "the value is not UTF-8 text (starts with {preview}): it may be pickled or compressed; wxsign reads raw, JSON and Python dict text"
    )]
    NotText { preview: String },
    #[error(
        "the value looks like {looks_like} ({preview}), not a bare credential: set the format to {suggest}"
    )]
    NotRaw {
        looks_like: &'static str,
        suggest: String,
        preview: String,
    },
    #[error(
        "the value is not {format} ({detail}; it starts with {preview}): check the format (raw, json:FIELD, pydict:FIELD)"
    )]
    Unparsable {
        format: &'static str,
        detail: String,
        preview: String,
    },
    #[error(
        "the value has no field '{field}' (it has: {available}): set the format's field to one of those"
    )]
    MissingField { field: String, available: String },
    #[error(
        "the field '{field}' is a {found}, not a string: point the format at the field that holds the credential"
    )]
    NotString { field: String, found: &'static str },
    #[error("the field '{field}' is empty: the backend has not cached the credential yet")]
    EmptyField { field: String },
}

impl ValueError {
    /// The message to show (the `Display` above is its English for logs and error chains).
    pub fn text(&self) -> Msg {
        match self {
            ValueError::Empty => msg!("stored-empty"),
            ValueError::NotText { preview } => msg!("stored-not-text", preview = preview),
            ValueError::NotRaw {
                looks_like,
                suggest,
                preview,
            } => msg!(
                "stored-not-raw",
                looks_like = *looks_like,
                preview = preview,
                suggest = suggest
            ),
            ValueError::Unparsable {
                format,
                detail,
                preview,
            } => msg!(
                "stored-unparsable",
                format = *format,
                detail = detail,
                preview = preview
            ),
            ValueError::MissingField { field, available } => {
                msg!("stored-missing-field", field = field, available = available)
            }
            ValueError::NotString { field, found } => {
                msg!("stored-not-string", field = field, found = *found)
            }
            ValueError::EmptyField { field } => msg!("stored-empty-field", field = field),
        }
    }
}

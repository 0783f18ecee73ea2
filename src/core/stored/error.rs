//! Why a cached value could not be read, in both languages.

use crate::core::text::Text;

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
    /// The message in both languages.
    pub fn text(&self) -> Text {
        let zh = match self {
            ValueError::Empty => "值为空：后端尚未缓存该凭据".to_owned(),
            ValueError::NotText { preview } => format!(
                "值不是 UTF-8 文本（开头为 {preview}）：可能是 pickle 或压缩数据；wxsign 只读取原始字符串、JSON 和 Python 字典文本"
            ),
            ValueError::NotRaw {
                looks_like,
                suggest,
                preview,
            } => format!(
                "值看起来是 {looks_like}（{preview}），不是单独的凭据：请把格式设为 {suggest}"
            ),
            ValueError::Unparsable {
                format,
                detail,
                preview,
            } => format!(
                "值不是 {format}（{detail}；开头为 {preview}）：请检查格式（raw、json:FIELD、pydict:FIELD）"
            ),
            ValueError::MissingField { field, available } => {
                format!("值中没有字段 '{field}'（现有：{available}）：请把格式的字段改为其中之一")
            }
            ValueError::NotString { field, found } => {
                format!("字段 '{field}' 是 {found}，不是字符串：请指向保存凭据的字段")
            }
            ValueError::EmptyField { field } => {
                format!("字段 '{field}' 为空：后端尚未缓存该凭据")
            }
        };
        Text::new(self.to_string(), zh)
    }
}

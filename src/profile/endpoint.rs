//! The team's signing endpoint as a profile saves it (`wxsign batch --save-endpoint`): profile
//! data, below the batch that calls it (`crate::batch::endpoint`), so a profile never reaches up
//! into the batch to describe its own file.

use serde::{Deserialize, Serialize};

use crate::core::parse::FieldNames;

/// The HTTP method the pages use.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum HttpMethod {
    Get,
    #[default]
    Post,
}

/// Where the page URL goes in the request, and under which name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum UrlParam {
    /// A field of a JSON body (POST).
    Json(String),
    /// A query parameter.
    Query(String),
    /// A field of an `application/x-www-form-urlencoded` body (POST).
    Form(String),
}

impl Default for UrlParam {
    fn default() -> Self {
        UrlParam::Json("url".to_owned())
    }
}

/// What the page does to its URL before sending it. The value described is the one the
/// server's framework hands to its code after the usual transport decoding.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UrlEncoding {
    /// The URL itself (the server signs what it gets).
    #[default]
    Raw,
    /// `encodeURIComponent(url)`: the server must decode it before signing.
    Component,
}

/// The endpoint as a profile saves it. Header *values* are secrets and are not part of it:
/// only their names are, the values live in the secret store.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EndpointSpec {
    pub url: String,
    #[serde(default)]
    pub method: HttpMethod,
    #[serde(default)]
    pub url_param: UrlParam,
    #[serde(default)]
    pub url_encoding: UrlEncoding,
    /// Names of the extra headers (a cookie, a token) whose values are stored as secrets.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub header_names: Vec<String>,
    #[serde(default)]
    pub fields: FieldNames,
}

//! The pages file: what QA wants checked. A plain list of URLs for the quick case, CSV for a
//! spreadsheet, JSON when pages carry share settings, a jsApiList or an iOS entry URL.

use serde::{Deserialize, Serialize};

use crate::core::text::{Arg, Lang, Msg, msg};
use crate::i18n::Render;

/// Which WeChat client to emulate. WeChat on iOS verifies a single-page app against the URL the
/// user first landed on, Android against the current one (DOMAIN.md §2.4).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Platform {
    #[default]
    Android,
    Ios,
}

/// What the page passes to `updateAppMessageShareData` / `updateTimelineShareData`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareSettings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub desc: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    #[serde(
        default,
        alias = "img_url",
        rename = "imgUrl",
        skip_serializing_if = "Option::is_none"
    )]
    pub img_url: Option<String>,
}

impl ShareSettings {
    /// True when the page shares at all, so the share APIs must be in jsApiList.
    pub fn is_set(&self) -> bool {
        self.title.is_some() || self.desc.is_some() || self.link.is_some() || self.img_url.is_some()
    }
}

/// One page to check.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageSpec {
    /// The page URL as the phone shows it; it may hold a `#fragment`.
    pub url: String,
    /// The first URL of the visit, for an iOS single-page app.
    #[serde(
        default,
        alias = "entry_url",
        rename = "entryUrl",
        skip_serializing_if = "Option::is_none"
    )]
    pub entry_url: Option<String>,
    #[serde(default)]
    pub platform: Platform,
    #[serde(flatten)]
    pub share: ShareSettings,
    /// The APIs the page lists in `wx.config`; when absent, the endpoint's list (if any) is used.
    #[serde(
        default,
        alias = "js_api_list",
        rename = "jsApiList",
        skip_serializing_if = "Option::is_none"
    )]
    pub js_api_list: Option<Vec<String>>,
}

impl PageSpec {
    pub fn from_url(url: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            ..Self::default()
        }
    }

    /// The URL the page asks its backend to sign: the entry URL on iOS, the current one
    /// elsewhere.
    pub fn url_to_sign(&self) -> &str {
        match (self.platform, &self.entry_url) {
            (Platform::Ios, Some(entry)) => entry,
            _ => &self.url,
        }
    }
}

/// How the pages file is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PagesFormat {
    /// Decide from the file name, then from the content.
    #[default]
    Auto,
    /// One URL per line; blank lines and lines starting with `#` are skipped.
    List,
    /// A header row naming the columns (`url` required), then one row per page.
    Csv,
    /// An array of URL strings or page objects, or `{"pages": [...]}`.
    Json,
}

impl PagesFormat {
    /// Picks the format from a file name's extension.
    pub fn from_path(path: &str) -> Self {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".json") || lower.ends_with(".json5") {
            PagesFormat::Json
        } else if lower.ends_with(".csv") {
            PagesFormat::Csv
        } else if lower.ends_with(".txt") || lower.ends_with(".list") {
            PagesFormat::List
        } else {
            PagesFormat::Auto
        }
    }
}

/// A pages file that cannot be read, with the line at fault.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct PagesError {
    /// 1-based; 0 when the message names the page instead (a JSON page object).
    pub line: usize,
    pub message: Msg,
}

impl PagesError {
    /// `pages file, line N: …` (`pages file: …` when the message names the page).
    pub fn text(&self) -> Msg {
        if self.line == 0 {
            msg!("batch-pagesfile-error", message = self.message.clone())
        } else {
            msg!(
                "batch-pagesfile-error-at",
                line = self.line,
                message = self.message.clone()
            )
        }
    }
}

/// The English sentence, for the CLI's error line and error chains.
impl std::fmt::Display for PagesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text().get(Lang::En))
    }
}

fn err(line: usize, message: Msg) -> PagesError {
    PagesError { line, message }
}

/// Reads a pages file. An empty file is an error: a batch of nothing passing would be a lie.
pub fn parse_pages(text: &str, format: PagesFormat) -> Result<Vec<PageSpec>, PagesError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let format = match format {
        PagesFormat::Auto => sniff(text),
        f => f,
    };
    let pages = match format {
        PagesFormat::Json => parse_json(text)?,
        PagesFormat::Csv => parse_csv(text)?,
        PagesFormat::List | PagesFormat::Auto => parse_list(text),
    };
    if pages.is_empty() {
        return Err(err(1, msg!("batch-pagesfile-none")));
    }
    Ok(pages)
}

fn sniff(text: &str) -> PagesFormat {
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .unwrap_or_default();
    if first.starts_with('[') || first.starts_with('{') {
        PagesFormat::Json
    } else if first.contains(',')
        && split_csv_record(first)
            .iter()
            .any(|c| c.trim().eq_ignore_ascii_case("url"))
    {
        PagesFormat::Csv
    } else {
        PagesFormat::List
    }
}

fn parse_list(text: &str) -> Vec<PageSpec> {
    text.lines().filter_map(list_line).collect()
}

/// One line of a plain list as a page; `None` for a blank line or a `#` comment. Lets a long
/// list stream from its file instead of being held in memory.
pub fn list_line(line: &str) -> Option<PageSpec> {
    let line = line.trim_start_matches('\u{feff}').trim();
    (!line.is_empty() && !line.starts_with('#')).then(|| PageSpec::from_url(line))
}

/// `format` with `Auto` decided from the content.
pub fn resolve_format(text: &str, format: PagesFormat) -> PagesFormat {
    match format {
        PagesFormat::Auto => sniff(text.strip_prefix('\u{feff}').unwrap_or(text)),
        f => f,
    }
}

/// Reads the JSON as a tree first, then each page on its own, so a mistake names the page and
/// the field instead of serde's "did not match any variant".
fn parse_json(text: &str) -> Result<Vec<PageSpec>, PagesError> {
    use serde_json::Value;
    let value: Value =
        serde_json::from_str(text).map_err(|e| err(e.line(), json_shape(e.to_string())))?;
    let list = match value {
        Value::Array(list) => list,
        Value::Object(mut map) => match map.remove("pages") {
            Some(Value::Array(list)) => list,
            _ => return Err(err(1, json_shape(msg!("batch-pagesfile-no-array")))),
        },
        _ => return Err(err(1, msg!("batch-pagesfile-json-shape"))),
    };
    list.into_iter()
        .enumerate()
        .map(|(i, item)| {
            let n = i + 1;
            let page = match item {
                Value::String(url) => PageSpec::from_url(url),
                Value::Object(map) => json_page(n, map)?,
                other => {
                    return Err(err(
                        0,
                        msg!(
                            "batch-pagesfile-not-a-page",
                            n = n,
                            kind = json_kind(&other)
                        ),
                    ));
                }
            };
            if page.url.trim().is_empty() {
                Err(err(0, msg!("batch-pagesfile-empty-url", n = n)))
            } else {
                Ok(page)
            }
        })
        .collect()
}

/// `what; a JSON pages file is an array of URLs or …`: the shape the file should have.
fn json_shape(what: impl Into<Arg>) -> Msg {
    msg!("batch-pagesfile-json-shape-after", what = what)
}

fn json_kind(v: &serde_json::Value) -> Msg {
    use serde_json::Value;
    match v {
        Value::Null => msg!("batch-pagesfile-json-null"),
        Value::Bool(_) => msg!("batch-pagesfile-json-boolean"),
        Value::Number(_) => msg!("batch-pagesfile-json-number"),
        Value::String(_) => msg!("batch-pagesfile-json-string"),
        Value::Array(_) => msg!("batch-pagesfile-json-array"),
        Value::Object(_) => msg!("batch-pagesfile-json-object"),
    }
}

/// One page object: every known field checked for its type, then deserialized.
fn json_page(
    n: usize,
    map: serde_json::Map<String, serde_json::Value>,
) -> Result<PageSpec, PagesError> {
    use serde_json::Value;
    let at = match map.get("url").and_then(Value::as_str) {
        Some(url) => msg!("batch-pagesfile-page-url", n = n, url = url),
        None => msg!("batch-pagesfile-page", n = n),
    };
    if !map.contains_key("url") {
        return Err(err(0, msg!("batch-pagesfile-no-url-field", page = at)));
    }
    for (key, value) in &map {
        let problem = match key.as_str() {
            "url" if !value.is_string() => Some(msg!("batch-pagesfile-url-not-string")),
            "entryUrl" | "entry_url" | "title" | "desc" | "link" | "imgUrl" | "img_url"
                if !(value.is_string() || value.is_null()) =>
            {
                Some(msg!("batch-pagesfile-not-string"))
            }
            "platform" if !matches!(value.as_str(), Some("ios" | "android")) => {
                Some(msg!("batch-pagesfile-platform-value"))
            }
            "jsApiList" | "js_api_list"
                if !(value.is_null()
                    || value
                        .as_array()
                        .is_some_and(|a| a.iter().all(Value::is_string))) =>
            {
                let not = match value {
                    Value::Array(_) => msg!("batch-pagesfile-json-mixed-array"),
                    other => json_kind(other),
                };
                Some(msg!("batch-pagesfile-js-api-list-value", not = not))
            }
            _ => None,
        };
        if let Some(problem) = problem {
            return Err(err(
                0,
                msg!(
                    "batch-pagesfile-field",
                    page = at,
                    key = key.as_str(),
                    problem = problem
                ),
            ));
        }
    }
    serde_json::from_value(Value::Object(map)).map_err(|e| {
        err(
            0,
            msg!(
                "batch-pagesfile-field-invalid",
                page = at,
                what = json_shape(e.to_string())
            ),
        )
    })
}

/// Columns a CSV header may name (case-insensitive, `-`/`_` ignored).
fn csv_column(name: &str) -> Option<&'static str> {
    let key: String = name
        .trim()
        .chars()
        .filter(|c| *c != '_' && *c != '-' && *c != ' ')
        .flat_map(char::to_lowercase)
        .collect();
    Some(match key.as_str() {
        "url" => "url",
        "entryurl" => "entry_url",
        "platform" => "platform",
        "title" => "title",
        "desc" | "description" => "desc",
        "link" => "link",
        "imgurl" | "image" => "img_url",
        "jsapilist" => "js_api_list",
        _ => return None,
    })
}

fn parse_csv(text: &str) -> Result<Vec<PageSpec>, PagesError> {
    let records = csv_records(text)?;
    let mut rows = records.into_iter();
    let Some((_, header)) = rows.next() else {
        return Ok(Vec::new());
    };
    let mut columns = Vec::with_capacity(header.len());
    for name in &header {
        let col = csv_column(name).ok_or_else(|| {
            err(
                1,
                msg!("batch-pagesfile-csv-unknown-column", name = name.trim()),
            )
        })?;
        columns.push(col);
    }
    if !columns.contains(&"url") {
        return Err(err(1, msg!("batch-pagesfile-csv-no-url-column")));
    }
    let mut pages = Vec::new();
    for (line, row) in rows {
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if row.len() > columns.len() {
            return Err(err(
                line,
                msg!(
                    "batch-pagesfile-csv-too-many-fields",
                    fields = row.len(),
                    columns = columns.len()
                ),
            ));
        }
        let mut page = PageSpec::default();
        for (col, value) in columns.iter().zip(row) {
            let value = value.trim().to_owned();
            let opt = (!value.is_empty()).then(|| value.clone());
            match *col {
                "url" => page.url = value,
                "entry_url" => page.entry_url = opt,
                "platform" => page.platform = parse_platform(&value, line)?,
                "title" => page.share.title = opt,
                "desc" => page.share.desc = opt,
                "link" => page.share.link = opt,
                "img_url" => page.share.img_url = opt,
                "js_api_list" => {
                    page.js_api_list = opt.map(|v| {
                        v.split([' ', ';', '|', ','])
                            .filter(|s| !s.is_empty())
                            .map(str::to_owned)
                            .collect()
                    })
                }
                _ => {}
            }
        }
        if page.url.is_empty() {
            return Err(err(line, msg!("batch-pagesfile-csv-empty-url")));
        }
        pages.push(page);
    }
    Ok(pages)
}

fn parse_platform(value: &str, line: usize) -> Result<Platform, PagesError> {
    match value.to_ascii_lowercase().as_str() {
        "" | "android" => Ok(Platform::Android),
        "ios" | "iphone" => Ok(Platform::Ios),
        other => Err(err(
            line,
            msg!("batch-pagesfile-csv-platform", platform = other),
        )),
    }
}

/// RFC 4180 records with the 1-based line each starts on. Quoted fields may hold commas,
/// doubled quotes and newlines.
fn csv_records(text: &str) -> Result<Vec<(usize, Vec<String>)>, PagesError> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    let mut line = 1;
    let mut start_line = 1;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => in_quotes = false,
                '\n' => {
                    line += 1;
                    field.push(c);
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.trim().is_empty() => {
                field.clear();
                in_quotes = true;
            }
            ',' => record.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                record.push(std::mem::take(&mut field));
                records.push((start_line, std::mem::take(&mut record)));
                line += 1;
                start_line = line;
            }
            _ => field.push(c),
        }
    }
    if in_quotes {
        return Err(err(start_line, msg!("batch-pagesfile-csv-unclosed-quote")));
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push((start_line, record));
    }
    records.retain(|(_, r)| !(r.len() == 1 && r[0].trim().is_empty()));
    Ok(records)
}

fn split_csv_record(line: &str) -> Vec<String> {
    csv_records(line)
        .ok()
        .and_then(|r| r.into_iter().next())
        .map(|(_, r)| r)
        .unwrap_or_default()
}

#[cfg(test)]
#[path = "pages_tests.rs"]
mod tests;

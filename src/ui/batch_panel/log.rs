//! The Log panel row of each endpoint call a batch makes, like the worker's WeChat calls.

use super::{HttpMethod, PageResult, PageStatus};
use crate::core::text::{Lang, msg};
use crate::i18n::Render;
use crate::ui::log_panel::LogRow;

/// The row of one endpoint call; `None` for a page that never ran. The endpoint is shown
/// without user info or query (a token might hide there) and no header is shown.
pub(super) fn row(
    method: HttpMethod,
    endpoint: &str,
    r: &PageResult,
    lang: Lang,
) -> Option<LogRow> {
    if r.status == PageStatus::NotRun {
        return None;
    }
    let method = match method {
        HttpMethod::Get => "GET",
        HttpMethod::Post => "POST",
    };
    let outcome = match &r.endpoint_error {
        Some(e) => format!("{}: {}", e.code, e.message.get(lang)),
        None => {
            let codes = r.problem_codes();
            if codes.is_empty() {
                r.status.as_str().to_owned()
            } else {
                format!("{} [{}]", r.status.as_str(), codes.join(", "))
            }
        }
    };
    let message = msg!(
        "batch-log-page",
        number = r.index + 1,
        url = r.url.as_str(),
        outcome = outcome
    );
    Some(LogRow {
        time: chrono::Local::now().format("%H:%M:%S").to_string(),
        endpoint: format!("{method} {endpoint}"),
        duration_ms: r.duration_ms,
        status: r.http_status,
        errcode: None,
        message: message.get(lang),
    })
}

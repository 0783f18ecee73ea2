//! `--record FILE`: the raw bridge exchange of one attach as a JSON fixture, keyed by the
//! client's WeChat and XWeb versions, so replies captured on real phones become regression
//! tests (`tests/fixtures/phone/`). Tickets and signatures are redacted, an OAuth `code` in a
//! URL too; the appId stays (it says which account answered). A fixture replays through the
//! same parser and report as a live page.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::agent::Versions;
use super::discover::App;
use super::report::{self, Asked, Context, Measurement, PhoneReport, Setup, Source};
use super::session::{self, Exchanged};
use crate::batch::Platform;
use crate::probe::judge::Account;

/// The format's name and version, first in every file.
pub const FORMAT: &str = "wxsign-phone-fixture/1";
/// What replaces a secret or a signature.
pub const REDACTED: &str = "(redacted)";

/// Keys whose values are signatures or tickets, wherever they appear.
const SECRET_KEYS: &[&str] = &[
    "verifySignature",
    "signature",
    "jsapi_ticket",
    "ticket",
    "access_token",
];

/// One recording.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fixture {
    pub format: String,
    /// `simulated` for what the test rig recorded, `phone` for a real capture.
    pub source: Source,
    pub platform: Platform,
    /// WeChat or WeCom, when the process said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<App>,
    #[serde(flatten)]
    pub versions: Versions,
    pub user_agent: String,
    /// The page's appId (kept: it says which account's client answered).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    /// The page as it was listed before the recorder reloaded it.
    #[serde(default)]
    pub page_url: String,
    #[serde(default)]
    pub setup: Setup,
    pub exchange: Vec<Exchanged>,
    #[serde(default)]
    pub asks: Vec<Asked>,
    #[serde(default)]
    pub measured: Vec<Measurement>,
    /// The wxsign that wrote it.
    #[serde(default)]
    pub recorded_by: String,
}

/// The fixture of a finished attach, redacted. `secrets` are the tickets in use: any string
/// holding one is redacted wherever it appears.
pub fn record(report: &PhoneReport, exchange: &[Exchanged], secrets: &[&str]) -> Fixture {
    let mut exchange = exchange.to_vec();
    for e in &mut exchange {
        redact(&mut e.msg, secrets);
    }
    let mut asks = report.asks.clone();
    for a in &mut asks {
        redact(&mut a.reply, secrets);
        a.url = redact_url(&a.url);
    }
    Fixture {
        format: FORMAT.to_owned(),
        source: report.source,
        platform: report.platform,
        app: report.client.app,
        versions: report.client.versions.clone(),
        user_agent: report.client.user_agent.clone(),
        app_id: report.run.configs.first().map(|c| c.app_id.clone()),
        // Android: the page attached to; iOS (the proxy): the document the proxy saw.
        page_url: report
            .target
            .as_ref()
            .map(|t| t.page.url.as_str())
            .or(report.run.landing_url.as_deref())
            .map(redact_url)
            .unwrap_or_default(),
        setup: report.setup,
        exchange,
        asks,
        measured: report.measured.clone(),
        recorded_by: concat!("wxsign ", env!("CARGO_PKG_VERSION")).to_owned(),
    }
}

/// The file name a fixture suggests: its versions and what it shows.
pub fn file_name(f: &Fixture, what: &str) -> String {
    let v = |o: &Option<String>| o.clone().unwrap_or_else(|| "unknown".to_owned());
    let what: String = what
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!(
        "wechat-{}-xweb-{}-{what}.json",
        v(&f.versions.wechat),
        v(&f.versions.xweb)
    )
}

/// Replays a fixture through the parser and the report, without tickets (they were
/// redacted): the client's replies, realAuthUrl and what follows from them.
pub fn replay(f: &Fixture) -> PhoneReport {
    let recorded = session::replay(f.platform, Account::default(), &f.exchange);
    let duration_ms = recorded.run.duration_ms;
    report::build(
        recorded,
        Context {
            source: f.source,
            platform: f.platform,
            app: f.app,
            target: None,
            navigation: None,
            setup: f.setup,
            asks: f.asks.clone(),
            duration_ms,
        },
    )
}

/// Redacts signatures, tickets and OAuth codes in `v`, in place.
pub fn redact(v: &mut Value, secrets: &[&str]) {
    match v {
        Value::Object(m) => {
            for (k, x) in m.iter_mut() {
                if SECRET_KEYS.contains(&k.as_str()) && !x.is_null() {
                    *x = Value::String(REDACTED.to_owned());
                } else {
                    redact(x, secrets);
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|x| redact(x, secrets)),
        Value::String(s) => {
            if secrets.iter().any(|t| !t.is_empty() && s.contains(t)) {
                *s = REDACTED.to_owned();
            } else if s.contains("code=") {
                *s = redact_url(s);
            }
        }
        _ => {}
    }
}

/// A URL with the value of its `code` query parameter (an OAuth login's, single-use but
/// personal) redacted.
pub fn redact_url(url: &str) -> String {
    let Ok(mut u) = url::Url::parse(url) else {
        return url.to_owned();
    };
    if !u.query_pairs().any(|(k, _)| k == "code") {
        return url.to_owned();
    }
    let pairs: Vec<(String, String)> = u
        .query_pairs()
        .map(|(k, v)| {
            let v = if k == "code" {
                REDACTED.to_owned()
            } else {
                v.into_owned()
            };
            (k.into_owned(), v)
        })
        .collect();
    u.query_pairs_mut().clear().extend_pairs(pairs);
    u.into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn signatures_tickets_and_codes_are_redacted_the_app_id_kept() {
        let mut v = json!({"t": "invoke", "name": "preVerifyJSAPI",
            "href": "https://m.example.com/cb?code=0a1B2c&state=s",
            "params": {"appId": "wx0123456789abcdef", "verifySignature": "0f9de62fce790f9a083d5c99e95740ceb90c27ed",
                "note": "jsapi_ticket=SECRETTICKET&noncestr=x", "list": ["SECRETTICKET here"]}});
        redact(&mut v, &["SECRETTICKET"]);
        assert_eq!(v["params"]["appId"], "wx0123456789abcdef");
        assert_eq!(v["params"]["verifySignature"], REDACTED);
        assert_eq!(v["params"]["note"], REDACTED);
        assert_eq!(v["params"]["list"][0], REDACTED);
        assert_eq!(
            v["href"],
            "https://m.example.com/cb?code=%28redacted%29&state=s"
        );
        assert!(!v.to_string().contains("SECRETTICKET"));
        assert_eq!(
            redact_url("https://m.example.com/?x=1"),
            "https://m.example.com/?x=1"
        );
    }
}

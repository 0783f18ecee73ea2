//! The human and JSON output of `wxsign phone`: progress lines on stderr while it works, the
//! listing, the report (the probe's timeline of the run, then what the real client answered,
//! the asks and the measurement), errors with the pages to choose from, and always the way to
//! turn the debugging switch off.

use serde_json::{Value, json};

use super::output::{self, ERROR, INFO, LABEL, OK, WARNING};
use super::probe_output;
use crate::core::text::{Lang, msg};
use crate::i18n::{Render, text};
use crate::phone::android::Listing;
use crate::phone::report::{Navigation, PhoneReport, TURN_OFF_URL, Verifies};
use crate::phone::{Choice, PhoneError, Progress};

const W: usize = 10;

/// One line on stderr per step (nothing with `--json`).
pub fn progress(p: &Progress, lang: Lang) {
    if let Some(line) = p.line() {
        let line = line.get(lang);
        let line = output::printable(&line);
        anstream::eprintln!("{INFO}·{INFO:#} {line}");
    }
}

/// The devices, their WeChat and WeCom web-views, and the pages, numbered.
pub fn print_listing(listing: &Listing, lang: Lang) {
    output::field(W, "adb", &listing.adb);
    if listing.devices.is_empty() {
        anstream::println!(
            "{WARNING}{}{WARNING:#}",
            msg!("phone-error-no-device").get(lang)
        );
    }
    for d in &listing.devices {
        anstream::println!();
        output::field(
            W,
            text(lang, "phone-cli-device"),
            &format!("{}  ({})", d.device.serial, d.device.state),
        );
        if let Some(e) = &d.error {
            output::field(W, "", &format!("{ERROR}{e}{ERROR:#}"));
            continue;
        }
        if let Some(problem) = d.problem() {
            output::field(
                W,
                "",
                &format!("{WARNING}{}{WARNING:#}", problem.message().get(lang)),
            );
        }
        for e in &d.endpoints {
            let process = e.endpoint.process.as_deref().unwrap_or("?");
            output::field(
                W,
                "",
                &format!(
                    "{LABEL}{process}{LABEL:#}  {INFO}{}{INFO:#}",
                    e.endpoint.socket
                ),
            );
            if let Some(err) = &e.error {
                output::field(W, "", &format!("  {ERROR}{err}{ERROR:#}"));
            }
            if e.pages.is_empty() && e.error.is_none() {
                output::field(W, "", &format!("  {}", text(lang, "phone-cli-no-pages")));
            }
            for p in &e.pages {
                output::field(
                    W,
                    "",
                    &format!(
                        "  {}  {INFO}{}{INFO:#}",
                        output::printable(&p.title),
                        output::printable(&p.url)
                    ),
                );
            }
        }
    }
    anstream::println!();
    turn_off(lang);
}

/// The listing as JSON, with each device's problem worded in `lang`.
pub fn listing_json(listing: &Listing, lang: Lang) -> String {
    let mut v = serde_json::to_value(listing).unwrap_or(Value::Null);
    if let Some(devices) = v.get_mut("devices").and_then(Value::as_array_mut) {
        for (d, l) in devices.iter_mut().zip(&listing.devices) {
            if let Some(problem) = l.problem() {
                d["problem"] =
                    json!({"code": problem.code(), "message": problem.message().get(lang)});
            }
        }
    }
    v["turn_off"] = json!(TURN_OFF_URL);
    serde_json::to_string_pretty(&v).unwrap_or_default()
}

/// The whole report.
pub fn print_report(report: &PhoneReport, lang: Lang) {
    output::field(
        W,
        text(lang, "phone-cli-source"),
        &report.source_line().get(lang),
    );
    if let Some(t) = &report.target {
        output::field(
            W,
            text(lang, "phone-cli-device"),
            &format!(
                "{}  {}  {INFO}{}{INFO:#}",
                t.device,
                t.process.as_deref().unwrap_or("?"),
                t.socket
            ),
        );
        output::field(
            W,
            text(lang, "phone-cli-page"),
            &format!(
                "{}  {INFO}{}{INFO:#}",
                output::printable(&t.page.title),
                output::printable(&t.page.url)
            ),
        );
    }
    if let Some(Navigation::Entry { url }) = &report.navigation {
        output::field(W, text(lang, "phone-cli-opened"), &output::printable(url));
    }
    anstream::println!();
    probe_output::print_run(&report.run, lang);
    for c in &report.run.configs {
        anstream::println!();
        let style = if c.answer == "config:ok" { OK } else { ERROR };
        let answer = if c.answer.is_empty() {
            text(lang, "phone-cli-no-answer").to_owned()
        } else {
            c.answer.clone()
        };
        output::field(
            W,
            text(lang, "phone-cli-client"),
            &format!("{style}{answer}{style:#}"),
        );
        for u in &c.real_auth_url {
            output::field(W, "realAuthUrl", &output::printable(u));
        }
        if let Some(reply) = &c.client_reply {
            output::field(W, text(lang, "phone-cli-reply"), &reply.to_string());
        }
    }
    if !report.findings.is_empty() {
        anstream::println!();
        probe_output::findings_under(text(lang, "phone-cli-findings"), &report.findings, lang);
    }
    if !report.asks.is_empty() {
        anstream::println!();
        for (i, a) in report.asks.iter().enumerate() {
            let (style, mark) = if a.accepted {
                (OK, "✓")
            } else {
                (ERROR, "✗")
            };
            let label = if i == 0 {
                text(lang, "phone-cli-asked-label")
            } else {
                ""
            };
            output::field(
                W,
                label,
                &format!(
                    "{style}{mark} {}{style:#}  {}  {INFO}{}{INFO:#}",
                    a.answer,
                    output::printable(&a.url),
                    a.why
                ),
            );
        }
    }
    for m in &report.measured {
        let verifies = match m.verifies {
            Verifies::CurrentUrl => text(lang, "phone-cli-verifies-current"),
            Verifies::LandingUrl => text(lang, "phone-cli-verifies-landing"),
            Verifies::Both => text(lang, "phone-cli-verifies-both"),
            Verifies::Neither => text(lang, "phone-cli-verifies-neither"),
            Verifies::SameUrl => text(lang, "phone-cli-verifies-same"),
        };
        output::field(
            W,
            text(lang, "phone-cli-measured"),
            &format!(
                "WeChat {} · XWeb {}: {verifies}",
                m.versions.wechat.as_deref().unwrap_or("?"),
                m.versions.xweb.as_deref().unwrap_or("?")
            ),
        );
    }
    anstream::println!();
    let verdict = if report.passed {
        format!("{OK}{}{OK:#}", text(lang, "phone-cli-pass"))
    } else {
        format!("{ERROR}{}{ERROR:#}", text(lang, "phone-cli-fail"))
    };
    anstream::println!(
        "{verdict}  {}  ({} ms)",
        report.outcome.label().get(lang),
        report.duration_ms
    );
    // The DevTools switch is the attached page's; pages seen through the proxy had none.
    if report.target.is_some() {
        turn_off(lang);
    }
}

fn turn_off(lang: Lang) {
    anstream::println!(
        "{INFO}{}{INFO:#}",
        msg!("phone-cli-turn-off", url = TURN_OFF_URL).get(lang)
    );
}

/// `{"error": code, "message": …}`, with the entry URL or the pages to choose from.
pub fn error_json(e: &PhoneError, lang: Lang) -> String {
    let mut v = json!({"error": e.code(), "message": e.message().get(lang)});
    if let PhoneError::OAuthCode { url, entry_url } = e {
        v["url"] = json!(url);
        v["entry_url"] = json!(entry_url);
    }
    if !e.choices().is_empty() {
        v["pages"] = serde_json::to_value(e.choices()).unwrap_or(Value::Null);
    }
    serde_json::to_string_pretty(&v).unwrap_or_default()
}

/// The error on stderr, and the pages to choose from.
pub fn print_error(e: &PhoneError, lang: Lang) {
    anstream::eprintln!("{}", output::error_line(lang, &e.message().get(lang)));
    for Choice {
        device,
        socket,
        page,
    } in e.choices()
    {
        anstream::eprintln!(
            "  {}  {INFO}{}{INFO:#}  ({device} {socket})",
            output::printable(&page.title),
            output::printable(&page.url)
        );
    }
}

//! The human output of `wxsign probe`: a spinner with the latest event while the page runs, then
//! per platform a short timeline (landing, route changes, config call with its verdict and
//! causes, share settings, blocked requests) and the findings.

use std::io::IsTerminal;

use super::output::{self, ERROR, INFO, LABEL, OK, WARNING};
use crate::batch::Platform;
use crate::core::text::Lang;
use crate::i18n::{Render, text};
use crate::probe::report::{Finding, Outcome, ProbeReport, Run, TimelineEntry, UrlChangeKind};
use crate::probe::{Progress, platform};

/// The spinner on stderr while the probe runs (hidden when piped or with `--json`).
pub struct Live {
    bar: Option<indicatif::ProgressBar>,
    lang: Lang,
}

impl Live {
    pub fn new(lang: Lang, json: bool) -> Self {
        let bar = (!json && std::io::stderr().is_terminal()).then(|| {
            let bar = indicatif::ProgressBar::new_spinner();
            bar.enable_steady_tick(std::time::Duration::from_millis(120));
            bar
        });
        Self { bar, lang }
    }

    pub fn show(&mut self, p: &Progress) {
        let Some(bar) = &self.bar else { return };
        let lang = self.lang;
        match p {
            Progress::BrowserStarted { browser } => bar.set_message(browser.clone()),
            Progress::RunStarted { platform } => bar.set_message(format!(
                "{} {}",
                platform_name(*platform, lang),
                text(lang, "cli-probe-loading")
            )),
            Progress::Seen { platform, line } => bar.set_message(format!(
                "{}: {}",
                platform_name(*platform, lang),
                line.get(lang)
            )),
            Progress::RunFinished { .. } => {}
        }
    }
}

impl Drop for Live {
    fn drop(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

pub fn platform_name(p: Platform, lang: Lang) -> &'static str {
    match (p, lang) {
        (Platform::Android, _) => "Android",
        (Platform::Ios, _) => "iOS",
    }
}

fn outcome_style(run: &Run) -> anstyle::Style {
    if run.passed {
        OK
    } else if run.outcome == Outcome::Configured {
        ERROR
    } else {
        WARNING
    }
}

const W: usize = 10;

/// Prints the whole report.
pub fn print_report(report: &ProbeReport, lang: Lang) {
    output::field(
        W,
        text(lang, "cli-probe-page"),
        &output::printable(&report.url),
    );
    output::field(W, text(lang, "cli-probe-browser"), &report.browser);
    for run in &report.runs {
        anstream::println!();
        print_run(run, lang);
    }
    anstream::println!();
    let verdict = if report.passed {
        format!("{OK}{}{OK:#}", text(lang, "cli-probe-pass"))
    } else {
        format!("{ERROR}{}{ERROR:#}", text(lang, "cli-probe-fail"))
    };
    let per: Vec<String> = report
        .runs
        .iter()
        .map(|r| {
            let style = outcome_style(r);
            let mark = if r.passed { "✓" } else { "✗" };
            format!(
                "{} {style}{mark} {}{style:#}",
                platform_name(r.platform, lang),
                r.outcome.label().get(lang)
            )
        })
        .collect();
    anstream::println!(
        "{verdict}  {}  ({} ms)",
        per.join("  ·  "),
        report.duration_ms
    );
}

pub fn print_run(run: &Run, lang: Lang) {
    let style = outcome_style(run);
    anstream::println!(
        "{LABEL}{}{LABEL:#}  {style}{}{style:#}  {INFO}({} ms){INFO:#}",
        platform_name(run.platform, lang),
        run.outcome.label().get(lang),
        run.duration_ms
    );
    let builtin = platform::emulation(run.platform).user_agent;
    if run.user_agent != builtin {
        output::field(
            W,
            text(lang, "cli-probe-user-agent"),
            &output::printable(&run.user_agent),
        );
    } else {
        output::field(
            W,
            text(lang, "cli-probe-user-agent"),
            &format!(
                "WeChat {} ({})",
                wechat_version(&run.user_agent),
                platform_name(run.platform, lang)
            ),
        );
    }
    match &run.landing_url {
        Some(u) => output::field(W, text(lang, "cli-probe-landing"), &output::printable(u)),
        None => output::field(
            W,
            text(lang, "cli-probe-landing"),
            text(lang, "cli-probe-nothing-loaded"),
        ),
    }
    for entry in run.timeline() {
        let at = format!("+{} ms", entry.at_ms());
        match entry {
            TimelineEntry::UrlChange(c) => {
                let kind = match c.kind {
                    UrlChangeKind::PushState => "pushState",
                    UrlChangeKind::ReplaceState => "replaceState",
                    UrlChangeKind::HashChange => "hashchange",
                    UrlChangeKind::PopState => "popstate",
                    UrlChangeKind::Navigation => text(lang, "cli-probe-navigation"),
                };
                output::field(W, &at, &format!("{kind} {}", output::printable(&c.url)));
            }
            TimelineEntry::Config(c) => {
                let verdict = match c.matched {
                    Some(true) => {
                        format!("{OK}{}{OK:#}", text(lang, "cli-probe-signature-matches"))
                    }
                    Some(false) => format!(
                        "{ERROR}{}{ERROR:#}",
                        text(lang, "cli-probe-signature-mismatch")
                    ),
                    None => format!(
                        "{WARNING}{}{WARNING:#}",
                        text(lang, "cli-probe-signature-unchecked")
                    ),
                };
                output::field(W, &at, &format!("wx.config  appId {}  {verdict}", c.app_id));
                output::field(
                    W,
                    "",
                    &format!(
                        "{} {}",
                        text(lang, "cli-probe-wechat-checks"),
                        output::printable(&c.verified_url)
                    ),
                );
                if c.href != c.verified_url {
                    output::field(
                        W,
                        "",
                        &format!("{} {}", "location.href", output::printable(&c.href)),
                    );
                }
                output::field(
                    W,
                    "",
                    &format!("{} {}", text(lang, "cli-probe-answered"), c.answer),
                );
                for cause in &c.causes {
                    output::field(
                        W,
                        "",
                        &format!(
                            "{ERROR}{}{ERROR:#}  {}",
                            cause.code,
                            cause.message.get(lang)
                        ),
                    );
                    output::field(
                        W,
                        "",
                        &format!(
                            "{INFO}string1{INFO:#}  {}",
                            output::printable(&cause.string1)
                        ),
                    );
                }
                for note in &c.notes {
                    output::field(W, "", &format!("{INFO}{}{INFO:#}", note.get(lang)));
                }
                print_findings(&c.findings, lang);
            }
            TimelineEntry::Share(s) => {
                output::field(W, &at, &format!("{LABEL}{}{LABEL:#}", s.api));
                let none = text(lang, "cli-probe-none");
                let show = |v: &Option<String>| {
                    v.as_deref()
                        .map_or_else(|| none.to_owned(), |v| output::printable(v).into_owned())
                };
                output::field(
                    W,
                    "",
                    &format!("{}  {}", text(lang, "cli-probe-title"), show(&s.title)),
                );
                if s.desc.is_some() {
                    output::field(
                        W,
                        "",
                        &format!("{}  {}", text(lang, "cli-probe-desc"), show(&s.desc)),
                    );
                }
                output::field(
                    W,
                    "",
                    &format!("{}  {}", text(lang, "cli-probe-link"), show(&s.link)),
                );
                output::field(
                    W,
                    "",
                    &format!("{}  {}", text(lang, "cli-probe-image"), show(&s.img_url)),
                );
                print_findings(&s.findings, lang);
            }
            TimelineEntry::OAuth(o) => {
                output::field(
                    W,
                    &at,
                    &format!(
                        "{WARNING}{}{WARNING:#}  appid {}  scope {}  state {}",
                        text(lang, "cli-probe-oauth"),
                        o.appid,
                        o.scope,
                        o.state
                    ),
                );
                output::field(
                    W,
                    "",
                    &format!("redirect_uri  {}", output::printable(&o.redirect_uri)),
                );
                output::field(
                    W,
                    "",
                    &format!(
                        "{}  {}",
                        text(lang, "cli-probe-sign-after-login"),
                        output::printable(&o.sign_url)
                    ),
                );
            }
            TimelineEntry::Blocked(b) if b.reason != "oauth" => {
                output::field(
                    W,
                    &at,
                    &format!(
                        "{INFO}{}{INFO:#} {}",
                        text(lang, "cli-probe-blocked"),
                        output::printable(&b.url)
                    ),
                );
            }
            TimelineEntry::Blocked(_) => {}
            TimelineEntry::Dialog(d) => {
                output::field(
                    W,
                    &at,
                    &format!("{} {}", d.kind, output::printable(&d.message)),
                );
            }
            TimelineEntry::FailedRequest(r) => {
                let what = r.status.map_or_else(
                    || r.error.clone().unwrap_or_default(),
                    |s| format!("HTTP {s}"),
                );
                output::field(
                    W,
                    &at,
                    &format!(
                        "{WARNING}{}{WARNING:#} {} {} → {what}",
                        text(lang, "cli-probe-failed"),
                        r.method,
                        output::printable(&r.url)
                    ),
                );
            }
            TimelineEntry::Exception(e) => {
                output::field(
                    W,
                    &at,
                    &format!(
                        "{WARNING}{}{WARNING:#} {}",
                        text(lang, "cli-probe-exception"),
                        e.message
                    ),
                );
            }
        }
    }
    if !run.findings.is_empty() {
        findings_under(text(lang, "cli-probe-findings"), &run.findings, lang);
    }
}

fn print_findings(findings: &[Finding], lang: Lang) {
    findings_under("", findings, lang);
}

/// `severity  code  message`, then the fix (the layout of `check-url`).
pub fn findings_under(label: &str, findings: &[Finding], lang: Lang) {
    let code_width = findings.iter().map(|f| f.code.len()).max().unwrap_or(0);
    for (i, f) in findings.iter().enumerate() {
        let style = output::severity_style(f.severity);
        let name = output::severity_name(f.severity, lang);
        let pad = " ".repeat(7usize.saturating_sub(output::columns(name)));
        let label = if i == 0 { label } else { "" };
        output::field(
            W,
            label,
            &format!(
                "{style}{name}{style:#}{pad}  {:<code_width$}  {}",
                f.code,
                f.message.get(lang)
            ),
        );
        output::field(
            W,
            "",
            &format!(
                "{:<7}  {:<code_width$}  {INFO}{}{INFO:#}",
                "",
                "",
                f.fix.get(lang)
            ),
        );
    }
}

fn wechat_version(ua: &str) -> &str {
    ua.split("MicroMessenger/")
        .nth(1)
        .and_then(|v| v.split(['(', ' ']).next())
        .unwrap_or("?")
}

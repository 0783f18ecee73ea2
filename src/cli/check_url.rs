//! `wxsign check-url`: what the page signs and every rule its URL breaks.

use std::process::ExitCode;

use clap::Args;

use super::output::{self, Output};
use crate::core::text::{Lang, msg};
use crate::core::urlcheck::{self, Severity, UrlAnalysis};
use crate::i18n::{Render, text};

#[derive(Debug, Args)]
pub struct CheckUrlArgs {
    /// The page URL as the phone or the server has it (quote it: it may hold '#', '&', spaces).
    #[arg(allow_hyphen_values = true)]
    pub url: String,
    /// A JS safe domain of the account (`qq.com`, `wx.qq.com/mp`); repeat for each entry.
    #[arg(long = "safe-domain", value_name = "DOMAIN")]
    pub safe_domains: Vec<String>,
    /// Check the URL by this platform's domain and port rules, in its words (official_account,
    /// wecom, dingtalk, feishu; Feishu's trusted domains may name a port: `a.cn:8443`).
    #[arg(long, value_parser = super::profile::parse_platform)]
    pub platform: Option<crate::platform::Platform>,
}

/// Runs the analysis; exit 1 when any finding (about the URL or a safe-domain entry) is an error.
/// With `--json` the messages are in English.
pub fn run(args: CheckUrlArgs, out: Output) -> anyhow::Result<ExitCode> {
    let words = args.platform.unwrap_or_default().spec().domain_wording;
    let analysis = analyze(&args.url, &args.safe_domains, words);
    if out.json {
        println!("{}", to_json(&analysis));
    } else {
        print_human(&analysis, out.lang);
    }
    Ok(if analysis.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The URL's analysis plus the findings about each safe-domain entry, worst first.
fn analyze(url: &str, safe_domains: &[String], words: &urlcheck::DomainWording) -> UrlAnalysis {
    let mut analysis = urlcheck::analyze_url_as(url, safe_domains, words);
    // Entries are WeChat's domain form (no port) only where pages are on 80/443 alone.
    if words.port == urlcheck::PortRule::Only80And443 {
        analysis
            .findings
            .extend(urlcheck::validate_safe_domains(safe_domains));
    }
    analysis
        .findings
        .sort_by_key(|f| std::cmp::Reverse(f.severity));
    analysis
}

/// For `sign`: what this command would call wrong about the URL about to be signed, told on
/// stderr without changing what is signed (stdout stays exactly the requested output).
pub(super) fn warn_about_url(url: &str, lang: Lang) {
    let analysis = urlcheck::analyze_url(url, &[]);
    for f in analysis
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
    {
        anstream::eprintln!(
            "{} [{}] {} {}",
            output::warning_prefix(lang),
            f.code,
            f.message.get(lang),
            f.fix.get(lang)
        );
    }
    if let Some(sign_url) = &analysis.sign_url
        && sign_url != url
    {
        let url = output::printable(sign_url).into_owned();
        anstream::eprintln!("{}", msg!("cli-check-browser-url", url = url).get(lang));
    }
}

fn to_json(a: &UrlAnalysis) -> serde_json::Value {
    let changes: Vec<_> = a
        .changes
        .iter()
        .map(|c| serde_json::json!({ "code": c.code, "description": c.description.get(Lang::En) }))
        .collect();
    let findings: Vec<_> = a
        .findings
        .iter()
        .map(|f| {
            serde_json::json!({
                "code": f.code,
                "severity": f.severity,
                "message": f.message.get(Lang::En),
                "fix": f.fix.get(Lang::En),
            })
        })
        .collect();
    serde_json::json!({
        "input": a.input,
        "sign_url": a.sign_url,
        "changes": changes,
        "findings": findings,
    })
}

fn print_human(a: &UrlAnalysis, lang: Lang) {
    const W: usize = 8;
    output::field(
        W,
        text(lang, "cli-check-input"),
        &output::printable(&a.input),
    );
    let sign_url = a.sign_url.as_deref().map_or_else(
        || text(lang, "cli-check-no-sign-url").into(),
        output::printable,
    );
    output::field(W, text(lang, "cli-check-sign-url"), &sign_url);
    let code_width = a
        .changes
        .iter()
        .map(|c| c.code.len())
        .chain(a.findings.iter().map(|f| f.code.len()))
        .max()
        .unwrap_or(0);
    // Changes line up with the findings' codes, after the severity column.
    for (i, c) in a.changes.iter().enumerate() {
        let label = if i == 0 {
            text(lang, "cli-check-changes")
        } else {
            ""
        };
        let line = format!(
            "{:<7}  {:<code_width$}  {}",
            "",
            c.code,
            c.description.get(lang)
        );
        output::field(W, label, &line);
    }
    output::findings(
        W,
        text(lang, "cli-check-findings"),
        &a.findings,
        lang,
        code_width,
    );
    let count = |s: Severity| a.findings.iter().filter(|f| f.severity == s).count();
    let (e, w, i) = (
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
    );
    let summary = msg!("cli-check-summary", errors = e, warnings = w, infos = i).get(lang);
    let style = match a.worst() {
        Some(s) => output::severity_style(s),
        None => output::OK,
    };
    output::field(
        W,
        text(lang, "cli-label-result"),
        &format!("{style}{summary}{style:#}"),
    );
}

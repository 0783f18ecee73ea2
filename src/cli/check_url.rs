//! `wxsign check-url`: what the page signs and every rule its URL breaks.

use std::process::ExitCode;

use clap::Args;

use super::output::{self, LangArg};
use crate::core::text::Lang;
use crate::core::urlcheck::{self, Severity, UrlAnalysis};
use crate::i18n::Render;

#[derive(Debug, Args)]
pub struct CheckUrlArgs {
    /// The page URL as the phone or the server has it (quote it: it may hold '#', '&', spaces).
    #[arg(allow_hyphen_values = true)]
    pub url: String,
    /// A JS safe domain of the account (`qq.com`, `wx.qq.com/mp`); repeat for each entry.
    #[arg(long = "safe-domain", value_name = "DOMAIN")]
    pub safe_domains: Vec<String>,
    /// Print one JSON object (messages in English) instead of text.
    #[arg(long)]
    pub json: bool,
    /// Language of the human output [default: from LANG].
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
}

/// Runs the analysis; exit 1 when any finding (about the URL or a safe-domain entry) is an error.
pub fn run(args: CheckUrlArgs) -> anyhow::Result<ExitCode> {
    let analysis = analyze(&args.url, &args.safe_domains);
    if args.json {
        println!("{}", to_json(&analysis));
    } else {
        print_human(&analysis, output::resolve_lang(args.lang));
    }
    Ok(if analysis.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The URL's analysis plus the findings about each safe-domain entry, worst first.
fn analyze(url: &str, safe_domains: &[String]) -> UrlAnalysis {
    let mut analysis = urlcheck::analyze_url(url, safe_domains);
    analysis
        .findings
        .extend(urlcheck::validate_safe_domains(safe_domains));
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
        let (en, zh) = (
            "note: a browser reports this page as",
            "提示：浏览器中该页面的地址是",
        );
        let lead = if lang == Lang::Zh { zh } else { en };
        anstream::eprintln!("{lead} {}", output::printable(sign_url));
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
    let tr = |en, zh| output::tr(lang, en, zh);
    output::field(W, tr("input", "输入"), &output::printable(&a.input));
    let sign_url = a.sign_url.as_deref().map_or_else(
        || {
            tr(
                "(none: not a URL a page can have)",
                "（无：这不是页面可能有的地址）",
            )
            .into()
        },
        output::printable,
    );
    output::field(W, tr("sign url", "签名 URL"), &sign_url);
    let code_width = a
        .changes
        .iter()
        .map(|c| c.code.len())
        .chain(a.findings.iter().map(|f| f.code.len()))
        .max()
        .unwrap_or(0);
    // Changes line up with the findings' codes, after the severity column.
    for (i, c) in a.changes.iter().enumerate() {
        let label = if i == 0 { tr("changes", "变化") } else { "" };
        let line = format!(
            "{:<7}  {:<code_width$}  {}",
            "",
            c.code,
            c.description.get(lang)
        );
        output::field(W, label, &line);
    }
    output::findings(W, tr("findings", "问题"), &a.findings, lang, code_width);
    let count = |s: Severity| a.findings.iter().filter(|f| f.severity == s).count();
    let (e, w, i) = (
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
    );
    let summary = match lang {
        Lang::En => format!("{e} error(s), {w} warning(s), {i} info"),
        Lang::Zh => format!("{e} 个错误，{w} 个警告，{i} 个提示"),
    };
    let style = match a.worst() {
        Some(s) => output::severity_style(s),
        None => output::OK,
    };
    output::field(
        W,
        tr("result", "结果"),
        &format!("{style}{summary}{style:#}"),
    );
}

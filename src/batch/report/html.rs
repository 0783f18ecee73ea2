//! A self-contained HTML page: summary, one row per page with its causes, inline CSS and a few
//! lines of inline script for the status filter. No external assets, everything escaped.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::{Format, esc};
use crate::batch::result::{PageResult, PageStatus, Summary};
use crate::core::text::Lang;
use crate::core::urlcheck::Severity;
use crate::i18n::{Render, text};

pub struct Html {
    lang: Lang,
}

impl Html {
    pub fn new(lang: Lang) -> Self {
        Self { lang }
    }
}

const STYLE: &str = "body{font:14px/1.45 system-ui,-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;margin:24px;color:#1f2328;background:#fff}\
h1{font-size:20px;margin:0 0 12px}\
.sum{display:flex;gap:12px;flex-wrap:wrap;margin:0 0 16px}\
.sum div{padding:8px 14px;border-radius:6px;background:#f6f8fa}\
.sum b{font-size:18px;display:block}\
table{border-collapse:collapse;width:100%}\
th,td{border-bottom:1px solid #d0d7de;padding:6px 8px;text-align:left;vertical-align:top}\
th{background:#f6f8fa;position:sticky;top:0}\
td.url{word-break:break-all;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px}\
.st{font-weight:600;border-radius:4px;padding:1px 6px;color:#fff}\
.pass{background:#1a7f37}.fail{background:#cf222e}.error{background:#9a6700}.not_run{background:#6e7781}\
ul{margin:0;padding-left:18px}code{font-size:12px}\
.sev-error{color:#cf222e}.sev-warning{color:#9a6700}.sev-info{color:#57606a}\
details pre{white-space:pre-wrap;word-break:break-all;font-size:12px;margin:4px 0}\
nav{margin:0 0 10px}nav button{margin-right:6px}";

const SCRIPT: &str = "function f(s){document.querySelectorAll('tbody tr').forEach(function(r){\
r.style.display=(s==='all'||r.dataset.status===s)?'':'none';});}";

impl Format for Html {
    fn page(&mut self, out: &mut dyn Write, r: &PageResult) -> io::Result<()> {
        let status = r.status.as_str();
        let label = r.status.label(self.lang).to_uppercase();
        let mut s = format!(
            "<tr data-status=\"{status}\"><td>{}</td><td><span class=\"st {status}\">{label}</span></td><td class=\"url\">{}",
            r.index + 1,
            esc(&r.url)
        );
        if !r.sent_url.is_empty() && r.sent_url != r.url {
            let _ = write!(s, "<br><small>→ {}</small>", esc(&r.sent_url));
        }
        let _ = write!(s, "</td><td>{}</td><td><ul>", r.duration_ms);
        if let Some(rep) = &r.repeat {
            let class = if rep.passed == rep.asked {
                "sev-info"
            } else {
                "sev-error"
            };
            let _ = write!(
                s,
                "<li class=\"{class}\"><code>repeat</code> {}</li>",
                esc(&crate::batch::repeat::passed_text(rep).get(self.lang))
            );
        }
        if let Some(e) = &r.endpoint_error {
            let _ = write!(
                s,
                "<li class=\"sev-error\"><code>{}</code> {}</li>",
                esc(e.code),
                esc(&e.message.get(self.lang))
            );
        }
        if r.signature_match == Some(false) && r.causes.is_empty() {
            let _ = write!(
                s,
                "<li class=\"sev-error\"><code>signature_mismatch</code> {}</li>",
                esc(text(self.lang, "batch-report-no-cause"))
            );
        }
        // On a match the verifier's causes are remarks (uppercase hex, the iOS entry URL).
        let cause_class = if r.signature_match == Some(true) {
            "sev-info"
        } else {
            "sev-error"
        };
        for c in &r.causes {
            let _ = write!(
                s,
                "<li class=\"{cause_class}\"><code>{}</code> {}<details><summary>string1</summary><pre>{}</pre></details></li>",
                esc(&c.code),
                esc(&c.message.get(self.lang)),
                esc(&c.string1)
            );
        }
        for n in &r.notes {
            let _ = write!(s, "<li class=\"sev-info\">{}</li>", esc(&n.get(self.lang)));
        }
        for f in &r.findings {
            let class = match f.severity {
                Severity::Error => "sev-error",
                Severity::Warning => "sev-warning",
                Severity::Info => "sev-info",
            };
            let _ = write!(
                s,
                "<li class=\"{class}\"><code>{}</code> {} <em>{}</em></li>",
                esc(f.code),
                esc(&f.message.get(self.lang)),
                esc(&f.fix.get(self.lang))
            );
        }
        s.push_str("</ul>");
        if let Some(reply) = &r.reply {
            let _ = write!(
                s,
                "<details><summary>{}</summary><pre>appId: {}\ntimestamp: {}\nnonceStr: {}\nsignature: {}\nexpected: {}</pre></details>",
                text(self.lang, "batch-report-reply"),
                esc(reply.app_id.as_deref().unwrap_or("-")),
                esc(reply.timestamp.as_deref().unwrap_or("-")),
                esc(reply.nonce_str.as_deref().unwrap_or("-")),
                esc(reply.signature.as_deref().unwrap_or("-")),
                esc(r.expected_signature.as_deref().unwrap_or("-")),
            );
        }
        s.push_str("</td></tr>\n");
        out.write_all(s.as_bytes())
    }

    fn header(&self, out: &mut dyn Write, summary: &Summary) -> io::Result<()> {
        let c = &summary.counts;
        let lang = if self.lang == Lang::Zh { "zh-CN" } else { "en" };
        let mut s = format!(
            "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
             <title>{}</title><style>{STYLE}</style><script>{SCRIPT}</script></head><body>\n\
             <h1>{}</h1><p>{}: <code>{}</code> · {} ms{}</p>\n<div class=\"sum\">",
            esc(text(self.lang, "batch-report-title")),
            esc(text(self.lang, "batch-report-title")),
            esc(text(self.lang, "batch-report-endpoint")),
            esc(&summary.endpoint),
            summary.elapsed_ms,
            if summary.cancelled {
                format!(
                    " · <strong>{}</strong>",
                    esc(text(self.lang, "batch-report-cancelled"))
                )
            } else {
                String::new()
            },
        );
        for (n, label) in [
            (summary.total, text(self.lang, "batch-report-pages")),
            (c.pass, PageStatus::Pass.label(self.lang)),
            (c.fail, PageStatus::Fail.label(self.lang)),
            (c.error, PageStatus::Error.label(self.lang)),
            (summary.not_run, PageStatus::NotRun.label(self.lang)),
        ] {
            let _ = write!(s, "<div><b>{n}</b>{}</div>", esc(label));
        }
        let _ = write!(
            s,
            "</div>\n<nav><button onclick=\"f('all')\">{}</button><button onclick=\"f('fail')\">{}</button>\
             <button onclick=\"f('error')\">{}</button><button onclick=\"f('pass')\">{}</button>\
             <button onclick=\"f('not_run')\">{}</button></nav>\n\
             <table><thead><tr><th>#</th><th>{}</th><th>URL</th><th>ms</th><th>{}</th></tr></thead><tbody>\n",
            esc(text(self.lang, "batch-report-show-all")),
            esc(text(self.lang, "batch-report-show-failed")),
            esc(text(self.lang, "batch-report-show-errors")),
            esc(text(self.lang, "batch-report-show-passed")),
            esc(text(self.lang, "batch-report-show-not-run")),
            esc(text(self.lang, "batch-report-status")),
            esc(text(self.lang, "batch-report-causes")),
        );
        out.write_all(s.as_bytes())
    }

    fn footer(&self, out: &mut dyn Write, _summary: &Summary) -> io::Result<()> {
        out.write_all(b"</tbody></table></body></html>\n")
    }
}

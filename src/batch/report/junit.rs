//! JUnit XML: one `<testcase>` per page, a `<failure>` naming the causes for a failing page,
//! an `<error>` for an endpoint failure and `<skipped>` for a page a cancel left unchecked, so a
//! CI server lists each page as a test.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::{Format, esc};
use crate::batch::result::{PageResult, PageStatus, Summary};
use crate::core::text::Lang;
use crate::i18n::{Render, text};

pub struct Junit {
    lang: Lang,
}

impl Junit {
    pub fn new(lang: Lang) -> Self {
        Self { lang }
    }
}

/// The findings, causes and notes of a page as plain lines.
pub fn details(r: &PageResult, lang: Lang) -> String {
    let mut s = String::new();
    if let Some(e) = &r.endpoint_error {
        let _ = writeln!(s, "{}: {}", e.code, e.message.get(lang));
    }
    if r.signature_match == Some(false) {
        let _ = writeln!(
            s,
            "signature_mismatch: got {}, expected {}",
            r.reply
                .as_ref()
                .and_then(|x| x.signature.as_deref())
                .unwrap_or("-"),
            r.expected_signature.as_deref().unwrap_or("-"),
        );
    }
    for c in &r.causes {
        let _ = writeln!(
            s,
            "{}: {}\n  string1: {}",
            c.code,
            c.message.get(lang),
            c.string1
        );
    }
    for n in &r.notes {
        let _ = writeln!(s, "note: {}", n.get(lang));
    }
    for f in &r.findings {
        let _ = writeln!(
            s,
            "[{:?}] {}: {} {}",
            f.severity,
            f.code,
            f.message.get(lang),
            f.fix.get(lang)
        );
    }
    s
}

fn secs(ms: u64) -> String {
    format!("{}.{:03}", ms / 1000, ms % 1000)
}

impl Format for Junit {
    fn page(&mut self, out: &mut dyn Write, r: &PageResult) -> io::Result<()> {
        let host = url::Url::parse(&r.url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_owned))
            .unwrap_or_else(|| "invalid-url".to_owned());
        let mut s = format!(
            "    <testcase classname=\"wxsign.batch.{}\" name=\"{}\" time=\"{}\">\n",
            esc(&host.replace('.', "_")),
            esc(&format!("#{} {}", r.index + 1, r.url)),
            secs(r.duration_ms)
        );
        let headline = r
            .headline()
            .map(|t| t.get(self.lang).to_owned())
            .unwrap_or_default();
        let kind = r.problem_codes().join(",");
        match r.status {
            PageStatus::NotRun => {
                let message = text(self.lang, "batch-report-skipped");
                let _ = writeln!(s, "      <skipped message=\"{message}\"/>");
                s.push_str("    </testcase>\n");
                return out.write_all(s.as_bytes());
            }
            PageStatus::Pass => {}
            // "passed k of N": a CI server shows it as the failure's message.
            PageStatus::Flaky => {
                let passed = r
                    .repeat
                    .map(|rep| crate::batch::repeat::passed_text(&rep).get(self.lang))
                    .unwrap_or_default();
                let message = if headline.is_empty() {
                    passed
                } else {
                    format!("{passed}: {headline}")
                };
                let _ = writeln!(
                    s,
                    "      <failure message=\"{}\" type=\"{}\">{}</failure>",
                    esc(&message),
                    esc(&kind),
                    esc(&details(r, self.lang))
                );
            }
            PageStatus::Fail => {
                let _ = writeln!(
                    s,
                    "      <failure message=\"{}\" type=\"{}\">{}</failure>",
                    esc(&headline),
                    esc(&kind),
                    esc(&details(r, self.lang))
                );
            }
            PageStatus::Error => {
                let _ = writeln!(
                    s,
                    "      <error message=\"{}\" type=\"{}\">{}</error>",
                    esc(&headline),
                    esc(&kind),
                    esc(&details(r, self.lang))
                );
            }
        }
        let mut sysout = format!("sent: {}\n", r.sent_url);
        if let Some(u) = &r.sign_url {
            let _ = writeln!(sysout, "sign_url: {u}");
        }
        if r.status == PageStatus::Pass {
            sysout.push_str(&details(r, self.lang));
        }
        let _ = writeln!(s, "      <system-out>{}</system-out>", esc(&sysout));
        s.push_str("    </testcase>\n");
        out.write_all(s.as_bytes())
    }

    fn header(&self, out: &mut dyn Write, summary: &Summary) -> io::Result<()> {
        // Pages never run are skipped test cases (the runner reports them), so the counts match
        // the cases: one per page of the file.
        let attrs = format!(
            "tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\" time=\"{}\"",
            summary.counts.done() + summary.not_run,
            summary.counts.fail + summary.counts.flaky,
            summary.counts.error,
            summary.not_run,
            secs(summary.elapsed_ms)
        );
        write!(
            out,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
             <testsuites name=\"wxsign batch\" {attrs}>\n  \
             <testsuite name=\"{}\" {attrs}>\n",
            esc(&format!("wxsign batch: {}", summary.endpoint))
        )
    }

    fn footer(&self, out: &mut dyn Write, _summary: &Summary) -> io::Result<()> {
        out.write_all(b"  </testsuite>\n</testsuites>\n")
    }
}

//! Reports: JSON for scripts, JUnit XML so a CI server shows each page as a test case, and a
//! self-contained HTML page for people.
//!
//! Reports stream: each page is written to a side file as soon as it is next in file order, and
//! `finish` writes the summary header, copies the pages behind it and renames the result into
//! place. Memory stays flat however many pages a run has.

mod html;
mod json;
mod junit;

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::core::text::Lang;

use super::result::{PageResult, Summary};

/// The report kinds, chosen by the output file's extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportFormat {
    Json,
    Junit,
    Html,
}

impl ReportFormat {
    /// `.json`, `.xml` (JUnit) or `.html`/`.htm`; anything else is `None`.
    pub fn from_path(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "json" => Some(ReportFormat::Json),
            "xml" => Some(ReportFormat::Junit),
            "html" | "htm" => Some(ReportFormat::Html),
            _ => None,
        }
    }
}

/// How one format writes its parts.
trait Format {
    fn page(&mut self, out: &mut dyn Write, r: &PageResult) -> io::Result<()>;
    fn header(&self, out: &mut dyn Write, summary: &Summary) -> io::Result<()>;
    fn footer(&self, out: &mut dyn Write, summary: &Summary) -> io::Result<()>;
}

/// One report file being written.
pub struct Report {
    path: PathBuf,
    body_path: PathBuf,
    body: BufWriter<File>,
    format: Box<dyn Format + Send>,
}

fn side_path(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

impl Report {
    /// Starts a report at `path`; nothing appears there until [`Report::finish`].
    pub fn create(path: &Path, format: ReportFormat, lang: Lang) -> io::Result<Self> {
        let body_path = side_path(path, ".pages.tmp");
        let body = BufWriter::new(File::create(&body_path)?);
        let format: Box<dyn Format + Send> = match format {
            ReportFormat::Json => Box::new(json::Json::default()),
            ReportFormat::Junit => Box::new(junit::Junit::new(lang)),
            ReportFormat::Html => Box::new(html::Html::new(lang)),
        };
        Ok(Self {
            path: path.to_owned(),
            body_path,
            body,
            format,
        })
    }

    fn page(&mut self, r: &PageResult) -> io::Result<()> {
        self.format.page(&mut self.body, r)
    }

    fn finish(mut self, summary: &Summary) -> io::Result<()> {
        self.body.flush()?;
        drop(self.body);
        let tmp = side_path(&self.path, ".tmp");
        {
            let mut out = BufWriter::new(File::create(&tmp)?);
            self.format.header(&mut out, summary)?;
            io::copy(&mut File::open(&self.body_path)?, &mut out)?;
            self.format.footer(&mut out, summary)?;
            out.flush()?;
        }
        fs::remove_file(&self.body_path)?;
        fs::rename(&tmp, &self.path)
    }
}

/// The reports of a run. Results arrive in completion order and are written in file order:
/// a result waits here only until the pages before it are done (a handful, with bounded
/// concurrency and a timeout).
#[derive(Default)]
pub struct Reports {
    reports: Vec<Report>,
    next: usize,
    waiting: BTreeMap<usize, PageResult>,
}

impl Reports {
    pub fn new(reports: Vec<Report>) -> Self {
        Self {
            reports,
            next: 0,
            waiting: BTreeMap::new(),
        }
    }

    /// Takes a finished page; writes it and any that were waiting for it.
    pub fn add(&mut self, result: PageResult) -> io::Result<()> {
        if self.reports.is_empty() {
            return Ok(());
        }
        self.waiting.insert(result.index, result);
        while let Some(r) = self.waiting.remove(&self.next) {
            self.write(&r)?;
            self.next += 1;
        }
        Ok(())
    }

    fn write(&mut self, r: &PageResult) -> io::Result<()> {
        for report in &mut self.reports {
            report.page(r)?;
        }
        Ok(())
    }

    /// Writes what is still waiting and completes the files. The runner reports every page
    /// (unchecked ones as not run); a gap left anyway is skipped rather than holding pages back.
    pub fn finish(mut self, summary: &Summary) -> io::Result<()> {
        let waiting = std::mem::take(&mut self.waiting);
        for r in waiting.values() {
            self.write(r)?;
        }
        for report in self.reports {
            report.finish(summary)?;
        }
        Ok(())
    }
}

/// Escapes text for XML and HTML content and attribute values, and drops the control
/// characters XML 1.0 cannot carry at all.
pub fn escape_xml(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
}

/// [`escape_xml`] into a new string.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    escape_xml(s, &mut out);
    out
}

#[cfg(test)]
mod tests;

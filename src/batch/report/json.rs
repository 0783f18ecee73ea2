//! `{"tool", "version", "summary", "pages": [...]}`; messages carry both languages.

use std::io::{self, Write};

use super::Format;
use crate::batch::result::{PageResult, Summary};

#[derive(Default)]
pub struct Json {
    pages: usize,
}

impl Format for Json {
    fn page(&mut self, out: &mut dyn Write, r: &PageResult) -> io::Result<()> {
        if self.pages > 0 {
            out.write_all(b",\n")?;
        }
        self.pages += 1;
        serde_json::to_writer(&mut *out, r).map_err(io::Error::other)
    }

    fn header(&self, out: &mut dyn Write, summary: &Summary) -> io::Result<()> {
        write!(
            out,
            "{{\"tool\":\"wxsign\",\"version\":\"{}\",\"summary\":",
            env!("CARGO_PKG_VERSION")
        )?;
        serde_json::to_writer(&mut *out, summary).map_err(io::Error::other)?;
        out.write_all(b",\"pages\":[\n")
    }

    fn footer(&self, out: &mut dyn Write, _summary: &Summary) -> io::Result<()> {
        out.write_all(b"\n]}\n")
    }
}

//! Human output: aligned and coloured on a terminal, plain when piped (anstream strips styles).

use std::borrow::Cow;

use anstyle::{AnsiColor, Style};
use clap::ValueEnum;

use crate::core::text::Lang;
use crate::core::urlcheck::{self, Finding, Severity};

pub const LABEL: Style = Style::new().bold();
pub const ERROR: Style = AnsiColor::Red.on_default().bold();
pub const WARNING: Style = AnsiColor::Yellow.on_default().bold();
pub const INFO: Style = AnsiColor::Cyan.on_default();
pub const OK: Style = AnsiColor::Green.on_default().bold();

/// Prints `label  value` with labels padded to `width`.
pub fn field(width: usize, label: &str, value: &str) {
    anstream::println!("{LABEL}{label:<width$}{LABEL:#}  {value}");
}

/// `--lang` on the command line; without it the locale decides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    En,
    Zh,
}

/// The language for human output: `--lang`, else `LC_ALL`, `LC_MESSAGES`, `LANG` (the first one
/// set, as POSIX orders them), else English.
pub fn resolve_lang(arg: Option<LangArg>) -> Lang {
    match arg {
        Some(LangArg::En) => Lang::En,
        Some(LangArg::Zh) => Lang::Zh,
        None => ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|k| std::env::var(k).ok())
            .find(|v| !v.is_empty())
            .map_or(Lang::En, |v| Lang::from_locale(&v)),
    }
}

pub fn severity_style(s: Severity) -> Style {
    match s {
        Severity::Error => ERROR,
        Severity::Warning => WARNING,
        Severity::Info => INFO,
    }
}

pub fn severity_name(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

/// Makes control and invisible characters visible (`\u{200b}`) so echoing a pasted URL shows
/// what is really in it and cannot move the terminal's cursor.
pub fn printable(s: &str) -> Cow<'_, str> {
    let hidden = |c: char| c.is_control() || urlcheck::is_invisible(c);
    if !s.chars().any(hidden) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| {
                if hidden(c) {
                    c.escape_unicode().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect(),
    )
}

/// Prints findings under a `label` column of `width`: `severity  code  message`, then the fix
/// on the next line, codes padded to `code_width`.
pub fn findings(width: usize, label: &str, findings: &[Finding], lang: Lang, code_width: usize) {
    for (i, f) in findings.iter().enumerate() {
        let style = severity_style(f.severity);
        let name = severity_name(f.severity);
        let label = if i == 0 { label } else { "" };
        field(
            width,
            label,
            &format!(
                "{style}{name:<7}{style:#}  {:<code_width$}  {}",
                f.code,
                f.message.get(lang)
            ),
        );
        field(
            width,
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

//! Human output: aligned and coloured on a terminal, plain when piped (anstream strips styles).

use std::borrow::Cow;

use anstyle::{AnsiColor, Style};
use clap::ValueEnum;

use crate::core::diff::{self, Op};
use crate::core::text::Lang;
use crate::core::urlcheck::{self, Finding, Severity};
use crate::i18n::Render;

pub const LABEL: Style = Style::new().bold();
pub const ERROR: Style = AnsiColor::Red.on_default().bold();
pub const WARNING: Style = AnsiColor::Yellow.on_default().bold();
pub const INFO: Style = AnsiColor::Cyan.on_default();
pub const OK: Style = AnsiColor::Green.on_default().bold();

/// Prints `label  value` with labels padded to `width` terminal columns (a Chinese label takes
/// two columns a character).
pub fn field(width: usize, label: &str, value: &str) {
    let pad = " ".repeat(width.saturating_sub(columns(label)));
    anstream::println!("{LABEL}{label}{LABEL:#}{pad}  {value}");
}

/// Terminal columns of `s`: East Asian wide characters count two.
pub fn columns(s: &str) -> usize {
    s.chars()
        .map(|c| {
            let wide = matches!(c as u32,
                0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF
                | 0x4E00..=0x9FFF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F
                | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6);
            if wide { 2 } else { 1 }
        })
        .sum()
}

/// `en` or `zh` by the output language: for the CLI's own labels and statuses.
pub fn tr<'a>(lang: Lang, en: &'a str, zh: &'a str) -> &'a str {
    match lang {
        Lang::En => en,
        Lang::Zh => zh,
    }
}

/// The `warning:` prefix of stderr lines, in the output language.
pub fn warning_prefix(lang: Lang) -> String {
    format!("{WARNING}{}{WARNING:#}", tr(lang, "warning:", "警告："))
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

pub fn severity_name(s: Severity, lang: Lang) -> &'static str {
    match (s, lang) {
        (Severity::Error, Lang::En) => "error",
        (Severity::Warning, Lang::En) => "warning",
        (Severity::Info, Lang::En) => "info",
        (Severity::Error, Lang::Zh) => "错误",
        (Severity::Warning, Lang::Zh) => "警告",
        (Severity::Info, Lang::Zh) => "提示",
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
        let name = severity_name(f.severity, lang);
        let name_pad = " ".repeat(7usize.saturating_sub(columns(name)));
        let label = if i == 0 { label } else { "" };
        field(
            width,
            label,
            &format!(
                "{style}{name}{style:#}{name_pad}  {:<code_width$}  {}",
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

/// The server's string1 with the characters that differ from the right one in colour (plain
/// text when piped).
pub fn highlight(right: &str, server: &str) -> String {
    let spans = diff::diff_chars(right, server);
    diff::side(&spans, Op::Added)
        .into_iter()
        .map(|(text, changed)| {
            if changed {
                format!("{WARNING}{text}{WARNING:#}")
            } else {
                text.to_owned()
            }
        })
        .collect()
}

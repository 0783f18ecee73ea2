//! Human output: aligned and coloured on a terminal, plain when piped (anstream strips styles).

use std::borrow::Cow;

use anstyle::{AnsiColor, Style};
use clap::ValueEnum;

use crate::core::diff::{self, Op};
use crate::core::text::{Lang, msg};
use crate::core::urlcheck::{self, Finding, Severity};
use crate::i18n::{Render, text};

pub const LABEL: Style = Style::new().bold();
pub const ERROR: Style = AnsiColor::Red.on_default().bold();
pub const WARNING: Style = AnsiColor::Yellow.on_default().bold();
pub const INFO: Style = AnsiColor::Cyan.on_default();
pub const OK: Style = AnsiColor::Green.on_default().bold();

/// The escape codes that turn the OK style on and off, for a message whose one word is styled
/// (`{ $on }stored{ $off } …`); anstream drops them when the output is not a terminal.
pub fn ok_codes() -> (String, String) {
    (OK.render().to_string(), OK.render_reset().to_string())
}

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

/// The `warning:` prefix of stderr lines, in the output language.
pub fn warning_prefix(lang: Lang) -> String {
    format!("{WARNING}{}{WARNING:#}", text(lang, "cli-warning-prefix"))
}

/// `error: message` (`错误：message`) with the prefix in the error style: how every error the
/// command line reports begins.
pub fn error_line(lang: Lang, message: &str) -> String {
    let prefix = format!("{ERROR}{}{ERROR:#}", text(lang, "cli-error-prefix"));
    msg!("cli-error-line", prefix = prefix, message = message).get(lang)
}

/// `--lang` on the command line; without it the locale decides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    En,
    Zh,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Self {
        match l {
            LangArg::En => Lang::En,
            LangArg::Zh => Lang::Zh,
        }
    }
}

/// The options every command shares, given once for the whole command line (`global`: before or
/// after the subcommand, `wxsign --lang zh sign …` and `wxsign sign … --lang zh` alike).
#[derive(Debug, clap::Args)]
pub struct GlobalArgs {
    /// Language of the human output and the messages [default: from LC_ALL / LC_MESSAGES /
    /// LANG]; with no subcommand, the window's language.
    #[arg(long, value_enum, global = true)]
    pub lang: Option<LangArg>,
    /// Print JSON instead of text, for scripts (sign, check-url, verify, profile list|show,
    /// token, ticket, doctor, probe, phone list|attach|proxy).
    #[arg(long, global = true)]
    pub json: bool,
}

/// How a command writes what it found: in which language, and as text or JSON. Resolved once
/// from [`GlobalArgs`] before the command runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Output {
    pub lang: Lang,
    pub json: bool,
}

impl Output {
    pub fn of(args: &GlobalArgs) -> Self {
        Self {
            lang: resolve_lang(args.lang),
            json: args.json,
        }
    }
}

/// The language for human output: `--lang`, else `LC_ALL`, `LC_MESSAGES`, `LANG` (the first one
/// set, as POSIX orders them), else English.
pub fn resolve_lang(arg: Option<LangArg>) -> Lang {
    match arg {
        Some(l) => l.into(),
        None => ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|k| std::env::var(k).ok())
            .find(|v| !v.is_empty())
            .map_or(Lang::En, |v| Lang::from_locale(&v)),
    }
}

/// The language of what is said while the arguments are parsed (a value parser's complaint):
/// `--lang` as argv has it, else the locale. Set once by `main` before parsing.
static PARSE_LANG: std::sync::OnceLock<Lang> = std::sync::OnceLock::new();

/// Reads `--lang X` / `--lang=X` from `argv` (before a `--`) for [`parse_lang`], and returns it.
pub fn set_parse_lang(argv: &[String]) -> Lang {
    let mut given = None;
    let mut words = argv.iter().skip(1).take_while(|a| *a != "--");
    while let Some(a) = words.next() {
        let value = match a.strip_prefix("--lang") {
            Some("") => words.next().map(String::as_str),
            Some(v) => v.strip_prefix('='),
            None => None,
        };
        if let Some(l) = value.and_then(|v| LangArg::from_str(v, true).ok()) {
            given = Some(l);
        }
    }
    *PARSE_LANG.get_or_init(|| resolve_lang(given))
}

/// The language for messages said during parsing ([`set_parse_lang`]), else the locale's.
pub fn parse_lang() -> Lang {
    PARSE_LANG
        .get()
        .copied()
        .unwrap_or_else(|| resolve_lang(None))
}

pub fn severity_style(s: Severity) -> Style {
    match s {
        Severity::Error => ERROR,
        Severity::Warning => WARNING,
        Severity::Info => INFO,
    }
}

pub fn severity_name(s: Severity, lang: Lang) -> &'static str {
    match s {
        Severity::Error => text(lang, "cli-severity-error"),
        Severity::Warning => text(lang, "cli-severity-warning"),
        Severity::Info => text(lang, "cli-severity-info"),
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

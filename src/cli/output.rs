//! Human output: aligned and coloured on a terminal, plain when piped (anstream strips styles).

use anstyle::{AnsiColor, Style};

pub const LABEL: Style = Style::new().bold();
pub const ERROR: Style = AnsiColor::Red.on_default().bold();
pub const WARNING: Style = AnsiColor::Yellow.on_default().bold();
pub const INFO: Style = AnsiColor::Cyan.on_default();
pub const OK: Style = AnsiColor::Green.on_default().bold();

/// Prints `label  value` with labels padded to `width`.
pub fn field(width: usize, label: &str, value: &str) {
    anstream::println!("{LABEL}{label:<width$}{LABEL:#}  {value}");
}

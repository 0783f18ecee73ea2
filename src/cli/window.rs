//! `wxsign` without a subcommand: the window, or one line saying why it cannot open.

use std::process::ExitCode;

use super::output;
use crate::core::text::{Lang, msg};
use crate::i18n::Render;

/// Opens the window; `lang` is `--lang` when given (the window's language then). Without a
/// display: one line that says so and that every subcommand works without one, exit 2 (nothing
/// was done).
pub fn open(lang: Option<Lang>) -> ExitCode {
    let opened = match crate::ui::display_missing() {
        Some(missing) => Err(missing.into()),
        None => {
            // The system font lookup runs while the window and GL context are created.
            let cjk = std::thread::spawn(crate::system_font::detect_cjk_source);
            crate::ui::run(lang, cjk)
        }
    };
    let Err(e) = opened else {
        return ExitCode::SUCCESS;
    };
    let shown = lang.unwrap_or_else(|| output::resolve_lang(None));
    if let Some(none) = e.downcast_ref::<crate::ui::NoDisplay>() {
        let why = msg!("cli-window-no-display", why = none.0.clone()).get(shown);
        anstream::eprintln!("{}", output::error_line(shown, &why));
        return ExitCode::from(2);
    }
    let why = msg!("cli-window-failed", error = format!("{e:#}")).get(shown);
    anstream::eprintln!("{}", output::error_line(shown, &why));
    ExitCode::from(1)
}

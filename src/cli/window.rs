//! `wxsign` without a subcommand: the window, or one line saying why it cannot open.

use std::process::ExitCode;

use super::output;
use crate::core::text::Lang;

/// Opens the window. Without a display: one line that says so and that every subcommand works
/// without one, exit 2 (nothing was done).
pub fn open() -> ExitCode {
    match crate::ui::run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let lang = output::resolve_lang(None);
            if let Some(none) = e.downcast_ref::<crate::ui::NoDisplay>() {
                let why = &none.0;
                match lang {
                    Lang::En => eprintln!(
                        "error: no display was found ({why}), so the window cannot open; the subcommands work without one: `wxsign --help`"
                    ),
                    Lang::Zh => eprintln!(
                        "错误：没有找到显示器（{why}），无法打开窗口；子命令无需显示器即可使用：`wxsign --help`"
                    ),
                }
                return ExitCode::from(2);
            }
            match lang {
                Lang::En => eprintln!("error: could not open the window: {e:#}"),
                Lang::Zh => eprintln!("错误：无法打开窗口：{e:#}"),
            }
            ExitCode::from(1)
        }
    }
}

//! What happens around the commands: exit code 2 for input that is unusable before any work, a
//! closed pipe ending the process quietly, and clearer messages for two common argv mistakes
//! (an option whose value was forgotten, an unquoted URL with a space).

use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::core::text::{Lang, msg};
use crate::i18n::Render;

/// Input that cannot be used, found before any work was done (an empty stdin, a value out of
/// range, two options that exclude each other): the one way a command reports a usage error.
/// It exits 2 like clap's own usage errors, so scripts can tell "could not run" from "found a
/// problem", and [`report`] prints it as clap does, with the subcommand's `--help` hint. The
/// message is already in the output language.
#[derive(Debug)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// `Err(UsageError)` as an `anyhow` error, for `?` in commands.
pub fn usage(message: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(UsageError(message.into()))
}

/// Whether `e` (or anything it wraps) is a [`UsageError`].
pub fn is_usage(e: &anyhow::Error) -> bool {
    e.chain().any(|c| c.is::<UsageError>())
}

/// A failure before any work was done that is not the arguments' fault (no ticket could be
/// fetched, the profiles file cannot be read): exit 2 like a usage error, so CI tells "could
/// not start" from "a page failed", but without the `--help` hint.
#[derive(Debug)]
pub struct NotStarted(pub anyhow::Error);

impl std::fmt::Display for NotStarted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:#}", self.0)
    }
}

impl std::error::Error for NotStarted {}

/// Prints a command's error once, on stderr, in the output language, and gives the exit code:
/// 2 with the `--help` hint of `command` (`wxsign probe`) for a [`UsageError`], 2 for
/// [`NotStarted`], 1 otherwise.
pub fn report(e: &anyhow::Error, lang: Lang, command: &str) -> ExitCode {
    anstream::eprintln!("{}", super::output::error_line(lang, &format!("{e:#}")));
    if is_usage(e) {
        eprintln!("\n{}", msg!("cli-usage-more", command = command).get(lang));
        return ExitCode::from(2);
    }
    if e.chain().any(|c| c.is::<NotStarted>()) {
        return ExitCode::from(2);
    }
    ExitCode::from(1)
}

/// Exit status of a command that stopped because its reader went away (`wxsign ... | head -1`):
/// 128 + SIGPIPE, what a shell reports for `cat` or `grep` in the same place.
pub const CLOSED_PIPE_EXIT: i32 = 141;

/// `println!` panics when stdout is a pipe whose reader has gone (Rust ignores SIGPIPE, so the
/// write fails and the macro panics). Such a panic is turned into a quiet exit; any other panic
/// is reported as before.
pub fn quiet_on_closed_pipe() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or("");
        if is_closed_pipe_panic(message) {
            std::process::exit(CLOSED_PIPE_EXIT);
        }
        default(info);
    }));
}

/// The standard library's message for a failed `print!`/`eprint!` on a pipe without a reader:
/// EPIPE on Unix, ERROR_NO_DATA (232) or ERROR_BROKEN_PIPE (109) on Windows.
fn is_closed_pipe_panic(message: &str) -> bool {
    let printing = message.starts_with("failed printing to stdout")
        || message.starts_with("failed printing to stderr");
    printing
        && [
            "Broken pipe",
            "os error 32)",
            "os error 232)",
            "os error 109)",
        ]
        .iter()
        .any(|m| message.contains(m))
}

/// The subcommand chain argv names (`["profile", "add"]`), and the index of the first argument
/// after it.
fn subcommand<'a>(root: &'a clap::Command, argv: &[String]) -> (&'a clap::Command, usize) {
    let mut cmd = root;
    let mut i = 1;
    while let Some(token) = argv.get(i) {
        match cmd.find_subcommand(token) {
            Some(sub) => {
                cmd = sub;
                i += 1;
            }
            None => break,
        }
    }
    (cmd, i)
}

/// The long option of `cmd` (or a global one of its parents, which clap propagates) named by
/// `token` (`--ticket`).
fn long_option<'a>(cmd: &'a clap::Command, token: &str) -> Option<&'a clap::Arg> {
    let name = token.strip_prefix("--")?;
    cmd.get_arguments().find(|a| {
        a.get_long() == Some(name) || a.get_all_aliases().is_some_and(|al| al.contains(&name))
    })
}

fn takes_value(arg: &clap::Arg) -> bool {
    arg.get_action().takes_values() && arg.get_num_args().is_none_or(|n| n.min_values() > 0)
}

/// `sign --ticket --url http://a.com/`: `--ticket` takes `--url` as its value (it accepts values
/// starting with '-') and clap then blames the URL. A value that is exactly another option's name
/// means the value was forgotten; this says so, naming the right option. `--ticket=--url` is
/// taken as meant.
pub fn missing_value(root: &clap::Command, argv: &[String]) -> Option<clap::Error> {
    let (cmd, start) = subcommand(root, argv);
    let mut i = start;
    while i < argv.len() {
        let token = &argv[i];
        if token == "--" {
            break;
        }
        let Some(arg) = long_option(cmd, token).filter(|a| takes_value(a)) else {
            i += 1;
            continue;
        };
        let Some(next) = argv.get(i + 1) else { break };
        let next_is_option = next == "--help" || long_option(cmd, next).is_some();
        if next_is_option {
            let mut cmd = cmd.clone();
            let value = arg.get_value_names().and_then(|v| v.first()).map_or_else(
                || arg.get_id().as_str().to_ascii_uppercase(),
                ToString::to_string,
            );
            let said = msg!(
                "cli-usage-missing-value",
                option = token.as_str(),
                next = next.as_str(),
                value = value
            );
            return Some(cmd.error(
                ErrorKind::InvalidValue,
                said.get(super::output::parse_lang()),
            ));
        }
        i += 2;
    }
    None
}

/// For clap's "unexpected argument 'b'" right after a URL: the shell split a URL with a space
/// (`http://a.com/a b`). Returns the error with a hint to quote the URL.
pub fn unquoted_url(root: &clap::Command, argv: &[String], e: &clap::Error) -> Option<clap::Error> {
    if e.kind() != ErrorKind::UnknownArgument {
        return None;
    }
    let Some(ContextValue::String(unexpected)) = e.get(ContextKind::InvalidArg) else {
        return None;
    };
    let at = argv
        .iter()
        .enumerate()
        .skip(1)
        .position(|(i, a)| a == unexpected && argv[i - 1].contains("://"))?
        + 1;
    let url = &argv[at - 1];
    let (cmd, _) = subcommand(root, argv);
    let mut cmd = cmd.clone();
    let said = msg!(
        "cli-usage-unquoted-url",
        unexpected = unexpected.as_str(),
        url = url.as_str()
    );
    Some(cmd.error(
        ErrorKind::UnknownArgument,
        said.get(super::output::parse_lang()),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    fn argv(s: &str) -> Vec<String> {
        std::iter::once("wxsign")
            .chain(s.split(' '))
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn an_option_name_as_a_value_is_a_missing_value() {
        let root = crate::cli::Cli::command();
        let cases: &[(&str, Option<&str>)] = &[
            (
                "sign --ticket --url http://a.com/",
                Some("the value of --ticket is missing"),
            ),
            (
                "sign --url --ticket T",
                Some("the value of --url is missing"),
            ),
            ("sign --ticket=--url --url http://a.com/", None),
            ("sign --ticket -x --url http://a.com/", None),
            ("sign --ticket T --url http://a.com/ --json", None),
            (
                "profile add p --appid --safe-domain a.com",
                Some("the value of --appid is missing"),
            ),
            ("check-url --json http://a.com/", None),
            ("verify --url --help", Some("the value of --url is missing")),
        ];
        for (line, expected) in cases {
            let got = missing_value(&root, &argv(line)).map(|e| e.to_string());
            match expected {
                Some(text) => {
                    let got = got.unwrap_or_else(|| panic!("{line}: no error"));
                    assert!(got.contains(text), "{line}: {got}");
                    assert!(!got.contains("http://a.com/'"), "{line}: {got}");
                }
                None => assert!(got.is_none(), "{line}: {got:?}"),
            }
        }
    }

    #[test]
    fn closed_pipe_panics_are_recognised() {
        let ok = [
            "failed printing to stdout: Broken pipe (os error 32)",
            "failed printing to stderr: The pipe is being closed. (os error 232)",
        ];
        for m in ok {
            assert!(is_closed_pipe_panic(m), "{m}");
        }
        for m in [
            "failed printing to stdout: No space left on device (os error 28)",
            "index out of bounds",
        ] {
            assert!(!is_closed_pipe_panic(m), "{m}");
        }
    }
}

//! `wxsign completions SHELL` and `wxsign man`: shell completions and manual pages generated at
//! run time from the same clap definitions that parse the arguments, so a new subcommand or
//! option shows up in both without anyone regenerating a file. The Debian package runs these
//! when it is built (`scripts/package.sh`).

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, CommandFactory};
use clap_complete::Shell;

use super::Cli;
use super::output::Output;
use crate::core::text::{Lang, msg};
use crate::i18n::{Render, text};

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to write the completion script for (bash, zsh, fish, elvish, powershell).
    #[arg(value_enum)]
    pub shell: Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write wxsign.1 plus one page per subcommand (wxsign-verify.1, wxsign-profile-add.1, ...)
    /// into DIR instead of printing wxsign.1 to stdout.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// Prints the completion script; e.g. `wxsign completions bash > ~/.local/share/bash-completion/completions/wxsign`.
pub fn run_completions(args: CompletionsArgs, out: Output) -> anyhow::Result<ExitCode> {
    let lang = out.lang;
    let mut script = Vec::new();
    write_completions(args.shell, &mut script);
    write_stdout(&script, lang)
}

/// Prints wxsign(1), or writes every page into `--dir`.
pub fn run_man(args: ManArgs, out: Output) -> anyhow::Result<ExitCode> {
    let lang = out.lang;
    match args.dir {
        Some(dir) => {
            let written = write_man_pages(&dir, lang)?.len();
            let shown = dir.display().to_string();
            let done = msg!("cli-man-written", count = written, dir = shown);
            eprintln!("{}", done.get(lang));
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let mut page = Vec::new();
            render_man(&mut page).context(text(lang, "cli-man-render-failed"))?;
            write_stdout(&page, lang)
        }
    }
}

/// The completion script for `shell`, generated from [`Cli`].
pub fn write_completions(shell: Shell, out: &mut dyn Write) {
    clap_complete::generate(shell, &mut Cli::command(), "wxsign", out);
}

/// wxsign(1): synopsis, options and the list of subcommands (each with its own page).
pub fn render_man(out: &mut dyn Write) -> io::Result<()> {
    clap_mangen::Man::new(Cli::command()).render(out)
}

/// Writes wxsign.1 and one page per (nested) subcommand into `dir`, creating it; returns the
/// files written. `lang` is the language of the errors.
pub fn write_man_pages(dir: &Path, lang: Lang) -> anyhow::Result<Vec<PathBuf>> {
    let shown = || dir.display().to_string();
    std::fs::create_dir_all(dir)
        .with_context(|| msg!("cli-man-create-failed", dir = shown()).get(lang))?;
    clap_mangen::generate_to(Cli::command(), dir)
        .with_context(|| msg!("cli-man-write-failed", dir = shown()).get(lang))?;
    let mut pages: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| msg!("cli-man-list-failed", dir = shown()).get(lang))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "1"))
        .collect();
    pages.sort();
    Ok(pages)
}

/// A reader that closes the pipe early (`| head`) is not an error: stop quietly, with the
/// closed-pipe status every command uses.
fn write_stdout(bytes: &[u8], lang: Lang) -> anyhow::Result<ExitCode> {
    let mut stdout = io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
            Ok(ExitCode::from(super::usage::CLOSED_PIPE_EXIT as u8))
        }
        Err(e) => Err(e).context(text(lang, "cli-stdout-failed")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subcommand_names() -> Vec<String> {
        Cli::command()
            .get_subcommands()
            .map(|c| c.get_name().to_owned())
            .collect()
    }

    #[test]
    fn man_page_mentions_every_subcommand() {
        let mut out = Vec::new();
        render_man(&mut out).expect("render");
        let page = String::from_utf8(out).expect("utf-8");
        assert!(
            page.starts_with(".ie") || page.contains(".TH wxsign 1"),
            "{page}"
        );
        let names = subcommand_names();
        assert!(names.len() >= 10, "{names:?}");
        for name in names {
            // roff escapes '-' as '\-' in names like check-url.
            let escaped = name.replace('-', "\\-");
            assert!(
                page.contains(&format!("wxsign\\-{escaped}(1)")),
                "wxsign.1 does not list `{name}`"
            );
        }
    }

    #[test]
    fn man_dir_has_a_page_per_subcommand() {
        let dir = tempfile::tempdir().expect("tempdir");
        let pages = write_man_pages(dir.path(), Lang::En).expect("pages");
        let files: Vec<String> = pages
            .iter()
            .filter_map(|p| p.file_name()?.to_str().map(str::to_owned))
            .collect();
        assert!(files.contains(&"wxsign.1".to_owned()), "{files:?}");
        for name in subcommand_names() {
            if name == "help" {
                continue;
            }
            assert!(
                files.contains(&format!("wxsign-{name}.1")),
                "no page for `{name}` in {files:?}"
            );
        }
        assert!(
            files.contains(&"wxsign-profile-add.1".to_owned()),
            "{files:?}"
        );
    }

    #[test]
    fn completions_for_each_shell_know_every_subcommand() {
        for shell in [
            Shell::Bash,
            Shell::Zsh,
            Shell::Fish,
            Shell::Elvish,
            Shell::PowerShell,
        ] {
            let mut out = Vec::new();
            write_completions(shell, &mut out);
            let script = String::from_utf8(out).expect("utf-8");
            for name in subcommand_names() {
                assert!(script.contains(&name), "{shell}: no `{name}`");
            }
            // An option of a nested subcommand, so the scripts are not just the top level.
            assert!(script.contains("safe-domain"), "{shell}: no --safe-domain");
        }
    }
}

//! `wxsign doctor`: the self-check of `crate::doctor`, one ✓/✗ line per check with its fix.

use std::process::ExitCode;
use std::sync::Arc;

use clap::Args;

use super::output::{self, Output};
use crate::core::text::{Lang, msg};
use crate::doctor::{self, FontFacts, GatherOptions, Line, Status};
use crate::i18n::{Render, text};
use crate::profile::ProfileStore;
use crate::secrets::Secrets;

#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Check only this profile (repeatable; default: every profile).
    #[arg(long, value_name = "NAME")]
    pub profile: Vec<String>,
    /// Skip the network checks (each API base and the clock against its Date header).
    #[arg(long)]
    pub offline: bool,
}

/// Exit 0 when no line is ✗, 1 otherwise. `--json` prints one object
/// `{"ok": bool, "checks": [{id, profile, status, message, fix}]}`.
pub fn run(args: DoctorArgs, out: Output) -> anyhow::Result<ExitCode> {
    let lang = out.lang;
    let store = ProfileStore::from_env()?;
    let known = store.load().map(|l| l.profiles).unwrap_or_default();
    if let Some(unknown) = args
        .profile
        .iter()
        .find(|n| !known.iter().any(|p| &p.name == *n))
    {
        return Err(crate::profile::ProfileError::NotFound(unknown.clone()).into());
    }
    let options = GatherOptions {
        config_dir: store.dir().to_path_buf(),
        secrets: Arc::new(Secrets::from_env()),
        font: Some(font()),
        online: !args.offline,
        only: args.profile.clone(),
        now: doctor::gather::system_now,
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let facts = runtime.block_on(doctor::gather(options));
    // A DNS lookup that timed out may still run on a blocking thread: do not wait for it.
    runtime.shutdown_background();
    let lines = doctor::judge(&facts);
    if out.json {
        println!("{}", doctor::to_json(&lines));
    } else {
        print_human(&lines, lang);
    }
    Ok(if doctor::all_ok(&lines) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The font the window would use here (the same lookup it makes at start).
fn font() -> FontFacts {
    match crate::system_font::detect_cjk_source() {
        crate::system_font::CjkSource::System { family, path, .. } => {
            FontFacts::System { family, path }
        }
        crate::system_font::CjkSource::Bundled => FontFacts::Bundled {
            forced: std::env::var("WXSIGN_FONT").is_ok_and(|v| v.eq_ignore_ascii_case("bundled")),
        },
    }
}

/// ✓, ! or ✗: terminal fonts have them (the window draws its own marks).
fn mark(s: Status) -> &'static str {
    match s {
        Status::Ok => "✓",
        Status::Warn => "!",
        Status::Fail => "✗",
    }
}

fn print_human(lines: &[Line], lang: Lang) {
    let mut profile: Option<&str> = None;
    for l in lines {
        if l.profile.as_deref() != profile {
            profile = l.profile.as_deref();
            if let Some(p) = profile {
                anstream::println!(
                    "{}{} {p}{:#}",
                    output::LABEL,
                    text(lang, "cli-doctor-profile"),
                    output::LABEL
                );
            }
        }
        let indent = if profile.is_some() { "  " } else { "" };
        let style = match l.status {
            Status::Ok => output::OK,
            Status::Warn => output::WARNING,
            Status::Fail => output::ERROR,
        };
        anstream::println!(
            "{indent}{style}{}{style:#} {}",
            mark(l.status),
            l.message.get(lang)
        );
        if let Some(fix) = &l.fix {
            anstream::println!(
                "{indent}  {}{} {}{:#}",
                output::INFO,
                text(lang, "cli-fix-prefix"),
                fix.get(lang),
                output::INFO
            );
        }
    }
    let failed = lines.iter().filter(|l| l.status == Status::Fail).count();
    let summary = match failed {
        0 => text(lang, "cli-doctor-ok").to_owned(),
        n => msg!("cli-doctor-problems", count = n).get(lang),
    };
    let style = if failed == 0 {
        output::OK
    } else {
        output::ERROR
    };
    anstream::println!("{style}{summary}{style:#}");
}

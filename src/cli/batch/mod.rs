//! `wxsign batch`: QA's release sign-off. Every page of the pages file is signed by the team's
//! endpoint (or, with `--probe`, opened in a headless browser playing WeChat) and checked;
//! reports go to JSON, JUnit XML and HTML. Exit 0 when every page passes, 1 otherwise, 2 on bad
//! arguments or when the run could not start.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, ValueEnum};

use super::output::{self, Output};
use super::ticket_args::{AgentTicketArgs, TicketArgs};
use super::usage::NotStarted;
use crate::batch::report::{Report, Reports};
use crate::batch::{CancelFlag, Counts, PageResult, PageStatus, Summary};
use crate::core::text::{Lang, msg};
use crate::i18n::{Render, text};
use crate::probe::ProbeError;
use crate::worker::{BatchError, BatchRun};

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum PagesFormatArg {
    Auto,
    List,
    Csv,
    Json,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum MethodArg {
    Get,
    Post,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum EncodingArg {
    /// The page URL as is.
    Raw,
    /// encodeURIComponent(url), as many front ends send it.
    Component,
}

#[derive(Debug, Args)]
pub struct BatchArgs {
    /// The pages file: one URL per line, CSV with a `url` column, or JSON.
    #[arg(long, value_name = "FILE")]
    pub pages: PathBuf,
    /// How the pages file is written (default: from its extension, then its content).
    #[arg(long, value_enum, default_value = "auto")]
    pub pages_format: PagesFormatArg,

    /// The jsapi tickets (`--ticket`, overriding the profile's), or the profile (`--profile`)
    /// whose appId, safe domains, tickets (cached, or fetched) and saved signing endpoint to
    /// take; the options below override it.
    #[command(flatten)]
    pub tickets: TicketArgs,
    /// Keep the endpoint options of this run in the profile (header values go to the secret
    /// store, never to the profile file).
    #[arg(long, requires_all = ["profile", "endpoint_url"])]
    pub save_endpoint: bool,

    /// The team's signing endpoint, e.g. https://api.example.com/wx/signature.
    #[arg(long, value_name = "URL")]
    pub endpoint_url: Option<String>,
    /// HTTP method of the endpoint [default: post].
    #[arg(long, value_enum)]
    pub method: Option<MethodArg>,
    /// Where the page URL goes: json:NAME, query:NAME or form:NAME [default: json:url, or
    /// query:url for GET].
    #[arg(long, value_name = "KIND:NAME")]
    pub url_param: Option<String>,
    /// What the page does to its URL before sending it [default: raw].
    #[arg(long, value_enum)]
    pub url_encoding: Option<EncodingArg>,
    /// An extra header whose value is read from an environment variable (a cookie or a token
    /// never goes on the command line): `Cookie=MY_COOKIE_VAR`. Repeatable. Also gives the value
    /// of a header of the profile's saved endpoint.
    #[arg(long, value_name = "HEADER=ENV_VAR")]
    pub header_env: Vec<String>,
    /// Dotted path of the signature in the reply (default: auto-detect).
    #[arg(long, value_name = "PATH")]
    pub signature_field: Option<String>,
    /// Dotted path of the timestamp in the reply (default: auto-detect).
    #[arg(long, value_name = "PATH")]
    pub timestamp_field: Option<String>,
    /// Dotted path of the nonce in the reply (default: auto-detect).
    #[arg(long, value_name = "PATH")]
    pub nonce_field: Option<String>,
    /// Dotted path of the appId in the reply (default: auto-detect).
    #[arg(long, value_name = "PATH")]
    pub app_id_field: Option<String>,

    /// WeCom's agent tickets, to check the reply's wx.agentConfig triplet too.
    #[command(flatten)]
    pub agent_tickets: AgentTicketArgs,
    /// WeCom: the agentid of --agent-ticket (default: the reply's agentid).
    #[arg(long, value_name = "N", requires = "agent_tickets")]
    pub agent_id: Option<u64>,
    /// The account's appId: the endpoint's reply must carry it.
    #[arg(long, value_name = "APPID")]
    pub app_id: Option<String>,
    /// A JS safe domain of the account (repeatable); share links must lie under one.
    #[arg(long, value_name = "DOMAIN")]
    pub safe_domain: Vec<String>,

    /// Requests in flight at once [default: 8; with --probe 2, each page is a renderer].
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub concurrency: Option<u16>,
    /// Timeout of each request to the endpoint, in milliseconds [default: 10000; with --probe
    /// the hard deadline of each page's run, 30000].
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..))]
    pub timeout_ms: Option<u64>,
    /// Fetch every imgUrl and check that it answers with an image.
    #[arg(long)]
    pub check_images: bool,
    /// Timeout of each image check, in milliseconds.
    #[arg(long, default_value_t = 5_000, value_parser = clap::value_parser!(u64).range(1..))]
    pub image_timeout_ms: u64,
    /// Send location.href.split('#')[0] instead of the whole address with its #fragment.
    #[arg(long)]
    pub strip_fragment: bool,
    /// Ask the endpoint N times for every page (with --probe: load every page N times): pages
    /// that pass only sometimes are `flaky`, answers signed with different tickets point at a
    /// load balancer's per-node cache.
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=100))]
    pub repeat: u16,

    /// Probe every page in a headless browser playing WeChat (as `wxsign probe` does) instead
    /// of calling a signing endpoint: no endpoint options needed.
    #[arg(long, conflicts_with_all = ["endpoint_url", "save_endpoint"])]
    pub probe: bool,
    /// With --probe: which WeChat client to play [default: both].
    #[arg(long, value_enum, requires = "probe")]
    pub platform: Option<super::probe::PlatformArg>,
    /// With --probe: Chrome, Chromium or Edge to use (default: the saved setting, then PATH).
    #[arg(long, value_name = "PATH", requires = "probe")]
    pub browser: Option<PathBuf>,
    /// With --probe: how to answer the pages' wx.config [default: wechat].
    #[arg(long, value_enum, requires = "probe")]
    pub answer: Option<super::probe::AnswerArg>,

    /// Write a report: .json, .xml (JUnit) or .html, chosen by extension (--lang gives the
    /// language of the HTML and JUnit reports). Repeatable.
    #[arg(long, value_name = "FILE")]
    pub report: Vec<PathBuf>,
}

mod order;
mod probe_mode;
mod setup;

pub fn run(args: BatchArgs, out: Output) -> anyhow::Result<ExitCode> {
    let lang = out.lang;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context(text(lang, "cli-runtime-failed"))?;
    let (run, reports) = if args.probe {
        probe_mode::prepare(&args, lang, &runtime)?
    } else {
        setup::prepare(&args, lang, &runtime)?
    };
    drive(run, reports, &args.report, &runtime, lang)
}

/// The one run loop of the command line, for both kinds of run (`worker::execute_batch` picks
/// the runner, as for the window): Ctrl-C cancels (the reports still get the pages that
/// finished), each page goes to the progress bar, its failure line (in page order) and the
/// reports as it finishes, then the summary.
fn drive(
    run: BatchRun,
    reports: Vec<Report>,
    paths: &[PathBuf],
    runtime: &tokio::runtime::Runtime,
    lang: Lang,
) -> anyhow::Result<ExitCode> {
    let bar = progress_bar(run.total(), lang);
    let mut reports = Reports::new(reports);
    let mut write_error: Option<std::io::Error> = None;
    let cancel = CancelFlag::new();
    let mut in_order = order::InOrder::default();
    let summary = runtime.block_on(async {
        super::interrupt::cancel_on_ctrl_c(&cancel).await;
        let on_result = |result: PageResult, counts: &Counts| {
            let out = Shown {
                bar: &bar,
                in_order: &mut in_order,
                reports: &mut reports,
                write_error: &mut write_error,
            };
            show_result(result, counts, out, lang);
        };
        crate::worker::execute_batch(run, cancel.clone(), on_result).await
    });
    bar.finish_and_clear();
    for line in in_order.rest() {
        anstream::println!("{line}");
    }
    let summary = match summary {
        Ok(s) => s,
        // Ctrl-C before the browser was up.
        Err(BatchError::Probe(ProbeError::Cancelled)) => {
            eprintln!("{}", text(lang, "cli-batch-cancelled"));
            return Ok(ExitCode::from(1));
        }
        // No usable browser: nothing ran.
        Err(e @ BatchError::Probe(_)) => {
            return Err(NotStarted(anyhow::anyhow!(e.describe(lang))).into());
        }
        Err(e) => return Err(anyhow::anyhow!(e.describe(lang))),
    };
    let writing = text(lang, "cli-batch-write-reports");
    if let Some(e) = write_error {
        return Err(e).context(writing);
    }
    reports.finish(&summary).context(writing)?;
    print_summary(&summary, paths, lang);
    Ok(if summary.all_passed() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Where a finished page goes.
struct Shown<'a> {
    bar: &'a indicatif::ProgressBar,
    in_order: &'a mut order::InOrder,
    reports: &'a mut Reports,
    write_error: &'a mut Option<std::io::Error>,
}

/// One finished page: the progress bar, its failure line in page order, the reports.
fn show_result(result: PageResult, counts: &Counts, out: Shown<'_>, lang: Lang) {
    // Pages a cancel left unchecked go to the reports only; the summary counts them.
    if result.status != PageStatus::NotRun {
        out.bar.inc(1);
        out.bar.set_message(counts_message(counts, lang));
    }
    let line = (!matches!(result.status, PageStatus::Pass | PageStatus::NotRun))
        .then(|| failure_line(&result, lang));
    for line in out.in_order.push(result.index, line) {
        if out.bar.is_hidden() {
            anstream::println!("{line}");
        } else {
            out.bar.suspend(|| anstream::println!("{line}"));
        }
    }
    if out.write_error.is_none()
        && let Err(e) = out.reports.add(result)
    {
        *out.write_error = Some(e);
    }
}

fn progress_bar(total: usize, lang: Lang) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new(u64::try_from(total).unwrap_or(u64::MAX));
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} {msg}",
    ) {
        bar.set_style(style);
    }
    bar.set_message(counts_message(&Counts::default(), lang));
    bar
}

fn counts_message(c: &Counts, lang: Lang) -> String {
    msg!(
        "cli-batch-counts",
        pass = c.pass,
        fail = c.fail,
        error = c.error
    )
    .get(lang)
}

/// A page's status as the human output shows it, in the output's language.
fn status_label(status: PageStatus, lang: Lang) -> &'static str {
    match status {
        PageStatus::Pass => text(lang, "cli-batch-status-pass"),
        PageStatus::Fail => text(lang, "cli-batch-status-fail"),
        PageStatus::Error => text(lang, "cli-batch-status-error"),
        PageStatus::NotRun => text(lang, "cli-batch-status-not-run"),
        PageStatus::Flaky => text(lang, "cli-batch-status-flaky"),
    }
}

fn failure_line(r: &PageResult, lang: Lang) -> String {
    let style = match r.status {
        PageStatus::Pass => output::OK,
        PageStatus::Fail | PageStatus::Flaky => output::ERROR,
        PageStatus::Error => output::WARNING,
        PageStatus::NotRun => output::INFO,
    };
    let label = status_label(r.status, lang);
    let mut line = format!("{style}{label}{style:#} #{} {}", r.index + 1, r.url);
    if let Some(rep) = &r.repeat {
        line.push_str(&format!(
            " ({})",
            crate::batch::repeat::passed_text(rep).get(lang)
        ));
    }
    let codes = r.problem_codes();
    if !codes.is_empty() {
        line.push_str(&format!("\n       [{}]", codes.join(", ")));
    }
    if let Some(h) = r.headline() {
        line.push_str(&format!("\n       {}", h.get(lang)));
    }
    line
}

fn print_summary(s: &Summary, reports: &[PathBuf], lang: Lang) {
    let (style, word) = if s.all_passed() {
        (output::OK, text(lang, "cli-batch-all-passed"))
    } else if s.cancelled {
        (output::WARNING, text(lang, "cli-batch-verdict-cancelled"))
    } else {
        (output::ERROR, text(lang, "cli-batch-failed"))
    };
    let verdict = format!("{style}{word}{style:#}");
    let c = &s.counts;
    let summary = msg!(
        "cli-batch-summary",
        verdict = verdict,
        total = s.total,
        pass = c.pass,
        fail = c.fail,
        error = c.error,
        not_run = s.not_run,
        ms = s.elapsed_ms
    );
    anstream::println!("{}", summary.get(lang));
    if c.flaky > 0 {
        let flaky = msg!("cli-batch-flaky", count = c.flaky).get(lang);
        anstream::println!("  {flaky}");
    }
    for r in reports {
        let path = format!("{}{}{:#}", output::INFO, r.display(), output::INFO);
        output::field(7, text(lang, "cli-batch-report"), &path);
    }
}

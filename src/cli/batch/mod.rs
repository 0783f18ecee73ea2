//! `wxsign batch`: QA's release sign-off. Every page of the pages file is signed by the team's
//! endpoint and checked; reports go to JSON, JUnit XML and HTML. Exit 0 when every page passes,
//! 1 otherwise, 2 on bad arguments.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, ValueEnum};

use super::output;
use crate::batch::report::Reports;
use crate::batch::{CancelFlag, Counts, PageResult, PageStatus, Summary};
use crate::core::text::Lang;
use crate::i18n::Render;

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

    /// The profile (`wxsign profile list`): its appId, safe domains, jsapi_ticket (from the
    /// cache, or fetched) and saved signing endpoint. The options below override it.
    #[arg(long, value_name = "NAME")]
    pub profile: Option<String>,
    /// With --profile: fetch the ticket from this API base instead of the profile's.
    #[arg(long, value_name = "URL", requires = "profile")]
    pub api_base: Option<String>,
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

    /// The current jsapi_ticket; repeat to add older tickets as stale candidates. Overrides the
    /// profile's ticket. WXSIGN_TICKET (comma-separated) keeps tickets out of the process list.
    #[arg(
        long,
        allow_hyphen_values = true,
        value_name = "TICKET",
        value_parser = crate::cli::usage::secret_arg,
        env = "WXSIGN_TICKET",
        hide_env_values = true,
        value_delimiter = ','
    )]
    pub ticket: Vec<crate::secret::Secret>,
    /// WeCom: the agent ticket of one app (repeat for older ones), to check the reply's
    /// wx.agentConfig triplet too. A WeCom --profile fetches every app's agent ticket instead.
    #[arg(
        long,
        allow_hyphen_values = true,
        value_name = "TICKET",
        value_parser = crate::cli::usage::secret_arg,
        env = "WXSIGN_AGENT_TICKET",
        hide_env_values = true,
        value_delimiter = ','
    )]
    pub agent_ticket: Vec<crate::secret::Secret>,
    /// WeCom: the agentid of --agent-ticket (default: the reply's agentid).
    #[arg(long, value_name = "N", requires = "agent_ticket")]
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

    /// Write a report: .json, .xml (JUnit) or .html, chosen by extension. Repeatable.
    #[arg(long, value_name = "FILE")]
    pub report: Vec<PathBuf>,
    /// Language of the human output and the HTML/JUnit reports (default: from LC_ALL,
    /// LC_MESSAGES or LANG).
    #[arg(long, value_enum)]
    pub lang: Option<output::LangArg>,
}

mod order;
mod probe_mode;
mod setup;

use setup::{Failure, PagesInput, prepare};

pub fn run(args: BatchArgs) -> anyhow::Result<ExitCode> {
    let lang = output::resolve_lang(args.lang);
    if args.probe {
        return probe_mode::run(&args, lang);
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    let (job, pages, reports) = match prepare(&args, lang, &runtime) {
        Ok(p) => p,
        Err(Failure::BadArgs(msg)) => {
            match lang {
                Lang::En => {
                    eprintln!("error: {msg}\n\nFor more information, try 'wxsign batch --help'.")
                }
                Lang::Zh => eprintln!("错误：{msg}\n\n更多信息请运行 'wxsign batch --help'。"),
            }
            return Ok(ExitCode::from(2));
        }
        // Nothing ran yet (no ticket, no secret, an unreadable profile): like a bad argument,
        // exit 2, so CI tells "could not start" from "a page failed".
        Err(Failure::Other(e)) => {
            let prefix = output::tr(lang, "error:", "错误：");
            eprintln!("{prefix} {e:#}");
            return Ok(ExitCode::from(2));
        }
    };
    let total = pages.len();
    let bar = progress_bar(total, lang);
    let mut reports = Reports::new(reports);
    let mut write_error: Option<std::io::Error> = None;
    let cancel = CancelFlag::new();
    let mut in_order = order::InOrder::default();
    let summary = runtime.block_on(async {
        // Ctrl-C cancels the run; the reports still get the pages that finished.
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
        let summary = match pages {
            PagesInput::Parsed(pages) => crate::batch::run(job, pages, cancel, on_result).await,
            PagesInput::ListFile { path, count } => {
                let file = std::fs::File::open(&path)
                    .with_context(|| format!("reading the pages file {}", path.display()))?;
                let lines = std::io::BufRead::lines(std::io::BufReader::new(file));
                let pages = lines
                    .map_while(Result::ok)
                    .filter_map(|l| crate::batch::list_line(&l));
                crate::batch::run_stream(job, pages, count, cancel, on_result).await
            }
        };
        anyhow::Ok(summary?)
    })?;
    bar.finish_and_clear();
    for line in in_order.rest() {
        anstream::println!("{line}");
    }
    if let Some(e) = write_error {
        return Err(e).context("writing the reports; check the report paths and free disk space");
    }
    reports
        .finish(&summary)
        .context("writing the reports; check the report paths and free disk space")?;
    print_summary(&summary, &args.report, lang);
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
    match lang {
        Lang::En => format!("pass {} · fail {} · error {}", c.pass, c.fail, c.error),
        Lang::Zh => format!("通过 {} · 失败 {} · 错误 {}", c.pass, c.fail, c.error),
    }
}

/// A page's status as the human output shows it, in capitals; short ASCII labels are padded to
/// five columns so the English lines align (the Chinese ones are left as they are).
fn status_label(status: PageStatus, lang: Lang) -> String {
    let label = status.label(lang).to_uppercase();
    if label.is_ascii() {
        format!("{label:<5}")
    } else {
        label
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
    let zh = lang == Lang::Zh;
    let verdict = if s.all_passed() {
        format!(
            "{}{}{:#}",
            output::OK,
            if zh { "全部通过" } else { "ALL PASSED" },
            output::OK
        )
    } else if s.cancelled {
        format!(
            "{}{}{:#}",
            output::WARNING,
            if zh { "已取消" } else { "CANCELLED" },
            output::WARNING
        )
    } else {
        format!(
            "{}{}{:#}",
            output::ERROR,
            if zh { "未通过" } else { "FAILED" },
            output::ERROR
        )
    };
    let c = &s.counts;
    if zh {
        anstream::println!(
            "{verdict}  {} 个页面：通过 {}，失败 {}，错误 {}，未运行 {}（{} ms）",
            s.total,
            c.pass,
            c.fail,
            c.error,
            s.not_run,
            s.elapsed_ms
        );
        if c.flaky > 0 {
            anstream::println!("  不稳定 {}（部分返回通过）", c.flaky);
        }
    } else {
        anstream::println!(
            "{verdict}  {} pages: {} pass, {} fail, {} error, {} not run ({} ms)",
            s.total,
            c.pass,
            c.fail,
            c.error,
            s.not_run,
            s.elapsed_ms
        );
        if c.flaky > 0 {
            anstream::println!("  {} flaky (some answers passed)", c.flaky);
        }
    }
    for r in reports {
        let path = format!("{}{}{:#}", output::INFO, r.display(), output::INFO);
        output::field(7, if zh { "报告" } else { "report" }, &path);
    }
}

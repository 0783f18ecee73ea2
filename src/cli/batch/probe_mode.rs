//! `wxsign batch --probe`: every page of the pages file probed in one shared headless browser
//! (an isolated context per page, `--concurrency` pages at once, default 2) instead of asking a
//! signing endpoint. Same progress bar, cancel and reports; exit 0 only when every page passes,
//! 2 for bad arguments or no usable browser.

use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;

use super::setup::{self, Failure, ProfileContext, bad};
use super::{BatchArgs, PagesFormatArg, Shown, order, print_summary, progress_bar, show_result};
use crate::batch::report::Reports;
use crate::batch::{CancelFlag, Counts, PageResult, PagesFormat};
use crate::core::text::Lang;
use crate::i18n::Render;
use crate::probe::{self, AnswerMode, ProbeOptions, Session};
use crate::profile::ProfileStore;
use crate::secrets::Secrets;

fn usage(lang: Lang, msg: &str) -> ExitCode {
    match lang {
        Lang::En => eprintln!("error: {msg}\n\nFor more information, try 'wxsign batch --help'."),
        Lang::Zh => eprintln!("错误：{msg}\n\n更多信息请运行 'wxsign batch --help'。"),
    }
    ExitCode::from(2)
}

pub(super) fn run(args: &BatchArgs, lang: Lang) -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    let (template, pages, reports) = match prepare(args, lang, &runtime) {
        Ok(p) => p,
        Err(Failure::BadArgs(msg)) => return Ok(usage(lang, &msg)),
        // Nothing ran yet (no ticket, an unreadable profile): exit 2, as the endpoint mode.
        Err(Failure::Other(e)) => {
            eprintln!("{} {e:#}", super::output::tr(lang, "error:", "错误："));
            return Ok(ExitCode::from(2));
        }
    };
    let info = match probe::browser::find(template.browser.as_deref()) {
        Ok(i) => i,
        Err(e) => {
            let text = probe::ProbeError::from(e).text();
            return Ok(usage(lang, &text.get(lang)));
        }
    };
    let bar = progress_bar(pages.len(), lang);
    let mut reports = Reports::new(reports);
    let mut write_error: Option<std::io::Error> = None;
    let cancel = CancelFlag::new();
    let mut in_order = order::InOrder::default();
    let concurrency = usize::from(args.concurrency.unwrap_or(2));
    let summary = runtime.block_on(async {
        crate::cli::interrupt::cancel_on_ctrl_c(&cancel).await;
        let session = tokio::select! {
            biased;
            () = cancel.cancelled() => return Err(probe::ProbeError::Cancelled),
            s = Session::start(&info) => Arc::new(s?),
        };
        let on_result = |result: PageResult, counts: &Counts| {
            let out = Shown {
                bar: &bar,
                in_order: &mut in_order,
                reports: &mut reports,
                write_error: &mut write_error,
            };
            show_result(result, counts, out, lang);
        };
        let summary = probe::batch::run(
            Arc::clone(&session),
            template,
            pages,
            probe::batch::BatchOptions {
                concurrency,
                repeat: usize::from(args.repeat).max(1),
            },
            cancel.clone(),
            on_result,
        )
        .await;
        if let Ok(session) = Arc::try_unwrap(session) {
            session.close().await;
        }
        Ok(summary)
    });
    bar.finish_and_clear();
    for line in in_order.rest() {
        anstream::println!("{line}");
    }
    let summary = match summary {
        Ok(s) => s,
        Err(probe::ProbeError::Cancelled) => {
            eprintln!("{}", super::output::tr(lang, "cancelled", "已取消"));
            return Ok(ExitCode::from(1));
        }
        Err(e) => return Ok(usage(lang, &e.text().get(lang))),
    };
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

fn prepare(
    args: &BatchArgs,
    lang: Lang,
    runtime: &tokio::runtime::Runtime,
) -> Result<
    (
        ProbeOptions,
        Vec<crate::batch::PageSpec>,
        Vec<crate::batch::report::Report>,
    ),
    Failure,
> {
    let profile = match &args.profile {
        None => None,
        Some(name) => {
            let store = ProfileStore::from_env().map_err(|e| Failure::Other(e.into()))?;
            let profile = store
                .get(name)
                .map_err(|e| bad(format!("{e} (see `wxsign profile list`)")))?;
            Some(ProfileContext {
                profile,
                secrets: Arc::new(Secrets::from_env()),
            })
        }
    };
    let tickets = match (&profile, args.ticket.is_empty()) {
        (Some(p), true) => setup::profile_tickets(p, args, runtime, lang)?,
        _ => setup::ticket_args(&args.ticket, lang)?,
    };
    let text = std::fs::read_to_string(&args.pages).map_err(|e| {
        let path = args.pages.display();
        bad(match lang {
            Lang::En => format!("cannot read the pages file {path}: {e}"),
            Lang::Zh => format!("无法读取页面文件 {path}：{e}"),
        })
    })?;
    let format = match args.pages_format {
        PagesFormatArg::Auto => PagesFormat::from_path(&args.pages.to_string_lossy()),
        PagesFormatArg::List => PagesFormat::List,
        PagesFormatArg::Csv => PagesFormat::Csv,
        PagesFormatArg::Json => PagesFormat::Json,
    };
    let pages = crate::batch::parse_pages(&text, format)
        .map_err(|e| bad(format!("{} ({})", e, args.pages.display())))?;
    let reports = setup::create_reports(args, lang)?;
    let mut opts = ProbeOptions::new(String::new());
    opts.platforms = args
        .platform
        .unwrap_or(crate::cli::probe::PlatformArg::Both)
        .platforms();
    opts.browser = args
        .browser
        .clone()
        .or_else(crate::cli::probe::saved_browser);
    opts.answer = args.answer.map_or(AnswerMode::Wechat, AnswerMode::from);
    opts.timeout = Duration::from_millis(args.timeout_ms.unwrap_or(30_000));
    opts.check_images = args.check_images;
    opts.tickets = tickets;
    opts.app_id = args
        .app_id
        .clone()
        .or_else(|| profile.as_ref().map(|p| p.profile.app_id.clone()));
    opts.safe_domains = match &profile {
        Some(p) if args.safe_domain.is_empty() => p.profile.safe_domains.clone(),
        _ => args.safe_domain.clone(),
    };
    Ok((opts, pages, reports))
}

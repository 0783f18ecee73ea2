//! `wxsign batch --probe`: every page of the pages file probed in one shared headless browser
//! (an isolated context per page, `--concurrency` pages at once, default 2) instead of asking a
//! signing endpoint. Same run loop, progress bar, cancel and reports; exit 0 only when every
//! page passes, 2 for bad arguments or no usable browser.

use std::time::Duration;

use super::BatchArgs;
use super::setup;
use crate::batch::report::Report;
use crate::core::text::Lang;
use crate::probe::{AnswerMode, ProbeOptions};
use crate::worker::BatchRun;

/// The probe run of `args`: its template options and pages, and the report files. The browser
/// is looked for when the run starts (`worker::execute_batch`): none is exit 2.
pub(super) fn prepare(
    args: &BatchArgs,
    lang: Lang,
    runtime: &tokio::runtime::Runtime,
) -> anyhow::Result<(BatchRun, Vec<Report>)> {
    let profile = setup::profile_context(args)?.map(|(_, p)| p);
    let tickets = match (&profile, args.tickets.tickets.is_empty()) {
        (Some(p), true) => setup::profile_tickets(p, args, runtime, lang)?,
        _ => setup::ticket_args(&args.tickets.tickets, lang)?,
    };
    let text = setup::read_pages(args, lang)?;
    let pages = setup::parse_pages(&text, setup::pages_format(args), args)?;
    let reports = setup::create_reports(args, lang)?;
    let mut template = ProbeOptions::new(String::new());
    template.platforms = args
        .platform
        .unwrap_or(crate::cli::probe::PlatformArg::Both)
        .platforms();
    template.browser = args
        .browser
        .clone()
        .or_else(crate::cli::probe::saved_browser);
    template.answer = args.answer.map_or(AnswerMode::Wechat, AnswerMode::from);
    template.timeout = Duration::from_millis(args.timeout_ms.unwrap_or(30_000));
    template.check_images = args.check_images;
    template.tickets = tickets;
    template.app_id = args
        .app_id
        .clone()
        .or_else(|| profile.as_ref().map(|p| p.profile.app_id.clone()));
    template.safe_domains = match &profile {
        Some(p) if args.safe_domain.is_empty() => p.profile.safe_domains.clone(),
        _ => args.safe_domain.clone(),
    };
    let options = crate::probe::batch::BatchOptions {
        concurrency: usize::from(args.concurrency.unwrap_or(2)),
        repeat: usize::from(args.repeat).max(1),
    };
    let run = BatchRun::Probe {
        template: Box::new(template),
        pages,
        options,
    };
    Ok((run, reports))
}

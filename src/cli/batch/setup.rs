//! Turning the arguments (and the profile) into a runnable job: the endpoint, the tickets, the
//! account data, the pages and the report files. Usage problems are usage errors; a failure to
//! get what the run needs (the ticket, the profile) is [`NotStarted`]: both exit 2.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;

use super::{BatchArgs, EncodingArg, MethodArg, PagesFormatArg};
use crate::batch::report::{Report, ReportFormat};
use crate::batch::saved;
use crate::batch::wecom::AgentTickets;
use crate::batch::{
    BatchJob, Endpoint, EndpointSpec, FieldNames, HttpMethod, PagesFormat, RunOptions, UrlEncoding,
    UrlParam,
};
use crate::cache::CredentialCache;
use crate::cli::usage::{NotStarted, usage};
use crate::core::text::{Lang, msg};
use crate::core::verify::TicketCandidate;
use crate::i18n::{Render, text};
use crate::profile::{Profile, ProfileStore};
use crate::secret::Secret;
use crate::secrets::Secrets;
use crate::wechat::{Credentials, FetchOptions, TicketKind, no_log};
use crate::worker::{BatchRun, Pages};

/// What stops a run before it starts without being a usage error.
pub(super) fn not_started(e: impl Into<anyhow::Error>) -> anyhow::Error {
    NotStarted(e.into()).into()
}

/// What `--profile` brings: the profile and the secret store of this machine.
pub(super) struct ProfileContext {
    pub(super) profile: Profile,
    pub(super) secrets: Arc<Secrets>,
}

/// The profile of `--profile`, with the secret store of this machine.
pub(super) fn profile_context(
    args: &BatchArgs,
) -> anyhow::Result<Option<(ProfileStore, ProfileContext)>> {
    let Some(name) = &args.tickets.profile else {
        return Ok(None);
    };
    let store = ProfileStore::from_env().map_err(not_started)?;
    let profile = store.get(name).map_err(|e| usage(e.to_string()))?;
    Ok(Some((
        store,
        ProfileContext {
            profile,
            secrets: Arc::new(Secrets::from_env()),
        },
    )))
}

pub(super) fn prepare(
    args: &BatchArgs,
    lang: Lang,
    runtime: &tokio::runtime::Runtime,
) -> anyhow::Result<(BatchRun, Vec<Report>)> {
    let profile = profile_context(args)?;
    let endpoint = match (&args.endpoint_url, &profile) {
        (Some(_), _) | (None, None) => endpoint(args, lang)?,
        (None, Some((_, p))) => saved::load(
            &p.profile,
            p.secrets.store().as_ref(),
            &header_args(args, lang)?,
        )
        .map_err(|e| usage(e.to_string()))?,
    };
    if args.save_endpoint
        && let Some((store, p)) = &profile
    {
        save_endpoint(store, p, &endpoint, lang)?;
    }
    let tickets = match (&profile, args.tickets.tickets.is_empty()) {
        (Some((_, p)), true) => profile_tickets(p, args, runtime, lang)?,
        _ => ticket_args(&args.tickets.tickets, lang)?,
    };
    let agent_given = &args.agent_tickets.agent_tickets;
    let agent_tickets = match &profile {
        _ if !agent_given.is_empty() => vec![AgentTickets {
            agent_id: args.agent_id.unwrap_or_default(),
            tickets: ticket_args(agent_given, lang)?,
        }],
        Some((_, p)) if p.profile.platform.app_ticket().is_some() => {
            profile_agent_tickets(p, args, runtime, lang)
        }
        _ => Vec::new(),
    };
    let app_id = args
        .app_id
        .clone()
        .or_else(|| profile.as_ref().map(|(_, p)| p.profile.app_id.clone()));
    let safe_domains = match &profile {
        Some((_, p)) if args.safe_domain.is_empty() => p.profile.safe_domains.clone(),
        _ => args.safe_domain.clone(),
    };

    let text = read_pages(args, lang)?;
    let format = pages_format(args);
    // A plain list streams from its file during the run (memory stays flat however long it
    // is); here it is only counted. CSV and JSON are parsed whole.
    let pages = match crate::batch::pages::resolve_format(&text, format) {
        PagesFormat::List => {
            let count = text.lines().filter_map(crate::batch::list_line).count();
            if count == 0 {
                parse_pages(&text, PagesFormat::List, args)?;
            }
            Pages::ListFile {
                path: args.pages.clone(),
                count,
            }
        }
        f => Pages::Parsed(parse_pages(&text, f, args)?),
    };
    drop(text);

    let reports = create_reports(args, lang)?;

    let platform = profile
        .as_ref()
        .map(|(_, p)| p.profile.platform)
        .unwrap_or_default();
    let job = BatchJob {
        endpoint,
        app_id,
        safe_domains,
        platform,
        tickets,
        agent_tickets,
        options: RunOptions {
            concurrency: usize::from(args.concurrency.unwrap_or(8)),
            timeout: Duration::from_millis(args.timeout_ms.unwrap_or(10_000)),
            check_images: args.check_images,
            image_timeout: Duration::from_millis(args.image_timeout_ms),
            strip_fragment: args.strip_fragment,
            repeat: usize::from(args.repeat),
        },
    };
    let job = Box::new(job);
    Ok((BatchRun::Endpoint { job, pages }, reports))
}

/// The pages file's text; an unreadable one is a usage error.
pub(super) fn read_pages(args: &BatchArgs, lang: Lang) -> anyhow::Result<String> {
    std::fs::read_to_string(&args.pages).map_err(|e| {
        let path = args.pages.display().to_string();
        usage(
            msg!(
                "batch-pages-file-unreadable",
                path = path,
                error = e.to_string()
            )
            .get(lang),
        )
    })
}

/// `--pages-format`, or the pages file's extension for `auto`.
pub(super) fn pages_format(args: &BatchArgs) -> PagesFormat {
    match args.pages_format {
        PagesFormatArg::Auto => PagesFormat::from_path(&args.pages.to_string_lossy()),
        PagesFormatArg::List => PagesFormat::List,
        PagesFormatArg::Csv => PagesFormat::Csv,
        PagesFormatArg::Json => PagesFormat::Json,
    }
}

/// The pages of `text`; a file that holds none is a usage error naming the file.
pub(super) fn parse_pages(
    text: &str,
    format: PagesFormat,
    args: &BatchArgs,
) -> anyhow::Result<Vec<crate::batch::PageSpec>> {
    crate::batch::parse_pages(text, format)
        .map_err(|e| usage(format!("{} ({})", e, args.pages.display())))
}

/// `--save-endpoint`: the endpoint of this run kept in the profile, its header values in the
/// secret store.
fn save_endpoint(
    store: &ProfileStore,
    p: &ProfileContext,
    endpoint: &Endpoint,
    lang: Lang,
) -> anyhow::Result<()> {
    let mut updated = p.profile.clone();
    saved::save(&mut updated, endpoint, p.secrets.store().as_ref())
        .context(text(lang, "cli-batch-save-headers-failed"))
        .map_err(not_started)?;
    store
        .upsert(updated, Some(&p.profile.name))
        .context(text(lang, "cli-batch-save-profile-failed"))
        .map_err(not_started)?;
    let name = p.profile.name.as_str();
    eprintln!(
        "{}",
        msg!("cli-batch-endpoint-saved", profile = name).get(lang)
    );
    if !p.secrets.persistent() && !endpoint.headers.is_empty() {
        eprintln!("{}", not_kept_warning(endpoint, p, lang));
    }
    Ok(())
}

/// The report files of `--report`, created empty (their format from the extension).
pub(super) fn create_reports(args: &BatchArgs, lang: Lang) -> anyhow::Result<Vec<Report>> {
    let mut reports = Vec::new();
    for path in &args.report {
        let shown = path.display().to_string();
        let format = ReportFormat::from_path(path).ok_or_else(|| {
            usage(msg!("cli-batch-report-format", path = shown.as_str()).get(lang))
        })?;
        let report = Report::create(path, format, lang).map_err(|e| {
            let m = msg!(
                "cli-batch-report-unwritable",
                path = shown.as_str(),
                error = e.to_string()
            );
            usage(m.get(lang))
        })?;
        reports.push(report);
    }
    Ok(reports)
}

/// Said at save time when the header values cannot outlive this run (memory-only store), so
/// the next run's failure is no surprise.
fn not_kept_warning(endpoint: &Endpoint, p: &ProfileContext, lang: Lang) -> String {
    let names: Vec<&str> = endpoint.headers.iter().map(|(n, _)| n.as_str()).collect();
    let flags: Vec<String> = names
        .iter()
        .map(|n| format!("--header-env {n}=VAR"))
        .collect();
    let why = p.secrets.health().text();
    let list = names.join(text(lang, "cli-list-separator"));
    msg!(
        "cli-batch-headers-not-kept",
        prefix = text(lang, "cli-warning-prefix"),
        names = list,
        why = why.get(lang),
        flags = flags.join(" ")
    )
    .get(lang)
}

pub(super) fn ticket_args(given: &[Secret], lang: Lang) -> anyhow::Result<Vec<TicketCandidate>> {
    let tickets = crate::cli::ticket_args::typed_tickets(given);
    if tickets.first().is_none_or(|t| t.ticket.is_empty()) {
        return Err(usage(text(lang, "cli-no-jsapi-ticket")));
    }
    Ok(tickets)
}

/// The profile's current jsapi_ticket (cached, or fetched once) and the older ones the cache
/// holds as stale candidates (`Credentials::ticket_candidates`).
pub(super) fn profile_tickets(
    p: &ProfileContext,
    args: &BatchArgs,
    runtime: &tokio::runtime::Runtime,
    lang: Lang,
) -> anyhow::Result<Vec<TicketCandidate>> {
    let cache = Arc::new(CredentialCache::new(p.secrets.store()));
    let credentials = Credentials::new(Arc::clone(&p.secrets), cache, no_log());
    let options = FetchOptions {
        api_base: args.tickets.api_base.clone(),
        ..FetchOptions::default()
    };
    runtime
        .block_on(credentials.ticket_candidates(&p.profile, TicketKind::Jsapi, &options))
        .map_err(|e| {
            let name = p.profile.name.as_str();
            let r = e.report().for_profile(name);
            let (meaning, fix) = (r.meaning(lang), r.fix(lang));
            let m = msg!(
                "cli-batch-ticket-failed",
                profile = name,
                meaning = meaning,
                fix = fix
            );
            not_started(anyhow::anyhow!(m.get(lang)))
        })
}

/// WeCom: the agent ticket of every app of the profile, then the older ones the cache holds for
/// that app as stale candidates, so a page signed with one is named for it. An app without a
/// usable secret is said once and left out: its pages' agentConfig is then reported unchecked,
/// not failed.
fn profile_agent_tickets(
    p: &ProfileContext,
    args: &BatchArgs,
    runtime: &tokio::runtime::Runtime,
    lang: Lang,
) -> Vec<AgentTickets> {
    let cache = Arc::new(CredentialCache::new(p.secrets.store()));
    let credentials = Credentials::new(Arc::clone(&p.secrets), cache, no_log());
    let mut out = Vec::new();
    for app in &p.profile.apps {
        let options = FetchOptions {
            api_base: args.tickets.api_base.clone(),
            agent_id: Some(app.agent_id),
            ..FetchOptions::default()
        };
        let got = credentials.ticket_candidates(&p.profile, TicketKind::AgentConfig, &options);
        match runtime.block_on(got) {
            Ok(tickets) => out.push(AgentTickets {
                agent_id: app.agent_id,
                tickets,
            }),
            Err(e) => {
                let r = e.report().for_profile(&p.profile.name);
                let (meaning, fix) = (r.meaning(lang), r.fix(lang));
                let prefix = text(lang, "cli-warning-prefix");
                let m = msg!(
                    "cli-batch-no-agent-ticket",
                    prefix = prefix,
                    app = app.label(),
                    meaning = meaning,
                    fix = fix
                );
                eprintln!("{}", m.get(lang));
            }
        }
    }
    out
}

fn endpoint(args: &BatchArgs, lang: Lang) -> anyhow::Result<Endpoint> {
    let Some(url) = &args.endpoint_url else {
        return Err(usage(text(lang, "cli-batch-no-endpoint")));
    };
    let parsed = url::Url::parse(url).map_err(|e| {
        usage(
            msg!(
                "cli-batch-endpoint-not-url",
                url = url,
                error = e.to_string()
            )
            .get(lang),
        )
    })?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(usage(
            msg!("cli-batch-endpoint-scheme", url = url).get(lang),
        ));
    }
    let method = match args.method {
        Some(MethodArg::Get) => HttpMethod::Get,
        Some(MethodArg::Post) | None => HttpMethod::Post,
    };
    let url_param = match &args.url_param {
        None if method == HttpMethod::Get => UrlParam::Query("url".into()),
        None => UrlParam::Json("url".into()),
        Some(spec) => parse_url_param(spec, lang)?,
    };
    if method == HttpMethod::Get && !matches!(url_param, UrlParam::Query(_)) {
        return Err(usage(text(lang, "cli-batch-get-needs-query")));
    }
    let headers = header_args(args, lang)?;
    let spec = EndpointSpec {
        url: url.clone(),
        method,
        url_param,
        url_encoding: match args.url_encoding {
            Some(EncodingArg::Component) => UrlEncoding::Component,
            Some(EncodingArg::Raw) | None => UrlEncoding::Raw,
        },
        header_names: headers.iter().map(|(n, _)| n.clone()).collect(),
        fields: FieldNames {
            app_id: args.app_id_field.clone(),
            timestamp: args.timestamp_field.clone(),
            nonce_str: args.nonce_field.clone(),
            signature: args.signature_field.clone(),
            url: None,
        },
    };
    Ok(Endpoint { spec, headers })
}

/// `--header-env HEADER=VAR`: each value read from its environment variable.
fn header_args(args: &BatchArgs, lang: Lang) -> anyhow::Result<Vec<(String, Secret)>> {
    let mut headers = Vec::new();
    for item in &args.header_env {
        let (name, var) = item
            .split_once('=')
            .ok_or_else(|| usage(msg!("cli-batch-header-env-form", item = item).get(lang)))?;
        if reqwest::header::HeaderName::from_bytes(name.trim().as_bytes()).is_err() {
            return Err(usage(msg!("cli-batch-header-name", name = name).get(lang)));
        }
        let value = std::env::var(var.trim()).map_err(|_| {
            usage(msg!("cli-batch-header-env-unset", name = name, var = var).get(lang))
        })?;
        headers.push((name.trim().to_owned(), Secret::new(value)));
    }
    Ok(headers)
}

fn parse_url_param(spec: &str, lang: Lang) -> anyhow::Result<UrlParam> {
    let (kind, name) = spec.split_once(':').unwrap_or(("json", spec));
    let name = name.trim();
    if name.is_empty() {
        return Err(usage(text(lang, "cli-batch-url-param-name")));
    }
    match kind.trim().to_ascii_lowercase().as_str() {
        "json" => Ok(UrlParam::Json(name.to_owned())),
        "query" => Ok(UrlParam::Query(name.to_owned())),
        "form" => Ok(UrlParam::Form(name.to_owned())),
        other => Err(usage(
            msg!("cli-batch-url-param-kind", kind = other).get(lang),
        )),
    }
}

//! Turning the arguments (and the profile) into a runnable job: the endpoint, the tickets, the
//! account data, the pages and the report files. Usage problems exit 2, a failure to get the
//! ticket exits 1.

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
use crate::core::text::Lang;
use crate::core::verify::TicketCandidate;
use crate::i18n::Render;
use crate::profile::{Profile, ProfileStore};
use crate::secret::Secret;
use crate::secrets::Secrets;
use crate::wechat::{Credentials, FetchOptions, TicketKind, no_log};

/// Why a run could not start: a usage problem (exit 2) or a failure to get what the run
/// needs, such as the ticket (exit 1).
pub(super) enum Failure {
    BadArgs(String),
    Other(anyhow::Error),
}

pub(super) fn bad(msg: impl Into<String>) -> Failure {
    Failure::BadArgs(msg.into())
}

/// The message in the output's language.
fn tr(lang: Lang, en: String, zh: String) -> String {
    match lang {
        Lang::En => en,
        Lang::Zh => zh,
    }
}

/// The pages of a run: parsed, or a plain list read line by line while the run goes.
pub(super) enum PagesInput {
    Parsed(Vec<crate::batch::PageSpec>),
    ListFile {
        path: std::path::PathBuf,
        count: usize,
    },
}

impl PagesInput {
    pub(super) fn len(&self) -> usize {
        match self {
            PagesInput::Parsed(p) => p.len(),
            PagesInput::ListFile { count, .. } => *count,
        }
    }
}

/// What `--profile` brings: the profile and the secret store of this machine.
pub(super) struct ProfileContext {
    pub(super) profile: Profile,
    pub(super) secrets: Arc<Secrets>,
}

pub(super) fn prepare(
    args: &BatchArgs,
    lang: Lang,
    runtime: &tokio::runtime::Runtime,
) -> Result<(BatchJob, PagesInput, Vec<Report>), Failure> {
    let profile = match &args.profile {
        None => None,
        Some(name) => {
            let store = ProfileStore::from_env().map_err(|e| Failure::Other(e.into()))?;
            let profile = store.get(name).map_err(|e| bad(e.to_string()))?;
            Some((
                store,
                ProfileContext {
                    profile,
                    secrets: Arc::new(Secrets::from_env()),
                },
            ))
        }
    };
    let endpoint = match (&args.endpoint_url, &profile) {
        (Some(_), _) | (None, None) => endpoint(args, lang)?,
        (None, Some((_, p))) => saved::load(
            &p.profile,
            p.secrets.store().as_ref(),
            &header_args(args, lang)?,
        )
        .map_err(|e| bad(e.to_string()))?,
    };
    if args.save_endpoint
        && let Some((store, p)) = &profile
    {
        let mut updated = p.profile.clone();
        saved::save(&mut updated, &endpoint, p.secrets.store().as_ref())
            .context("saving the endpoint's header values")
            .map_err(Failure::Other)?;
        store
            .upsert(updated, Some(&p.profile.name))
            .context("saving the profile")
            .map_err(Failure::Other)?;
        let name = &p.profile.name;
        eprintln!(
            "{}",
            match lang {
                Lang::En => format!("saved the signing endpoint in profile `{name}`"),
                Lang::Zh => format!("已将签名接口保存到配置 `{name}`"),
            }
        );
        if !p.secrets.persistent() && !endpoint.headers.is_empty() {
            eprintln!("{}", not_kept_warning(&endpoint, p, lang));
        }
    }
    let tickets = match (&profile, args.ticket.is_empty()) {
        (Some((_, p)), true) => profile_tickets(p, args, runtime, lang)?,
        _ => ticket_args(&args.ticket, lang)?,
    };
    let agent_tickets = match &profile {
        _ if !args.agent_ticket.is_empty() => vec![AgentTickets {
            agent_id: args.agent_id.unwrap_or_default(),
            tickets: ticket_args(&args.agent_ticket, lang)?,
        }],
        Some((_, p)) if p.profile.platform.spec().per_app_secrets => {
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

    let text = std::fs::read_to_string(&args.pages).map_err(|e| {
        let path = args.pages.display();
        bad(tr(
            lang,
            format!("cannot read the pages file {path}: {e}"),
            format!("无法读取页面文件 {path}：{e}"),
        ))
    })?;
    let format = match args.pages_format {
        PagesFormatArg::Auto => PagesFormat::from_path(&args.pages.to_string_lossy()),
        PagesFormatArg::List => PagesFormat::List,
        PagesFormatArg::Csv => PagesFormat::Csv,
        PagesFormatArg::Json => PagesFormat::Json,
    };
    // A plain list streams from its file during the run (memory stays flat however long it
    // is); here it is only counted. CSV and JSON are parsed whole.
    let pages = match crate::batch::pages::resolve_format(&text, format) {
        PagesFormat::List => {
            let count = text.lines().filter_map(crate::batch::list_line).count();
            if count == 0 {
                crate::batch::parse_pages(&text, PagesFormat::List)
                    .map_err(|e| bad(format!("{} ({})", e, args.pages.display())))?;
            }
            PagesInput::ListFile {
                path: args.pages.clone(),
                count,
            }
        }
        f => PagesInput::Parsed(
            crate::batch::parse_pages(&text, f)
                .map_err(|e| bad(format!("{} ({})", e, args.pages.display())))?,
        ),
    };
    drop(text);

    let reports = create_reports(args, lang)?;

    let job = BatchJob {
        endpoint,
        app_id,
        safe_domains,
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
    Ok((job, pages, reports))
}

/// The report files of `--report`, created empty (their format from the extension).
pub(super) fn create_reports(args: &BatchArgs, lang: Lang) -> Result<Vec<Report>, Failure> {
    let mut reports = Vec::new();
    for path in &args.report {
        let shown = path.display();
        let format = ReportFormat::from_path(path).ok_or_else(|| {
            bad(tr(
                lang,
                format!(
                    "cannot tell the report format of {shown}: name it .json, .xml (JUnit) or .html"
                ),
                format!("无法判断报告 {shown} 的格式：请以 .json、.xml（JUnit）或 .html 结尾"),
            ))
        })?;
        let report = Report::create(path, format, lang).map_err(|e| {
            bad(tr(
                lang,
                format!("cannot write the report {shown}: {e}; check that its folder exists"),
                format!("无法写入报告 {shown}：{e}；请确认其所在目录存在"),
            ))
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
    match lang {
        Lang::En => format!(
            "warning: the value of header {} is NOT kept: {}. The profile keeps only the header name; pass {} on every run (or set up the OS keyring and save again).",
            names.join(", "),
            why.get(Lang::En),
            flags.join(" ")
        ),
        Lang::Zh => format!(
            "警告：请求头 {} 的值没有保存：{}。配置中只保存请求头名称；以后每次运行都要传 {}（或配置好系统钥匙串后重新保存）。",
            names.join("、"),
            why.get(Lang::Zh),
            flags.join(" ")
        ),
    }
}

pub(super) fn ticket_args(given: &[Secret], lang: Lang) -> Result<Vec<TicketCandidate>, Failure> {
    let tickets = crate::cli::usage::typed_tickets(given);
    if tickets.first().is_none_or(|t| t.ticket.is_empty()) {
        return Err(bad(tr(
            lang,
            "no jsapi_ticket: pass the current one with --ticket, or use --profile to fetch it"
                .into(),
            "没有 jsapi_ticket：请用 --ticket 传入当前的 ticket，或用 --profile 自动获取".into(),
        )));
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
) -> Result<Vec<TicketCandidate>, Failure> {
    let cache = Arc::new(CredentialCache::new(p.secrets.store()));
    let credentials = Credentials::new(Arc::clone(&p.secrets), cache, no_log());
    let options = FetchOptions {
        api_base: args.api_base.clone(),
        ..FetchOptions::default()
    };
    runtime
        .block_on(credentials.ticket_candidates(&p.profile, TicketKind::Jsapi, &options))
        .map_err(|e| {
            let name = &p.profile.name;
            let r = e.report().for_profile(name);
            let (meaning, fix) = (r.meaning(lang), r.fix(lang));
            Failure::Other(anyhow::anyhow!(tr(
                lang,
                format!(
                    "getting the jsapi_ticket of profile `{name}`: {meaning}\n  fix: {fix}; or give the ticket itself with --ticket"
                ),
                format!(
                    "获取配置 `{name}` 的 jsapi_ticket 失败：{meaning}\n  解决：{fix}；或直接用 --ticket 传入票据"
                ),
            )))
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
            api_base: args.api_base.clone(),
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
                eprintln!(
                    "{}",
                    tr(
                        lang,
                        format!(
                            "warning: no agent ticket for app {}: {}; fix: {}",
                            app.label(),
                            r.meaning(Lang::En),
                            r.fix(Lang::En)
                        ),
                        format!(
                            "警告：无法获取应用 {} 的应用票据：{}；解决：{}",
                            app.label(),
                            r.meaning(Lang::Zh),
                            r.fix(Lang::Zh)
                        ),
                    )
                );
            }
        }
    }
    out
}

fn endpoint(args: &BatchArgs, lang: Lang) -> Result<Endpoint, Failure> {
    let Some(url) = &args.endpoint_url else {
        return Err(bad(tr(
            lang,
            "no signing endpoint: pass --endpoint-url (e.g. https://api.example.com/wx/signature)"
                .into(),
            "没有签名接口：请用 --endpoint-url 指定（例如 https://api.example.com/wx/signature）"
                .into(),
        )));
    };
    let parsed = url::Url::parse(url).map_err(|e| {
        bad(tr(
            lang,
            format!("--endpoint-url {url} is not a URL ({e})"),
            format!("--endpoint-url {url} 不是 URL（{e}）"),
        ))
    })?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(bad(tr(
            lang,
            format!("--endpoint-url {url} must be http:// or https://"),
            format!("--endpoint-url {url} 必须以 http:// 或 https:// 开头"),
        )));
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
        return Err(bad(tr(
            lang,
            "a GET endpoint takes the URL as a query parameter: use --url-param query:NAME".into(),
            "GET 接口只能通过查询参数接收 URL：请使用 --url-param query:NAME".into(),
        )));
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
fn header_args(args: &BatchArgs, lang: Lang) -> Result<Vec<(String, Secret)>, Failure> {
    let mut headers = Vec::new();
    for item in &args.header_env {
        let (name, var) = item.split_once('=').ok_or_else(|| {
            bad(tr(
                lang,
                format!("--header-env {item}: write it as HEADER=ENV_VAR, e.g. Cookie=QA_COOKIE"),
                format!("--header-env {item}：请写成 HEADER=ENV_VAR，例如 Cookie=QA_COOKIE"),
            ))
        })?;
        if reqwest::header::HeaderName::from_bytes(name.trim().as_bytes()).is_err() {
            return Err(bad(tr(
                lang,
                format!("--header-env: `{name}` is not a valid header name"),
                format!("--header-env：`{name}` 不是合法的请求头名称"),
            )));
        }
        let value = std::env::var(var.trim()).map_err(|_| {
            bad(tr(
                lang,
                format!(
                    "--header-env {name}: the environment variable {var} is not set; export it first"
                ),
                format!("--header-env {name}：环境变量 {var} 未设置；请先 export 它"),
            ))
        })?;
        headers.push((name.trim().to_owned(), Secret::new(value)));
    }
    Ok(headers)
}

fn parse_url_param(spec: &str, lang: Lang) -> Result<UrlParam, Failure> {
    let (kind, name) = spec.split_once(':').unwrap_or(("json", spec));
    let name = name.trim();
    if name.is_empty() {
        return Err(bad(tr(
            lang,
            "--url-param needs a name, e.g. json:url".into(),
            "--url-param 需要字段名，例如 json:url".into(),
        )));
    }
    match kind.trim().to_ascii_lowercase().as_str() {
        "json" => Ok(UrlParam::Json(name.to_owned())),
        "query" => Ok(UrlParam::Query(name.to_owned())),
        "form" => Ok(UrlParam::Form(name.to_owned())),
        other => Err(bad(tr(
            lang,
            format!("--url-param kind `{other}`: use json:NAME, query:NAME or form:NAME"),
            format!("--url-param 类型 `{other}`：请使用 json:NAME、query:NAME 或 form:NAME"),
        ))),
    }
}

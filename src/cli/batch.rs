//! `wxsign batch`: QA's release sign-off. Every page of the pages file is signed by the team's
//! endpoint and checked; reports go to JSON, JUnit XML and HTML. Exit 0 when every page passes,
//! 1 otherwise, 2 on bad arguments.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use clap::{Args, ValueEnum};

use super::output;
use std::sync::Arc;

use crate::batch::report::{Report, ReportFormat, Reports};
use crate::batch::saved;
use crate::batch::{
    BatchJob, CancelFlag, Counts, Endpoint, EndpointSpec, FieldNames, HttpMethod, PageResult,
    PageStatus, PagesFormat, RunOptions, Summary, UrlEncoding, UrlParam,
};
use crate::cache::CredentialCache;
use crate::core::text::Lang;
use crate::core::verify::{TicketCandidate, TicketOrigin};
use crate::profile::{Profile, ProfileStore};
use crate::secret::Secret;
use crate::secrets::Secrets;
use crate::wechat::{Credentials, FetchOptions, TicketKind, no_log};

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

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum LangArg {
    En,
    Zh,
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
    /// never goes on the command line): `Cookie=MY_COOKIE_VAR`. Repeatable.
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
        env = "WXSIGN_TICKET",
        hide_env_values = true,
        value_delimiter = ','
    )]
    pub ticket: Vec<String>,
    /// The account's appId: the endpoint's reply must carry it.
    #[arg(long, value_name = "APPID")]
    pub app_id: Option<String>,
    /// A JS safe domain of the account (repeatable); share links must lie under one.
    #[arg(long, value_name = "DOMAIN")]
    pub safe_domain: Vec<String>,

    /// Requests in flight at once.
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub concurrency: u16,
    /// Timeout of each request to the endpoint, in milliseconds.
    #[arg(long, default_value_t = 10_000, value_parser = clap::value_parser!(u64).range(1..))]
    pub timeout_ms: u64,
    /// Fetch every imgUrl and check that it answers with an image.
    #[arg(long)]
    pub check_images: bool,
    /// Timeout of each image check, in milliseconds.
    #[arg(long, default_value_t = 5_000, value_parser = clap::value_parser!(u64).range(1..))]
    pub image_timeout_ms: u64,
    /// Send location.href.split('#')[0] instead of the whole address with its #fragment.
    #[arg(long)]
    pub strip_fragment: bool,

    /// Write a report: .json, .xml (JUnit) or .html, chosen by extension. Repeatable.
    #[arg(long, value_name = "FILE")]
    pub report: Vec<PathBuf>,
    /// Language of the human output and the HTML/JUnit reports (default: from LANG).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
}

/// Why a run could not start: a usage problem (exit 2) or a failure to get what the run
/// needs, such as the ticket (exit 1).
enum Failure {
    BadArgs(String),
    Other(anyhow::Error),
}

fn bad(msg: impl Into<String>) -> Failure {
    Failure::BadArgs(msg.into())
}

/// What `--profile` brings: the profile and the secret store of this machine.
struct ProfileContext {
    profile: Profile,
    secrets: Arc<Secrets>,
}

pub fn run(args: BatchArgs) -> anyhow::Result<ExitCode> {
    let lang = match args.lang {
        Some(LangArg::En) => Lang::En,
        Some(LangArg::Zh) => Lang::Zh,
        None => Lang::from_locale(&std::env::var("LANG").unwrap_or_default()),
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    let (job, pages, reports) = match prepare(&args, lang, &runtime) {
        Ok(p) => p,
        Err(Failure::BadArgs(msg)) => {
            eprintln!("error: {msg}\n\nFor more information, try 'wxsign batch --help'.");
            return Ok(ExitCode::from(2));
        }
        Err(Failure::Other(e)) => return Err(e),
    };
    let total = pages.len();
    let bar = progress_bar(total);
    let mut reports = Reports::new(reports);
    let mut write_error: Option<std::io::Error> = None;
    let cancel = CancelFlag::new();
    let summary = runtime.block_on(async {
        let ctrl_c = cancel.clone();
        tokio::spawn(async move {
            if tokio::signal::ctrl_c().await.is_ok() {
                ctrl_c.cancel();
            }
        });
        crate::batch::run(job, pages, cancel, |result, counts| {
            bar.inc(1);
            bar.set_message(counts_message(counts));
            if result.status != PageStatus::Pass {
                let line = failure_line(&result, lang);
                if bar.is_hidden() {
                    anstream::println!("{line}");
                } else {
                    bar.suspend(|| anstream::println!("{line}"));
                }
            }
            if write_error.is_none()
                && let Err(e) = reports.add(result)
            {
                write_error = Some(e);
            }
        })
        .await
    })?;
    bar.finish_and_clear();
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
) -> Result<(BatchJob, Vec<crate::batch::PageSpec>, Vec<Report>), Failure> {
    let profile = match &args.profile {
        None => None,
        Some(name) => {
            let store = ProfileStore::from_env().map_err(|e| Failure::Other(e.into()))?;
            let profile = store
                .get(name)
                .map_err(|e| bad(format!("{e} (see `wxsign profile list`)")))?;
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
        (Some(_), _) | (None, None) => endpoint(args)?,
        (None, Some((_, p))) => {
            saved::load(&p.profile, p.secrets.store().as_ref()).map_err(|e| bad(e.to_string()))?
        }
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
        eprintln!("saved the signing endpoint in profile `{}`", p.profile.name);
    }
    let tickets = match (&profile, args.ticket.is_empty()) {
        (Some((_, p)), true) => profile_tickets(p, args, runtime)?,
        _ => ticket_args(&args.ticket)?,
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
        bad(format!(
            "cannot read the pages file {}: {e}",
            args.pages.display()
        ))
    })?;
    let format = match args.pages_format {
        PagesFormatArg::Auto => PagesFormat::from_path(&args.pages.to_string_lossy()),
        PagesFormatArg::List => PagesFormat::List,
        PagesFormatArg::Csv => PagesFormat::Csv,
        PagesFormatArg::Json => PagesFormat::Json,
    };
    let pages = crate::batch::parse_pages(&text, format)
        .map_err(|e| bad(format!("{} ({})", e, args.pages.display())))?;

    let mut reports = Vec::new();
    for path in &args.report {
        let format = ReportFormat::from_path(path).ok_or_else(|| {
            bad(format!(
                "cannot tell the report format of {}: name it .json, .xml (JUnit) or .html",
                path.display()
            ))
        })?;
        let report = Report::create(path, format, lang).map_err(|e| {
            bad(format!(
                "cannot write the report {}: {e}; check that its folder exists",
                path.display()
            ))
        })?;
        reports.push(report);
    }

    let job = BatchJob {
        endpoint,
        app_id,
        safe_domains,
        tickets,
        options: RunOptions {
            concurrency: usize::from(args.concurrency),
            timeout: Duration::from_millis(args.timeout_ms),
            check_images: args.check_images,
            image_timeout: Duration::from_millis(args.image_timeout_ms),
            strip_fragment: args.strip_fragment,
        },
    };
    Ok((job, pages, reports))
}

fn ticket_args(given: &[String]) -> Result<Vec<TicketCandidate>, Failure> {
    let tickets: Vec<TicketCandidate> = given
        .iter()
        .enumerate()
        .map(|(i, t)| TicketCandidate {
            ticket: Secret::new(t.trim()),
            origin: if i == 0 {
                TicketOrigin::Current
            } else {
                TicketOrigin::Stale { fetched_at: None }
            },
        })
        .collect();
    if tickets.first().is_none_or(|t| t.ticket.is_empty()) {
        return Err(bad(
            "no jsapi_ticket: pass the current one with --ticket, or use --profile to fetch it",
        ));
    }
    Ok(tickets)
}

/// The profile's current jsapi_ticket (cached, or fetched once) and the older ones of the
/// cache as stale candidates.
fn profile_tickets(
    p: &ProfileContext,
    args: &BatchArgs,
    runtime: &tokio::runtime::Runtime,
) -> Result<Vec<TicketCandidate>, Failure> {
    let cache = Arc::new(CredentialCache::new(p.secrets.store()));
    let credentials = Credentials::new(Arc::clone(&p.secrets), cache, no_log());
    let options = FetchOptions {
        api_base: args.api_base.clone(),
        ..FetchOptions::default()
    };
    let current = runtime
        .block_on(credentials.ticket(&p.profile, TicketKind::Jsapi, &options))
        .map_err(|e| {
            let r = e.report();
            Failure::Other(anyhow::anyhow!(
                "getting the jsapi_ticket of profile `{}`: {} — {} (or pass --ticket)",
                p.profile.name,
                r.meaning.en,
                r.fix.en
            ))
        })?;
    let mut tickets = vec![TicketCandidate {
        ticket: current.ticket.clone(),
        origin: TicketOrigin::Current,
    }];
    let older = runtime
        .block_on(credentials.candidates(&p.profile.app_id))
        .unwrap_or_default();
    tickets.extend(older.into_iter().filter(|t| t.ticket != current.ticket));
    Ok(tickets)
}

fn endpoint(args: &BatchArgs) -> Result<Endpoint, Failure> {
    let Some(url) = &args.endpoint_url else {
        return Err(bad(
            "no signing endpoint: pass --endpoint-url (e.g. https://api.example.com/wx/signature)",
        ));
    };
    let parsed = url::Url::parse(url)
        .map_err(|e| bad(format!("--endpoint-url {url} is not a URL ({e})")))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(bad(format!(
            "--endpoint-url {url} must be http:// or https://"
        )));
    }
    let method = match args.method {
        Some(MethodArg::Get) => HttpMethod::Get,
        Some(MethodArg::Post) | None => HttpMethod::Post,
    };
    let url_param = match &args.url_param {
        None if method == HttpMethod::Get => UrlParam::Query("url".into()),
        None => UrlParam::Json("url".into()),
        Some(spec) => parse_url_param(spec)?,
    };
    if method == HttpMethod::Get && !matches!(url_param, UrlParam::Query(_)) {
        return Err(bad(
            "a GET endpoint takes the URL as a query parameter: use --url-param query:NAME",
        ));
    }
    let mut headers = Vec::new();
    for item in &args.header_env {
        let (name, var) = item.split_once('=').ok_or_else(|| {
            bad(format!(
                "--header-env {item}: write it as HEADER=ENV_VAR, e.g. Cookie=QA_COOKIE"
            ))
        })?;
        if reqwest::header::HeaderName::from_bytes(name.trim().as_bytes()).is_err() {
            return Err(bad(format!(
                "--header-env: `{name}` is not a valid header name"
            )));
        }
        let value = std::env::var(var.trim()).map_err(|_| {
            bad(format!(
                "--header-env {name}: the environment variable {var} is not set; export it first"
            ))
        })?;
        headers.push((name.trim().to_owned(), Secret::new(value)));
    }
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

fn parse_url_param(spec: &str) -> Result<UrlParam, Failure> {
    let (kind, name) = spec.split_once(':').unwrap_or(("json", spec));
    let name = name.trim();
    if name.is_empty() {
        return Err(bad("--url-param needs a name, e.g. json:url"));
    }
    match kind.trim().to_ascii_lowercase().as_str() {
        "json" => Ok(UrlParam::Json(name.to_owned())),
        "query" => Ok(UrlParam::Query(name.to_owned())),
        "form" => Ok(UrlParam::Form(name.to_owned())),
        other => Err(bad(format!(
            "--url-param kind `{other}`: use json:NAME, query:NAME or form:NAME"
        ))),
    }
}

fn progress_bar(total: usize) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new(u64::try_from(total).unwrap_or(u64::MAX));
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} {msg}",
    ) {
        bar.set_style(style);
    }
    bar.set_message(counts_message(&Counts::default()));
    bar
}

fn counts_message(c: &Counts) -> String {
    format!("pass {} · fail {} · error {}", c.pass, c.fail, c.error)
}

fn failure_line(r: &PageResult, lang: Lang) -> String {
    let (style, label) = match r.status {
        PageStatus::Pass => (output::OK, "PASS "),
        PageStatus::Fail => (output::ERROR, "FAIL "),
        PageStatus::Error => (output::WARNING, "ERROR"),
    };
    let mut line = format!("{style}{label}{style:#} #{} {}", r.index + 1, r.url);
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
    }
    for r in reports {
        let path = format!("{}{}{:#}", output::INFO, r.display(), output::INFO);
        output::field(7, if zh { "报告" } else { "report" }, &path);
    }
}

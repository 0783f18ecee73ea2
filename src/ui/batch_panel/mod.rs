//! The Batch panel: QA's release sign-off in the window. Pages and the endpoint go in, the run
//! goes to the background worker like every other piece of background work
//! ([`Command::RunBatch`]), and every finished page comes back as a worker event the window
//! hands to [`BatchPanel::apply`], so the table fills while the UI stays smooth. A click on a
//! row hands the page to the Verify panel with everything filled in.

use eframe::egui;

mod inputs;
mod log;
mod probe_mode;
mod table;

use super::batch_strings::BatchStrings;
use super::log_panel::LogRow;
use super::verify_panel::VerifyRequest;
use crate::batch::{
    BatchJob, Counts, Endpoint, EndpointSpec, HttpMethod, PageResult, PageStatus, PagesFormat,
    RunOptions, Summary, UrlEncoding, UrlParam, parse_pages,
};
use crate::core::text::Lang;
use crate::core::verify::TicketCandidate;
use crate::secret::Secret;
use crate::worker::{BatchError, BatchRun, Command, Event, Pages};
use inputs::inputs_ui;
use table::{filter_ui, table_ui};

pub use probe_mode::{BatchMode, ProbeSettings};

/// Which results the table shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Filter {
    #[default]
    All,
    Pass,
    Fail,
    Error,
}

/// The column the table is sorted by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortBy {
    #[default]
    Index,
    Status,
    Url,
    Duration,
    Problem,
}

/// Where the page URL goes in the request.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ParamKind {
    #[default]
    Json,
    Query,
    Form,
}

/// The run the worker is doing for the panel.
struct Running {
    /// The id its events carry; events of an older run are dropped.
    id: u64,
    /// The endpoint's method and address as the Log panel shows them; `None` in probe mode.
    endpoint: Option<(HttpMethod, String)>,
}

/// The panel's state. Nothing here is persisted: the header value is a secret.
pub struct BatchPanel {
    pub pages_text: String,
    pub endpoint_url: String,
    pub method: HttpMethod,
    pub param_kind: ParamKind,
    pub param_name: String,
    pub encoding: UrlEncoding,
    pub header_name: String,
    pub header_value: Secret,
    pub concurrency: usize,
    pub timeout_ms: u64,
    pub check_images: bool,
    /// Ask the endpoint this many times per page (flaky pages, per-node ticket caches).
    pub repeat: usize,
    pub filter: Filter,
    pub sort: SortBy,
    pub descending: bool,
    pub results: Vec<PageResult>,
    pub counts: Counts,
    pub total: usize,
    pub summary: Option<Summary>,
    /// What to fix in the inputs before a run can start.
    pub error: Option<String>,
    /// Endpoint or probe pages.
    pub mode: BatchMode,
    pub probe: ProbeSettings,
    /// Why the last run could not check any page.
    pub failure: Option<BatchError>,
    running: Option<Running>,
    /// The id of the next run.
    next_id: u64,
    /// Endpoint calls not yet handed to the Log panel ([`BatchPanel::take_log`]).
    log: Vec<LogRow>,
}

impl Default for BatchPanel {
    fn default() -> Self {
        Self {
            pages_text: String::new(),
            endpoint_url: String::new(),
            method: HttpMethod::Post,
            param_kind: ParamKind::Json,
            param_name: "url".to_owned(),
            encoding: UrlEncoding::Raw,
            header_name: String::new(),
            header_value: Secret::default(),
            concurrency: 8,
            timeout_ms: 10_000,
            check_images: false,
            repeat: 1,
            filter: Filter::All,
            sort: SortBy::Index,
            descending: false,
            results: Vec::new(),
            counts: Counts::default(),
            total: 0,
            summary: None,
            error: None,
            mode: BatchMode::Endpoint,
            probe: ProbeSettings::default(),
            failure: None,
            running: None,
            next_id: 1,
            log: Vec::new(),
        }
    }
}

/// What the panel needs from the app: the active profile's account data and tickets.
pub struct BatchCtx<'a> {
    pub s: &'static BatchStrings,
    pub lang: Lang,
    pub app_id: Option<&'a str>,
    pub safe_domains: &'a [String],
    /// The active profile's platform: endpoint replies are judged by its call's recipe.
    pub platform: crate::platform::Platform,
    /// The current ticket first (the profile's cached one, or the Sign panel's), then older ones.
    pub tickets: Vec<TicketCandidate>,
    /// WeCom: the agent tickets the window holds, the chosen app's first, for replies that also
    /// hold a `wx.agentConfig` triplet.
    pub agent_tickets: Vec<crate::batch::wecom::AgentTickets>,
    /// The endpoint saved in the active profile (`wxsign batch --save-endpoint`): fills an empty
    /// form. Header values stay in the keyring; the user types them here if needed.
    pub saved_endpoint: Option<&'a EndpointSpec>,
    /// The Settings browser for the probe mode; `None` searches PATH and the usual places.
    pub probe_browser: Option<std::path::PathBuf>,
}

/// What the user asked for.
#[derive(Debug)]
pub enum BatchAction {
    OpenInVerify(VerifyRequest),
    /// A probed page: show its whole report in the Probe panel.
    OpenInProbe(Box<crate::probe::ProbeReport>),
    /// Start or cancel a run: the window sends this to the worker.
    Send(Command),
}

impl BatchPanel {
    /// Fills the endpoint fields from a saved description, unless the user typed one.
    pub fn prefill(&mut self, spec: &EndpointSpec) {
        if !self.endpoint_url.trim().is_empty() {
            return;
        }
        self.endpoint_url = spec.url.clone();
        self.method = spec.method;
        self.encoding = spec.url_encoding;
        let (kind, name) = match &spec.url_param {
            UrlParam::Json(n) => (ParamKind::Json, n),
            UrlParam::Query(n) => (ParamKind::Query, n),
            UrlParam::Form(n) => (ParamKind::Form, n),
        };
        self.param_kind = kind;
        self.param_name = name.clone();
        if let Some(h) = spec.header_names.first() {
            self.header_name = h.clone();
        }
    }

    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }

    /// The endpoint as typed; `Err` says what to fix.
    pub fn endpoint(&self, s: &BatchStrings) -> Result<Endpoint, String> {
        let url = self.endpoint_url.trim();
        if !url.starts_with("http://") && !url.starts_with("https://") {
            return Err(s.need_endpoint.to_owned());
        }
        let name = match self.param_name.trim() {
            "" => "url".to_owned(),
            n => n.to_owned(),
        };
        let param = match (self.method, self.param_kind) {
            (HttpMethod::Get, _) | (_, ParamKind::Query) => UrlParam::Query(name),
            (HttpMethod::Post, ParamKind::Json) => UrlParam::Json(name),
            (HttpMethod::Post, ParamKind::Form) => UrlParam::Form(name),
        };
        let header = self.header_name.trim();
        let headers = if header.is_empty() {
            Vec::new()
        } else {
            vec![(header.to_owned(), self.header_value.clone())]
        };
        Ok(Endpoint {
            spec: EndpointSpec {
                url: url.to_owned(),
                method: self.method,
                url_param: param,
                url_encoding: self.encoding,
                header_names: headers.iter().map(|(n, _)| n.clone()).collect(),
                fields: Default::default(),
            },
            headers,
        })
    }

    /// Validates the inputs and builds the worker command that starts the run; `None` leaves
    /// what to fix in [`BatchPanel::error`].
    pub fn start(&mut self, cx: &BatchCtx<'_>) -> Option<Command> {
        self.error = None;
        self.failure = None;
        let run = match self.mode {
            BatchMode::Probe => probe_mode::run(self, cx)?,
            BatchMode::Endpoint => self.endpoint_run(cx)?,
        };
        let endpoint = match &run {
            BatchRun::Endpoint { job, .. } => {
                let spec = &job.endpoint.spec;
                let shown = crate::batch::runner::display_endpoint(&spec.url);
                Some((spec.method, shown))
            }
            BatchRun::Probe { .. } => None,
        };
        self.results.clear();
        self.counts = Counts::default();
        self.summary = None;
        self.total = run.total();
        let id = self.next_id;
        self.next_id += 1;
        self.running = Some(Running { id, endpoint });
        Some(Command::RunBatch {
            id,
            run: Box::new(run),
        })
    }

    /// The endpoint mode's run, or what to fix.
    fn endpoint_run(&mut self, cx: &BatchCtx<'_>) -> Option<BatchRun> {
        let endpoint = match self.endpoint(cx.s) {
            Ok(e) => e,
            Err(e) => {
                self.error = Some(e);
                return None;
            }
        };
        if cx.tickets.first().is_none_or(|t| t.ticket.is_empty()) {
            self.error = Some(cx.s.need_ticket.to_owned());
            return None;
        }
        let pages = self.pages(cx.s)?;
        let job = BatchJob {
            endpoint,
            app_id: cx.app_id.map(str::to_owned),
            safe_domains: cx.safe_domains.to_vec(),
            platform: cx.platform,
            tickets: cx.tickets.clone(),
            agent_tickets: cx.agent_tickets.clone(),
            options: RunOptions {
                concurrency: self.concurrency.clamp(1, 64),
                timeout: std::time::Duration::from_millis(self.timeout_ms.max(100)),
                check_images: self.check_images,
                repeat: self.repeat.clamp(1, 100),
                ..RunOptions::default()
            },
        };
        Some(BatchRun::Endpoint {
            job: Box::new(job),
            pages: Pages::Parsed(pages),
        })
    }

    /// The pages as typed, or what is wrong with them.
    fn pages(&mut self, s: &BatchStrings) -> Option<Vec<crate::batch::PageSpec>> {
        match parse_pages(&self.pages_text, PagesFormat::Auto) {
            Ok(p) => Some(p),
            Err(e) => {
                self.error = Some(format!("{}: {e}", s.pages_error));
                None
            }
        }
    }

    /// The worker command that stops the running batch; it then finishes as cancelled.
    pub fn cancel(&self) -> Option<Command> {
        let id = self.running.as_ref()?.id;
        Some(Command::CancelBatch { id })
    }

    /// The worker could not be asked (it is not running): the run never started.
    pub fn not_started(&mut self, why: String) {
        self.running = None;
        self.error = Some(why);
    }

    /// Takes a worker event about this panel's run; others (and those of an earlier run) are
    /// ignored. `lang` is the language of the Log panel rows it makes.
    pub fn apply(&mut self, event: Event, lang: Lang) {
        let Some(running) = &self.running else {
            return;
        };
        match event {
            Event::BatchPage { id, result } if id == running.id => {
                if let Some((method, endpoint)) = &running.endpoint {
                    self.log.extend(log::row(*method, endpoint, &result, lang));
                }
                self.counts.add(result.status);
                self.results.push(*result);
            }
            Event::BatchFinished { id, summary } if id == running.id => {
                self.summary = Some(summary);
                self.running = None;
            }
            Event::BatchFailed { id, error } if id == running.id => {
                self.failure = Some(error);
                self.running = None;
            }
            _ => {}
        }
    }

    /// The endpoint calls made since the last call, for the Log panel.
    pub fn take_log(&mut self) -> Vec<LogRow> {
        std::mem::take(&mut self.log)
    }

    /// Indices into `results` after the filter and the sort.
    pub fn visible(&self) -> Vec<usize> {
        let mut rows: Vec<usize> = (0..self.results.len())
            .filter(|&i| {
                let st = self.results[i].status;
                match self.filter {
                    Filter::All => true,
                    Filter::Pass => st == PageStatus::Pass,
                    Filter::Fail => matches!(st, PageStatus::Fail | PageStatus::Flaky),
                    Filter::Error => st == PageStatus::Error,
                }
            })
            .collect();
        let r = &self.results;
        match self.sort {
            SortBy::Index => rows.sort_by_key(|&i| r[i].index),
            SortBy::Status => rows.sort_by_key(|&i| (r[i].status, r[i].index)),
            SortBy::Url => rows.sort_by(|&a, &b| r[a].url.cmp(&r[b].url)),
            SortBy::Duration => rows.sort_by_key(|&i| (r[i].duration_ms, r[i].index)),
            SortBy::Problem => rows.sort_by(|&a, &b| {
                r[a].problem_codes()
                    .first()
                    .cmp(&r[b].problem_codes().first())
                    .then(r[a].index.cmp(&r[b].index))
            }),
        }
        if self.descending {
            rows.reverse();
        }
        rows
    }
}

/// Draws the panel; returns the page the user opened, if any.
pub fn batch_panel_ui(
    ui: &mut egui::Ui,
    panel: &mut BatchPanel,
    cx: BatchCtx<'_>,
) -> Option<BatchAction> {
    let mut action = None;
    if let Some(spec) = cx.saved_endpoint {
        panel.prefill(spec);
    }
    let s = cx.s;
    let ps = crate::ui::probe_strings::probe_tr(cx.lang);
    ui.heading(s.title);
    probe_mode::mode_ui(ui, panel, ps);
    match panel.mode {
        BatchMode::Endpoint => {
            ui.label(s.intro);
            inputs_ui(ui, panel, s);
        }
        BatchMode::Probe => {
            ui.label(ps.batch_probe_intro);
            probe_mode::inputs_ui(ui, panel, &cx);
        }
    }
    ui.horizontal(|ui| {
        if panel.is_running() {
            if ui.button(s.cancel).clicked() {
                action = panel.cancel().map(BatchAction::Send);
            }
        } else if ui
            .add_enabled(
                !panel.pages_text.trim().is_empty(),
                egui::Button::new(s.run),
            )
            .clicked()
        {
            action = panel.start(&cx).map(BatchAction::Send);
        }
        if panel.total > 0 {
            let done = panel.counts.done();
            let fraction = done as f32 / panel.total as f32;
            let text = format!(
                "{done}/{} · {} {} · {} {} · {} {}",
                panel.total,
                s.pass,
                panel.counts.pass,
                s.fail,
                panel.counts.fail,
                s.error,
                panel.counts.error
            );
            ui.add(
                egui::ProgressBar::new(fraction)
                    .text(text)
                    .desired_width(420.0),
            );
        }
    });
    if let Some(e) = &panel.error {
        ui.colored_label(ui.visuals().error_fg_color, e);
    }
    if let Some(e) = &panel.failure {
        ui.colored_label(ui.visuals().error_fg_color, e.describe(cx.lang));
    }
    if let Some(sum) = &panel.summary {
        let verdict = if sum.all_passed() {
            s.all_passed
        } else if sum.cancelled {
            s.cancelled
        } else {
            s.not_all_passed
        };
        ui.strong(format!("{verdict} ({} ms)", sum.elapsed_ms));
    }
    ui.separator();
    filter_ui(ui, panel, s);
    table_ui(ui, panel, s, cx.lang).or(action)
}

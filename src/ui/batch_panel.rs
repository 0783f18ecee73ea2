//! The Batch panel: QA's release sign-off in the window. Pages and the endpoint go in, the run
//! happens on its own background thread (with its own tokio runtime), and every finished page
//! comes back through a channel with a repaint, so the table fills while the UI stays smooth.
//! A click on a row hands the page to the Verify panel with everything filled in.

use std::sync::mpsc;

use eframe::egui;
use egui_extras::{Column, TableBuilder};

use super::batch_strings::BatchStrings;
use crate::batch::{
    BatchJob, CancelFlag, Counts, Endpoint, EndpointSpec, HttpMethod, PageResult, PageStatus,
    PagesFormat, RunOptions, Summary, UrlEncoding, UrlParam, parse_pages,
};
use crate::core::text::Lang;
use crate::core::verify::TicketCandidate;
use crate::secret::Secret;

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

/// What a finished run sends back to the UI thread.
enum BatchEvent {
    Page(Box<PageResult>),
    Done(Summary),
    Failed(String),
}

struct Running {
    rx: mpsc::Receiver<BatchEvent>,
    cancel: CancelFlag,
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
    pub header_value: String,
    pub concurrency: usize,
    pub timeout_ms: u64,
    pub check_images: bool,
    pub filter: Filter,
    pub sort: SortBy,
    pub descending: bool,
    pub results: Vec<PageResult>,
    pub counts: Counts,
    pub total: usize,
    pub summary: Option<Summary>,
    pub error: Option<String>,
    running: Option<Running>,
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
            header_value: String::new(),
            concurrency: 8,
            timeout_ms: 10_000,
            check_images: false,
            filter: Filter::All,
            sort: SortBy::Index,
            descending: false,
            results: Vec::new(),
            counts: Counts::default(),
            total: 0,
            summary: None,
            error: None,
            running: None,
        }
    }
}

/// What the panel needs from the app: the active profile's account data and tickets.
pub struct BatchCtx<'a> {
    pub s: &'static BatchStrings,
    pub lang: Lang,
    pub app_id: Option<&'a str>,
    pub safe_domains: &'a [String],
    /// The current ticket first (the profile's cached one, or the Sign panel's), then older ones.
    pub tickets: Vec<TicketCandidate>,
}

/// A page the user wants to look at in the Verify panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyRequest {
    pub url: String,
    pub entry_url: Option<String>,
    /// The endpoint's reply as `wx.config` JSON, for the Verify panel's paste box.
    pub server_output: String,
}

/// What the user asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BatchAction {
    OpenInVerify(VerifyRequest),
}

impl BatchPanel {
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
            vec![(header.to_owned(), Secret::new(self.header_value.clone()))]
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

    /// Starts a run on a background thread; the UI only drains its events.
    pub fn start(&mut self, ctx: &egui::Context, cx: &BatchCtx<'_>) {
        self.error = None;
        let endpoint = match self.endpoint(cx.s) {
            Ok(e) => e,
            Err(e) => {
                self.error = Some(e);
                return;
            }
        };
        if cx.tickets.first().is_none_or(|t| t.ticket.is_empty()) {
            self.error = Some(cx.s.need_ticket.to_owned());
            return;
        }
        let pages = match parse_pages(&self.pages_text, PagesFormat::Auto) {
            Ok(p) => p,
            Err(e) => {
                self.error = Some(format!("{}: {e}", cx.s.pages_error));
                return;
            }
        };
        let job = BatchJob {
            endpoint,
            app_id: cx.app_id.map(str::to_owned),
            safe_domains: cx.safe_domains.to_vec(),
            tickets: cx.tickets.clone(),
            options: RunOptions {
                concurrency: self.concurrency.clamp(1, 64),
                timeout: std::time::Duration::from_millis(self.timeout_ms.max(100)),
                check_images: self.check_images,
                ..RunOptions::default()
            },
        };
        self.results.clear();
        self.counts = Counts::default();
        self.summary = None;
        self.total = pages.len();
        let (tx, rx) = mpsc::channel();
        let cancel = CancelFlag::new();
        let flag = cancel.clone();
        let repaint = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("wxsign-batch".to_owned())
            .spawn(move || run_in_background(job, pages, flag, tx, repaint));
        match spawned {
            Ok(_) => self.running = Some(Running { rx, cancel }),
            Err(e) => self.error = Some(format!("{}: {e}", cx.s.start_failed)),
        }
    }

    pub fn cancel(&mut self) {
        if let Some(r) = &self.running {
            r.cancel.cancel();
        }
    }

    /// Takes what the run sent since the last frame.
    pub fn drain(&mut self) {
        let Some(running) = &self.running else {
            return;
        };
        let mut finished = false;
        while let Ok(event) = running.rx.try_recv() {
            match event {
                BatchEvent::Page(r) => {
                    self.counts.add(r.status);
                    self.results.push(*r);
                }
                BatchEvent::Done(s) => {
                    self.summary = Some(s);
                    finished = true;
                }
                BatchEvent::Failed(e) => {
                    self.error = Some(e);
                    finished = true;
                }
            }
        }
        if finished {
            self.running = None;
        }
    }

    /// Indices into `results` after the filter and the sort.
    pub fn visible(&self) -> Vec<usize> {
        let mut rows: Vec<usize> = (0..self.results.len())
            .filter(|&i| {
                let st = self.results[i].status;
                match self.filter {
                    Filter::All => true,
                    Filter::Pass => st == PageStatus::Pass,
                    Filter::Fail => st == PageStatus::Fail,
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

fn run_in_background(
    job: BatchJob,
    pages: Vec<crate::batch::PageSpec>,
    cancel: CancelFlag,
    tx: mpsc::Sender<BatchEvent>,
    repaint: egui::Context,
) {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            let _ = tx.send(BatchEvent::Failed(e.to_string()));
            repaint.request_repaint();
            return;
        }
    };
    let page_tx = tx.clone();
    let page_repaint = repaint.clone();
    let outcome = runtime.block_on(crate::batch::run(job, pages, cancel, move |r, _| {
        let _ = page_tx.send(BatchEvent::Page(Box::new(r)));
        page_repaint.request_repaint();
    }));
    let _ = tx.send(match outcome {
        Ok(summary) => BatchEvent::Done(summary),
        Err(e) => BatchEvent::Failed(e.to_string()),
    });
    repaint.request_repaint();
}

/// The reply of a page as `wx.config` JSON for the Verify panel.
fn server_output(r: &PageResult) -> String {
    let reply = r.reply.clone().unwrap_or_default();
    serde_json::json!({
        "appId": reply.app_id,
        "timestamp": reply.timestamp,
        "nonceStr": reply.nonce_str,
        "signature": reply.signature,
    })
    .to_string()
}

/// Draws the panel; returns the page the user opened, if any.
pub fn batch_panel_ui(
    ui: &mut egui::Ui,
    panel: &mut BatchPanel,
    cx: BatchCtx<'_>,
) -> Option<BatchAction> {
    panel.drain();
    let s = cx.s;
    ui.heading(s.title);
    ui.label(s.intro);
    inputs_ui(ui, panel, s);
    ui.horizontal(|ui| {
        if panel.is_running() {
            if ui.button(s.cancel).clicked() {
                panel.cancel();
            }
        } else if ui
            .add_enabled(
                !panel.pages_text.trim().is_empty(),
                egui::Button::new(s.run),
            )
            .clicked()
        {
            panel.start(ui.ctx(), &cx);
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
    table_ui(ui, panel, s, cx.lang)
}

fn inputs_ui(ui: &mut egui::Ui, panel: &mut BatchPanel, s: &BatchStrings) {
    let enabled = !panel.is_running();
    ui.add_enabled_ui(enabled, |ui| {
        egui::Grid::new("batch_inputs")
            .num_columns(2)
            .spacing([8.0, 4.0])
            .show(ui, |ui| {
                let label = ui.label(s.endpoint).id;
                ui.add(
                    egui::TextEdit::singleline(&mut panel.endpoint_url)
                        .hint_text("https://api.example.com/wx/signature")
                        .desired_width(420.0),
                )
                .labelled_by(label);
                ui.end_row();
                let label = ui.label(s.request).id;
                ui.horizontal(|ui| {
                    request_ui(ui, panel, s, label);
                });
                ui.end_row();
                let label = ui.label(s.header).id;
                ui.horizontal(|ui| {
                    ui.add(
                        egui::TextEdit::singleline(&mut panel.header_name)
                            .hint_text("Cookie")
                            .desired_width(120.0),
                    )
                    .labelled_by(label);
                    ui.add(
                        egui::TextEdit::singleline(&mut panel.header_value)
                            .password(true)
                            .hint_text(s.header_value_hint)
                            .desired_width(280.0),
                    )
                    .labelled_by(label);
                });
                ui.end_row();
                ui.label(s.options);
                ui.horizontal(|ui| {
                    let label = ui.label(s.concurrency).id;
                    ui.add(egui::DragValue::new(&mut panel.concurrency).range(1..=64))
                        .labelled_by(label);
                    let label = ui.label(s.timeout_ms).id;
                    ui.add(egui::DragValue::new(&mut panel.timeout_ms).range(100..=120_000))
                        .labelled_by(label);
                    ui.checkbox(&mut panel.check_images, s.check_images);
                });
                ui.end_row();
            });
        let label = ui.label(s.pages).id;
        egui::ScrollArea::vertical()
            .id_salt("batch_pages")
            .max_height(110.0)
            .show(ui, |ui| {
                ui.add(
                    egui::TextEdit::multiline(&mut panel.pages_text)
                        .hint_text(s.pages_hint)
                        .code_editor()
                        .desired_rows(4)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label);
            });
    });
}

fn request_ui(ui: &mut egui::Ui, panel: &mut BatchPanel, s: &BatchStrings, label: egui::Id) {
    egui::ComboBox::from_id_salt("batch_method")
        .selected_text(match panel.method {
            HttpMethod::Get => "GET",
            HttpMethod::Post => "POST",
        })
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut panel.method, HttpMethod::Post, "POST");
            ui.selectable_value(&mut panel.method, HttpMethod::Get, "GET");
        })
        .response
        .labelled_by(label);
    let field = ui.label(s.param_name).id;
    if panel.method == HttpMethod::Post {
        egui::ComboBox::from_id_salt("batch_param")
            .selected_text(param_label(panel.param_kind, s))
            .show_ui(ui, |ui| {
                for k in [ParamKind::Json, ParamKind::Query, ParamKind::Form] {
                    ui.selectable_value(&mut panel.param_kind, k, param_label(k, s));
                }
            })
            .response
            .labelled_by(field);
    }
    ui.add(egui::TextEdit::singleline(&mut panel.param_name).desired_width(80.0))
        .labelled_by(field);
    let mut encoded = panel.encoding == UrlEncoding::Component;
    if ui.checkbox(&mut encoded, s.encode_component).changed() {
        panel.encoding = if encoded {
            UrlEncoding::Component
        } else {
            UrlEncoding::Raw
        };
    }
}

fn param_label(k: ParamKind, s: &BatchStrings) -> &'static str {
    match k {
        ParamKind::Json => s.param_json,
        ParamKind::Query => s.param_query,
        ParamKind::Form => s.param_form,
    }
}

fn filter_ui(ui: &mut egui::Ui, panel: &mut BatchPanel, s: &BatchStrings) {
    ui.horizontal(|ui| {
        ui.label(s.show);
        for (f, label) in [
            (Filter::All, s.all),
            (Filter::Fail, s.fail),
            (Filter::Error, s.error),
            (Filter::Pass, s.pass),
        ] {
            ui.selectable_value(&mut panel.filter, f, label);
        }
    });
}

fn status_label(st: PageStatus, s: &BatchStrings) -> &'static str {
    match st {
        PageStatus::Pass => s.pass,
        PageStatus::Fail => s.fail,
        PageStatus::Error => s.error,
    }
}

fn table_ui(
    ui: &mut egui::Ui,
    panel: &mut BatchPanel,
    s: &BatchStrings,
    lang: Lang,
) -> Option<BatchAction> {
    if panel.results.is_empty() {
        if !panel.is_running() {
            ui.weak(s.no_results);
        }
        return None;
    }
    let rows = panel.visible();
    let mut action = None;
    let mut sort_click = None;
    let row_h = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
    TableBuilder::new(ui)
        .striped(true)
        .sense(egui::Sense::click())
        .column(Column::exact(48.0))
        .column(Column::exact(64.0))
        .column(
            Column::initial(420.0)
                .at_least(160.0)
                .clip(true)
                .resizable(true),
        )
        .column(Column::exact(64.0))
        .column(Column::remainder().at_least(160.0).clip(true))
        .header(row_h + 2.0, |mut header| {
            for (col, label) in [
                (SortBy::Index, "#"),
                (SortBy::Status, s.status),
                (SortBy::Url, "URL"),
                (SortBy::Duration, "ms"),
                (SortBy::Problem, s.problem),
            ] {
                header.col(|ui| {
                    let arrow = match (panel.sort == col, panel.descending) {
                        (true, false) => " ^",
                        (true, true) => " v",
                        _ => "",
                    };
                    if ui
                        .add(
                            egui::Button::new(
                                egui::RichText::new(format!("{label}{arrow}")).strong(),
                            )
                            .frame(false),
                        )
                        .clicked()
                    {
                        sort_click = Some(col);
                    }
                });
            }
        })
        .body(|body| {
            body.rows(row_h, rows.len(), |mut row| {
                let r = &panel.results[rows[row.index()]];
                row.col(|ui| {
                    ui.label((r.index + 1).to_string());
                });
                row.col(|ui| {
                    let color = match r.status {
                        PageStatus::Pass => egui::Color32::from_rgb(26, 127, 55),
                        PageStatus::Fail => ui.visuals().error_fg_color,
                        PageStatus::Error => ui.visuals().warn_fg_color,
                    };
                    ui.colored_label(color, status_label(r.status, s));
                });
                let mut open = false;
                row.col(|ui| {
                    open |= ui
                        .add(egui::Button::new(r.url.as_str()).frame(false).truncate())
                        .on_hover_text(s.open_in_verify)
                        .clicked();
                });
                row.col(|ui| {
                    ui.label(r.duration_ms.to_string());
                });
                row.col(|ui| {
                    let codes = r.problem_codes().join(", ");
                    let resp = ui.add(egui::Label::new(codes).truncate());
                    if let Some(h) = r.headline() {
                        resp.on_hover_text(h.get(lang));
                    }
                });
                if open || row.response().clicked() {
                    action = Some(BatchAction::OpenInVerify(VerifyRequest {
                        url: r.url.clone(),
                        entry_url: r.entry_url.clone(),
                        server_output: server_output(r),
                    }));
                }
            });
        });
    if let Some(col) = sort_click {
        if panel.sort == col {
            panel.descending = !panel.descending;
        } else {
            panel.sort = col;
            panel.descending = false;
        }
    }
    action
}

//! Probe: "what does my page really do in WeChat?" The URL goes to the worker, which opens it in
//! a headless browser playing the WeChat client (`crate::probe`); progress and the report come
//! back as events, drained once per frame. The report is drawn: a timeline per platform, the
//! verdict of each `wx.config` as the Verify panel shows it, the share card as a chat shows it,
//! the OAuth stop, and what was blocked or failed.

mod details;
mod share_card;
mod timeline;
mod view;

use std::collections::HashMap;
use std::path::PathBuf;

use eframe::egui::{self, RichText};

use super::batch_panel::VerifyRequest;
use super::i18n::Strings;
use super::probe_strings::ProbeStrings;
use super::runtime::BrowserLookup;
use super::{theme, widgets};
use crate::batch::Platform;
use crate::core::text::{Lang, Text};
use crate::core::verify::TicketCandidate;
use crate::probe::{AnswerMode, ProbeError, ProbeOptions, ProbeReport, Progress, Run};
use crate::worker::{Command, Event};
pub use view::{ConfigVerdict, ReportView};

pub fn url_field_id() -> egui::Id {
    egui::Id::unique("probe.url")
}

/// Which platforms a run covers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PlatformChoice {
    #[default]
    Both,
    Android,
    Ios,
}

impl PlatformChoice {
    pub fn platforms(self) -> Vec<Platform> {
        match self {
            PlatformChoice::Both => vec![Platform::Android, Platform::Ios],
            PlatformChoice::Android => vec![Platform::Android],
            PlatformChoice::Ios => vec![Platform::Ios],
        }
    }
}

/// The name people know a platform by.
pub fn platform_name(p: Platform) -> &'static str {
    match p {
        Platform::Android => "Android",
        Platform::Ios => "iOS",
    }
}

/// A share thumbnail as the worker delivered it.
pub enum Thumb {
    Loading,
    Loaded {
        texture: egui::TextureHandle,
        original: [u32; 2],
    },
    Failed(Text),
}

/// What the last run ended with.
pub enum ProbeResult {
    Report(Box<ReportView>),
    /// No report: the browser is missing, the URL is bad, the browser would not start.
    Failed {
        message: Text,
        no_browser: bool,
    },
    Cancelled,
}

/// A probe in flight.
struct Running {
    id: u64,
    /// `ui.input(|i| i.time)` when it started, for the elapsed time.
    started_at: Option<f64>,
    browser: Option<String>,
    current: Option<Platform>,
    /// What the page did so far, one line each.
    lines: Vec<(Platform, Text)>,
    /// Platforms already finished, drawn while the next one runs.
    runs: Vec<Run>,
    cancelling: bool,
    /// The tickets the probe verifies with, to draw its string1s as Verify does.
    tickets: Vec<TicketCandidate>,
}

/// The panel's state. Nothing here is persisted.
#[derive(Default)]
pub struct ProbePanel {
    pub url: String,
    pub platforms: PlatformChoice,
    pub answer: AnswerMode,
    pub check_images: bool,
    /// An input problem, shown under the inputs.
    pub error: Option<String>,
    pub result: Option<ProbeResult>,
    /// The run whose details are shown (index into the report's runs).
    pub selected: usize,
    pub thumbnails: HashMap<String, Thumb>,
    /// The Settings entry's text (the browser path as typed).
    pub browser_draft: Option<String>,
    /// The Settings value the worker was last asked to look for.
    browser_asked: Option<Option<PathBuf>>,
    running: Option<Running>,
    next_id: u64,
}

/// What the panel needs from the app.
pub struct ProbeCtx<'a> {
    pub s: &'static ProbeStrings,
    /// The main strings, for the verdict drawn as Verify draws it.
    pub vs: &'static Strings,
    pub lang: Lang,
    pub app_id: Option<&'a str>,
    pub safe_domains: &'a [String],
    /// The current ticket first, then older ones (as the Batch panel gets them).
    pub tickets: &'a [TicketCandidate],
    /// `None` until the worker looked.
    pub browser: Option<&'a BrowserLookup>,
    /// The background worker runs (else nothing will look for a browser).
    pub worker: bool,
}

/// What the user asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProbeAction {
    Run,
    Cancel,
    OpenInVerify(VerifyRequest),
    OpenSettings,
}

impl ProbePanel {
    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }

    pub fn is_cancelling(&self) -> bool {
        self.running.as_ref().is_some_and(|r| r.cancelling)
    }

    /// The command that asks the worker for the browser of `setting`, once per setting value.
    pub fn browser_command(&mut self, setting: &Option<PathBuf>) -> Option<Command> {
        if self.browser_asked.as_ref() == Some(setting) {
            return None;
        }
        self.browser_asked = Some(setting.clone());
        Some(Command::FindBrowser {
            explicit: setting.clone(),
        })
    }

    /// Makes the next [`ProbePanel::browser_command`] ask again (the user clicked Check).
    pub fn forget_browser(&mut self) {
        self.browser_asked = None;
    }

    /// Validates the inputs and builds the worker command; `Err` is shown under the inputs.
    pub fn start(
        &mut self,
        cx: &ProbeCtx<'_>,
        browser: Option<PathBuf>,
        now: Option<f64>,
    ) -> Result<Command, String> {
        self.error = None;
        let url = self.url.trim().to_owned();
        if url.is_empty() {
            let e = cx.s.need_url.to_owned();
            self.error = Some(e.clone());
            return Err(e);
        }
        let ok = url::Url::parse(&url)
            .ok()
            .is_some_and(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some());
        if !ok {
            let e = format!("{}: {url}", cx.s.bad_url);
            self.error = Some(e.clone());
            return Err(e);
        }
        let mut options = ProbeOptions::new(url);
        options.platforms = self.platforms.platforms();
        options.browser = browser;
        options.answer = self.answer;
        options.check_images = self.check_images;
        options.tickets = cx.tickets.to_vec();
        options.app_id = cx.app_id.map(str::to_owned);
        options.safe_domains = cx.safe_domains.to_vec();
        self.next_id += 1;
        let id = self.next_id;
        self.result = None;
        self.selected = 0;
        self.running = Some(Running {
            id,
            started_at: now,
            browser: None,
            current: None,
            lines: Vec::new(),
            runs: Vec::new(),
            cancelling: false,
            tickets: options.tickets.clone(),
        });
        Ok(Command::Probe {
            id,
            options: Box::new(options),
        })
    }

    /// Asks the running probe to stop; its browser is stopped by the worker.
    pub fn cancel(&mut self) -> Option<Command> {
        let r = self.running.as_mut()?;
        r.cancelling = true;
        Some(Command::CancelProbe { id: r.id })
    }

    /// Shows a finished report (also used by tests and the screenshots). `tickets` are the ones
    /// the probe verified with.
    pub fn show_report(&mut self, report: ProbeReport, tickets: &[TicketCandidate]) {
        self.selected = first_failing(&report.runs);
        self.result = Some(ProbeResult::Report(Box::new(ReportView::new(
            report, tickets,
        ))));
    }

    /// Applies the worker's probe events; returns the thumbnail fetches they call for.
    pub fn apply(&mut self, ctx: &egui::Context, events: Vec<Event>) -> Vec<Command> {
        for event in events {
            match event {
                Event::ProbeProgress { id, progress } => self.progress(id, progress),
                Event::ProbeFinished { id, report } if self.running_id() == Some(id) => {
                    let tickets = self.running.take().map(|r| r.tickets).unwrap_or_default();
                    self.show_report(*report, &tickets);
                }
                Event::ProbeFailed { id, error } if self.running_id() == Some(id) => {
                    self.running = None;
                    self.result = Some(match error {
                        ProbeError::Cancelled => ProbeResult::Cancelled,
                        e => ProbeResult::Failed {
                            message: e.text(),
                            no_browser: matches!(e, ProbeError::Browser(_)),
                        },
                    });
                }
                Event::Thumbnail { url, result } => {
                    let thumb = match result {
                        Ok(t) => Thumb::Loaded {
                            texture: ctx.load_texture(
                                format!("probe.thumb.{url}"),
                                egui::ColorImage::from_rgba_unmultiplied(t.size, &t.rgba),
                                egui::TextureOptions::LINEAR,
                            ),
                            original: t.original,
                        },
                        Err(e) => Thumb::Failed(e),
                    };
                    self.thumbnails.insert(url, thumb);
                }
                _ => {}
            }
        }
        self.thumbnail_commands()
    }

    fn running_id(&self) -> Option<u64> {
        self.running.as_ref().map(|r| r.id)
    }

    fn progress(&mut self, id: u64, progress: Progress) {
        let Some(r) = self.running.as_mut().filter(|r| r.id == id) else {
            return;
        };
        match progress {
            Progress::BrowserStarted { browser } => r.browser = Some(browser),
            Progress::RunStarted { platform } => r.current = Some(platform),
            Progress::Seen { platform, line } => r.lines.push((platform, line)),
            Progress::RunFinished { run } => r.runs.push(*run),
        }
    }

    /// One fetch per share picture not asked for yet, for the report or the finished runs.
    fn thumbnail_commands(&mut self) -> Vec<Command> {
        let runs: &[Run] = match (&self.result, &self.running) {
            (_, Some(r)) => &r.runs,
            (Some(ProbeResult::Report(v)), None) => &v.report.runs,
            _ => &[],
        };
        let mut wanted: Vec<String> = Vec::new();
        for share in runs.iter().flat_map(|r| &r.shares) {
            if let Some(u) = share.img_url.as_deref().map(str::trim)
                && !u.is_empty()
                && !self.thumbnails.contains_key(u)
                && !wanted.iter().any(|w| w == u)
            {
                wanted.push(u.to_owned());
            }
        }
        wanted
            .into_iter()
            .map(|url| {
                self.thumbnails.insert(url.clone(), Thumb::Loading);
                Command::FetchThumbnail { url }
            })
            .collect()
    }
}

/// The first run that did not pass: the one people want to look at.
fn first_failing(runs: &[Run]) -> usize {
    runs.iter().position(|r| !r.passed).unwrap_or(0)
}

/// Draws the panel; returns what the user asked for.
pub fn probe_panel_ui(
    ui: &mut egui::Ui,
    p: &mut ProbePanel,
    cx: &ProbeCtx<'_>,
) -> Option<ProbeAction> {
    let mut action = None;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let s = cx.s;
            ui.heading(s.title);
            ui.label(s.intro);
            ui.add_space(4.0);
            action = inputs_ui(ui, p, cx);
            context_ui(ui, cx, &mut action);
            if let Some(e) = &p.error {
                ui.colored_label(theme::palette(ui).error, e);
            }
            ui.separator();
            if let Some(r) = &p.running {
                running_ui(ui, r, cx);
            }
            let a = match &p.result {
                None if p.running.is_none() => empty_ui(ui, cx),
                None => None,
                Some(ProbeResult::Report(v)) => {
                    view::report_ui(ui, v, &mut p.selected, &p.thumbnails, cx)
                }
                Some(ProbeResult::Failed {
                    message,
                    no_browser,
                }) => failed_ui(ui, message, *no_browser, cx),
                Some(ProbeResult::Cancelled) => {
                    ui.label(RichText::new(s.cancelled).strong());
                    None
                }
            };
            action = action.take().or(a);
        });
    action
}

fn inputs_ui(ui: &mut egui::Ui, p: &mut ProbePanel, cx: &ProbeCtx<'_>) -> Option<ProbeAction> {
    let s = cx.s;
    let mut action = None;
    let running = p.is_running();
    ui.horizontal(|ui| {
        let w = (ui.available_width() - widgets::LABEL_W - 130.0).max(240.0);
        let r = ui
            .add_enabled_ui(!running, |ui| {
                widgets::labelled_field(ui, s.url, &mut p.url, s.url_hint, url_field_id(), false, w)
            })
            .inner;
        let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if running {
            let label = if p.is_cancelling() {
                s.cancelling
            } else {
                s.cancel
            };
            if ui
                .add_enabled(!p.is_cancelling(), egui::Button::new(label))
                .clicked()
            {
                action = Some(ProbeAction::Cancel);
            }
        } else if ui
            .button(RichText::new(s.run).strong())
            .on_hover_text("Ctrl+Enter")
            .clicked()
            || enter
        {
            action = Some(ProbeAction::Run);
        }
    });
    ui.add_enabled_ui(!running, |ui| {
        ui.horizontal(|ui| {
            widgets::form_label(ui, s.platform);
            for (choice, label) in [
                (PlatformChoice::Both, s.both),
                (PlatformChoice::Android, platform_name(Platform::Android)),
                (PlatformChoice::Ios, platform_name(Platform::Ios)),
            ] {
                ui.radio_value(&mut p.platforms, choice, label);
            }
            ui.add_space(16.0);
            let l = ui.label(s.answer);
            egui::ComboBox::from_id_salt("probe.answer")
                .selected_text(answer_label(p.answer, s))
                .show_ui(ui, |ui| {
                    for a in [AnswerMode::Wechat, AnswerMode::Ok, AnswerMode::Fail] {
                        ui.selectable_value(&mut p.answer, a, answer_label(a, s));
                    }
                })
                .response
                .labelled_by(l.id)
                .on_hover_text(s.answer_help);
            ui.add_space(16.0);
            ui.checkbox(&mut p.check_images, s.check_images);
        });
    });
    action
}

pub(super) fn answer_label(a: AnswerMode, s: &ProbeStrings) -> &'static str {
    match a {
        AnswerMode::Wechat => s.answer_wechat,
        AnswerMode::Ok => s.answer_ok,
        AnswerMode::Fail => s.answer_fail,
    }
}

/// The browser, the tickets and the profile the run will use, so nothing surprises.
fn context_ui(ui: &mut egui::Ui, cx: &ProbeCtx<'_>, action: &mut Option<ProbeAction>) {
    let s = cx.s;
    let palette = theme::palette(ui);
    ui.horizontal_wrapped(|ui| {
        widgets::form_label(ui, s.browser);
        match cx.browser.map(|b| &b.result) {
            None if !cx.worker => {
                ui.weak("-");
            }
            None => {
                ui.add(egui::Spinner::new());
                ui.weak(s.browser_searching);
            }
            Some(Ok(info)) => {
                widgets::status_dot(ui, palette.ok, "+");
                ui.label(info.describe())
                    .on_hover_text(info.path.display().to_string());
            }
            Some(Err(e)) => {
                widgets::status_dot(ui, palette.error, "x");
                let missing = match e {
                    crate::probe::BrowserError::Missing(p) => {
                        format!("{}: {}", s.browser_missing, p.display())
                    }
                    crate::probe::BrowserError::NotFound { .. } => s.browser_missing.to_owned(),
                };
                ui.colored_label(palette.error, missing);
                if ui.button(s.open_settings).clicked() {
                    *action = Some(ProbeAction::OpenSettings);
                }
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        widgets::form_label(ui, s.tickets);
        match cx.tickets.first() {
            Some(t) if !t.ticket.is_empty() => {
                widgets::status_dot(ui, palette.ok, "+");
                let older = cx.tickets.len() - 1;
                let mut text = format!("{} {}", s.tickets_current, t.ticket.preview());
                if older > 0 {
                    text.push_str(&format!(" + {older} {}", s.tickets_older));
                }
                ui.label(text);
            }
            _ => {
                widgets::status_dot(ui, palette.warn, "!");
                ui.colored_label(palette.warn, s.no_ticket);
            }
        }
        ui.add_space(12.0);
        match cx.app_id {
            Some(id) => {
                ui.weak(format!("{} {id}", s.profile_app_id));
            }
            None => {
                ui.weak(s.no_profile);
            }
        }
    });
}

fn running_ui(ui: &mut egui::Ui, r: &Running, cx: &ProbeCtx<'_>) {
    let s = cx.s;
    let now = ui.input(|i| i.time);
    let elapsed = r.started_at.map(|t| (now - t).max(0.0)).unwrap_or(0.0);
    ui.horizontal(|ui| {
        ui.add(egui::Spinner::new());
        let what = match r.current {
            Some(p) => format!("{} {} · {elapsed:.1} s", s.running, platform_name(p)),
            None => format!("{} · {}", s.running, s.starting_browser),
        };
        ui.label(RichText::new(what).strong());
        if let Some(b) = &r.browser {
            ui.weak(b);
        }
    });
    // The last few things the page did, newest last.
    let start = r.lines.len().saturating_sub(6);
    for (platform, line) in &r.lines[start..] {
        ui.horizontal(|ui| {
            ui.weak(platform_name(*platform));
            ui.label(line.get(cx.lang));
        });
    }
    if !r.runs.is_empty() {
        ui.add_space(6.0);
        timeline::timelines_ui(ui, &r.runs, cx);
    }
    // The elapsed time is the only thing that changes without an event.
    ui.ctx()
        .request_repaint_after(std::time::Duration::from_millis(200));
    ui.separator();
}

fn empty_ui(ui: &mut egui::Ui, cx: &ProbeCtx<'_>) -> Option<ProbeAction> {
    let s = cx.s;
    let mut action = None;
    egui::Frame::group(ui.style())
        .inner_margin(12.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(s.empty_title).strong());
            for step in s.empty_steps {
                ui.label(step);
            }
            if let Some(BrowserLookup { result: Err(e), .. }) = cx.browser {
                ui.add_space(6.0);
                no_browser_ui(ui, &crate::probe::ProbeError::Browser(e.clone()).text(), cx);
                if ui.button(s.open_settings).clicked() {
                    action = Some(ProbeAction::OpenSettings);
                }
            }
        });
    action
}

/// The missing-browser message (it names the packages and `--browser`) and where to set a path.
fn no_browser_ui(ui: &mut egui::Ui, message: &Text, cx: &ProbeCtx<'_>) {
    let palette = theme::palette(ui);
    ui.horizontal_wrapped(|ui| {
        widgets::status_dot(ui, palette.error, "x");
        ui.colored_label(palette.error, message.get(cx.lang));
    });
    ui.label(format!("{}: {}", cx.s.fix, cx.s.browser_fix));
}

fn failed_ui(
    ui: &mut egui::Ui,
    message: &Text,
    no_browser: bool,
    cx: &ProbeCtx<'_>,
) -> Option<ProbeAction> {
    ui.label(RichText::new(cx.s.failed).strong());
    if no_browser {
        no_browser_ui(ui, message, cx);
        if ui.button(cx.s.open_settings).clicked() {
            return Some(ProbeAction::OpenSettings);
        }
    } else {
        ui.colored_label(theme::palette(ui).error, message.get(cx.lang));
    }
    None
}

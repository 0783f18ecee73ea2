//! Probe: "what does my page really do in WeChat?" The URL goes to the worker, which opens it in
//! a headless browser playing the WeChat client (`crate::probe`); progress and the report come
//! back as events, drained once per frame. The report is drawn: a timeline per platform, the
//! verdict of each `wx.config` as the Verify panel shows it, the share card as a chat shows it,
//! the OAuth stop, and what was blocked or failed.

mod details;
mod inputs;
mod share_card;
mod status;
mod timeline;
mod verdict;
mod view;

use std::collections::HashMap;
use std::path::PathBuf;

use eframe::egui::{self, RichText};

use super::i18n::Strings;
use super::probe_strings::ProbeStrings;
use super::runtime::BrowserLookup;
use super::theme;
use super::verify_panel::VerifyRequest;
use crate::batch::Platform;
use crate::core::text::{Lang, Msg};
use crate::core::verify::TicketCandidate;
use crate::probe::{AnswerMode, ProbeError, ProbeOptions, ProbeReport, Progress, Run};
use crate::worker::{Command, Event};
pub use inputs::answer_label;
pub use verdict::ConfigVerdict;
pub use view::ReportView;

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
    Failed(Msg),
}

/// What the last run ended with.
pub enum ProbeResult {
    Report(Box<ReportView>),
    /// No report: the browser is missing, the URL is bad, the browser would not start.
    Failed {
        message: Msg,
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
    lines: Vec<(Platform, Msg)>,
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
    /// Who answered wx.config, when not the probe (the Phone panel: the real client).
    pub answered_by: Option<&'static str>,
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

/// One run as the probe draws it: the timeline, then each config's verdict with its causes, the
/// shares and what failed. The Phone panel draws the run the real client answered with it.
pub fn run_ui(
    ui: &mut egui::Ui,
    run: &Run,
    verdicts: &[Option<ConfigVerdict>],
    thumbs: &HashMap<String, Thumb>,
    cx: &ProbeCtx<'_>,
) -> Option<ProbeAction> {
    crate::ui::widgets::section(ui, cx.s.timeline);
    timeline::timelines_ui(ui, std::slice::from_ref(run), cx);
    ui.separator();
    details::run_details_ui(ui, run, verdicts, thumbs, cx)
}

/// Findings with their severity and fix, as the probe lists them.
pub fn findings_ui(
    ui: &mut egui::Ui,
    findings: &[crate::probe::report::Finding],
    cx: &ProbeCtx<'_>,
) {
    details::findings_ui(ui, findings, cx);
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
            action = inputs::inputs_ui(ui, p, cx);
            inputs::context_ui(ui, cx, &mut action);
            if let Some(e) = &p.error {
                ui.colored_label(theme::palette(ui).error, e);
            }
            ui.separator();
            if let Some(r) = &p.running {
                status::running_ui(ui, r, cx);
            }
            let a = match &p.result {
                None if p.running.is_none() => status::empty_ui(ui, cx),
                None => None,
                Some(ProbeResult::Report(v)) => {
                    view::report_ui(ui, v, &mut p.selected, &p.thumbnails, cx)
                }
                Some(ProbeResult::Failed {
                    message,
                    no_browser,
                }) => status::failed_ui(ui, message, *no_browser, cx),
                Some(ProbeResult::Cancelled) => {
                    ui.label(RichText::new(s.cancelled).strong());
                    None
                }
            };
            action = action.take().or(a);
        });
    action
}

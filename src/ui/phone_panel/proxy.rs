//! The Phone panel's iOS block (issue 18, PHONE.md §3): the hosts, port and listen address a
//! proxy starts with, its state as the worker reports it (the address, the setup page, the CA's
//! fingerprint and the phone's steps while it runs; the undo steps once stopped) and what it
//! saw. Start and Stop are worker commands; the reports land in the panel's report view.

use std::net::{IpAddr, SocketAddr};

use eframe::egui::{self, RichText};

use super::{PhoneAction, PhoneCtx};
use crate::core::text::Msg;
use crate::i18n::Render;
use crate::phone::proxy::{self, CaInfo, ProxyEvent};
use crate::ui::{theme, widgets};

/// Lines kept from a long-running proxy (the oldest go first).
const MAX_LINES: usize = 200;

/// Where the proxy is.
pub enum ProxyState {
    Idle,
    Starting {
        id: u64,
    },
    Running {
        id: u64,
        addr: SocketAddr,
        setup_url: String,
        ca: CaInfo,
        stopping: bool,
    },
    Stopped,
    Failed(Msg),
}

/// The block's fields and state. Nothing here is persisted.
pub struct ProxyBlock {
    /// The target hosts, separated by commas or spaces.
    pub hosts: String,
    pub port: String,
    /// Empty: this computer's LAN address.
    pub listen: String,
    pub state: ProxyState,
    /// What the proxy saw (injections, tunnels, refusals, the pages' lines).
    pub lines: Vec<Msg>,
}

impl Default for ProxyBlock {
    fn default() -> Self {
        Self {
            hosts: String::new(),
            port: proxy::DEFAULT_PORT.to_string(),
            listen: String::new(),
            state: ProxyState::Idle,
            lines: Vec::new(),
        }
    }
}

/// Which field keeps the proxy from starting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldProblem {
    NoHost,
    BadPort,
    BadListen,
}

/// The fields as a proxy to start.
pub struct ProxyFields {
    pub hosts: Vec<String>,
    pub port: u16,
    pub listen: Option<IpAddr>,
}

impl ProxyBlock {
    pub fn running_id(&self) -> Option<u64> {
        match self.state {
            ProxyState::Starting { id } | ProxyState::Running { id, .. } => Some(id),
            _ => None,
        }
    }

    /// The fields read; `Err` names what to fix (drawn under the fields).
    pub fn fields(&self) -> Result<ProxyFields, FieldProblem> {
        let hosts: Vec<String> = self
            .hosts
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|h| !h.is_empty())
            .map(str::to_owned)
            .collect();
        if hosts.is_empty() {
            return Err(FieldProblem::NoHost);
        }
        let port = self
            .port
            .trim()
            .parse::<u16>()
            .map_err(|_| FieldProblem::BadPort)?;
        let listen = match self.listen.trim() {
            "" => None,
            l => Some(l.parse::<IpAddr>().map_err(|_| FieldProblem::BadListen)?),
        };
        Ok(ProxyFields {
            hosts,
            port,
            listen,
        })
    }

    pub fn started(&mut self, id: u64, addr: SocketAddr, setup_url: String, ca: CaInfo) {
        if self.running_id() == Some(id) {
            self.state = ProxyState::Running {
                id,
                addr,
                setup_url,
                ca,
                stopping: false,
            };
        }
    }

    /// A line for what the proxy saw; the report itself goes to the report view.
    pub fn saw(&mut self, event: &ProxyEvent) {
        let line = match event {
            ProxyEvent::Seen { line } => Some(line.clone()),
            other => other.message(),
        };
        if let Some(line) = line {
            if self.lines.len() >= MAX_LINES {
                self.lines.remove(0);
            }
            self.lines.push(line);
        }
    }

    pub fn stopped(&mut self, id: u64) {
        if self.running_id() == Some(id) {
            self.state = ProxyState::Stopped;
        }
    }

    pub fn failed(&mut self, id: u64, message: Msg) {
        if self.running_id() == Some(id) {
            self.state = ProxyState::Failed(message);
        }
    }
}

/// The iOS block: fields and Start while idle; address, setup page, CA and Stop while running.
pub(super) fn proxy_ui(
    ui: &mut egui::Ui,
    b: &mut ProxyBlock,
    cx: &PhoneCtx<'_>,
) -> Option<PhoneAction> {
    let s = cx.s;
    let lang = cx.probe.lang;
    let mut action = None;
    widgets::section(ui, s.proxy);
    ui.label(s.proxy_intro);
    let idle = b.running_id().is_none();
    ui.add_enabled_ui(idle, |ui| {
        ui.horizontal(|ui| {
            widgets::labelled_field(
                ui,
                s.proxy_hosts,
                &mut b.hosts,
                s.proxy_hosts_hint,
                egui::Id::unique("phone.proxy.hosts"),
                false,
                260.0,
            );
        });
        ui.horizontal(|ui| {
            widgets::labelled_field(
                ui,
                s.proxy_port,
                &mut b.port,
                "8899",
                egui::Id::unique("phone.proxy.port"),
                false,
                60.0,
            );
        });
        ui.horizontal(|ui| {
            widgets::labelled_field(
                ui,
                s.proxy_listen,
                &mut b.listen,
                s.proxy_listen_hint,
                egui::Id::unique("phone.proxy.listen"),
                false,
                260.0,
            );
        });
    });
    let fields = b.fields();
    ui.horizontal_wrapped(|ui| match &b.state {
        ProxyState::Starting { .. } => {
            ui.add(egui::Spinner::new());
            ui.label(s.proxy_starting);
        }
        ProxyState::Running { stopping, .. } => {
            let stop = ui.add_enabled(!*stopping, egui::Button::new(s.proxy_stop));
            if stop.clicked() {
                action = Some(PhoneAction::StopProxy);
            }
            if *stopping {
                ui.add(egui::Spinner::new());
                ui.label(s.proxy_stopping);
            }
        }
        _ => {
            let start = ui.add_enabled(
                cx.worker && fields.is_ok(),
                egui::Button::new(s.proxy_start),
            );
            if start.clicked() {
                action = Some(PhoneAction::StartProxy);
            }
            if let Err(problem) = fields {
                ui.weak(match problem {
                    FieldProblem::NoHost => s.proxy_no_host,
                    FieldProblem::BadPort => s.proxy_bad_port,
                    FieldProblem::BadListen => s.proxy_bad_listen,
                });
            }
        }
    });
    match &b.state {
        ProxyState::Running {
            addr,
            setup_url,
            ca,
            ..
        } => running_ui(ui, *addr, setup_url, ca, cx),
        ProxyState::Stopped => {
            ui.label(RichText::new(s.proxy_undo).strong());
            steps_ui(ui, &proxy::undo_steps(), cx);
        }
        ProxyState::Failed(m) => {
            ui.colored_label(theme::palette(ui).error, m.get(lang));
        }
        _ => {}
    }
    if !b.lines.is_empty() {
        egui::CollapsingHeader::new(s.proxy_seen)
            .id_salt("phone.proxy.seen")
            .show(ui, |ui| {
                for l in b.lines.iter().rev().take(30) {
                    ui.weak(l.get(lang));
                }
            });
    }
    action
}

fn running_ui(
    ui: &mut egui::Ui,
    addr: SocketAddr,
    setup_url: &str,
    ca: &CaInfo,
    cx: &PhoneCtx<'_>,
) {
    let s = cx.s;
    let shown = addr.to_string();
    egui::Grid::new("phone.proxy.running")
        .num_columns(2)
        .show(ui, |ui| {
            ui.label(s.proxy_address);
            ui.label(RichText::new(&shown).monospace().strong());
            ui.end_row();
            ui.label(s.proxy_setup_page);
            ui.label(RichText::new(setup_url).monospace());
            ui.end_row();
            ui.label(s.proxy_ca);
            ui.add(egui::Label::new(RichText::new(&ca.sha256).monospace().small()).wrap());
            ui.end_row();
        });
    ui.label(RichText::new(s.proxy_steps).strong());
    steps_ui(ui, &proxy::setup_steps(addr), cx);
}

fn steps_ui(ui: &mut egui::Ui, steps: &[Msg], cx: &PhoneCtx<'_>) {
    for (i, step) in steps.iter().enumerate() {
        ui.label(format!("{}. {}", i + 1, step.get(cx.probe.lang)));
    }
}

//! The Settings panel's self-check: the lines of `wxsign doctor`, run by the worker (the UI only
//! sends the command and draws what comes back).

use eframe::egui::{self, Color32, RichText};

use crate::core::text::Lang;
use crate::doctor::{Line, Status};
use crate::i18n::Render;

crate::i18n::string_table! {
    /// This section's strings (ids `doctor-<field>`), kept next to their only user.
    pub struct DoctorStrings as "doctor", pub fn doctor_strings {
        title,
        intro,
        run,
        running,
        nothing_broken,
        problems,
        fix,
        profile,
    }
}

/// What the worker last reported, and whether a run is under way.
#[derive(Clone, Debug, Default)]
pub struct SelfCheck {
    pub running: bool,
    pub lines: Option<Vec<Line>>,
}

fn status_color(ui: &egui::Ui, s: Status) -> Color32 {
    let dark = ui.visuals().dark_mode;
    match (s, dark) {
        (Status::Ok, false) => Color32::from_rgb(0x1a, 0x7f, 0x37),
        (Status::Ok, true) => Color32::from_rgb(0x56, 0xd3, 0x64),
        (Status::Warn, false) => Color32::from_rgb(0x9a, 0x67, 0x00),
        (Status::Warn, true) => Color32::from_rgb(0xe3, 0xb3, 0x41),
        (Status::Fail, _) => ui.visuals().error_fg_color,
    }
}

/// Draws the section; `true` when the user asked for a run.
pub fn doctor_section_ui(ui: &mut egui::Ui, check: &SelfCheck, lang: Lang) -> bool {
    let s = doctor_strings(lang);
    let mut run = false;
    ui.label(RichText::new(s.title).strong());
    ui.label(RichText::new(s.intro).weak());
    ui.horizontal(|ui| {
        run = ui
            .add_enabled(!check.running, egui::Button::new(s.run))
            .clicked();
        if check.running {
            ui.spinner();
            ui.label(s.running);
        } else if let Some(lines) = &check.lines {
            let failed = lines.iter().filter(|l| l.status == Status::Fail).count();
            let (text, status) = if failed == 0 {
                (s.nothing_broken.to_owned(), Status::Ok)
            } else {
                (format!("{failed} {}", s.problems), Status::Fail)
            };
            ui.label(RichText::new(text).strong().color(status_color(ui, status)));
        }
    });
    let Some(lines) = &check.lines else {
        return run;
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let mut profile: Option<&str> = None;
        for l in lines {
            if l.profile.as_deref() != profile {
                profile = l.profile.as_deref();
                if let Some(p) = profile {
                    ui.add_space(4.0);
                    ui.label(RichText::new(format!("{} {p}", s.profile)).strong());
                }
            }
            line_ui(ui, l, lang, s, profile.is_some());
        }
    });
    run
}

/// A ✓ / ! / ✗ badge, drawn (no font has to carry the symbols): a filled circle in the
/// status colour with a white tick, bar or cross.
fn mark_ui(ui: &mut egui::Ui, status: Status) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(16.0, 16.0), egui::Sense::hover());
    let c = rect.center();
    let painter = ui.painter();
    painter.circle_filled(c, 7.0, status_color(ui, status));
    let white = egui::Stroke::new(2.0, Color32::WHITE);
    let v = egui::vec2;
    match status {
        Status::Ok => {
            painter.line_segment([c + v(-3.5, 0.0), c + v(-1.0, 2.8)], white);
            painter.line_segment([c + v(-1.0, 2.8), c + v(3.8, -2.8)], white);
        }
        Status::Warn => {
            painter.line_segment([c + v(0.0, -3.8), c + v(0.0, 1.2)], white);
            painter.circle_filled(c + v(0.0, 3.6), 1.1, Color32::WHITE);
        }
        Status::Fail => {
            painter.line_segment([c + v(-3.0, -3.0), c + v(3.0, 3.0)], white);
            painter.line_segment([c + v(-3.0, 3.0), c + v(3.0, -3.0)], white);
        }
    }
}

fn line_ui(ui: &mut egui::Ui, l: &Line, lang: Lang, s: &DoctorStrings, indent: bool) {
    ui.horizontal_top(|ui| {
        if indent {
            ui.add_space(12.0);
        }
        mark_ui(ui, l.status);
        ui.vertical(|ui| {
            ui.add(egui::Label::new(l.message.get(lang)).wrap());
            if let Some(fix) = &l.fix {
                ui.add(
                    egui::Label::new(
                        RichText::new(format!("{} {}", s.fix, fix.get(lang)))
                            .color(ui.visuals().hyperlink_color),
                    )
                    .wrap(),
                );
            }
        });
    });
}

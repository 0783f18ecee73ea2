//! The desktop window. Drawing functions end in `_ui` and return what the user asked for; the
//! UI thread never does network or keyring I/O.

pub mod batch_panel;
pub mod batch_strings;

use crate::core::sign;

/// Opens the window and blocks until it is closed.
pub fn run() -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: eframe::egui::ViewportBuilder::default()
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([1024.0, 700.0])
            .with_title("wxsign"),
        ..Default::default()
    };
    eframe::run_native(
        "wxsign",
        options,
        Box::new(|_cc| Ok(Box::<WxsignApp>::default())),
    )
    .map_err(|e| anyhow::anyhow!("{e}"))
}

/// The application state.
#[derive(Default)]
pub struct WxsignApp {
    ticket: String,
    noncestr: String,
    timestamp: String,
    url: String,
}

impl eframe::App for WxsignApp {
    fn ui(&mut self, ui: &mut eframe::egui::Ui, _frame: &mut eframe::Frame) {
        eframe::egui::CentralPanel::default().show(ui, |ui| {
            ui.heading("wxsign");
            for (label, value) in [
                ("jsapi_ticket", &mut self.ticket),
                ("noncestr", &mut self.noncestr),
                ("timestamp", &mut self.timestamp),
                ("url", &mut self.url),
            ] {
                ui.horizontal(|ui| {
                    ui.label(label);
                    ui.text_edit_singleline(value);
                });
            }
            let sig = sign::sign_text(&self.ticket, &self.noncestr, &self.timestamp, &self.url);
            ui.monospace(&sig.string1);
            ui.monospace(&sig.signature);
        });
    }
}

//! The baseline for wxsign's start-up figures: an empty eframe window with the same options
//! (size, glow renderer) and the same `WXSIGN_PROBE` output. `scripts/measure.sh` runs both.

use eframe::egui;

struct Bare {
    probe: Option<wxsign::ui::Probe>,
}

impl eframe::App for Bare {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let began = std::time::Instant::now();
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("bare eframe window");
        });
        if let Some(p) = &mut self.probe {
            p.frame(began);
        }
    }
}

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_inner_size([1280.0, 800.0])
            .with_title("bare"),
        ..Default::default()
    };
    eframe::run_native(
        "bare",
        options,
        Box::new(|_cc| {
            Ok(Box::new(Bare {
                probe: wxsign::ui::Probe::from_env(),
            }))
        }),
    )
}

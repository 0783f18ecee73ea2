//! Light/dark theme and the few semantic colours the panels share, so a verdict or a countdown
//! reads the same in both themes.

use eframe::egui::{self, Color32};

use crate::gui_settings::ThemeChoice;

/// Applies the theme choice and wxsign's spacing to both egui themes.
pub fn apply(ctx: &egui::Context, choice: ThemeChoice) {
    ctx.set_theme(match choice {
        ThemeChoice::Light => egui::ThemePreference::Light,
        ThemeChoice::Dark => egui::ThemePreference::Dark,
        ThemeChoice::System => egui::ThemePreference::System,
    });
    for theme in [egui::Theme::Light, egui::Theme::Dark] {
        ctx.style_mut_of(theme, |style| {
            style.spacing.item_spacing = egui::vec2(8.0, 6.0);
            style.spacing.button_padding = egui::vec2(8.0, 3.0);
            style.spacing.interact_size.y = 22.0;
        });
    }
}

/// Semantic colours for the current theme.
pub struct Palette {
    pub ok: Color32,
    pub warn: Color32,
    pub error: Color32,
    pub info: Color32,
    /// Background of a highlighted (changed / differing) run of text.
    pub changed_bg: Color32,
    /// Background of an invisible-character marker.
    pub marker_bg: Color32,
    /// The `&` separators and `=` of string1.
    pub punct: Color32,
}

pub fn palette(ui: &egui::Ui) -> Palette {
    if ui.visuals().dark_mode {
        Palette {
            ok: Color32::from_rgb(0x3d, 0xd6, 0x8c),
            warn: Color32::from_rgb(0xff, 0xb0, 0x20),
            error: Color32::from_rgb(0xff, 0x6b, 0x6b),
            info: Color32::from_rgb(0x7a, 0xb8, 0xff),
            changed_bg: Color32::from_rgb(0x6b, 0x4e, 0x00),
            marker_bg: Color32::from_rgb(0x80, 0x28, 0x28),
            punct: Color32::from_rgb(0xff, 0xb0, 0x20),
        }
    } else {
        Palette {
            ok: Color32::from_rgb(0x06, 0x8a, 0x4a),
            warn: Color32::from_rgb(0xb0, 0x6a, 0x00),
            error: Color32::from_rgb(0xc6, 0x28, 0x28),
            info: Color32::from_rgb(0x1d, 0x5f, 0xc4),
            changed_bg: Color32::from_rgb(0xff, 0xe0, 0x82),
            marker_bg: Color32::from_rgb(0xff, 0xc4, 0xc4),
            punct: Color32::from_rgb(0xb0, 0x5a, 0x00),
        }
    }
}

//! Settings: language, theme, and where things are kept.

use eframe::egui::{self, RichText};

use super::fonts::CjkSource;
use super::i18n::{self, Strings};
use crate::core::text::Lang;
use crate::gui_settings::{self, AppState, ThemeChoice};

/// What changed, so the app re-applies the theme and saves.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SettingsChanged {
    pub lang: bool,
    pub theme: bool,
}

pub struct SettingsCtx<'a> {
    pub s: &'static Strings,
    pub lang: Lang,
    pub config_dir: Option<&'a std::path::Path>,
    pub font: &'a CjkSource,
    pub save_error: Option<&'a str>,
    /// Where secrets are kept (keyring / memory), once the worker said so.
    pub store: Option<&'a str>,
}

pub fn settings_panel_ui(
    ui: &mut egui::Ui,
    state: &mut AppState,
    cx: SettingsCtx<'_>,
) -> SettingsChanged {
    let s = cx.s;
    let mut changed = SettingsChanged::default();
    egui::Grid::new("settings.grid")
        .num_columns(2)
        .spacing([16.0, 10.0])
        .show(ui, |ui| {
            ui.label(RichText::new(s.language).strong());
            ui.horizontal(|ui| {
                for lang in [Lang::Zh, Lang::En] {
                    if ui
                        .selectable_label(cx.lang == lang, i18n::lang_name(lang))
                        .clicked()
                        && cx.lang != lang
                    {
                        state.lang = Some(lang);
                        changed.lang = true;
                    }
                }
            });
            ui.end_row();

            ui.label(RichText::new(s.theme).strong());
            ui.horizontal(|ui| {
                for (choice, label) in [
                    (ThemeChoice::Light, s.theme_light),
                    (ThemeChoice::Dark, s.theme_dark),
                    (ThemeChoice::System, s.theme_system),
                ] {
                    if ui.radio_value(&mut state.theme, choice, label).changed() {
                        changed.theme = true;
                    }
                }
            });
            ui.end_row();

            ui.label(RichText::new(s.font_in_use).strong());
            match cx.font {
                CjkSource::System { .. } => {
                    ui.label(format!("{}: {}", s.font_system, cx.font.describe()))
                }
                CjkSource::Bundled => ui.label(s.font_bundled),
            };
            ui.end_row();

            if let Some(store) = cx.store {
                ui.label(RichText::new(s.secret_store).strong());
                ui.label(store);
                ui.end_row();
            }

            if let Some(dir) = cx.config_dir {
                ui.label(RichText::new(s.settings_saved_in).strong());
                ui.monospace(dir.join(gui_settings::FILE_NAME).display().to_string());
                ui.end_row();
            }
        });
    if let Some(e) = cx.save_error {
        ui.colored_label(
            ui.visuals().error_fg_color,
            format!("{}: {e}", s.save_failed),
        );
    }
    changed
}

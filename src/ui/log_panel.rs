//! Log: every HTTP call the worker made, secrets already redacted by the time a row exists.
//! Rows are drawn virtualised (only the visible ones), so 10,000 rows cost the same as 20.

use eframe::egui;
use egui_extras::{Column, TableBuilder};

use super::i18n::Strings;
use super::theme;

/// One HTTP call. Built from worker events; never holds a secret (URLs are redacted upstream).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogRow {
    /// Local wall-clock time, `HH:MM:SS`.
    pub time: String,
    pub endpoint: String,
    pub duration_ms: u64,
    pub status: Option<u16>,
    pub errcode: Option<i64>,
    pub message: String,
}

impl LogRow {
    fn matches(&self, needle: &str) -> bool {
        needle.is_empty()
            || self.endpoint.to_lowercase().contains(needle)
            || self.message.to_lowercase().contains(needle)
            || self.time.contains(needle)
            || self.errcode.is_some_and(|e| e.to_string().contains(needle))
            || self.status.is_some_and(|e| e.to_string().contains(needle))
    }

    /// One tab-separated line, for "copy as text".
    pub fn to_line(&self) -> String {
        format!(
            "{}\t{}\t{} ms\t{}\t{}\t{}",
            self.time,
            self.endpoint,
            self.duration_ms,
            self.status.map(|s| s.to_string()).unwrap_or_default(),
            self.errcode.map(|e| e.to_string()).unwrap_or_default(),
            self.message
        )
    }
}

/// The rows, the filter and the indices of the rows that pass it.
#[derive(Default)]
pub struct LogPanel {
    pub rows: Vec<LogRow>,
    pub filter: String,
    /// Filtered row indices; rebuilt when the filter or the row count changes.
    visible: Vec<usize>,
    visible_key: (String, usize),
}

impl LogPanel {
    pub fn push(&mut self, row: LogRow) {
        self.rows.push(row);
    }

    fn refresh(&mut self) {
        let key = (self.filter.to_lowercase(), self.rows.len());
        if key == self.visible_key {
            return;
        }
        let needle = key.0.trim();
        // New rows only need the new tail checked when the filter did not change.
        let start = if key.0 == self.visible_key.0 && key.1 >= self.visible_key.1 {
            self.visible_key.1
        } else {
            self.visible.clear();
            0
        };
        self.visible
            .extend((start..self.rows.len()).filter(|&i| self.rows[i].matches(needle)));
        self.visible_key = key;
    }

    /// The filtered rows as text, one line each.
    pub fn visible_text(&mut self) -> String {
        self.refresh();
        self.visible
            .iter()
            .map(|&i| self.rows[i].to_line())
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub fn visible_len(&mut self) -> usize {
        self.refresh();
        self.visible.len()
    }
}

pub fn log_panel_ui(ui: &mut egui::Ui, p: &mut LogPanel, s: &Strings) {
    p.refresh();
    ui.horizontal(|ui| {
        let l = ui.label(s.log_filter);
        ui.add(
            egui::TextEdit::singleline(&mut p.filter)
                .id(egui::Id::unique("log.filter"))
                .desired_width(240.0),
        )
        .labelled_by(l.id);
        if ui.button(s.log_clear).clicked() {
            p.rows.clear();
            p.visible.clear();
            p.visible_key = (String::new(), 0);
        }
        if ui.button(s.log_copy).clicked() {
            let text = p.visible_text();
            ui.ctx().copy_text(text);
        }
        ui.weak(format!(
            "{} / {} {}",
            p.visible.len(),
            p.rows.len(),
            s.log_count
        ));
    });
    p.refresh();
    ui.separator();
    if p.rows.is_empty() {
        ui.weak(s.log_empty);
        return;
    }
    let palette = theme::palette(ui);
    let row_h = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
    TableBuilder::new(ui)
        .id_salt("log.table")
        .striped(true)
        .stick_to_bottom(true)
        .auto_shrink([false, false])
        .column(Column::exact(70.0))
        .column(Column::initial(270.0).at_least(120.0).clip(true))
        .column(Column::exact(70.0))
        .column(Column::exact(50.0))
        .column(Column::exact(64.0))
        .column(Column::remainder().clip(true))
        .header(row_h, |mut h| {
            for t in [
                s.col_time,
                s.col_endpoint,
                s.col_duration,
                s.col_status,
                s.col_errcode,
                s.col_message,
            ] {
                h.col(|ui| {
                    ui.strong(t);
                });
            }
        })
        .body(|body| {
            body.rows(row_h, p.visible.len(), |mut row| {
                let Some(r) = p.visible.get(row.index()).and_then(|&i| p.rows.get(i)) else {
                    return;
                };
                row.col(|ui| {
                    ui.monospace(&r.time);
                });
                row.col(|ui| {
                    ui.monospace(&r.endpoint);
                });
                row.col(|ui| {
                    ui.label(format!("{} ms", r.duration_ms));
                });
                row.col(|ui| {
                    let text = r.status.map(|s| s.to_string()).unwrap_or("-".to_owned());
                    if r.status.is_some_and(|s| s >= 400) || r.status.is_none() {
                        ui.colored_label(palette.error, text);
                    } else {
                        ui.label(text);
                    }
                });
                row.col(|ui| match r.errcode {
                    Some(0) | None => {
                        ui.label(r.errcode.map(|e| e.to_string()).unwrap_or_default());
                    }
                    Some(e) => {
                        ui.colored_label(palette.error, e.to_string());
                    }
                });
                row.col(|ui| {
                    ui.label(&r.message);
                });
            });
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(i: usize, errcode: i64) -> LogRow {
        LogRow {
            time: format!("12:00:{:02}", i % 60),
            endpoint: if i.is_multiple_of(2) {
                "cgi-bin/stable_token".to_owned()
            } else {
                "cgi-bin/ticket/getticket".to_owned()
            },
            duration_ms: 10,
            status: Some(200),
            errcode: Some(errcode),
            message: "ok".to_owned(),
        }
    }

    #[test]
    fn filter_and_incremental_rows() {
        let mut p = LogPanel::default();
        for i in 0..10 {
            p.push(row(i, 0));
        }
        assert_eq!(p.visible_len(), 10);
        p.filter = "GETTICKET".to_owned();
        assert_eq!(p.visible_len(), 5);
        p.push(row(11, 40164));
        p.push(row(12, 0));
        assert_eq!(p.visible_len(), 6);
        p.filter = "40164".to_owned();
        assert_eq!(p.visible_len(), 1);
        assert!(p.visible_text().contains("40164"));
        p.filter.clear();
        assert_eq!(p.visible_len(), 12);
    }
}

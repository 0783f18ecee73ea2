//! Small widgets the panels share: labelled fields, copy buttons, severity icons and monospace
//! text with highlighted runs and visible markers for invisible characters.

use std::ops::Range;

use eframe::egui::{self, Color32, FontId, RichText, TextFormat, text::LayoutJob};

use super::theme::{self, Palette};
use crate::core::diff::{self, Op};
use crate::core::urlcheck::Severity;

/// Width of the label column in forms.
pub const LABEL_W: f32 = 150.0;

/// A fixed-width label and a single-line text field tied to it, so screen readers and tests
/// find the field by its label. Call inside `ui.horizontal`. Returns the field's response.
pub fn labelled_field(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut String,
    hint: &str,
    id: egui::Id,
    password: bool,
    width: f32,
) -> egui::Response {
    let l = form_label(ui, label);
    ui.add(
        egui::TextEdit::singleline(value)
            .id(id)
            .hint_text(hint)
            .password(password)
            .font(egui::TextStyle::Monospace)
            .desired_width(width),
    )
    .labelled_by(l.id)
}

/// A left-aligned label in the fixed-width label column of a form row.
pub fn form_label(ui: &mut egui::Ui, label: &str) -> egui::Response {
    ui.allocate_ui_with_layout(
        egui::vec2(LABEL_W, ui.spacing().interact_size.y),
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_min_width(LABEL_W);
            ui.label(label)
        },
    )
    .inner
}

/// A button that copies `text` to the clipboard when clicked, then reads `copied` for 1.5 s.
pub fn copy_button(ui: &mut egui::Ui, label: &str, copied: &str, text: &str) -> bool {
    const SHOW_S: f64 = 1.5;
    let id = egui::Id::unique(("copy_button", label));
    let now = ui.input(|i| i.time);
    let until = ui
        .ctx()
        .data(|d| d.get_temp::<f64>(id))
        .filter(|t| now < *t);
    let clicked = ui
        .button(if until.is_some() { copied } else { label })
        .on_hover_text(label)
        .clicked();
    if clicked {
        ui.ctx().copy_text(text.to_owned());
        ui.ctx().data_mut(|d| d.insert_temp(id, now + SHOW_S));
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs_f64(SHOW_S));
    } else if let Some(t) = until {
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs_f64(t - now));
    }
    clicked
}

/// A round icon painted (not a glyph, so no font can lack it) in the severity's colour.
pub fn severity_icon(ui: &mut egui::Ui, severity: Severity, tooltip: &str) -> egui::Response {
    let p = theme::palette(ui);
    let (color, mark) = match severity {
        Severity::Error => (p.error, "x"),
        Severity::Warning => (p.warn, "!"),
        Severity::Info => (p.info, "i"),
    };
    status_dot(ui, color, mark).on_hover_text(tooltip)
}

/// A filled circle with one ASCII character in it.
pub fn status_dot(ui: &mut egui::Ui, color: Color32, mark: &str) -> egui::Response {
    let size = 16.0;
    let (rect, response) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
    let painter = ui.painter();
    painter.circle_filled(rect.center(), size / 2.0, color);
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        mark,
        FontId::monospace(11.0),
        Color32::WHITE,
    );
    response
}

/// The visible stand-in for a character a person cannot see, or `None` for a visible one.
pub fn invisible_marker(c: char) -> Option<&'static str> {
    Some(match c {
        ' ' => "·",
        '\t' => "<TAB>",
        '\n' => "<LF>",
        '\r' => "<CR>",
        '\u{a0}' => "<NBSP>",
        '\u{200b}' => "<ZWSP>",
        '\u{200c}' => "<ZWNJ>",
        '\u{200d}' => "<ZWJ>",
        '\u{2060}' => "<WJ>",
        '\u{feff}' => "<BOM>",
        '\u{3000}' => "<IDSP>",
        '\u{202f}' => "<NNBSP>",
        '\u{ad}' => "<SHY>",
        c if c.is_control() => "<CTRL>",
        _ => return None,
    })
}

/// Appends `text` to `job` in monospace: runs inside `highlights` (byte ranges, sorted) get the
/// "changed" background, invisible characters become markers on the "marker" background.
pub fn append_marked(
    job: &mut LayoutJob,
    text: &str,
    highlights: &[Range<usize>],
    color: Color32,
    font: &FontId,
    palette: &Palette,
) {
    let plain = TextFormat::simple(font.clone(), color);
    let mut changed = plain.clone();
    changed.background = palette.changed_bg;
    let mut marker = plain.clone();
    marker.background = palette.marker_bg;

    let mut run_start = 0;
    let mut run_hl = false;
    let mut hl = highlights.iter().peekable();
    let in_hl = |i: usize, hl: &mut std::iter::Peekable<std::slice::Iter<'_, Range<usize>>>| {
        while let Some(r) = hl.peek() {
            if r.end <= i {
                hl.next();
            } else {
                return r.contains(&i);
            }
        }
        false
    };
    let flush = |job: &mut LayoutJob, s: &str, h: bool| {
        if !s.is_empty() {
            job.append(s, 0.0, if h { changed.clone() } else { plain.clone() });
        }
    };
    for (i, c) in text.char_indices() {
        let h = in_hl(i, &mut hl);
        if let Some(m) = invisible_marker(c) {
            flush(job, &text[run_start..i], run_hl);
            job.append(m, 0.0, marker.clone());
            run_start = i + c.len_utf8();
            run_hl = h;
            continue;
        }
        if h != run_hl {
            flush(job, &text[run_start..i], run_hl);
            run_start = i;
            run_hl = h;
        }
    }
    flush(job, &text[run_start..], run_hl);
}

/// Shows monospace text that wraps anywhere (URLs have no spaces), with highlights and markers.
pub fn marked_text(ui: &mut egui::Ui, text: &str, highlights: &[Range<usize>]) -> egui::Response {
    let palette = theme::palette(ui);
    let font = egui::TextStyle::Monospace.resolve(ui.style());
    let mut job = LayoutJob::default();
    append_marked(
        &mut job,
        text,
        highlights,
        ui.visuals().text_color(),
        &font,
        &palette,
    );
    job.wrap.max_width = ui.available_width();
    job.wrap.break_anywhere = true;
    ui.label(job)
}

/// [`marked_text`] with `text[ticket]` drawn as its [`crate::secret::redact`]ed preview, so a
/// screen share never shows the credential: the preview is not part of the string, so it gets
/// no invisible-character markers, and it is highlighted when a highlight touches the ticket.
pub fn marked_text_hiding(
    ui: &mut egui::Ui,
    text: &str,
    highlights: &[Range<usize>],
    ticket: Range<usize>,
) -> egui::Response {
    let palette = theme::palette(ui);
    let font = egui::TextStyle::Monospace.resolve(ui.style());
    let color = ui.visuals().text_color();
    let before: Vec<Range<usize>> = highlights
        .iter()
        .filter(|r| r.start < ticket.start)
        .map(|r| r.start..r.end.min(ticket.start))
        .collect();
    let after: Vec<Range<usize>> = highlights
        .iter()
        .filter(|r| r.end > ticket.end)
        .map(|r| r.start.max(ticket.end) - ticket.end..r.end - ticket.end)
        .collect();
    let mut job = LayoutJob::default();
    append_marked(
        &mut job,
        &text[..ticket.start],
        &before,
        color,
        &font,
        &palette,
    );
    let mut preview = TextFormat::simple(font.clone(), color);
    if highlights
        .iter()
        .any(|r| r.start < ticket.end && r.end > ticket.start)
    {
        preview.background = palette.changed_bg;
    }
    job.append(&crate::secret::redact(&text[ticket.clone()]), 0.0, preview);
    append_marked(
        &mut job,
        &text[ticket.end..],
        &after,
        color,
        &font,
        &palette,
    );
    job.wrap.max_width = ui.available_width();
    job.wrap.break_anywhere = true;
    ui.label(job)
}

/// A heading-sized section title.
pub fn section(ui: &mut egui::Ui, title: &str) {
    ui.add_space(4.0);
    ui.label(RichText::new(title).strong());
}

/// Byte ranges where `a` and `b` differ, in `a` and in `b`, for highlighting: the alignment is
/// `core::diff`'s (bounded for huge inputs); this only turns it into ranges and slides each run
/// to where people read it.
pub fn char_diff(a: &str, b: &str) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
    let ac: Vec<(usize, char)> = a.char_indices().collect();
    let bc: Vec<(usize, char)> = b.char_indices().collect();
    let (mut in_a, mut in_b) = (Vec::with_capacity(ac.len()), Vec::with_capacity(bc.len()));
    for span in diff::diff_chars(a, b) {
        let n = span.text.chars().count();
        let (same, removed) = (std::iter::repeat_n(false, n), std::iter::repeat_n(true, n));
        match span.op {
            Op::Same => {
                in_a.extend(same.clone());
                in_b.extend(same);
            }
            Op::Removed => in_a.extend(removed),
            Op::Added => in_b.extend(removed),
        }
    }
    (
        to_ranges(&ac, &in_a, a.len()),
        to_ranges(&bc, &in_b, b.len()),
    )
}

/// Each changed run slid right as far as it goes (`valu[e#/hom]e` becomes `value[#/home]`):
/// people read an insertion after the text it follows.
fn slide_right(chars: &[(usize, char)], m: &mut [bool]) {
    let mut k = 0;
    while k < m.len() {
        if !m[k] {
            k += 1;
            continue;
        }
        let (mut start, mut end) = (k, k);
        while end < m.len() && m[end] {
            end += 1;
        }
        while end < m.len() && !m[end] && chars[start].1 == chars[end].1 {
            m[start] = false;
            m[end] = true;
            start += 1;
            end += 1;
        }
        k = end;
    }
}

fn to_ranges(chars: &[(usize, char)], marked: &[bool], total: usize) -> Vec<Range<usize>> {
    let mut marked = marked.to_vec();
    slide_right(chars, &mut marked);
    let mut out: Vec<Range<usize>> = Vec::new();
    for (k, &(pos, _)) in chars.iter().enumerate() {
        if !marked[k] {
            continue;
        }
        let next = chars.get(k + 1).map_or(total, |p| p.0);
        match out.last_mut() {
            Some(last) if last.end == pos => last.end = next,
            _ => out.push(pos..next),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked<'a>(s: &'a str, r: &[Range<usize>]) -> Vec<&'a str> {
        r.iter().map(|r| &s[r.clone()]).collect()
    }

    #[test]
    fn diff_cases() {
        // (a, b, changed in a, changed in b)
        let cases: &[(&str, &str, &[&str], &[&str])] = &[
            ("abc", "abc", &[], &[]),
            ("http://A.com?x", "http://a.com/?x", &["A"], &["a", "/"]),
            ("http://a.com/#/home", "http://a.com/", &["#/home"], &[]),
            ("a b", "a%20b", &[" "], &["%20"]),
            ("签名", "签 名", &[], &[" "]),
            // An insertion after a repeated character is shown after it.
            ("value", "value#/home", &[], &["#/home"]),
            ("=value#/home", "/?params=value", &["#/home"], &["/?params"]),
        ];
        for &(a, b, ea, eb) in cases {
            let (ra, rb) = char_diff(a, b);
            assert_eq!(marked(a, &ra), ea, "{a} vs {b}");
            assert_eq!(marked(b, &rb), eb, "{a} vs {b}");
        }
    }

    #[test]
    fn huge_middle_is_marked_whole_and_fast() {
        let a = format!("x{}y", "a".repeat(8000));
        let b = format!("x{}y", "b".repeat(8000));
        let (ra, rb) = char_diff(&a, &b);
        assert_eq!(ra, vec![1..8001]);
        assert_eq!(rb, vec![1..8001]);
    }

    #[test]
    fn markers_for_invisible_characters() {
        assert_eq!(invisible_marker(' '), Some("·"));
        assert_eq!(invisible_marker('\u{200b}'), Some("<ZWSP>"));
        assert_eq!(invisible_marker('\u{a0}'), Some("<NBSP>"));
        assert_eq!(invisible_marker('a'), None);
        let mut job = LayoutJob::default();
        let p = Palette {
            ok: Color32::GREEN,
            warn: Color32::YELLOW,
            error: Color32::RED,
            info: Color32::BLUE,
            changed_bg: Color32::YELLOW,
            marker_bg: Color32::RED,
            punct: Color32::BROWN,
        };
        append_marked(
            &mut job,
            "a\u{200b}b c",
            &[Range { start: 4, end: 5 }],
            Color32::WHITE,
            &FontId::monospace(12.0),
            &p,
        );
        assert_eq!(job.text, "a<ZWSP>b·c");
        // "b" (byte 4) is highlighted, the ZWSP marker has the marker background.
        let bgs: Vec<Color32> = job.sections.iter().map(|s| s.format.background).collect();
        assert_eq!(
            bgs,
            vec![
                Color32::TRANSPARENT,
                Color32::RED,
                Color32::YELLOW,
                Color32::RED,
                Color32::TRANSPARENT
            ]
        );
    }
}

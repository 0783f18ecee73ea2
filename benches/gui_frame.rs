//! Frame time of the real app, measured headless with egui_kittest (the egui pass: layout,
//! widgets, tessellation input; not the GPU). Targets from issue 4: the Log panel stays under
//! 16 ms a frame with 10,000 rows, and the Sign panel stays smooth while an 8 KB URL is edited.

use criterion::{Criterion, criterion_group, criterion_main};
use eframe::egui;
use egui_kittest::Harness;
use wxsign::gui_settings::Panel;
use wxsign::ui::log_panel::LogRow;
use wxsign::ui::{Deps, WxsignApp};

fn app(dir: &std::path::Path) -> Harness<'static, WxsignApp> {
    let deps = Deps::for_test(dir.to_path_buf(), 1_414_587_457);
    Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(move |cc| WxsignApp::new(&cc.egui_ctx, deps))
}

fn frames(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");

    let mut h = app(dir.path());
    for i in 0..10_000u64 {
        h.state_mut().log.push(LogRow {
            time: format!("12:{:02}:{:02}", (i / 60) % 60, i % 60),
            endpoint: if i % 2 == 0 {
                "POST /cgi-bin/stable_token".to_owned()
            } else {
                "GET /cgi-bin/ticket/getticket".to_owned()
            },
            duration_ms: 20 + i % 300,
            status: Some(200),
            errcode: Some(if i % 97 == 0 { 40164 } else { 0 }),
            message: "ok".to_owned(),
        });
    }
    h.state_mut().state.panel = Panel::Log;
    h.run();
    c.bench_function("frame: Log panel, 10,000 rows", |b| {
        b.iter(|| {
            // Scrolling keeps the table busy, as a user reading the log would.
            h.event(egui::Event::MouseWheel {
                unit: egui::MouseWheelUnit::Line,
                delta: egui::vec2(0.0, -3.0),
                phase: egui::TouchPhase::Move,
                source: egui::MouseWheelSource::Wheel,
                modifiers: egui::Modifiers::NONE,
            });
            h.step();
        })
    });
    h.state_mut().log.filter = "getticket".to_owned();
    c.bench_function("frame: Log panel, 10,000 rows, filtered", |b| {
        b.iter(|| h.step())
    });

    let mut h = app(dir.path());
    h.state_mut().sign.load_example();
    let long = format!(
        "https://example.com/page?{}",
        (0..1000).map(|i| format!("k{i}=v{i}&")).collect::<String>()
    );
    assert!(long.len() >= 8 * 1024, "{}", long.len());
    h.state_mut().sign.url = long;
    h.run();
    let mut n = 0u32;
    c.bench_function("frame: Sign panel, 8 KB URL, one keystroke", |b| {
        b.iter(|| {
            // Each frame sees a changed URL, so string1, the SHA-1 and the URL analysis rerun.
            n = n.wrapping_add(1);
            let url = &mut h.state_mut().sign.url;
            url.pop();
            url.push(char::from(b'a' + (n % 26) as u8));
            h.step();
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = frames
}
criterion_main!(benches);

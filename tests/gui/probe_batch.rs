//! The Batch panel's "probe pages" mode: no endpoint, a real headless browser probes each page
//! of the fixture site, and a row opens the page's whole report in the Probe panel.

use egui_kittest::kittest::Queryable as _;
use wxsign::gui_settings::Panel;

use crate::probe::{real_probe, wait_for};

#[test]
fn the_batch_probes_pages_without_an_endpoint_and_opens_one_in_the_probe_panel() {
    let Some(mut real) = real_probe(Panel::Batch) else {
        return;
    };
    let (h, site) = (&mut real.app.harness, &real.site);
    h.run();
    h.get_by_label("probe pages").click();
    h.run();
    // No endpoint field in this mode, and the empty table does not ask for one.
    assert!(h.query_by_label("Signing endpoint").is_none());
    h.get_by_label_contains("paste pages and run");
    let spa = site.url("/spa.html");
    h.state_mut().batch.pages_text = format!("{}\n{spa}\n", site.url("/static.html"));
    h.state_mut().batch.probe.platforms = wxsign::ui::probe_panel::PlatformChoice::Ios;
    h.run();
    h.get_by_label("Run batch").click();
    wait_for(h, "the probe batch", |h| h.state().batch.summary.is_some());
    h.get_by_label_contains("2/2 · pass 1 · fail 1 · error 0");
    h.get_by_label(&spa).click();
    h.run();
    assert_eq!(h.state().state.panel, Panel::Probe);
    h.get_by_label("MISMATCH");
}

#[test]
fn the_probe_mode_repeats_each_page_and_marks_a_page_signed_by_turns_flaky() {
    let Some(mut real) = real_probe(Panel::Batch) else {
        return;
    };
    let (h, site) = (&mut real.app.harness, &real.site);
    h.run();
    h.get_by_label("probe pages").click();
    h.run();
    // The repeat count is offered in this mode too.
    h.get_by_label("repeat");
    h.state_mut().batch.repeat = 2;
    h.state_mut().batch.pages_text = site.url("/mistake.html?kind=lb");
    h.state_mut().batch.probe.platforms = wxsign::ui::probe_panel::PlatformChoice::Android;
    h.run();
    h.get_by_label("Run batch").click();
    wait_for(h, "the probe batch", |h| h.state().batch.summary.is_some());
    let results = &h.state().batch.results;
    assert_eq!(results.len(), 1);
    // One load signed with the current ticket, the other with an older one.
    assert_eq!(results[0].status, wxsign::batch::PageStatus::Flaky);
    assert_eq!(results[0].repeat.map(|r| (r.asked, r.passed)), Some((2, 1)));
}

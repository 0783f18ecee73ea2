//! The pasted ticket source in the window: the editor's "Pasted" choice and its password field,
//! the ticket saved through the worker (never in profiles.toml), the top bar's "ticket pasted
//! HH:MM, valid ~N min", and not a single WeChat call.

use egui_kittest::kittest::Queryable as _;

use crate::support;

const TICKET: &str = "PASTEDkgt4Vb9s8uA0sLqWmDdXx1Yc2Zq3Rr4Tt5Uu6Vv7Ww8Xx9Yy0Zz_-gui";

#[test]
fn paste_save_and_sign_with_a_pasted_ticket() {
    let mut on = support::online(|_, _| {});
    let config = on.app._dir.path().to_path_buf();
    let h = &mut on.app.harness;
    support::step_until(h, "the first profile", |h| {
        h.state().active_profile().is_some()
    });
    h.get_by_label("Edit demo").click();
    h.run();
    h.get_by_label("Pasted").click();
    h.run();
    h.get_by_label("Pasted ticket").click();
    h.run();
    h.get_by_label("Pasted ticket").type_text(TICKET);
    h.run();
    // A password field: the ticket is never shown.
    support::assert_secret_hidden(h, "Pasted ticket", TICKET);
    h.get_by_label("Save").click();
    support::step_until(h, "the pasted ticket in the top bar", |h| {
        h.state().rt.tickets.contains_key("demo")
    });
    assert!(h.state().rt.error.is_none(), "{:?}", h.state().rt.error);
    let cred = h.state().rt.tickets["demo"].clone();
    assert_eq!(cred.source, "pasted");
    // No lifetime given: 7200 s from the paste, on the app's clock.
    assert_eq!(cred.expires_at - support::NOW as i64, 7200);
    support::step_until(h, "the saved profile", |h| {
        h.state()
            .rt
            .profile("demo")
            .is_some_and(|p| p.ticket_source.is_pasted())
    });
    assert!(
        h.query_by_label_contains("ticket pasted ").is_some()
            && h.query_by_label_contains(", valid ~120 min").is_some()
    );
    // Fetching again reads the stored ticket, still without WeChat.
    h.get_by_label("Fetch ticket").click();
    support::step_until(h, "the refetched ticket", |h| h.state().rt.in_flight == 0);
    assert!(h.state().rt.error.is_none(), "{:?}", h.state().rt.error);

    // Reopened, the field is empty again (never pre-filled).
    h.get_by_label("Edit demo").click();
    h.run();
    assert_eq!(support::field_value(h, "Pasted ticket"), "");
    assert!(support::nodes_showing(h, TICKET).is_empty());

    let toml = std::fs::read_to_string(config.join("profiles.toml")).unwrap_or_default();
    assert!(toml.contains("kind = \"pasted\""), "{toml}");
    assert!(!toml.contains(TICKET), "the ticket is in profiles.toml");
    let seen = on
        .rt
        .block_on(on.server.received_requests())
        .unwrap_or_default();
    assert!(seen.is_empty(), "WeChat was called: {seen:?}");
}

//! The Redis ticket source in the window: the profile editor's fields, "test connection" on the
//! worker, the password saved to the store, and the top bar naming the source and its TTL, all
//! against a real redis-server. The mock WeChat must see no request at all.

use egui_kittest::kittest::Queryable as _;

use crate::redis_server;
use crate::support;

const TICKET: &str =
    "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";

#[test]
fn edit_test_save_and_fetch_from_redis() {
    let Some(server) = redis_server::start(Some("gui-redis-pw")) else {
        return;
    };
    server.set("wx:ticket", TICKET, Some(5000));
    let mut on = support::online(|_, _| {});
    let h = &mut on.app.harness;
    support::step_until(h, "the first profile", |h| {
        h.state().active_profile().is_some()
    });
    h.get_by_label("Edit demo").click();
    h.run();
    h.get_by_label("Redis (read-only)").click();
    h.run();
    for (label, text) in [
        ("Redis URL", server.url()),
        ("Ticket key", "wx:ticket".to_owned()),
        ("Redis password", "gui-redis-pw".to_owned()),
    ] {
        h.get_by_label(label).click();
        h.run();
        h.get_by_label(label).type_text(&text);
        h.run();
    }
    support::assert_secret_hidden(h, "Redis password", "gui-redis-pw");
    h.get_by_label("Test connection").click();
    let expected = format!("connected to 127.0.0.1:{} · wx:ticket: TTL", server.port);
    support::step_until(h, "the probe result", |h| {
        h.query_by_label_contains(&expected).is_some()
    });

    h.get_by_label("Save").click();
    support::step_until(h, "the saved Redis profile", |h| {
        h.state()
            .rt
            .profile("demo")
            .is_some_and(|p| p.ticket_source.redis().is_some())
    });
    support::step_until(h, "the top bar note", |h| {
        h.query_by_label_contains("ticket from Redis wx:ticket")
            .is_some()
    });
    h.get_by_label("Fetch ticket").click();
    support::step_until(h, "the ticket from Redis", |h| {
        h.state().rt.tickets.contains_key("demo")
    });
    let cred = h.state().rt.tickets["demo"].clone();
    assert_eq!(cred.source, "Redis wx:ticket (TTL)");
    // The countdown runs on the app's clock: the key's TTL from the app's "now".
    let left = cred.expires_at - support::NOW as i64;
    assert!((4000..=5000).contains(&left), "{cred:?}");
    assert!(h.state().rt.error.is_none(), "{:?}", h.state().rt.error);
    assert!(h.query_by_label_contains("Redis wx:ticket (TTL)").is_some());
    // Production's ticket, without a single WeChat call.
    let seen = on
        .rt
        .block_on(on.server.received_requests())
        .unwrap_or_default();
    assert!(seen.is_empty(), "WeChat was called: {seen:?}");
}

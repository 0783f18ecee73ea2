use egui_kittest::kittest::Queryable as _;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, ResponseTemplate};

use crate::support;

const TICKET: &str =
    "kgt8ON7yVITDhtdwci0qeZ6yT5_m-gz9k5yQbxYQn4aZ4gC1X9nKzPLNcQeVq1ypUs7QxD1gTpW6w0mTt9jRjQ";

#[test]
fn fetch_a_ticket_and_see_the_status() {
    let mut on = support::online(|server, rt| {
        rt.block_on(async {
            Mock::given(method("POST"))
                .and(path("/cgi-bin/stable_token"))
                .respond_with(ResponseTemplate::new(200).set_body_json(
                    serde_json::json!({"access_token": "ACCESS_TOKEN_FROM_MOCK", "expires_in": 7200}),
                ))
                .mount(server)
                .await;
            Mock::given(method("GET"))
                .and(path("/cgi-bin/ticket/getticket"))
                .and(query_param("type", "jsapi"))
                .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
                    "errcode": 0, "errmsg": "ok", "ticket": TICKET, "expires_in": 7200
                })))
                .mount(server)
                .await;
        });
    });
    let h = &mut on.app.harness;
    support::step_until(h, "the profile list and its secret status", |h| {
        h.query_by_label_contains("AppSecret: session only")
            .is_some()
    });
    // The profile list: the name, the badge and the secret status.
    h.get_by_label("Edit demo");
    assert_eq!(
        h.query_all_by_label("test account").count(),
        2,
        "list and top bar badges"
    );
    h.get_by_label_contains("AppSecret: session only");
    h.get_by_label("Fetch ticket").click();
    support::step_until(h, "the ticket", |h| {
        h.state().rt.tickets.contains_key("demo")
    });
    // The top bar counts down from the fixed test clock: 7200 s = 2 h 0 min.
    assert_eq!(
        h.query_all_by_label("valid 2 h 0 min").count(),
        2,
        "token and ticket"
    );
    h.get_by_label_contains("(stable_token, fetched");
    h.get_by_label_contains("(jsapi, fetched");
    // The ticket went into the Sign panel, hidden, and the Log has both calls.
    assert_eq!(h.state().sign.ticket, TICKET);
    assert!(!h.state().sign.show_ticket);
    assert_eq!(h.state().sign.timestamp, support::NOW.to_string());
    assert_eq!(h.state().sign.noncestr.len(), 16);
    assert_eq!(
        support::nodes_showing(h, TICKET),
        Vec::<String>::new(),
        "the ticket is not shown"
    );
    h.get_by_label("Log").click();
    h.run();
    h.get_by_label("POST /cgi-bin/stable_token");
    h.get_by_label("GET /cgi-bin/ticket/getticket");
    assert_eq!(
        support::nodes_showing(h, "ACCESS_TOKEN_FROM_MOCK"),
        Vec::<String>::new()
    );
}

#[test]
fn whitelist_error_shows_the_ip() {
    let mut on = support::online(|server, rt| {
        rt.block_on(async {
            Mock::given(method("POST"))
                .and(path("/cgi-bin/stable_token"))
                .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
                    "errcode": 40164,
                    "errmsg": "invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist rid: 6540a1b2-1"
                })))
                .mount(server)
                .await;
        });
    });
    let h = &mut on.app.harness;
    support::step_until(h, "the profile list", |h| {
        h.query_by_label("Fetch ticket").is_some() && h.state().active_profile().is_some()
    });
    h.get_by_label("Fetch ticket").click();
    support::step_until(h, "the error", |h| h.state().rt.error.is_some());
    h.get_by_label_contains("errcode 40164: invalid ip 203.0.113.7");
    // The fix names the IP to add to the whitelist.
    h.get_by_label_contains("add 203.0.113.7 to");
    h.get_by_label("Log").click();
    h.run();
    h.get_by_label("40164");
}

#[test]
fn force_refresh_asks_first() {
    let mut on = support::online(|_, _| {});
    let h = &mut on.app.harness;
    support::step_until(h, "the profile list", |h| {
        h.state().active_profile().is_some()
    });
    h.get_by_label("Force refresh token…").click();
    h.run();
    h.get_by_label_contains("only 20 times a day");
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.query_by_label_contains("only 20 times a day").is_none());
    assert_eq!(h.state().rt.in_flight, 0, "nothing was sent");
}

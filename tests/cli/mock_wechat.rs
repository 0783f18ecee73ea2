//! A mock WeChat API on 127.0.0.1 (wiremock): stable_token, cgi-bin/token and getticket, with
//! call counting so tests can prove cache hits and single flights.

#![allow(dead_code)]

use std::time::Duration;

use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

pub const APP_ID: &str = "wx0123456789abcdef";
pub const APP_SECRET: &str = "s3cr3t-appsecret-0123456789abcdef";
pub const TOKEN: &str = "ACCESS_TOKEN_90ad1c27e8f0b3d54a6e2c9f7b1d8e0a";
pub const TICKET: &str =
    "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";
pub const STABLE: &str = "/cgi-bin/stable_token";
pub const LEGACY: &str = "/cgi-bin/token";
pub const GETTICKET: &str = "/cgi-bin/ticket/getticket";

/// A runtime for the synchronous CLI tests; wiremock serves from its own thread.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

pub fn ok_token(token: &str) -> ResponseTemplate {
    ResponseTemplate::new(200)
        .set_body_json(serde_json::json!({"access_token": token, "expires_in": 7200}))
}

pub fn ok_ticket(ticket: &str) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(
        serde_json::json!({"errcode": 0, "errmsg": "ok", "ticket": ticket, "expires_in": 7200}),
    )
}

pub fn errcode(code: i64, msg: &str) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(serde_json::json!({"errcode": code, "errmsg": msg}))
}

/// A server whose stable_token and getticket (jsapi) succeed; optionally slowed down so
/// concurrent callers overlap.
pub async fn happy(delay: Option<Duration>) -> MockServer {
    let server = MockServer::start().await;
    let mut token = ok_token(TOKEN);
    let mut ticket = ok_ticket(TICKET);
    if let Some(d) = delay {
        token = token.set_delay(d);
        ticket = ticket.set_delay(d);
    }
    Mock::given(method("POST"))
        .and(path(STABLE))
        .respond_with(token)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(GETTICKET))
        .and(query_param("type", "jsapi"))
        .and(query_param("access_token", TOKEN))
        .respond_with(ticket)
        .mount(&server)
        .await;
    server
}

/// How many requests reached `p`.
pub async fn calls(server: &MockServer, p: &str) -> usize {
    server
        .received_requests()
        .await
        .unwrap_or_default()
        .iter()
        .filter(|r| r.url.path() == p)
        .count()
}

/// Every request body and URL the server saw, as text (to prove a secret was really sent).
pub async fn seen(server: &MockServer) -> String {
    server
        .received_requests()
        .await
        .unwrap_or_default()
        .iter()
        .map(|r| format!("{} {}\n", r.url, String::from_utf8_lossy(&r.body)))
        .collect()
}

//! A mock WeCom API on 127.0.0.1 (wiremock): gettoken per app secret, the corp ticket
//! (`get_jsapi_ticket`) and the agent ticket (`ticket/get?type=agent_config`) per app token, and
//! WeCom's failures: 40001 for a wrong secret, 42012 for an agent ticket asked with another
//! app's token, 60020 with the caller's IP, 45009, a slow reply.

#![allow(dead_code)]

use std::time::Duration;

use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

pub const CORP_ID: &str = "ww0123456789abcdef";
pub const AGENT_A: u64 = 1000002;
pub const AGENT_B: u64 = 1000003;
pub const SECRET_A: &str = "secret-of-app-a-0123456789abcdefghij";
pub const SECRET_B: &str = "secret-of-app-b-0123456789abcdefghij";
/// The contacts-sync secret: a valid corp secret whose token is no app's.
pub const CONTACTS_SECRET: &str = "contacts-sync-secret-0123456789abcd";
pub const TOKEN_A: &str = "WECOM_TOKEN_A_5b1f0c2d9e8a7b6c5d4e3f2a1b0c9d8e";
pub const TOKEN_B: &str = "WECOM_TOKEN_B_6c2a1d3e0f9b8c7d6e5f4a3b2c1d0e9f";
pub const TOKEN_CONTACTS: &str = "WECOM_TOKEN_C_7d3b2e4f1a0c9d8e7f6a5b4c3d2e1f0a";
/// The corp ticket: the docs' worked example, so config signatures are the known vectors.
pub const CORP_TICKET: &str =
    "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";
pub const AGENT_TICKET_A: &str = "AGENT_TICKET_A_kgt8ON7yVITDhtdwci0qeZ9i0e2m0q4yDLxFYPb";
pub const AGENT_TICKET_B: &str = "AGENT_TICKET_B_bxLdikRXVbTPdHSM05e5u5sUoXNKd8-41ZO3MhK";
pub const GETTOKEN: &str = "/cgi-bin/gettoken";
pub const CORP_TICKET_PATH: &str = "/cgi-bin/get_jsapi_ticket";
pub const AGENT_TICKET_PATH: &str = "/cgi-bin/ticket/get";
pub const CALLER_IP: &str = "203.0.113.7";

pub fn more_info(code: i64) -> String {
    format!("more info at https://open.work.weixin.qq.com/devtool/query?e={code}")
}

pub fn ok_token(token: &str) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(serde_json::json!({
        "errcode": 0, "errmsg": "ok", "access_token": token, "expires_in": 7200
    }))
}

pub fn ok_ticket(ticket: &str) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(
        serde_json::json!({"errcode": 0, "errmsg": "ok", "ticket": ticket, "expires_in": 7200}),
    )
}

pub fn wecom_error(code: i64, msg: &str) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(serde_json::json!({
        "errcode": code,
        "errmsg": format!("{msg}, hint: [1733000000_83_5f0e], from ip: {CALLER_IP}, {}", more_info(code)),
    }))
}

/// A corp with two apps and a contacts-sync secret. `delay` slows every answer.
pub async fn corp(delay: Option<Duration>) -> MockServer {
    corp_with(CORP_ID, delay).await
}

/// [`corp`] for another corpId (tests that leave entries in a real keyring use their own).
pub async fn corp_with(corp_id: &str, delay: Option<Duration>) -> MockServer {
    let server = MockServer::start().await;
    let d = |r: ResponseTemplate| match delay {
        Some(d) => r.set_delay(d),
        None => r,
    };
    for (secret, token) in [
        (SECRET_A, TOKEN_A),
        (SECRET_B, TOKEN_B),
        (CONTACTS_SECRET, TOKEN_CONTACTS),
    ] {
        Mock::given(method("GET"))
            .and(path(GETTOKEN))
            .and(query_param("corpid", corp_id))
            .and(query_param("corpsecret", secret))
            .respond_with(d(ok_token(token)))
            .with_priority(1)
            .mount(&server)
            .await;
    }
    // Any other secret: 40001, WeCom's "invalid secret".
    Mock::given(method("GET"))
        .and(path(GETTOKEN))
        .respond_with(wecom_error(40001, "invalid credential"))
        .with_priority(5)
        .mount(&server)
        .await;
    for token in [TOKEN_A, TOKEN_B] {
        Mock::given(method("GET"))
            .and(path(CORP_TICKET_PATH))
            .and(query_param("access_token", token))
            .respond_with(d(ok_ticket(CORP_TICKET)))
            .mount(&server)
            .await;
    }
    for (token, ticket) in [(TOKEN_A, AGENT_TICKET_A), (TOKEN_B, AGENT_TICKET_B)] {
        Mock::given(method("GET"))
            .and(path(AGENT_TICKET_PATH))
            .and(query_param("type", "agent_config"))
            .and(query_param("access_token", token))
            .respond_with(d(ok_ticket(ticket)))
            .mount(&server)
            .await;
    }
    // The contacts token is no app's: the agent ticket is not available with it.
    Mock::given(method("GET"))
        .and(path(AGENT_TICKET_PATH))
        .and(query_param("access_token", TOKEN_CONTACTS))
        .respond_with(wecom_error(42012, "api forbidden for jsapi"))
        .mount(&server)
        .await;
    server
}

/// A WeCom whose gettoken always fails with `code`.
pub async fn failing(code: i64, msg: &str) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(GETTOKEN))
        .respond_with(wecom_error(code, msg))
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

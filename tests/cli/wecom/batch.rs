//! `wxsign batch` against a WeCom signing endpoint whose reply holds both triplets: both are
//! verified, and a page fails if either call fails.

use std::process::Command;

use serde_json::json;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

use crate::cli::mock_wecom::*;
use crate::cli::support::sha1_hex;

const NONCE: &str = "Wm3WZYTPz0wzccnW";

fn sign(ticket: &str, nonce: &str, ts: u64, url: &str) -> String {
    sha1_hex(&format!(
        "jsapi_ticket={ticket}&noncestr={nonce}&timestamp={ts}&url={url}"
    ))
}

/// Signs both calls; the page path picks the mistake: `/good/`, `/corp/` (agentConfig with the
/// corp ticket), `/reuse/` (agentConfig given config's triplet), `/agentfail/` (a random
/// agentConfig signature).
struct WecomSigner;

impl Respond for WecomSigner {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let url = serde_json::from_slice::<serde_json::Value>(&req.body)
            .ok()
            .and_then(|v| v["url"].as_str().map(str::to_owned))
            .unwrap_or_default();
        let ts = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs();
        let config = sign(CORP_TICKET, NONCE, ts, &url);
        let (agent_nonce, agent) = if url.contains("/corp/") {
            ("agentNonce", sign(CORP_TICKET, "agentNonce", ts, &url))
        } else if url.contains("/reuse/") {
            (NONCE, config.clone())
        } else if url.contains("/agentfail/") {
            ("agentNonce", "0".repeat(40))
        } else {
            ("agentNonce", sign(AGENT_TICKET_A, "agentNonce", ts, &url))
        };
        ResponseTemplate::new(200).set_body_json(json!({"code": 0, "data": {
            "config": {"appId": CORP_ID, "timestamp": ts, "nonceStr": NONCE, "signature": config},
            "agentConfig": {"corpid": CORP_ID, "agentid": AGENT_A, "timestamp": ts,
                            "nonceStr": agent_nonce, "signature": agent},
        }}))
    }
}

#[tokio::test]
async fn both_triplets_are_verified_and_either_fails_the_page() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(WecomSigner)
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let pages = dir.path().join("pages.txt");
    std::fs::write(
        &pages,
        "https://app.example.com/good/p\nhttps://app.example.com/corp/p\nhttps://app.example.com/reuse/p\nhttps://app.example.com/agentfail/p\n",
    )
    .unwrap();
    let report = dir.path().join("out.json");
    let endpoint = format!("{}/sign", server.uri());
    let args: Vec<String> = [
        "batch",
        "--pages",
        pages.to_str().unwrap(),
        "--endpoint-url",
        &endpoint,
        "--ticket",
        CORP_TICKET,
        "--agent-ticket",
        AGENT_TICKET_A,
        "--agent-id",
        "1000002",
        "--app-id",
        CORP_ID,
        "--safe-domain",
        "example.com",
        "--report",
        report.to_str().unwrap(),
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let out = tokio::task::spawn_blocking(move || {
        Command::new(env!("CARGO_BIN_EXE_wxsign"))
            .args(args)
            .env("LANG", "C")
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    let page = |part: &str| {
        v["pages"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["url"].as_str().unwrap().contains(part))
            .unwrap()
            .clone()
    };
    let codes = |p: &serde_json::Value| {
        let mut c: Vec<String> = Vec::new();
        for key in ["causes", "findings"] {
            for x in p[key].as_array().unwrap() {
                c.push(x["code"].as_str().unwrap().to_owned());
            }
        }
        c
    };
    let good = page("/good/");
    assert_eq!(good["status"], "pass", "{good}");
    // Each call's own verdict, beside the page's.
    let calls = |p: &serde_json::Value| {
        (
            p["wecom"]["config_match"].as_bool(),
            p["wecom"]["agent_config_match"].as_bool(),
        )
    };
    assert_eq!(calls(&good), (Some(true), Some(true)), "{good}");
    assert_eq!(good["wecom"]["agent_id"], 1000002);
    assert_eq!(calls(&page("/corp/")), (Some(true), Some(false)));
    let corp = page("/corp/");
    assert_eq!(corp["status"], "fail");
    assert_eq!(codes(&corp), ["agent_config.corp_ticket"], "{corp}");
    let cause = &corp["causes"][0];
    assert!(
        cause["message"]["en"]
            .as_str()
            .unwrap()
            .starts_with("wx.agentConfig: ")
    );
    assert!(
        !cause["string1"].as_str().unwrap().contains(CORP_TICKET),
        "redacted"
    );
    assert_eq!(
        codes(&page("/reuse/")),
        ["agent_config.agent_config_reuses_config"]
    );
    let fail = page("/agentfail/");
    assert_eq!(fail["status"], "fail");
    assert_eq!(codes(&fail), ["agent_config_mismatch"]);
}

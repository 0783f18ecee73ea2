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

/// An agent ticket the endpoint's server still signs with after WeCom issued a new one.
const OLD_AGENT_TICKET_A: &str = "AGENT_TICKET_A_OLD_r1lJ7cZ2qVbX9mNw4tEoPsYfH3kGd0uLiA8";

/// Signs `wx.config` with the corp ticket and `wx.agentConfig` with app A's older agent ticket.
struct StaleAgentSigner {
    corp: String,
}

impl Respond for StaleAgentSigner {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let url = serde_json::from_slice::<serde_json::Value>(&req.body)
            .ok()
            .and_then(|v| v["url"].as_str().map(str::to_owned))
            .unwrap_or_default();
        let ts = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs();
        ResponseTemplate::new(200).set_body_json(json!({"code": 0, "data": {
            "config": {"appId": self.corp, "timestamp": ts, "nonceStr": NONCE,
                       "signature": sign(CORP_TICKET, NONCE, ts, &url)},
            "agentConfig": {"corpid": self.corp, "agentid": AGENT_A, "timestamp": ts,
                            "nonceStr": "agentNonce",
                            "signature": sign(OLD_AGENT_TICKET_A, "agentNonce", ts, &url)},
        }}))
    }
}

/// `batch --profile` on a WeCom profile tries each app's older agent tickets (from the cache,
/// which only a real keyring keeps between runs) as stale candidates, so a page whose
/// agentConfig is signed with one is named for it, like a stale corp ticket.
#[test]
#[ignore = "needs a Secret Service: bash scripts/with-keyring.sh cargo test --test cli -- --ignored real_keyring"]
fn real_keyring_batch_names_a_stale_agent_ticket() {
    use wxsign::cache::{Cached, CredentialCache};
    use wxsign::platform::app_account;
    use wxsign::secret::Secret;
    use wxsign::secrets::{KeyringStore, SecretStore};
    use wxsign::wechat::TicketKind;

    let store: std::sync::Arc<dyn SecretStore> =
        std::sync::Arc::new(KeyringStore::open().expect("a Secret Service on the session bus"));
    let rt = crate::cli::mock_wechat::runtime();
    // A corpId unique to this run, so nothing collides with another run's entries.
    let corp = format!(
        "ww{:016x}",
        0x7374_616c_0000_0000u64 | u64::from(std::process::id())
    );
    let wecom = rt.block_on(corp_with(&corp, None));
    let signer = rt.block_on(async {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .respond_with(StaleAgentSigner { corp: corp.clone() })
            .mount(&server)
            .await;
        server
    });
    let dir = tempfile::tempdir().unwrap();
    let cli = || {
        let mut c = Command::new(env!("CARGO_BIN_EXE_wxsign"));
        c.env("WXSIGN_CONFIG_DIR", dir.path())
            .env("LANG", "C")
            .env_remove("WXSIGN_KEYRING")
            .env_remove("WXSIGN_APP_SECRET");
        c
    };
    let a = AGENT_A.to_string();
    let ok = |out: std::process::Output| {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    ok(cli()
        .args(["profile", "add", "st", "--corp-id", &corp, "--agent-id", &a])
        .args(["--api-base", &wecom.uri(), "--safe-domain", "example.com"])
        .output()
        .unwrap());
    let mut set = cli()
        .args(["secret", "set", "--profile", "st", "--agent-id", &a])
        .arg("--secret-stdin")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let mut stdin = set.stdin.take().unwrap();
        writeln!(stdin, "{SECRET_A}").unwrap();
    }
    ok(set.wait_with_output().unwrap());
    // An earlier run cached app A's agent ticket of two hours ago: WeCom has issued a new one.
    let cache = CredentialCache::new(store.clone());
    let account_a = app_account(&corp, AGENT_A);
    cache.put_ticket(
        &account_a,
        TicketKind::AgentConfig,
        Cached {
            value: Secret::new(OLD_AGENT_TICKET_A),
            fetched_at: chrono::Utc::now().timestamp() - 9000,
            expires_in: 7200,
            endpoint: "ticket/get".into(),
            api_base: wecom.uri(),
        },
    );
    let pages = dir.path().join("pages.txt");
    std::fs::write(&pages, "https://app.example.com/stale/p\n").unwrap();
    let report = dir.path().join("out.json");
    let out = cli()
        .args([
            "batch",
            "--profile",
            "st",
            "--pages",
            pages.to_str().unwrap(),
        ])
        .args(["--endpoint-url", &format!("{}/sign", signer.uri())])
        .args(["--report", report.to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let v: Option<serde_json::Value> = std::fs::read_to_string(&report)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok());
    // Leave nothing behind in the keyring, whatever the outcome.
    cache.clear(&account_a);
    cache.clear(&corp);
    let _ = cli()
        .args(["profile", "remove", "st", "--delete-secret"])
        .output();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stdout.contains("[agent_config.stale_ticket]")
            && stdout.contains("wx.agentConfig: The server signed with an older ticket"),
        "{stdout}"
    );
    let v = v.expect("a JSON report");
    let page = &v["pages"][0];
    assert_eq!(page["status"], "fail", "{page}");
    let causes: Vec<&str> = page["causes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_str().unwrap())
        .collect();
    assert_eq!(causes, ["agent_config.stale_ticket"], "{page}");
    let cause = &page["causes"][0];
    assert!(
        cause["message"]["en"]
            .as_str()
            .unwrap()
            .contains("older ticket"),
        "{cause}"
    );
    assert!(
        !cause["string1"]
            .as_str()
            .unwrap()
            .contains(OLD_AGENT_TICKET_A),
        "redacted: {cause}"
    );
}

//! The WeCom commands end to end: `profile add --platform wecom`, `secret set --agent-id`,
//! `token`, `ticket --type jsapi|agent_config`, `sign` with both signatures.

use std::path::Path;

use predicates::prelude::*;

use crate::cli::mock_wecom::*;
use crate::cli::support::{json_stdout, keys, sha1_hex};

/// `wxsign` with a clean environment: temp config dir, memory keyring, no proxy, English.
fn wxsign(config: &Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(env!("CARGO_BIN_EXE_wxsign"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("WXSIGN_CONFIG_DIR", config)
        .env("WXSIGN_KEYRING", "memory")
        .env("LANG", "C");
    cmd
}

fn add_corp(config: &Path, base: &str) {
    wxsign(config)
        .args([
            "profile",
            "add",
            "corp",
            "--platform",
            "wecom",
            "--corp-id",
            CORP_ID,
            "--agent-id",
            &AGENT_A.to_string(),
            "--agent-name",
            "approvals",
            "--agent-id",
            &AGENT_B.to_string(),
            "--safe-domain",
            "example.com",
            "--api-base",
            base,
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("added profile corp"));
}

fn runtime() -> tokio::runtime::Runtime {
    crate::cli::mock_wechat::runtime()
}

#[test]
fn wecom_profiles_are_validated_and_shown() {
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path();
    add_corp(c, "http://127.0.0.1:9");
    let out = wxsign(c)
        .args(["profile", "show", "corp", "--json"])
        .output()
        .unwrap();
    let v = json_stdout(&out);
    assert_eq!(v["platform"], "wecom");
    assert_eq!(v["app_id"], CORP_ID);
    assert_eq!(
        v["apps"],
        serde_json::json!([
            {"agent_id": AGENT_A, "name": "approvals"},
            {"agent_id": AGENT_B, "name": ""},
        ])
    );
    wxsign(c)
        .args(["profile", "show", "corp"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("corpid")
                .and(predicate::str::contains("1000002 (approvals), 1000003"))
                .and(predicate::str::contains("trusted")),
        );
    // A second name for app B, a removal, and the list.
    wxsign(c)
        .args([
            "profile",
            "edit",
            "corp",
            "--agent-id",
            "1000003",
            "--agent-name",
            "crm",
        ])
        .assert()
        .success();
    wxsign(c)
        .args(["profile", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("1000003 (crm)"));
    wxsign(c)
        .args(["profile", "edit", "corp", "--remove-agent-id", "1000003"])
        .assert()
        .success();
    wxsign(c)
        .args(["profile", "edit", "corp", "--remove-agent-id", "1000003"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no app with agentid 1000003"));

    // Each mistake names the fix.
    for (args, says) in [
        (
            vec!["--corp-id", "wb0123456789abcdef"],
            "corpId 'wb0123456789abcdef' is not valid (ww or wx and 16 lowercase hex digits)",
        ),
        (
            vec!["--corp-id", CORP_ID, "--agent-id", "1", "--agent-id", "1"],
            "agentid 1 is listed twice",
        ),
        (
            vec!["--appid", "wx0123456789abcdef", "--agent-id", "1"],
            "--agent-id is for WeCom profiles",
        ),
    ] {
        wxsign(c)
            .args(["profile", "add", "bad"])
            .args(&args)
            .assert()
            .code(1)
            .stderr(predicate::str::contains(says));
    }
    let mut many = vec!["profile", "add", "bad", "--corp-id", CORP_ID];
    let domains: Vec<String> = (0..11).map(|i| format!("d{i}.example.com")).collect();
    for d in &domains {
        many.extend(["--safe-domain", d.as_str()]);
    }
    wxsign(c)
        .args(&many)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "11 trusted domains given: an app has at most 10",
        ));
    // A WeCom profile without --api-base gets WeCom's.
    wxsign(c)
        .args(["profile", "add", "real", "--corp-id", CORP_ID])
        .assert()
        .success();
    let v = json_stdout(
        &wxsign(c)
            .args(["profile", "show", "real", "--json"])
            .output()
            .unwrap(),
    );
    assert_eq!(v["api_base"], "https://qyapi.weixin.qq.com");
    // Official Account profiles are written as before: no platform key.
    wxsign(c)
        .args(["profile", "add", "oa", "--appid", "wx0123456789abcdef"])
        .assert()
        .success();
    let toml = std::fs::read_to_string(c.join("profiles.toml")).unwrap();
    let oa = toml
        .split("[[profile]]")
        .find(|e| e.contains("\"oa\""))
        .unwrap();
    assert!(!oa.contains("platform") && !oa.contains("apps"), "{oa}");
}

#[test]
fn token_and_both_tickets_from_the_cli() {
    let rt = runtime();
    let server = rt.block_on(corp(None));
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path();
    add_corp(c, &server.uri());
    let out = wxsign(c)
        .args([
            "token",
            "--profile",
            "corp",
            "--agent-id",
            "1000003",
            "--secret-stdin",
            "--json",
        ])
        .write_stdin(format!("{SECRET_B}\n"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json_stdout(&out);
    assert_eq!(v["endpoint"], "gettoken");
    assert_eq!(
        v["access_token"],
        format!("{}… ({} chars)", &TOKEN_B[..6], TOKEN_B.len())
    );

    let out = wxsign(c)
        .args([
            "ticket",
            "--profile",
            "corp",
            "--agent-id",
            "1000002",
            "--type",
            "agent_config",
            "--secret-stdin",
            "--json",
            "--reveal",
        ])
        .write_stdin(format!("{SECRET_A}\n"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json_stdout(&out);
    assert_eq!(v["ticket"], AGENT_TICKET_A);
    assert_eq!(v["type"], "agent_config");
    assert_eq!(v["source"]["kind"], "wecom");
    wxsign(c)
        .args([
            "ticket",
            "--profile",
            "corp",
            "--type",
            "jsapi",
            "--secret-stdin",
        ])
        .write_stdin(format!("{SECRET_A}\n"))
        .assert()
        .success()
        .stdout(predicate::str::contains("WeCom API").and(predicate::str::contains("sM4AOV")));
    // An agent ticket asked without that app's secret: the app is named.
    wxsign(c)
        .args([
            "ticket",
            "--profile",
            "corp",
            "--agent-id",
            "1000003",
            "--type",
            "agent-config",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "secret set --profile corp --agent-id 1000003",
        ));
    // secret set needs to know which app when there are several.
    wxsign(c)
        .args(["secret", "set", "--profile", "corp", "--secret-stdin"])
        .write_stdin("x\n")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("say which with --agent-id N"));
    wxsign(c)
        .args([
            "secret",
            "set",
            "--profile",
            "corp",
            "--agent-id",
            "1000002",
            "--secret-stdin",
        ])
        .write_stdin(format!("{SECRET_A}\n"))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "app 1000002 (approvals) of ww0123456789abcdef",
        ));
    wxsign(c)
        .args(["secret", "status", "--profile", "corp"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "secret set --profile corp --agent-id 1000003",
        ));
}

#[test]
fn sign_gives_both_signatures_and_the_snippets() {
    let rt = runtime();
    let server = rt.block_on(corp(None));
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path();
    add_corp(c, &server.uri());
    let url = "http://mp.weixin.qq.com?params=value";
    let out = wxsign(c)
        .args([
            "sign",
            "--profile",
            "corp",
            "--agent-id",
            "1000003",
            "--url",
            url,
            "--noncestr",
            "Wm3WZYTPz0wzccnW",
            "--timestamp",
            "1414587457",
            "--secret-stdin",
            "--json",
        ])
        .write_stdin(format!("{SECRET_B}\n"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json_stdout(&out);
    assert_eq!(keys(&v), ["agent_config", "agent_id", "config", "corp_id"]);
    for call in ["config", "agent_config"] {
        assert_eq!(
            keys(&v[call]),
            [
                "jsapi_ticket",
                "noncestr",
                "signature",
                "string1",
                "timestamp",
                "url"
            ]
        );
    }
    // config: the corp ticket, i.e. the documented vector.
    assert_eq!(
        v["config"]["signature"],
        "0f9de62fce790f9a083d5c99e95740ceb90c27ed"
    );
    assert_eq!(
        v["config"]["jsapi_ticket"],
        format!("sM4AOV… ({} chars)", CORP_TICKET.len())
    );
    // agentConfig: app B's agent ticket.
    let string1 = format!(
        "jsapi_ticket={AGENT_TICKET_B}&noncestr=Wm3WZYTPz0wzccnW&timestamp=1414587457&url={url}"
    );
    assert_eq!(v["agent_config"]["signature"], sha1_hex(&string1));
    let shown = v["agent_config"]["string1"].as_str().unwrap();
    assert!(
        !shown.contains(AGENT_TICKET_B),
        "tickets are redacted: {shown}"
    );

    let out = wxsign(c)
        .args([
            "sign",
            "--profile",
            "corp",
            "--agent-id",
            "1000003",
            "--url",
            url,
            "--snippet",
            "ww",
            "--js-api",
            "selectExternalContact",
            "--secret-stdin",
        ])
        .write_stdin(format!("{SECRET_B}\n"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("wx.config") && text.contains("wx.agentConfig"),
        "{text}"
    );
    assert!(text.contains("ww.register({\n  corpId: 'ww0123456789abcdef',\n  agentId: 1000003,"));
    assert!(text.contains("getAgentConfigSignature(url)"));
    wxsign(c)
        .args([
            "sign",
            "--profile",
            "corp",
            "--url",
            url,
            "--snippet",
            "wx",
            "--secret-stdin",
        ])
        .write_stdin(format!("{SECRET_A}\n"))
        .assert()
        .success()
        .stdout(
            predicate::str::contains("beta: true")
                .and(predicate::str::contains("agentid: 1000002")),
        );
}

#[test]
fn an_untrusted_ip_says_so_on_the_cli() {
    let rt = runtime();
    let server = rt.block_on(failing(60020, "not allow to access from your ip"));
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path();
    add_corp(c, &server.uri());
    for (lang, says) in [("en", "pasted or Redis ticket"), ("zh", "粘贴的票据")] {
        wxsign(c)
            .args([
                "token",
                "--profile",
                "corp",
                "--secret-stdin",
                "--lang",
                lang,
            ])
            .write_stdin(format!("{SECRET_A}\n"))
            .assert()
            .code(1)
            .stderr(
                predicate::str::contains("errcode 60020")
                    .and(predicate::str::contains(CALLER_IP))
                    .and(predicate::str::contains(says))
                    .and(predicate::str::contains("devtool/query?e=60020")),
            );
    }
}

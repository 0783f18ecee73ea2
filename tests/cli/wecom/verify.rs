//! `wxsign verify` on WeCom pastes: the two-call check from the command line.

use std::path::Path;

use predicates::prelude::*;

use crate::cli::mock_wecom::*;
use crate::cli::support::{json_stdout, sha1_hex};

const URL: &str = "https://app.example.com/h5/?id=7";
const NONCE: &str = "Wm3WZYTPz0wzccnW";
const TS: &str = "1414587457";

fn sig(ticket: &str, nonce: &str) -> String {
    sha1_hex(&format!(
        "jsapi_ticket={ticket}&noncestr={nonce}&timestamp={TS}&url={URL}"
    ))
}

fn page(config_sig: &str, agent_sig: &str, beta: bool) -> String {
    format!(
        "wx.config({{ {beta} appId: '{CORP_ID}', timestamp: {TS}, nonceStr: '{NONCE}', signature: '{config_sig}',\n  jsApiList: ['selectExternalContact'], success: function (res) {{}} }});\nwx.agentConfig({{ corpid: '{CORP_ID}', agentid: {AGENT_A}, timestamp: {TS}, nonceStr: 'agentNonce', signature: '{agent_sig}',\n  jsApiList: ['selectExternalContact'], success: (res) => {{ ok(res) }}, fail: function (res) {{ alert(res.errMsg) }} }});",
        beta = if beta { "beta: true," } else { "" }
    )
}

/// Whether stdout has exactly this line: a verdict compared whole ("不匹配" contains "匹配").
fn has_line(out: &std::process::Output, line: &str) -> bool {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .any(|l| l.trim_end() == line)
}

fn wxsign(config: &Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(env!("CARGO_BIN_EXE_wxsign"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("WXSIGN_CONFIG_DIR", config)
        .env("WXSIGN_KEYRING", "memory")
        .env("LANG", "C");
    cmd
}

#[test]
fn both_calls_verified_from_typed_tickets() {
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path();
    let verify = |input: String| {
        let mut cmd = wxsign(c);
        cmd.args([
            "verify",
            "--url",
            URL,
            "--ticket",
            CORP_TICKET,
            "--agent-ticket",
            AGENT_TICKET_A,
            "--config",
            "-",
        ])
        .write_stdin(input);
        cmd
    };
    let out = verify(page(
        &sig(CORP_TICKET, NONCE),
        &sig(AGENT_TICKET_A, "agentNonce"),
        true,
    ))
    .output()
    .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(has_line(&out, "wx.config: match"), "{out:?}");
    assert!(
        has_line(&out, "wx.agentConfig (app 1000002): match"),
        "{out:?}"
    );
    // agentConfig signed with the corp ticket: named, with its string1.
    verify(page(
        &sig(CORP_TICKET, NONCE),
        &sig(CORP_TICKET, "agentNonce"),
        true,
    ))
    .assert()
    .code(1)
    .stdout(
        predicate::str::contains("wx.config: match\n")
            .and(predicate::str::contains(
                "wx.agentConfig (app 1000002): MISMATCH\n",
            ))
            .and(predicate::str::contains("[corp_ticket]"))
            .and(predicate::str::contains(format!(
                "string1 jsapi_ticket={CORP_TICKET}&noncestr=agentNonce"
            ))),
    );
    // The same triplet twice, as JSON.
    let s = sig(CORP_TICKET, NONCE);
    let reply = format!(
        r#"{{"data":{{"config":{{"appId":"{CORP_ID}","timestamp":{TS},"nonceStr":"{NONCE}","signature":"{s}"}},"agentConfig":{{"corpid":"{CORP_ID}","agentid":{AGENT_A},"timestamp":{TS},"nonceStr":"{NONCE}","signature":"{s}"}}}}}}"#
    );
    let out = verify(reply).arg("--json").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v = json_stdout(&out);
    assert_eq!(v["match"], false);
    assert_eq!(v["config"]["match"], true);
    assert_eq!(
        v["agent_config"]["causes"][0]["code"],
        "agent_config_reuses_config"
    );
    // beta missing, and the corpId of another corp, in Chinese.
    let out = wxsign(c)
        .args([
            "verify",
            "--url",
            URL,
            "--ticket",
            CORP_TICKET,
            "--agent-ticket",
            AGENT_TICKET_A,
            "--corp-id",
            "ww1111111111111111",
            "--trusted-domain",
            "other.cn",
            "--config",
            "-",
            "--lang",
            "zh",
        ])
        .write_stdin(page(
            &sig(CORP_TICKET, NONCE),
            &sig(AGENT_TICKET_A, "agentNonce"),
            false,
        ))
        .output()
        .unwrap();
    // Both signatures match; the page fails for what is around them.
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(has_line(&out, "wx.config: 匹配"), "{out:?}");
    assert!(
        has_line(&out, "wx.agentConfig (应用 1000002): 匹配"),
        "{out:?}"
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    for code in [
        "[beta_missing]",
        "[corp_id_mismatch]",
        "[untrusted_domain]",
        "80001",
    ] {
        assert!(stdout.contains(code), "{code} not in {stdout}");
    }
    // A paste with neither triplet is bad input.
    verify("{\"errcode\": 40093}".into())
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "neither a wx.config nor a wx.agentConfig triplet",
        ));
}

#[test]
fn a_wecom_profile_fetches_both_tickets() {
    let rt = crate::cli::mock_wechat::runtime();
    let server = rt.block_on(corp(None));
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path();
    wxsign(c)
        .args([
            "profile",
            "add",
            "corp",
            "--corp-id",
            CORP_ID,
            "--agent-id",
            "1000002",
            "--safe-domain",
            "example.com",
            "--api-base",
            &server.uri(),
        ])
        .assert()
        .success();
    let file = c.join("page.js");
    // config signed with the agent ticket: the classic mix-up the other way round.
    std::fs::write(
        &file,
        page(
            &sig(AGENT_TICKET_A, NONCE),
            &sig(AGENT_TICKET_A, "agentNonce"),
            true,
        ),
    )
    .unwrap();
    let out = wxsign(c)
        .env("WXSIGN_APP_SECRET", SECRET_A)
        .args(["verify", "--url", URL, "--profile", "corp", "--config"])
        .arg(&file)
        .arg("--json")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json_stdout(&out);
    assert_eq!(v["agent_config"]["match"], true);
    let cause = &v["config"]["causes"][0];
    assert_eq!(cause["code"], "agent_ticket");
    // Fetched tickets are shown as previews.
    let string1 = cause["string1"].as_str().unwrap();
    assert!(string1.starts_with("jsapi_ticket=AGENT_… ("), "{string1}");
    assert!(
        !out.stdout
            .windows(AGENT_TICKET_A.len())
            .any(|w| w == AGENT_TICKET_A.as_bytes())
    );
}

//! `wxsign verify`: exit codes, JSON shape, config input from files and stdin, hyphen tickets,
//! language, and a sign → verify round trip.

use assert_cmd::Command;
use predicates::prelude::*;

use super::support::{human_field, sha1_hex};

const TICKET: &str =
    "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";
const NONCE: &str = "Wm3WZYTPz0wzccnW";
const TS: &str = "1414587457";
/// DOMAIN.md §1: a vector signed without the `/` the browser adds after the host, so for the
/// page as the browser has it ([`PAGE`]) verify must explain it.
const VECTOR_URL: &str = "http://mp.weixin.qq.com?params=value";
const VECTOR_SIG: &str = "0f9de62fce790f9a083d5c99e95740ceb90c27ed";
const PAGE: &str = "http://mp.weixin.qq.com/?params=value";

/// `wxsign` without locale or forced colours, so output does not depend on the machine.
fn wxsign() -> Command {
    let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("wxsign");
    let home = env!("CARGO_TARGET_TMPDIR");
    cmd.env_remove("LANG")
        .env_remove("WXSIGN_TICKET")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("CLICOLOR_FORCE")
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home);
    cmd
}

fn string1(ticket: &str, ts: &str, url: &str) -> String {
    format!("jsapi_ticket={ticket}&noncestr={NONCE}&timestamp={ts}&url={url}")
}

fn json(out: &std::process::Output) -> serde_json::Value {
    let text = String::from_utf8_lossy(&out.stdout);
    serde_json::from_str(text.trim()).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

/// The human output's verdict and the fields around it, each compared whole.
fn assert_human(out: &std::process::Output, code: i32, fields: &[(&str, &str)]) {
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(code),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for (label, value) in fields {
        assert_eq!(
            human_field(&stdout, label),
            Some(*value),
            "{label}: {stdout}"
        );
    }
}

/// The --json verdict of a mismatch on [`PAGE`]: exit 1, `match` false, and the expected
/// signature that of the current ticket over [`PAGE`] at [`TS`].
fn mismatch_on_page(out: &std::process::Output) -> serde_json::Value {
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(out);
    assert_eq!(v["match"], false, "{v}");
    assert_eq!(
        v["expected_signature"],
        sha1_hex(&string1(TICKET, TS, PAGE)),
        "{v}"
    );
    v
}

/// A usage error: exit 2, nothing on stdout, and stderr saying `says`.
fn assert_usage_error(out: &std::process::Output, says: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        out.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(stderr.contains(says), "{says:?} not in {stderr}");
}

fn verify_args(url: &str, sig: &str) -> Vec<String> {
    [
        "verify",
        "--url",
        url,
        "--ticket",
        TICKET,
        "--noncestr",
        NONCE,
        "--timestamp",
        TS,
        "--signature",
        sig,
    ]
    .map(str::to_owned)
    .to_vec()
}

#[test]
fn match_exits_zero() {
    let sig = sha1_hex(&string1(TICKET, TS, PAGE));
    let out = wxsign()
        .args(verify_args(&format!("{PAGE}#/home"), &sig))
        .output()
        .unwrap();
    // The page's #/home is not signed.
    assert_human(
        &out,
        0,
        &[
            ("result", "match"),
            ("expected", &sig),
            ("got", &sig),
            ("url", PAGE),
            ("string1", &string1(TICKET, TS, PAGE)),
        ],
    );
    assert_eq!(
        human_field(&String::from_utf8_lossy(&out.stdout), "cause"),
        None
    );
}

#[test]
fn mismatch_json_names_the_cause() {
    let out = wxsign()
        .args(verify_args(PAGE, VECTOR_SIG))
        .arg("--json")
        .output()
        .unwrap();
    let v = mismatch_on_page(&out);
    assert_eq!(v["string1"], string1(TICKET, TS, PAGE));
    assert_eq!(v["url"], PAGE);
    assert_eq!(v["causes"].as_array().map(Vec::len), Some(1), "{v}");
    let cause = &v["causes"][0];
    assert_eq!(cause["code"], "slash_removed");
    assert_eq!(cause["severity"], "error");
    assert_eq!(cause["string1"], string1(TICKET, TS, VECTOR_URL));
    assert!(cause["message"].as_str().unwrap().contains("trailing /"));
}

#[test]
fn two_causes_and_stale_ticket_that_starts_with_a_hyphen() {
    let stale = "-stale-ticket-3-Sl-HhTdfl2fzFy1AOcHKP7qg";
    let sig = sha1_hex(&string1(stale, "1414587457000", PAGE));
    let out = wxsign()
        .args(verify_args(PAGE, &sig))
        .args(["--ticket", stale, "--json"])
        .output()
        .unwrap();
    let v = mismatch_on_page(&out);
    assert_eq!(v["causes"].as_array().map(Vec::len), Some(1), "{v}");
    assert_eq!(v["causes"][0]["code"], "stale_ticket+ms_timestamp");
    assert_eq!(
        v["causes"][0]["string1"],
        string1(stale, "1414587457000", PAGE)
    );
}

#[test]
fn card_and_other_app_tickets_are_candidates() {
    for (flag, code) in [
        ("--card-ticket", "wx_card_ticket"),
        ("--other-app-ticket", "other_app_ticket"),
    ] {
        let other = "-card-or-other-ticket";
        let out = wxsign()
            .args(verify_args(PAGE, &sha1_hex(&string1(other, TS, PAGE))))
            .args([flag, other, "--json"])
            .output()
            .unwrap();
        let v = mismatch_on_page(&out);
        assert_eq!(v["causes"].as_array().map(Vec::len), Some(1), "{v}");
        assert_eq!(v["causes"][0]["code"], code);
        assert_eq!(v["causes"][0]["string1"], string1(other, TS, PAGE));
    }
}

#[test]
fn entry_url_explains_ios() {
    let entry = "http://mp.weixin.qq.com/";
    let out = wxsign()
        .args(verify_args(PAGE, &sha1_hex(&string1(TICKET, TS, entry))))
        .args(["--entry-url", entry, "--json"])
        .output()
        .unwrap();
    let v = mismatch_on_page(&out);
    assert_eq!(v["causes"][0]["code"], "entry_url");
    assert_eq!(v["causes"][0]["string1"], string1(TICKET, TS, entry));
    assert!(v["causes"][0]["message"].as_str().unwrap().contains("iOS"));
}

#[test]
fn config_from_stdin_and_file() {
    let right = sha1_hex(&string1(TICKET, TS, PAGE));
    let js = format!(
        "wx.config({{\n  debug: false, // on\n  appId: 'wx1',\n  timestamp: {TS},\n  nonceStr: '{NONCE}',\n  signature: '{right}',\n  jsApiList: ['chooseImage'],\n}});"
    );
    // The URL as typed has no `/` after the host; the page (and so the signature) has it.
    let out = wxsign()
        .args([
            "verify", "--url", VECTOR_URL, "--ticket", TICKET, "--config", "-",
        ])
        .write_stdin(js.clone())
        .output()
        .unwrap();
    assert_human(
        &out,
        0,
        &[
            ("result", "match"),
            ("expected", &right),
            ("got", &right),
            ("url", PAGE),
        ],
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reply.json");
    let reply = format!(
        r#"{{"code":0,"data":{{"appId":"wx1","timestamp":{TS},"nonce_str":"{NONCE}","signature":"{VECTOR_SIG}"}}}}"#
    );
    std::fs::write(&path, reply).unwrap();
    let out = wxsign()
        .args(["verify", "--url", PAGE, "--ticket", TICKET, "--config"])
        .arg(&path)
        .output()
        .unwrap();
    assert_human(
        &out,
        1,
        &[
            ("result", "mismatch"),
            ("expected", &right),
            ("got", VECTOR_SIG),
            ("cause", "slash_removed"),
        ],
    );
}

#[test]
fn broken_config_points_at_the_position() {
    wxsign()
        .args(["verify", "--url", PAGE, "--ticket", TICKET, "--config", "-"])
        .write_stdin("{\n  timestamp: 1,\n  signature: sig,\n}")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("<stdin>:3:14").and(predicate::str::contains("literals")));
    wxsign()
        .args(["verify", "--url", PAGE, "--ticket", TICKET, "--config", "-"])
        .write_stdin("{\"signature\": \"abc\"}")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nonceStr, timestamp"));
}

#[test]
fn bad_arguments_exit_two() {
    let run = |args: &[&str]| wxsign().args(args).output().unwrap();
    // Neither a config nor the three values.
    assert_usage_error(
        &run(&["verify", "--url", PAGE, "--ticket", TICKET]),
        "--config <FILE|->",
    );
    // Only part of the values.
    assert_usage_error(
        &run(&[
            "verify",
            "--url",
            PAGE,
            "--ticket",
            TICKET,
            "--noncestr",
            NONCE,
        ]),
        "--signature",
    );
    // Both a config and values.
    let mut both = verify_args(PAGE, VECTOR_SIG);
    both.extend(["--config".to_owned(), "-".to_owned()]);
    assert_usage_error(
        &wxsign().args(&both).output().unwrap(),
        "cannot be used with '--config <FILE|->'",
    );
    // A config file that does not exist.
    assert_usage_error(
        &run(&[
            "verify",
            "--url",
            PAGE,
            "--ticket",
            TICKET,
            "--config",
            "/nonexistent/reply.json",
        ]),
        "cannot read the config",
    );
    // No ticket.
    assert_usage_error(
        &run(&[
            "verify",
            "--url",
            PAGE,
            "--noncestr",
            NONCE,
            "--timestamp",
            TS,
            "--signature",
            VECTOR_SIG,
        ]),
        "--ticket <TICKET>",
    );
}

#[test]
fn human_output_is_plain_when_piped_and_follows_lang() {
    let out = wxsign()
        .args(verify_args(PAGE, VECTOR_SIG))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains('\u{1b}'), "escape codes in piped output");
    assert_human(
        &out,
        1,
        &[("result", "mismatch"), ("cause", "slash_removed")],
    );
    assert!(text.contains("trailing /"), "{text}");
    let out = wxsign()
        .args(verify_args(PAGE, VECTOR_SIG))
        .env("LANG", "zh_CN.UTF-8")
        .output()
        .unwrap();
    assert_human(&out, 1, &[("结果", "不匹配"), ("原因", "slash_removed")]);
    let out = wxsign()
        .args(verify_args(PAGE, VECTOR_SIG))
        .env("LANG", "zh_CN.UTF-8")
        .args(["--lang", "en"])
        .output()
        .unwrap();
    assert_human(&out, 1, &[("result", "mismatch")]);
}

#[test]
fn nothing_found_lists_what_is_left() {
    let out = wxsign()
        .args(verify_args(PAGE, &sha1_hex("unrelated")))
        .arg("--json")
        .output()
        .unwrap();
    let v = mismatch_on_page(&out);
    assert_eq!(v["causes"].as_array().unwrap().len(), 0);
    let notes = v["notes"].as_array().unwrap();
    assert!(
        notes
            .iter()
            .any(|n| n.as_str().unwrap().contains("another appId"))
    );
}

#[test]
fn sign_then_verify_round_trip() {
    let out = wxsign()
        .args([
            "sign",
            "--ticket",
            TICKET,
            "--url",
            PAGE,
            "--noncestr",
            NONCE,
        ])
        .args(["--timestamp", TS, "--json"])
        .output()
        .unwrap();
    let signed = json(&out);
    let sig = signed["signature"].as_str().unwrap();
    // Signed right (by another SHA-1 than wxsign's) before it is verified.
    assert_eq!(sig, sha1_hex(&string1(TICKET, TS, PAGE)));
    let out = wxsign().args(verify_args(PAGE, sig)).output().unwrap();
    assert_human(&out, 0, &[("result", "match"), ("got", sig)]);
}

#[test]
fn tickets_from_the_environment() {
    let stale = "-stale-from-env";
    let sig = sha1_hex(&string1(stale, TS, PAGE));
    let out = wxsign()
        .args([
            "verify",
            "--url",
            PAGE,
            "--noncestr",
            NONCE,
            "--timestamp",
            TS,
        ])
        .args(["--signature", &sig, "--json"])
        .env("WXSIGN_TICKET", format!("{TICKET},{stale}"))
        .output()
        .unwrap();
    // The first ticket is the current one: the expected signature is made with it.
    let v = mismatch_on_page(&out);
    assert_eq!(v["causes"][0]["code"], "stale_ticket");
    assert_eq!(v["causes"][0]["string1"], string1(stale, TS, PAGE));
}

#[test]
fn a_matching_millisecond_timestamp_is_a_warning_not_a_footnote() {
    let ms = "1414587457000";
    let sig = sha1_hex(&string1(TICKET, ms, PAGE));
    let args = |extra: &[&str]| {
        let mut a: Vec<String> = [
            "verify",
            "--url",
            PAGE,
            "--ticket",
            TICKET,
            "--noncestr",
            NONCE,
            "--timestamp",
            ms,
            "--signature",
            &sig,
        ]
        .map(str::to_owned)
        .to_vec();
        a.extend(extra.iter().map(|s| (*s).to_owned()));
        a
    };
    // The string matches, so exit 0 and "match": honest. But the cause is there, as a warning.
    let out = wxsign().args(args(&["--json"])).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v = json(&out);
    assert_eq!(v["match"], true);
    assert_eq!(v["causes"][0]["code"], "millisecond_timestamp");
    assert_eq!(v["causes"][0]["severity"], "warning");
    assert!(
        v["causes"][0]["message"]
            .as_str()
            .unwrap()
            .contains("unconfirmed")
    );
    assert_eq!(v["expected_signature"], sig);
    let out = wxsign().args(args(&["--lang", "en"])).output().unwrap();
    assert_human(&out, 0, &[("result", "match")]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout
            .lines()
            .any(|l| l.starts_with("warning") && l.contains("millisecond_timestamp")),
        "{stdout}"
    );
}

/// `wxsign` with a private config dir and a memory secret store, for `--profile` runs.
fn wxsign_in(config: &std::path::Path) -> Command {
    let mut cmd = wxsign();
    cmd.env("WXSIGN_CONFIG_DIR", config)
        .env("WXSIGN_KEYRING", "memory");
    cmd
}

#[test]
fn profile_supplies_the_ticket_like_sign_does() {
    use crate::cli::mock_wechat::{APP_ID, APP_SECRET, GETTICKET, calls, happy, runtime};
    let rt = runtime();
    let server = rt.block_on(happy(None));
    let dir = tempfile::tempdir().unwrap();
    wxsign_in(dir.path())
        .args(["profile", "add", "dev", "--appid", APP_ID])
        .args(["--api-base", &server.uri()])
        .assert()
        .success();
    // The mock hands out the DOMAIN.md ticket, so the documented vector matches.
    let out = wxsign_in(dir.path())
        .env("WXSIGN_APP_SECRET", APP_SECRET)
        .args(["verify", "--profile", "dev", "--url", PAGE])
        .args(["--noncestr", NONCE, "--timestamp", TS])
        .args([
            "--signature",
            &sha1_hex(&string1(TICKET, TS, PAGE)),
            "--json",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(&out);
    assert_eq!(v["match"], true);
    assert_eq!(
        v["expected_signature"],
        sha1_hex(&string1(TICKET, TS, PAGE))
    );
    assert_eq!(rt.block_on(calls(&server, GETTICKET)), 1);
    // A fetched ticket is a credential: redacted like `sign --profile`, unless --reveal.
    assert!(!v.to_string().contains(&TICKET[10..]), "{v}");
    assert!(
        v["string1"]
            .as_str()
            .unwrap()
            .starts_with("jsapi_ticket=sM4AOV… (86 chars)&")
    );
    let out = wxsign_in(dir.path())
        .env("WXSIGN_APP_SECRET", APP_SECRET)
        .args(["verify", "--profile", "dev", "--url", PAGE, "--reveal"])
        .args(["--noncestr", NONCE, "--timestamp", TS])
        .args([
            "--signature",
            &sha1_hex(&string1(TICKET, TS, PAGE)),
            "--json",
        ])
        .output()
        .unwrap();
    assert_eq!(json(&out)["string1"], string1(TICKET, TS, PAGE));

    // The secret on stdin and the config on stdin cannot share it.
    wxsign_in(dir.path())
        .args(["verify", "--profile", "dev", "--url", PAGE])
        .args(["--secret-stdin", "--config", "-"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--secret-stdin and --config - both read stdin",
        ));
    // A typed ticket and a profile: which one? Usage error.
    wxsign_in(dir.path())
        .args([
            "verify",
            "--profile",
            "dev",
            "--ticket",
            TICKET,
            "--url",
            PAGE,
        ])
        .args([
            "--noncestr",
            NONCE,
            "--timestamp",
            TS,
            "--signature",
            VECTOR_SIG,
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "give either --ticket or --profile, not both",
        ));
    // No secret anywhere: no ticket to verify with, a clear error with the fix, and exit 1.
    wxsign_in(dir.path())
        .args(["verify", "--profile", "dev", "--url", PAGE])
        .args([
            "--noncestr",
            NONCE,
            "--timestamp",
            TS,
            "--signature",
            VECTOR_SIG,
        ])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(
            "no appSecret is set for wx0123456789abcdef",
        ))
        .stderr(predicate::str::contains("wxsign secret set --profile dev"));
}

#[test]
fn a_url_or_timestamp_that_cannot_be_one_is_a_usage_error() {
    for (flag, value, says) in [
        ("--url", "not a url", "not a URL"),
        ("--url", "ftp://example.com/x", "not a web page URL"),
        ("--url", "example.com/page", "not a URL"),
        ("--entry-url", "garbage", "not a URL"),
        ("--timestamp", "abc", "not a number"),
        ("--timestamp", "1414587457.5", "not a number"),
    ] {
        let mut args = verify_args(PAGE, VECTOR_SIG);
        match flag {
            "--url" => args[2] = value.to_owned(),
            "--timestamp" => args[8] = value.to_owned(),
            _ => args.extend([flag.to_owned(), value.to_owned()]),
        }
        wxsign()
            .args(&args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(says));
    }
}

/// With Chinese chosen, every label and status is Chinese (finding 6); string1 stays as named.
#[test]
fn chinese_labels() {
    let out = wxsign()
        .args(verify_args(PAGE, VECTOR_SIG))
        .args(["--lang", "zh"])
        .output()
        .unwrap();
    assert_human(&out, 1, &[("结果", "不匹配"), ("原因", "slash_removed")]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    for en in [
        "result", "expected", "got", "url ", "cause", "notes", "mismatch",
    ] {
        assert!(
            !stdout.lines().any(|l| l.starts_with(en)),
            "{en:?} in {stdout}"
        );
    }
    for zh in ["结果", "不匹配", "正确签名", "收到签名", "原因"] {
        assert!(stdout.contains(zh), "{zh:?} missing in {stdout}");
    }
}

/// What was pasted is checked beyond the signature: jsApiList names, the reply's url field and
/// values with spaces around them, as warnings that do not change the verdict (finding 11).
#[test]
fn pasted_config_problems_are_reported() {
    let right = sha1_hex(&string1(TICKET, TS, PAGE));
    let reply = format!(
        r#"{{"appId":"wx1","timestamp":"{TS}","nonceStr":"{NONCE}","signature":"{right}","url":"https://other.example.com/api/sign","jsApiList":["updateAppMessageShareData","onMenuShareTimeline","chooseimage","checkJsApi"]}}"#
    );
    let out = wxsign()
        .args(["verify", "--url", PAGE, "--ticket", TICKET, "--config", "-"])
        .arg("--json")
        .write_stdin(reply.clone())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v = json(&out);
    assert_eq!(v["match"], true);
    let codes: Vec<&str> = v["config_findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["code"].as_str())
        .collect();
    assert_eq!(
        codes,
        ["reply_url_differs", "jsapi_deprecated", "jsapi_unknown"],
        "{v}"
    );
    let text = v["config_findings"].to_string();
    assert!(text.contains("updateTimelineShareData"), "{text}");
    assert!(text.contains("Did you mean chooseImage?"), "{text}");
    // Human output, Chinese.
    let out = wxsign()
        .args(["verify", "--url", PAGE, "--ticket", TICKET, "--config", "-"])
        .args(["--lang", "zh"])
        .write_stdin(reply)
        .output()
        .unwrap();
    assert_human(&out, 0, &[("结果", "匹配"), ("正确签名", &right)]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("配置") && stdout.contains("reply_url_differs"),
        "{stdout}"
    );
    // A nonce with a space in front, signed trimmed: a cause and a config warning.
    let out = wxsign()
        .args(["verify", "--url", PAGE, "--ticket", TICKET])
        .args(["--noncestr", &format!(" {NONCE}"), "--timestamp", TS])
        .args(["--signature", &right, "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    assert_eq!(v["match"], false);
    assert_eq!(v["causes"][0]["code"], "config_value_spaces", "{v}");
    assert_eq!(v["config_findings"][0]["code"], "value_spaces", "{v}");
}

/// Config errors follow the language too (finding 6).
#[test]
fn config_errors_in_chinese() {
    wxsign()
        .args(["verify", "--url", PAGE, "--ticket", TICKET, "--config", "-"])
        .args(["--lang", "zh"])
        .write_stdin(format!("{{\"timestamp\": {TS}}}"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("错误："))
        .stderr(predicate::str::contains("配置中没有 nonceStr, signature"))
        .stderr(predicate::str::contains("error").not());
    wxsign()
        .args(["verify", "--url", PAGE, "--ticket", TICKET, "--config"])
        .arg("/nonexistent/reply.json")
        .args(["--lang", "zh"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("无法读取配置"));
}

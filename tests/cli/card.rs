//! `wxsign sign --card` and `wxsign verify --card`: the official card vector, JSON shapes, the
//! card-specific causes and the exit codes.

use assert_cmd::Command;
use predicates::prelude::*;

use super::support::{human_field, sha1_hex};

const CARD_TICKET: &str = "ojZ8YtyVyr30HheH3CM73y7h4jJE";
const JSAPI_TICKET: &str =
    "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";
const OFFICIAL_STRING: &str =
    "12314048966881434008071ojZ8YtyVyr30HheH3CM73y7h4jJEpjZ8Yt1XGILfi-FUsewpnnolGgZk";
const OFFICIAL_SIG: &str = "f137ab68b7f8112d20ee528ab6074564e2796250";

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

fn json(out: &std::process::Output) -> serde_json::Value {
    let text = String::from_utf8_lossy(&out.stdout);
    serde_json::from_str(text.trim()).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

const ADDCARD: [&str; 10] = [
    "--card",
    "addcard",
    "--timestamp",
    "1404896688",
    "--noncestr",
    "123",
    "--card-id",
    "pjZ8Yt1XGILfi-FUsewpnnolGgZk",
    "--code",
    "1434008071",
];

#[test]
fn sign_card_official_vector() {
    let out = wxsign()
        .arg("sign")
        .args(ADDCARD)
        .args(["--ticket", CARD_TICKET, "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(&out);
    assert_eq!(v["string1"], OFFICIAL_STRING);
    assert_eq!(v["signature"], OFFICIAL_SIG);
    assert_eq!(v.as_object().unwrap().len(), 2);
    // Human output, in Chinese.
    let out = wxsign()
        .arg("sign")
        .args(ADDCARD)
        .args(["--ticket", CARD_TICKET, "--lang", "zh"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(human_field(&text, "签名"), Some(OFFICIAL_SIG), "{text}");
    assert_eq!(
        human_field(&text, "string1"),
        Some(OFFICIAL_STRING),
        "{text}"
    );
}

#[test]
fn sign_choosecard_and_ignored_values() {
    let out = wxsign()
        .args([
            "sign",
            "--card",
            "choosecard",
            "--ticket",
            CARD_TICKET,
            "--timestamp",
            "1404896688",
            "--noncestr",
            "123",
            "--app-id",
            "wx0123456789abcdef",
            "--card-type",
            "GROUPON",
            "--location-id",
            "4001",
            "--code",
            "1434008071",
            "--json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let mut values = [
        CARD_TICKET,
        "1404896688",
        "123",
        "wx0123456789abcdef",
        "GROUPON",
        "4001",
    ];
    values.sort_unstable();
    let expected = values.concat();
    assert_eq!(json(&out)["string1"], expected);
    assert_eq!(json(&out)["signature"], sha1_hex(&expected));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("[card_value_ignored]") && stderr.contains("--code"),
        "{stderr}"
    );
}

#[test]
fn sign_without_url_or_card_is_a_usage_error() {
    wxsign()
        .args(["sign", "--ticket", CARD_TICKET])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("--url <URL>"));
    // --card and --url together make no sense.
    wxsign()
        .arg("sign")
        .args(ADDCARD)
        .args(["--ticket", CARD_TICKET, "--url", "https://a.com/"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "'--card <API>' cannot be used with '--url <URL>'",
        ));
}

fn verify_card(signature: &str, extra: &[&str]) -> std::process::Output {
    wxsign()
        .arg("verify")
        .args(ADDCARD)
        .args([
            "--ticket",
            CARD_TICKET,
            "--signature",
            signature,
            "--jsapi-ticket",
            JSAPI_TICKET,
        ])
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn verify_card_match_and_causes() {
    let out = verify_card(OFFICIAL_SIG, &["--json"]);
    assert_eq!(out.status.code(), Some(0));
    let v = json(&out);
    assert_eq!(v["match"], true);
    assert_eq!(v["card"], "addcard");
    assert_eq!(v["string1"], OFFICIAL_STRING);

    // k=v& pairs as for wx.config.
    let kv = format!(
        "api_ticket={CARD_TICKET}&card_id=pjZ8Yt1XGILfi-FUsewpnnolGgZk&code=1434008071&nonce_str=123&timestamp=1404896688"
    );
    let out = verify_card(&sha1_hex(&kv), &["--json"]);
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    assert_eq!(v["match"], false);
    assert_eq!(v["causes"][0]["code"], "card_kv_pairs");
    assert_eq!(v["causes"][0]["string1"], kv);

    // The jsapi ticket instead of the wx_card one.
    let mut vals = [
        "1404896688",
        "123",
        "pjZ8Yt1XGILfi-FUsewpnnolGgZk",
        "1434008071",
        JSAPI_TICKET,
    ];
    vals.sort_unstable();
    let out = verify_card(&sha1_hex(&vals.concat()), &["--json"]);
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    assert_eq!(v["match"], false);
    assert_eq!(v["causes"][0]["code"], "card_jsapi_ticket");
    assert_eq!(v["causes"][0]["string1"], vals.concat());

    // code left out of the signature; human output in English names it.
    let mut vals = [
        "1404896688",
        "123",
        "pjZ8Yt1XGILfi-FUsewpnnolGgZk",
        CARD_TICKET,
    ];
    vals.sort_unstable();
    let out = verify_card(&sha1_hex(&vals.concat()), &["--lang", "en"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("card_optional_value") && text.contains("code (1434008071)"),
        "{text}"
    );
    assert_eq!(human_field(&text, "result"), Some("mismatch"), "{text}");
    assert_eq!(human_field(&text, "expected"), Some(OFFICIAL_SIG), "{text}");
}

#[test]
fn verify_card_needs_the_values() {
    // No --signature: clap's usage error.
    wxsign()
        .arg("verify")
        .args(ADDCARD)
        .args(["--ticket", CARD_TICKET])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("--signature <SIGNATURE>"));
    // --jsapi-ticket without --card.
    wxsign()
        .args([
            "verify",
            "--url",
            "https://a.com/",
            "--ticket",
            "t",
            "--noncestr",
            "n",
            "--timestamp",
            "1",
            "--signature",
            "x",
            "--jsapi-ticket",
            "j",
        ])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "--jsapi-ticket is a card value: add --card",
        ));
}

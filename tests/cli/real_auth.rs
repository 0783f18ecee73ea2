//! `wxsign verify` with realAuthUrl (`--real-auth-url`, a wx.error result inside `--config`),
//! `--safe-domain` host candidates, a pasted WeChat Pay call and look-alike hashes.

use assert_cmd::Command;

const TICKET: &str =
    "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";
const NONCE: &str = "Wm3WZYTPz0wzccnW";
const TS: &str = "1414587457";

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

fn sha1_hex(text: &str) -> String {
    use sha1::Digest;
    hex::encode(sha1::Sha1::digest(text.as_bytes()))
}

fn sig_for(url: &str) -> String {
    sha1_hex(&format!(
        "jsapi_ticket={TICKET}&noncestr={NONCE}&timestamp={TS}&url={url}"
    ))
}

fn json(out: &std::process::Output) -> serde_json::Value {
    let text = String::from_utf8_lossy(&out.stdout);
    serde_json::from_str(text.trim()).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

fn verify(url: &str, sig: &str, extra: &[&str]) -> std::process::Output {
    wxsign()
        .args([
            "verify",
            "--url",
            url,
            "--ticket",
            TICKET,
            "--noncestr",
            NONCE,
            "--timestamp",
            TS,
        ])
        .args(["--signature", sig])
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn real_auth_url_names_the_url_the_server_should_have_signed() {
    // The server signed the page with its fragment; WeChat verified another URL.
    let page = "https://shop.example.com/item?id=1#/detail";
    let sig = sig_for(page);
    let real = "https://shop.example.com/item?id=1&from=timeline";
    let out = verify(
        page,
        &sig,
        &["--real-auth-url", real, "--real-auth-url", real, "--json"],
    );
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    let r = &v["real_auth"];
    assert_eq!(r["urls"].as_array().unwrap().len(), 1, "{r}");
    assert_eq!(r["findings"][0]["code"], "real_auth_url_differs");
    assert_eq!(r["findings"][0]["signed_url"], page);
    assert_eq!(r["findings"][0]["real_auth_url"], real);
    assert!(r["notes"][0].as_str().unwrap().contains("repeats"));

    // Human output shows both URLs, one above the other.
    let out = verify(page, &sig, &["--real-auth-url", real, "--lang", "zh"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("realAuthUrl") && text.contains("微信校验") && text.contains(real),
        "{text}"
    );
}

#[test]
fn the_server_is_right_for_real_auth_url() {
    let entry = "https://shop.example.com/?from=singlemessage";
    let out = verify(
        "https://shop.example.com/cart",
        &sig_for(entry),
        &["--real-auth-url", &format!("{entry}#/home"), "--json"],
    );
    let v = json(&out);
    assert_eq!(
        v["real_auth"]["findings"][0]["code"],
        "real_auth_url_signed"
    );
    assert!(v["real_auth"]["notes"][0].as_str().unwrap().contains('#'));
}

#[test]
fn a_wx_error_result_inside_the_config() {
    let dir = tempfile::tempdir().unwrap();
    let page = "https://shop.example.com/item?id=1";
    let cfg = dir.path().join("paste.txt");
    let text = format!(
        "{{\"nonceStr\":\"{NONCE}\",\"timestamp\":{TS},\"signature\":\"{}\"}}\n\
         12:00:01 console.error wx.error {{\"realAuthUrl\":[\"{page}&from=timeline\"],\"errMsg\":\"config:invalid signature\"}}\n",
        sig_for(page)
    );
    std::fs::write(&cfg, text).unwrap();
    let out = wxsign()
        .args([
            "verify",
            "--url",
            page,
            "--ticket",
            TICKET,
            "--config",
            cfg.to_str().unwrap(),
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
    assert_eq!(
        v["real_auth"]["findings"][0]["code"],
        "real_auth_url_differs"
    );
    // Only the wx.error result: a clear usage error.
    std::fs::write(
        &cfg,
        "{\"realAuthUrl\":[\"https://a.com/\"],\"errMsg\":\"config:invalid signature\"}",
    )
    .unwrap();
    let out = wxsign()
        .args([
            "verify",
            "--url",
            page,
            "--ticket",
            TICKET,
            "--config",
            cfg.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("only the wx.error"));
}

#[test]
fn safe_domains_feed_the_host_candidates() {
    let page = "https://m.example.com/p?id=1";
    let sig = sig_for("https://wx.example.net/p?id=1");
    let out = verify(page, &sig, &["--safe-domain", "wx.example.net", "--json"]);
    assert_eq!(json(&out)["causes"][0]["code"], "other_host");
    // Without the safe domain nothing explains it.
    let out = verify(page, &sig, &["--json"]);
    assert_eq!(json(&out)["causes"].as_array().unwrap().len(), 0);
}

#[test]
fn wechat_pay_and_look_alike_hashes() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("pay.js");
    std::fs::write(&cfg, "wx.chooseWXPay({ timeStamp: '1414587457', nonceStr: 'n', package: 'prepay_id=wx1', signType: 'MD5', paySign: 'C380BEC2BFD727A4B6845133519F3AD6' })").unwrap();
    let out = wxsign()
        .args([
            "verify",
            "--url",
            "https://a.com/",
            "--ticket",
            TICKET,
            "--config",
            cfg.to_str().unwrap(),
            "--json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    assert_eq!(v["scheme"], "wechat_pay");
    assert!(v["notes"][0].as_str().unwrap().contains("timestamp"));

    // DingTalk: SHA-256 of the expected string1.
    let page = "https://a.com/p?q=%E4%B8%AD";
    let s1 =
        format!("jsapi_ticket={TICKET}&noncestr={NONCE}&timestamp={TS}&url=https://a.com/p?q=中");
    use sha2::Digest;
    let sha256 = hex::encode(sha2::Sha256::digest(s1.as_bytes()));
    let out = verify(page, &sha256, &["--json"]);
    let v = json(&out);
    assert_eq!(v["causes"][0]["code"], "dingtalk_sha256");
    assert_eq!(v["causes"][0]["string1"], s1);
}

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
    // Right for the page, wrong for the URL WeChat verified: the phone said invalid signature.
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(&out);
    assert_eq!(v["match"], false);
    assert_eq!(v["url"], format!("{page}&from=timeline"));
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

/// Two pages of one site; their signatures with DOMAIN.md §1's ticket, nonce and timestamp,
/// computed outside wxsign: `printf '%s' "jsapi_ticket=…&url=…" | sha1sum`.
const PAGE_A: &str = "https://shop.example.com/a?id=1";
const PAGE_B: &str = "https://shop.example.com/b?id=1";
const SIG_A: &str = "b9a4a1b3b1159c081d4dfc5ca807ffe3dfc0c2bf";
const SIG_B: &str = "47d17cf3ce1ae28af9736c411ac2bd08ca0dfb6d";

fn string1_for(url: &str) -> String {
    format!("jsapi_ticket={TICKET}&noncestr={NONCE}&timestamp={TS}&url={url}")
}

/// Runs `verify` without `--json`: its exit code and the text of its `result` line (the
/// headline the window shows too), after the label.
fn headline(page: &str, sig: &str, extra: &[&str]) -> (Option<i32>, String) {
    let out = verify(page, sig, extra);
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text
        .lines()
        .find_map(|l| l.strip_prefix("result").or_else(|| l.strip_prefix("结果")))
        .unwrap_or_else(|| panic!("no result line: {text}"));
    (out.status.code(), line.trim().to_owned())
}

#[test]
fn right_for_the_url_but_wrong_for_real_auth_url_is_a_mismatch() {
    let out = verify(PAGE_A, SIG_A, &["--real-auth-url", PAGE_B, "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    assert_eq!(v["match"], false);
    // Every field is about the URL WeChat verified.
    assert_eq!(v["expected_signature"], SIG_B);
    assert_eq!(v["string1"], string1_for(PAGE_B));
    assert_eq!(v["url"], PAGE_B);
    // The cause: the server signed the page URL instead, with that string1.
    assert_eq!(v["causes"][0]["code"], "page_url");
    assert_eq!(v["causes"][0]["string1"], string1_for(PAGE_A));
    assert_eq!(v["real_auth"]["fits"], serde_json::Value::Null);
    assert_eq!(
        v["real_auth"]["findings"][0]["code"],
        "real_auth_url_differs"
    );
    assert_eq!(v["real_auth"]["findings"][0]["signed_url"], PAGE_A);

    assert_eq!(
        headline(PAGE_A, SIG_A, &["--real-auth-url", PAGE_B]),
        (Some(1), format!("mismatch against realAuthUrl {PAGE_B}"))
    );
    assert_eq!(
        headline(PAGE_A, SIG_A, &["--real-auth-url", PAGE_B, "--lang", "zh"]),
        (Some(1), format!("与 realAuthUrl {PAGE_B} 不匹配"))
    );
}

#[test]
fn right_for_real_auth_url_only_is_a_match_with_the_note() {
    let real = format!("{PAGE_B}#/cart");
    let out = verify(PAGE_A, SIG_B, &["--real-auth-url", &real, "--json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let v = json(&out);
    assert_eq!(v["match"], true);
    assert_eq!(v["expected_signature"], SIG_B);
    assert_eq!(v["string1"], string1_for(PAGE_B));
    assert_eq!(v["causes"].as_array().map(Vec::len), Some(0), "{v}");
    let r = &v["real_auth"];
    assert_eq!(r["fits"], PAGE_B);
    assert_eq!(r["findings"][0]["code"], "real_auth_url_signed");
    assert!(
        r["findings"][0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("the page expected a signature for another URL")),
        "{r}"
    );

    assert_eq!(
        headline(PAGE_A, SIG_B, &["--real-auth-url", &real]),
        (Some(0), format!("match against realAuthUrl {PAGE_B}"))
    );
}

#[test]
fn two_different_real_auth_urls_say_which_one_fits() {
    // The array of an SPA that changed its URL between two checks: A, B, A again.
    let three = [
        "--real-auth-url",
        PAGE_A,
        "--real-auth-url",
        PAGE_B,
        "--real-auth-url",
        PAGE_A,
        "--json",
    ];
    let out = verify(PAGE_A, SIG_B, &three);
    assert_eq!(out.status.code(), Some(0));
    let v = json(&out);
    assert_eq!(v["match"], true);
    assert_eq!(v["expected_signature"], SIG_B);
    assert_eq!(v["real_auth"]["urls"], serde_json::json!([PAGE_A, PAGE_B]));
    assert_eq!(v["real_auth"]["fits"], PAGE_B);
    let codes: Vec<&str> = v["real_auth"]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["code"].as_str())
        .collect();
    assert_eq!(codes, ["real_auth_url_differs", "real_auth_url_signed"]);
    assert_eq!(v["real_auth"]["findings"][0]["signed_url"], PAGE_B);

    // A signature for a third page fits neither: judged on the first, exit 1.
    let sig_c = sha1_hex(&string1_for("https://shop.example.com/c?id=1"));
    let out = verify(PAGE_A, &sig_c, &three);
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    assert_eq!(v["match"], false);
    assert_eq!(v["expected_signature"], SIG_A);
    assert_eq!(v["real_auth"]["fits"], serde_json::Value::Null);
    let two = ["--real-auth-url", PAGE_A, "--real-auth-url", PAGE_B];
    assert_eq!(
        headline(PAGE_A, SIG_B, &two),
        (
            Some(0),
            format!("match against realAuthUrl {PAGE_B} (one of 2 URLs WeChat verified)")
        )
    );
    assert_eq!(
        headline(PAGE_A, &sig_c, &two),
        (
            Some(1),
            "mismatch against all 2 realAuthUrl URLs".to_owned()
        )
    );
}

#[test]
fn wecom_calls_are_judged_on_real_auth_url_too() {
    // --agent-ticket switches to WeCom's two-call check; the paste signs wx.config for page A,
    // and the wx.error result pasted with it says the client verified page B.
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("wecom.txt");
    let text = format!(
        "wx.config({{beta: true, appId: 'ww0123456789abcdef', timestamp: {TS}, nonceStr: '{NONCE}', signature: '{SIG_A}', jsApiList: []}})\n\
         wx.error: {{\"realAuthUrl\":[\"{PAGE_B}\"],\"errMsg\":\"config:invalid signature\"}}\n"
    );
    std::fs::write(&cfg, text).unwrap();
    let run = |cfg: &std::path::Path| {
        wxsign()
            .args(["verify", "--url", PAGE_A, "--ticket", TICKET])
            .args(["--agent-ticket", "agent-ticket-of-app-1000002"])
            .args(["--config", cfg.to_str().unwrap(), "--json"])
            .output()
            .unwrap()
    };
    let out = run(&cfg);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(&out);
    assert_eq!(v["config"]["match"], false);
    assert_eq!(v["config"]["expected"]["signature"], SIG_B);
    assert_eq!(v["config"]["causes"][0]["code"], "page_url");
    assert_eq!(
        v["real_auth"]["findings"][0]["code"],
        "real_auth_url_differs"
    );
    // Signed for B, the URL WeChat verified: wx.config matches.
    let text = std::fs::read_to_string(&cfg).unwrap().replace(SIG_A, SIG_B);
    std::fs::write(&cfg, text).unwrap();
    let v = json(&run(&cfg));
    assert_eq!(v["config"]["match"], true, "{v}");
    assert_eq!(v["real_auth"]["fits"], PAGE_B);
}

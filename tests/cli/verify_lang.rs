//! `--lang` reaches the errors WeChat's API causes: `wxsign verify --lang zh --profile P` on an
//! English system says them in Chinese (and `--lang en` on a Chinese one in English), like every
//! other line the command prints. WeChat is played by a mock on 127.0.0.1.

use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer};

use crate::cli::mock_wechat::{APP_ID, APP_SECRET, STABLE, errcode, runtime};
use crate::cli::support::wxsign;

const ZH_MEANING: &str = "调用方 IP 不在公众号的 IP 白名单中";
const EN_MEANING: &str = "the caller's IP is not in the account's IP whitelist";

/// A simulated WeChat whose stable_token refuses the caller's IP (40164).
async fn refusing() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(STABLE))
        .respond_with(errcode(
            40164,
            "invalid ip 203.0.113.7 ipv6 ::ffff:203.0.113.7, not in whitelist rid: 6650b1c2-1",
        ))
        .mount(&server)
        .await;
    server
}

fn run(config: &std::path::Path, locale: &str, args: &[&str]) -> std::process::Output {
    wxsign()
        .env("WXSIGN_CONFIG_DIR", config)
        .env("WXSIGN_KEYRING", "memory")
        .env("WXSIGN_APP_SECRET", APP_SECRET)
        .env("LANG", locale)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn wechat_api_errors_follow_lang_not_the_system_language() {
    let rt = runtime();
    let server = rt.block_on(refusing());
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        dir.path(),
        "en_US.UTF-8",
        &[
            "profile",
            "add",
            "dev",
            "--appid",
            APP_ID,
            "--api-base",
            &server.uri(),
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let verify = [
        "verify",
        "--profile",
        "dev",
        "--url",
        "https://shop.example.com/a?id=1",
        "--noncestr",
        "n",
        "--timestamp",
        "1414587457",
        "--signature",
        "b9a4a1b3b1159c081d4dfc5ca807ffe3dfc0c2bf",
    ];
    let sign = [
        "sign",
        "--profile",
        "dev",
        "--url",
        "https://shop.example.com/a?id=1",
    ];
    let cases: [(&[&str], &str, &str, &str, &str); 4] = [
        (&verify, "en_US.UTF-8", "zh", ZH_MEANING, EN_MEANING),
        (&verify, "zh_CN.UTF-8", "en", EN_MEANING, ZH_MEANING),
        (&sign, "en_US.UTF-8", "zh", ZH_MEANING, EN_MEANING),
        (&sign, "zh_CN.UTF-8", "en", EN_MEANING, ZH_MEANING),
    ];
    for (args, locale, lang, want, not) in cases {
        let mut args = args.to_vec();
        args.extend(["--lang", lang]);
        let out = run(dir.path(), locale, &args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(
            stderr.contains("40164") && stderr.contains(want) && !stderr.contains(not),
            "{args:?} with LANG={locale}: {stderr}"
        );
        // The JSON error object carries the meaning in that language too.
        args.push("--json");
        let out = run(dir.path(), locale, &args);
        let v: serde_json::Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{args:?}: {e}: {}", String::from_utf8_lossy(&out.stdout)));
        assert_eq!(v["error"]["errcode"], 40164, "{v}");
        assert_eq!(v["error"]["meaning"], want, "{args:?}");
    }
}

//! Files written on Windows read like files written anywhere else: CRLF line ends and Notepad's
//! UTF-8 byte-order mark in page lists and pasted configs change nothing, and a program that
//! holds `profiles.toml` open for reading does not stop a save. Runs on every system (and under
//! Wine, scripts/test-windows.sh).

use std::io::Read;

use crate::cli::fake_endpoint::{self, SIGN_PATH, TICKET};
use crate::cli::support::{
    NONCE, TICKET as EXAMPLE_TICKET, VECTORS, config_with_one_profile, sha1_hex, temp_files_in,
    wxsign, wxsign_in,
};

/// LF, CRLF and a BOM with CRLF: the same text three ways.
fn three_ways(lf: &str) -> [(&'static str, String); 3] {
    let crlf = lf.replace('\n', "\r\n");
    [
        ("lf", lf.to_owned()),
        ("crlf", crlf.clone()),
        ("bom-crlf", format!("\u{feff}{crlf}")),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_crlf_pages_file_runs_the_same_pages() {
    let server = fake_endpoint::start().await;
    let dir = tempfile::tempdir().unwrap();
    let endpoint = format!("{}{SIGN_PATH}", server.uri());
    let list =
        "# release\nhttps://m.example.com/good/home?id=1#/tab\n\nhttps://m.example.com/good/b\n";
    for (name, text) in three_ways(list) {
        let pages = dir.path().join(format!("{name}.txt"));
        std::fs::write(&pages, &text).unwrap();
        let report = dir.path().join(format!("{name}.json"));
        let mut cmd = wxsign();
        cmd.arg("batch")
            .arg("--pages")
            .arg(&pages)
            .args(["--endpoint-url", &endpoint, "--ticket", TICKET, "--report"])
            .arg(&report);
        let out = tokio::task::spawn_blocking(move || cmd.output().unwrap())
            .await
            .unwrap();
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
        let urls: Vec<&str> = json["pages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["url"].as_str().unwrap())
            .collect();
        assert_eq!(
            urls,
            [
                "https://m.example.com/good/home?id=1#/tab",
                "https://m.example.com/good/b"
            ],
            "{name}"
        );
        assert_eq!(json["summary"]["pass"], 2, "{name}: {json:#}");
    }
}

#[test]
fn a_crlf_config_file_verifies_the_same() {
    // The page as the browser normalises it (DOMAIN.md §1's URL gains its `/`).
    let (ts, url) = (VECTORS[0].0, "http://mp.weixin.qq.com/?params=value");
    let signature = &sha1_hex(&format!(
        "jsapi_ticket={EXAMPLE_TICKET}&noncestr={NONCE}&timestamp={ts}&url={url}"
    ));
    let dir = tempfile::tempdir().unwrap();
    let pastes = [
        format!(
            "{{\n  \"appId\": \"wx1\",\n  \"timestamp\": {ts},\n  \"nonceStr\": \"{NONCE}\",\n  \"signature\": \"{signature}\"\n}}\n"
        ),
        format!(
            "wx.config({{\n  debug: false,\n  appId: 'wx1',\n  timestamp: {ts},\n  nonceStr: '{NONCE}',\n  signature: '{signature}',\n  jsApiList: ['chooseImage'],\n}});\n"
        ),
    ];
    for (i, paste) in pastes.iter().enumerate() {
        for (name, text) in three_ways(paste) {
            let path = dir.path().join(format!("config-{i}-{name}.txt"));
            std::fs::write(&path, &text).unwrap();
            let out = wxsign()
                .args(["verify", "--url", url, "--ticket", EXAMPLE_TICKET, "--json"])
                .arg("--config")
                .arg(&path)
                .output()
                .unwrap();
            let stdout = String::from_utf8_lossy(&out.stdout);
            assert_eq!(
                out.status.code(),
                Some(0),
                "paste {i} {name}: {stdout}{}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert!(stdout.contains(signature), "paste {i} {name}: {stdout}");
        }
    }
}

/// Another program reading `profiles.toml` (an editor, a backup tool, the window) keeps its
/// handle while the command line saves: the save still replaces the file, and the reader still
/// reads the old text it opened.
#[test]
fn a_save_replaces_profiles_toml_while_a_reader_holds_it_open() {
    let (dir, path) = config_with_one_profile();
    let cli = || wxsign_in(dir.path());
    let before = std::fs::read_to_string(&path).unwrap();
    let mut reader = std::fs::File::open(&path).unwrap();
    cli()
        .args(["profile", "add", "b", "--appid", "wxabcdef1234567890"])
        .assert()
        .success();
    let mut old = String::new();
    reader.read_to_string(&mut old).unwrap();
    assert_eq!(old, before, "the open handle reads what it opened");
    let now = std::fs::read_to_string(&path).unwrap();
    assert!(
        now.contains("wx1234567890abcdef") && now.contains("wxabcdef1234567890"),
        "{now}"
    );
    let left = temp_files_in(dir.path());
    assert!(left.is_empty(), "temp files left: {left:?}");
}

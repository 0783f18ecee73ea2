//! Every recorded phone exchange under `tests/fixtures/phone/` replays through the parser and
//! the report (`wxsign phone attach --record`): a reply captured on a real phone becomes a
//! regression test by dropping its file there. The ones committed so far were recorded from
//! the simulated phone of `tests/cli/phone` and say `"source": "simulated"`.

use std::path::Path;

use serde_json::Value;
use wxsign::phone::agent;
use wxsign::phone::fixture::{self, FORMAT, Fixture};
use wxsign::probe::messages;

fn fixtures() -> Vec<(String, Fixture)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/phone");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("read the fixture");
            let f: Fixture = serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("{}: not a phone fixture: {e}", p.display()));
            let name = p
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            (name, f)
        })
        .collect()
}

#[test]
fn every_fixture_replays_through_the_parser_and_the_diagnosis() {
    let all = fixtures();
    assert!(!all.is_empty(), "no fixture under tests/fixtures/phone");
    for (name, f) in all {
        assert_eq!(f.format, FORMAT, "{name}");
        // Keyed by the versions its user agent names, in the content and the file name.
        assert_eq!(f.versions, agent::versions(&f.user_agent), "{name}");
        assert!(
            name.starts_with(fixture::file_name(&f, "").trim_end_matches(".json")),
            "{name} is not named after its versions"
        );
        // The parser: every recorded message is one the recorder knows.
        for e in &f.exchange {
            messages::parse(&e.msg.to_string())
                .unwrap_or_else(|err| panic!("{name}: {err}: {}", e.msg));
        }
        let report = fixture::replay(&f);
        assert_eq!(report.source, f.source, "{name}");
        assert_eq!(report.client.versions, f.versions, "{name}");
        // The diagnosis: each config's answer is jweixin's reading of the client's raw reply,
        // realAuthUrl as sent, and a config the client refused never passes.
        let replies: Vec<&Value> = f
            .exchange
            .iter()
            .filter(|e| {
                e.msg["t"] == "reply" && e.msg["name"] == "preVerifyJSAPI" && e.msg["top"] == true
            })
            .map(|e| &e.msg["res"])
            .collect();
        assert_eq!(replies.len(), report.run.configs.len(), "{name}");
        for (c, res) in report.run.configs.iter().zip(&replies) {
            assert_eq!(
                c.answer,
                messages::client_err_msg("preVerifyJSAPI", res),
                "{name}"
            );
            assert_eq!(c.real_auth_url, messages::real_auth_urls(res), "{name}");
            assert_eq!(c.client_reply.as_ref(), Some(*res), "{name}");
        }
        let all_ok = report.run.configs.iter().all(|c| c.answer == "config:ok");
        assert!(
            report.passed <= all_ok,
            "{name}: passed with a refused config"
        );
        // What was measured replays to the same table.
        assert_eq!(report.measured, f.measured, "{name}");
        // Redacted: no signature in clear.
        for e in &f.exchange {
            if let Some(sig) = e.msg["params"]["verifySignature"].as_str() {
                assert_eq!(sig, fixture::REDACTED, "{name}");
            }
        }
    }
}

#[cfg(not(target_os = "linux"))]
#[test]
fn the_simulated_phone_needs_linux() {
    eprintln!(
        "phone attach tests skipped: the simulated phone binds Linux abstract unix sockets (@webview_devtools_remote_<pid>), which this system does not have"
    );
}

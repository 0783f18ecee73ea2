//! `wxsign batch` against the fake signing endpoint: each wrong signer's page names its cause,
//! endpoint failures are page results, the reports parse back, secrets stay out of them.

mod failures;
mod profile;
mod repeat;
mod signers;

use std::collections::HashMap;
use std::path::Path;
use std::process::Output;

use assert_cmd::cargo::cargo_bin;
use serde_json::Value;

/// Runs the binary off the async runtime so the fake server keeps answering.
pub(super) async fn batch(args: Vec<String>, envs: Vec<(String, String)>) -> Output {
    tokio::task::spawn_blocking(move || {
        let mut cmd = std::process::Command::new(cargo_bin("wxsign"));
        cmd.arg("batch")
            .args(args)
            .env("LANG", "C")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES");
        for (k, v) in envs {
            cmd.env(k, v);
        }
        cmd.output().expect("run wxsign")
    })
    .await
    .expect("join")
}

pub(super) fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

pub(super) fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.to_string_lossy().into_owned()
}

pub(super) fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// url → (status, every cause/finding/error code)
pub(super) fn by_url(report: &Value) -> HashMap<String, (String, Vec<String>)> {
    let mut map = HashMap::new();
    for p in report["pages"].as_array().unwrap() {
        let mut codes = Vec::new();
        for key in ["causes", "findings"] {
            for c in p[key].as_array().unwrap() {
                codes.push(c["code"].as_str().unwrap().to_owned());
            }
        }
        if let Some(e) = p.get("endpoint_error") {
            codes.push(e["code"].as_str().unwrap().to_owned());
        }
        map.insert(
            p["url"].as_str().unwrap().to_owned(),
            (p["status"].as_str().unwrap().to_owned(), codes),
        );
    }
    map
}

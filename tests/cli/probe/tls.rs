//! A page served over HTTPS with a certificate no one vouches for: WeChat refuses to load it, and
//! so must the probe (it never ignores certificate errors). The server is `openssl s_server` with
//! a throwaway self-signed certificate for 127.0.0.1 (`scripts/test.sh` installs openssl).

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use super::{fixture, run_of};

/// `openssl s_server` on a free port of 127.0.0.1; killed when dropped.
struct TlsServer {
    child: Child,
    port: u16,
}

impl Drop for TlsServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn self_signed_server(dir: &std::path::Path) -> Option<TlsServer> {
    let made = Command::new("openssl")
        .current_dir(dir)
        .args([
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "key.pem",
            "-out",
            "cert.pem",
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ])
        .stdin(Stdio::null())
        .output();
    match made {
        Ok(out) => assert!(out.status.success(), "openssl req: {out:?}"),
        Err(e) => {
            assert!(
                !crate::cli::support::under_ci(),
                "CI is set but openssl cannot run: {e}"
            );
            eprintln!("probe TLS test skipped: no openssl here (apt-get install openssl)");
            return None;
        }
    }
    let mut child = Command::new("openssl")
        .current_dir(dir)
        .args([
            "s_server",
            "-accept",
            "127.0.0.1:0",
            "-cert",
            "cert.pem",
            "-key",
            "key.pem",
            "-www",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start openssl s_server");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    // `ACCEPT 127.0.0.1:41234` once it listens.
    let port = lines
        .by_ref()
        .map_while(Result::ok)
        .find_map(|l| l.strip_prefix("ACCEPT 127.0.0.1:").map(str::to_owned))
        .and_then(|p| p.trim().parse().ok())
        .expect("s_server's port");
    // Keep draining its output so it never blocks on a full pipe.
    std::thread::spawn(move || lines.for_each(drop));
    Some(TlsServer { child, port })
}

#[test]
fn an_untrusted_https_certificate_fails_the_load_as_in_wechat() {
    let Some(f) = fixture() else { return };
    let Some(server) = self_signed_server(f.tmp.path()) else {
        return;
    };
    let url = format!("https://127.0.0.1:{}/shop.html", server.port);
    let out = crate::cli::support::wxsign()
        .env("TMPDIR", f.tmp.path())
        .args([
            "probe",
            &url,
            "--platform",
            "android",
            "--json",
            "--browser",
        ])
        .arg(&f.browser)
        .args(["--ticket", crate::cli::support::TICKET])
        .timeout(std::time::Duration::from_secs(90))
        .output()
        .expect("run wxsign");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let report = crate::cli::support::json_stdout(&out);
    assert_eq!(report["outcome"], "navigation_failed", "{report:#}");
    let run = run_of(&report, "android");
    assert_eq!(run["configs"], serde_json::json!([]));
    let finding = run["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "navigation_failed")
        .unwrap_or_else(|| panic!("no navigation_failed finding: {run:#}"));
    // Chromium's own reason (net::ERR_CERT_AUTHORITY_INVALID), and the fix WeChat needs.
    let message = finding["message"]["en"].as_str().unwrap();
    assert!(message.contains("ERR_CERT"), "{message}");
    let fix = &finding["fix"];
    assert!(
        fix["en"].as_str().unwrap().contains("valid certificate"),
        "{fix:#}"
    );
    assert!(fix["zh"].as_str().unwrap().contains("证书"), "{fix:#}");
    f.assert_clean();
}

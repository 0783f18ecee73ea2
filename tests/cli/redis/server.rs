//! A throwaway `redis-server` per test: a free port on 127.0.0.1, no RDB, no AOF, a private dir.
//! `redis-cli` (same Debian package family) seeds keys and reads the server's own statistics.

#![allow(dead_code)]

use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// A running server; killed on drop.
pub struct RedisServer {
    child: Child,
    pub port: u16,
    pub password: Option<String>,
    /// The `--tls-*` options of a TLS server; `redis-cli` then connects with the same CA.
    tls: Option<Vec<String>>,
    _dir: tempfile::TempDir,
}

pub fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

/// Starts a server, or `None` (with a notice) when `redis-server` is not installed locally.
/// Under CI (`support::under_ci`) a missing server is a failure, never a skip.
pub fn start(password: Option<&str>) -> Option<RedisServer> {
    let extra: Vec<String> = password
        .map(|pw| vec!["--requirepass".to_owned(), pw.to_owned()])
        .unwrap_or_default();
    launch(password, &extra, false)
}

/// A server that speaks only TLS on its port (`tls_args`: the `--tls-*` options).
pub fn start_tls(tls_args: &[String]) -> Option<RedisServer> {
    launch(None, tls_args, true)
}

fn launch(password: Option<&str>, extra: &[String], tls: bool) -> Option<RedisServer> {
    let Some(bin) = on_path("redis-server") else {
        if crate::cli::support::under_ci() {
            panic!(
                "redis-server is not installed but CI is set: .ci/run must install the Debian package redis-server"
            );
        }
        eprintln!(
            "NOTICE: redis-server not found: skipping a Redis test (apt-get install redis-server to run it)"
        );
        return None;
    };
    assert!(
        on_path("redis-cli").is_some(),
        "redis-server is installed but redis-cli is not: install redis-tools"
    );
    let dir = tempfile::tempdir().unwrap();
    // A few tries: another process may take the free port between probe and bind.
    for _ in 0..5 {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut cmd = Command::new(&bin);
        if tls {
            cmd.args(["--port", "0", "--tls-port", &port.to_string()]);
        } else {
            cmd.args(["--port", &port.to_string()]);
        }
        cmd.args(["--bind", "127.0.0.1"])
            .args(["--save", "", "--appendonly", "no"])
            .arg("--dir")
            .arg(dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        cmd.args(extra);
        let mut child = cmd.spawn().unwrap();
        // Readiness: poll until it accepts a connection or exits (port taken).
        for _ in 0..200 {
            if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Some(RedisServer {
                    child,
                    port,
                    password: password.map(str::to_owned),
                    tls: tls.then(|| extra.to_vec()),
                    _dir: dir,
                });
            }
            if child.try_wait().unwrap().is_some() {
                break;
            }
            std::thread::sleep(Duration::from_millis(25));
        }
        let _ = child.kill();
        let _ = child.wait();
    }
    panic!("redis-server did not start on a free port");
}

impl RedisServer {
    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}", self.port)
    }

    /// Runs one command through `redis-cli` (argv, no shell) and returns its raw reply text.
    pub fn cli(&self, args: &[&str]) -> String {
        let mut cmd = Command::new("redis-cli");
        cmd.args(["-h", "127.0.0.1", "-p", &self.port.to_string()]);
        if let Some(pw) = &self.password {
            cmd.env("REDISCLI_AUTH", pw);
        }
        if let Some(tls) = &self.tls {
            let ca = tls
                .windows(2)
                .find(|w| w[0] == "--tls-ca-cert-file")
                .map(|w| w[1].clone())
                .expect("a TLS server has a CA file");
            cmd.args(["--tls", "--cacert", &ca]);
        }
        let out = cmd.args(args).output().unwrap();
        assert!(out.status.success(), "redis-cli {args:?} failed: {out:?}");
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }

    pub fn set(&self, key: &str, value: &str, ex: Option<u64>) {
        let ex = ex.map(|s| s.to_string());
        let mut args = vec!["SET", key, value];
        if let Some(ex) = &ex {
            args.extend(["EX", ex.as_str()]);
        }
        assert_eq!(self.cli(&args), "OK");
    }

    /// One field of `INFO`, e.g. `rdb_changes_since_last_save`.
    pub fn info_field(&self, section: &str, field: &str) -> String {
        let info = self.cli(&["INFO", section]);
        info.lines()
            .find_map(|l| l.strip_prefix(&format!("{field}:")))
            .unwrap_or_else(|| panic!("INFO {section} has no {field}: {info}"))
            .trim()
            .to_owned()
    }

    /// The commands the server ran since `CONFIG RESETSTAT`, as `INFO commandstats` names them.
    pub fn commands_run(&self) -> Vec<String> {
        let stats = self.cli(&["INFO", "commandstats"]);
        let mut names: Vec<String> = stats
            .lines()
            .filter_map(|l| l.strip_prefix("cmdstat_"))
            .filter_map(|l| l.split(':').next())
            .map(str::to_owned)
            .collect();
        names.sort();
        names
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

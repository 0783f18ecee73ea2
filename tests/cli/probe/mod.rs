//! `wxsign probe` against the fixture site on 127.0.0.1, in a real headless Chromium (Debian's
//! `chromium-headless-shell`, installed by `scripts/test.sh`). Without a browser these tests say
//! so in one line and pass, except under CI (`support::under_ci`), where a missing browser is a failure.
//!
//! Every test runs the probe with its own TMPDIR and then checks that no browser process and no
//! temporary profile of it is left, whatever the page did.

mod batch;
mod jweixin;
mod pages;
mod routes;
mod scenarios;
mod sdk_pages;
pub mod server;
mod tls;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::cli::support::{TICKET, json_stdout, wxsign};
use server::Server;

/// Browsers are heavy on two cores: one probe test at a time.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Everything a probe test needs; `None` (with one line on stderr) when there is no browser.
pub struct Fixture {
    _guard: MutexGuard<'static, ()>,
    pub site: Server,
    pub tmp: tempfile::TempDir,
    pub browser: PathBuf,
}

pub fn fixture() -> Option<Fixture> {
    let guard = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let browser = browser_or_skip("probe")?;
    become_subreaper();
    Some(Fixture {
        _guard: guard,
        site: Server::start(pages::site()),
        tmp: tempfile::tempdir().expect("tempdir"),
        browser,
    })
}

/// The browser to test with; `None` (and one line on stderr) when there is none, a failure
/// under CI. Shared with the phone proxy tests.
pub fn browser_or_skip(tests: &str) -> Option<PathBuf> {
    match wxsign::probe::browser::find(None) {
        Ok(b) => Some(b.path),
        Err(e) => {
            assert!(
                !crate::cli::support::under_ci(),
                "CI is set but there is no browser for the {tests} tests: {e}"
            );
            eprintln!(
                "{tests} test skipped: no Chromium-family browser here (apt-get install chromium-headless-shell)"
            );
            None
        }
    }
}

impl Fixture {
    /// `wxsign probe URL --ticket TICKET --json` with this test's TMPDIR and browser.
    pub fn probe(&self, path: &str, extra: &[&str]) -> assert_cmd::Command {
        let mut cmd = wxsign();
        cmd.env("TMPDIR", self.tmp.path())
            .arg("probe")
            .arg(self.site.url(path))
            .args(["--ticket", TICKET, "--json", "--browser"])
            .arg(&self.browser)
            .args(extra)
            .timeout(Duration::from_secs(90));
        cmd
    }

    /// Runs the probe, checks the exit code and that nothing is left behind, returns the JSON.
    pub fn run(&self, path: &str, extra: &[&str], code: i32) -> Value {
        let out = self.probe(path, extra).output().expect("run wxsign");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(
            out.status.code(),
            Some(code),
            "{path} {extra:?}: stderr {stderr}\nstdout {}",
            String::from_utf8_lossy(&out.stdout)
        );
        self.assert_clean();
        json_stdout(&out)
    }

    /// Nothing of this test's probes is left (see [`assert_no_leftovers`]).
    pub fn assert_clean(&self) {
        assert_no_leftovers(self.tmp.path());
    }
}

/// No temporary profile in TMPDIR and no browser process left: neither the browser (its
/// command line names the profile in TMPDIR) nor any of its children. This test process is a
/// child subreaper, so a child the browser left behind is re-parented here, not to init, and is
/// found as a browser process whose parent is this process.
pub fn assert_no_leftovers(tmp: &Path) {
    let needle = tmp.to_string_lossy().into_owned();
    let me = std::process::id();
    let deadline = Instant::now() + Duration::from_secs(3);
    loop {
        let procs: Vec<(u32, String)> = processes()
            .into_iter()
            .filter(|(pid, cmd)| {
                cmd.contains(&needle) || (ppid(*pid) == Some(me) && is_browser(cmd))
            })
            .collect();
        let dirs: Vec<String> = std::fs::read_dir(tmp)
            .map(|d| {
                d.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| n.starts_with("wxsign-probe-"))
                    .collect()
            })
            .unwrap_or_default();
        if procs.is_empty() && dirs.is_empty() {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "left behind: processes {procs:?}, profiles {dirs:?}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn is_browser(cmd: &str) -> bool {
    let exe = cmd.split(' ').next().unwrap_or_default();
    exe.contains("chrom") || exe.contains("headless") || exe.contains("msedge")
}

/// Makes this process the reaper of its orphaned descendants (Linux), once.
fn become_subreaper() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // SAFETY: prctl(PR_SET_CHILD_SUBREAPER) only sets a flag of this process.
        #[cfg(target_os = "linux")]
        unsafe {
            libc::prctl(libc::PR_SET_CHILD_SUBREAPER, 1);
        }
    });
}

/// `(pid, command line)` of every live process (zombies, with an empty command line, skipped).
pub fn processes() -> Vec<(u32, String)> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return out;
    };
    for e in entries.flatten() {
        let Some(pid) = e.file_name().to_str().and_then(|p| p.parse::<u32>().ok()) else {
            continue;
        };
        let Ok(raw) = std::fs::read(format!("/proc/{pid}/cmdline")) else {
            continue;
        };
        if !raw.is_empty() {
            out.push((pid, String::from_utf8_lossy(&raw).replace('\0', " ")));
        }
    }
    out
}

/// The parent of `pid`, from /proc/PID/stat.
pub fn ppid(pid: u32) -> Option<u32> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let after = &stat[stat.rfind(')')? + 2..];
    after.split(' ').nth(1)?.parse().ok()
}

/// Every live descendant of `root`.
pub fn descendants(root: u32) -> Vec<(u32, String)> {
    let all = processes();
    let mut found = vec![root];
    let mut out = Vec::new();
    loop {
        let before = found.len();
        for (pid, cmd) in &all {
            if !found.contains(pid) && ppid(*pid).is_some_and(|p| found.contains(&p)) {
                found.push(*pid);
                out.push((*pid, cmd.clone()));
            }
        }
        if found.len() == before {
            return out;
        }
    }
}

/// The run of `platform` in a probe report.
pub fn run_of<'a>(report: &'a Value, platform: &str) -> &'a Value {
    report["runs"]
        .as_array()
        .and_then(|runs| runs.iter().find(|r| r["platform"] == platform))
        .unwrap_or_else(|| panic!("no {platform} run in {report:#}"))
}

pub fn codes(list: &Value) -> Vec<String> {
    list.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|f| f["code"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

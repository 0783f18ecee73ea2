//! What only Windows has, checked on Windows (under Wine in CI, scripts/test-windows.sh): the
//! probe browser's Job Object with a real tree of processes, the App Paths and install-folder
//! lookup of Edge and Chrome, `%APPDATA%\wxsign`, saving `profiles.toml` while another program
//! holds it, and paths with drive letters, backslashes, spaces and Chinese.

use std::io::{BufRead, BufReader, Write};
use std::os::windows::fs::OpenOptionsExt;
use std::os::windows::io::AsRawHandle;
use std::os::windows::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use wxsign::probe::browser::{APP_PATHS, registry_app_path};
use wxsign::probe::job::{self, Job};

use crate::cli::fake_endpoint::{self, SIGN_PATH, TICKET};
use crate::cli::support::{config_with_one_profile, temp_files_in, wxsign, wxsign_in};

const TREE: &str = "WXSIGN_TEST_TREE";
const HOLDER: &str = "WXSIGN_TEST_JOB_HOLDER";

/// This test binary again, running one of its helper "tests" below.
fn helper(name: &str) -> Command {
    let mut c = Command::new(std::env::current_exe().expect("the test binary"));
    c.args(["--exact", &format!("cli::windows::{name}"), "--ignored"])
        .args(["--nocapture", "--test-threads=1"]);
    c
}

/// Not a test: one process of a tree. Prints its pid, starts the next level (which inherits
/// stdout), then waits to be killed.
#[test]
#[ignore = "a helper process of the job tests, started by them"]
fn tree_node() {
    let Ok(depth) = std::env::var(TREE) else {
        return;
    };
    let depth: u32 = depth.parse().expect("a depth");
    println!("tree-pid {}", std::process::id());
    std::io::stdout().flush().unwrap();
    if depth > 0 {
        let child = helper("tree_node")
            .env(TREE, (depth - 1).to_string())
            .spawn()
            .expect("start the next level");
        // Left running on purpose: only the job may end it.
        std::mem::forget(child);
    }
    std::thread::sleep(Duration::from_secs(120));
}

/// Not a test: plays wxsign holding a probe browser. Starts a three-process tree the way
/// `probe::process` starts the browser (suspended, into a kill-on-close job, then resumed),
/// then on a line from stdin: `terminate` (the deadline), `drop` (the probe ends) or nothing
/// (the test kills this process: wxsign crashing).
#[test]
#[ignore = "a helper process of the job tests, started by them"]
fn job_holder() {
    if std::env::var(HOLDER).is_err() {
        return;
    }
    let job = Job::kill_on_close().expect("create the job");
    let root = helper("tree_node")
        .env(TREE, "2")
        .creation_flags(job::SUSPENDED)
        .spawn()
        .expect("start the tree");
    // SAFETY: the handle belongs to `root`, alive for the call.
    unsafe { job.adopt_suspended(root.as_raw_handle(), root.id()) }
        .expect("put the tree's root in the job");
    let mut line = String::new();
    std::io::stdin().read_line(&mut line).unwrap();
    match line.trim() {
        "terminate" => job.terminate(),
        "drop" => drop(job),
        _ => {}
    }
    println!("holder-done");
    std::io::stdout().flush().unwrap();
    std::thread::sleep(Duration::from_secs(120));
}

/// Starts a holder and returns it with the pids of the three processes of its tree.
fn start_holder() -> (Child, Vec<u32>, mpsc::Receiver<String>) {
    let mut holder = helper("job_holder")
        .env(HOLDER, "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("start the holder");
    let out = holder.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut pids = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(60);
    while pids.len() < 3 {
        let left = deadline.saturating_duration_since(Instant::now());
        let line = rx.recv_timeout(left).expect("the tree printed its pids");
        // The harness prints `test … ... ` before what the test prints, on the same line.
        if let Some(pid) = line.split("tree-pid ").nth(1) {
            pids.push(pid.trim().parse().unwrap());
        }
    }
    for pid in &pids {
        assert!(job::is_running(*pid), "tree process {pid} runs");
    }
    (holder, pids, rx)
}

fn assert_all_gone(pids: &[u32], what: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let alive: Vec<u32> = pids
            .iter()
            .copied()
            .filter(|p| job::is_running(*p))
            .collect();
        if alive.is_empty() {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{what}: processes {alive:?} of the tree still run"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn tell(holder: &mut Child, word: &str, rx: &mpsc::Receiver<String>) {
    writeln!(holder.stdin.as_mut().unwrap(), "{word}").unwrap();
    loop {
        let line = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("the holder answered");
        if line.ends_with("holder-done") {
            return;
        }
    }
}

#[test]
fn the_job_kills_the_whole_tree_at_the_deadline_and_when_the_probe_ends() {
    for word in ["terminate", "drop"] {
        let (mut holder, pids, rx) = start_holder();
        tell(&mut holder, word, &rx);
        assert_all_gone(&pids, word);
        assert!(
            holder.try_wait().unwrap().is_none(),
            "{word}: the holder itself lives on"
        );
        holder.kill().unwrap();
        holder.wait().unwrap();
    }
}

#[test]
fn the_job_kills_the_whole_tree_when_wxsign_dies() {
    let (mut holder, pids, _rx) = start_holder();
    // TerminateProcess: no destructor runs, as in a crash; Windows closes the job handle.
    holder.kill().unwrap();
    holder.wait().unwrap();
    assert_all_gone(&pids, "killed holder");
}

/// Deletes a registry key of this test when dropped, even after a failed assertion.
struct TestKey(String);

impl Drop for TestKey {
    fn drop(&mut self) {
        let _ = Command::new("reg")
            .args(["delete", &format!(r"HKCU\{}", self.0), "/f"])
            .output();
    }
}

fn reg(args: &[&str]) {
    let out = Command::new("reg")
        .args(args)
        .output()
        .expect("run reg.exe");
    assert!(out.status.success(), "reg {args:?}: {out:?}");
}

#[test]
fn app_paths_give_the_registered_browser() {
    let key = TestKey(format!(r"Software\wxsign-test-{}", std::process::id()));
    let app_paths = format!(r"{}\App Paths", key.0);
    // Quoted, as some installers write it; and with a variable, as REG_EXPAND_SZ.
    let edge = r"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe";
    reg(&[
        "add",
        &format!(r"HKCU\{app_paths}\msedge.exe"),
        "/ve",
        "/d",
        &format!("\"{edge}\""),
        "/f",
    ]);
    reg(&[
        "add",
        &format!(r"HKCU\{app_paths}\chrome.exe"),
        "/ve",
        "/t",
        "REG_EXPAND_SZ",
        "/d",
        r"%SystemRoot%\Chrome\chrome.exe",
        "/f",
    ]);
    assert_eq!(
        registry_app_path(&app_paths, "msedge.exe"),
        Some(PathBuf::from(edge))
    );
    let root = std::env::var("SystemRoot").expect("SystemRoot");
    assert_eq!(
        registry_app_path(&app_paths, "chrome.exe"),
        Some(PathBuf::from(format!(r"{root}\Chrome\chrome.exe")))
    );
    assert_eq!(registry_app_path(&app_paths, "firefox.exe"), None);
}

/// `wxsign doctor --json`'s message for the check `id`.
fn doctor_message(cmd: &mut assert_cmd::Command, id: &str) -> String {
    let out = cmd.args(["doctor", "--json"]).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "doctor --json ({e}): {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    json["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no {id} check: {json:#}"))["message"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn the_probe_finds_edge_in_its_install_folder() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty");
    let x86 = dir.path().join("Program Files (x86)");
    let edge = x86.join(r"Microsoft\Edge\Application\msedge.exe");
    std::fs::create_dir_all(edge.parent().unwrap()).unwrap();
    std::fs::create_dir_all(&empty).unwrap();
    std::fs::write(&edge, b"not run: Windows browsers print no version").unwrap();
    let system = std::env::var("SystemRoot").expect("SystemRoot");
    let message = doctor_message(
        wxsign_in(&dir.path().join("config"))
            .env("PATH", format!(r"{system}\system32;{system}"))
            .env("ProgramFiles", &empty)
            .env("ProgramFiles(x86)", &x86)
            .env("LocalAppData", &empty),
        "browser",
    );
    // A browser registered in App Paths on this machine comes first; the CI prefix has none.
    let want = registry_app_path(APP_PATHS, "chrome.exe")
        .or_else(|| registry_app_path(APP_PATHS, "msedge.exe"))
        .unwrap_or(edge);
    assert!(
        message.contains(&want.display().to_string()),
        "expected {}: {message}",
        want.display()
    );
}

#[test]
fn settings_and_profiles_live_in_appdata_wxsign() {
    let appdata = std::env::var("APPDATA").expect("APPDATA");
    let mut cmd = wxsign();
    cmd.env_remove("WXSIGN_CONFIG_DIR")
        .env("WXSIGN_KEYRING", "memory");
    let message = doctor_message(&mut cmd, "config.dir");
    let want = format!(r"{appdata}\wxsign");
    assert!(
        message.contains(&format!("{want} ")) || message.ends_with(&want),
        "expected {want}: {message}"
    );
}

/// A program holding `profiles.toml` open without delete sharing (a virus scanner, an indexer,
/// some editors) makes Windows refuse to replace it; a save waits that out instead of failing,
/// and fails with the file named (and nothing lost) when it never ends.
#[test]
fn a_save_waits_for_a_program_that_blocks_replacing_profiles_toml() {
    let (dir, path) = config_with_one_profile();
    let cli = || wxsign_in(dir.path());
    let lock = |path: &Path| {
        // Read and write sharing only: no FILE_SHARE_DELETE, so no rename over it.
        std::fs::OpenOptions::new()
            .read(true)
            .share_mode(0x1 | 0x2)
            .open(path)
            .unwrap()
    };
    let held = lock(&path);
    let release = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(700));
        drop(held);
    });
    cli()
        .args(["profile", "add", "b", "--appid", "wxabcdef1234567890"])
        .assert()
        .success();
    release.join().unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("wxabcdef1234567890"), "{text}");

    let held = lock(&path);
    let out = cli()
        .args(["profile", "add", "c", "--appid", "wx0000000000000000"])
        .output()
        .unwrap();
    drop(held);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("profiles.toml"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        text,
        "nothing lost"
    );
    let left = temp_files_in(dir.path());
    assert!(left.is_empty(), "temp files left: {left:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn drive_letters_backslashes_spaces_and_chinese_in_paths() {
    let server = fake_endpoint::start().await;
    let endpoint = format!("{}{SIGN_PATH}", server.uri());
    let dir = tempfile::tempdir().unwrap();
    let qa = dir.path().join("QA 报告");
    std::fs::create_dir(&qa).unwrap();
    std::fs::write(
        qa.join("pages.txt"),
        "https://m.example.com/good/a\r\nhttps://m.example.com/good/b\r\n",
    )
    .unwrap();
    let absolute = qa.to_str().unwrap().to_owned();
    assert!(
        absolute.as_bytes().get(1) == Some(&b':') && absolute.contains('\\'),
        "a Windows path: {absolute}"
    );
    // Absolute with backslashes, absolute with forward slashes, relative with backslashes.
    let cases = [
        (
            format!(r"{absolute}\pages.txt"),
            format!(r"{absolute}\r1.json"),
            qa.join("r1.json"),
        ),
        (
            format!(r"{absolute}\pages.txt").replace('\\', "/"),
            format!(r"{absolute}\r2.xml").replace('\\', "/"),
            qa.join("r2.xml"),
        ),
        (
            r"QA 报告\pages.txt".to_owned(),
            r"QA 报告\r3.html".to_owned(),
            qa.join("r3.html"),
        ),
    ];
    for (pages, report, written) in cases {
        let mut cmd = wxsign();
        cmd.current_dir(dir.path())
            .args(["batch", "--pages", &pages, "--report", &report])
            .args(["--endpoint-url", &endpoint, "--ticket", TICKET]);
        let out = tokio::task::spawn_blocking(move || cmd.output().unwrap())
            .await
            .unwrap();
        assert!(
            out.status.success(),
            "{pages} -> {report}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = std::fs::read_to_string(&written).unwrap();
        assert!(text.contains("https://m.example.com/good/b"), "{report}");
    }
    // --browser with a drive letter: a missing one is named as given, exit 2.
    let missing = format!(r"{absolute}\没有\msedge.exe");
    let out = wxsign()
        .args([
            "probe",
            "https://example.com/",
            "--ticket",
            TICKET,
            "--browser",
        ])
        .arg(&missing)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains(&missing), "{err}");
}

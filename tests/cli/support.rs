//! Shared helpers for the CLI tests: a `wxsign` command with a clean environment, and the
//! DOMAIN.md §1 known-answer vectors.

#![allow(dead_code)]

use assert_cmd::Command;

pub const TICKET: &str =
    "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";
pub const NONCE: &str = "Wm3WZYTPz0wzccnW";

/// DOMAIN.md §1: (timestamp, url, signature), all with [`TICKET`] and [`NONCE`].
pub const VECTORS: &[(&str, &str, &str)] = &[
    (
        "1414587457",
        "http://mp.weixin.qq.com?params=value",
        "0f9de62fce790f9a083d5c99e95740ceb90c27ed",
    ),
    (
        "1414587457",
        "http://mp.weixin.qq.com",
        "f4d90daf4b3bca3078ab155816175ba34c443a7b",
    ),
    (
        "1414587457",
        "http://mp.weixin.qq.com?params=value#/home",
        "91aa97f5fa829ede68fa569e24e020e3b4e76b0b",
    ),
    (
        "1414587457",
        "https://mp.weixin.qq.com?params=value",
        "55e6e3f15deaa00deefed8e7bc620c6a0a5329a6",
    ),
    (
        "1414587457000",
        "http://mp.weixin.qq.com?params=value",
        "9dd3603815006fd2cf563ea9fb31fea18563a1ad",
    ),
];

/// Where a source file's unit tests start (its first `#[cfg(test)] mod tests {`), or its
/// length: what follows may use anything, so the source scans (layers, catalogue) stop there.
pub fn unit_tests_start(src: &str) -> usize {
    let mut from = 0;
    while let Some(i) = src[from..].find("#[cfg(test)]") {
        let at = from + i;
        let rest = src[at + "#[cfg(test)]".len()..].trim_start();
        if let Some(rest) = rest.strip_prefix("mod tests")
            && rest.trim_start().starts_with('{')
        {
            return at;
        }
        from = at + 1;
    }
    src.len()
}

/// `wxsign` with no locale, no forced colours and a private HOME, so the user's settings and
/// other tests cannot change what it prints.
pub fn wxsign() -> Command {
    let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("wxsign");
    let home = env!("CARGO_TARGET_TMPDIR");
    cmd.env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("WXSIGN_TICKET")
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home);
    cmd
}

/// [`wxsign`] with its profiles in `config` and secrets in memory.
pub fn wxsign_in(config: &std::path::Path) -> Command {
    let mut cmd = wxsign();
    cmd.env("WXSIGN_CONFIG_DIR", config)
        .env("WXSIGN_KEYRING", "memory");
    cmd
}

/// A config dir whose `profiles.toml` holds one profile (`a`), and that file's path: for the
/// tests of how the file is replaced.
pub fn config_with_one_profile() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    wxsign_in(dir.path())
        .args(["profile", "add", "a", "--appid", "wx1234567890abcdef"])
        .assert()
        .success();
    let path = dir.path().join("profiles.toml");
    (dir, path)
}

/// The temporary files (`*.tmp`) an interrupted or failed save would leave in `dir`.
pub fn temp_files_in(dir: &std::path::Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect()
}

/// Runs the command and parses its stdout as one JSON value.
pub fn json_stdout(output: &std::process::Output) -> serde_json::Value {
    let text = String::from_utf8_lossy(&output.stdout);
    serde_json::from_str(text.trim()).unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {text}"))
}

/// The value on the human output's `label` line (`result     match` gives `match`), so a test
/// compares a verdict whole: "mismatch" contains "match" and "不匹配" contains "匹配".
pub fn human_field<'a>(stdout: &'a str, label: &str) -> Option<&'a str> {
    stdout.lines().find_map(|l| {
        let rest = l.strip_prefix(label)?;
        rest.starts_with(char::is_whitespace).then(|| rest.trim())
    })
}

/// The sorted keys of a JSON object.
pub fn keys(v: &serde_json::Value) -> Vec<String> {
    let mut k: Vec<String> = v
        .as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default();
    k.sort();
    k
}

/// SHA-1 hex of `text` for independent expectations: computed by `sha1_smol`, not by wxsign
/// nor by the `sha1` crate wxsign signs with.
pub fn sha1_hex(text: &str) -> String {
    sha1_smol::Sha1::from(text).digest().to_string()
}

/// Whether this run is CI, where a test whose program is missing fails instead of skipping:
/// CI services set `CI` to `true`, `1`, `yes` or their own name, so any non-empty value other
/// than `false` or `0` counts (`scripts/test.sh` reads it the same way).
pub fn under_ci() -> bool {
    ci_value_is_ci(std::env::var("CI").ok().as_deref())
}

/// [`under_ci`] on a given value of `CI` (`None`: not set).
pub fn ci_value_is_ci(value: Option<&str>) -> bool {
    let v = value.unwrap_or_default();
    !(v.is_empty() || v == "0" || v.eq_ignore_ascii_case("false"))
}

#[test]
fn any_ci_value_but_false_or_0_is_ci() {
    for (value, ci) in [
        (None, false),
        (Some(""), false),
        (Some("false"), false),
        (Some("FALSE"), false),
        (Some("0"), false),
        (Some("true"), true),
        (Some("1"), true),
        (Some("yes"), true),
        (Some("woodpecker"), true),
    ] {
        assert_eq!(ci_value_is_ci(value), ci, "CI={value:?}");
    }
}

/// A URL of about `len` bytes whose query holds quotes, spaces, `&`, `#` and non-ASCII text.
pub fn big_url(len: usize) -> String {
    let mut url = String::from("https://mp.qq.com/page?q=\"a b\"&x='1'&zh=中文");
    while url.len() < len {
        url.push_str("&k=v");
    }
    url.push_str("#/route?y=1");
    url
}

/// Prepares `cmd` for [`interrupt`]: on Windows the child gets a console of its own (hidden),
/// since Ctrl-C reaches every process of a console and this test binary must not be one of
/// them. Nothing to do elsewhere.
pub fn interruptible(cmd: &mut std::process::Command) -> &mut std::process::Command {
    #[cfg(windows)]
    {
        use std::os::windows::process::CommandExt;
        cmd.creation_flags(windows_sys::Win32::System::Threading::CREATE_NO_WINDOW);
    }
    cmd
}

/// Presses Ctrl-C where the process `pid` runs (started through [`interruptible`]): SIGINT on
/// Unix; on Windows a CTRL_C_EVENT on its console, sent by a helper process (this test binary
/// again, [`ctrl_c_sender`]) that attaches to that console, so no other test's process is hit.
pub fn interrupt(pid: u32) {
    #[cfg(unix)]
    let out = std::process::Command::new("kill")
        .args(["-INT", &pid.to_string()])
        .output();
    #[cfg(windows)]
    let out = std::process::Command::new(std::env::current_exe().expect("the test binary"))
        .args(["--exact", "cli::support::ctrl_c_sender", "--ignored"])
        .args(["--nocapture", "--test-threads=1"])
        .env(CTRL_C_TO, pid.to_string())
        .output();
    let out = out.expect("run the Ctrl-C sender");
    assert!(out.status.success(), "Ctrl-C to {pid}: {out:?}");
}

#[cfg(windows)]
const CTRL_C_TO: &str = "WXSIGN_TEST_CTRL_C_TO";

/// Not a test: the process [`interrupt`] starts on Windows. Leaves its own console, attaches to
/// the one of the process named in `WXSIGN_TEST_CTRL_C_TO`, ignores Ctrl-C itself and sends it.
#[cfg(windows)]
#[test]
#[ignore = "a helper process of support::interrupt, run by it"]
fn ctrl_c_sender() {
    use windows_sys::Win32::System::Console::{
        AttachConsole, CTRL_C_EVENT, FreeConsole, GenerateConsoleCtrlEvent, SetConsoleCtrlHandler,
    };
    let Ok(pid) = std::env::var(CTRL_C_TO) else {
        eprintln!("not started by support::interrupt: nothing to send");
        return;
    };
    let pid: u32 = pid.parse().expect("a pid");
    // SAFETY: plain console calls on this process; each result is checked.
    unsafe {
        FreeConsole();
        assert_ne!(AttachConsole(pid), 0, "attach to the console of {pid}");
        SetConsoleCtrlHandler(None, 1);
        assert_ne!(GenerateConsoleCtrlEvent(CTRL_C_EVENT, 0), 0, "send Ctrl-C");
        FreeConsole();
    }
}

//! The browser process, owned to the end: a fresh temporary profile, its own process group (a
//! Job Object on Windows, `job`), killed with all its children on drop and on every deadline,
//! the profile deleted afterwards. No DevTools here (that is `cdp`): starting, watching and
//! stopping a program.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

use super::browser::BrowserInfo;
use crate::core::text::{Lang, Msg, msg};
use crate::i18n::Render;

/// Prefix of the temporary profiles; a leftover of a killed wxsign is removed by the next run.
pub const PROFILE_PREFIX: &str = "wxsign-probe-";

/// The flags every probe browser gets (PROBE.md §9 and the machine notes): no first-run UI, no
/// background traffic of its own, no keyring prompt, timers at full speed, and two processes
/// fewer: the GPU process (only software compositing here) and the network service run inside
/// the browser process, about 110 MB of resident memory less per browser; the renderers, the
/// ones a page can crash, stay separate.
pub const FLAGS: &[&str] = &[
    "--headless",
    "--remote-debugging-port=0",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-breakpad",
    "--disable-crash-reporter",
    "--disable-domain-reliability",
    "--disable-client-side-phishing-detection",
    "--disable-features=Translate,MediaRouter,OptimizationHints,AutofillServerCommunication,CertificateTransparencyComponentUpdater,DialMediaRouteProvider,InterestFeedContentSuggestions",
    "--metrics-recording-only",
    "--password-store=basic",
    "--use-mock-keychain",
    "--disable-background-timer-throttling",
    "--disable-renderer-backgrounding",
    "--disable-backgrounding-occluded-windows",
    "--disable-dev-shm-usage",
    "--disable-gpu",
    "--in-process-gpu",
    "--enable-features=NetworkServiceInProcess2",
    "--mute-audio",
    "--hide-scrollbars",
];

/// A running browser.
pub struct BrowserProcess {
    child: Option<Child>,
    pgid: Option<i32>,
    /// Windows: the job every process of the browser is born in.
    #[cfg(windows)]
    job: Option<super::job::Job>,
    profile: Option<PathBuf>,
    /// The DevTools WebSocket the browser printed.
    pub ws_url: String,
    stderr: Arc<Mutex<VecDeque<String>>>,
}

/// Why the browser did not start.
#[derive(Debug, thiserror::Error)]
pub struct LaunchError(pub Msg);

/// The English sentence, for logs and error chains.
impl std::fmt::Display for LaunchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.get(Lang::En))
    }
}

/// True when running as root, where Chromium refuses to start with its sandbox.
pub fn running_as_root() -> bool {
    #[cfg(unix)]
    {
        // SAFETY: geteuid has no preconditions and cannot fail.
        unsafe { libc::geteuid() == 0 }
    }
    #[cfg(not(unix))]
    {
        false
    }
}

/// The command line after the executable (without the profile flag).
pub fn args(info: &BrowserInfo) -> Vec<String> {
    let mut v: Vec<String> = FLAGS.iter().map(|s| (*s).to_owned()).collect();
    if info.is_headless_shell() {
        // Its only mode; the flag is accepted but says nothing.
        v.retain(|f| f != "--headless");
    }
    if running_as_root() {
        v.push("--no-sandbox".to_owned());
    }
    v
}

impl BrowserProcess {
    /// Starts the browser and waits (at most `wait`) for its DevTools address.
    pub async fn start(info: &BrowserInfo, wait: Duration) -> Result<Self, LaunchError> {
        remove_stale_profiles();
        let profile = new_profile_dir()
            .map_err(|e| LaunchError(msg!("probe-launch-profile-dir", error = e.to_string())))?;
        let mut cmd = Command::new(&info.path);
        cmd.args(args(info))
            // No start URL: the headless shell then opens no page at all, and the renderer an
            // idle `about:blank` would keep for the browser's whole life is never started.
            .arg(format!("--user-data-dir={}", profile.display()))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .kill_on_drop(true);
        #[cfg(unix)]
        cmd.process_group(0);
        // Windows: started suspended, resumed once it is in its job (below).
        #[cfg(windows)]
        cmd.creation_flags(super::job::SUSPENDED);
        #[cfg(target_os = "linux")]
        // SAFETY: the closure only calls prctl, which is async-signal-safe.
        unsafe {
            cmd.pre_exec(|| {
                // The browser dies with wxsign even when wxsign is killed outright.
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
        let mut child = match cmd.spawn() {
            Ok(c) => c,
            Err(e) => {
                let _ = remove_dir(&profile);
                return Err(LaunchError(msg!(
                    "probe-launch-spawn",
                    browser = info.path.display().to_string(),
                    error = e.to_string()
                )));
            }
        };
        #[cfg(windows)]
        let job = match into_job(&child) {
            Ok(job) => job,
            Err(e) => {
                let _ = child.start_kill();
                let _ = remove_dir(&profile);
                return Err(LaunchError(msg!("probe-launch-job", error = e.to_string())));
            }
        };
        let pgid = child.id().and_then(|p| i32::try_from(p).ok());
        let stderr = Arc::new(Mutex::new(VecDeque::new()));
        let mut proc = BrowserProcess {
            child: None,
            pgid,
            #[cfg(windows)]
            job: Some(job),
            profile: Some(profile),
            ws_url: String::new(),
            stderr: Arc::clone(&stderr),
        };
        let Some(out) = child.stderr.take() else {
            proc.child = Some(child);
            return Err(LaunchError(msg!("probe-launch-no-output")));
        };
        proc.child = Some(child);
        let (tx, rx) = tokio::sync::oneshot::channel::<String>();
        // Drains stderr for the browser's whole life (a full pipe would stall it) and keeps the
        // last lines for error messages.
        tokio::spawn(async move {
            let mut lines = BufReader::new(out).lines();
            let mut tx = Some(tx);
            while let Ok(Some(line)) = lines.next_line().await {
                if let Some(rest) = line.split("DevTools listening on ").nth(1)
                    && let Some(t) = tx.take()
                {
                    let _ = t.send(rest.trim().to_owned());
                }
                if let Ok(mut buf) = stderr.lock() {
                    if buf.len() >= 20 {
                        buf.pop_front();
                    }
                    buf.push_back(line);
                }
            }
        });
        match tokio::time::timeout(wait, rx).await {
            Ok(Ok(url)) => {
                proc.ws_url = url;
                Ok(proc)
            }
            other => {
                let tail = proc.stderr_tail();
                let why = if other.is_err() {
                    msg!("probe-launch-no-address", ms = wait.as_millis())
                } else {
                    msg!("probe-launch-exited")
                };
                proc.kill_now();
                Err(LaunchError(msg!(
                    "probe-launch-failed",
                    browser = info.path.display().to_string(),
                    why = why,
                    tail = tail
                )))
            }
        }
    }

    /// The last lines the browser printed (for error messages).
    pub fn stderr_tail(&self) -> String {
        self.stderr
            .lock()
            .map(|b| {
                b.iter()
                    .rev()
                    .take(3)
                    .rev()
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(" | ")
            })
            .unwrap_or_default()
    }

    /// The temporary profile (tests check it is gone afterwards).
    pub fn profile_dir(&self) -> Option<&Path> {
        self.profile.as_deref()
    }

    /// The browser's pid (on Unix also its process group's id).
    pub fn pid(&self) -> Option<i32> {
        self.pgid
    }

    /// Waits up to `grace` for the browser to exit by itself (after `Browser.close`), then kills
    /// whatever of its group is left and deletes the profile.
    pub async fn shutdown(mut self, grace: Duration) {
        if let Some(child) = self.child.as_mut() {
            let _ = tokio::time::timeout(grace, child.wait()).await;
        }
        self.kill_group();
        if let Some(mut child) = self.child.take() {
            let _ = child.start_kill();
            let _ = tokio::time::timeout(Duration::from_secs(2), child.wait()).await;
        }
        if let Some(dir) = self.profile.take() {
            remove_dir_retrying(&dir).await;
        }
    }

    fn kill_group(&self) {
        #[cfg(windows)]
        if let Some(job) = &self.job {
            job.terminate();
        }
        #[cfg(unix)]
        if let Some(pgid) = self.pgid
            && pgid > 1
        {
            // SAFETY: kill with a negative pid signals the process group we created; it has no
            // memory-safety preconditions.
            unsafe {
                libc::kill(-pgid, libc::SIGKILL);
            }
        }
    }

    /// Kills at once, without waiting on the runtime (drop, failed start).
    fn kill_now(&mut self) {
        self.kill_group();
        if let Some(mut child) = self.child.take() {
            let _ = child.start_kill();
            // Reap it so no zombie is left; the group was killed, this takes milliseconds.
            for _ in 0..50 {
                if matches!(child.try_wait(), Ok(Some(_)) | Err(_)) {
                    break;
                }
                std::thread::sleep(Duration::from_millis(10));
            }
        }
        if let Some(dir) = self.profile.take() {
            for _ in 0..20 {
                if remove_dir(&dir) {
                    break;
                }
                std::thread::sleep(Duration::from_millis(25));
            }
        }
    }
}

/// Windows: the suspended browser joins a new kill-on-close job, then runs.
#[cfg(windows)]
fn into_job(child: &Child) -> std::io::Result<super::job::Job> {
    let job = super::job::Job::kill_on_close()?;
    let (Some(handle), Some(pid)) = (child.raw_handle(), child.id()) else {
        return Err(std::io::Error::other("the browser exited at once"));
    };
    // SAFETY: the handle belongs to `child`, which outlives the call.
    unsafe { job.adopt_suspended(handle, pid)? };
    Ok(job)
}

impl Drop for BrowserProcess {
    fn drop(&mut self) {
        self.kill_now();
    }
}

fn new_profile_dir() -> std::io::Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!(
        "{PROFILE_PREFIX}{}-{:016x}",
        std::process::id(),
        rand::random::<u64>()
    ));
    std::fs::create_dir(&dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(dir)
}

/// True when the directory is gone.
fn remove_dir(dir: &Path) -> bool {
    match std::fs::remove_dir_all(dir) {
        Ok(()) => true,
        Err(e) => e.kind() == std::io::ErrorKind::NotFound,
    }
}

async fn remove_dir_retrying(dir: &Path) {
    // A dying renderer may still write for a moment.
    for _ in 0..40 {
        if remove_dir(dir) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// Removes the profiles of wxsign processes that no longer run (killed before they could clean
/// up). Only directories named by this module, only of dead processes.
fn remove_stale_profiles() {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(rest) = name.to_str().and_then(|n| n.strip_prefix(PROFILE_PREFIX)) else {
            continue;
        };
        let Some(pid) = rest.split('-').next().and_then(|p| p.parse::<u32>().ok()) else {
            continue;
        };
        if pid > 0 && !is_running(pid) {
            let _ = remove_dir(&entry.path());
        }
    }
}

/// Whether the process `pid` still runs (or belongs to someone else, so it may).
fn is_running(pid: u32) -> bool {
    #[cfg(unix)]
    {
        let Ok(pid) = i32::try_from(pid) else {
            return false;
        };
        // SAFETY: signal 0 only checks that the process exists.
        let r = unsafe { libc::kill(pid, 0) };
        r == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
    }
    #[cfg(windows)]
    {
        super::job::is_running(pid)
    }
    #[cfg(not(any(unix, windows)))]
    {
        // Nothing to ask: keep the profile rather than delete a live browser's.
        let _ = pid;
        true
    }
}

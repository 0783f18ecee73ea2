//! Windows: the browser's Job Object. Windows has no process groups to kill as one, and a
//! killed parent does not take its children along, so the browser starts suspended, joins a Job
//! Object that kills every process in it when the job is closed, and only then runs: every
//! process it ever starts (GPU, network, renderers, crashpad) is born inside the job. The job is
//! closed by [`Drop`] when the probe ends, and by Windows itself when wxsign exits or crashes,
//! since the handle dies with the process that holds it.

use std::io;

use windows_sys::Win32::Foundation::{CloseHandle, HANDLE, INVALID_HANDLE_VALUE, STILL_ACTIVE};
use windows_sys::Win32::System::Diagnostics::ToolHelp::{
    CreateToolhelp32Snapshot, TH32CS_SNAPTHREAD, THREADENTRY32, Thread32First, Thread32Next,
};
use windows_sys::Win32::System::JobObjects::{
    AssignProcessToJobObject, CreateJobObjectW, JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE,
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION, JobObjectExtendedLimitInformation,
    SetInformationJobObject, TerminateJobObject,
};
use windows_sys::Win32::System::Threading::{
    CREATE_SUSPENDED, GetExitCodeProcess, OpenProcess, OpenThread,
    PROCESS_QUERY_LIMITED_INFORMATION, ResumeThread, THREAD_SUSPEND_RESUME,
};

/// The creation flag a process must be started with before [`Job::adopt_suspended`].
pub const SUSPENDED: u32 = CREATE_SUSPENDED;

/// A Job Object that kills every process in it when it is closed.
pub struct Job(HANDLE);

// SAFETY: a job handle is a kernel object handle; Windows allows using it from any thread.
unsafe impl Send for Job {}
// SAFETY: as above; the calls made through `&Job` are thread-safe kernel calls.
unsafe impl Sync for Job {}

impl Job {
    /// A new, empty job whose processes die when its last handle closes.
    pub fn kill_on_close() -> io::Result<Self> {
        // SAFETY: null attributes and name are allowed: an unnamed job with default security.
        let handle = unsafe { CreateJobObjectW(std::ptr::null(), std::ptr::null()) };
        if handle.is_null() {
            return Err(io::Error::last_os_error());
        }
        let job = Job(handle);
        // SAFETY: the struct is plain data; all-zero is its "no limits" value.
        let mut limits: JOBOBJECT_EXTENDED_LIMIT_INFORMATION = unsafe { std::mem::zeroed() };
        limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
        // SAFETY: the pointer and size describe `limits`, which outlives the call.
        let ok = unsafe {
            SetInformationJobObject(
                job.0,
                JobObjectExtendedLimitInformation,
                std::ptr::from_ref(&limits).cast(),
                size_of::<JOBOBJECT_EXTENDED_LIMIT_INFORMATION>() as u32,
            )
        };
        if ok == 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(job)
    }

    /// Puts a process started with [`SUSPENDED`] into the job, then resumes it. Before it runs
    /// it cannot have started a child, so none escapes the job.
    ///
    /// # Safety
    /// `process` must be an open handle of the process `pid` for the whole call.
    pub unsafe fn adopt_suspended(&self, process: HANDLE, pid: u32) -> io::Result<()> {
        // SAFETY: the job handle is owned; the process handle is valid by this function's
        // contract.
        if unsafe { AssignProcessToJobObject(self.0, process) } == 0 {
            return Err(io::Error::last_os_error());
        }
        resume_threads(pid)
    }

    /// Kills every process in the job now (the job stays usable).
    pub fn terminate(&self) {
        // SAFETY: the handle is owned and valid; failure only means nothing was left to kill.
        unsafe {
            TerminateJobObject(self.0, 1);
        }
    }
}

impl Drop for Job {
    fn drop(&mut self) {
        // SAFETY: the handle is owned and closed exactly once; closing it kills the processes.
        unsafe {
            CloseHandle(self.0);
        }
    }
}

/// Resumes the threads of a suspended process (a process started suspended has one).
fn resume_threads(pid: u32) -> io::Result<()> {
    // SAFETY: a thread snapshot of the whole system; the handle is closed below.
    let snapshot = unsafe { CreateToolhelp32Snapshot(TH32CS_SNAPTHREAD, 0) };
    if snapshot == INVALID_HANDLE_VALUE {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: plain data; dwSize is set as the API requires.
    let mut entry: THREADENTRY32 = unsafe { std::mem::zeroed() };
    entry.dwSize = size_of::<THREADENTRY32>() as u32;
    let mut resumed = 0;
    // SAFETY: `entry` is a valid, sized THREADENTRY32 for the whole loop.
    let mut more = unsafe { Thread32First(snapshot, &mut entry) } != 0;
    while more {
        if entry.th32OwnerProcessID == pid {
            // SAFETY: OpenThread returns null on failure, checked before use; closed after.
            unsafe {
                let thread = OpenThread(THREAD_SUSPEND_RESUME, 0, entry.th32ThreadID);
                if !thread.is_null() {
                    if ResumeThread(thread) != u32::MAX {
                        resumed += 1;
                    }
                    CloseHandle(thread);
                }
            }
        }
        // SAFETY: as above.
        more = unsafe { Thread32Next(snapshot, &mut entry) } != 0;
    }
    // SAFETY: the snapshot handle is owned here and closed once.
    unsafe {
        CloseHandle(snapshot);
    }
    if resumed == 0 {
        return Err(io::Error::other(format!(
            "no thread of process {pid} could be resumed"
        )));
    }
    Ok(())
}

/// Whether a process with this id is still running (a leftover profile's owner).
pub fn is_running(pid: u32) -> bool {
    // SAFETY: OpenProcess returns null when there is no such process (or no access).
    let process = unsafe { OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, pid) };
    if process.is_null() {
        // Access denied means it exists (another user's process); anything else: it does not.
        return io::Error::last_os_error().kind() == io::ErrorKind::PermissionDenied;
    }
    let mut code = 0u32;
    // SAFETY: `process` is valid until closed below; `code` outlives the call.
    let running =
        unsafe { GetExitCodeProcess(process, &mut code) } != 0 && code == STILL_ACTIVE as u32;
    // SAFETY: closed exactly once.
    unsafe {
        CloseHandle(process);
    }
    running
}

//! Windows: one program, two executables. `wxsign.exe` is a console program, so `wxsign sign …`
//! typed in cmd or PowerShell prints there and the shell waits for its exit code (a GUI program
//! would hand the prompt back at once and lose the code, which breaks scripts). `wxsignw.exe` is
//! the same file marked as a GUI program (scripts/package-windows.sh sets the PE header's
//! subsystem field, what `editbin /subsystem:windows` does): the Start menu and Explorer open it
//! without a console window. At start each copy adapts to how it was opened:
//! - without arguments and alone on a console made just for it (wxsign.exe double-clicked), it
//!   lets that console go, so only the window stays;
//! - with arguments but no console and no redirected output (wxsignw.exe typed in a shell), it
//!   attaches to the parent's console so help, results and errors still show there.

use windows_sys::Win32::Foundation::{GENERIC_READ, GENERIC_WRITE, HANDLE, INVALID_HANDLE_VALUE};
use windows_sys::Win32::Storage::FileSystem::{
    CreateFileW, FILE_SHARE_READ, FILE_SHARE_WRITE, OPEN_EXISTING,
};
use windows_sys::Win32::System::Console::{
    ATTACH_PARENT_PROCESS, AttachConsole, FreeConsole, GetConsoleProcessList, GetConsoleWindow,
    GetStdHandle, STD_ERROR_HANDLE, STD_HANDLE, STD_INPUT_HANDLE, STD_OUTPUT_HANDLE, SetStdHandle,
};

/// Call first thing, before anything is printed.
pub fn adapt(with_arguments: bool) {
    if with_arguments {
        attach_to_parent_console();
    } else {
        release_own_console();
    }
}

fn missing(h: HANDLE) -> bool {
    h.is_null() || h == INVALID_HANDLE_VALUE
}

fn attach_to_parent_console() {
    // SAFETY: GetStdHandle has no preconditions.
    let (out, err) = unsafe {
        (
            GetStdHandle(STD_OUTPUT_HANDLE),
            GetStdHandle(STD_ERROR_HANDLE),
        )
    };
    if !missing(out) || !missing(err) {
        // A console program, or output redirected to a file or pipe: already fine.
        return;
    }
    // SAFETY: fails harmlessly when the parent has no console (Explorer).
    if unsafe { AttachConsole(ATTACH_PARENT_PROCESS) } == 0 {
        return;
    }
    for (id, name, access) in [
        (STD_INPUT_HANDLE, "CONIN$", GENERIC_READ | GENERIC_WRITE),
        (STD_OUTPUT_HANDLE, "CONOUT$", GENERIC_READ | GENERIC_WRITE),
        (STD_ERROR_HANDLE, "CONOUT$", GENERIC_READ | GENERIC_WRITE),
    ] {
        set_console_handle(id, name, access);
    }
}

/// Points a missing standard handle at the attached console (Rust's stdio asks for the handle
/// on every write, so later output goes there).
fn set_console_handle(id: STD_HANDLE, name: &str, access: u32) {
    // SAFETY: GetStdHandle has no preconditions.
    if !missing(unsafe { GetStdHandle(id) }) {
        return;
    }
    let wide: Vec<u16> = name.encode_utf16().chain(std::iter::once(0)).collect();
    // SAFETY: `wide` is a NUL-terminated UTF-16 string that outlives the call; no security
    // attributes or template. The handle is kept for the life of the process on purpose.
    unsafe {
        let h = CreateFileW(
            wide.as_ptr(),
            access,
            FILE_SHARE_READ | FILE_SHARE_WRITE,
            std::ptr::null(),
            OPEN_EXISTING,
            0,
            std::ptr::null_mut(),
        );
        if !missing(h) {
            SetStdHandle(id, h);
        }
    }
}

fn release_own_console() {
    // SAFETY: no preconditions; null when the process has no console.
    if unsafe { GetConsoleWindow() }.is_null() {
        return;
    }
    let mut pids = [0u32; 2];
    // SAFETY: the buffer holds two ids and its length is passed; the call returns how many
    // processes share the console (more than 2 is fine: the buffer is only partly filled).
    let sharing = unsafe { GetConsoleProcessList(pids.as_mut_ptr(), pids.len() as u32) };
    if sharing == 1 {
        // SAFETY: detaches this process from its own console, which then closes.
        unsafe {
            FreeConsole();
        }
    }
}

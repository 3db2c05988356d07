//! The Windows watcher, on one thread: the clipboard's sequence number
//! (`GetClipboardSequenceNumber`, which Windows bumps on every copy, so the clipboard is read
//! only after a copy) and the foreground window's title and executable
//! (`GetForegroundWindow`, `GetWindowTextW`, `QueryFullProcessImageNameW`), checked four times
//! a second. A browser tab switch changes the title, so it counts as a focus change.

use super::{open_clipboard, read_clipboard, Event, FocusedWindow};
use std::sync::mpsc::Sender;
use std::time::Duration;
use windows_sys::Win32::Foundation::CloseHandle;
use windows_sys::Win32::System::DataExchange::GetClipboardSequenceNumber;
use windows_sys::Win32::System::Threading::{
    OpenProcess, QueryFullProcessImageNameW, PROCESS_QUERY_LIMITED_INFORMATION,
};
use windows_sys::Win32::UI::WindowsAndMessaging::{
    GetForegroundWindow, GetWindowTextW, GetWindowThreadProcessId,
};

const INTERVAL: Duration = Duration::from_millis(250);

/// Starts the watcher thread.
pub fn start(events: Sender<Event>) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("windows-watch".into())
        .spawn(move || run(&events))
        .map(drop)
}

fn run(events: &Sender<Event>) {
    let Some(mut clipboard) = open_clipboard() else {
        return;
    };
    let mut sequence = None;
    let mut window = None;
    loop {
        // SAFETY: no arguments; returns 0 when the sequence cannot be read.
        let now = unsafe { GetClipboardSequenceNumber() };
        if sequence != Some(now) {
            sequence = Some(now);
            if events
                .send(Event::Clipboard(read_clipboard(&mut clipboard)))
                .is_err()
            {
                return;
            }
        }
        let focused = foreground();
        if focused != window {
            window.clone_from(&focused);
            if events.send(Event::Focus(focused)).is_err() {
                return;
            }
        }
        std::thread::sleep(INTERVAL);
    }
}

/// The foreground window's title and executable name ("chrome.exe").
fn foreground() -> Option<FocusedWindow> {
    // SAFETY: no arguments; a null handle means no foreground window.
    let hwnd = unsafe { GetForegroundWindow() };
    if hwnd.is_null() {
        return None;
    }
    let mut title = [0u16; 512];
    // SAFETY: the buffer and its length in u16 units; returns the characters copied.
    let len = unsafe { GetWindowTextW(hwnd, title.as_mut_ptr(), title.len() as i32) };
    let title = String::from_utf16_lossy(&title[..usize::try_from(len).unwrap_or(0)]);
    let mut pid = 0u32;
    // SAFETY: `pid` outlives the call.
    unsafe { GetWindowThreadProcessId(hwnd, &mut pid) };
    Some(FocusedWindow {
        title,
        process: executable(pid).unwrap_or_default(),
    })
}

/// The file name of process `pid`'s executable.
fn executable(pid: u32) -> Option<String> {
    // SAFETY: plain arguments; a null handle means the process cannot be opened.
    let process = unsafe { OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, pid) };
    if process.is_null() {
        return None;
    }
    let mut path = [0u16; 1024];
    let mut len = path.len() as u32;
    // SAFETY: the buffer and its length; `len` receives the characters written.
    let ok = unsafe { QueryFullProcessImageNameW(process, 0, path.as_mut_ptr(), &mut len) };
    // SAFETY: `process` was opened above and is closed once.
    unsafe { CloseHandle(process) };
    if ok == 0 {
        return None;
    }
    let path = String::from_utf16_lossy(&path[..len as usize]);
    Some(path.rsplit('\\').next().unwrap_or(&path).to_string())
}

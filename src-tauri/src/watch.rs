//! The watchers: they turn what happens on the desktop into [`Event`]s on a channel, each on
//! its own thread. On X11 one connection listens for clipboard ownership changes (XFixes) and
//! for the active window and its title (`_NET_ACTIVE_WINDOW`, `_NET_WM_NAME`, `_NET_WM_PID`).
//! On Windows the clipboard's sequence number and the foreground window are watched.
//! Elsewhere the clipboard is polled with change detection and the focused window cannot be
//! read, which the status line says.

#[cfg(all(unix, not(target_os = "macos")))]
mod x11;

#[cfg(windows)]
mod windows;

mod poll;

use std::sync::mpsc::Sender;

/// What is on the clipboard, as read once after it changed.
#[derive(Debug)]
pub enum Clip {
    /// Text, at most the core's scan limit of it. Lives in memory only, until classified.
    Text(String),
    /// Something that is not text (an image, files).
    Other,
    /// Nothing.
    Empty,
}

/// The focused window.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FocusedWindow {
    /// Its title.
    pub title: String,
    /// Its executable's name or path; empty when unknown.
    pub process: String,
}

/// Something the app must react to.
#[derive(Debug)]
pub enum Event {
    /// The clipboard changed.
    Clipboard(Clip),
    /// Another window got focus, or the focused window's title changed.
    Focus(Option<FocusedWindow>),
    /// Focus cannot be read on this desktop: warn at copy time instead.
    FocusUnavailable(String),
}

/// Starts the watchers that work here.
pub fn start(events: Sender<Event>) {
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        match x11::start(events.clone()) {
            Ok(()) => return,
            Err(e) => log::warn!("X11 watcher unavailable ({e:#}); polling the clipboard"),
        }
    }
    #[cfg(windows)]
    {
        match windows::start(events.clone()) {
            Ok(()) => return,
            Err(e) => log::warn!("Windows watcher unavailable ({e}); polling the clipboard"),
        }
    }
    let _ = events.send(Event::FocusUnavailable(
        "the focused window cannot be read on this desktop".into(),
    ));
    poll::start(events);
}

/// The clipboard, or None (logged) when this session gives no access to it.
pub fn open_clipboard() -> Option<arboard::Clipboard> {
    arboard::Clipboard::new()
        .map_err(|e| log::error!("no clipboard access: {e}"))
        .ok()
}

/// Reads the clipboard's text, capped at the scan limit.
pub fn read_clipboard(clipboard: &mut arboard::Clipboard) -> Clip {
    match clipboard.get_text() {
        Ok(text) if text.is_empty() => Clip::Empty,
        Ok(mut text) => {
            if text.len() > klippvakt_core::MAX_SCAN_BYTES {
                let mut end = klippvakt_core::MAX_SCAN_BYTES;
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                text.truncate(end);
            }
            Clip::Text(text)
        }
        Err(arboard::Error::ContentNotAvailable) => Clip::Other,
        Err(e) => {
            log::warn!("clipboard could not be read: {e}");
            Clip::Empty
        }
    }
}

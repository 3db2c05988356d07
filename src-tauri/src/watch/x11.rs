//! The X11 watcher: one connection, one thread. XFixes reports every new owner of the
//! CLIPBOARD selection (then the text is read once with arboard); PropertyNotify on the root
//! window reports `_NET_ACTIVE_WINDOW`, and on the active window its title changes (a browser
//! switching tabs).

use super::{read_clipboard, Event, FocusedWindow};
use anyhow::{Context, Result};
use std::sync::mpsc::Sender;
use x11rb::connection::Connection;
use x11rb::protocol::xfixes::{ConnectionExt as _, SelectionEventMask};
use x11rb::protocol::xproto::{
    Atom, AtomEnum, ChangeWindowAttributesAux, ConnectionExt as _, EventMask, Window,
};
use x11rb::protocol::Event as XEvent;
use x11rb::rust_connection::RustConnection;

/// Titles longer than this are cut (in 4-byte units, as X counts).
const TITLE_LIMIT: u32 = 1024;

struct Atoms {
    clipboard: Atom,
    active_window: Atom,
    net_wm_name: Atom,
    net_wm_pid: Atom,
    utf8_string: Atom,
}

/// Connects and starts the thread; fails when there is no X server (Wayland without
/// XWayland, a console).
pub fn start(events: Sender<Event>) -> Result<()> {
    let (conn, screen) = x11rb::connect(None).context("no X display")?;
    let root = conn.setup().roots[screen].root;
    let intern = |name: &[u8]| -> Result<Atom> { Ok(conn.intern_atom(false, name)?.reply()?.atom) };
    let atoms = Atoms {
        clipboard: intern(b"CLIPBOARD")?,
        active_window: intern(b"_NET_ACTIVE_WINDOW")?,
        net_wm_name: intern(b"_NET_WM_NAME")?,
        net_wm_pid: intern(b"_NET_WM_PID")?,
        utf8_string: intern(b"UTF8_STRING")?,
    };
    conn.xfixes_query_version(5, 0)?
        .reply()
        .context("the X server has no XFixes")?;
    conn.xfixes_select_selection_input(
        root,
        atoms.clipboard,
        SelectionEventMask::SET_SELECTION_OWNER
            | SelectionEventMask::SELECTION_WINDOW_DESTROY
            | SelectionEventMask::SELECTION_CLIENT_CLOSE,
    )?;
    conn.change_window_attributes(
        root,
        &ChangeWindowAttributesAux::new().event_mask(EventMask::PROPERTY_CHANGE),
    )?;
    conn.flush()?;
    std::thread::Builder::new()
        .name("x11-watch".into())
        .spawn(move || {
            if let Err(e) = run(&conn, root, &atoms, &events) {
                log::error!("X11 watcher stopped: {e:#}");
                let _ = events.send(Event::FocusUnavailable(format!("X11 watcher stopped: {e}")));
            }
        })?;
    Ok(())
}

fn run(conn: &RustConnection, root: Window, atoms: &Atoms, events: &Sender<Event>) -> Result<()> {
    let mut clipboard = arboard::Clipboard::new().context("no clipboard access")?;
    let mut active = active_window(conn, root, atoms)?;
    watch_window(conn, None, active)?;
    events.send(Event::Clipboard(read_clipboard(&mut clipboard)))?;
    events.send(Event::Focus(describe(conn, active, atoms)))?;
    loop {
        match conn.wait_for_event()? {
            XEvent::XfixesSelectionNotify(e) if e.selection == atoms.clipboard => {
                events.send(Event::Clipboard(read_clipboard(&mut clipboard)))?;
            }
            XEvent::PropertyNotify(e) if e.window == root && e.atom == atoms.active_window => {
                let now = active_window(conn, root, atoms)?;
                if now != active {
                    watch_window(conn, active, now)?;
                    active = now;
                    events.send(Event::Focus(describe(conn, active, atoms)))?;
                }
            }
            XEvent::PropertyNotify(e)
                if Some(e.window) == active
                    && (e.atom == atoms.net_wm_name || e.atom == u32::from(AtomEnum::WM_NAME)) =>
            {
                events.send(Event::Focus(describe(conn, active, atoms)))?;
            }
            _ => {}
        }
    }
}

fn active_window(conn: &RustConnection, root: Window, atoms: &Atoms) -> Result<Option<Window>> {
    let reply = conn
        .get_property(false, root, atoms.active_window, AtomEnum::WINDOW, 0, 1)?
        .reply()?;
    Ok(reply
        .value32()
        .and_then(|mut v| v.next())
        .filter(|w| *w != 0))
}

/// Listens to title changes of the new active window, and no longer to the old one's.
fn watch_window(conn: &RustConnection, old: Option<Window>, new: Option<Window>) -> Result<()> {
    if let Some(old) = old {
        // The window may be gone already; that is fine.
        let _ = conn.change_window_attributes(
            old,
            &ChangeWindowAttributesAux::new().event_mask(EventMask::NO_EVENT),
        );
    }
    if let Some(new) = new {
        let _ = conn.change_window_attributes(
            new,
            &ChangeWindowAttributesAux::new().event_mask(EventMask::PROPERTY_CHANGE),
        );
    }
    conn.flush()?;
    Ok(())
}

/// The window's title and process; `None` when there is no window or it is gone.
fn describe(conn: &RustConnection, window: Option<Window>, atoms: &Atoms) -> Option<FocusedWindow> {
    let window = window?;
    let text = |atom: Atom, kind: Atom| -> Option<String> {
        let reply = conn
            .get_property(false, window, atom, kind, 0, TITLE_LIMIT)
            .ok()?
            .reply()
            .ok()?;
        (!reply.value.is_empty()).then(|| String::from_utf8_lossy(&reply.value).into_owned())
    };
    let title = text(atoms.net_wm_name, atoms.utf8_string)
        .or_else(|| text(AtomEnum::WM_NAME.into(), AtomEnum::ANY.into()))
        .unwrap_or_default();
    let pid = conn
        .get_property(false, window, atoms.net_wm_pid, AtomEnum::CARDINAL, 0, 1)
        .ok()
        .and_then(|c| c.reply().ok())
        .and_then(|r| r.value32().and_then(|mut v| v.next()));
    Some(FocusedWindow {
        title,
        process: pid.map(process_of).unwrap_or_default(),
    })
}

/// The executable of a process, from /proc.
fn process_of(pid: u32) -> String {
    std::fs::read_link(format!("/proc/{pid}/exe"))
        .map(|p| p.to_string_lossy().into_owned())
        .or_else(|_| {
            std::fs::read_to_string(format!("/proc/{pid}/comm")).map(|c| c.trim().to_string())
        })
        .unwrap_or_default()
}

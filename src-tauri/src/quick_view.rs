//! The quick view window: created only when it is opened (no window at start), shown and
//! focused when it exists, told which section to show.

use tauri::{AppHandle, Emitter, Manager, WebviewUrl, WebviewWindowBuilder};

/// The window's label, as the capability file names it.
pub const LABEL: &str = "quick-view";

/// The event that tells the page which section to show.
pub const SHOW_EVENT: &str = "quick-view://show";

/// The event that tells the page the shared state changed: read the overview again.
pub const CHANGED_EVENT: &str = "klippvakt://changed";

/// Tells the quick view, if it is open, that the shared state changed.
pub fn changed(app: &AppHandle) {
    let _ = app.emit_to(LABEL, CHANGED_EVENT, ());
}

/// Opens (or raises) the quick view, on `section` ("tools", "warning", "about") if given.
pub fn open(app: &AppHandle, section: Option<&str>) {
    if let Some(window) = app.get_webview_window(LABEL) {
        let _ = window.show();
        let _ = window.unminimize();
        let _ = window.set_focus();
        if let Some(section) = section {
            let _ = app.emit_to(LABEL, SHOW_EVENT, section);
        }
        return;
    }
    let url = match section {
        Some(s) => format!("index.html#{s}"),
        None => "index.html".to_string(),
    };
    let built = WebviewWindowBuilder::new(app, LABEL, WebviewUrl::App(url.into()))
        .title("Klippvakt")
        .inner_size(440.0, 680.0)
        .min_inner_size(360.0, 400.0)
        .build();
    if let Err(e) = built {
        log::error!("the quick view could not be opened: {e}");
    }
}

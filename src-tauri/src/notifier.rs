//! Shows a notice as a native desktop notification (notify-rust: D-Bus on Linux, toast on
//! Windows). Clicking it opens the quick view on the last warning.

use klippvakt_core::Notice;
use tauri::AppHandle;

/// Shows `notice`; `open_label` names the click action ("Visa detaljer").
pub fn show(app: &AppHandle, notice: &Notice, open_label: &str) {
    let mut n = notify_rust::Notification::new();
    n.appname("Klippvakt")
        .summary(&notice.title)
        .body(&notice.body)
        .icon("dialog-warning")
        .action("default", open_label)
        .timeout(notify_rust::Timeout::Milliseconds(20_000));
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        n.hint(notify_rust::Hint::Category("im.received".into()));
        match n.show() {
            Ok(handle) => {
                let app = app.clone();
                // wait_for_action blocks until the notification is clicked or closed.
                let spawned = std::thread::Builder::new()
                    .name("notification".into())
                    .spawn(move || {
                        handle.wait_for_action(|action| {
                            if action == "default" {
                                crate::quick_view::open(&app, Some("warning"));
                            }
                        })
                    });
                if let Err(e) = spawned {
                    log::warn!("notification click will do nothing: {e}");
                }
            }
            Err(e) => log::warn!("notification not shown: {e}"),
        }
    }
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    {
        let _ = app;
        if let Err(e) = n.show() {
            log::warn!("notification not shown: {e}");
        }
    }
}

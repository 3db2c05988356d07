//! The fallback watcher: reads the clipboard every second and reports it when it changed
//! (by hash; the text itself is not kept between polls).

use super::{open_clipboard, read_clipboard, Clip, Event};
use std::hash::{Hash, Hasher};
use std::sync::mpsc::Sender;
use std::time::Duration;

const INTERVAL: Duration = Duration::from_secs(1);

/// Starts the polling thread.
pub fn start(events: Sender<Event>) {
    std::thread::Builder::new()
        .name("clipboard-poll".into())
        .spawn(move || {
            let Some(mut clipboard) = open_clipboard() else {
                return;
            };
            let mut last = None;
            loop {
                let clip = read_clipboard(&mut clipboard);
                let hash = fingerprint(&clip);
                if last != Some(hash) {
                    last = Some(hash);
                    if events.send(Event::Clipboard(clip)).is_err() {
                        return;
                    }
                }
                std::thread::sleep(INTERVAL);
            }
        })
        .map(drop)
        .unwrap_or_else(|e| log::error!("cannot start the clipboard poller: {e}"));
}

fn fingerprint(clip: &Clip) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    match clip {
        Clip::Text(t) => t.hash(&mut h),
        Clip::Other => 1u8.hash(&mut h),
        Clip::Empty => 0u8.hash(&mut h),
    }
    h.finish()
}

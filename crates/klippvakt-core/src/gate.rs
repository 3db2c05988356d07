//! When a warning may be shown: the same content and tool never twice, and at most one
//! notification per 30 seconds, so that a warning stays rare enough to be read. Time is
//! passed in by the caller (core has no clock).

use std::collections::VecDeque;

/// The least time between two notifications.
pub const MIN_INTERVAL_MS: u64 = 30_000;

/// How many (content, tool) pairs are remembered; older ones may warn again.
const REMEMBERED: usize = 256;

/// Remembers which warnings were shown, by content hash and tool id, never by content.
#[derive(Debug, Default)]
pub struct NotificationGate {
    shown: VecDeque<(u64, String)>,
    last_ms: Option<u64>,
}

impl NotificationGate {
    /// A gate that has shown nothing yet.
    pub fn new() -> NotificationGate {
        NotificationGate::default()
    }

    /// Whether a warning about `content` (a hash) for `tool` may be shown at `now_ms`; if so,
    /// it counts as shown. A refused warning is not remembered, so it may be shown later.
    pub fn admit(&mut self, content: u64, tool: &str, now_ms: u64) -> bool {
        if self.shown.iter().any(|(c, t)| *c == content && t == tool) {
            return false;
        }
        if self
            .last_ms
            .is_some_and(|last| now_ms.saturating_sub(last) < MIN_INTERVAL_MS)
        {
            return false;
        }
        if self.shown.len() == REMEMBERED {
            self.shown.pop_front();
        }
        self.shown.push_back((content, tool.to_string()));
        self.last_ms = Some(now_ms);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_content_and_tool_never_twice() {
        let mut gate = NotificationGate::new();
        assert!(gate.admit(1, "chatgpt", 0));
        assert!(!gate.admit(1, "chatgpt", 10 * MIN_INTERVAL_MS));
        assert!(
            gate.admit(1, "claude", 11 * MIN_INTERVAL_MS),
            "another tool"
        );
        assert!(
            gate.admit(2, "chatgpt", 12 * MIN_INTERVAL_MS),
            "other content"
        );
    }

    #[test]
    fn at_most_one_per_interval_and_a_refusal_is_not_remembered() {
        let mut gate = NotificationGate::new();
        assert!(gate.admit(1, "chatgpt", 1_000));
        assert!(!gate.admit(2, "chatgpt", 1_000 + MIN_INTERVAL_MS - 1));
        assert!(gate.admit(2, "chatgpt", 1_000 + MIN_INTERVAL_MS));
    }

    #[test]
    fn memory_is_bounded() {
        let mut gate = NotificationGate::new();
        for i in 0..(REMEMBERED as u64 + 10) {
            assert!(gate.admit(i, "t", i * MIN_INTERVAL_MS));
        }
        assert_eq!(gate.shown.len(), REMEMBERED);
        let later = (REMEMBERED as u64 + 20) * MIN_INTERVAL_MS;
        assert!(gate.admit(0, "t", later), "the oldest is forgotten");
    }
}

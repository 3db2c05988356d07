//! Commands the quick view calls: a thin layer that reads the shared state and returns JSON.

use crate::state::{AppState, FeedStatus, LastWarning};
use klippvakt_core::{Language, Links, Tool};
use serde::Serialize;

/// Everything the quick view shows, in one answer.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Overview {
    language: Language,
    publisher: String,
    updated: String,
    policy: String,
    links: Links,
    feed_status: FeedStatus,
    paused_until: Option<String>,
    allow_pause: bool,
    tools: Vec<Tool>,
    last_warning: Option<LastWarning>,
}

/// The quick view's data.
#[tauri::command]
pub fn overview(state: tauri::State<'_, AppState>) -> Overview {
    let s = state.lock();
    Overview {
        language: s.settings.language,
        publisher: s.feed.publisher.clone(),
        updated: s.feed.updated.clone(),
        policy: s.pack().id.clone(),
        links: s.feed.links.clone(),
        feed_status: s.feed_status.clone(),
        paused_until: s
            .paused()
            .then(|| s.paused_until.map(|t| t.to_rfc3339()))
            .flatten(),
        allow_pause: s.settings.allow_pause,
        tools: s.feed.tools.clone(),
        last_warning: s.last_warning.clone(),
    }
}

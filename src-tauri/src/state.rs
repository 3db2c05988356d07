//! What the tray, the quick view and the monitor share: settings, the active feed and where it
//! came from, pause, and what the last warning was about (never the text).

use crate::monitor::Record;
use crate::settings::Settings;
use chrono::{DateTime, Local};
use klippvakt_core::{Feed, Language, PolicyPack};
use serde::Serialize;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

/// Where the active feed came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FeedSource {
    /// Compiled into the app.
    Builtin,
    /// The last good feed, from the data directory.
    Cached,
    /// Fetched in this session.
    Network,
}

/// The feed's state as the status line and the quick view show it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FeedStatus {
    /// Where it came from.
    pub source: FeedSource,
    /// The key id that verified its signature; `None`: unsigned (no keys configured).
    pub verified_by: Option<String>,
    /// The last fetch's error; `None` when it worked or none was made.
    pub error: Option<String>,
    /// When a fetch was last tried (RFC 3339).
    pub last_attempt: Option<String>,
}

/// The last warning shown.
#[derive(Debug, Clone, Serialize)]
pub struct LastWarning {
    /// When (RFC 3339, local time).
    pub at: String,
    /// What it was about.
    pub record: Record,
    /// The notification's title and body as shown.
    pub title: String,
    /// The body.
    pub body: String,
    /// The incident or guideline link.
    pub link: Option<String>,
}

/// Everything shared.
pub struct Shared {
    /// The settings in force.
    pub settings: Settings,
    /// The active feed.
    pub feed: Arc<Feed>,
    /// Where it came from.
    pub feed_status: FeedStatus,
    /// Paused until then.
    pub paused_until: Option<DateTime<Local>>,
    /// The last warning.
    pub last_warning: Option<LastWarning>,
    /// Why focus cannot be read, when it cannot.
    pub focus_unavailable: Option<String>,
    /// The user's own settings file, where the choice of language is saved.
    pub settings_file: Option<PathBuf>,
}

impl Shared {
    /// The pack in force: the settings' override if it is a built-in pack, else the feed's.
    pub fn pack(&self) -> &PolicyPack {
        pack_in_force(&self.feed, self.settings.policy_pack.as_deref())
    }

    /// What classifying and deciding need, taken out of the lock so that the work runs
    /// without holding it.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            feed: self.feed.clone(),
            pack_id: self.settings.policy_pack.clone(),
            language: self.settings.language,
        }
    }

    /// Whether warnings are paused now.
    pub fn paused(&self) -> bool {
        self.paused_until.is_some_and(|until| Local::now() < until)
    }
}

/// The feed, pack override and language in force at one moment (see [`Shared::snapshot`]).
pub struct Snapshot {
    /// The active feed.
    pub feed: Arc<Feed>,
    pack_id: Option<String>,
    /// The language of what is shown.
    pub language: Language,
}

impl Snapshot {
    /// The pack in force.
    pub fn pack(&self) -> &PolicyPack {
        pack_in_force(&self.feed, self.pack_id.as_deref())
    }
}

/// The pack `override_id` names if it is a built-in one, else the feed's.
fn pack_in_force<'f>(feed: &'f Feed, override_id: Option<&str>) -> &'f PolicyPack {
    override_id
        .and_then(PolicyPack::builtin)
        .or_else(|| feed.pack())
        .or_else(|| klippvakt_core::builtin_packs().first())
        .unwrap_or_else(|| unreachable!("built-in packs exist (tested in core)"))
}

/// The handle every part holds.
#[derive(Clone)]
pub struct AppState(Arc<Mutex<Shared>>);

impl AppState {
    /// Shares `shared`.
    pub fn new(shared: Shared) -> AppState {
        AppState(Arc::new(Mutex::new(shared)))
    }

    /// The shared state; a panic elsewhere while holding it does not take the app down.
    pub fn lock(&self) -> MutexGuard<'_, Shared> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

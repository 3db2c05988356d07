//! Klippvakt's tray app. This file only wires things together: command-line options,
//! settings, plugins, the shared state, the tray, the watcher → monitor → notifier flow, the
//! feed refresh, and the exit behaviour. What decides lives in `klippvakt-core`.

mod audit;
mod commands;
mod feed_client;
mod monitor;
mod notifier;
mod paths;
mod platform;
mod quick_view;
mod settings;
mod state;
mod texts;
mod tray;
mod watch;

use chrono::Datelike;
use clap::Parser;
use feed_client::{Cache, Fetched};
use klippvakt_core::Feed;
use monitor::{Context, Monitor};
use settings::Settings;
use state::{AppState, FeedSource, FeedStatus, LastWarning, Shared};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tauri::{AppHandle, Manager, RunEvent};

/// Command-line options (DESIGN.md).
#[derive(Debug, Parser)]
#[command(
    name = "klippvakt",
    version,
    about = "Klippvakt: warns before text goes to an AI tool it is not approved for"
)]
struct Options {
    /// Read FILE in place of the user settings.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Open the quick view at start.
    #[arg(long)]
    open: bool,
}

/// Starts the app; returns when it quits.
pub fn run() {
    let options = Options::parse();
    let settings_file = settings::user_settings_file(options.config.as_deref());
    let (settings, warnings) = Settings::load(settings_file.as_deref());
    let data_dir = paths::data_dir().unwrap_or_else(|| std::env::temp_dir().join("klippvakt"));
    let (feed, feed_status) = initial_feed(&settings, &data_dir);
    let state = AppState::new(Shared {
        settings,
        feed: Arc::new(feed),
        feed_status,
        paused_until: None,
        last_warning: None,
        focus_unavailable: None,
        settings_file,
    });
    let open = options.open;
    let app = tauri::Builder::default()
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            quick_view::open(app, None);
        }))
        .plugin(
            tauri_plugin_log::Builder::new()
                .level(log::LevelFilter::Info)
                .build(),
        )
        .plugin(tauri_plugin_autostart::init(
            tauri_plugin_autostart::MacosLauncher::LaunchAgent,
            None,
        ))
        .plugin(tauri_plugin_opener::init())
        .manage(state.clone())
        .manage(FeedRefresh::default())
        .invoke_handler(tauri::generate_handler![
            commands::overview,
            commands::check_text,
            commands::set_language,
            commands::set_paused,
            commands::fetch_feed,
            commands::open_link,
        ])
        .setup(move |app| {
            for w in &warnings {
                log::warn!("settings: {w}");
            }
            let handle = app.handle().clone();
            tray::init(&handle)?;
            enable_autostart(&handle);
            start_monitor(handle.clone(), state.clone(), &data_dir);
            start_feed_refresh(handle.clone(), state.clone(), data_dir.clone());
            if open {
                quick_view::open(&handle, None);
            }
            log::info!("started");
            Ok(())
        })
        .build(tauri::generate_context!());
    match app {
        Ok(app) => app.run(|_app, event| {
            // Closing the quick view must not quit: the app lives in the tray.
            if let RunEvent::ExitRequested {
                api, code: None, ..
            } = event
            {
                api.prevent_exit();
            }
        }),
        Err(e) => {
            eprintln!("klippvakt: cannot start: {e}");
            std::process::exit(1);
        }
    }
}

/// The last good feed from the cache, else the built-in one.
fn initial_feed(settings: &Settings, data_dir: &std::path::Path) -> (Feed, FeedStatus) {
    let mut status = FeedStatus {
        source: FeedSource::Builtin,
        verified_by: None,
        error: None,
        last_attempt: None,
    };
    if settings.feed_url.is_none() {
        return (Feed::builtin().clone(), status);
    }
    match feed_client::trusted_keys(&settings.feed_public_keys) {
        Err(e) => status.error = Some(format!("{e:#}")),
        Ok(keys) => match Cache::new(data_dir).load(&keys) {
            Ok(accepted) => {
                status.source = FeedSource::Cached;
                status.verified_by = accepted.verified_by;
                return (accepted.feed, status);
            }
            Err(e) => log::info!("no usable cached feed: {e:#}"),
        },
    }
    (Feed::builtin().clone(), status)
}

/// Registers the user's login item, unless a package installed one for everybody.
fn enable_autostart(app: &AppHandle) {
    use tauri_plugin_autostart::ManagerExt;
    if cfg!(target_os = "linux")
        && std::path::Path::new("/etc/xdg/autostart/klippvakt.desktop").exists()
    {
        return;
    }
    if cfg!(windows) {
        return; // the MSI starts Klippvakt at every user's logon
    }
    let launcher = app.autolaunch();
    if !launcher.is_enabled().unwrap_or(false) {
        if let Err(e) = launcher.enable() {
            log::warn!("autostart not enabled: {e}");
        }
    }
}

/// Watchers → monitor (on its own thread, off the UI thread) → notifier, audit, tray.
fn start_monitor(app: AppHandle, state: AppState, data_dir: &std::path::Path) {
    let (events, received) = std::sync::mpsc::channel();
    watch::start(events);
    let audit = audit::AuditLog::new(data_dir);
    let started = Instant::now();
    let spawned = std::thread::Builder::new()
        .name("monitor".into())
        .spawn(move || {
            let mut monitor = Monitor::new();
            for event in received {
                if let watch::Event::FocusUnavailable(why) = &event {
                    log::warn!("focus cannot be read: {why}");
                    state.lock().focus_unavailable = Some(why.clone());
                    tray::refresh(&app);
                }
                let (now, paused, copy_reminder) = {
                    let s = state.lock();
                    (s.snapshot(), s.paused(), s.settings.copy_reminder)
                };
                let ctx = Context {
                    feed: &now.feed,
                    pack: now.pack(),
                    language: now.language,
                    paused,
                    now_ms: started.elapsed().as_millis() as u64,
                    copy_reminder,
                    day: i64::from(chrono::Local::now().date_naive().num_days_from_ce()),
                };
                // A bug in one event must not take the tray down.
                let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    monitor.handle(event, &ctx)
                }));
                let alert = match outcome {
                    Ok(alert) => alert,
                    Err(_) => {
                        log::error!("an event could not be handled; carrying on");
                        monitor = Monitor::new();
                        continue;
                    }
                };
                let Some(alert) = alert else { continue };
                log::info!(
                    "warned: tool={} class={} categories={:?} rules={:?}",
                    alert.record.tool,
                    alert.record.class,
                    alert.record.categories,
                    alert.record.rules
                );
                notifier::show(&app, &alert.notice, texts::texts(now.language).open);
                audit.write(&alert.record, "notified");
                state.lock().last_warning = Some(LastWarning {
                    at: chrono::Local::now().to_rfc3339(),
                    record: alert.record,
                    title: alert.notice.title,
                    body: alert.notice.body,
                    link: alert.notice.link,
                });
                quick_view::changed(&app);
            }
        });
    if let Err(e) = spawned {
        log::error!("the monitor could not start: {e}");
    }
}

/// Asks the feed refresh loop to fetch now (the tray's "Hämta flödet nu": after a failure, or
/// when IT has just published a new feed).
#[derive(Default)]
pub struct FeedRefresh(tokio::sync::Notify);

impl FeedRefresh {
    /// Wakes the refresh loop; a no-op when no feed address is configured.
    pub fn now(&self) {
        self.0.notify_one();
    }
}

/// Fetches the feed at start, every `refresh_hours`, and when asked through [`FeedRefresh`];
/// a failure keeps the feed in use.
fn start_feed_refresh(app: AppHandle, state: AppState, data_dir: PathBuf) {
    let (url, keys, hours) = {
        let s = state.lock();
        (
            s.settings.feed_url.clone(),
            s.settings.feed_public_keys.clone(),
            s.settings.refresh_hours,
        )
    };
    let Some(url) = url else { return };
    tauri::async_runtime::spawn(async move {
        let cache = Cache::new(&data_dir);
        let client = match reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .user_agent(concat!("Klippvakt/", env!("CARGO_PKG_VERSION")))
            .build()
        {
            Ok(c) => c,
            Err(e) => {
                log::error!("no HTTP client: {e}");
                return;
            }
        };
        loop {
            let outcome = match feed_client::trusted_keys(&keys) {
                Ok(keys) => feed_client::fetch(&client, &url, &keys, &cache).await,
                Err(e) => Err(e),
            };
            {
                let mut s = state.lock();
                s.feed_status.last_attempt = Some(chrono::Local::now().to_rfc3339());
                match outcome {
                    Ok(Fetched::New(accepted)) => {
                        log::info!("feed fetched: {} tools", accepted.feed.tools.len());
                        s.feed = Arc::new(accepted.feed);
                        s.feed_status.source = FeedSource::Network;
                        s.feed_status.verified_by = accepted.verified_by;
                        s.feed_status.error = None;
                    }
                    Ok(Fetched::NotModified) => {
                        s.feed_status.error = None;
                    }
                    Err(e) => {
                        log::warn!("feed not updated, keeping the one in use: {e:#}");
                        s.feed_status.error = Some(format!("{e:#}"));
                    }
                }
            }
            tray::refresh(&app);
            let asked = app.state::<FeedRefresh>();
            tokio::select! {
                _ = tokio::time::sleep(Duration::from_secs(u64::from(hours) * 3600)) => {}
                _ = asked.0.notified() => log::info!("feed fetch asked for"),
            }
        }
    });
}

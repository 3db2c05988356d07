//! The tray icon and its menu: `init` builds them, `refresh` rebuilds them from the shared
//! state (status line, pause, tools, language, icon), `on_menu` acts on a click.

use crate::state::AppState;
use crate::texts::texts;
use chrono::Local;
use klippvakt_core::{InfoClass, Tool, ToolKind};
use tauri::image::Image;
use tauri::menu::{Menu, MenuBuilder, MenuEvent, MenuItem, SubmenuBuilder};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Manager, Wry};

const TRAY: &str = "klippvakt";
const STATUS: &str = "tray::status";
const FETCH: &str = "tray::fetch";
const TOOLS: &str = "tray::tools";
const PAUSE: &str = "tray::pause";
const RESUME: &str = "tray::resume";
const GUIDELINE: &str = "tray::guideline";
const ABOUT: &str = "tray::about";
const QUIT: &str = "tray::quit";
const TOOL_PREFIX: &str = "tray::tool::";

const ICON_ACTIVE: &[u8] = include_bytes!("../../icons/tray-active.png");
const ICON_PAUSED: &[u8] = include_bytes!("../../icons/tray-paused.png");
const ICON_PROBLEM: &[u8] = include_bytes!("../../icons/tray-problem.png");

/// Creates the tray icon with its menu.
pub fn init(app: &AppHandle) -> tauri::Result<()> {
    let (menu, icon, status) = build(app)?;
    TrayIconBuilder::with_id(TRAY)
        .icon(icon)
        .tooltip(format!("Klippvakt: {status}"))
        .menu(&menu)
        .show_menu_on_left_click(true)
        .on_menu_event(on_menu)
        .build(app)?;
    Ok(())
}

/// After any change of the shared state: rebuilds the menu and icon, and tells the quick view.
/// Failures are logged: the tray stays as it was.
pub fn refresh(app: &AppHandle) {
    crate::quick_view::changed(app);
    let Some(tray) = app.tray_by_id(TRAY) else {
        return;
    };
    match build(app) {
        Ok((menu, icon, status)) => {
            log::info!("tray: {status}");
            let _ = tray.set_menu(Some(menu));
            let _ = tray.set_icon(Some(icon));
            let _ = tray.set_tooltip(Some(format!("Klippvakt: {status}")));
        }
        Err(e) => log::warn!("tray not updated: {e}"),
    }
}

/// The status line: paused, feed problem, no focus, or protecting.
fn status(app: &AppHandle) -> (String, &'static [u8]) {
    let state = app.state::<AppState>();
    let s = state.lock();
    let t = texts(s.settings.language);
    if let Some(until) = s.paused_until.filter(|_| s.paused()) {
        return (
            format!("{} {}", t.paused_until, until.format("%H:%M")),
            ICON_PAUSED,
        );
    }
    if s.feed_status.error.is_some() {
        return (t.feed_problem.to_string(), ICON_PROBLEM);
    }
    if s.focus_unavailable.is_some() {
        return (t.no_focus.to_string(), ICON_ACTIVE);
    }
    (t.protecting.to_string(), ICON_ACTIVE)
}

fn build(app: &AppHandle) -> tauri::Result<(Menu<Wry>, Image<'static>, String)> {
    let (status, icon) = status(app);
    let state = app.state::<AppState>();
    let s = state.lock();
    let t = texts(s.settings.language);
    let item = |id: &str, text: &str, enabled: bool| {
        MenuItem::with_id(app, id, text, enabled, None::<&str>)
    };
    let mut tools = SubmenuBuilder::new(app, t.check_tool);
    for tool in &s.feed.tools {
        let text = format!("{}: {}", tool.name.replace('&', "&&"), approval(tool, t));
        tools = tools.item(&item(&format!("{TOOL_PREFIX}{}", tool.id), &text, true)?);
    }
    let mut menu = MenuBuilder::new(app).item(&item(STATUS, &status, false)?);
    if s.settings.feed_url.is_some() {
        menu = menu.item(&item(FETCH, t.fetch, true)?);
    }
    menu = menu
        .separator()
        .item(&item(TOOLS, t.approved_tools, true)?)
        .item(&tools.build()?);
    if s.settings.allow_pause {
        menu = if s.paused() {
            menu.item(&item(RESUME, t.resume, true)?)
        } else {
            menu.item(&item(PAUSE, t.pause, true)?)
        };
    }
    let menu = menu
        .item(&item(
            GUIDELINE,
            t.guideline,
            s.feed.links.guideline.is_some(),
        )?)
        .item(&item(ABOUT, t.about, true)?)
        .separator()
        .item(&item(QUIT, t.quit, true)?)
        .build()?;
    Ok((menu, Image::from_bytes(icon)?, status))
}

/// "endast öppen information", "upp till K2", "inte godkänt".
fn approval(tool: &Tool, t: &crate::texts::Texts) -> String {
    match tool.kind {
        ToolKind::Unapproved => t.not_approved.to_string(),
        _ if tool.max_class == InfoClass::K0 => t.only_open.to_string(),
        _ => format!("{} {}", t.up_to, tool.max_class),
    }
}

/// Pauses warnings for one hour, or resumes them, and updates the tray and the quick view.
pub fn set_paused(app: &AppHandle, paused: bool) -> Result<(), PauseForbidden> {
    {
        let state = app.state::<AppState>();
        let mut s = state.lock();
        if paused && !s.settings.allow_pause {
            return Err(PauseForbidden);
        }
        s.paused_until = paused.then(|| Local::now() + chrono::Duration::hours(1));
    }
    if paused {
        log::info!("paused for one hour");
        let app = app.clone();
        tauri::async_runtime::spawn(async move {
            tokio::time::sleep(std::time::Duration::from_secs(3601)).await;
            refresh(&app);
        });
    } else {
        log::info!("resumed");
    }
    refresh(app);
    Ok(())
}

/// IT has turned pausing off (`allow_pause = false`).
#[derive(Debug, thiserror::Error)]
#[error("pausing is turned off by IT (allow_pause = false)")]
pub struct PauseForbidden;

fn on_menu(app: &AppHandle, event: MenuEvent) {
    let id = event.id().as_ref();
    match id {
        TOOLS => crate::quick_view::open(app, Some("tools")),
        FETCH => app.state::<crate::FeedRefresh>().now(),
        ABOUT => crate::quick_view::open(app, Some("about")),
        PAUSE | RESUME => {
            if let Err(e) = set_paused(app, id == PAUSE) {
                log::warn!("{e}");
            }
        }
        GUIDELINE => {
            let state = app.state::<AppState>();
            if let Err(e) = crate::commands::open_feed_link(app, &state, "guideline") {
                log::warn!("{e}");
            }
        }
        QUIT => app.exit(0),
        _ => {
            if let Some(tool) = id.strip_prefix(TOOL_PREFIX) {
                crate::quick_view::open(app, Some(&format!("tool={tool}")));
            }
        }
    }
}

//! Where the app keeps its files: the user's config directory (`config.toml`) and data
//! directory (the last good feed, the audit log). Never anything of the clipboard.

use std::path::PathBuf;

fn project() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("se", "Klippvakt", "klippvakt")
}

/// `~/.config/klippvakt` on Linux, `%APPDATA%\Klippvakt\klippvakt\config` on Windows.
pub fn config_dir() -> Option<PathBuf> {
    project().map(|p| p.config_dir().to_path_buf())
}

/// `~/.local/share/klippvakt` on Linux, `%LOCALAPPDATA%\Klippvakt\klippvakt\data` on Windows.
pub fn data_dir() -> Option<PathBuf> {
    project().map(|p| p.data_local_dir().to_path_buf())
}

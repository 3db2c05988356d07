//! `klippvakt`: the tray app. Everything is wired in the library; see `lib.rs`.
#![cfg_attr(windows, windows_subsystem = "windows")]

fn main() {
    klippvakt_app::run();
}

#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine lacks for building and testing Klippvakt.
# Safe to run again: it only installs what is missing. Called by `make run` and `make test`.
set -euo pipefail

# Build: the tray app is Tauri 2 (WebKitGTK, GTK 3, an AppIndicator for the tray, D-Bus for
# notifications). Test: a real X server, window manager, tray host, D-Bus session and
# notification daemon, and the tools that drive them; WebKitWebDriver for the quick view,
# Chromium and Node for its layout and accessibility checks; the Windows cross-build (mingw),
# wixl/msitools for the MSI and wine to install it.
apt_packages=(
  build-essential pkg-config curl file
  libwebkit2gtk-4.1-dev libayatana-appindicator3-dev librsvg2-dev libgtk-3-dev libdbus-1-dev
  libxdo-dev libssl-dev
  xvfb xauth xclip xdotool xterm openbox trayer dbus-x11 dunst x11-utils imagemagick
  webkit2gtk-driver chromium nodejs
  gcc-mingw-w64-x86-64 msitools wixl wine dpkg-dev xmlstarlet
)

missing=()
for pkg in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done

# Debian splits npm out of nodejs; NodeSource's nodejs carries it and conflicts with Debian's.
command -v npm >/dev/null 2>&1 || missing+=(npm)

if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if ! command -v cargo >/dev/null 2>&1; then
  if [ -x "$HOME/.cargo/bin/cargo" ]; then
    echo "install-deps: cargo is in ~/.cargo/bin; add it to PATH" >&2
  else
    echo "install-deps: installing the Rust toolchain from Debian (rustup was not found)"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq cargo rustc rustfmt rust-clippy
  fi
fi

if command -v rustup >/dev/null 2>&1; then
  for component in rustfmt clippy; do
    rustup component list --installed 2>/dev/null | grep -q "^$component" || rustup component add "$component"
  done
  rustup target list --installed 2>/dev/null | grep -qx x86_64-pc-windows-gnu \
    || rustup target add x86_64-pc-windows-gnu
fi

# tauri-driver: the WebDriver proxy in front of WebKitWebDriver (pinned to Tauri 2).
if ! command -v tauri-driver >/dev/null 2>&1; then
  echo "install-deps: installing tauri-driver"
  cargo install tauri-driver --version "^2" --locked
fi

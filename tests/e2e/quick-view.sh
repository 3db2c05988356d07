#!/usr/bin/env bash
# End-to-end test of the quick view in the real app window, driven through WebDriver:
# tauri-driver in front of WebKitWebDriver (Debian's webkit2gtk-driver), under Xvfb with
# openbox and a private D-Bus session. The steps are in quick_view.py; screenshots of each
# step are left in target/e2e-quick-view/.
#
# Usage: tests/e2e/quick-view.sh [path/to/klippvakt]   (default: target/debug/klippvakt)
set -euo pipefail

source "$(dirname "$0")/lib.sh"
bin=$(realpath "${1:-$root/target/debug/klippvakt}")
e2e_session e2e-quick-view "$0" "$bin"

command -v tauri-driver >/dev/null || PATH=$HOME/.cargo/bin:$PATH
openbox >"$out/openbox.log" 2>&1 & pids+=($!)
# WebKitWebDriver's own output goes to a file, not to tauri-driver's pipe.
printf '#!/bin/sh\nexec WebKitWebDriver "$@" >>"%s/webkitwebdriver.log" 2>&1\n' "$out" >"$work/native-driver"
chmod +x "$work/native-driver"
# WebKitWebDriver starts the app through a wrapper that keeps its log and its exit status.
printf '#!/bin/sh\nRUST_LOG=info "%s" "$@" >>"%s/app.log" 2>&1; echo "exit status $?" >>"%s/app.log"\n' "$bin" "$out" "$out" >"$work/app"
chmod +x "$work/app"

# One WebDriver session through a fresh tauri-driver; the exit status of quick_view.py.
session() {
  local port=$((20000 + RANDOM % 20000)) driver status=0
  # No feed address: the built-in default feed, as `make run` starts it. Empty at each try,
  # as the steps save a language in it.
  : >"$work/config.toml"
  tauri-driver --port "$port" --native-port $((port + 1)) --native-driver "$work/native-driver" \
    >>"$out/tauri-driver.log" 2>&1 & driver=$!
  # Both must answer: tauri-driver, and the WebKitWebDriver it started behind it.
  if wait_for 20 curl -sf "http://127.0.0.1:$port/status" \
    && wait_for 20 curl -sf "http://127.0.0.1:$((port + 1))/status"; then
    python3 "$root/tests/e2e/quick_view.py" --driver "http://127.0.0.1:$port" --app "$work/app" \
      --config "$work/config.toml" --out "$out" || status=$?
  else
    echo "e2e: tauri-driver or WebKitWebDriver did not start (see $out/tauri-driver.log)" >&2
    status=3
  fi
  kill "$driver" 2>/dev/null; wait "$driver" 2>/dev/null
  pkill -f "^$bin --open --config $work/config.toml" 2>/dev/null || true
  return "$status"
}

# WebKitWebDriver (or the web process under it) dies now and then under Xvfb, taking the
# session with it (about one run in four here). A lost session is started again, up to four
# times, and says so; a failed step fails at once.
for attempt in 1 2 3 4; do
  status=0; session || status=$?
  [ "$status" = 3 ] || break
  echo "e2e: WebDriver session lost (attempt $attempt), starting again"
  sleep 1
done
[ "$status" = 0 ] || { ps -ef >"$out/processes.txt"; fail "the quick view steps failed (see above and $out)"; }

# What was typed into "Testa en text" is nowhere on disk.
privacy_check 920303-4138 Wikström
echo "e2e: ok (quick view: search, K0 group, Testa en text with rule D, English, saved)"

#!/usr/bin/env bash
# End-to-end test of the tray app with real components: Xvfb, openbox (focus needs a window
# manager), trayer (hosts the tray icon), a D-Bus session where dunst starts on the first
# Notify, dbus-monitor recording every Notify call, a real HTTP server on 127.0.0.1 serving
# the signed sample feed, xclip owning the clipboard, xterm windows titled like browser tabs.
#
# Usage: tests/e2e/tray.sh [path/to/klippvakt]   (default: target/debug/klippvakt)
# Artifacts (logs, the recorded D-Bus calls) are left in target/e2e/.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
bin=$(realpath "${1:-$root/target/debug/klippvakt}")
out=$root/target/e2e
rm -rf "$out" && mkdir -p "$out"
work=$(mktemp -d)
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"

if [ -z "${KLIPPVAKT_E2E_INNER:-}" ]; then
  display=$((100 + RANDOM % 400))
  Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
  DISPLAY=":$display" KLIPPVAKT_E2E_INNER=1 dbus-run-session -- "$0" "$bin"
  exit $?
fi

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
fail() { echo "e2e: FAIL: $*" >&2; exit 1; }
wait_for() { # wait_for SECONDS COMMAND...
  local limit=$(($1 * 10)); shift
  for _ in $(seq "$limit"); do "$@" >/dev/null 2>&1 && return 0; sleep 0.1; done
  return 1
}
notifications() { grep -c 'member=Notify' "$out/dbus-monitor.log" || true; }

openbox >"$out/openbox.log" 2>&1 & pids+=($!)
trayer --edge top --align right --widthtype pixel --width 200 --height 24 >"$out/trayer.log" 2>&1 & pids+=($!)
dbus-monitor "interface='org.freedesktop.Notifications'" >"$out/dbus-monitor.log" 2>&1 & pids+=($!)

# The feed: the signed sample, from a real HTTP server on this machine.
mkdir -p "$work/www"
cp "$root/installer/sample-feed.json" "$root/installer/sample-feed.json.sig" "$work/www/"
port=$((20000 + RANDOM % 20000))
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/www" >"$out/http.log" 2>&1 & pids+=($!)
wait_for 10 curl -sf "http://127.0.0.1:$port/sample-feed.json" || fail "HTTP server did not start"
cat >"$work/config.toml" <<TOML
feed_url = "http://127.0.0.1:$port/sample-feed.json"
feed_public_keys = ["$(cat "$root/installer/sample-feed.pub")"]
TOML

# A window with focus before the app starts, and the clipboard empty of anything personal.
xterm -T "Anteckningar" -e sleep 600 & pids+=($!)
wait_for 10 xdotool search --name '^Anteckningar$' || fail "xterm did not appear"
win=$(xdotool search --name '^Anteckningar$' | head -1)
xdotool windowactivate --sync "$win"

RUST_LOG=info "$bin" --config "$work/config.toml" >"$out/app.log" 2>&1 & app=$!; pids+=($app)
wait_for 30 grep -q 'started' "$out/app.log" || fail "the app did not start (see $out/app.log)"
wait_for 15 grep -q 'feed fetched' "$out/app.log" || fail "the feed was not fetched"
grep -q 'GET /sample-feed.json.sig' "$out/http.log" || fail "the signature was not fetched"

secret_pnr=920303-4138
secret_name="Wikström"
printf 'Kan du kolla %s åt mig? Hälsningar %s' "$secret_pnr" "Jonas $secret_name" | xclip -selection clipboard & pids+=($!)
sleep 1

# The user switches the browser tab: only the title changes.
xdotool set_window --name "ChatGPT - Google Chrome" "$win"
wait_for 10 grep -q 'ChatGPT: personnummer och namn i urklipp' "$out/dbus-monitor.log" \
  || fail "no notification for ChatGPT (see $out/dbus-monitor.log)"
grep -q 'Regel D: Personuppgifter får inte matas in i allmänt tillgängliga AI-system.' "$out/dbus-monitor.log" \
  || fail "the notification does not quote rule D"
grep -q 'intranet.exempel.se/dataskydd/incidentrapportering' "$out/dbus-monitor.log" \
  || fail "the notification does not link incident reporting from the feed"
[ "$(notifications)" = 1 ] || fail "expected one notification, saw $(notifications)"

# The procured tool of the fetched feed may receive it: silence. Back to ChatGPT: no repeat.
xdotool set_window --name "Kommunens AI-assistent - Google Chrome" "$win"; sleep 1
xdotool set_window --name "ChatGPT - Google Chrome" "$win"; sleep 1
[ "$(notifications)" = 1 ] || fail "the same content and tool notified twice"

# Open text on the clipboard: nothing, whatever the tool.
printf 'Skriv en inbjudan till julfikat på fredag.' | xclip -selection clipboard & pids+=($!)
sleep 1
xdotool set_window --name "Claude - Google Chrome" "$win"; sleep 1
[ "$(notifications)" = 1 ] || fail "open text notified"

# A second start opens the quick view in the running app and exits.
"$bin" --config "$work/config.toml" >"$out/second.log" 2>&1 || true
wait_for 20 xdotool search --name '^Klippvakt$' || fail "the quick view did not open on a second start"
kill -0 "$app" || fail "the first instance is gone"

# Audit: one line with ids only.
audit="$XDG_DATA_HOME/klippvakt/audit.jsonl"
[ -f "$audit" ] || fail "no audit log at $audit"
[ "$(wc -l <"$audit")" = 1 ] || fail "expected one audit line"
grep -q '"tool":"chatgpt"' "$audit" && grep -q '"rules":\["D"' "$audit" || fail "audit line lacks tool or rules: $(cat "$audit")"

# Privacy: the clipboard text is nowhere: not in any file the app wrote, not in its log, not
# in what went over D-Bus.
cp "$audit" "$out/audit.jsonl"
if grep -rl -e "$secret_pnr" -e "$secret_name" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$out/app.log" "$out/dbus-monitor.log"; then
  fail "clipboard text was written somewhere (files above)"
fi

kill "$app"
wait "$app" 2>/dev/null || true
echo "e2e: ok (notification, tab switch, no repeat, procured tool, open text, single instance, audit, privacy)"

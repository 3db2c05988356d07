#!/usr/bin/env bash
# End-to-end test of the tray app with real components: Xvfb, openbox (focus needs a window
# manager), trayer (hosts the tray icon), a D-Bus session where dunst starts on the first
# Notify, dbus-monitor recording every Notify call, a real HTTP server on 127.0.0.1 serving
# the signed sample feed, xclip owning the clipboard, xterm windows titled like browser tabs.
#
# The tray menu is driven as a person would: a click on the icon in trayer, then the item's
# access key. Steps: pause (silence) → resume → warning quoting rule D → no repeat, procured
# tool, click on the notification opens the quick view → open text → the feed server breaks:
# the running app keeps the last good feed → restart in English with the server still down:
# the cached feed → single instance → audit → privacy.
#
# Usage: tests/e2e/tray.sh [path/to/klippvakt]   (default: target/debug/klippvakt)
# To watch it: Xvfb :5 & x11vnc -display :5 (or xpra), then DISPLAY=:5 KLIPPVAKT_E2E_INNER=1
# dbus-run-session -- tests/e2e/tray.sh.
# Artifacts (logs, the recorded D-Bus calls, screenshots of each step) are left in target/e2e/.
set -euo pipefail

source "$(dirname "$0")/lib.sh"
bin=$(realpath "${1:-$root/target/debug/klippvakt}")
e2e_session e2e "$0" "$bin"

notifications() { grep -c 'member=Notify' "$out/dbus-monitor.log" || true; }
expect_notifications() { # expect_notifications N WHAT
  sleep 1.5
  [ "$(notifications)" = "$1" ] || fail "$2: expected $1 notifications, saw $(notifications)"
}
log_count() { grep -c -- "$1" "$out/app.log" || true; }
wait_log_count() { # wait_log_count SECONDS PATTERN N: wait until PATTERN is logged N times
  local limit=$(($1 * 10))
  for _ in $(seq "$limit"); do [ "$(log_count "$2")" -ge "$3" ] && return 0; sleep 0.1; done
  return 1
}
# The quick view's window, when it is shown. xdotool matches names without regard to case, and
# the tray icon's own window is "klippvakt" too: the quick view is the one wider than an icon.
not() { ! "$@"; }
quick_view() {
  local w
  for w in $(xdotool search --onlyvisible --name '^Klippvakt$'); do
    [ "$(xwininfo -id "$w" | awk '/Width:/ { print $2 }')" -gt 100 ] && echo "$w" && return 0
  done
  return 1
}
focus() { xdotool set_window --name "$1" "$win"; }
clip() { printf '%s' "$1" | xclip -selection clipboard & pids+=($!); sleep 1; }
# tray_menu KEY NAME: click the tray icon that trayer hosts, pick the item by its access key.
tray_menu() {
  local geometry
  wait_for 10 sh -c "xwininfo -root -tree | grep -q 'tray-icon tray app klippvakt'"
  geometry=$(xwininfo -root -tree | grep 'tray-icon tray app klippvakt' | head -1 \
    | grep -oE '[0-9]+x[0-9]+\+-?[0-9]+\+-?[0-9]+ +\+-?[0-9]+\+-?[0-9]+$') \
    || fail "the tray icon is not in trayer"
  local size=${geometry%% *} abs=${geometry##* }
  local w=${size%%x*} h=${size#*x}; h=${h%%+*}
  local x=${abs#+}; x=${x%%+*}; local y=${abs##*+}
  xdotool mousemove $((x + w / 2)) $((y + h / 2)) click 1
  sleep 0.7
  shot "menu-$2"
  xdotool key "$1"
}
start_app() { # start_app CONFIG: the app, with its log in app.log
  RUST_LOG=info "$bin" --config "$1" >>"$out/app.log" 2>&1 & app=$!; pids+=($app)
  wait_log_count 30 'started' "$((starts += 1))" || fail "the app did not start (see $out/app.log)"
}
starts=0

openbox >"$out/openbox.log" 2>&1 & pids+=($!)
trayer --edge top --align right --widthtype pixel --width 200 --height 24 >"$out/trayer.log" 2>&1 & pids+=($!)
dbus-monitor "interface='org.freedesktop.Notifications'" >"$out/dbus-monitor.log" 2>&1 & pids+=($!)

# The feed: the signed sample, from a real HTTP server on this machine.
mkdir -p "$work/www"
cp "$root/installer/sample-feed.json" "$root/installer/sample-feed.json.sig" "$work/www/"
port=$((20000 + RANDOM % 20000))
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/www" >"$out/http.log" 2>&1 & http=$!; pids+=($http)
wait_for 10 curl -sf "http://127.0.0.1:$port/sample-feed.json" || fail "HTTP server did not start"
config() { # config LANGUAGE
  cat <<TOML
feed_url = "http://127.0.0.1:$port/sample-feed.json"
feed_public_keys = ["$(cat "$root/installer/sample-feed.pub")"]
language = "$1"
TOML
}
config sv >"$work/config.toml"

# A window with focus before the app starts, and the clipboard empty of anything personal.
xterm -T "Anteckningar" -e sleep 600 & pids+=($!)
wait_for 10 xdotool search --name '^Anteckningar$' || fail "xterm did not appear"
win=$(xdotool search --name '^Anteckningar$' | head -1)
xdotool windowactivate --sync "$win"

start_app "$work/config.toml"
wait_for 15 grep -q 'feed fetched' "$out/app.log" || fail "the feed was not fetched"
grep -q 'GET /sample-feed.json.sig' "$out/http.log" || fail "the signature was not fetched"
shot started

secret_pnr=920303-4138
secret_name="Wikström"
secret="Kan du kolla $secret_pnr åt mig? Hälsningar Jonas $secret_name"

step "pause through the tray menu: silence"
tray_menu p pause
wait_for 5 grep -q 'paused for one hour' "$out/app.log" || fail "the tray menu did not pause"
clip "$secret"
focus "ChatGPT - Google Chrome"   # the user switches the browser tab: only the title changes
expect_notifications 0 "while paused"
shot paused

step "resume: the warning quotes rule D and links incident reporting"
tray_menu u resume
wait_for 5 grep -q 'resumed' "$out/app.log" || fail "the tray menu did not resume"
focus "Anteckningar"; sleep 0.5
focus "ChatGPT - Google Chrome"
wait_for 10 grep -q 'ChatGPT: personnummer och namn i urklipp' "$out/dbus-monitor.log" \
  || fail "no notification for ChatGPT (see $out/dbus-monitor.log)"
first_warning=$SECONDS
grep -q 'Regel D: Personuppgifter får inte matas in i allmänt tillgängliga AI-system.' "$out/dbus-monitor.log" \
  || fail "the notification does not quote rule D"
grep -q 'intranet.exempel.se/dataskydd/incidentrapportering' "$out/dbus-monitor.log" \
  || fail "the notification does not link incident reporting from the feed"
expect_notifications 1 "one warning"
shot warning

step "clicking the notification opens the quick view"
dunstctl action 0
wait_for 15 quick_view || fail "clicking the notification did not open the quick view"
shot quick-view-from-notification
xdotool windowactivate --sync "$(quick_view)"; sleep 0.5
xdotool key --clearmodifiers alt+F4
wait_for 10 not quick_view || fail "the quick view did not close"
kill -0 "$app" || fail "closing the quick view quit the app"

step "procured tool: silence; back to ChatGPT: no repeat; open text: silence"
focus "Kommunens AI-assistent - Google Chrome"; sleep 1
focus "ChatGPT - Google Chrome"
expect_notifications 1 "same content and tool"
clip 'Skriv en inbjudan till julfikat på fredag.'
focus "Claude - Google Chrome"
expect_notifications 1 "open text"

step "the feed server breaks: the running app keeps the last good feed"
kill "$http"; wait "$http" 2>/dev/null || true
failures=$(log_count 'feed not updated')
tray_menu h fetch
wait_log_count 15 'feed not updated' $((failures + 1)) || fail "the feed was not fetched again from the tray"
wait_for 5 grep -q 'tray: Flödet kunde inte hämtas' "$out/app.log" || fail "the status line does not show the feed problem"
tray_menu Escape feed-problem
kill -0 "$app" || fail "the app died with the feed server"
# At most one warning per 30 s: wait that out, then a new text must warn with the sample
# feed's incident link (the built-in feed has other links).
sleep $((first_warning + 31 - SECONDS > 0 ? first_warning + 31 - SECONDS : 0))
clip "Ring Jonas $secret_name på 070-123 45 67 om ärendet."
focus "Anteckningar"; sleep 0.5
focus "ChatGPT - Google Chrome"
expect_notifications 2 "after the feed broke"
[ "$(grep -c 'intranet.exempel.se/dataskydd/incidentrapportering' "$out/dbus-monitor.log")" -ge 2 ] \
  || fail "the warning after the feed broke does not use the last good feed"

step "restart in English with the server still down: the cached feed, English tray and warning"
kill "$app"; wait "$app" 2>/dev/null || true
config en >"$work/config.toml"
focus "Anteckningar"
start_app "$work/config.toml"
wait_for 15 grep -q 'tray: The feed could not be fetched' "$out/app.log" \
  || fail "the English status line does not show the feed problem"
tray_menu Escape english
clip "$secret"
focus "ChatGPT - Google Chrome"
wait_for 10 grep -q 'ChatGPT: personal identity number and name on the clipboard' "$out/dbus-monitor.log" \
  || fail "no English notification"
expect_notifications 3 "English warning"
[ "$(grep -c 'intranet.exempel.se/dataskydd/incidentrapportering' "$out/dbus-monitor.log")" -ge 3 ] \
  || fail "the restarted app did not use the cached feed"
shot english-warning

step "a second start opens the quick view in the running app and exits"
"$bin" --config "$work/config.toml" >"$out/second.log" 2>&1 || true
wait_for 20 quick_view || fail "the quick view did not open on a second start"
kill -0 "$app" || fail "the first instance is gone"
shot single-instance

step "audit: one line per warning, ids only"
audit="$XDG_DATA_HOME/klippvakt/audit.jsonl"
[ -f "$audit" ] || fail "no audit log at $audit"
cp "$audit" "$out/audit.jsonl"
[ "$(wc -l <"$audit")" = 3 ] || fail "expected three audit lines, saw $(wc -l <"$audit")"
grep -q '"tool":"chatgpt"' "$audit" && grep -q '"rules":\["D"' "$audit" || fail "audit line lacks tool or rules: $(cat "$audit")"

step "privacy: the clipboard text is nowhere"
# Not in any file the app wrote, not in its log, not in what went over D-Bus.
privacy_check "$secret_pnr" "$secret_name" "070-123" -- "$out/app.log" "$out/dbus-monitor.log"

kill "$app"
wait "$app" 2>/dev/null || true
echo "e2e: ok (tray pause/resume, warning, click, no repeat, procured tool, open text, feed outage, cached feed, English, single instance, audit, privacy)"

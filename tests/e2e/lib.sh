# Shared by the end-to-end scripts (sourced): a private X server and D-Bus session, the
# throw-away home the app writes into, and small helpers.
#
# e2e_session NAME SCRIPT ARGS...: outside the session, starts Xvfb, runs SCRIPT again inside
# `dbus-run-session` and exits with its status; inside, sets up `$out` (target/NAME, the
# artifacts), `$work` (removed at exit) and XDG_* under it, and returns.

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
pids=()

e2e_session() {
  local name=$1 script=$2; shift 2
  out=$root/target/$name
  if [ -z "${KLIPPVAKT_E2E_INNER:-}" ]; then
    rm -rf "$out" && mkdir -p "$out"
    local display=$((100 + RANDOM % 400))
    Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
    local xvfb=$!
    trap "kill $xvfb 2>/dev/null || true" EXIT
    for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
    local status=0
    DISPLAY=":$display" KLIPPVAKT_E2E_INNER=1 dbus-run-session -- "$script" "$@" || status=$?
    exit $status
  fi
  mkdir -p "$out"
  work=$(mktemp -d)
  export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache
  mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
  # No GPU compositing for the webview: under Xvfb (and WebDriver automation) its web process
  # otherwise dies now and then (1 run in 4 here), taking the window with it.
  export WEBKIT_DISABLE_COMPOSITING_MODE=1 WEBKIT_DISABLE_DMABUF_RENDERER=1
  trap e2e_cleanup EXIT
}

e2e_cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}

fail() { echo "e2e: FAIL: $*" >&2; shot failure; exit 1; }
step() { echo "e2e: $*"; }
wait_for() { # wait_for SECONDS COMMAND...
  local limit=$(($1 * 10)); shift
  for _ in $(seq "$limit"); do "$@" >/dev/null 2>&1 && return 0; sleep 0.1; done
  return 1
}
shots=0
shot() { shots=$((shots + 1)); import -window root "$out/$(printf %02d $shots)-$1.png" 2>/dev/null || true; }

# privacy_check SECRET... : none of the strings is in any file the app wrote or in FILES
# given after `--`.
privacy_check() {
  local patterns=() files=("$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME")
  while [ $# -gt 0 ] && [ "$1" != -- ]; do patterns+=(-e "$1"); shift; done
  [ "${1:-}" = -- ] && shift && files+=("$@")
  if grep -rl "${patterns[@]}" "${files[@]}"; then
    fail "text the user typed or copied was written somewhere (files above)"
  fi
}

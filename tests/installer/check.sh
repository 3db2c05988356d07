#!/usr/bin/env bash
# Checks the installers (`make test-installer`, run by `make test`):
#  * the ADMX/ADML templates are well-formed XML (the Rust tests check their names);
#  * the MSI built by scripts/build-msi.sh: its tables (Property, Registry, Upgrade, Shortcut,
#    the logon Run value), then installed under wine into a throw-away prefix with properties
#    (read back with `wine reg query`), upgraded to two newer versions built from the same
#    stage (target/msi/stage): without properties the settings are kept, a property passed
#    wins; removed, installed without properties (the defaults), and removed again (files
#    and keys gone). The exe is not started: it does not run under
#    wine 8 (bcryptprimitives.dll is missing);
#  * the .deb built by scripts/build-deb.sh: contents, conffiles, autostart entry; unpacked
#    into a throw-away root by dpkg, where the installed klippvakt-cli runs.
# Usage: tests/installer/check.sh MSI DEB
set -euo pipefail

msi=$(realpath "$1")
deb=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "installer: FAIL: $*" >&2; exit 1; }
step() { echo "installer: $*"; }
root=$(cd "$(dirname "$0")/../.." && pwd)

step "Group Policy templates are well-formed"
for f in "$root"/installer/policy/Klippvakt.admx "$root"/installer/policy/*/Klippvakt.adml; do
  xmlstarlet val -q -w "$f" || fail "$f is not well-formed XML"
done

step "MSI tables"
table() { msiinfo export "$msi" "$1" | tr -d '\r'; }
properties=$(table Property)
registry=$(table Registry)
actions=$(table CustomAction)
grep -qP '^DefaultAllowPause\t\d+\tALLOWPAUSE\t1\t' <<<"$actions" || fail "ALLOWPAUSE has no default 1"
grep -qP '^DefaultLanguage\t\d+\tLANGUAGE\tsv\t' <<<"$actions" || fail "LANGUAGE has no default sv"
grep -qP '^OLD_FEEDURL\tOldFeedUrl$' <<<"$(table AppSearch)" || fail "an upgrade would not read the installed FeedUrl"
grep -qP '^UpgradeCode\t\{6B0E3A52-7C1D-4E8F-9A27-3F5D2C8B1E40\}$' <<<"$properties" || fail "the UpgradeCode changed"
grep -qP '^ALLUSERS\t1$' <<<"$properties" || fail "not a per-machine install"
for value in FeedUrl FeedPublicKeys PolicyPack AllowPause Language CopyReminder; do
  grep -qP "\tSoftware\\\\Klippvakt\\\\?\t$value\t" <<<"$registry" || fail "no Registry row for $value"
done
grep -qP 'CurrentVersion\\Run\tKlippvakt\t"\[INSTALLDIR\]klippvakt.exe"' <<<"$registry" || fail "no logon Run value"
table Upgrade | grep -q WIX_UPGRADE_DETECTED || fail "no major upgrade row"
table Shortcut | grep -q 'klippvakt.exe\|KlippvaktExe\|INSTALLDIR' || fail "no Start menu shortcut"
table InstallExecuteSequence | grep -q RemoveExistingProducts || fail "upgrades would not remove the old version"

export WINEPREFIX=$work/wine WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" WINEARCH=win64
reg() { wine reg query 'HKLM\Software\Klippvakt' 2>/dev/null | tr -d '\r'; }
settings_key() { wine reg query 'HKLM\Software\Klippvakt' >/dev/null 2>&1; }
value() { reg | awk -v name="$1" '$1 == name { print $3 }'; }
installed=$WINEPREFIX/drive_c/Program\ Files/Klippvakt

step "MSI installed under wine with properties"
wine msiexec /i "$msi" /qn FEEDURL=https://intranet.exempel.se/ai/feed.json \
  FEEDKEYS=W7ZlXbSnO6r0x0pAZz0Yn3yq1Jg3oQh4Rj4o2H6gk0E= POLICYPACK=kommunriktlinje ALLOWPAUSE=0 \
  LANGUAGE=en >"$work/install.log" 2>&1 || fail "msiexec /i failed (see $work/install.log)"
for f in klippvakt.exe klippvakt-cli.exe WebView2Loader.dll; do
  [ -f "$installed/$f" ] || fail "$f is not installed"
done
# The values passed to the first install, as the registry has them; $1 says when.
passed_settings() {
  [ "$(value FeedUrl)" = https://intranet.exempel.se/ai/feed.json ] || fail "$1: FeedUrl: $(reg)"
  [ "$(value FeedPublicKeys)" = W7ZlXbSnO6r0x0pAZz0Yn3yq1Jg3oQh4Rj4o2H6gk0E= ] || fail "$1: FeedPublicKeys: $(reg)"
  [ "$(value PolicyPack)" = kommunriktlinje ] || fail "$1: PolicyPack: $(reg)"
  [ "$(value AllowPause)" = 0 ] || fail "$1: AllowPause: $(reg)"
  [ "$(value Language)" = en ] || fail "$1: Language: $(reg)"
}
passed_settings "installed"
wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Run' /v Klippvakt >/dev/null 2>&1 \
  || fail "not started at logon"
wine reg query 'HKLM\SYSTEM\CurrentControlSet\Services\EventLog\Application\Klippvakt' >/dev/null 2>&1 \
  || fail "no event log source"
find "$WINEPREFIX/drive_c" -name 'Klippvakt.lnk' | grep -q . || fail "no Start menu entry"

# Newer versions of the same package, as IT would deploy them.
newer() {
  (cd "$root" && wixl -a x64 -D Version="$1" -D SourceDir=../target/msi/stage \
    -o "$work/Klippvakt-$1.msi" installer/klippvakt.wxs installer/settings.wxs 2>/dev/null) \
    || fail "wixl could not build version $1"
  echo "$work/Klippvakt-$1.msi"
}
step "MSI upgraded without properties: the settings are kept"
next=$(newer 99.0.0)
wine msiexec /i "$next" /qn >"$work/upgrade.log" 2>&1 || fail "the upgrade failed (see $work/upgrade.log)"
[ -f "$installed/klippvakt.exe" ] || fail "klippvakt.exe is gone after the upgrade"
passed_settings "upgraded without properties"
versions=$(wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' /s 2>/dev/null \
  | tr -d '\r' | awk '$1 == "DisplayVersion" { print $3 }')
[ "$versions" = 99.0.0 ] || fail "the old version was not replaced: $versions"

step "MSI upgraded with a property: it wins, the rest are kept"
next=$(newer 99.0.1)
wine msiexec /i "$next" /qn LANGUAGE=sv >"$work/upgrade2.log" 2>&1 || fail "the second upgrade failed"
[ "$(value Language)" = sv ] || fail "the Language passed to the upgrade was not written: $(reg)"
[ "$(value FeedUrl)" = https://intranet.exempel.se/ai/feed.json ] || fail "the second upgrade lost FeedUrl: $(reg)"

step "MSI removed: files and keys gone"
wine msiexec /x "$next" /qn >"$work/uninstall.log" 2>&1 || fail "msiexec /x failed"
[ ! -e "$installed/klippvakt.exe" ] || fail "files left after uninstall"
! settings_key || fail "HKLM\\Software\\Klippvakt left after uninstall: $(reg)"
! wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Run' /v Klippvakt >/dev/null 2>&1 \
  || fail "logon Run value left after uninstall"

step "MSI installed without properties: the defaults"
wine msiexec /i "$msi" /qn >"$work/install2.log" 2>&1 || fail "msiexec /i without properties failed"
[ "$(value AllowPause)" = 1 ] || fail "AllowPause default: $(reg)"
[ "$(value Language)" = sv ] || fail "Language default: $(reg)"
[ -z "$(value FeedUrl)" ] || fail "FeedUrl should be empty (the built-in feed): $(reg)"
wine msiexec /x "$msi" /qn >/dev/null 2>&1 || fail "second msiexec /x failed"
! settings_key || fail "keys left after the second uninstall"

step ".deb contents"
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/klippvakt ./usr/bin/klippvakt-cli ./etc/klippvakt/config.toml \
  ./etc/xdg/autostart/klippvakt.desktop ./usr/share/applications/klippvakt.desktop \
  ./usr/share/icons/hicolor/128x128/apps/klippvakt.png ./usr/share/doc/klippvakt/README.md; do
  grep -q " $path\$" <<<"$contents" || fail "$path is not in the package"
done
dpkg-deb -e "$deb" "$work/control"
grep -qx /etc/klippvakt/config.toml "$work/control/conffiles" || fail "config.toml is not a conffile"
grep -q '^Depends:.*libwebkit2gtk-4.1-0' "$work/control/control" || fail "no WebKitGTK dependency"

step ".deb installed into a throw-away root"
droot=$work/root
mkdir -p "$droot/var/lib/dpkg/info" "$droot/var/lib/dpkg/updates"
touch "$droot/var/lib/dpkg/status"
dpkg --root="$droot" --force-depends --force-not-root --force-script-chrootless \
  --log=/dev/null -i "$deb" >"$work/dpkg.log" 2>&1 || fail "dpkg -i failed: $(cat "$work/dpkg.log")"
grep -q '^Status: install ok installed' "$droot/var/lib/dpkg/status" || fail "dpkg does not list it installed"
grep -qx 'Exec=klippvakt' "$droot/etc/xdg/autostart/klippvakt.desktop" || fail "autostart does not start klippvakt"
cli=$droot/usr/bin/klippvakt-cli
grep -q ChatGPT <<<"$("$cli" tools)" || fail "the installed klippvakt-cli does not list the built-in tools"
doc=$droot/usr/share/doc/klippvakt
grep -q 'Kommunens AI-assistent' <<<"$("$cli" tools --feed "$doc/sample-feed.json")" \
  || fail "the installed klippvakt-cli does not read the sample feed"
"$cli" feed verify "$doc/sample-feed.json" --key "$(cat "$doc/sample-feed.pub")" >/dev/null \
  || fail "the installed sample feed does not verify with its key"
# The installed machine config is what the app reads: a commented template, valid TOML.
python3 -c 'import sys, tomllib; tomllib.load(open(sys.argv[1], "rb"))' "$droot/etc/klippvakt/config.toml" \
  || fail "/etc/klippvakt/config.toml is not valid TOML"

echo "installer: ok (ADMX/ADML, MSI tables, wine install with and without properties, upgrades, uninstall, .deb contents, conffile, autostart, installed CLI)"

#!/usr/bin/env bash
# Builds target/deb/klippvakt_<version>_amd64.deb from already built binaries:
#   scripts/build-deb.sh [PROFILE]   (debug or release; default release)
# The package: /usr/bin/klippvakt and klippvakt-cli, /etc/klippvakt/config.toml as a conffile
# (a commented template), the XDG autostart entry (/etc/xdg/autostart: every user, at login),
# a menu entry that opens the quick view, icons, and the sample signed feed as documentation.
# dpkg-deb is used directly rather than Tauri's bundler: the package names its conffile
# itself, and CI need not build tauri-cli.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
profile=${1:-release}
bin=$root/target/$profile
version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/Cargo.toml" | head -1)
for b in klippvakt klippvakt-cli; do
  [ -x "$bin/$b" ] || { echo "build-deb: $bin/$b is missing; run cargo build --$profile first" >&2; exit 2; }
done

out=$root/target/deb
stage=$out/klippvakt_${version}_amd64
rm -rf "$stage" && mkdir -p "$stage/DEBIAN"
install -Dsm755 "$bin/klippvakt" "$stage/usr/bin/klippvakt"
install -Dsm755 "$bin/klippvakt-cli" "$stage/usr/bin/klippvakt-cli"
install -Dm644 "$root/installer/linux/config.toml" "$stage/etc/klippvakt/config.toml"
install -Dm644 "$root/installer/linux/klippvakt-autostart.desktop" "$stage/etc/xdg/autostart/klippvakt.desktop"
install -Dm644 "$root/installer/linux/klippvakt.desktop" "$stage/usr/share/applications/klippvakt.desktop"
install -Dm644 "$root/icons/32x32.png" "$stage/usr/share/icons/hicolor/32x32/apps/klippvakt.png"
install -Dm644 "$root/icons/128x128.png" "$stage/usr/share/icons/hicolor/128x128/apps/klippvakt.png"
for f in README.md sample-feed.json sample-feed.json.sig sample-feed.pub; do
  install -Dm644 "$root/installer/$f" "$stage/usr/share/doc/klippvakt/$f"
done
echo /etc/klippvakt/config.toml >"$stage/DEBIAN/conffiles"
cat >"$stage/DEBIAN/control" <<CONTROL
Package: klippvakt
Version: $version
Architecture: amd64
Maintainer: Klippvakt <it@klippvakt.invalid>
Depends: libwebkit2gtk-4.1-0, libgtk-3-0, libayatana-appindicator3-1
Section: utils
Priority: optional
Installed-Size: $(du -sk "$stage" | cut -f1)
Description: warns before text goes to an AI tool it is not approved for
 Klippvakt sits in the tray, classifies the clipboard on the device when an AI tool gets
 focus, and quotes the municipal AI guideline when the text is above what the tool may
 receive. Nothing it sees leaves the machine.
CONTROL
dpkg-deb --root-owner-group --build "$stage" "$out/klippvakt_${version}_amd64.deb" >/dev/null
echo "$out/klippvakt_${version}_amd64.deb"

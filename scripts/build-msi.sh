#!/usr/bin/env bash
# Cross-builds Klippvakt for Windows (x86_64-pc-windows-gnu, mingw-w64) and wraps it in
# target/msi/Klippvakt-<version>-x64.msi with wixl from installer/klippvakt.wxs:
#   scripts/build-msi.sh [PROFILE]   (release or debug; default release)
# The MSI holds klippvakt.exe, klippvakt-cli.exe and WebView2Loader.dll (which the
# webview2-com-sys build leaves in the target directory).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
profile=${1:-release}
target=x86_64-pc-windows-gnu
flag=--release; [ "$profile" = release ] || flag=
version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/Cargo.toml" | head -1)

cd "$root"
cargo build -p klippvakt -p klippvakt-cli $flag --target "$target"
built=target/$target/$profile
loader=$(find "$built/build" -path '*x64*' -name WebView2Loader.dll -print -quit)
[ -n "$loader" ] || { echo "build-msi: WebView2Loader.dll not found under $built/build" >&2; exit 1; }

stage=target/msi/stage
rm -rf "$stage" && mkdir -p "$stage"
cp "$built/klippvakt.exe" "$built/klippvakt-cli.exe" "$loader" "$stage/"
msi=target/msi/Klippvakt-$version-x64.msi
# wixl finds the files relative to the .wxs.
wixl -a x64 -D Version="$version" -D SourceDir=../target/msi/stage -o "$msi" \
  installer/klippvakt.wxs installer/settings.wxs
echo "$root/$msi"

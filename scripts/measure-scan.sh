#!/usr/bin/env bash
# Whole-process figures for `klippvakt-cli scan`: wall time, CPU and peak memory on a
# 64 KB and a 10 MB file of mixed Swedish text built from ../shared/corpus.
# Usage: scripts/measure-scan.sh   (builds the release CLI first)
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${KLIPPVAKT_SHARED:-../shared}"
cargo build --release -q -p klippvakt-cli
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$shared" "$work" <<'PY'
import glob, json, os, sys
shared, work = sys.argv[1], sys.argv[2]
base = "".join(json.loads(l)["text"] + "\n\n" for l in open(f"{shared}/corpus/dev.jsonl", encoding="utf-8"))
for p in sorted(glob.glob(f"{shared}/corpus/real-open/*.md")):
    if not p.endswith("SOURCES.md"):
        base += open(p, encoding="utf-8").read()
for name, size in (("64k.txt", 64 * 1024), ("10m.txt", 10 * 1024 * 1024)):
    data = (base * (size // len(base.encode()) + 1)).encode()[:size].decode("utf-8", "ignore")
    open(os.path.join(work, name), "w", encoding="utf-8").write(data)
PY
for f in 64k.txt 10m.txt; do
  size=$(stat -c %s "$work/$f")
  /usr/bin/time -f "$f ($size bytes): %e s wall, %U s user, %M KB peak RSS" \
    target/release/klippvakt-cli scan --format json "$work/$f" >/dev/null
done

# Klippvakt: the two commands a newcomer needs are `make run` and `make test`.
# Both install what a fresh Debian/Ubuntu machine lacks first (scripts/install-deps.sh).

CARGO ?= cargo
SHARED ?= ../shared

.PHONY: run test deps fmt-check clippy unit ui e2e msi deb test-installer bench measure

## Build and start the tray app with the built-in default feed (no --config: a user's own
## ~/.config/klippvakt/config.toml still applies if there is one).
run: deps
	$(CARGO) build -p klippvakt
	./target/debug/klippvakt

## Every check: formatting, clippy with warnings as errors, every test, the end-to-end test.
test: deps fmt-check clippy unit ui e2e test-installer

deps:
	./scripts/install-deps.sh

fmt-check:
	$(CARGO) fmt --all -- --check

clippy:
	$(CARGO) clippy --workspace --all-targets -- -D warnings

unit:
	KLIPPVAKT_SHARED=$(abspath $(SHARED)) $(CARGO) test --workspace

## The quick view's layout and accessibility in headless Chromium, against a mocked IPC.
ui:
	cd tests/ui && npm ci --no-audit --no-fund --loglevel=error && node check.mjs

## The real app end to end under Xvfb and D-Bus: the tray with a real notification daemon,
## then the quick view through WebDriver.
e2e:
	$(CARGO) build -p klippvakt
	./tests/e2e/tray.sh target/debug/klippvakt
	./tests/e2e/quick-view.sh target/debug/klippvakt

## The Windows installer: target/msi/Klippvakt-<version>-x64.msi (cross-built release).
msi: deps
	./scripts/build-msi.sh release

## The Linux package: target/deb/klippvakt_<version>_amd64.deb (release build).
deb: deps
	$(CARGO) build --release -p klippvakt -p klippvakt-cli
	./scripts/build-deb.sh release

## Builds both packages and checks them: MSI tables, install/uninstall under wine, .deb
## contents and an install into a throw-away root. The .deb wraps the debug build that the
## other tests already made (the package is the same; only `make deb` builds release).
test-installer:
	./scripts/build-msi.sh release
	$(CARGO) build -p klippvakt -p klippvakt-cli
	./scripts/build-deb.sh debug
	./tests/installer/check.sh target/msi/Klippvakt-*-x64.msi target/deb/klippvakt_*_amd64.deb

## Criterion benchmarks of the classifier (64 KB and 10 MB of mixed Swedish text).
bench: deps
	KLIPPVAKT_SHARED=$(abspath $(SHARED)) $(CARGO) bench -p klippvakt-core

## Whole-process figures: wall time, CPU and peak memory of `klippvakt-cli scan`.
measure: deps
	KLIPPVAKT_SHARED=$(abspath $(SHARED)) ./scripts/measure-scan.sh

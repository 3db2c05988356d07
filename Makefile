# Klippvakt: the two commands a newcomer needs are `make run` and `make test`.
# Both install what a fresh Debian/Ubuntu machine lacks first (scripts/install-deps.sh).

CARGO ?= cargo
SHARED ?= ../shared

.PHONY: run test deps fmt-check clippy unit bench measure

## Build and start Klippvakt. Until the tray app exists, this classifies a sample clipboard
## text with the CLI and prints what it finds.
run: deps
	$(CARGO) build --release -p klippvakt-cli
	./target/release/klippvakt-cli scan tests/fixtures/sample-clipboard.txt tests/fixtures/sample-open.txt

## Every check: formatting, clippy with warnings as errors, and every test.
test: deps fmt-check clippy unit

deps:
	./scripts/install-deps.sh

fmt-check:
	$(CARGO) fmt --all -- --check

clippy:
	$(CARGO) clippy --workspace --all-targets -- -D warnings

unit:
	KLIPPVAKT_SHARED=$(abspath $(SHARED)) $(CARGO) test --workspace

## Criterion benchmarks of the classifier (64 KB and 10 MB of mixed Swedish text).
bench: deps
	KLIPPVAKT_SHARED=$(abspath $(SHARED)) $(CARGO) bench -p klippvakt-core

## Whole-process figures: wall time, CPU and peak memory of `klippvakt-cli scan`.
measure: deps
	KLIPPVAKT_SHARED=$(abspath $(SHARED)) ./scripts/measure-scan.sh

# AKS capacity & IP calculator. Every target installs the tools it needs (once).
#   make serve   build and serve the app on http://127.0.0.1:8080
#   make test    run every test: fmt, clippy, native + doc tests, no_std proof, release build,
#                size report, browser tests
#   make dist    build dist/ for static hosting
#   make size    gzip/brotli size of every file in dist/

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CARGO_BIN):$(CURDIR)/tests/node_modules/.bin:$(PATH)

.PHONY: serve test dist size setup-build setup-browser check-native check-nostd browser-test

serve: setup-build
	trunk serve --release --offline

dist: setup-build
	trunk build --release --offline

size: dist
	node tests/tools/size.mjs dist

test: setup-browser check-native check-nostd dist
	node tests/tools/size.mjs dist
	node tests/browser/run.mjs

check-native:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --features ui --target wasm32-unknown-unknown -- -D warnings
	cargo test

# The calculation core must build where there is no std at all.
check-nostd:
	cargo build --lib --no-default-features --target wasm32v1-none

browser-test: dist
	node tests/browser/run.mjs

setup-build:
	tests/tools/setup.sh build

setup-browser:
	tests/tools/setup.sh browser

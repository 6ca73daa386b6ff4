#!/usr/bin/env bash
# Installs whatever Foldcards needs that is missing, at pinned versions, and
# does nothing else: safe and quick to run again. With --browser it also
# installs Debian's Chromium and ChromeDriver for the browser tests, and a
# Korean font.
#
# Measured on a fresh 2-core machine: Trunk ~6-12 min and wasm-bindgen-cli
# ~6 min the first time (compiled from crates.io), then seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

pinned=$(awk -F'"' '/^wasm_bindgen *=/ { print $2 }' Trunk.toml)
if [ "$pinned" != "$WASM_BINDGEN_VERSION" ]; then
  echo "Trunk.toml pins wasm-bindgen $pinned but Cargo.lock has $WASM_BINDGEN_VERSION: make them equal." >&2
  exit 1
fi

version_of() { "$1" --version 2>/dev/null | awk '{ print $2 }'; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "Adding the Rust wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(version_of wasm-bindgen)" != "$WASM_BINDGEN_VERSION" ]; then
  step "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 6 minutes, once)"
  # Not --locked: the crate's own lock file names a yanked dependency.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [ "$(version_of trunk)" != "$TRUNK_VERSION" ]; then
  step "Installing Trunk $TRUNK_VERSION (about 6-12 minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "Installing wasm-opt and Playwright from npm"
  npm ci --no-audit --no-fund --loglevel=error
fi

# A Korean font, as every Korean user has one: without it the browser looks
# through every font for each Hangul syllable, then draws boxes, and neither the
# tests nor the start-up benchmark should measure that.
korean_font() { command -v fc-list && [ -n "$(fc-list :lang=ko family)" ]; }
if [ "${1:-}" = "--browser" ] && ! { command -v chromium && command -v chromedriver && korean_font; } >/dev/null; then
  step "Installing Chromium, ChromeDriver and a Korean font from Debian"
  sudo_if_needed=()
  [ "$(id -u)" -eq 0 ] || sudo_if_needed=(sudo)
  "${sudo_if_needed[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_if_needed[@]}" apt-get install -y -qq chromium chromium-driver fonts-nanum >/dev/null
fi

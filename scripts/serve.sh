#!/usr/bin/env bash
# Installs whatever is missing, then serves Foldcards with live reload at
# http://127.0.0.1:8080/ (extra arguments go to `trunk serve`, e.g. --port 9000).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
# Cargo hides a build script's warnings and skips it when nothing changed:
# the notes are checked here, where their summary shows.
step "Checking the notes"
scripts/check-notes.sh --summary
step "Serving at http://127.0.0.1:8080/ (Ctrl-C to stop)"
exec trunk serve "$@"

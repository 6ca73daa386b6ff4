#!/usr/bin/env bash
# Installs whatever is missing, builds the release site into dist/ and prints
# its size report: each file's raw and gzip size, and the first-load total
# against the 270 KB gzip limit (fails past it for the default notes).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
# Cargo hides a build script's warnings and skips it when nothing changed:
# the notes are checked here, where their summary shows.
step "Checking the notes"
scripts/check-notes.sh --summary
step "Release build into dist/"
node scripts/size-report.mjs

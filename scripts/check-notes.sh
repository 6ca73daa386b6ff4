#!/usr/bin/env bash
# Checks a notes folder without building the app: each deck with its
# categories, cards, choice cards, follow-ups and unfinished cards, then every
# warning at its path:line. Exits non-zero only on errors.
#   scripts/check-notes.sh [--summary] [DIR]
# DIR is from where you run it; without it, $FOLDCARDS_CONTENT or content/,
# from this repository as the build reads them.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
args=("$@")
if [[ " $* " != *" "[!-]* ]]; then
  cd "$root"
  args+=("${FOLDCARDS_CONTENT:-content}")
fi
exec cargo run --quiet --locked --manifest-path "$root/Cargo.toml" -p foldcards-notes -- "${args[@]}"

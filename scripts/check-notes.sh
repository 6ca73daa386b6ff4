#!/usr/bin/env bash
# Checks a notes folder without building the app: each deck with its
# categories, cards, choice cards, follow-ups and unfinished cards, then every
# warning at its path:line. Exits non-zero only on errors.
#   scripts/check-notes.sh [--summary] [DIR]   (DIR: $FOLDCARDS_CONTENT or content/)
set -euo pipefail
cd "$(dirname "$0")/.."
args=("$@")
if [[ " $* " != *" "[!-]* ]]; then
  args+=("${FOLDCARDS_CONTENT:-content}")
fi
exec cargo run --quiet --locked -p foldcards-notes -- "${args[@]}"

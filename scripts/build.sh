#!/usr/bin/env bash
# Installs whatever is missing, checks the notes, builds the release site and
# prints its size report: each file's raw and gzip size, and the first-load
# total against the 270 KB gzip limit (fails past it for the default notes).
#
#   scripts/build.sh [--content DIR] [--out DIR] [--site-url URL] [--title TEXT]
#
#   --content   the notes folder: $FOLDCARDS_CONTENT, else content/
#   --out       where the site goes: dist/ in this repository
#   --site-url  the site's address, for canonical links and sitemap.xml
#               ($FOLDCARDS_SITE_URL)
#   --title     the site's name in the header and tab ($FOLDCARDS_TITLE),
#               Foldcards by default
# Relative folders are from where you run it, anywhere on disk.
set -euo pipefail

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }

out=""
while [ $# -gt 0 ]; do
  [ $# -ge 2 ] || [[ "$1" == -h || "$1" == --help ]] || { usage >&2; exit 2; }
  case "$1" in
    --content)
      [ -d "$2" ] || { echo "No notes folder at $2" >&2; exit 2; }
      export FOLDCARDS_CONTENT; FOLDCARDS_CONTENT=$(realpath -- "$2") ;;
    --out) out=$(realpath -m -- "$2") ;;
    --site-url) export FOLDCARDS_SITE_URL="$2" ;;
    --title) export FOLDCARDS_TITLE="$2" ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
  shift 2
done

cd "$(dirname "$0")/.."
# Trunk replaces the output folder: never one holding the notes or this repository.
if [ -n "$out" ]; then
  replaced="${out%/}/"
  for kept in "${FOLDCARDS_CONTENT:-$PWD/content}" "$PWD"; do
    case "$(realpath -m -- "$kept")/" in
      "$replaced"*) echo "--out $out would replace $kept: choose a folder of its own" >&2; exit 2 ;;
    esac
  done
fi
scripts/setup.sh
source scripts/env.sh
# Cargo hides a build script's warnings and skips it when nothing changed:
# the notes are checked here, where their summary shows.
step "Checking the notes"
scripts/check-notes.sh --summary
step "Release build into ${out:-dist/}"
node scripts/size-report.mjs --dist "${out:-dist}"

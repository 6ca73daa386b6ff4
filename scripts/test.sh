#!/usr/bin/env bash
# Installs whatever is missing, then runs every check Foldcards has: format,
# the module graph, lints (the workflows and the action too), native tests,
# component tests in headless Chromium, the release build against its size limit, and end-to-end tests
# of it and of a release build of their own notes.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser --lint
source scripts/env.sh

step "Format"
cargo fmt --all --check

step "Module graph: no cycles"
node scripts/check-modules.mjs

step "Lints"
cargo clippy --workspace --all-targets --locked --quiet -- -D warnings

step "Workflows and the GitHub Action: actionlint"
scripts/lint-workflows.sh

step "Native tests: notes parser, routes, embedded deck"
cargo test --workspace --locked

step "Component tests in headless Chromium"
CHROMEDRIVER="$(command -v chromedriver)" FOLDCARDS_CONTENT=tests/fixtures/component-deck cargo test --locked --target wasm32-unknown-unknown --test browser

step "Release build and size limit"
scripts/build.sh

# The end-to-end tests count what is in their own notes, never in content/:
# tests/e2e/deck.mjs names what they find there.
step "Release build of the end-to-end tests' notes into target/e2e-dist"
FOLDCARDS_CONTENT=tests/fixtures/e2e-deck FOLDCARDS_SITE_URL=https://notes.example/some/path/ \
  trunk build --release --dist target/e2e-dist

# publish.test.mjs makes one more: scripts/build.sh on notes outside the repository.
step "End-to-end tests against the release builds, served from a sub-path"
node --test --test-concurrency=1 tests/e2e/

step "Large-deck benchmark, as a smoke test on a small deck (figures only, never a failure on timing)"
node scripts/bench-deck.mjs --cards 300 --runs 2

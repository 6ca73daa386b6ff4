// The build script as a user meets it: their notes folder in, the app or a
// clear list of problems out.

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";

function checkWithNotes(folder) {
  return spawnSync("cargo", ["check", "--quiet", "--locked", "-p", "foldcards"], {
    env: { ...process.env, FOLDCARDS_CONTENT: folder },
    encoding: "utf8",
  });
}

test("malformed notes fail the build with every problem at its file and line", () => {
  const { status, stderr } = checkWithNotes("tests/fixtures/malformed");
  assert.notEqual(status, 0, "the build must fail");
  const file = "tests/fixtures/malformed/notes.md";
  for (const line of [
    "error: the notes in tests/fixtures/malformed have 3 problem(s):",
    `${file}:10: <details> without <summary>: the question must come first, as <summary>…</summary>`,
    `${file}:14: empty question: <summary></summary> has no text`,
    `${file}:19: <details> is never closed: add </details> after its answer`,
  ]) {
    assert.ok(stderr.includes(line), `missing ${JSON.stringify(line)} in:\n${stderr}`);
  }
  assert.doesNotMatch(stderr, /panicked/);
});

test("anyone's notes folder builds", () => {
  const { status, stderr } = checkWithNotes("tests/fixtures/other-notes");
  assert.equal(status, 0, stderr);
});

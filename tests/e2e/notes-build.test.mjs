// The build script as a user meets it: their notes folder in, the app or a
// clear list of problems out.

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { appAddress, appReady, buildWithNotes, launchBrowser, mainHeading, openPage, serveStatic } from "./harness.mjs";

function checkWithNotes(folder) {
  return spawnSync("cargo", ["check", "--quiet", "--locked", "-p", "foldcards"], {
    env: { ...process.env, FOLDCARDS_CONTENT: folder },
    encoding: "utf8",
  });
}

test("notes that cannot be read sensibly fail the build with every error at its file and line", () => {
  const { status, stderr } = checkWithNotes("tests/fixtures/malformed");
  assert.notEqual(status, 0, "the build must fail");
  const file = "tests/fixtures/malformed/notes.md";
  for (const line of [
    "error: the notes in tests/fixtures/malformed have 2 problem(s):",
    `${file}:11: duplicate id "index": already used at ${file}:5`,
    `${file}:16: id "tx log" cannot be used in a link: use letters, digits, '-', '_' or '.'`,
  ]) {
    assert.ok(stderr.includes(line), `missing ${JSON.stringify(line)} in:\n${stderr}`);
  }
  assert.doesNotMatch(stderr, /panicked/);
});

test("anyone's notes folder builds into an app: one deck per file, linked to each other", async () => {
  const dist = "target/e2e-other-notes";
  assert.equal(buildWithNotes("tests/fixtures/other-notes", dist), null);

  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const { page, problems } = await openPage(browser);
    await page.goto(server.url);
    await appReady(page);
    assert.equal(await mainHeading(page).innerText(), "Your notes");
    assert.equal(await page.getByRole("main").getByText(/^\d+ questions? in \d+ decks?$/).innerText(), "2 questions in 2 decks");
    assert.deepEqual(await page.getByTestId("deck").getByRole("heading", { level: 2 }).allInnerTexts(), ["Algorithms", "System design"]);

    await page.getByRole("link", { name: "the algorithms deck" }).click();
    await mainHeading(page, "Algorithms").waitFor();
    assert.equal(appAddress(page), "c/algorithms/");
    assert.equal(await page.locator("[data-card]").locator("summary").innerText(), "Quicksort: average and worst case?");
    assert.deepEqual(problems, []);

    // English notes: the pages say, before the app starts and where it cannot, what they are in English.
    const html = await (await fetch(server.url)).text();
    assert.match(html, /<html lang="en"/);
    assert.match(html, /<meta name=description content="Algorithms, System design · 2 questions">/);
    const shell = await (await fetch(server.url + "stats/")).text();
    assert.match(shell, /<html lang="en"/);
    assert.match(shell, /<noscript>Foldcards needs JavaScript and WebAssembly to run.<\/noscript>/);
    const manifest = await (await fetch(server.url + "manifest.webmanifest")).json();
    assert.deepEqual([manifest.lang, manifest.description], ["en", "Study your own Markdown notes as flashcards, in the browser."]);
  } finally {
    await browser.close();
    await server.close();
  }
});

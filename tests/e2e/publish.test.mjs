// Publishing someone's notes as the GitHub Action does (action.yml runs
// scripts/build.sh): a notes folder outside this repository, named relative
// to where the build is run, built with a Pages site's address and a title,
// then browsed from that address's sub-path.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addressIs, appReady, launchBrowser, mainHeading, openPage, serveStatic } from "./harness.mjs";

/** The notes published: a folder of tests/fixtures. */
const FIXTURE = "other-notes";

const SITE_URL = "https://example.github.io/notes/";
const BASE_PATH = new URL(SITE_URL).pathname;
const TITLE = "면접 노트";
const NOTES = new URL(`../fixtures/${FIXTURE}/`, import.meta.url).pathname;

/** Each deck's title, its file's `#` heading, in file-name order, as home lists them. */
const DECKS = readdirSync(NOTES)
  .filter((name) => name.endsWith(".md"))
  .sort()
  .map((name) => readFileSync(join(NOTES, name), "utf8").match(/^# (.+)$/m)[1]);

const site = {};

before(() => {
  site.folder = mkdtempSync(join(tmpdir(), "foldcards-publish-"));
  cpSync(NOTES, join(site.folder, "notes"), { recursive: true });
  const build = spawnSync(
    new URL("../../scripts/build.sh", import.meta.url).pathname,
    ["--content", "notes", "--out", "site", "--site-url", SITE_URL, "--title", TITLE],
    { cwd: site.folder, encoding: "utf8" },
  );
  assert.equal(build.status, 0, `the build failed:\n${build.stdout}\n${build.stderr}`);
  site.report = build.stdout;
});

after(() => rmSync(site.folder, { recursive: true, force: true }));

test("the size report gives other notes their first load, with no limit to fail", () => {
  assert.match(site.report, /first load: [\d.]+ KB gzip \(\d+ bytes\), for the notes in \/.+\/notes \(the 270 KB limit is for the default notes\)/);
});

test("the published site lists the notes' decks under its title, and a category shows its questions", async () => {
  const server = await serveStatic(join(site.folder, "site"), BASE_PATH);
  const browser = await launchBrowser();
  try {
    const { page, problems } = await openPage(browser);
    await page.goto(server.url);
    await appReady(page);
    assert.equal(await page.title(), TITLE);
    assert.equal(await page.locator(".brand-name").innerText(), TITLE);
    assert.deepEqual(await page.getByTestId("deck").getByRole("heading", { level: 2 }).allInnerTexts(), DECKS);

    await page.getByTestId("deck").first().getByRole("navigation").getByRole("link").first().click();
    await addressIs(page, /^c\/.+\/$/, BASE_PATH);
    const name = await mainHeading(page).innerText();
    assert.equal(await page.title(), `${name} · ${TITLE}`);
    const questions = await page.locator("[data-card]").locator("summary").allInnerTexts();
    assert.ok(questions.length > 0 && questions.every((question) => question.trim()), `questions: ${questions}`);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test("the pages, sitemap.xml and manifest use the site's address and title", () => {
  const built = (path) => readFileSync(join(site.folder, "site", path), "utf8");
  assert.match(built("index.html"), new RegExp(`<link rel=canonical href="${SITE_URL}">`));
  const addresses = [...built("sitemap.xml").matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => url);
  assert.ok(addresses.includes(SITE_URL), `sitemap: ${addresses}`);
  assert.ok(addresses.some((url) => url.startsWith(`${SITE_URL}c/`)), `sitemap: ${addresses}`);
  assert.ok(addresses.every((url) => url.startsWith(SITE_URL)), `sitemap: ${addresses}`);
  assert.match(built("robots.txt"), new RegExp(`Sitemap: ${SITE_URL}sitemap.xml`));
  assert.equal(JSON.parse(built("manifest.webmanifest")).name, TITLE);
});

// After the first visit the app works with the network gone; a new build
// replaces its own cache and no other app's.

import { test } from "node:test";
import assert from "node:assert/strict";
import { DATABASE, DATABASE_CARDS, DECK } from "./deck.mjs";
import { appReady, buildWithNotes, launchBrowser, launchWithProfile, mainHeading, openPage, serveStatic } from "./harness.mjs";

async function waitForWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const cacheNames = (page) => page.evaluate(() => caches.keys());

test("after one visit, the app and its notes work with the server stopped", async () => {
  const server = await serveStatic();
  const browser = await launchBrowser();
  try {
    const { page, problems } = await openPage(browser);
    await page.goto(server.url);
    await appReady(page);
    await waitForWorker(page);
    await server.close();

    await page.reload();
    await appReady(page);
    assert.equal(await mainHeading(page).innerText(), DECK.title);
    await page.getByRole("link", { name: new RegExp(DATABASE.title) }).click();
    await mainHeading(page, DATABASE.title).waitFor();
    const { question, code } = DATABASE_CARDS.pessimistic;
    const fold = page.locator("[data-card]").filter({ hasText: question });
    await fold.locator("summary").click();
    const shown = await fold.getByRole("code").innerText();
    assert.ok(shown.includes(code), shown);
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names[0]);
      return (await cache.keys()).map((request) => new URL(request.url).pathname.split("/").pop());
    });
    assert.ok(cached.some((name) => name.endsWith(".wasm")), cached.join());
    assert.ok(!cached.includes("embed.js"), "the embed script keeps its name across builds, so it is never precached");
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
  }
});

test("a new build replaces this app's old cache and leaves other apps' caches alone", async () => {
  const other = "target/e2e-offline-update";
  assert.equal(buildWithNotes("tests/fixtures/other-notes", other), null);
  const browser = await launchBrowser();
  let server = await serveStatic();
  try {
    const { page, problems } = await openPage(browser);
    await page.goto(server.url);
    await appReady(page);
    await waitForWorker(page);
    const [first] = await cacheNames(page);
    assert.match(first, /^foldcards:http:\/\/127\.0\.0\.1:\d+\/some\/path\/:[0-9a-f]{12}$/);
    const neighbour = first.replace("/some/path/", "/another/deck/");
    await page.evaluate((name) => caches.open(name), neighbour);

    const port = server.port;
    await server.close();
    server = await serveStatic(other, undefined, { port });
    await page.reload();
    await page.waitForFunction(
      async (old) => {
        const keys = await caches.keys();
        return keys.length === 2 && !keys.includes(old);
      },
      first,
      { polling: 200, timeout: 15_000 },
    );
    const names = await cacheNames(page);
    assert.ok(names.includes(neighbour), `another app's cache survives: ${names}`);
    await page.reload();
    await appReady(page);
    assert.equal(await mainHeading(page).innerText(), "Your notes");
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test("the app is installable: Chromium finds no installability errors", async () => {
  const server = await serveStatic();
  const context = await launchWithProfile();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const problems = [];
    page.on("pageerror", (error) => problems.push(error.message));
    await page.goto(server.url);
    await appReady(page);
    await waitForWorker(page);
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector("link[rel=manifest]");
      return (await fetch(link.href)).json();
    });
    assert.equal(manifest.start_url, "./");
    assert.deepEqual(manifest.icons.map((icon) => icon.sizes), ["192x192", "512x512"]);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    assert.deepEqual(installabilityErrors, []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await server.close();
  }
});

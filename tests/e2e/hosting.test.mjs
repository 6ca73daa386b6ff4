// The release build as static hosts use it: precompressed copies that match
// their files, and an app that works when a host serves those copies.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { DATABASE, DIST } from "./deck.mjs";
import { appReady, launchBrowser, openPage, serveStatic } from "./harness.mjs";

/** The build that ships, of content/: its files are checked, whatever notes it holds. */
const SHIPPED = "dist";

test("every text and wasm file has .gz and .br copies with the same content", () => {
  const files = readdirSync(SHIPPED).filter((name) => /\.(html|js|css|wasm)$/.test(name));
  assert.ok(files.length >= 4, `expected the app's files, found ${files}`);
  for (const name of files) {
    const original = readFileSync(join(SHIPPED, name));
    assert.deepEqual(gunzipSync(readFileSync(join(SHIPPED, `${name}.gz`))), original, `${name}.gz`);
    assert.deepEqual(brotliDecompressSync(readFileSync(join(SHIPPED, `${name}.br`))), original, `${name}.br`);
  }
});

test("the app works when the host serves the precompressed copies", async () => {
  const server = await serveStatic(DIST, "/study/", { precompressed: true });
  const browser = await launchBrowser();
  try {
    const { page, problems } = await openPage(browser);
    const encodings = [];
    page.on("response", (response) => encodings.push(response.headers()["content-encoding"]));
    await page.goto(server.url + DATABASE.address);
    await appReady(page);
    assert.equal(await page.locator("[data-card]").count(), DATABASE.questions);
    // The page (its stylesheet inlined), the JS glue and the wasm.
    assert.ok(encodings.length >= 3 && encodings.every((e) => e === "br"), `served as ${encodings}`);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

// What every end-to-end test needs: a release build served from a sub-path,
// the way a user meets it on a static host, and Debian's Chromium driven by
// playwright-core. Unless told otherwise, the build is that of the tests' own
// notes (deck.mjs), never of the shipped ones.

import { after, before } from "node:test";
import { spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";
import { BUILD_COMMAND, DIST } from "./deck.mjs";

export const BASE_PATH = "/some/path/";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
};

/**
 * Serves `root` at `basePath` on a free loopback port, as a static host
 * does: a folder's address serves its `index.html`, and an unknown address
 * the site's `404.html` (status 404) when it has one; anything outside
 * `basePath` is a bare 404.
 * With `precompressed`, answers with a file's `.br` or `.gz` copy when the
 * browser accepts it, as hosts with precompression do; `precompressed: "gzip"`
 * answers with the `.gz` copy only, as GitHub Pages does. With `cors`, lets
 * pages of any origin load the files, as an embed on another site needs.
 */
export async function serveStatic(root = DIST, basePath = BASE_PATH, { precompressed = false, port = 0, cors = false } = {}) {
  if (root === DIST && !existsSync(join(DIST, "index.html"))) {
    throw new Error(`No build of the tests' notes in ${DIST}: scripts/test.sh makes it, or run ${BUILD_COMMAND}`);
  }
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    if (!path.startsWith(basePath)) {
      response.writeHead(404).end("not under the base path");
      return;
    }
    const relative = normalize(path.slice(basePath.length).replace(/(^|\/)$/, "$1index.html"));
    if (relative.startsWith("..")) {
      response.writeHead(403).end();
      return;
    }
    const headers = { "content-type": TYPES[extname(relative)] ?? "application/octet-stream" };
    if (cors) headers["access-control-allow-origin"] = "*";
    const accepted = request.headers["accept-encoding"] ?? "";
    const offered = precompressed === "gzip" ? [["gzip", ".gz"]] : [["br", ".br"], ["gzip", ".gz"]];
    const encodings = precompressed ? offered.filter(([name]) => accepted.includes(name)) : [];
    for (const [encoding, suffix] of encodings) {
      try {
        const body = await readFile(join(root, relative + suffix));
        response.writeHead(200, { ...headers, "content-encoding": encoding });
        response.end(body);
        return;
      } catch {
        // no copy in this encoding: try the next, then the file itself
      }
    }
    try {
      const body = await readFile(join(root, relative));
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      try {
        const page = await readFile(join(root, "404.html"));
        response.writeHead(404, { "content-type": TYPES[".html"] }).end(page);
      } catch {
        response.writeHead(404).end("not found");
      }
    }
  });
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}${basePath}`,
    port: server.address().port,
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}

/**
 * A blog on another site embedding the app: serves the release build in
 * `root` at the base path with CORS, as an embed needs, and on another port
 * the `pages` (`{ name: html }`) that `pages(appUrl)` writes. `close()` stops both.
 */
export async function serveBlog(pages, root = DIST) {
  const app = await serveStatic(root, BASE_PATH, { cors: true });
  const folder = await mkdtemp(join(tmpdir(), "foldcards-blog-"));
  for (const [name, html] of Object.entries(pages(app.url))) await writeFile(join(folder, name), html);
  const blog = await serveStatic(folder, "/");
  return {
    app,
    url: blog.url,
    close: async () => {
      await blog.close();
      await app.close();
    },
  };
}

const CHROMIUM = {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

export async function launchBrowser() {
  return chromium.launch(CHROMIUM);
}

/**
 * The app speaks the notes' language until the user chooses one: Korean for
 * the tests' notes. Most tests read its English, so their pages start with
 * English chosen, as a user would choose it (unless a test chose already);
 * `uiLang: null` meets the app as a new visitor does.
 */
async function chooseLanguage(context, uiLang) {
  if (!uiLang) return;
  await context.addInitScript((lang) => {
    try {
      if (!localStorage.getItem("foldcards:lang")) localStorage.setItem("foldcards:lang", lang);
    } catch {
      // storage blocked: the app cannot keep a choice either
    }
  }, uiLang);
}

/** A browser with a real (not incognito) profile in a fresh folder, for what incognito forbids. */
export async function launchWithProfile({ uiLang = "en" } = {}) {
  const folder = await mkdtemp(join(tmpdir(), "foldcards-profile-"));
  const context = await chromium.launchPersistentContext(folder, CHROMIUM);
  await chooseLanguage(context, uiLang);
  return context;
}

/**
 * A fresh page that fails the test on any console error, page error or failed
 * request, so that a broken asset path or a panic never passes silently.
 */
export async function openPage(browser, { uiLang = "en", ...options } = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, ...options });
  await chooseLanguage(context, uiLang);
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, context, problems };
}

/**
 * The screen's heading: the level-1 heading in the page's main landmark that
 * shows (search results keep the screen they cover, and its heading,
 * hidden); with `name`, only when it reads exactly that (or matches it).
 */
export function mainHeading(scope, name) {
  const named = name === undefined ? {} : { name, exact: true };
  return scope.getByRole("main").getByRole("heading", { level: 1, ...named }).filter({ visible: true });
}

/**
 * Waits until the app has started (Trunk's loader sets `wasmBindings` once
 * the app is mounted) and shows a screen: a page the build rendered shows
 * its screen before, and the app takes it over.
 */
export async function appReady(page) {
  await page.waitForFunction(() => window.wasmBindings !== undefined);
  await mainHeading(page).first().waitFor();
}

/**
 * The page's address relative to the site's root (`BASE_PATH`), decoded, as
 * a user reads it: "" for home, `c/<category>/`, `quiz/?c=…&n=5&seed=…`. A
 * URL hash stays on its end, so an older `#/…` address the app has not
 * rewritten shows.
 */
export function appAddress(page, basePath = BASE_PATH) {
  const url = new URL(page.url());
  return decodeURIComponent(url.pathname.slice(basePath.length) + url.search + url.hash);
}

/**
 * Waits until the page's address (as `appAddress` reads it) is `expected`,
 * or matches it when it is a RegExp: the app writes some addresses a frame
 * after showing their screen.
 */
export async function addressIs(page, expected, basePath = BASE_PATH) {
  const pattern = expected instanceof RegExp ? [expected.source, expected.flags] : null;
  try {
    await page.waitForFunction(
      ([expected, pattern, basePath]) => {
        const address = decodeURIComponent(location.pathname.slice(basePath.length) + location.search + location.hash);
        return pattern ? new RegExp(...pattern).test(address) : address === expected;
      },
      [pattern ? null : expected, pattern, basePath],
      { timeout: 10_000 },
    );
  } catch (error) {
    throw new Error(`the address stayed ${JSON.stringify(appAddress(page, basePath))}, not ${expected}`, { cause: error });
  }
}

/**
 * `problems` less what a static host's answers to the unknown address `url`
 * bring, each time it was loaded: the page's 404 status, and the console's
 * note of it. Whatever else went wrong (the app's files not found from that
 * page, say) stays.
 */
export function besidesNotFound(problems, url) {
  const status = `HTTP 404: ${new URL(url).href}`;
  let notes = problems.filter((problem) => problem === status).length;
  return problems.filter((problem) => {
    if (problem === status) return false;
    if (problem === `console error: ${NOT_FOUND_NOTE}` && notes > 0) {
      notes -= 1;
      return false;
    }
    return true;
  });
}
const NOT_FOUND_NOTE = "Failed to load resource: the server responded with a status of 404 (Not Found)";

/**
 * For a test file: serves the release build (in `root`, after `build()` when
 * given) and launches Chromium before its tests, and stops both after them.
 * `app.open(address)` opens a fresh page at a screen's address, relative to
 * the site's root (`c/<category>/`, `stats/`; home by default), once the app
 * shows it; `app.url(address)` is that address's URL.
 */
export function servedApp({ root = DIST, build } = {}) {
  const app = {
    url(address = "") {
      return app.server.url + address;
    },
    async open(address = "", options = {}) {
      const session = await openPage(app.browser, options);
      await session.page.goto(app.url(address));
      await appReady(session.page);
      return session;
    },
  };
  before(async () => {
    if (build) build();
    app.server = await serveStatic(root);
    app.browser = await launchBrowser();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

const AXE_SOURCE = await import("node:fs/promises").then((fs) =>
  fs.readFile(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8"),
);

/** The axe-core violations on the page as it is now, as "rule: target" lines. */
export async function axeViolations(page) {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations);
  return violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(" ")} (${v.help})`));
}

/** Builds the release app from another notes folder into `dist`; returns the build's stderr on failure. */
/**
 * Holds the app's wasm back until `release()`: the page as a reader sees it
 * before the app arrives. (In a context whose service worker is blocked: a
 * worker answering from its cache is out of the test's reach.)
 */
export async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route(/_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

export function buildWithNotes(folder, dist) {
  const build = spawnSync("trunk", ["build", "--release", "--dist", dist], {
    env: { ...process.env, FOLDCARDS_CONTENT: folder },
    encoding: "utf8",
  });
  return build.status === 0 ? null : build.stderr;
}

/**
 * The tally on the summary screen: { again, hard, good, easy, skipped }, read
 * from its items, each a count and what it counts ("1 Again", "1 다시").
 */
const TALLIED = {
  Again: "again", Hard: "hard", Good: "good", Easy: "easy", Skipped: "skipped", "Not asked": "unanswered",
  다시: "again", 어려움: "hard", 좋음: "good", 쉬움: "easy", 건너뜀: "skipped", 남음: "unanswered",
};
const TALLY_ITEM = new RegExp(`^(\\d+) (${Object.keys(TALLIED).join("|")})$`);
export async function tally(page) {
  const items = page.getByRole("listitem").filter({ hasText: TALLY_ITEM });
  await items.first().waitFor();
  const entries = (await items.allTextContents()).map((text) => {
    const [, count, label] = text.trim().replace(/\s+/g, " ").match(TALLY_ITEM);
    return [TALLIED[label], Number(count)];
  });
  return Object.fromEntries(entries);
}

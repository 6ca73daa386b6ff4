// Start-up as a user feels it: over fresh loads of a release build in
// headless Chromium (fresh profile, no service worker, served from a sub-path
// on localhost), the median of each figure, from navigation start:
//
//   first content   a category's address → its first card's question painted
//   first question  a quiz's address (any category, then one category's) →
//                   its question (`data-testid="question"`) painted
//   interactive     a quiz's address → the first grade recorded and shown: the
//                   page shows the answer as soon as the question is painted,
//                   grades it Good as soon as the grades are painted, and the
//                   figure is when the next question is painted
//
// "Painted" is the frame that first shows the element, as the browser reports
// it (Element Timing's renderTime: when that frame was presented), so no task
// queued behind the frame is counted. Figures only: the script never fails on
// a time.
//
// With --compare-quizdown, the same first-question figure for quizdown-js (npm
// `quizdown`, installed on demand under target/bench/quizdown) given the same
// questions as the notes, then the targets as ratios: first content
// ≤ 0.5 × quizdown's first question; first question ≤ 0.75 × quizdown's.
// quizdown renders on the page's load event, shows a spinner for 800 ms, then
// fades its first question in over 400 ms: its figure is the first frame that
// holds the question (at the start of the fade).
//
// With --slow, the files are served gzip-compressed, as GitHub Pages serves
// them, over an emulated slow mobile link: 1.6 Mbit/s down, 750 kbit/s up,
// 150 ms latency (Chromium's network emulation).
//
//   node scripts/startup-bench.mjs [--runs 10] [--slow] [--no-build] [--dist dist]
//        [--addresses hash|path] [--category ID] [--compare-quizdown]

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { launchBrowser, serveStatic } from "../tests/e2e/harness.mjs";

/**
 * What "the first card" of a category page is: the first element matching
 * the first of these selectors that matches anything. Today a card is
 * `<details class="fold" data-card=…><summary class="fold-question">`; a plain
 * `main summary` would find the Embed button's fold first.
 */
const FIRST_CARD = ["[data-testid=card-title]", "main .card-title", "main [data-card] > summary"];
/** The question of a quiz, and where it says which question it is. */
const QUESTION = "[data-testid=question]";
const POSITION = "[data-testid=quiz-position]";
/** The buttons the interactive figure presses, by their names in English or Korean. */
const BUTTONS = {
  reveal: /^(Show answer|답 보기)( |$)/,
  check: /^(Check|정답 확인)( |$)/,
  good: /^(Good|좋음) 3$/,
};
/** quizdown's question, inside the shadow root it renders into. */
const QUIZDOWN_QUESTION = ".quizdown-content h3";
const QUIZDOWN_VERSION = "0.4.1";
const QUIZDOWN_DIR = "target/bench/quizdown";

/**
 * The two forms of the app's addresses: a screen's own (a page of the built
 * site, relative to its root), and the older one in the URL hash, which the
 * app still reads (and builds before prerendering had only). `--addresses`
 * picks one.
 */
const ADDRESSES = {
  path: { category: (id) => `c/${id}/`, quiz: (query) => `quiz/?${query}` },
  hash: { category: (id) => `#/c/${id}`, quiz: (query) => `#/quiz?${query}` },
};
const DEFAULT_ADDRESSES = "path";

/** The slow mobile link --slow emulates, in Chromium's units (bytes a second). */
const SLOW_LINK = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
/** How long one load may take before the script gives up on it. */
const LOAD_TIMEOUT = 60_000;

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "10" },
    slow: { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
    dist: { type: "string", default: "dist" },
    addresses: { type: "string", default: DEFAULT_ADDRESSES },
    category: { type: "string" },
    "compare-quizdown": { type: "boolean", default: false },
  },
});
const addresses = ADDRESSES[values.addresses];
if (!addresses) throw new Error(`--addresses is one of: ${Object.keys(ADDRESSES).join(", ")}`);

if (!values["no-build"]) {
  execFileSync("trunk", ["build", "--release", "--dist", values.dist], { stdio: ["ignore", "ignore", "inherit"] });
}

// ---------------------------------------------------------------------------
// In the page: marks elements as they enter the document and records when
// they are painted; on a quiz, answers and grades the first question.

/**
 * Runs in every page before its own scripts. `watch` lists `{ name, selectors }`:
 * the first element matching one of `selectors` (tried in order, in the
 * document and in any shadow root) is marked for Element Timing as `name`,
 * with everything inside it (the browser reports text under the nearest
 * block, which may be a child). `window.__bench.inserted[name]` is when it
 * entered the document, `painted[name]` when it was first painted, in ms from
 * navigation start. With `drive`, acts as a user who is never slow.
 *
 * Element Timing misses two cases, where `painted[name]` is instead the frame
 * that first held the element, timed by a dot marked in its stead and added
 * in the same task (so painted in the same frame): an element in a shadow
 * root, which it never reports, and an element removed before its paint was
 * reported (a prerendered page that the app replaces as it starts).
 */
function instrument({ watch, drive }) {
  const bench = (window.__bench = { inserted: {}, painted: {} });
  const roots = [document];
  const find = (selectors) => {
    for (const selector of selectors) {
      for (const root of roots) {
        const found = root.querySelector(selector);
        if (found) return found;
      }
    }
    return null;
  };
  const reported = {}; // name → Element Timing's time for the element itself
  const framed = {}; // name → the time of the frame that first held it
  const marked = {}; // name → the element
  const settle = (name) => {
    const inShadow = marked[name] && marked[name].getRootNode() !== document;
    const removed = marked[name] && !marked[name].isConnected;
    const time = reported[name] ?? ((inShadow || removed) && framed[name]);
    if (time !== undefined && time !== false) bench.painted[name] = time;
  };
  const mark = (element, name) => {
    if (!element.isConnected) return;
    bench.inserted[name] ??= performance.now();
    if (name in marked) {
      for (const each of [element, ...element.querySelectorAll("*")]) each.setAttribute("elementtiming", name);
      return;
    }
    marked[name] = element;
    for (const each of [element, ...element.querySelectorAll("*")]) each.setAttribute("elementtiming", name);
    const dot = document.createElement("span");
    dot.textContent = "·";
    dot.style.cssText = "position:fixed;left:0;bottom:0";
    dot.setAttribute("elementtiming", `${name}:frame`);
    document.body.append(dot);
  };
  const watched = [...watch];

  // The user's steps on a quiz: show the answer once the question shows,
  // grade Good once the grades show (the check first on a choice card), then
  // wait for the position to advance. A press that does nothing (a button
  // shown before the app runs) is pressed again 50 ms later. Every element
  // that enters the page once Good is pressed is marked "next", so that
  // painted.next is the first frame showing the grade's effect (the app
  // rewrites the question element in place, which Element Timing does not
  // report again, but the next question's Show answer button is new).
  let stage = "question";
  let positionBefore = null;
  let pressed = null;
  let pressedAt = -Infinity;
  let gradePressed = false;
  const button = (pattern) =>
    [...document.querySelectorAll("button")].find((each) =>
      pattern.test(each.getAttribute("aria-label") ?? each.textContent.trim().replace(/\s+/g, " ")),
    );
  const press = (element) => {
    if (!element || (element === pressed && performance.now() - pressedAt < 50)) return;
    pressed = element;
    pressedAt = performance.now();
    element.click();
  };
  const patterns = drive && Object.fromEntries(Object.entries(drive.buttons).map(([key, source]) => [key, new RegExp(source)]));
  const act = () => {
    if (stage === "question" && bench.painted.question !== undefined) {
      positionBefore = document.querySelector(drive.position)?.textContent;
      stage = "reveal";
    }
    if (stage === "reveal") {
      const good = button(patterns.good);
      if (good) {
        mark(good, "grades");
        stage = "grade";
      } else {
        const firstOption = document.querySelector("[role=group] button[aria-pressed=false]");
        press(button(patterns.reveal) ?? (button(patterns.check) || firstOption));
      }
    } else if (stage === "grade" && bench.painted.grades !== undefined) {
      if (document.querySelector(drive.position)?.textContent !== positionBefore) {
        stage = "done";
        bench.inserted.graded = performance.now();
      } else {
        gradePressed = true;
        press(button(patterns.good));
      }
    }
  };

  const step = () => {
    for (let at = watched.length - 1; at >= 0; at--) {
      const found = find(watched[at].selectors);
      if (found) {
        mark(found, watched[at].name);
        watched.splice(at, 1);
      }
    }
    for (const name in marked) settle(name);
    if (drive) act();
  };
  new PerformanceObserver((entries) => {
    for (const entry of entries.getEntries()) {
      const [name, frame] = entry.identifier.split(":");
      const times = frame ? framed : reported;
      times[name] = Math.min(times[name] ?? Infinity, entry.renderTime || entry.loadTime);
    }
    step();
  }).observe({ type: "element", buffered: true });
  const observer = new MutationObserver((records) => {
    if (stage === "grade" && gradePressed) {
      for (const record of records) {
        for (const added of record.addedNodes) if (added.nodeType === Node.ELEMENT_NODE) mark(added, "next");
      }
    }
    step();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  // quizdown renders into a shadow root: watch those too.
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    roots.push(root);
    observer.observe(root, { childList: true, subtree: true });
    return root;
  };
  if (drive) setInterval(step, 50);
}

/**
 * One fresh load of `url`: a new browser context (empty cache and storage, no
 * service worker), on the slow link with --slow. Waits until every name in
 * `painted` has been painted; returns what `instrument` recorded.
 */
async function load(browser, url, { watch, drive = null, painted }) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    if (values.slow) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.emulateNetworkConditions", SLOW_LINK);
    }
    await page.addInitScript(instrument, { watch, drive });
    await page.goto(url, { waitUntil: "commit" });
    try {
      const allPainted = (names) => names.every((name) => window.__bench?.painted[name] !== undefined);
      await page.waitForFunction(allPainted, painted, { timeout: LOAD_TIMEOUT });
    } catch (error) {
      const seen = JSON.stringify(await page.evaluate(() => window.__bench).catch(() => null));
      const waited = `waited ${LOAD_TIMEOUT / 1000} s for ${painted.join(", ")} to be painted`;
      throw new Error(`${url}: ${waited}; recorded: ${seen}`, { cause: error });
    }
    return await page.evaluate(() => window.__bench);
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------
// The measurements, one load each.

/**
 * A measurement of one element: an address → the first element matching
 * one of `selectors` painted.
 */
const painting = (selectors) => async (browser, url) => {
  const bench = await load(browser, url, { watch: [{ name: "shown", selectors }], painted: ["shown"] });
  return { inserted: bench.inserted.shown, painted: bench.painted.shown };
};

/** First content: a category's address → its first card's question painted. */
const firstContent = painting(FIRST_CARD);

/** First question: a quiz's address → its question painted. */
const firstQuestion = painting([QUESTION]);

/** Interactive: a quiz's address → the first grade recorded, and the next question painted. */
async function interactive(browser, url) {
  const watch = [{ name: "question", selectors: [QUESTION] }];
  // Into the page as text: patterns are passed as their sources.
  const buttons = Object.fromEntries(Object.entries(BUTTONS).map(([key, pattern]) => [key, pattern.source]));
  const drive = { position: POSITION, buttons };
  const bench = await load(browser, url, { watch, drive, painted: ["question", "grades", "next"] });
  return { inserted: bench.inserted.graded, painted: bench.painted.next };
}

/** quizdown's first question: its page's address → its first question painted. */
const quizdownFirstQuestion = painting([QUIZDOWN_QUESTION]);

// ---------------------------------------------------------------------------
// What to load.

/**
 * The category the figures are about: --category, else the first link on
 * home to a category below a deck, else the first link to any category. (A
 * deck's own page, home's first link, lists its sections first, which push
 * its first card below the fold of the 1280×720 window: painted, but not seen.)
 */
async function pickCategory(browser, appUrl) {
  if (values.category) return values.category;
  const context = await browser.newContext({ serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    await page.goto(appUrl);
    const ids = await page.waitForFunction(
      (base) => {
        const ids = [...document.querySelectorAll("main a[href]")].flatMap(({ href }) => {
          const hash = href.match(/#\/c\/([^?#]+)/);
          if (hash) return [decodeURIComponent(hash[1])];
          const path = href.split(/[?#]/)[0];
          return path.startsWith(`${base}c/`) ? [decodeURIComponent(path.slice(base.length + 2)).replace(/\/$/, "")] : [];
        });
        return ids.length > 0 && ids;
      },
      appUrl,
      { timeout: LOAD_TIMEOUT },
    );
    const found = await ids.jsonValue();
    return found.find((id) => id.includes("/")) ?? found[0];
  } finally {
    await context.close();
  }
}

/**
 * Fails early, and says why, when an address of the path form is not served.
 * The site's own 404 page passes, with a note: GitHub Pages answers unknown
 * paths with it, and an app may start from there.
 */
async function checkServed(url) {
  const response = await fetch(url);
  if (response.ok) return;
  if (response.headers.get("content-type")?.startsWith("text/html")) {
    console.error(`note: ${url} is served by the site's ${response.status} page`);
    return;
  }
  throw new Error(
    `${url} answers ${response.status}: does ${values.dist} hold this page, and does serveStatic (tests/e2e/harness.mjs) serve a folder's index.html?`,
  );
}

// ---------------------------------------------------------------------------
// quizdown, given the same questions.

/**
 * The notes' questions as quizdown markdown. Each `<details><summary>Q</summary>A</details>`
 * fold of the notes is one single-choice question: `### Q`, then three
 * options, `1. [x] A` and `1. [ ] …` twice, the wrong ones being the answers
 * of the two folds after it. quizdown options are one line, so an answer is
 * its first line of text (tags, list marks and code fences dropped, at most
 * 120 characters). The text goes into the page's HTML escaped, since quizdown
 * reads the markdown back as the div's innerHTML. Nested folds and questions
 * taken from above a fold are not treated as the app treats them: this is a
 * page of the same size and language, not the same quiz.
 */
function quizdownMarkdown(contentDir) {
  const files = readdirSync(contentDir, { recursive: true })
    .filter((name) => name.endsWith(".md"))
    .sort();
  const folds = [];
  const plain = (html) => html.replace(/<[^>]*>/g, "").replace(/\s+/g, " ").trim();
  for (const file of files) {
    const text = readFileSync(join(contentDir, file), "utf8").replace(/<!--[\s\S]*?-->/g, "");
    for (const [, summary, answer] of text.matchAll(/<details\b[^>]*>\s*<summary\b[^>]*>([\s\S]*?)<\/summary>([\s\S]*?)<\/details>/gi)) {
      const line = answer
        .split("\n")
        .filter((each) => !/^\s*(```|~~~)/.test(each) && !/^\s*([-*_]\s*){3,}$/.test(each))
        .map((each) => plain(each.replace(/^\s*([-*+]|\d+[.)])\s+/, "")))
        .find((each) => each !== "");
      folds.push({ question: plain(summary), answer: (line ?? "—").slice(0, 120) });
    }
  }
  const questions = folds.map(({ question, answer }, at) => {
    const wrong = [1, 2].map((step) => folds[(at + step) % folds.length].answer);
    return [`### ${question}`, "", `1. [x] ${answer}`, ...wrong.map((each) => `1. [ ] ${each}`)].join("\n");
  });
  return { count: folds.length, markdown: ["---\nshuffleQuestions: true\n---", ...questions].join("\n\n") };
}

/**
 * Installs quizdown (pinned) under target/bench/quizdown unless it is there,
 * and writes a page of the notes' questions beside it, with `.gz` copies of
 * its files for --slow. Returns the page's folder and how many questions it asks.
 */
function quizdownSite() {
  const installed = join(QUIZDOWN_DIR, "node_modules", "quizdown");
  const version = existsSync(join(installed, "package.json")) && JSON.parse(readFileSync(join(installed, "package.json"), "utf8")).version;
  if (version !== QUIZDOWN_VERSION) {
    mkdirSync(QUIZDOWN_DIR, { recursive: true });
    execFileSync("npm", ["install", "--prefix", QUIZDOWN_DIR, `quizdown@${QUIZDOWN_VERSION}`, "--no-audit", "--no-fund", "--ignore-scripts"], {
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  const { count, markdown } = quizdownMarkdown(process.env.FOLDCARDS_CONTENT ?? "content");
  const escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const html = `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>quizdown</title>
<link rel="icon" href="data:,">
<script src="./quizdown.js"></script>
<script>quizdown.init();</script>
</head>
<body>
<div class="quizdown">
${escape(markdown)}
</div>
</body>
</html>
`;
  const site = join(QUIZDOWN_DIR, "site");
  mkdirSync(site, { recursive: true });
  const files = { "index.html": html, "quizdown.js": readFileSync(join(installed, "public", "build", "quizdown.js")) };
  for (const [name, body] of Object.entries(files)) {
    writeFileSync(join(site, name), body);
    writeFileSync(join(site, `${name}.gz`), gzipSync(body, { level: 9 }));
  }
  return { site, count };
}

// ---------------------------------------------------------------------------
// The runs: every measurement once a run, in turn, so that whatever else the
// machine does falls on all of them alike.

const precompressed = values.slow && "gzip";
const app = await serveStatic(values.dist, undefined, { precompressed });
const quizdown = values["compare-quizdown"] ? quizdownSite() : null;
const quizdownServer = quizdown && (await serveStatic(quizdown.site, undefined, { precompressed }));
const browser = await launchBrowser();
const rows = [];
try {
  const category = await pickCategory(browser, app.url);
  rows.push(
    { figure: "first content", address: addresses.category(category), measure: firstContent },
    { figure: "first question", address: addresses.quiz("n=10"), measure: firstQuestion },
    { figure: "first question", address: addresses.quiz(`c=${category}&n=10`), measure: firstQuestion },
    { figure: "interactive", address: addresses.quiz("n=10"), measure: interactive },
  );
  for (const row of rows) {
    row.url = app.url + row.address;
    if (values.addresses === "path") await checkServed(row.url);
  }
  if (quizdown) {
    const address = `quizdown ${QUIZDOWN_VERSION}, ${quizdown.count} questions`;
    rows.push({ figure: "first question", address, url: quizdownServer.url, measure: quizdownFirstQuestion, quizdown: true });
  }
  for (const row of rows) row.samples = [];
  for (let run = 0; run < Number(values.runs); run++) {
    for (const row of rows) row.samples.push(await row.measure(browser, row.url));
  }
} finally {
  await browser.close();
  await app.close();
  await quizdownServer?.close();
}

// ---------------------------------------------------------------------------
// The figures.

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${Math.round(value).toLocaleString("en")} ms`;
const link = values.slow ? "a slow mobile link (1.6 Mbit/s, 150 ms, gzip)" : "localhost";
console.log(`${values.dist}, ${values.runs} fresh loads each on ${link}, navigation start → painted:`);
const line = (figure, address, painted, spread, inserted) =>
  console.log(`  ${figure.padEnd(15)} ${address.padEnd(48)} ${painted.padStart(9)}   ${spread.padEnd(21)} ${inserted}`);
line("figure", "address", "median", "min … max", "in the document");
for (const row of rows) {
  const painted = row.samples.map((sample) => sample.painted);
  row.median = median(painted);
  const spread = `${ms(Math.min(...painted))} … ${ms(Math.max(...painted))}`;
  line(row.figure, row.address, ms(row.median), spread, ms(median(row.samples.map((sample) => sample.inserted))));
}
const quizdownRow = rows.find((row) => row.quizdown);
if (quizdownRow) {
  console.log("  (quizdown waits for the load event, then shows a spinner for 800 ms before its first question)");
  console.log(`targets, against quizdown's first question (${ms(quizdownRow.median)}):`);
  const targets = { "first content": 0.5, "first question": 0.75 };
  for (const row of rows.filter((row) => !row.quizdown && row.figure in targets)) {
    const ratio = row.median / quizdownRow.median;
    const label = `${row.figure} ${row.address}`;
    console.log(`  ${label.padEnd(64)} ${ratio.toFixed(2)} × quizdown's (target ≤ ${targets[row.figure]})`);
  }
}

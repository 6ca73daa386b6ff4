// Time to the first question, as a user feels it: navigation start to the
// frame that first shows the quiz question (`data-testid="question"`), as
// the browser reports it (Element Timing's renderTime: when that frame was
// presented), over fresh loads of the release build in headless Chromium
// (fresh profile, no service worker, served from a sub-path on localhost).
// Prints the median and the spread, and when the question entered the
// document; never fails on the figure. (A requestAnimationFrame then a task,
// as this script first measured it, also counted whatever task the app had
// queued before it, such as building the search index.)
//
// With --slow, the files are served gzip-compressed, as GitHub Pages serves
// them, over an emulated slow mobile link: 1.6 Mbit/s down, 750 kbit/s up,
// 150 ms latency (Chromium's network emulation).
//
//   node scripts/startup-bench.mjs [--runs 10] [--hash '#/quiz?n=10&seed=1'] [--slow] [--no-build]

import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { launchBrowser, serveStatic } from "../tests/e2e/harness.mjs";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "10" },
    hash: { type: "string", default: "#/quiz?n=10&seed=1" },
    slow: { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
  },
});

if (!values["no-build"]) {
  execFileSync("trunk", ["build", "--release"], { stdio: ["ignore", "ignore", "inherit"] });
}

/** The slow mobile link --slow emulates, in Chromium's units (bytes a second). */
const SLOW_LINK = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

// The release build of the default notes, as build.sh and the size report make it.
const server = await serveStatic("dist", undefined, { precompressed: values.slow && "gzip" });
const browser = await launchBrowser();
const samples = [];
try {
  for (let run = 0; run < Number(values.runs); run++) {
    const context = await browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    if (values.slow) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.emulateNetworkConditions", SLOW_LINK);
    }
    // Marks when the question enters the document, and has it reported when
    // it is painted, relative to navigation start.
    await page.addInitScript(() => {
      new PerformanceObserver((entries) => {
        for (const entry of entries.getEntries()) {
          if (entry.identifier === "question") window.__painted = entry.renderTime;
        }
      }).observe({ type: "element", buffered: true });
      new MutationObserver((_, observer) => {
        const question = document.querySelector("[data-testid=question]");
        if (question) {
          question.setAttribute("elementtiming", "question");
          window.__inserted = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(server.url + values.hash);
    await page.waitForFunction(() => window.__painted !== undefined);
    samples.push(
      await page.evaluate(() => ({
        painted: window.__painted,
        inserted: window.__inserted,
        filesArrived: Math.max(...performance.getEntriesByType("resource").map((entry) => entry.responseEnd)),
      })),
    );
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${value.toFixed(0)} ms`;
const painted = samples.map((sample) => sample.painted);
const link = values.slow ? "a slow mobile link, gzip" : "localhost";
console.log(`${values.hash}, ${samples.length} fresh loads on ${link}, medians:`);
console.log(`  files arrived                ${ms(median(samples.map((s) => s.filesArrived)))}`);
console.log(`  question in the document     ${ms(median(samples.map((s) => s.inserted)))}`);
console.log(`  question painted (min … max) ${ms(Math.min(...painted))} … ${ms(Math.max(...painted))}`);
console.log(`navigation → first question: ${ms(median(painted))} median`);

// Time to the first question, as a user feels it: navigation start to the
// first quiz question on screen, over fresh loads of the release build in
// headless Chromium (fresh profile, no service worker, served from a
// sub-path on localhost). Prints the median and the spread; never fails on
// the figure.
//
//   node scripts/startup-bench.mjs [--runs 10] [--hash '#/quiz?n=10&seed=1'] [--no-build]

import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { launchBrowser, serveStatic } from "../tests/e2e/harness.mjs";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "10" },
    hash: { type: "string", default: "#/quiz?n=10&seed=1" },
    "no-build": { type: "boolean", default: false },
  },
});

if (!values["no-build"]) {
  execFileSync("trunk", ["build", "--release"], { stdio: ["ignore", "ignore", "inherit"] });
}

const server = await serveStatic();
const browser = await launchBrowser();
const samples = [];
try {
  for (let run = 0; run < Number(values.runs); run++) {
    const context = await browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    // Marks the moment the question is in the document, relative to navigation start.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector("[data-testid=question]")) {
          window.__question = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(server.url + values.hash);
    await page.waitForFunction(() => window.__question !== undefined);
    samples.push(
      await page.evaluate(() => {
        const resources = performance.getEntriesByType("resource");
        const wasm = resources.find((entry) => entry.name.endsWith(".wasm"));
        return {
          question: window.__question,
          filesArrived: Math.max(...resources.map((entry) => entry.responseEnd)),
          wasmArrived: wasm?.responseEnd ?? NaN,
        };
      }),
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
const questions = samples.map((sample) => sample.question);
console.log(`${values.hash}, ${samples.length} fresh loads:`);
console.log(`  files arrived (median)      ${ms(median(samples.map((s) => s.filesArrived)))}`);
console.log(`  first question (min … max)  ${ms(Math.min(...questions))} … ${ms(Math.max(...questions))}`);
console.log(`navigation → first question: ${ms(median(questions))} median`);

import { launchBrowser, serveStatic } from "./harness.mjs";
import { readFileSync } from "node:fs";
const server = await serveStatic(process.argv[2]);
const browser = await launchBrowser();
const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 1024, height: 800 } });
const page = await context.newPage();
for (let run = 0; run < 3; run++) {
  await page.goto(server.url + "#/");
  await page.waitForSelector("#main h1");
  await page.waitForTimeout(1500);
  await page.locator("#search").focus();
  const path = `/tmp/trace/k${run}.json`;
  await browser.startTracing(page, { path, categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing", "v8.execute"] });
  await page.evaluate(() => performance.mark("key"));
  await page.keyboard.type(process.argv[3] ?? "트");
  await page.waitForTimeout(300);
  await browser.stopTracing();
  const events = JSON.parse(readFileSync(path, "utf8")).traceEvents;
  const threads = {};
  for (const e of events) if (e.ph === "M" && e.name === "thread_name") threads[e.pid + ":" + e.tid] = e.args.name;
  const mark = events.find((e) => e.name === "key");
  const main = events.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === "X" && e.dur > 300 && e.ts > mark.ts);
  console.log("run", run);
  for (const e of main.sort((a, b) => a.ts - b.ts)) {
    if (/RunTask|ThreadController/.test(e.name)) continue;
    const at = (e.ts - mark.ts) / 1000;
    if (at > 60) break;
    console.log(`  ${at.toFixed(1).padStart(6)} +${(e.dur / 1000).toFixed(1).padStart(5)} ${e.name} ${e.args?.data?.type ?? ""}`);
  }
}
await browser.close(); await server.close();

import { launchBrowser, serveStatic } from "./harness.mjs";
import { readFileSync } from "node:fs";
const server = await serveStatic();
const browser = await launchBrowser();
const runs = Number(process.argv[2] ?? 3);
for (let run = 0; run < runs; run++) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.addInitScript(() => {
    new PerformanceObserver((entries) => {
      for (const entry of entries.getEntries()) if (entry.identifier === "question") window.__painted = entry.renderTime;
    }).observe({ type: "element", buffered: true });
    new MutationObserver((_, observer) => {
      const question = document.querySelector("[data-testid=question]");
      if (question) { question.setAttribute("elementtiming", "question"); window.__inserted = performance.now(); observer.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  });
  const path = `/tmp/trace/t${run}.json`;
  await browser.startTracing(page, { path, categories: ["*", "disabled-by-default-devtools.timeline", "fonts", "disabled-by-default-fonts", "blink.user_timing"] });
  await page.goto(server.url + "#/quiz?n=10&seed=1");
  await page.waitForFunction(() => window.__painted !== undefined);
  const t = await page.evaluate(() => ({ p: window.__painted, i: window.__inserted, o: performance.timeOrigin }));
  await page.waitForTimeout(300);
  await browser.stopTracing();
  const trace = JSON.parse(readFileSync(path, "utf8"));
  const events = trace.traceEvents ?? trace;
  const threads = {};
  for (const e of events) if (e.ph === "M" && e.name === "thread_name") threads[e.pid + ":" + e.tid] = e.args.name;
  // navigationStart in trace time
  const nav = events.find((e) => e.name === "navigationStart" && e.args?.data?.isLoadingMainFrame && e.args?.data?.documentLoaderURL?.startsWith("http"));
  const t0 = nav?.ts;
  console.log(`run ${run}: inserted ${t.i.toFixed(0)} painted ${t.p.toFixed(0)}`);
  const main = events.filter((e) => threads[e.pid + ":" + e.tid] === "CrRendererMain" && e.ph === "X" && e.dur > 1000 && (e.ts - t0) / 1000 < t.p + 5);
  // print top-level-ish events (>1ms) in order
  for (const e of main.sort((a, b) => a.ts - b.ts)) {
    if (["RunTask", "ThreadControllerImpl::RunTask"].includes(e.name)) continue;
    console.log(`  ${((e.ts - t0) / 1000).toFixed(1).padStart(7)} +${(e.dur / 1000).toFixed(1).padStart(6)}  ${e.name} ${e.args?.data?.url?.slice(-30) ?? e.args?.data?.functionName ?? ""}`);
  }
  await context.close();
}
await browser.close();
await server.close();

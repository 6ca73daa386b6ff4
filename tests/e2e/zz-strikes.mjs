import { launchBrowser, serveStatic } from "./harness.mjs";
const server = await serveStatic();
const browser = await launchBrowser();
const page = await browser.newPage();
await page.goto(server.url + (process.argv[2] ?? "#/quiz?n=10&seed=1"));
await page.waitForSelector("[data-testid=question]");
const strikes = await page.evaluate(() => {
  const out = {};
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const t = walker.currentNode; if (!t.textContent.trim()) continue;
    const el = t.parentElement; if (!el.checkVisibility()) continue;
    const s = getComputedStyle(el);
    const hangul = /[\uac00-\ud7a3]/.test(t.textContent), latin = /[A-Za-z0-9]/.test(t.textContent);
    const key = `${s.fontFamily.slice(0, 12)} ${s.fontSize} ${s.fontWeight} ${s.fontStyle}`;
    out[key] = out[key] || { hangul: false, latin: false, sample: t.textContent.trim().slice(0, 20) };
    out[key].hangul ||= hangul; out[key].latin ||= latin;
  }
  return out;
});
console.log(strikes);
await browser.close(); await server.close();

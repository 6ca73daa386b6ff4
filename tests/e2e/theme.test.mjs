// Dark mode: the system's setting by default, a switch in the header that is
// kept, no flash of the other theme on reload, and embeds that take a theme
// of their own without touching the blog.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { DECK, WEB } from "./deck.mjs";
import { appReady, launchBrowser, openPage, serveBlog } from "./harness.mjs";

const LIGHT_BG = "rgb(247, 247, 245)";
const DARK_BG = "rgb(18, 20, 23)";

let app;
let blog;
let browser;

before(async () => {
  blog = await serveBlog((appUrl) => ({
    "post.html": `<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Blog</title></head><body style="background: rgb(1, 2, 3)">
      <fold-cards id="dark" lang="en" theme="dark" category="${WEB.path}"></fold-cards>
      <fold-cards id="plain" category="${WEB.path}"></fold-cards>
      <script type="module" src="${appUrl}embed.js"></script></body></html>`,
  }));
  app = blog.app;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await blog?.close();
});

const background = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test("the system's setting is the default, in either direction", async () => {
  for (const [colorScheme, expected, pressed] of [["light", LIGHT_BG, "false"], ["dark", DARK_BG, "true"]]) {
    const { page, problems, context } = await openPage(browser, { colorScheme });
    await page.goto(app.url);
    await appReady(page);
    assert.equal(await background(page), expected, colorScheme);
    assert.equal(await page.getByRole("button", { name: "Dark mode" }).getAttribute("aria-pressed"), pressed);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test("until the user chooses, a change of the system's setting mid-visit changes the theme and the switch", async () => {
  const { page, problems, context } = await openPage(browser, { colorScheme: "light" });
  await page.goto(app.url);
  await appReady(page);
  const pressed = () => page.getByRole("button", { name: "Dark mode" }).getAttribute("aria-pressed");
  assert.equal(await pressed(), "false");
  await page.emulateMedia({ colorScheme: "dark" });
  await page.getByRole("button", { name: "Dark mode", pressed: true }).waitFor();
  assert.equal(await background(page), DARK_BG);
  // Chosen light; then the system goes light and back to dark.
  await page.getByRole("button", { name: "Dark mode" }).click();
  await page.emulateMedia({ colorScheme: "light" });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  assert.equal(await pressed(), "false", "chosen light stays light");
  assert.equal(await background(page), LIGHT_BG);
  // Choosing what the system says (dark) follows the system again.
  await page.getByRole("button", { name: "Dark mode" }).click();
  assert.equal(await page.evaluate(() => localStorage.getItem("foldcards:theme")), null);
  await page.emulateMedia({ colorScheme: "light" });
  await page.getByRole("button", { name: "Dark mode", pressed: false }).waitFor();
  assert.equal(await background(page), LIGHT_BG, "following the system again");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the switch changes the theme, is kept, and a reload paints the chosen theme from its first frame", async () => {
  const { page, problems, context } = await openPage(browser, { colorScheme: "light" });
  await page.goto(app.url);
  await appReady(page);
  await page.getByRole("button", { name: "Dark mode" }).click();
  assert.equal(await page.getByRole("button", { name: "Dark mode" }).getAttribute("aria-pressed"), "true");
  assert.equal(await background(page), DARK_BG);
  assert.equal(await page.evaluate(() => localStorage.getItem("foldcards:theme")), "dark");

  // The background of the very first frame, before the app has started.
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      window.__firstFrame = {
        background: getComputedStyle(document.body ?? document.documentElement).backgroundColor,
        appStarted: document.querySelector("main") !== null,
      };
    });
  });
  await page.reload();
  await appReady(page);
  const first = await page.evaluate(() => window.__firstFrame);
  assert.equal(first.background, DARK_BG, "no flash of the light theme");
  assert.equal(await background(page), DARK_BG);

  await page.getByRole("button", { name: "Dark mode" }).click();
  assert.equal(await background(page), LIGHT_BG);
  await page.reload();
  await appReady(page);
  assert.equal(await background(page), LIGHT_BG, "light is kept too, whatever the system says");
  assert.deepEqual(problems, []);
  await context.close();
});

test("an iframe address takes &theme=", async () => {
  const { page, problems, context } = await openPage(browser, { colorScheme: "light" });
  await page.goto(`${app.url}embed/c/${DECK.id}/?theme=dark`);
  assert.deepEqual(problems, [], "the iframe's address is a page, and it finds the app's files");
  await appReady(page);
  assert.equal(await background(page), DARK_BG);
  assert.deepEqual(problems, []);
  await context.close();
});

test('<fold-cards lang="en" theme="dark"> is English and dark on a French, light blog, which it leaves as it was; / typed on the blog does nothing', async () => {
  const { page, problems, context } = await openPage(browser, { colorScheme: "light", uiLang: null });
  await page.goto(blog.url + "post.html");
  // The element's root in its shadow root, which holds the app's main landmark.
  const root = page.locator("#dark").getByRole("main").locator("..");
  for (const id of ["dark", "plain"]) {
    await page.locator(`#${id}`).getByRole("main").getByRole("heading", { level: 1 }).waitFor();
  }
  assert.equal(await root.evaluate((element) => getComputedStyle(element).backgroundColor), DARK_BG);
  assert.equal(await background(page), "rgb(1, 2, 3)");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "fr");
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), undefined);
  assert.equal(await root.getAttribute("lang"), "en", "the element declares its own language on its own root");
  // The only button an element's category screen shows, its answers folded.
  assert.equal(await page.locator("#dark").getByRole("button").innerText(), "Show all answers");
  // An element that asks for no language speaks the notes'.
  assert.equal(await page.locator("#plain").getByRole("main").locator("..").getAttribute("lang"), "ko");
  assert.equal(await page.locator("#plain").getByRole("button").innerText(), "답 모두 펼치기");

  await page.evaluate(() => {
    window.slashes = [];
    addEventListener("keydown", (event) => window.slashes.push(event.defaultPrevented));
  });
  await page.keyboard.press("/");
  assert.deepEqual(await page.evaluate(() => window.slashes), [false], "the blog's own keys are the blog's");
  assert.equal(await page.evaluate(() => document.activeElement.tagName), "BODY");
  assert.equal(await page.locator("fold-cards").getByRole("combobox").count(), 0, "no search field on a blog");
  assert.deepEqual(problems, []);
  await context.close();
});

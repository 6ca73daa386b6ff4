// Every notes screen is a page of its own, rendered at build time: it reads
// before the app arrives and without JavaScript, a shared link previews it,
// and the app takes it over without a visible change.

import { test } from "node:test";
import assert from "node:assert/strict";
import { DATABASE, DATABASE_CARDS, DECK, SITE_URL, WEB } from "./deck.mjs";
import { appReady, axeViolations, holdWasm, mainHeading, openPage, servedApp } from "./harness.mjs";

const app = servedApp();

/** A page's address relative to the site's root, decoded. */
const address = (page) => decodeURIComponent(page.url().slice(app.server.url.length));

const categoryPage = (category) => `c/${category.path}/`;

/** The HTML of `path` as the server sends it. */
async function served(path) {
  const response = await fetch(app.server.url + encodeURI(path));
  assert.equal(response.status, 200, path);
  return response.text();
}

/** The fold of the card asking `question` on a category page. */
const foldOf = (page, question) =>
  page.locator("details[data-card]").filter({ has: page.locator("summary").getByText(question, { exact: true }) });

const meta = (html, attribute, name) =>
  html.match(new RegExp(`<meta ${attribute}=${name} content="([^"]*)"`))?.[1] ??
  html.match(new RegExp(`<meta ${attribute}=${name} content=([^ >]*)`))?.[1];

test("without JavaScript, home, a category and a card read, their folds open, and their links lead on", async () => {
  const { page, context } = await openPage(app.browser, { javaScriptEnabled: false });
  try {
    await page.goto(app.server.url);
    assert.equal(await mainHeading(page).innerText(), DECK.title);
    await page.getByRole("link", { name: new RegExp(DATABASE.title) }).first().click();
    await mainHeading(page, DATABASE.title).waitFor();
    assert.equal(address(page), categoryPage(DATABASE));

    const fold = foldOf(page, DATABASE_CARDS.pessimistic.question);
    await fold.locator("summary").click();
    assert.ok((await fold.getByRole("code").innerText()).includes(DATABASE_CARDS.pessimistic.code));
    await fold.getByRole("link", { name: "카드로 보기" }).click();
    await mainHeading(page, DATABASE_CARDS.pessimistic.question).waitFor();
    assert.match(address(page), /^card\/[^/]+\/$/);
    assert.ok((await page.getByRole("main").innerText()).includes(DATABASE_CARDS.pessimistic.code), "the answer shows");

    await page.getByRole("navigation", { name: "현재 위치" }).getByRole("link", { name: DATABASE.title }).click();
    await mainHeading(page, DATABASE.title).waitFor();

    for (const screen of ["quiz/?n=5", "stats/", "search/?q=db"]) {
      await page.goto(app.server.url + screen);
      const says = await page.locator("body").innerText();
      assert.match(says, /JavaScript/, `${screen} says it needs JavaScript`);
      assert.match(says, /켜 주세요/, `${screen} says so in the notes' language`);
    }
  } finally {
    await context.close();
  }
});

test("each page's title, description and og: tags are in the HTML as served, in the notes' language", async () => {
  const home = await served("");
  assert.match(home, /<html lang="ko"/);
  assert.match(home, /<title>Foldcards<\/title>/);
  assert.equal(meta(home, "name", "description"), `${DECK.title} · 문제 ${DECK.questions}개`);
  assert.equal(meta(home, "property", "og:type"), "website");

  const category = await served(categoryPage(DATABASE));
  assert.match(category, new RegExp(`<title>${DATABASE.title} · Foldcards</title>`));
  assert.equal(meta(category, "property", "og:title"), `${DATABASE.title} · Foldcards`);
  assert.match(meta(category, "name", "description"), new RegExp(`${DATABASE.title} · 문제 ${DATABASE.questions}개$`));
  assert.match(category, new RegExp(DATABASE_CARDS.sharding), "the questions themselves");

  const link = category.match(/href="(card\/[^"]+\/)"/)[1];
  const card = await served(link);
  const question = meta(card, "property", "og:description");
  assert.ok(question.length > 0);
  assert.equal(meta(card, "name", "description"), question);
  assert.match(card, new RegExp(`<title>${question.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} · Foldcards</title>`));
  assert.equal(meta(card, "property", "og:type"), "article");
  assert.match(card, /<base href="\.\.\/\.\.\/">/);

  // Built with the site's URL: each page names its canonical address, and a sitemap lists them.
  assert.ok(card.includes(`<link rel=canonical href="${SITE_URL}${link}">`));
  assert.equal(meta(card, "property", "og:url"), `${SITE_URL}${link}`);
  const sitemap = await served("sitemap.xml");
  assert.ok(sitemap.includes(`<loc>${SITE_URL}${link}</loc>`));
  assert.match(await served("robots.txt"), new RegExp(`Sitemap: ${SITE_URL}sitemap.xml`));
});

test("older #/ addresses land on their screens, at their own address, without a second page load", async () => {
  const { page, problems, context } = await openPage(app.browser);
  try {
    let loads = 0;
    page.on("load", () => loads++);
    await page.goto(`${app.server.url}#/c/${WEB.path}`);
    await appReady(page);
    await mainHeading(page, WEB.title).waitFor();
    await page.waitForFunction((path) => decodeURIComponent(location.pathname).endsWith(path), categoryPage(WEB));
    assert.equal(loads, 1);

    await page.goto(`${app.server.url}#/quiz?c=${DATABASE.path}&n=3`);
    await appReady(page);
    await page.getByTestId("question").waitFor();
    assert.match(address(page), new RegExp(`^quiz/\\?c=${DATABASE.path}&n=3&seed=\\d+$`));
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("a quiz without a seed shows its first question before the app arrives, which goes on with that same quiz", async () => {
  // Each in a fresh profile: a quiz started before, at the same seed, would resume where it was left.
  for (const query of [`c=${DATABASE.path}&n=10`, "n=10", ""]) {
    const { page, problems, context } = await openPage(app.browser, { uiLang: null, serviceWorkers: "block" });
    try {
      const release = await holdWasm(page);
      await page.goto(`${app.server.url}quiz/?${query}`);
      const question = page.getByTestId("question");
      await question.waitFor();
      const before = await question.innerText();
      assert.match(address(page), /[?&]seed=\d+$/, "the page wrote the seed of the quiz it shows");
      const seeded = address(page);
      assert.equal(await page.evaluate(() => window.wasmBindings), undefined, `before the app: ${query}`);
      release();
      await appReady(page);
      assert.equal(await question.innerText(), before, `the app asks the same question: ${query}, ${seeded}`);
      assert.equal(address(page), seeded);
      assert.match(await page.getByTestId("quiz-position").innerText(), /1 \/ 10/);
      await page.getByRole("button", { name: /^답 보기/ }).click();
      await page.getByRole("button", { name: /^좋음/ }).click();
      await page.getByTestId("quiz-position").filter({ hasText: /2 \/ 10/ }).waitFor();
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  }

  // A seeded address asks exactly its quiz: it waits for the app.
  const { page, problems, context } = await openPage(app.browser, { uiLang: null, serviceWorkers: "block" });
  try {
    const release = await holdWasm(page);
    await page.goto(`${app.server.url}quiz/?c=${DATABASE.path}&n=10&seed=7`);
    await page.waitForTimeout(300);
    assert.equal(await page.getByTestId("question").count(), 0);
    release();
    await appReady(page);
    await page.getByTestId("question").waitFor();
    assert.equal(address(page), `quiz/?c=${DATABASE.path}&n=10&seed=7`);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("a quiz start whose session is saved is never shown: the app would resume that session", async () => {
  const starts = [...(await served("quiz/")).matchAll(/<template data-quiz="" data-seed=(\d+) data-session="([^"]+)">/g)].map(
    ([, seed, session]) => ({ seed, session: session.replaceAll("&amp;", "&") }),
  );
  assert.equal(starts.length, 3, "three starts of the quiz of every card");
  const opened = async (saved) => {
    const { page, problems, context } = await openPage(app.browser, { uiLang: null, serviceWorkers: "block" });
    await page.goto(`${app.server.url}stats/`);
    await page.evaluate((keys) => keys.forEach((key) => localStorage.setItem(key, "{}")), saved.map((start) => start.session));
    const release = await holdWasm(page);
    await page.goto(`${app.server.url}quiz/?n=10`);
    return { page, problems, context, release };
  };

  // Two of the three saved: the page starts the third.
  const some = await opened(starts.slice(0, 2));
  try {
    await some.page.getByTestId("question").waitFor();
    assert.equal(address(some.page), `quiz/?n=10&seed=${starts[2].seed}`);
    some.release();
    assert.deepEqual(some.problems, []);
  } finally {
    await some.context.close();
  }

  // All three saved: nothing shows before the app, which starts a quiz of its own.
  const all = await opened(starts);
  try {
    await all.page.waitForTimeout(300);
    assert.equal(await all.page.getByTestId("question").count(), 0);
    all.release();
    await appReady(all.page);
    await all.page.getByTestId("quiz-position").filter({ hasText: /1 \/ 10/ }).waitFor();
    const seed = address(all.page).match(/seed=(\d+)$/)[1];
    assert.ok(!starts.some((start) => start.seed === seed), `a seed of its own: ${seed}`);
    assert.deepEqual(all.problems, []);
  } finally {
    await all.context.close();
  }
});

/**
 * DATABASE's page as it reads before the app arrives, with the answer to
 * one of its last questions opened; `release()` lets the app in.
 */
async function openedBeforeTheApp(page) {
  const release = await holdWasm(page);
  await page.goto(app.server.url + categoryPage(DATABASE));
  await mainHeading(page, DATABASE.title).waitFor();
  const fold = foldOf(page, DATABASE_CARDS.sharding);
  await fold.locator("summary").click();
  return { release, fold };
}

test("the app takes over a page without a change: an opened answer stays open, the scroll and the text being typed stay", async () => {
  const { page, problems, context } = await openPage(app.browser, { uiLang: null });
  try {
    const { release, fold } = await openedBeforeTheApp(page);
    await fold.locator("summary").scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => scrollY);
    assert.ok(scrolled > 100, `scrolled ${scrolled}`);
    const search = page.getByRole("combobox");
    await search.focus();
    await page.evaluate(() => scrollTo(0, 0));
    await page.evaluate((y) => scrollTo(0, y), scrolled);
    await page.keyboard.type("샤");

    release();
    await page.waitForFunction(() => window.wasmBindings !== undefined);
    assert.equal(await fold.evaluate((element) => element.open), true, "the answer is still open");
    assert.equal(await search.inputValue(), "샤");
    assert.ok(await search.evaluate((field) => field === document.activeElement), "the field keeps focus");
    await page.getByRole("listbox").waitFor();
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("the takeover keeps the scroll and the answers opened before the app arrived", async () => {
  const { page, problems, context } = await openPage(app.browser, { uiLang: null });
  try {
    const { release, fold } = await openedBeforeTheApp(page);
    await page.evaluate(() => scrollTo(0, 400));
    release();
    await page.waitForFunction(() => window.wasmBindings !== undefined);
    await page.waitForTimeout(100);
    assert.equal(await page.evaluate(() => scrollY), 400);
    assert.equal(await fold.evaluate((element) => element.open), true);
    assert.equal(await page.locator("details[data-card][open]").count(), 1);
    // The app's own controls work on the page it took over.
    await page.getByRole("button", { name: "답 모두 펼치기" }).click();
    assert.equal(await page.locator("details[data-card][open]").count(), DATABASE.questions);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("Back and Forward move between rendered pages and screens the app drew, in one document", async () => {
  const { page, problems, context } = await openPage(app.browser);
  try {
    await page.goto(app.server.url + categoryPage(DATABASE));
    await appReady(page);
    await page.evaluate(() => (window.sameDocument = true));
    const fold = foldOf(page, DATABASE_CARDS.first);
    await fold.locator("summary").click();
    await fold.getByRole("link", { name: "Open as a card" }).click();
    await mainHeading(page, DATABASE_CARDS.first).waitFor();
    assert.match(address(page), /^card\/[^/]+\/$/);
    await page.getByRole("link", { name: "Stats" }).click();
    await mainHeading(page, "Stats").waitFor();
    assert.equal(address(page), "stats/");

    await page.goBack();
    await mainHeading(page, DATABASE_CARDS.first).waitFor();
    await page.goBack();
    await mainHeading(page, DATABASE.title).waitFor();
    assert.equal(await fold.evaluate((element) => element.open), true, "the answer as the user left it");
    await page.goForward();
    await mainHeading(page, DATABASE_CARDS.first).waitFor();
    assert.equal(await page.evaluate(() => window.sameDocument), true, "no page was loaded");
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("a card's page reloads offline after a visit", async () => {
  const { page, problems, context } = await openPage(app.browser);
  try {
    await page.goto(app.server.url + categoryPage(WEB));
    await appReady(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const link = await page.locator("a.fold-link").first().getAttribute("href");
    await page.goto(app.server.url + link);
    await appReady(page);
    const question = await mainHeading(page).innerText();

    await context.setOffline(true);
    await page.reload();
    await appReady(page);
    assert.equal(await mainHeading(page).innerText(), question);
    await page.goto(app.server.url + "stats/");
    await mainHeading(page, "Stats").waitFor();
    assert.deepEqual(problems.filter((problem) => !problem.includes("ERR_INTERNET_DISCONNECTED")), []);
  } finally {
    await context.close();
  }
});

test("axe finds no violations on the rendered pages, before and after the app takes them over", async () => {
  const { page, context } = await openPage(app.browser, { uiLang: null, serviceWorkers: "block" });
  try {
    const card = (await served(categoryPage(DATABASE))).match(/href="(card\/[^"]+\/)"/)[1];
    for (const path of ["", categoryPage(DATABASE), card]) {
      const release = await holdWasm(page);
      await page.goto(app.server.url + path);
      await mainHeading(page).first().waitFor();
      assert.deepEqual(await axeViolations(page), [], `${path || "home"} before the app`);
      release();
      await appReady(page);
      assert.deepEqual(await axeViolations(page), [], `${path || "home"} after the takeover`);
      await page.unrouteAll();
    }
  } finally {
    await context.close();
  }
});

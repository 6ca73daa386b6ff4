// The UI speaks Korean or English: the notes' language by default, a switch
// in the header that is kept, and on every screen no word of the other
// language's table outside the notes themselves.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { appReady, openPage, servedApp } from "./harness.mjs";

const app = servedApp();

/** The fixed pieces of a table's strings (the text between `{…}` placeholders). */
function pieces(file) {
  const source = readFileSync(new URL(`../../src/i18n/${file}`, import.meta.url), "utf8")
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n");
  const literals = [...source.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1]);
  return new Set(literals.flatMap((literal) => literal.split(/\{[^}]*\}/).map((piece) => piece.trim())));
}

const english = pieces("en.rs");
const korean = pieces("ko.rs");
/** Pieces only one table has, long enough to mean something on their own. */
const only = (table, other, long) => [...table].filter((piece) => !other.has(piece) && long(piece));
const ENGLISH_ONLY = only(english, korean, (piece) => (piece.match(/[A-Za-z]/g) ?? []).length >= 3);
const KOREAN_ONLY = only(korean, english, (piece) => (piece.match(/[가-힣]/g) ?? []).length >= 2);

const CATEGORY = "developer-interview/기술-질문/데이터베이스";
const QUIZ = `#/quiz?c=${CATEGORY}&n=2&seed=3`;

/** [address, what to do there] for every screen: a quiz is graded once on the way. */
const SCREENS = [
  ["#/"],
  [`#/c/${CATEGORY}`, (page) => page.locator(".toolbar button").click()],
  ["#/c/developer-interview/기술-질문/과제"],
  [`#/c/${CATEGORY}`, async (page) => {
    await page.goto(app.server.url + (await page.locator("a.fold-link").first().getAttribute("href")));
    await page.locator(".card-page").waitFor();
  }],
  [`#/c/${CATEGORY}`, (page) => page.locator("details.embed summary").click()],
  [`#/quiz/new?c=${CATEGORY}`],
  [QUIZ, (page) => page.locator(".quiz-actions .button").click()],
  [QUIZ, async (page) => {
    await page.locator(".grade-good").click();
    await page.locator(".quiz-skip button").click();
    await page.locator(".quiz-summary").waitFor();
  }],
  ["#/stats", (page) => page.locator("p.actions .link-button").click()],
  ["#/search?q=트랜"],
  ["#/search?q=zzqqxx"],
  ["#/review"],
  ["#/drill/starred"],
  ["#/drill/missed"],
  ["#/nowhere"],
];

/**
 * The UI's own text on screen: the tab's title, text, labels and titles,
 * leaving out every element that carries a language of its own (the notes,
 * and the switch naming the other language).
 */
const uiText = (page) =>
  page.evaluate(() => {
    const clone = document.body.cloneNode(true);
    // The embed snippets are HTML code, the same in both; scripts are not text.
    for (const element of clone.querySelectorAll("[lang], pre, script, noscript")) element.remove();
    const labels = [...clone.querySelectorAll("*")].flatMap((element) =>
      ["aria-label", "title", "placeholder", "alt"].map((name) => element.getAttribute(name) ?? ""),
    );
    // The app's name and its element's are the same in both.
    return [document.title, clone.textContent, ...labels].join("\n").replace(/Foldcards|fold-cards/g, "");
  });

/** Visits every screen and says which pieces of `forbidden` each one shows. */
async function sweep(page, forbidden) {
  const found = [];
  for (const [hash, action] of SCREENS) {
    await page.goto(app.server.url + hash);
    await appReady(page);
    await action?.(page);
    const text = await uiText(page);
    for (const piece of forbidden) if (text.includes(piece)) found.push(`${hash}: ${piece}`);
  }
  return found;
}

test("the string tables were read", () => {
  assert.ok(ENGLISH_ONLY.length > 100 && KOREAN_ONLY.length > 100, `${ENGLISH_ONLY.length} / ${KOREAN_ONLY.length}`);
  assert.ok(ENGLISH_ONLY.includes("Show all answers") && KOREAN_ONLY.includes("답 모두 펼치기"));
});

test("Korean notes give a Korean UI, with no English word of the table on any screen", async () => {
  const { page, problems, context } = await app.open("#/", { uiLang: null });
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ko");
  assert.equal(await page.locator(".header-switch[lang=en]").innerText(), "English");
  assert.match(await page.locator(".deck .meta").innerText(), /^문제 82개 · 섹션 \d+개/);
  assert.deepEqual(await sweep(page, ENGLISH_ONLY), []);

  // Counts and dates read as Korean does: the graded card comes back "N일 후".
  await page.goto(app.server.url + "#/stats");
  await appReady(page);
  const due = await page.locator(".bar-due title").allTextContents();
  assert.ok(due.some((title) => /^\d+일 후: 1장$/.test(title)), due.join(" | "));
  assert.match(await page.locator("[data-testid=totals]").innerText(), /^복습 1회 · /);
  assert.deepEqual(problems, []);
  await context.close();
});

test("switching to English is kept across a reload, and then no Korean word of the table shows", async () => {
  const { page, problems, context } = await app.open(`#/c/${CATEGORY}`, { uiLang: null });
  await page.locator(".header-switch[lang=en]").click();
  await page.waitForFunction(() => document.documentElement.lang === "en");
  assert.equal(await page.locator(".toolbar button").innerText(), "Show all answers");
  assert.ok(await page.evaluate(() => document.activeElement.matches(".header-switch[lang=ko]")), "focus stays on the switch");
  assert.equal(await page.locator("#main h1").getAttribute("lang"), "ko", "the notes keep their own language");
  assert.equal(await page.evaluate(() => decodeURIComponent(location.hash)), `#/c/${CATEGORY}`, "on the same screen");

  await page.reload();
  await appReady(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  assert.equal(await page.locator(".header-switch[lang]").innerText(), "한국어");
  assert.deepEqual(await sweep(page, KOREAN_ONLY), []);

  await page.locator(".header-switch[lang]").click();
  await page.reload();
  await appReady(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ko", "and back to Korean, kept too");
  assert.deepEqual(problems, []);
  await context.close();
});

test("switching hands over what storage could not keep: with storage blocked, the quiz under way, its grade and the notice stay", async () => {
  const { page, problems, context } = await app.open("#/", { uiLang: null });
  await context.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await page.goto(app.server.url + "#/quiz?c=developer-interview/기술-질문/데이터베이스&n=3&seed=8");
  await page.reload();
  await page.waitForFunction(() => document.querySelector(".quiz-progress")?.innerText === "문제 1 / 3");
  await page.locator(".quiz-actions .button").click();
  await page.locator(".grade-good").click();
  await page.locator(".quiz-actions .button").click();
  await page.locator("#answer").waitFor();

  await page.locator(".header-switch[lang=en]").click();
  await page.waitForFunction(() => document.documentElement.lang === "en");
  assert.equal(await page.locator(".quiz-progress").innerText(), "Question 2 / 3");
  assert.ok(await page.locator("#answer").isVisible(), "the answer shown stays shown");
  assert.match(await page.locator(".notice").innerText(), /cannot keep data here/);
  await page.evaluate(() => (location.hash = "#/stats"));
  await page.waitForSelector("[data-testid=totals]");
  assert.match(await page.locator("[data-testid=totals]").innerText(), /^1 review · /);
  // Nothing left of the app it replaced: its keys and address listeners are gone.
  await page.keyboard.press("/");
  assert.equal(await page.evaluate(() => document.activeElement.id), "search");
  assert.deepEqual(problems, []);
  await context.close();
});

test("switching keeps what the screen held: the answer being written, shown beside the answer, and the answers opened", async () => {
  const { page, problems, context } = await app.open("#/quiz?c=developer-interview/기술-질문/데이터베이스&n=3&seed=8", { uiLang: null });
  await page.locator("#typed").fill("원자성, 일관성");
  await page.locator(".header-switch[lang=en]").click();
  await page.waitForFunction(() => document.documentElement.lang === "en");
  assert.equal(await page.locator("#typed").inputValue(), "원자성, 일관성");
  await page.getByRole("button", { name: /Show answer/ }).click();
  assert.equal(await page.locator(".typed-answer p").innerText(), "원자성, 일관성");
  await page.locator(".header-switch[lang=ko]").click();
  await page.waitForFunction(() => document.documentElement.lang === "ko");
  assert.equal(await page.locator(".typed-answer p").innerText(), "원자성, 일관성", "still beside the answer");
  await page.locator(".grade-good").click();
  assert.equal(await page.locator("#typed").inputValue(), "", "the next question starts empty");

  await page.evaluate(() => (location.hash = "#/c/developer-interview/기술-질문/데이터베이스"));
  await page.locator("details.fold summary").nth(2).click();
  await page.locator(".header-switch[lang=en]").click();
  await page.waitForFunction(() => document.documentElement.lang === "en");
  assert.deepEqual(await page.locator("details.fold[open] summary").allInnerTexts(), ["select 쿼리 지연시 확인사항"]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("before the app starts, the page declares the language the app will speak, and shows no words", async () => {
  for (const [hash, chosen, lang] of [
    ["#/", null, "ko"],
    ["#/", "en", "en"],
    ["#/embed/c/developer-interview?lang=en", null, "en"],
  ]) {
    const { page, context } = await openPage(app.browser, { locale: "en-US", uiLang: chosen });
    // The app never starts: its wasm does not arrive.
    await page.route("**/*.wasm", (route) => route.abort());
    await page.goto(app.server.url + hash);
    await page.locator(".loading").waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang, `${hash}, ${chosen}`);
    assert.equal(await page.locator(".loading").innerText(), "");
    await context.close();
  }
});

test("where the app cannot start, the page speaks the notes' language: its message without JavaScript, its description, the installed app's", async () => {
  const { page, context } = await openPage(app.browser, { javaScriptEnabled: false });
  await page.goto(app.server.url);
  assert.equal(await page.locator("body").innerText(), "Foldcards를 쓰려면 브라우저에서 JavaScript와 WebAssembly를 켜 주세요.");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ko");
  const description = "마크다운으로 정리한 내 노트를 브라우저에서 플래시카드로 공부해요.";
  assert.equal(await page.locator("meta[name=description]").getAttribute("content"), description);
  const manifest = await (await fetch(new URL("manifest.webmanifest", app.server.url))).json();
  assert.deepEqual([manifest.lang, manifest.description], ["ko", description]);
  await context.close();
});

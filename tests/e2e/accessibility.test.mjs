// Every screen, in Korean and English, light and dark, has no axe-core
// violations; navigating moves focus to the new screen's heading so screen
// readers announce it.

import { test } from "node:test";
import assert from "node:assert/strict";
import { ASSIGNMENTS, DATABASE, DECK, TECHNICAL, WEB } from "./deck.mjs";
import { appReady, axeViolations, besidesNotFound, mainHeading, openPage, servedApp } from "./harness.mjs";

const app = servedApp();

/** Clicks the button named `name`, a pattern of its name in either language. */
const click = (name) => (page) => page.getByRole("button", { name }).click();
const SHOW_ANSWER = /^(Show answer|답 보기) /;
const quiz = `quiz/?c=${TECHNICAL.path}&n=2&seed=6`;
/** An address of no screen, which the host answers with its 404 page. */
const NOWHERE = "nowhere/";

/** [name, address, what to do there first] */
const SCREENS = [
  ["home", ""],
  ["a branch category", TECHNICAL.address],
  ["a leaf category, answers open", DATABASE.address, click(/^(Show all answers|답 모두 펼치기)$/)],
  ["a notes-only category", ASSIGNMENTS.address],
  ["a card", DATABASE.address, async (page) => {
    const card = page.getByRole("link", { name: /^(Open as a card|카드로 보기)$/, includeHidden: true }).first();
    await page.goto(app.url(await card.getAttribute("href")));
    await appReady(page);
  }],
  ["quiz setup", `quiz/new/?c=${WEB.path}`],
  ["a category's Embed snippets", WEB.address, (page) => page.getByText(/^(Embed|퍼가기)$/).click()],
  ["a quiz question", quiz],
  ["a revealed answer with what the user typed", quiz, async (page) => {
    await page.getByRole("textbox", { name: /^(Your answer|내 답) / }).fill("<b>나의 답</b>");
    await click(SHOW_ANSWER)(page);
  }],
  ["a quiz summary, a card reopened", quiz, async (page) => {
    await click(/^(Skip this question|이 문제 건너뛰기)$/)(page);
    await click(/^(End session|그만 풀기)$/)(page);
    await page.locator("[data-card]").first().locator("summary").click();
  }],
  ["a quiz graded to the end", `quiz/?c=${TECHNICAL.path}&n=2&seed=7`, async (page) => {
    for (const grade of [/^(Again|다시) 1$/, /^(Easy|쉬움) 4$/]) {
      await click(SHOW_ANSWER)(page);
      await click(grade)(page);
    }
  }],
  ["home, with progress", ""],
  ["the stats page, with progress, a reset being confirmed", "stats/", async (page) => {
    await click(/^(Reset everything|모두 초기화)$/)(page);
  }],
  ["search results", "search/?q=트랜"],
  ["today's review", "review/"],
  ["an empty drill", "drill/starred/"],
  ["an embedded quiz, as an iframe shows it", `embed/quiz/?c=${WEB.path}&n=2&seed=1`],
  ["not found", NOWHERE],
];

for (const [uiLang, colorScheme] of [["ko", "light"], ["ko", "dark"], ["en", "light"], ["en", "dark"]]) {
  test(`no axe violations on any screen, in ${uiLang === "ko" ? "Korean" : "English"}, ${colorScheme} mode`, async () => {
    const { page, problems, context } = await openPage(app.browser, { colorScheme, uiLang });
    for (const [name, address, action] of SCREENS) {
      await page.goto(app.url(address));
      assert.deepEqual(besidesNotFound(problems, app.url(NOWHERE)), [], `${name}: the page finds the app's files`);
      await appReady(page);
      await action?.(page);
      assert.deepEqual(await axeViolations(page), [], name);
    }
    assert.deepEqual(besidesNotFound(problems, app.url(NOWHERE)), []);
    await context.close();
  });
}

test("after navigating, focus is on the new screen's heading", async () => {
  const { page, problems, context } = await openPage(app.browser);
  await page.goto(app.url());
  await appReady(page);
  await page.getByRole("link", { name: new RegExp(DATABASE.title) }).click();
  await page.waitForFunction((title) => document.activeElement?.textContent === title, DATABASE.title);
  assert.equal(await page.evaluate(() => document.activeElement.tagName), "H1");
  await page.goBack();
  await page.waitForFunction((title) => document.activeElement?.textContent === title, DECK.title);
  assert.equal(await page.evaluate(() => window.scrollY), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the app's words are declared in the UI's language and the notes carry their own", async () => {
  const { page, problems, context } = await app.open(DATABASE.address);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  assert.equal(await mainHeading(page).getAttribute("lang"), "ko");
  const fold = page.locator("[data-card]").first();
  await fold.locator("summary").click();
  for (const [name, notes] of [["a question", fold.locator("summary span[lang]")], ["an answer", fold.locator("div[lang]").last()]]) {
    assert.equal(await notes.first().getAttribute("lang"), "ko", name);
  }
  assert.equal(await page.getByRole("button", { name: "Show all answers" }).evaluate((b) => b.closest("[lang]")?.lang), "en");
  assert.deepEqual(problems, []);
  await context.close();
});

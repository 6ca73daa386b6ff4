// The UI speaks Korean or English: the notes' language by default, a switch
// in the header that is kept, and on every screen no word of the other
// language's table outside the notes themselves.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { ASSIGNMENTS, DATABASE, DATABASE_CARDS, DECK } from "./deck.mjs";
import { appAddress, appReady, besidesNotFound, mainHeading, openPage, servedApp } from "./harness.mjs";

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

const CATEGORY = DATABASE.path;
const QUIZ = `quiz/?c=${CATEGORY}&n=2&seed=3`;
/** An address of no screen, which the host answers with its 404 page. */
const NOWHERE = "nowhere/";

/** Buttons and links by their name in either language: the same in both. */
const SHOW_ALL_ANSWERS = /^(Show all answers|답 모두 펼치기)$/;
const OPEN_AS_CARD = /^(Open as a card|카드로 보기)$/;
const SHOW_ANSWER = /^(Show answer|답 보기) /;
const GOOD = /^(Good|좋음) 3$/;
const SKIP = /^(Skip this question|이 문제 건너뛰기)$/;
const RESET_EVERYTHING = /^(Reset everything|모두 초기화)$/;

const languageSwitch = (page, lang) => page.getByRole("button", { name: lang === "en" ? "English" : "한국어", exact: true });
const typed = (page, lang) => page.getByRole("textbox", { name: new RegExp(`^${lang === "en" ? "Your answer" : "내 답"} `) });
const answer = (page, lang) => page.getByRole("region", { name: lang === "en" ? "Answer" : "답", exact: true });

/** [address, what to do there] for every screen: a quiz is graded once on the way. */
const SCREENS = [
  [""],
  [DATABASE.address, (page) => page.getByRole("button", { name: SHOW_ALL_ANSWERS }).click()],
  [ASSIGNMENTS.address],
  [DATABASE.address, async (page) => {
    const card = page.getByRole("link", { name: OPEN_AS_CARD, includeHidden: true }).first();
    await page.goto(app.url(await card.getAttribute("href")));
    await appReady(page);
    await page.getByRole("article").waitFor();
  }],
  [DATABASE.address, (page) => page.getByText(/^(Embed|퍼가기)$/).click()],
  [`quiz/new/?c=${CATEGORY}`],
  [QUIZ, (page) => page.getByRole("button", { name: SHOW_ANSWER }).click()],
  [QUIZ, async (page) => {
    await page.getByRole("button", { name: GOOD }).click();
    await page.getByRole("button", { name: SKIP }).click();
    await mainHeading(page, /^(Session complete|퀴즈 완료)$/).waitFor();
  }],
  ["stats/", (page) => page.getByRole("button", { name: RESET_EVERYTHING }).click()],
  ["search/?q=트랜"],
  ["search/?q=zzqqxx"],
  ["review/"],
  ["drill/starred/"],
  ["drill/missed/"],
  [NOWHERE],
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

/** Visits every screen and says which pieces of `forbidden` each one shows; fails when a page's files are not found. */
async function sweep(page, forbidden, problems) {
  const found = [];
  for (const [address, action] of SCREENS) {
    await page.goto(app.url(address));
    assert.deepEqual(besidesNotFound(problems, app.url(NOWHERE)), [], `${address}: the page finds the app's files`);
    await appReady(page);
    await action?.(page);
    const text = await uiText(page);
    for (const piece of forbidden) if (text.includes(piece)) found.push(`${address}: ${piece}`);
  }
  return found;
}

test("the string tables were read", () => {
  assert.ok(ENGLISH_ONLY.length > 100 && KOREAN_ONLY.length > 100, `${ENGLISH_ONLY.length} / ${KOREAN_ONLY.length}`);
  assert.ok(ENGLISH_ONLY.includes("Show all answers") && KOREAN_ONLY.includes("답 모두 펼치기"));
});

test("Korean notes give a Korean UI, with no English word of the table on any screen", async () => {
  const { page, problems, context } = await app.open("", { uiLang: null });
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ko");
  assert.equal(await languageSwitch(page, "en").getAttribute("lang"), "en");
  const count = await page.getByTestId("deck").getByText(/^문제 \d+개 · 섹션 \d+개$/).innerText();
  assert.ok(count.startsWith(`문제 ${DECK.questions}개 · `), count);
  assert.deepEqual(await sweep(page, ENGLISH_ONLY, problems), []);

  // Counts and dates read as Korean does: the graded card comes back "N일 후".
  await page.goto(app.url("stats/"));
  await appReady(page);
  const due = await page.getByRole("img", { name: /^앞으로 \d+일 동안 복습할 카드 수/ }).locator("title").allTextContents();
  assert.ok(due.some((title) => /^\d+일 후: 1장$/.test(title)), due.join(" | "));
  assert.match(await page.locator("[data-testid=totals]").innerText(), /^복습 1회 · /);
  assert.deepEqual(besidesNotFound(problems, app.url(NOWHERE)), []);
  await context.close();
});

test("switching to English is kept across a reload, and then no Korean word of the table shows", async () => {
  const { page, problems, context } = await app.open(DATABASE.address, { uiLang: null });
  await languageSwitch(page, "en").click();
  await page.waitForFunction(() => document.documentElement.lang === "en");
  assert.equal(await page.getByRole("button", { name: SHOW_ALL_ANSWERS }).innerText(), "Show all answers");
  const toKorean = languageSwitch(page, "ko");
  assert.ok(await toKorean.evaluate((button) => button === document.activeElement && button.lang === "ko"), "focus stays on the switch");
  assert.equal(await mainHeading(page).getAttribute("lang"), "ko", "the notes keep their own language");
  assert.equal(appAddress(page), DATABASE.address, "on the same screen");

  await page.reload();
  await appReady(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  assert.equal(await languageSwitch(page, "ko").getAttribute("lang"), "ko");
  assert.deepEqual(await sweep(page, KOREAN_ONLY, problems), []);

  await languageSwitch(page, "ko").click();
  await page.reload();
  await appReady(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ko", "and back to Korean, kept too");
  assert.deepEqual(besidesNotFound(problems, app.url(NOWHERE)), []);
  await context.close();
});

test("switching hands over what storage could not keep: with storage blocked, the quiz under way, its grade and the notice stay", async () => {
  const { page, problems, context } = await app.open("", { uiLang: null });
  await context.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await page.goto(app.url(`quiz/?c=${CATEGORY}&n=3&seed=8`));
  await page.reload();
  await page.waitForFunction(() => document.querySelector("[data-testid=quiz-position]")?.innerText === "문제 1 / 3");
  await page.getByRole("button", { name: SHOW_ANSWER }).click();
  await page.getByRole("button", { name: GOOD }).click();
  await page.getByRole("button", { name: SHOW_ANSWER }).click();
  await answer(page, "ko").waitFor();

  await languageSwitch(page, "en").click();
  await page.waitForFunction(() => document.documentElement.lang === "en");
  assert.equal(await page.getByTestId("quiz-position").innerText(), "Question 2 / 3");
  assert.ok(await answer(page, "en").isVisible(), "the answer shown stays shown");
  assert.match(await page.getByRole("status").innerText(), /cannot keep data here/);
  // To another screen inside the page, as the user goes: a page loaded afresh would know nothing of the grade.
  await page.getByRole("navigation", { name: "Study" }).getByRole("link", { name: "Stats" }).click();
  await page.waitForSelector("[data-testid=totals]");
  assert.match(await page.locator("[data-testid=totals]").innerText(), /^1 review · /);
  // Nothing left of the app it replaced: its keys and address listeners are gone.
  await page.keyboard.press("/");
  const search = page.getByRole("combobox", { name: "Search the notes" });
  assert.ok(await search.evaluate((field) => field === document.activeElement));
  assert.deepEqual(problems, []);
  await context.close();
});

test("switching keeps what the screen held: the answer being written, shown beside the answer, and the answers opened", async () => {
  const { page, problems, context } = await app.open(`quiz/?c=${CATEGORY}&n=3&seed=8`, { uiLang: null });
  // What the user wrote, under its heading beside the answer, in either language.
  const written = page.getByRole("heading", { level: 2, name: /^(Your answer|내 답)$/ }).locator("..").getByRole("paragraph");
  await typed(page, "ko").fill("원자성, 일관성");
  await languageSwitch(page, "en").click();
  await page.waitForFunction(() => document.documentElement.lang === "en");
  assert.equal(await typed(page, "en").inputValue(), "원자성, 일관성");
  await page.getByRole("button", { name: /Show answer/ }).click();
  assert.equal(await written.innerText(), "원자성, 일관성");
  await languageSwitch(page, "ko").click();
  await page.waitForFunction(() => document.documentElement.lang === "ko");
  assert.equal(await written.innerText(), "원자성, 일관성", "still beside the answer");
  await page.getByRole("button", { name: GOOD }).click();
  assert.equal(await typed(page, "ko").inputValue(), "", "the next question starts empty");

  await page.goto(app.url(DATABASE.address));
  await appReady(page);
  await page.locator("[data-card]").locator("summary").nth(2).click();
  await languageSwitch(page, "en").click();
  await page.waitForFunction(() => document.documentElement.lang === "en");
  assert.deepEqual(await page.locator("[data-card][open]").locator("summary").allInnerTexts(), [DATABASE_CARDS.third]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("before the app starts, a notes page reads in the notes' language, and every page declares the language the app will speak", async () => {
  // [address, the language chosen, the page's declared language, what shows]
  for (const [address, chosen, lang, shows] of [
    ["", null, "ko", "notes"],
    [DATABASE.address, null, "ko", "notes"],
    ["stats/", null, "ko", "nothing"],
    ["", "en", "en", "nothing"],
    [`embed/c/${DECK.id}/?lang=en`, null, "en", "nothing"],
  ]) {
    const { page, context } = await openPage(app.browser, { locale: "en-US", uiLang: chosen });
    const where = `${address || "home"}, ${chosen ?? "no language chosen"}`;
    // The app never starts: its wasm does not arrive.
    await page.route("**/*.wasm", (route) => route.abort());
    await page.goto(app.url(address));
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang, where);
    // What a reader sees: hidden text (a page rendered in another language than the one chosen) is none of it.
    const seen = await page.locator("body").innerText();
    if (shows === "notes") {
      const title = address ? DATABASE.title : DECK.title;
      assert.equal(await mainHeading(page).innerText(), title, where);
      const count = address ? /문제 \d+개/ : /^문제 \d+개 · 섹션 \d+개$/m;
      assert.match(seen, count, `${where}: the UI's words in the notes' language`);
      const words = await uiText(page);
      assert.deepEqual(ENGLISH_ONLY.filter((piece) => words.includes(piece)), [], where);
      if (address) assert.ok(await page.getByRole("button", { name: "답 모두 펼치기" }).isVisible(), where);
    } else {
      // Nothing in the notes' language, when another is chosen; and a screen that needs code has no words yet.
      assert.equal(seen.trim(), "", `${where}: shows ${JSON.stringify(seen.slice(0, 200))}`);
    }
    await context.close();
  }
});

test("where the app cannot start, the page speaks the notes' language: its notes read, other screens' message without JavaScript, its description, the installed app's", async () => {
  const { page, context } = await openPage(app.browser, { javaScriptEnabled: false });
  await page.goto(app.url());
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ko");
  assert.equal(await mainHeading(page).innerText(), DECK.title);
  assert.match(await page.locator("body").innerText(), /^문제 \d+개 · 섹션 \d+개$/m);
  const words = await uiText(page);
  assert.deepEqual(ENGLISH_ONLY.filter((piece) => words.includes(piece)), [], "home, in the notes' language");
  const description = `${DECK.title} · 문제 ${DECK.questions}개`;
  assert.equal(await page.locator("meta[name=description]").getAttribute("content"), description);

  for (const address of ["stats/", `quiz/?c=${CATEGORY}&n=5`]) {
    await page.goto(app.url(address));
    // The site's header at most (a quiz's page has it), then the one line.
    const shown = await page.locator("body").innerText();
    assert.ok(shown.endsWith("\nFoldcards를 쓰려면 브라우저에서 JavaScript와 WebAssembly를 켜 주세요.") || shown === "Foldcards를 쓰려면 브라우저에서 JavaScript와 WebAssembly를 켜 주세요.", `${address}: ${shown}`);
    assert.equal(await page.getByRole("main").getByRole("heading").count(), 0, `${address}: no screen`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), "ko", address);
    assert.equal(await page.locator("meta[name=description]").getAttribute("content"), description, address);
  }
  const manifest = await (await fetch(app.url("manifest.webmanifest"))).json();
  assert.deepEqual([manifest.lang, manifest.description], ["ko", "마크다운으로 정리한 내 노트를 브라우저에서 플래시카드로 공부해요."]);
  await context.close();
});

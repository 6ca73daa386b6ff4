// Notes as people really write them (tests/fixtures/real-notes): questions
// under headings with their code, authored multiple choice, follow-ups,
// unfinished answers, subfolders and images, built once and used as a user would.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { addressIs, appReady, axeViolations, buildWithNotes, mainHeading, openPage, servedApp, serveBlog, tally } from "./harness.mjs";

const DIST = "target/e2e-real-notes";
const app = servedApp({
  root: DIST,
  build() {
    const failure = buildWithNotes("tests/fixtures/real-notes", DIST);
    assert.equal(failure, null, failure ?? "");
  },
});

/** The id of the card asking `question`, from its fold on the category page `category`. */
async function cardId(page, category, question) {
  await page.goto(app.url(`c/${category}/`));
  const fold = page.locator("[data-card]").filter({ has: page.locator("summary", { hasText: question }) });
  return fold.getAttribute("data-card");
}

/** What a checked choice says of it: "Right.", "Partly right." or "Wrong.". */
const verdictLine = (page) => page.getByText(/^(Right|Partly right|Wrong)\.$/);
const verdict = (page) => verdictLine(page).innerText();
const pressed = (page) =>
  page.getByRole("group", { name: "How well did you recall it?" }).getByRole("button", { pressed: true }).innerText();
const options = (page) => page.getByRole("group", { name: "Options" });
/** The options marked, once checked, as the right answer ("✓ Right answer") or a wrong one ("✗ Wrong"). */
const RIGHT = /✓ Right answer$/;
const WRONG = /✗ Wrong$/;

/** Sends a keydown as a Korean input method does: a jamo as `key`, the physical key as `code`. */
async function koreanKey(page, key, code) {
  await page.evaluate(
    ([key, code]) =>
      (document.activeElement ?? document.body).dispatchEvent(
        new KeyboardEvent("keydown", { key, code, bubbles: true, cancelable: true }),
      ),
    [key, code],
  );
}

test("English notes give an English UI", async () => {
  const { page, problems, context } = await openPage(app.browser, { uiLang: null, locale: "ko-KR" });
  await page.goto(app.server.url);
  await mainHeading(page).first().waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en", "the notes' language, before the browser's");
  const served = await (await fetch(app.server.url)).text();
  assert.match(served, /<html lang="en"/, "declared by the build, before the app starts");
  assert.equal(await page.getByRole("button", { name: "한국어", exact: true }).getAttribute("lang"), "ko");
  assert.equal(await page.getByRole("navigation", { name: "Study" }).getByRole("link").first().innerText(), "Review");
  assert.deepEqual(problems, []);
  await context.close();
});

test("home groups the decks of a subfolder; relative images show, and a missing one is its text", async () => {
  const { page, problems, context } = await app.open();
  const level2 = page.getByRole("main").getByRole("heading", { level: 2 });
  // A folder's heading stands over its decks, outside any deck's (or today's) section.
  const folders = await level2.evaluateAll((headings) => headings.filter((h) => !h.closest("section")).map((h) => h.innerText));
  assert.deepEqual(folders, ["java", "spring"]);
  const headings = await level2.allInnerTexts();
  assert.ok(headings.indexOf("java") < headings.indexOf("Java basics"), headings.join(", "));

  await page.goto(app.url("c/java-basics/"));
  await appReady(page);
  const fold = page.locator("[data-card]").first();
  await fold.locator("summary").click();
  const image = fold.getByRole("img", { name: "Heap generations" });
  await image.waitFor();
  assert.ok(await image.evaluate((img) => img.complete && img.naturalWidth > 0), "the image loaded");
  const missing = page.locator("[data-card]").nth(1);
  await missing.locator("summary").click();
  // Its answer: the last of the notes' own blocks in the fold (they carry the notes' language).
  assert.match(await missing.locator("div[lang]").last().innerText(), /^Stack frames\n/);
  assert.equal(await missing.getByRole("img", { includeHidden: true }).count(), 0, "no broken image is requested");
  const worker = readFileSync(`${DIST}/sw.js`, "utf8");
  assert.ok(worker.includes('"./notes/java/images/heap.svg"'), "the image is precached for offline use");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the notes' images show inside a <fold-cards> element on a blog too", async () => {
  const blog = await serveBlog(
    (appUrl) => ({
      "post.html": `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Blog</title></head><body>
      <fold-cards category="java-basics"></fold-cards>
      <script type="module" src="${appUrl}embed.js"></script></body></html>`,
    }),
    DIST,
  );
  const { page, problems, context } = await openPage(app.browser);
  try {
    await page.goto(blog.url + "post.html");
    const fold = page.locator("fold-cards").locator("[data-card]").first();
    await fold.locator("summary").click();
    const image = fold.getByRole("img", { name: "Heap generations" });
    await image.waitFor();
    assert.ok((await image.getAttribute("src")).startsWith(blog.app.url), await image.getAttribute("src"));
    await page.waitForFunction(
      () => document.querySelector("fold-cards").shadowRoot.querySelector("img[alt='Heap generations']")?.naturalWidth > 0,
    );
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await blog.close();
  }
});

test("a question taken from a heading is asked with its code", async () => {
  const { page, problems, context } = await app.open();
  const id = await cardId(page, "heading-questions/기본", "Q2. 다음 코드의 출력은?");
  await page.goto(app.url(`quiz/?k=${id}`));
  await page.waitForSelector("[data-testid='question']");
  assert.equal(await page.locator("[data-testid='question']").innerText(), "Q2. 다음 코드의 출력은?");
  const answer = page.getByRole("region", { name: "Answer", exact: true });
  assert.match(await page.getByRole("region", { name: "Quiz" }).getByRole("code").innerText(), /System\.out\.println\(a == b\);/);
  assert.equal(await answer.count(), 0, "the code shows before the answer");
  await page.keyboard.press("Space");
  await answer.waitFor();
  assert.match(await answer.innerText(), /상수 풀/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a choice question answered right by click, then wrong by key with a Korean input method on", async () => {
  const { page, problems, context } = await app.open();
  const tcp = await cardId(page, "choices/전송-계층", "TCP의 특징으로 옳은 것은?");
  const js = await cardId(page, "english-questions", "Question 1. What does this print?");
  await page.goto(app.url(`quiz/?k=${tcp}`));
  await options(page).waitFor();

  // Right, by click: one right answer checks at once, and Good is suggested.
  await page.getByRole("button", { name: /흐름 제어를 한다/ }).click();
  assert.equal(await verdict(page), "Right.");
  assert.equal(await options(page).getByRole("button", { name: RIGHT }).innerText(), "2\n흐름 제어를 한다");
  assert.equal(await pressed(page), "Good 3");
  await page.keyboard.press("Enter");
  assert.deepEqual(await tally(page), { again: 0, hard: 0, good: 1, easy: 0, skipped: 0 });

  // Wrong, by key, as with a Korean input method on: KeyA types ㅁ.
  await page.goto(app.url(`quiz/?k=${js}`));
  await options(page).waitFor();
  await page.locator("[data-testid='question']").focus();
  await koreanKey(page, "ㅁ", "KeyA");
  assert.equal(await verdict(page), "Wrong.");
  assert.equal(await options(page).getByRole("button", { name: WRONG, pressed: true }).innerText(), "A\n\"null\"");
  assert.equal(await options(page).getByRole("button", { name: RIGHT }).innerText(), "B\n\"object\"");
  assert.deepEqual(
    await options(page).getByRole("button").evaluateAll((options) => options.map((o) => o.className)),
    ["option wrong", "option right", "option wrong"],
    "every option is marked right or wrong",
  );
  assert.equal(await pressed(page), "Again 1");
  await page.keyboard.press("2");
  assert.equal(await pressed(page), "Hard 2", "1–4 change the grade before it is recorded");
  await page.keyboard.press("Enter");
  assert.deepEqual(await tally(page), { again: 0, hard: 1, good: 0, easy: 0, skipped: 0 });
  assert.deepEqual(problems, []);
  await context.close();
});

test("a question with several right options waits for the check; KeyB picks B whatever the input method types", async () => {
  const { page, problems, context } = await app.open();
  const udp = await cardId(page, "choices/전송-계층", "다음 중 UDP를 쓰는 프로토콜을 모두 고르면?");
  await page.goto(app.url(`quiz/?k=${udp}`));
  await options(page).waitFor();
  await page.locator("[data-testid='question']").focus();
  await koreanKey(page, "ㅠ", "KeyB");
  await koreanKey(page, "ㅇ", "KeyD");
  assert.deepEqual(await options(page).getByRole("button", { pressed: true }).locator("kbd").allInnerTexts(), ["B", "D"]);
  assert.equal(await verdictLine(page).count(), 0, "nothing is checked yet");
  await page.keyboard.press("3");
  assert.equal(await verdictLine(page).count(), 0, "grading keys wait for the check");
  await page.keyboard.press("Enter");
  assert.equal(await verdict(page), "Right.");
  assert.deepEqual(await options(page).getByRole("button", { name: RIGHT }).locator("kbd").allInnerTexts(), ["B", "D"]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a follow-up question opens from its parent and links back", async () => {
  const { page, problems, context } = await app.open();
  const parent = await cardId(page, "heading-questions/기본", "Q3.");
  await page.goto(app.url(`card/${parent}/`));
  await appReady(page);
  const followUps = page.getByRole("navigation", { name: "Follow-up questions" });
  await followUps.getByRole("link", { name: "꼬리질문: hashCode만 같으면 같은 객체인가?" }).click();
  await mainHeading(page, /^꼬리질문/).waitFor();
  assert.equal(await page.getByRole("article").getByText("Follow-up", { exact: true }).count(), 1, "marked a follow-up");
  await page.getByText("Follow-up of").getByRole("link").click();
  await addressIs(page, `card/${parent}/`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("cards with no answer yet are listed, and quizzes skip them unless u=1", async () => {
  const { page, problems, context } = await app.open("c/unfinished/");
  assert.equal(await page.getByText("No answer yet", { exact: true }).count(), 4);
  await page.goto(app.url("quiz/?c=unfinished&n=all&seed=1"));
  await page.getByTestId("quiz-position").waitFor();
  assert.equal(await page.getByTestId("quiz-position").innerText(), "Question 1 / 1");
  assert.equal(await page.locator("[data-testid='question']").innerText(), "What is selectivity?");

  await page.goto(app.url("quiz/new/?c=unfinished"));
  const include = page.getByRole("checkbox", { name: "Include them (4)" });
  await include.check();
  await page.getByRole("button", { name: "Start" }).click();
  await addressIs(page, /^quiz\/\?c=unfinished&n=10&u=1&seed=\d+$/);
  assert.equal(await page.getByTestId("quiz-position").innerText(), "Question 1 / 5");
  assert.deepEqual(problems, []);
  await context.close();
});

test("choice, follow-up and unfinished screens have no axe violations, light and dark", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const { page, problems, context } = await app.open("", { colorScheme });
    const udp = await cardId(page, "choices/전송-계층", "다음 중 UDP를 쓰는 프로토콜을 모두 고르면?");
    const parent = await cardId(page, "heading-questions/기본", "Q3.");
    const screens = [
      [`quiz/?k=${udp}`, async () => options(page).waitFor()],
      ["", async () => {
        await page.getByRole("button", { name: /DNS/ }).click();
        await page.getByRole("button", { name: /SMTP/ }).click();
        await page.getByRole("button", { name: "Check Enter" }).click();
        await verdictLine(page).waitFor();
      }],
      [`card/${parent}/`, async () => page.getByRole("navigation", { name: "Follow-up questions" }).waitFor()],
      ["c/unfinished/", async () => page.getByText("No answer yet", { exact: true }).first().waitFor()],
      ["quiz/new/?c=unfinished", async () => page.getByRole("checkbox", { name: /^Include them/ }).waitFor()],
      ["./", async () => page.getByRole("heading", { level: 2, name: "java", exact: true }).waitFor()],
    ];
    for (const [address, ready] of screens) {
      if (address) {
        await page.goto(app.url(address));
        await appReady(page);
      }
      await ready();
      assert.deepEqual(await axeViolations(page), [], `${colorScheme} ${address || "after the check"}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});

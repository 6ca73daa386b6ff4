// The app inside a blog: the release build served from a sub-path on one port,
// a "blog" on another port embedding it in an iframe and as <fold-cards>
// elements, both under a page stylesheet that would wreck anything it reached.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import * as deck from "./deck.mjs";
import { appReady, holdWasm, launchBrowser, mainHeading, openPage, serveBlog } from "./harness.mjs";

const DATABASE = deck.DATABASE.path;
const WEB = deck.WEB.path;
const HOSTILE_CSS = "<style>* { color: red; font-size: 40px }</style>";

let app;
let blog;
let browser;

before(async () => {
  /** A blog post with `iframe`, the embed.js script, and a list of the counts its quizzes tell when finished. */
  const framesPage = (appUrl, iframe) => `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Blog</title>${HOSTILE_CSS}</head><body>
      <p id="text">A post with a quiz.</p>
      ${iframe}
      <script type="module" src="${appUrl}embed.js"></script>
      <script>
        window.finished = [];
        addEventListener("message", (event) => {
          if (event.data?.type === "foldcards:finished") finished.push(event.data.counts);
        });
      </script></body></html>`;
  blog = await serveBlog((appUrl) => ({
    "frames.html": framesPage(
      appUrl,
      `<iframe id="quiz" src="${appUrl}embed/quiz/?c=${DATABASE}&n=3&seed=3" title="Foldcards" style="width:100%;border:0" scrolling="no"></iframe>`,
    ),
    // A snippet copied before screens had addresses of their own, in the URL hash: still on blogs.
    "older-frame.html": framesPage(
      appUrl,
      `<iframe id="sandboxed" sandbox="allow-scripts" src="${appUrl}#/embed/quiz?c=${WEB}&n=2&seed=1&lang=en" title="Foldcards" style="width:100%;border:0" scrolling="no"></iframe>`,
    ),
    "elements.html": `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Blog</title>${HOSTILE_CSS}</head><body>
      <p id="text">A post with two quizzes.</p>
      <fold-cards id="one" quiz category="${DATABASE}" count="2"></fold-cards>
      <fold-cards id="two" quiz category="${WEB}" count="2"></fold-cards>
      <fold-cards id="browse" category="${WEB}"></fold-cards>
      <script type="module" src="${appUrl}embed.js"></script>
      <script>
        window.finished = [];
        document.addEventListener("foldcards:finished", (event) => finished.push({ id: event.target.id, counts: event.detail }));
      </script></body></html>`,
    "before-the-app.html": `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Blog</title>${HOSTILE_CSS}</head><body>
      <fold-cards id="quiz" quiz category="${DATABASE}"></fold-cards>
      <fold-cards id="browse" category="${WEB}"></fold-cards>
      <script type="module" src="${appUrl}embed.js"></script></body></html>`,
  }));
  app = blog.app;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await blog?.close();
});

/** The blog page with two quiz elements, once both ask their first question. */
async function openElements() {
  const session = await openPage(browser);
  await session.page.goto(blog.url + "elements.html");
  const one = session.page.locator("#one");
  const two = session.page.locator("#two");
  await one.getByTestId("question").waitFor();
  await two.getByTestId("question").waitFor();
  return { ...session, one, two };
}

const GRADES = ["Again", "Hard", "Good", "Easy"];
/** The button of the grade that `key` (1 to 4) gives: "Good 3". */
const gradeButton = (scope, key) => scope.getByRole("button", { name: `${GRADES[key - 1]} ${key}`, exact: true });
const answer = (scope) => scope.getByRole("region", { name: "Answer", exact: true });
/** The Embed button's snippets, which its summary opens. */
const embed = (page) => page.getByRole("group").filter({ has: page.getByText("Embed", { exact: true }) });

const frameHeight = (page, id) => page.evaluate((id) => document.getElementById(id).getBoundingClientRect().height, id);

test("an iframe embed runs a quiz to the end, fits its content, and tells the blog the counts", async () => {
  const { page, problems, context } = await openPage(browser);
  await page.goto(blog.url + "frames.html");
  assert.deepEqual(problems, [], "the snippet's address is a page, and it finds the app's files");
  const frame = page.frameLocator("#quiz");
  await frame.getByTestId("question").waitFor();
  assert.equal(await frame.getByRole("banner").count(), 0, "no site header in an embed");
  assert.equal(await frame.getByTestId("quiz-position").innerText(), "Question 1 / 3");
  assert.equal(await page.evaluate(() => document.activeElement.tagName), "BODY", "loading takes no focus from the blog");

  const fits = async () => {
    const content = await frame.locator("html").evaluate((html) => html.scrollHeight);
    return Math.abs((await frameHeight(page, "quiz")) - content) <= 1;
  };
  await page.waitForFunction(() => document.getElementById("quiz").getBoundingClientRect().height > 200);
  assert.ok(await fits(), "the iframe is as tall as its content");
  const before = await frameHeight(page, "quiz");
  await frame.getByRole("button", { name: /Show answer/ }).click();
  await answer(frame).waitFor();
  await page.waitForFunction((before) => document.getElementById("quiz").getBoundingClientRect().height !== before, before);
  assert.ok(await fits(), "after a reveal, the iframe took its content's new height: no scrollbar");

  for (const key of ["1", "3", "3"]) {
    if (!(await answer(frame).count())) await frame.getByRole("button", { name: /Show answer/ }).click();
    await gradeButton(frame, key).click();
  }
  await mainHeading(frame, "Session complete").waitFor();
  await page.waitForFunction(() => window.finished.length === 1);
  assert.deepEqual(await page.evaluate(() => window.finished), [{ again: 1, hard: 0, good: 2, easy: 0, skipped: 0 }]);
  assert.equal(page.url(), blog.url + "frames.html", "the blog's address never changed");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a sandboxed iframe of an older snippet, with no storage, still runs its quiz in the language its address asks, and says progress is not kept", async () => {
  const { page, problems, context } = await openPage(browser);
  await page.goto(blog.url + "older-frame.html");
  const frame = page.frameLocator("#sandboxed");
  await frame.getByTestId("question").waitFor();
  assert.match(await frame.getByRole("status").innerText(), /cannot keep data here/);
  assert.equal(await frame.locator("html").getAttribute("lang"), "en", "the iframe's own document speaks the address's &lang=");
  for (let i = 0; i < 2; i++) {
    await frame.getByRole("button", { name: /Show answer/ }).click();
    await gradeButton(frame, 4).click();
  }
  await mainHeading(frame, "Session complete").waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test("elements run separate sessions in shadow roots the blog's CSS cannot reach", async () => {
  const { page, problems, context, one, two } = await openElements();
  assert.equal(await page.evaluate(() => document.activeElement.tagName), "BODY", "loading takes no focus from the blog");

  const style = (locator) =>
    locator.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { color: computed.color, fontSize: computed.fontSize };
    });
  const { page: standalone, context: appContext } = await openPage(browser);
  await standalone.goto(app.url + `quiz/?c=${DATABASE}&n=2&seed=1`);
  await appReady(standalone);
  assert.deepEqual(await style(one.getByTestId("question")), await style(standalone.getByTestId("question")), "rendered as in the app");
  assert.deepEqual(await style(one.getByTestId("quiz-position")), await style(standalone.getByTestId("quiz-position")));
  await appContext.close();
  assert.deepEqual(await style(page.locator("#text")), { color: "rgb(255, 0, 0)", fontSize: "40px" }, "and the app's CSS does not leak out");

  await one.getByRole("button", { name: /Show answer/ }).click();
  await gradeButton(one, 1).click();
  assert.equal(await one.getByTestId("quiz-position").innerText(), "Question 2 / 2");
  assert.equal(await two.getByTestId("quiz-position").innerText(), "Question 1 / 2", "the other element's session is its own");
  await one.getByRole("button", { name: /Show answer/ }).click();
  await gradeButton(one, 3).click();
  await mainHeading(one, "Session complete").waitFor();
  await page.waitForFunction(() => window.finished.length === 1);
  assert.deepEqual(await page.evaluate(() => window.finished), [
    { id: "one", counts: { again: 1, hard: 0, good: 1, easy: 0, skipped: 0 } },
  ]);

  await one.getByRole("link", { name: "New quiz" }).click();
  await one.getByRole("heading", { level: 1, name: "Start a quiz" }).waitFor();
  assert.equal(page.url(), blog.url + "elements.html", "links move inside the element, not the blog");
  assert.equal(
    await one.evaluate((element) => element.shadowRoot.activeElement?.tagName),
    "H1",
    "once the user is in it, a new screen's heading takes focus",
  );
  const browse = page.locator("#browse");
  assert.equal(await browse.locator("[data-card]").count(), deck.WEB.questions, "a category element lists its questions");
  const history = () => page.evaluate(() => [history.length, JSON.stringify(history.state)]);
  const before = await history();
  await browse.locator("[data-card]").locator("summary").first().click();
  assert.equal(await browse.locator("[data-card][open]").count(), 1);
  assert.deepEqual(await history(), before, "opening an answer leaves the blog's history alone");
  assert.deepEqual(problems, []);
  await context.close();
});

test("two elements on one page grading different cards both keep their reviews", async () => {
  const { page, problems, context, one, two } = await openElements();
  await page.evaluate(() => {
    window.persistCalls = 0;
    navigator.storage.persist = async () => (window.persistCalls += 1);
  });
  const gradeIn = async (element, key) => {
    await element.getByRole("button", { name: /Show answer/ }).click();
    await gradeButton(element, key).click();
  };
  await gradeIn(one, "3");
  await gradeIn(two, "1");
  await gradeIn(one, "4");
  const reviews = await page.evaluate((key) => {
    const file = JSON.parse(localStorage.getItem(key));
    return Object.values(file.cards).map((card) => card.log.length);
  }, deck.PROGRESS_KEY);
  assert.deepEqual(reviews, [1, 1, 1], "three cards, one review each, from both elements");
  assert.equal(await page.evaluate(() => window.persistCalls), 0, "a blog's storage is the blog's to keep");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the Embed button gives both snippets for what is on screen, and copies them", async () => {
  const { page, problems, context } = await openPage(browser);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(app.url).origin });
  await page.goto(app.url + deck.WEB.address);
  await appReady(page);
  await page.getByText("Embed", { exact: true }).click();
  const snippets = await embed(page).getByRole("code").allInnerTexts();
  assert.equal(snippets.length, 2);
  assert.ok(snippets[0].includes(`<iframe src="${app.url}embed/${deck.WEB.address}"`), snippets[0]);
  assert.ok(snippets[1].includes(`<script type="module" src="${app.url}embed.js"></script>`), snippets[1]);
  assert.ok(snippets[1].includes(`<fold-cards category="${WEB}"></fold-cards>`), snippets[1]);
  await page.getByRole("button", { name: "Copy In an iframe", exact: true }).click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippets[0]);
  await page.getByRole("button", { name: "Copied In an iframe", exact: true }).waitFor();
  await page.getByRole("button", { name: "Copy As an element", exact: true }).click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippets[1]);

  await page.goto(app.url + `quiz/?c=${WEB}&n=5&seed=3`);
  await page.getByTestId("question").waitFor();
  await page.getByText("Embed", { exact: true }).click();
  const quizSnippets = await embed(page).getByRole("code").allInnerTexts();
  assert.ok(quizSnippets[0].includes(`<iframe src="${app.url}embed/quiz/?c=${WEB}&n=5"`), quizSnippets[0]);
  assert.ok(quizSnippets[1].includes(`<fold-cards quiz category="${WEB}" count="5"></fold-cards>`), quizSnippets[1]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("an element shows its screen, rendered at build time, before the app arrives, and the app goes on from it", async () => {
  const { page, problems, context } = await openPage(browser, { uiLang: null, serviceWorkers: "block" });
  const release = await holdWasm(page);
  await page.goto(blog.url + "before-the-app.html");
  const quiz = page.locator("#quiz");
  const browse = page.locator("#browse");
  await quiz.getByTestId("question").waitFor();
  await browse.locator("[data-card]").first().waitFor();
  assert.equal(await page.evaluate(() => window.wasmBindings), undefined, "before the app");
  const asked = await quiz.getByTestId("question").innerText();
  assert.match(await quiz.getByTestId("quiz-position").innerText(), /1 \/ 10/);
  assert.equal(await browse.locator("[data-card]").count(), deck.WEB.questions, "the category's questions");
  const link = await browse.locator("a.fold-link").first().getAttribute("href");
  assert.ok(link.startsWith(app.url + "card/"), `a link before the app leads to the app's own page: ${link}`);

  const shown = await quiz.getByTestId("question").elementHandle();

  release();
  // The app draws over what was shown: the same question, of the same quiz.
  await page.waitForFunction((element) => !element.isConnected, shown);
  assert.equal(await quiz.getByTestId("question").innerText(), asked);
  await quiz.getByRole("button", { name: /^답 보기/ }).click();
  await quiz.getByRole("button", { name: /^좋음/ }).click();
  await quiz.getByTestId("quiz-position").filter({ hasText: /2 \/ 10/ }).waitFor();
  assert.equal(page.url(), blog.url + "before-the-app.html", "the blog's address stays");
  assert.deepEqual(problems, []);
  await context.close();
});

test("an element never shows a quiz start whose session is saved on the blog: the app would resume that one", async () => {
  const quizPage = await (await fetch(app.url + "embed/quiz/")).text();
  const starts = [...quizPage.matchAll(/<template data-quiz="([^"]*)" data-seed=\d+ data-session="([^"]+)">([\s\S]*?)<\/template>/g)]
    .filter(([, key]) => key === DATABASE)
    .map(([, , session, screen]) => ({ session: session.replaceAll("&amp;", "&"), screen }));
  assert.equal(starts.length, 3);
  const opened = async (saved) => {
    const { page, problems, context } = await openPage(browser, { uiLang: null, serviceWorkers: "block" });
    await page.goto(blog.url + "frames.html");
    await page.evaluate((keys) => keys.forEach((key) => localStorage.setItem(key, "{}")), saved.map((start) => start.session));
    const release = await holdWasm(page);
    await page.goto(blog.url + "before-the-app.html");
    await page.locator("#browse [data-card]").first().waitFor();
    return { page, problems, context, release, quiz: page.locator("#quiz") };
  };

  // Two of the three saved: the element shows the third.
  const some = await opened(starts.slice(0, 2));
  await some.quiz.getByTestId("question").waitFor();
  const words = (text) => text.replace(/\s+/g, " ").trim();
  const shown = words(await some.quiz.getByTestId("question").textContent());
  const third = await some.page.evaluate((html) => {
    const template = document.createElement("template");
    template.innerHTML = html;
    return template.content.querySelector("[data-testid=question]").textContent;
  }, starts[2].screen);
  assert.equal(shown, words(third));
  some.release();
  assert.deepEqual(some.problems, []);
  await some.context.close();

  // All three saved: the element waits for the app, which starts a quiz of its own.
  const all = await opened(starts);
  await all.page.waitForTimeout(300);
  assert.equal(await all.quiz.getByTestId("question").count(), 0, "no start shown before the app");
  all.release();
  await all.quiz.getByTestId("quiz-position").filter({ hasText: /1 \/ 10/ }).waitFor();
  assert.deepEqual(all.problems, []);
  await all.context.close();
});

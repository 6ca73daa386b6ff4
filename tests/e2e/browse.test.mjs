// Browsing the notes, as a user meets the release build on a static host.

import { test } from "node:test";
import assert from "node:assert/strict";
import { ASSIGNMENTS, DATABASE, DATABASE_CARDS, DECK, HOME_CATEGORIES, TECHNICAL, TECHNICAL_SECTIONS, WEB, WEB_CARD } from "./deck.mjs";
import { addressIs, appAddress, appReady, besidesNotFound, mainHeading, openPage, servedApp } from "./harness.mjs";

const app = servedApp();
const open = app.open;

const heading = (page) => mainHeading(page).innerText();
/** Waits until the screen's heading reads `title`. */
const headingIs = (page, title) => mainHeading(page, title).waitFor();
/** The questions that unfold to their answers: each card's fold carries the card's id. */
const folds = (page) => page.locator("[data-card]");
const fold = (page, question) => folds(page).filter({ hasText: question });
const openFolds = (page) => page.locator("[data-card][open]");

test("home lists every category with its question count, all assets from the sub-path", async () => {
  const { page, problems, context } = await open();
  const requested = [];
  page.on("request", (request) => requested.push(request.url()));
  await page.reload();
  await appReady(page);

  assert.equal(await heading(page), DECK.title);
  const count = await page.getByTestId("deck").getByText(/^\d+ questions? · \d+ sections?$/).innerText();
  assert.ok(count.startsWith(`${DECK.questions} questions · `), count);
  // What a screen reader reads: the badge's number is read as "5 questions"
  // (the mastery bar, which says what is known, aside).
  const categories = page.getByRole("navigation", { name: /^Categories of / }).getByRole("link");
  const entries = await categories.evaluateAll((links) =>
    links.map((link) => {
      const spoken = document.createTreeWalker(link, NodeFilter.SHOW_TEXT, {
        acceptNode: (text) => (text.parentElement.closest("[aria-hidden=true], [role=img]") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      const words = [];
      while (spoken.nextNode()) words.push(spoken.currentNode.textContent.trim());
      return words.filter(Boolean).join(" ");
    }),
  );
  assert.deepEqual(
    entries,
    HOME_CATEGORIES.map(({ title, questions }) => (questions ? `${title} ${questions} questions` : `${title} notes`)),
  );
  // The page (its stylesheet inlined), the JS glue and the wasm.
  assert.ok(requested.length >= 3, `expected the page and its assets, saw ${requested}`);
  for (const url of requested) assert.ok(url.startsWith(app.server.url), `${url} is outside ${app.server.url}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a category page shows all its questions and expands an answer", async () => {
  const { page, problems, context } = await open();
  await page.getByRole("link", { name: new RegExp(DATABASE.title) }).click();
  await headingIs(page, DATABASE.title);
  assert.equal(appAddress(page), DATABASE.address);
  assert.equal(await page.title(), `${DATABASE.title} · Foldcards`);

  const questions = folds(page).locator("summary");
  assert.equal(await questions.count(), DATABASE.questions);
  assert.equal(await questions.first().innerText(), DATABASE_CARDS.first);

  const pessimistic = fold(page, DATABASE_CARDS.pessimistic.question);
  const code = pessimistic.getByRole("code");
  assert.equal(await code.isVisible(), false, "answers start folded");
  await pessimistic.locator("summary").click();
  assert.equal(await code.isVisible(), true);
  const shown = await code.innerText();
  assert.ok(shown.includes(DATABASE_CARDS.pessimistic.code), shown);
  assert.equal(await openFolds(page).count(), 1);

  await page.getByRole("button", { name: "Show all answers" }).click();
  assert.equal(await openFolds(page).count(), DATABASE.questions);
  await page.getByRole("button", { name: "Collapse all answers" }).click();
  assert.equal(await openFolds(page).count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a branch category lists the questions of every section below it", async () => {
  const { page, problems, context } = await open(TECHNICAL.address);
  assert.equal(await heading(page), TECHNICAL.title);
  assert.equal(await folds(page).count(), TECHNICAL.questions);
  assert.deepEqual(
    await page.getByRole("main").getByRole("heading", { level: 2 }).allInnerTexts(),
    TECHNICAL_SECTIONS.map((section) => section.title),
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test("a category of notes only shows its notes, with links to missing files as text", async () => {
  const { page, problems, context } = await open(ASSIGNMENTS.address);
  const notes = page.getByTestId("notes");
  const text = await notes.innerText();
  assert.ok(text.includes(ASSIGNMENTS.notes), text);
  assert.equal(await notes.getByRole("link").count(), 0);
  assert.equal(await folds(page).count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a card deep link loads directly, with previous and next in its category", async () => {
  const { pessimistic, optimistic } = DATABASE_CARDS;
  const first = await open(DATABASE.address);
  const folded = fold(first.page, pessimistic.question);
  await folded.locator("summary").click();
  const href = await folded.getByRole("link", { name: "Open as a card" }).getAttribute("href");
  await first.context.close();

  const { page, problems, context } = await open(href);
  assert.equal(await heading(page), pessimistic.question);
  assert.equal(await page.title(), `${pessimistic.question} · Foldcards`);
  const position = page.getByRole("article").getByText(/^Question \d+ of \d+$/);
  assert.equal(await position.innerText(), `Question ${pessimistic.at} of ${DATABASE.questions}`);
  const code = await page.getByRole("article").getByRole("code").innerText();
  assert.ok(code.includes(pessimistic.code), code);
  const crumbs = page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link");
  assert.deepEqual(await crumbs.allInnerTexts(), ["Home", DECK.title, TECHNICAL.title, DATABASE.title]);

  await page.getByRole("link", { name: /Next/ }).click();
  await headingIs(page, optimistic.question);
  assert.equal(await position.innerText(), `Question ${optimistic.at} of ${DATABASE.questions}`);
  await page.getByRole("link", { name: /Previous/ }).click();
  await headingIs(page, pessimistic.question);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a pasted, percent-encoded address opens the same screen, and so does an older #/ one, at the screen's own address", async () => {
  const encoded = WEB.path.split("/").map(encodeURIComponent).join("/");
  assert.notEqual(encoded, WEB.path, "the path has letters to encode");
  // As copied from a browser's address bar, and as links were shared before screens had paths of their own.
  for (const pasted of [`c/${encoded}/`, `#/c/${encoded}`]) {
    const { page, problems, context } = await openPage(app.browser);
    const loads = [];
    page.on("request", (request) => request.isNavigationRequest() && loads.push(request.url()));
    await page.goto(app.url(pasted));
    await appReady(page);
    assert.equal(await heading(page), WEB.title, pasted);
    assert.equal(await folds(page).count(), WEB.questions);
    await addressIs(page, WEB.address);
    assert.equal(loads.length, 1, `one page load: ${loads}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test("back and forward move between screens", async () => {
  const { page, problems, context } = await open();
  const waitFor = (title) => headingIs(page, title);

  await page.getByRole("link", { name: new RegExp(TECHNICAL.title) }).first().click();
  await waitFor(TECHNICAL.title);
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: new RegExp(`^${WEB.title}`) }).click();
  await waitFor(WEB.title);
  const card = fold(page, WEB_CARD);
  await card.locator("summary").click();
  await card.getByRole("link", { name: "Open as a card" }).click();
  await waitFor(WEB_CARD);

  await page.goBack();
  await waitFor(WEB.title);
  await page.goBack();
  await waitFor(TECHNICAL.title);
  await page.goBack();
  await waitFor(DECK.title);
  await page.goForward();
  await waitFor(TECHNICAL.title);
  await page.goForward();
  await waitFor(WEB.title);
  assert.equal(appAddress(page), WEB.address);
  assert.deepEqual(problems, []);
  await context.close();
});

test("Back shows a screen where the user left it, its answers open as they were; a link, and search closing on another screen, start at the top", async () => {
  const { second, sharding: far } = DATABASE_CARDS;
  const { page, problems, context } = await open(DATABASE.address);
  // Scrolled at once, then a frame, in which the page hears of it.
  const scrollTo = (y) =>
    page.evaluate(async (y) => {
      window.scrollTo(0, y);
      await new Promise(requestAnimationFrame);
      return window.scrollY;
    }, y);
  const openQuestions = () => openFolds(page).locator("summary").allInnerTexts();
  await folds(page).locator("summary").nth(1).click();
  assert.ok((await scrollTo(900)) > 0);
  const farFold = fold(page, far);
  await farFold.locator("summary").click();
  const scrolled = await page.evaluate(() => window.scrollY);
  assert.deepEqual(await openQuestions(), [second, far]);
  // Followed where it is, as a user who scrolled to it would (Playwright's click scrolls it into view first).
  await farFold.getByRole("link", { name: "Open as a card" }).evaluate((link) => link.click());
  await headingIs(page, far);
  assert.equal(await page.evaluate(() => window.scrollY), 0, "a new screen starts at its top");

  await page.goBack();
  await headingIs(page, DATABASE.title);
  assert.deepEqual(await openQuestions(), [second, far], "the answers the user had open");
  assert.equal(await page.evaluate(() => window.scrollY), scrolled, "back where the user left it");
  await page.getByRole("button", { name: "Show all answers" }).click();
  assert.equal(await openFolds(page).count(), DATABASE.questions, "the kept ones open with the rest");
  await page.getByRole("button", { name: "Collapse all answers" }).click();
  assert.deepEqual(await openQuestions(), [], "and close with them");
  await page.getByRole("link", { name: "Foldcards" }).click();
  await headingIs(page, DECK.title);
  await page.getByRole("link", { name: new RegExp(`^${DATABASE.title}`) }).first().click();
  await headingIs(page, DATABASE.title);
  assert.equal(await page.evaluate(() => window.scrollY), 0, "a link opens the screen at its top");
  assert.deepEqual(await openQuestions(), [], "with its answers folded");

  await scrollTo(400);
  await page.keyboard.press("/");
  await page.keyboard.type("lock");
  await page.getByRole("option").first().click();
  await addressIs(page, /^card\/[^/]+\/$/);
  await page.getByRole("link", { name: "Foldcards" }).click();
  await headingIs(page, DECK.title);
  await page.keyboard.press("/");
  await page.keyboard.type("cors");
  await page.getByRole("option").first().waitFor();
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await page.getByRole("option").first().waitFor({ state: "detached" });
  assert.equal(await page.evaluate(() => window.scrollY), 0, "home, where its search began, not the category's place");
  assert.deepEqual(problems, []);
  await context.close();
});

test("an unknown address says so and leads back home", async () => {
  for (const [address, message] of [
    ["no/such/page/", /no page at this address/],
    [`c/${DECK.id}/gone/`, /no category at this address/],
    ["card/zzzzzzzz/", /not in the notes any more/],
  ]) {
    // The host answers with the site's 404 page, over which the app shows what the address names.
    const { page, problems, context } = await openPage(app.browser);
    await page.goto(app.url(address));
    assert.deepEqual(besidesNotFound(problems, app.url(address)), [], `${address}: the 404 page finds the app's files`);
    await appReady(page);
    assert.equal(await heading(page), "Not found", address);
    assert.match(await page.getByRole("main").innerText(), message);
    await page.getByRole("link", { name: "Back to all categories" }).click();
    await headingIs(page, DECK.title);
    assert.equal(appAddress(page), "");
    assert.deepEqual(besidesNotFound(problems, app.url(address)), [], address);
    await context.close();
  }
});

test("every screen fits a 360 px phone without sideways scrolling, its header in one row, its words whole", async () => {
  const { page, problems, context } = await open("", { viewport: { width: 360, height: 740 } });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.equal(await overflow(), 0, "home");
  const header = page.getByRole("banner");
  const tops = await header.getByRole("link").or(header.getByRole("button")).evaluateAll((items) =>
    items.map((item) => Math.round(item.getBoundingClientRect().top + item.getBoundingClientRect().height / 2)),
  );
  assert.equal(new Set(tops).size, 1, `the brand, links and switches share a row: ${tops}`);
  await page.goto(app.url("stats/"));
  const totals = page.getByRole("table");
  await totals.waitFor();
  assert.equal(await overflow(), 0, "stats");
  const headers = totals.getByRole("columnheader").or(totals.getByRole("rowheader"));
  // The reset column's header is for screen readers only.
  const lines = await headers.filter({ hasNotText: /^Reset$/ }).evaluateAll((cells) =>
    cells.map((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return [cell.innerText, new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size];
    }),
  );
  const words = (text) => text.split(/\s+/).length;
  assert.deepEqual(lines.filter(([text, count]) => text && count > words(text)), [], "no heading or category split inside a word");
  const table = await totals.locator("..").evaluate((box) => [box.scrollWidth, box.clientWidth]);
  assert.ok(table[0] <= table[1], `the totals fit without scrolling sideways: ${table}`);
  const indents = await totals.getByRole("rowheader").evaluateAll((cells) =>
    cells.map((cell) => parseFloat(getComputedStyle(cell).paddingLeft)),
  );
  assert.ok(indents[0] > 0 && indents[1] > indents[0], `a deck's heading off the edge, a section's further in: ${indents}`);
  const { wideCode } = DATABASE_CARDS;
  await page.goto(app.url(DATABASE.address));
  await page.getByRole("button", { name: "Show all answers" }).click();
  assert.equal(await overflow(), 0, "category with every answer open");
  const href = await fold(page, wideCode).getByRole("link", { name: "Open as a card" }).getAttribute("href");
  await page.goto(app.url(href));
  await headingIs(page, wideCode);
  assert.equal(await overflow(), 0, "card with a wide code block");
  await page.goto(app.url("quiz/new/"));
  await headingIs(page, "Start a quiz");
  assert.equal(await overflow(), 0, "quiz setup");
  await page.goto(app.url(`quiz/?c=${DATABASE.path}&n=all&seed=1`));
  await page.getByTestId("question").waitFor();
  for (let asked = 0; (await page.getByTestId("question").innerText()) !== wideCode; asked++) {
    assert.ok(asked < DATABASE.questions, "the quiz asks every card of the category");
    await page.getByRole("button", { name: "Skip this question" }).click();
  }
  await page.getByRole("button", { name: /Show answer/ }).click();
  await page.getByRole("region", { name: "Answer", exact: true }).waitFor();
  assert.equal(await overflow(), 0, "a revealed answer with a wide code block, and the grade buttons");
  await page.getByRole("button", { name: "End session" }).click();
  await mainHeading(page, "Session ended").waitFor();
  assert.equal(await overflow(), 0, "quiz summary");
  assert.deepEqual(problems, []);
  await context.close();
});

// Spaced repetition as a user meets it: grades kept across reloads and
// scheduled by FSRS, today's reviews, stars and drills, mastery bars, the
// stats page, export and import, reset, and storage that fails.

import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DATABASE, DECK, PROGRESS_KEY, WEB } from "./deck.mjs";
import { appReady, mainHeading, openPage, servedApp } from "./harness.mjs";

const app = servedApp();

const DAY = 86_400_000;
/** The new cards today's review takes a day; the tests' deck holds more than that and a due card. */
const NEW_PER_DAY = 20;
assert.ok(DECK.questions > NEW_PER_DAY + 1, "the tests' deck is too small for today's reviews");
/** A Tuesday morning in Seoul: far from midnight, so days are unambiguous. */
const T0 = new Date("2026-11-24T09:00:00+09:00");

const progress = (page) => page.getByTestId("quiz-position").innerText();
const question = (page) => page.getByTestId("question").innerText();
const typed = (page) => page.getByRole("textbox", { name: /^Your answer/ });
const GRADES = ["Again", "Hard", "Good", "Easy"];
/** The button of the grade that `key` (1 to 4) gives: "Good 3". */
const gradeButton = (page, key) => page.getByRole("button", { name: `${GRADES[key - 1]} ${key}`, exact: true });
/** A drill's link on home, by its name ("Starred"), and the count it shows. */
const drillLink = (page, name) => page.getByRole("link", { name: new RegExp(`^${name}`) });
const drillCount = (page, name) => drillLink(page, name).getByText(/^\d+$/).innerText();
const heatmap = (page) => page.getByRole("img", { name: /in the last \d+ weeks$/ });
const importButton = (page) => page.getByRole("button", { name: "Import progress" });
/** The import's message, in the screen (the storage notice, above it, is a status too). */
const importMessage = (page) => page.getByRole("main").getByRole("status");
/** The stats table's row of the category `title`. */
const categoryRow = (page, title) =>
  page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: title, exact: true }) });
const stored = (page) => page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
const reviewsOf = async (page) => {
  const file = JSON.parse(await stored(page));
  return Object.fromEntries(Object.entries(file.cards).map(([id, card]) => [id, card.log.map(([, grade]) => grade)]));
};

/** The ids of the cards on a category page, in notes order. */
async function cardIds(page, category = DATABASE) {
  await page.goto(app.url(category.address));
  await appReady(page);
  return page.locator("[data-card]").evaluateAll((folds) => folds.map((fold) => fold.dataset.card));
}

/** Asks exactly `ids` and grades each with the matching key. */
async function grade(page, ids, keys) {
  await page.goto(app.url(`quiz/?${ids.map((id) => `k=${id}`).join("&")}&n=all&seed=1`));
  await page.getByTestId("question").waitFor();
  for (const key of keys) {
    await page.getByRole("button", { name: /Show answer/ }).click();
    await gradeButton(page, key).click();
  }
  await mainHeading(page, "Session complete").waitFor();
}

const todayCounts = async (page) => ({
  due: Number(await page.locator("[data-testid=due] strong").innerText()),
  new: Number(await page.locator("[data-testid=new] strong").innerText()),
});

async function home(page) {
  await page.goto(app.url());
  await page.reload();
  await appReady(page);
}

test("grades survive a reload, and a card comes due on the day FSRS gives it", async () => {
  const { page, problems, context } = await app.open();
  await page.clock.setFixedTime(T0);
  const [first] = await cardIds(page);
  await grade(page, [first], ["3"]);
  await home(page);
  assert.deepEqual(await todayCounts(page), { due: 0, new: NEW_PER_DAY - 1 }, "one of today's new cards is started");
  assert.deepEqual(await reviewsOf(page), { [first]: [3] }, "the grade is kept");

  await page.clock.setFixedTime(new Date(T0.getTime() + 2 * DAY));
  await home(page);
  assert.deepEqual(await todayCounts(page), { due: 0, new: NEW_PER_DAY }, "not due two days after a first Good");

  await page.clock.setFixedTime(new Date(T0.getTime() + 3 * DAY));
  await home(page);
  assert.deepEqual(await todayCounts(page), { due: 1, new: NEW_PER_DAY }, "due on the third day");
  await page.getByRole("link", { name: "Review now" }).click();
  await page.getByTestId("question").waitFor();
  assert.equal(await progress(page), `Question 1 / ${NEW_PER_DAY + 1}`);
  await page.getByRole("button", { name: /Show answer/ }).click();
  await gradeButton(page, 3).click();
  assert.deepEqual((await reviewsOf(page))[first], [3, 3], "the review is the due card, graded again");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a page left open past midnight shows the new day's reviews, on home and on the stats page", async () => {
  const { page, problems, context } = await app.open();
  await page.clock.install({ time: T0 });
  const [first] = await cardIds(page);
  await grade(page, [first], ["3"]);
  await home(page);
  assert.deepEqual(await todayCounts(page), { due: 0, new: NEW_PER_DAY - 1 });

  // Three days on, with the page open all along: FSRS's first Good comes due.
  await page.clock.runFor(3 * DAY);
  await page.waitForFunction(() => document.querySelector("[data-testid=due] strong")?.textContent === "1");
  assert.deepEqual(await todayCounts(page), { due: 1, new: NEW_PER_DAY }, "the new day's due card, and its new cards");
  await page.getByRole("link", { name: "Stats" }).first().click();
  await page.waitForSelector("[data-testid=totals]");
  const lastDay = heatmap(page).locator("title").last();
  const today = () => lastDay.textContent();
  const before = await today();
  await page.clock.runFor(DAY);
  await lastDay.filter({ hasNotText: before }).waitFor({ state: "attached" });
  assert.match(await today(), /Nov 28/, "the heatmap ends on the new day");
  assert.deepEqual(problems, []);
  await context.close();
});

test("review/ keeps its cards across a reload, though the due list has changed", async () => {
  const { page, problems, context } = await app.open("review/");
  await page.getByTestId("question").waitFor();
  assert.equal(await progress(page), `Question 1 / ${NEW_PER_DAY}`, "today's new cards");
  assert.equal(await page.title(), "Review · Foldcards");
  await page.getByRole("button", { name: /Show answer/ }).click();
  await gradeButton(page, 1).click();
  const second = await question(page);
  await page.reload();
  await page.getByTestId("question").waitFor();
  assert.equal(await progress(page), `Question 2 / ${NEW_PER_DAY}`);
  assert.equal(await question(page), second);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a star makes the Starred drill; the Missed drill and the mastery bars count grades", async () => {
  const { page, problems, context } = await app.open();
  await page.clock.setFixedTime(T0);
  const ids = await cardIds(page);
  await page.goto(app.url(`card/${ids[4]}/`));
  await appReady(page);
  const starred = await mainHeading(page).innerText();
  const star = page.getByRole("button", { name: "Star" });
  await star.click();
  assert.equal(await star.getAttribute("aria-pressed"), "true");

  await grade(page, ids.slice(0, 3), ["1", "3", "4"]);
  await page.clock.setFixedTime(new Date(T0.getTime() + 16 * DAY));
  await grade(page, [ids[2]], ["4"]);

  await home(page);
  assert.equal(await drillCount(page, "Starred"), "1");
  assert.equal(await drillCount(page, "Missed"), "1");
  const bar = page.getByRole("link", { name: new RegExp(`^${DATABASE.title}`) }).getByRole("img");
  // Three of its cards graded: two still learning, one known; the rest new.
  assert.equal(await bar.getAttribute("aria-label"), `${DATABASE.questions - 3} new, 2 learning, 1 known`);

  await drillLink(page, "Starred").click();
  await page.getByTestId("question").waitFor();
  assert.equal(await progress(page), "Question 1 / 1");
  assert.equal(await question(page), starred);
  await home(page);
  await drillLink(page, "Missed").click();
  await page.getByTestId("question").waitFor();
  assert.equal(await progress(page), "Question 1 / 1", "only the card graded Again");
  await page.getByRole("button", { name: /Show answer/ }).click();
  await gradeButton(page, 3).click();
  await mainHeading(page, "Session complete").waitFor();
  assert.equal(await page.title(), "Session complete · Foldcards");
  assert.equal(await page.getByRole("button", { name: "Same quiz again" }).count(), 0, "a drill asks what is missed now");
  await page.getByRole("button", { name: "Start again" }).click();
  await page.getByRole("main").getByRole("link", { name: "Home", exact: true }).waitFor();
  assert.equal(await mainHeading(page).innerText(), "Nothing missed", "graded Good, it is no longer missed");
  assert.deepEqual(problems, []);
  await context.close();
});

test("with text in the answer field, 1-4 before the answer is shown change nothing; the next question starts empty", async () => {
  const { page, problems, context } = await app.open(`quiz/?c=${DATABASE.path}&n=3&seed=4`);
  await typed(page).fill("원자성과 일관성");
  const asked = await question(page);
  await page.getByTestId("question").focus();
  for (const key of ["1", "2", "3", "4"]) await page.keyboard.press(key);
  assert.equal(await typed(page).inputValue(), "원자성과 일관성");
  assert.equal(await question(page), asked);
  assert.equal(await progress(page), "Question 1 / 3");
  assert.equal(await stored(page), null, "no grade was kept");

  await page.keyboard.press("Space");
  await page.getByRole("region", { name: "Answer", exact: true }).waitFor();
  const written = page.getByRole("heading", { level: 2, name: "Your answer", exact: true }).locator("..");
  assert.match(await written.innerText(), /원자성과 일관성/);
  await page.keyboard.press("3");
  await page.waitForFunction(() => document.querySelector("[data-testid=quiz-position]")?.innerText === "Question 2 / 3");
  assert.equal(await typed(page).inputValue(), "");
  assert.deepEqual(problems, []);
  await context.close();
});

test("corrupted progress gives a notice and is kept, byte for byte, under a backup key", async () => {
  const { page, problems, context } = await app.open();
  const corrupt = '{"format":"foldcards-progress","version":1,"cards":{"x":{"log":[[1,9]]}}, 트랜잭션 ';
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [PROGRESS_KEY, corrupt]);
  await page.reload();
  await appReady(page);
  const notice = page.getByRole("status");
  assert.match(await notice.innerText(), /could not be read/i);
  const backups = await page.evaluate(() =>
    Object.entries(localStorage).filter(([key]) => key.includes("backup")),
  );
  assert.equal(backups.length, 1);
  assert.equal(backups[0][1], corrupt, "the old bytes, exactly");

  const download = page.waitForEvent("download");
  await notice.getByRole("button", { name: /Download/ }).click();
  assert.equal(await readFile(await (await download).path(), "utf8"), corrupt);

  const [first] = await cardIds(page);
  await grade(page, [first], ["2"]);
  assert.deepEqual(await reviewsOf(page), { [first]: [2] }, "new grades are kept again");
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), backups[0][0]), corrupt, "the backup stays");
  assert.deepEqual(problems, []);
  await context.close();
});

test("with storage full, a notice says so and the grades still count", async () => {
  const { page, problems, context } = await app.open();
  await context.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.endsWith(":progress")) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return setItem.call(this, key, value);
    };
  });
  const [first, second] = await cardIds(page);
  await page.reload();
  await grade(page, [first, second], ["1", "3"]);
  assert.match(await page.getByRole("status").innerText(), /full/i);
  // Within the page, as the user goes: the grades live in it only.
  await page.getByRole("navigation", { name: "Study" }).getByRole("link", { name: "Stats" }).click();
  await page.waitForSelector("[data-testid=totals]");
  assert.match(await page.locator("[data-testid=totals]").innerText(), /^2 reviews/);
  const file = { format: "foldcards-progress", version: 1, namespace: DECK.id, cards: { [first]: { log: [[1764000000, 3]] } } };
  await importButton(page).setInputFiles({ name: "p.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
  await importMessage(page).getByText(/for this visit only/).waitFor();
  assert.match(await page.locator("[data-testid=totals]").innerText(), /^3 reviews/, "merged, though not kept");
  await page.getByRole("link", { name: "Foldcards" }).click();
  await page.getByTestId("today").waitFor();
  assert.equal(await drillCount(page, "Missed"), "1");
  assert.deepEqual(problems, []);
  await context.close();
});

test("progress from a newer Foldcards is read and never written over", async () => {
  const { page, problems, context } = await app.open();
  const [first, second] = await cardIds(page);
  const newer = JSON.stringify({
    format: "foldcards-progress",
    version: 9,
    namespace: DECK.id,
    cards: { [first]: { log: [[1764000000, 1]], future: true } },
  });
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [PROGRESS_KEY, newer]);
  await home(page);
  assert.match(await page.getByRole("status").innerText(), /newer/i);
  assert.equal(await drillCount(page, "Missed"), "1", "its grades are read");
  await grade(page, [second], ["3"]);
  assert.equal(await stored(page), newer, "and never overwritten");
  assert.deepEqual(problems, []);
  await context.close();
});

test("two tabs grading different cards both keep their reviews", async () => {
  const { page, problems, context } = await app.open();
  const [first, second] = await cardIds(page);
  const other = await context.newPage();
  await other.goto(app.url("stats/"));
  await appReady(other);
  await grade(page, [first], ["3"]);
  await grade(other, [second], ["1"]);
  assert.deepEqual(await reviewsOf(page), { [first]: [3], [second]: [1] });
  await page.goto(app.url("stats/"));
  await page.waitForSelector("[data-testid=totals]");
  await page.waitForFunction(() => /^2 reviews/.test(document.querySelector("[data-testid=totals]").innerText));
  assert.deepEqual(problems, []);
  await context.close();
});

test("export, then import into a fresh profile, gives the same stats; a bad file changes nothing", async () => {
  const { page, problems, context } = await app.open();
  const ids = await cardIds(page);
  await grade(page, ids.slice(0, 3), ["1", "3", "4"]);
  await page.goto(app.url("stats/"));
  await page.waitForSelector("[data-testid=totals]");
  const totals = await page.locator("[data-testid=totals]").innerText();
  const drawn = await heatmap(page).getAttribute("aria-label");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export progress" }).click();
  const exported = join(await mkdtemp(join(tmpdir(), "foldcards-export-")), "progress.json");
  await (await download).saveAs(exported);
  assert.match((await download).suggestedFilename(), /^foldcards-progress-\d{4}-\d\d-\d\d\.json$/);
  await context.close();

  const fresh = await app.open("stats/");
  await fresh.page.waitForSelector("[data-testid=totals]");
  assert.match(await fresh.page.locator("[data-testid=totals]").innerText(), /^0 reviews/);
  await importButton(fresh.page).setInputFiles(exported);
  const message = importMessage(fresh.page);
  await message.getByText(/Imported/).waitFor();
  assert.equal(await message.innerText(), "Imported the progress of 3 cards, merged with yours.");
  assert.equal(await fresh.page.locator("[data-testid=totals]").innerText(), totals);
  assert.equal(await heatmap(fresh.page).getAttribute("aria-label"), drawn);

  const imported = await stored(fresh.page);
  await importButton(fresh.page).setInputFiles(exported);
  await message.getByText(/nothing new/).waitFor();
  assert.equal(await message.innerText(), "This file holds nothing new for these notes.");
  assert.equal(await stored(fresh.page), imported, "the same file again changes nothing");
  const cards = { [ids[3]]: { log: [[1764000000, 3]] }, "not-in-these-notes": { log: [[1764000000, 3]] } };
  const partly = { format: "foldcards-progress", version: 1, namespace: DECK.id, cards };
  await importButton(fresh.page).setInputFiles({ name: "p.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(partly)) });
  await message.getByText(/Left out/).waitFor();
  assert.equal(await message.innerText(), "Imported the progress of 1 card, merged with yours. Left out 1 card that these notes do not have.");
  assert.ok(!(await stored(fresh.page)).includes("not-in-these-notes"));
  assert.ok((await stored(fresh.page)).includes(ids[3]));

  const before = await stored(fresh.page);
  const totalsBefore = await fresh.page.locator("[data-testid=totals]").innerText();
  for (const bad of ['{"format":"foldcards-progress","version":1,"namespace":"other-deck","cards":{}}', "not json at all"]) {
    await importButton(fresh.page).setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from(bad) });
    await message.getByText(/Nothing was imported/).waitFor();
    const refusal = await message.innerText();
    assert.equal(refusal.split(/(?<=\.) /).length, 2, `one sentence after "Nothing was imported.": ${refusal}`);
    assert.equal(await stored(fresh.page), before, "nothing changed");
    assert.equal(await fresh.page.locator("[data-testid=totals]").innerText(), totalsBefore);
  }
  assert.deepEqual(problems, []);
  assert.deepEqual(fresh.problems, []);
  await fresh.context.close();
});

test("reset forgets a category's reviews, or everything, only after confirming", async () => {
  const { page, problems, context } = await app.open();
  const ids = await cardIds(page);
  const web = await cardIds(page, WEB);
  await grade(page, [ids[0], ids[1], web[0]], ["3", "3", "3"]);
  await page.goto(app.url("stats/"));
  const totals = page.locator("[data-testid=totals]");
  await totals.waitFor();
  assert.match(await totals.innerText(), /^3 reviews/);

  const row = categoryRow(page, DATABASE.title);
  // A category's confirmation takes the row under it.
  const confirmation = (row) => row.locator("xpath=following-sibling::tr[1]").getByRole("group", { name: "Confirm reset" });
  await row.getByRole("button", { name: "Reset" }).click();
  const asked = confirmation(row);
  assert.equal(await asked.getByText(/^Forget the reviews in /).innerText(), `Forget the reviews in ${DATABASE.title}? Stars stay.`);
  assert.equal(await row.getByRole("button", { name: "Reset" }).getAttribute("aria-expanded"), "true");
  assert.equal(await page.evaluate(() => document.activeElement.innerText), "Cancel", "a second Enter forgets nothing");
  await page.keyboard.press("Enter");
  assert.match(await totals.innerText(), /^3 reviews/, "cancelled: nothing forgotten");
  await page.keyboard.press("Enter");
  await asked.waitFor();
  await page.keyboard.press("Escape");
  await asked.waitFor({ state: "detached" });
  assert.equal(await page.evaluate(() => document.activeElement.innerText), "Reset", "Esc cancels, back on the button");
  await row.getByRole("button", { name: "Reset" }).click();
  await asked.getByRole("button", { name: "Reset" }).click();
  assert.match(await totals.innerText(), /^1 review ·/, "the other category keeps its review");
  assert.equal(await page.locator("[aria-live]").innerText(), "Reviews forgotten.", "said to screen readers too");

  const webRow = categoryRow(page, WEB.title);
  await webRow.getByRole("button", { name: "Reset" }).click();
  await confirmation(webRow).waitFor();
  await webRow.getByRole("button", { name: "Reset" }).click();
  await confirmation(webRow).waitFor({ state: "detached" });
  assert.equal(await webRow.getByRole("button", { name: "Reset" }).getAttribute("aria-expanded"), "false", "its button closes it too");
  await webRow.getByRole("button", { name: "Reset" }).click();
  await confirmation(webRow).waitFor();
  await page.getByRole("button", { name: "Reset everything" }).click();
  assert.equal(await page.getByRole("group", { name: "Confirm reset" }).count(), 1, "one reset asks at a time");
  assert.equal(await webRow.getByRole("button", { name: "Reset" }).getAttribute("aria-expanded"), "false");
  assert.equal(await page.evaluate(() => document.activeElement.innerText), "Cancel");
  await page.getByRole("group", { name: "Confirm reset" }).getByRole("button", { name: "Reset" }).click();
  assert.match(await totals.innerText(), /^0 reviews/);
  await page.reload();
  await totals.waitFor();
  assert.match(await totals.innerText(), /^0 reviews/, "and it stays forgotten");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the stats page draws what was studied", async () => {
  const { page, problems, context } = await openPage(app.browser);
  await page.goto(app.url());
  await page.clock.setFixedTime(T0);
  const ids = await cardIds(page);
  await grade(page, ids.slice(0, 4), ["3", "3", "1", "4"]);
  await page.goto(app.url("stats/"));
  await heatmap(page).waitFor();
  assert.equal(await heatmap(page).getAttribute("aria-label"), "4 reviews in the last 20 weeks");
  const levels = await heatmap(page).locator("rect").evaluateAll((squares) => squares.map((square) => square.getAttribute("class")));
  assert.equal(levels.filter((level) => level === "heat heat-2").length, 1, "today: one square of 3-5 reviews");
  const forecast = await page.getByRole("img", { name: /^Cards due over the next / }).getAttribute("aria-label");
  assert.match(forecast, /today first: 0, 1, /, "the card graded Again is due tomorrow");
  // Under each chart, what its first and last columns stand for.
  const ends = await page.getByRole("figure").locator("p:first-of-type").evaluateAll((rows) => rows.map((row) => row.innerText.split("\n")));
  assert.equal(ends.length, 2, "the heatmap's and the forecast's: no recall chart before a card comes back");
  assert.match(ends[0][0], /^[A-Z][a-z]{2} \d{1,2}$/, "the heatmap's first day");
  assert.equal(ends[0][1], "Today");
  assert.deepEqual(ends[1], ["Today", "In 13 days"]);
  assert.equal((await page.getByText("Fewer").innerText()).trim().replace(/\s+/g, " "), "Fewer More");
  assert.match(await page.getByRole("main").innerText(), /No card has come back for review yet/);
  const row = categoryRow(page, DATABASE.title);
  assert.equal(await row.getByRole("cell").nth(2).innerText(), "4", "reviews of the category");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the app asks the browser to keep its storage once, after the first grade", async () => {
  const { page, problems, context } = await app.open();
  await context.addInitScript(() => {
    window.persistCalls = 0;
    navigator.storage.persist = async () => {
      window.persistCalls += 1;
      return true;
    };
  });
  const [first, second] = await cardIds(page);
  await page.reload();
  await appReady(page);
  assert.equal(await page.evaluate(() => window.persistCalls), 0, "not before a grade");
  await grade(page, [first, second], ["3", "1"]);
  assert.equal(await page.evaluate(() => window.persistCalls), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

// Shuffled quizzes, as a user takes them: by keyboard, by mouse, across a
// reload, and with the missed cards again.

import { test } from "node:test";
import assert from "node:assert/strict";
import * as deck from "./deck.mjs";
import { addressIs, appAddress, mainHeading, servedApp, tally } from "./harness.mjs";

const app = servedApp();

const DATABASE = deck.DATABASE.path;
const TECHNICAL = deck.TECHNICAL.path;
/** The address of a quiz of `n` questions of `category`, shuffled by `seed` (by one the app picks without). */
const quizOf = (category, n, seed) => `quiz/?c=${category}&n=${n}${seed === undefined ? "" : `&seed=${seed}`}`;

const progress = (page) => page.getByTestId("quiz-position").innerText();
const question = (page) => page.getByTestId("question").innerText();
const isFocused = (locator) => locator.evaluate((element) => element === document.activeElement);
const answer = (page) => page.getByRole("region", { name: "Answer", exact: true });
const typed = (page) => page.getByRole("textbox", { name: /^Your answer/ });
/** What the user wrote, shown under its heading beside the answer. */
const written = (page) => page.getByRole("heading", { level: 2, name: "Your answer", exact: true }).locator("..");
const GRADES = ["Again", "Hard", "Good", "Easy"];
/** The button of the grade that `key` (1 to 4) gives: "Good 3". */
const gradeButton = (page, key) => page.getByRole("button", { name: `${GRADES[key - 1]} ${key}`, exact: true });
/** Quiz setup, once it shows. */
const setupShown = (page) => mainHeading(page, "Start a quiz").waitFor();
const databaseBox = (page) => page.getByRole("checkbox", { name: new RegExp(`^${deck.DATABASE.title} `) });
const countRadio = (page, count) => page.getByRole("radio", { name: count, exact: true });

/** Waits for question `n` of the session to be asked ("문제 1 / 2" in Korean). */
async function asked(page, n, total, word = "Question") {
  await page.waitForFunction(
    (text) => document.querySelector("[data-testid=quiz-position]")?.innerText === text,
    `${word} ${n} / ${total}`,
  );
}

test("a 5-question session by keyboard only, from choosing the quiz to the summary", async () => {
  const { page, problems, context } = await app.open(`quiz/new/?c=${DATABASE}&n=5`);
  for (let i = 0; i < 40 && (await page.evaluate(() => document.activeElement?.type)) !== "submit"; i++) {
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Enter");
  await asked(page, 1, 5);
  await addressIs(page, new RegExp(`^quiz/\\?c=${DATABASE}&n=5&seed=\\d+$`));

  const keys = ["1", "2", "3", "4", "3"];
  for (const [at, key] of keys.entries()) {
    await asked(page, at + 1, 5);
    assert.ok(await isFocused(page.getByTestId("question")), "focus is on the question");
    const described = await page.evaluate(() => {
      const ids = document.activeElement.getAttribute("aria-describedby") ?? "";
      return ids.split(" ").map((id) => document.getElementById(id)?.innerText).join(" ");
    });
    assert.equal(described, `Question ${at + 1} / 5`, "which screen readers say after it");
    await page.keyboard.press(at % 2 ? "Enter" : "Space");
    await answer(page).waitFor();
    assert.ok(await isFocused(answer(page)), "focus moves to the answer");
    assert.equal(await page.locator("[aria-live]").innerText(), "Answer shown.");
    await page.keyboard.press(key);
  }
  assert.deepEqual(await tally(page), { again: 1, hard: 1, good: 2, easy: 1, skipped: 0 });
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), "H1");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a session by mouse only: reveal, grade, skip, and reread an answer in the summary", async () => {
  const { page, problems, context } = await app.open(quizOf(TECHNICAL, 5, 77));
  const questions = [];
  for (const step of ["1", "3", "skip", "4", "2"]) {
    questions.push(await question(page));
    if (step === "skip") {
      await page.getByRole("button", { name: "Skip this question" }).click();
    } else {
      await page.getByRole("button", { name: /Show answer/ }).click();
      await gradeButton(page, step).click();
    }
  }
  assert.deepEqual(await tally(page), { again: 1, hard: 1, good: 1, easy: 1, skipped: 1 });
  const summaryQuestions = await page.locator("[data-card]").locator("summary").evaluateAll((items) =>
    items.map((item) => item.lastElementChild.innerText),
  );
  assert.deepEqual(summaryQuestions, questions, "every card of the session, in order");
  const first = page.locator("[data-card]").first();
  assert.equal(await first.getByText("Again", { exact: true }).count(), 1, "marked Again");
  await first.locator("summary").click();
  // The answer: the last of the notes' own blocks in the fold (they carry the notes' language).
  assert.ok(await first.locator("div[lang]").last().isVisible(), "the answer can be reread");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the same address asks the same questions in the same order; a new seed shuffles again", async () => {
  const firsts = async (address) => {
    const { page, problems, context } = await app.open(address);
    const order = [];
    for (let i = 1; i <= 3; i++) {
      await asked(page, i, 3);
      order.push(await question(page));
      await page.getByRole("button", { name: "Skip this question" }).click();
    }
    assert.deepEqual(problems, []);
    await context.close();
    return order;
  };
  const once = await firsts(quizOf(TECHNICAL, 3, 2024));
  assert.deepEqual(await firsts(quizOf(TECHNICAL, 3, 2024)), once);
  const others = [await firsts(quizOf(TECHNICAL, 3, 1)), await firsts(quizOf(TECHNICAL, 3, 2))];
  assert.ok(others.some((order) => order.join() !== once.join()), "other seeds, other orders");

  const { page, context } = await app.open(quizOf(TECHNICAL, 3));
  await addressIs(page, /&seed=\d+$/);
  const seeded = appAddress(page);
  assert.match(seeded, /&seed=\d+$/, "a quiz without a seed gets one in its address");
  const asked1 = await question(page);
  await page.reload();
  await asked(page, 1, 3);
  assert.equal(appAddress(page), seeded);
  assert.equal(await question(page), asked1);
  await context.close();
});

test("a reload mid-session resumes where the user was", async () => {
  const { page, problems, context } = await app.open(quizOf(DATABASE, 4, 5));
  const first = await question(page);
  await page.getByRole("button", { name: /Show answer/ }).click();
  await gradeButton(page, 1).click();
  await asked(page, 2, 4);
  await page.getByRole("button", { name: /Show answer/ }).click();
  await gradeButton(page, 3).click();
  await asked(page, 3, 4);
  const third = await question(page);
  await page.getByRole("button", { name: /Show answer/ }).click();

  await page.reload();
  await asked(page, 3, 4);
  assert.equal(await question(page), third);
  assert.ok(await answer(page).isVisible(), "the answer shown before the reload is still shown");
  await gradeButton(page, 4).click();
  await page.getByRole("button", { name: "Skip this question" }).click();
  assert.deepEqual(await tally(page), { again: 1, hard: 0, good: 1, easy: 1, skipped: 1 });
  assert.match(await page.getByText(/ of \d+ questions? in /).innerText(), /^3 of 4 questions in /, "the skipped one is not answered");
  assert.equal(await page.locator("[data-card]").first().locator("summary span").last().innerText(), first);

  await page.reload();
  assert.deepEqual(await tally(page), { again: 1, hard: 0, good: 1, easy: 1, skipped: 1 }, "a finished session reopens on its summary");
  await page.getByRole("button", { name: "Same quiz again" }).click();
  await asked(page, 1, 4);
  assert.equal(await question(page), first, "the same quiz again starts over, in the same order");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a second tab left behind on the same quiz does not set back where a reload resumes", async () => {
  const { page, problems, context } = await app.open(quizOf(DATABASE, 4, 5));
  const behind = await context.newPage();
  await behind.goto(app.url(quizOf(DATABASE, 4, 5)));
  await asked(behind, 1, 4);
  for (const n of [1, 2, 3]) {
    await asked(page, n, 4);
    await page.keyboard.press("Space");
    await page.keyboard.press("3");
  }
  await asked(page, 4, 4);
  await behind.keyboard.press("Space");
  await behind.keyboard.press("1");
  await asked(behind, 2, 4);

  await page.reload();
  await asked(page, 4, 4);
  assert.deepEqual(problems, []);
  await context.close();
});

test("retry the ones I missed asks exactly the cards graded Again or Hard", async () => {
  const { page, problems, context } = await app.open(quizOf(TECHNICAL, 5, 31));
  const missed = [];
  for (const key of ["1", "3", "2", "4", "1"]) {
    if (key === "1" || key === "2") missed.push(await question(page));
    await page.getByRole("button", { name: /Show answer/ }).click();
    await gradeButton(page, key).click();
  }
  await tally(page);
  await page.getByRole("link", { name: "Retry the 3 I missed" }).click();
  await asked(page, 1, 3);
  assert.equal(await page.getByText("Embed", { exact: true }).count(), 0, "a retry of one's own misses is not offered to embed");
  const retried = [];
  for (let i = 1; i <= 3; i++) {
    await asked(page, i, 3);
    retried.push(await question(page));
    await page.getByRole("button", { name: "Skip this question" }).click();
  }
  assert.deepEqual([...retried].sort(), [...missed].sort());
  assert.deepEqual(problems, []);
  await context.close();
});

test("Enter while composing Korean text does nothing, in the answer field or on the question", async () => {
  const { page, problems, context } = await app.open(quizOf(DATABASE, 3, 8));
  const client = await context.newCDPSession(page);
  await typed(page).click();
  await client.send("Input.imeSetComposition", { text: "트랜잭", selectionStart: 3, selectionEnd: 3 });
  await page.keyboard.press("Enter");
  await client.send("Input.insertText", { text: "트랜잭션" });
  await page.keyboard.press("Space");
  assert.equal(await answer(page).count(), 0, "typing in the field reveals nothing");

  await page.getByTestId("question").focus();
  await page.evaluate(() => {
    const key = { key: "Enter", bubbles: true, cancelable: true, isComposing: true };
    document.activeElement.dispatchEvent(new KeyboardEvent("keydown", key));
  });
  assert.equal(await answer(page).count(), 0, "a composing Enter on the question reveals nothing");
  assert.equal(await progress(page), "Question 1 / 3");

  await page.keyboard.press("Enter");
  await answer(page).waitFor();
  assert.match(await written(page).innerText(), /트랜잭션/, "what was typed is shown beside the answer");
  assert.deepEqual(problems, []);
  await context.close();
});

test("Esc leaves the answer field for Show answer, where Space shows the answer and the text stays", async () => {
  const { page, problems, context } = await app.open(quizOf(DATABASE, 3, 8));
  await typed(page).click();
  await page.keyboard.type("원자성 1 2");
  await page.keyboard.press("Escape");
  assert.match(await page.evaluate(() => document.activeElement.innerText), /^Show answer/);
  assert.equal(await typed(page).inputValue(), "원자성 1 2");
  await page.keyboard.press("Space");
  await answer(page).waitFor();
  assert.match(await written(page).innerText(), /원자성 1 2/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("Enter or Space pressed twice on a grade button grades once, and the next answer stays hidden", async () => {
  const { page, problems, context } = await app.open(quizOf(DATABASE, 3, 4));
  for (const [at, key] of ["Enter", " "].entries()) {
    await asked(page, at + 1, 3);
    await page.keyboard.press("Space");
    await gradeButton(page, 3).focus();
    await page.keyboard.press(key);
    await page.keyboard.press(key);
    await asked(page, at + 2, 3);
    await page.waitForTimeout(100);
    assert.equal(await answer(page).count(), 0, `the second ${JSON.stringify(key)} shows nothing`);
    // A press that is not the same double press.
    await page.waitForTimeout(300);
  }
  await page.keyboard.press("Space");
  await answer(page).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test("after a click on the star or the dark mode switch, the keys still act on the quiz, not on them", async () => {
  const { page, problems, context } = await app.open(quizOf(DATABASE, 3, 4));
  await asked(page, 1, 3);
  const star = page.getByRole("region", { name: "Quiz" }).getByRole("button", { name: "Star" });
  await star.click();
  assert.equal(await star.getAttribute("aria-pressed"), "true");
  await page.keyboard.press("Space");
  await answer(page).waitFor();
  assert.equal(await star.getAttribute("aria-pressed"), "true", "Space showed the answer and left the star on");
  const theme = page.getByRole("button", { name: "Dark mode" });
  const dark = await theme.getAttribute("aria-pressed");
  await theme.click();
  await page.keyboard.press("3");
  await asked(page, 2, 3);
  assert.notEqual(await theme.getAttribute("aria-pressed"), dark, "dark mode switched once, and 3 graded");
  assert.deepEqual(problems, []);
  await context.close();
});

test("after a click on the page's background, the keys still reveal and grade; the finished quiz's announcement leaves with it", async () => {
  const { page, problems, context } = await app.open(quizOf(DATABASE, 2, 8));
  await page.mouse.click(20, 600);
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true, "focus is nowhere");
  await page.keyboard.press("Space");
  await answer(page).waitFor();
  await page.mouse.click(20, 600);
  await page.keyboard.press("2");
  await page.waitForFunction(() => document.querySelector("[data-testid=quiz-position]")?.innerText === "Question 2 / 2");
  await page.keyboard.press("Space");
  await answer(page).waitFor();
  await page.keyboard.press("3");
  await mainHeading(page, "Session complete").waitFor();
  const announced = () => page.evaluate(() => document.querySelector("[aria-live=polite]").textContent);
  assert.notEqual(await announced(), "", "the end of the quiz is announced");
  await page.getByRole("link", { name: "Foldcards" }).click();
  await mainHeading(page, "Session complete").waitFor({ state: "detached" });
  // Not left for the next screen.
  await page.waitForFunction(() => document.querySelector("[aria-live=polite]").textContent === "");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a category page starts a quiz on itself; New quiz comes back with the same choices", async () => {
  const { page, problems, context } = await app.open(deck.DATABASE.address);
  await page.getByRole("link", { name: "Start a quiz" }).click();
  await setupShown(page);
  assert.ok(await databaseBox(page).isChecked());
  await countRadio(page, "5").check();
  await page.getByRole("button", { name: "Start" }).click();
  await asked(page, 1, 5);
  await page.getByRole("button", { name: "End session" }).click();
  const summary = await tally(page);
  assert.deepEqual(summary, { again: 0, hard: 0, good: 0, easy: 0, skipped: 0, unanswered: 5 });
  assert.equal(await mainHeading(page).innerText(), "Session ended");
  assert.equal(await page.getByRole("main").getByRole("heading", { level: 2 }).count(), 0, "no list of questions when none was asked");

  await page.getByRole("link", { name: "New quiz" }).click();
  await setupShown(page);
  assert.ok(await databaseBox(page).isChecked());
  assert.ok(await countRadio(page, "5").isChecked());
  assert.deepEqual(problems, []);
  await context.close();
});

test("a quiz of categories with notes only says it has no questions; one of a category gone says so", async () => {
  const { page, problems, context } = await app.open(`quiz/?c=${deck.ASSIGNMENTS.path}&seed=1`);
  assert.equal(await mainHeading(page).innerText(), "No questions to ask");
  assert.match(await page.getByRole("main").innerText(), /only notes, or questions with no answer written/);
  await page.goto(app.url(`quiz/?c=${deck.DECK.id}/gone&seed=1`));
  await page.getByRole("main").getByText(/not in the notes any more/).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test("setup's mastery bars line up; on a touch screen the quiz shows no keys to press", async () => {
  const { page, problems, context } = await app.open("quiz/new/");
  await setupShown(page);
  const edges = await page.getByRole("group", { name: "Categories" }).getByRole("img").evaluateAll((bars) => bars.map((bar) => bar.getBoundingClientRect().right));
  assert.equal(new Set(edges).size, 1, `every bar ends where the others do: ${edges}`);
  await page.goto(app.url("quiz/?n=3&seed=1"));
  await page.getByTestId("question").waitFor();
  assert.ok(await page.getByText(/^Keys:/).isVisible(), "with a keyboard and mouse, the keys are shown");
  await page.keyboard.press("Space");
  await answer(page).waitFor();
  assert.equal(await page.getByText(/^Keys:/).count(), 0, "not once the answer shows: the grades show their own");
  await context.close();

  const phone = await app.open("quiz/?n=3&seed=1", { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  await phone.page.getByTestId("question").waitFor();
  assert.equal(await phone.page.getByText(/^Keys:/).isVisible(), false);
  assert.deepEqual(problems, []);
  assert.deepEqual(phone.problems, []);
  await phone.context.close();
});

test("a session ended early goes on from where it stopped, after a reload too", async () => {
  const { page, problems, context } = await app.open(quizOf(DATABASE, 4, 12));
  await page.getByRole("button", { name: /Show answer/ }).click();
  await gradeButton(page, 3).click();
  await asked(page, 2, 4);
  const second = await question(page);
  await page.getByRole("button", { name: "End session" }).click();
  assert.equal(await mainHeading(page).innerText(), "Session ended");
  await page.reload();
  await mainHeading(page, "Session ended").waitFor();
  await page.getByRole("button", { name: "Continue where I stopped" }).click();
  await asked(page, 2, 4);
  assert.equal(await question(page), second);
  await page.reload();
  await asked(page, 2, 4);
  for (const _ of [2, 3, 4]) await page.getByRole("button", { name: "Skip this question" }).click();
  assert.equal(await mainHeading(page).innerText(), "Session complete");
  assert.equal(await page.getByRole("button", { name: "Continue where I stopped" }).count(), 0, "nothing left to go on with");
  assert.deepEqual(problems, []);
  await context.close();
});

test("Back from a quiz shows its setup with the choices made", async () => {
  const { page, problems, context } = await app.open("quiz/new/");
  await setupShown(page);
  await databaseBox(page).check();
  await countRadio(page, "20").check();
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByTestId("question").waitFor();
  await page.goBack();
  await setupShown(page);
  assert.ok(await databaseBox(page).isChecked());
  assert.ok(await countRadio(page, "20").isChecked());
  assert.deepEqual(problems, []);
  await context.close();
});

test("with storage blocked or its saved session corrupted, the quiz still runs", async () => {
  const quiz = quizOf(DATABASE, 2, 3);
  const blocked = await app.open();
  await blocked.context.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await blocked.page.goto(app.url(quiz));
  await blocked.page.reload();
  // No storage, so no language chosen: the notes' own, Korean.
  await asked(blocked.page, 1, 2, "문제");
  for (let i = 0; i < 2; i++) {
    await blocked.page.getByRole("button", { name: /답 보기/ }).click();
    await blocked.page.getByRole("button", { name: "좋음 3", exact: true }).click();
  }
  assert.equal((await tally(blocked.page)).good, 2);
  assert.deepEqual(blocked.problems, []);
  await blocked.context.close();

  const corrupted = await app.open();
  const key = `foldcards:${deck.DECK.id}:quiz:c=${DATABASE}&n=2&seed=3`;
  await corrupted.page.evaluate((key) => localStorage.setItem(key, "1;2;garbage"), key);
  await corrupted.page.goto(app.url(quiz));
  await asked(corrupted.page, 1, 2);
  await corrupted.page.getByRole("button", { name: /Show answer/ }).click();
  await gradeButton(corrupted.page, 2).click();
  await asked(corrupted.page, 2, 2);
  const saved = await corrupted.page.evaluate((key) => JSON.parse(localStorage.getItem(key)), key);
  assert.deepEqual(saved.session.outcomes, [2], "the session is saved afresh: one Hard");
  assert.deepEqual(corrupted.problems, []);
  await corrupted.context.close();
});

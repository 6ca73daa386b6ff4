// Search as a user meets it: `/` to the field, results on every keystroke
// (Korean being composed included), initial consonants, the keyboard through
// the results, and an address that survives a reload. The words typed are
// in the tests' own notes, tests/fixtures/e2e-deck, whose comment says which.

import { test } from "node:test";
import assert from "node:assert/strict";
import { DATABASE } from "./deck.mjs";
import { addressIs, appAddress, axeViolations, besidesNotFound, mainHeading, openPage, servedApp } from "./harness.mjs";

const app = servedApp();

const field = (page) => page.getByRole("combobox", { name: "Search the notes" });
const result = (page) => page.getByRole("option");
const chosen = (page) => page.getByRole("option", { selected: true });
/** A result's question: the first line of it a user reads. */
const questionOf = (text) => text.split("\n")[0];
/** A card's address. */
const CARD = /^card\/[^/]+\/$/;
const results = async (page) => (await result(page).allInnerTexts()).map(questionOf);
const isFocused = (locator) => locator.evaluate((element) => element === document.activeElement);

/** Waits until the first result asks `question`. */
async function firstResult(page, question) {
  await page.waitForFunction(
    (question) => document.querySelector("[role=option]")?.innerText.split("\n")[0] === question,
    question,
  );
}

test("/ focuses the search, initial consonants find 트랜잭션, and a result opens its card", async () => {
  const { page, problems, context } = await app.open();
  const before = await page.evaluate(() => history.length);
  await page.keyboard.press("/");
  assert.ok(await isFocused(field(page)));

  await page.keyboard.type("ㅌㄹㅈㅅ");
  await firstResult(page, "트랜잭션");
  await addressIs(page, "search/?q=ㅌㄹㅈㅅ");
  assert.equal(await page.evaluate(() => history.length), before + 1, "keystrokes replace the address");
  assert.equal(await result(page).getByRole("mark").first().innerText(), "트랜잭션");

  await result(page).first().click();
  await addressIs(page, CARD);
  assert.equal(await mainHeading(page).innerText(), "트랜잭션");
  assert.equal(await field(page).inputValue(), "", "leaving the results clears the field");
  assert.equal(await field(page).getAttribute("aria-expanded"), "false");
  assert.deepEqual(await axeViolations(page), []);
  await field(page).focus();
  await page.keyboard.press("Escape");
  assert.match(appAddress(page), CARD, "Esc off the results screen only clears the field");
  await page.goBack();
  await firstResult(page, "트랜잭션");
  assert.deepEqual(problems, []);
  await context.close();
});

test("results follow Korean while it is composed, and Enter or Esc while composing only ends the syllable", async () => {
  const { page, problems, context } = await app.open();
  await field(page).focus();
  const ime = await page.context().newCDPSession(page);
  // 트랜 as a Korean input method types it: 트, then 틀 (ㄹ held as a final), 트래, 트랜.
  for (const composing of ["ㅌ", "트", "틀"]) {
    await ime.send("Input.imeSetComposition", { text: composing, selectionStart: 1, selectionEnd: 1 });
  }
  await page.waitForFunction(() => [...document.querySelectorAll("[role=option]")].some((option) => option.innerText.split("\n")[0] === "트랜잭션"));
  await ime.send("Input.insertText", { text: "트" });
  for (const composing of ["래", "랜"]) {
    await ime.send("Input.imeSetComposition", { text: composing, selectionStart: 1, selectionEnd: 1 });
  }
  await firstResult(page, "트랜잭션");
  await page.keyboard.press("Enter");
  assert.match(appAddress(page), /^search\//, "Enter while composing opens nothing");
  await page.keyboard.press("Escape");
  await ime.send("Input.insertText", { text: "랜" });
  assert.equal(await field(page).inputValue(), "트랜", "Esc while composing clears nothing");
  await addressIs(page, "search/?q=트랜");
  await page.keyboard.press("Escape");
  assert.equal(await field(page).inputValue(), "");
  assert.deepEqual(problems, []);
  await context.close();
});

test("arrow keys and Enter open a result; Esc clears; the address works after a reload", async () => {
  const { page, problems, context } = await app.open("search/?q=%ED%8A%B8%EB%9E%9C");
  await firstResult(page, "트랜잭션");
  assert.equal(await field(page).inputValue(), "트랜");
  const questions = await results(page);
  assert.ok(questions.length >= 2, questions.join(", "));

  await field(page).focus();
  await page.keyboard.press("ArrowDown");
  assert.equal(questionOf(await chosen(page).innerText()), questions[1]);
  await page.keyboard.press("Escape");
  assert.equal(await field(page).inputValue(), "");
  await addressIs(page, "search/?q=");
  await page.keyboard.press("Escape");
  await addressIs(page, "");
  await result(page).first().waitFor({ state: "detached" });
  await mainHeading(page).first().waitFor();
  assert.notEqual(await mainHeading(page).innerText(), "Search", "with no screen under the results, Esc closes them for home");
  await page.goBack();
  await addressIs(page, "search/?q=");

  await page.keyboard.type("쿠키");
  await addressIs(page, "search/?q=쿠키");
  await page.reload();
  await result(page).first().waitFor();
  assert.equal(await field(page).inputValue(), "쿠키");
  const first = (await results(page))[0];
  await field(page).focus();
  await page.keyboard.press("Enter");
  await addressIs(page, CARD);
  assert.equal(await mainHeading(page).innerText(), first);
  assert.deepEqual(problems, []);
  await context.close();
});

test("results cover the screen they start from, and Back shows it as it was, focus on its heading, scrolled where it was", async () => {
  const { page, problems, context } = await app.open(DATABASE.address);
  const heading = await mainHeading(page).innerText();
  const title = await page.title();
  await page.locator("[data-card]").locator("summary").nth(3).click();
  // Scrolled at once (a wheel's smooth scroll could still be under way when read), then a frame, in which the
  // page hears of it.
  const scrolled = await page.evaluate(async () => {
    scrollTo(0, 600);
    await new Promise(requestAnimationFrame);
    return scrollY;
  });
  assert.ok(scrolled > 0);

  await page.keyboard.press("/");
  await page.keyboard.type("트랜");
  await firstResult(page, "트랜잭션");
  assert.equal(await mainHeading(page).innerText(), "Search");
  assert.equal(await page.locator("[data-card]").first().isVisible(), false, "the screen is covered");
  // The tab is named, as the address is written, after the results' first paint.
  await page.waitForFunction(() => document.title === "Search · Foldcards");
  assert.deepEqual(await axeViolations(page), []);
  await page.keyboard.press("Tab");
  assert.equal(
    await page.evaluate(() => document.activeElement.checkVisibility()),
    true,
    "nothing covered takes focus",
  );

  await page.goBack();
  await result(page).first().waitFor({ state: "detached" });
  assert.equal(await mainHeading(page).innerText(), heading);
  assert.equal(await page.locator("[data-card]").nth(3).getAttribute("open"), "", "the answer shown is still shown");
  assert.equal(await page.evaluate(() => document.activeElement.tagName), "H1", "focus back on the screen");
  assert.equal(await page.evaluate(() => scrollY), scrolled, "scrolled back to where the search began");
  assert.equal(await page.title(), title);
  assert.equal(await field(page).inputValue(), "");
  assert.deepEqual(problems, []);
  await context.close();
});

test("Esc clears the field, and Esc in the empty field closes the results, back to the screen under them", async () => {
  const { page, problems, context } = await app.open(DATABASE.address);
  const heading = await mainHeading(page).innerText();
  await page.keyboard.press("/");
  await page.keyboard.type("트랜");
  await firstResult(page, "트랜잭션");
  await page.keyboard.press("Escape");
  assert.equal(await field(page).inputValue(), "");
  await addressIs(page, "search/?q=");
  assert.equal(await mainHeading(page).innerText(), "Search");

  await page.keyboard.press("Escape");
  await addressIs(page, DATABASE.address);
  assert.equal(await mainHeading(page).innerText(), heading);
  assert.equal(await page.evaluate(() => document.activeElement.tagName), "H1", "focus back on the screen");
  assert.deepEqual(problems, []);
  await context.close();
});

test("Back from a result's card gives the keys back to the results, the opened one chosen", async () => {
  const { page, problems, context } = await app.open();
  await page.keyboard.press("/");
  await page.keyboard.type("ㄷ");
  await result(page).first().waitFor();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const opened = questionOf(await chosen(page).innerText());
  await page.keyboard.press("Enter");
  await addressIs(page, CARD);
  assert.equal(await mainHeading(page).innerText(), opened);

  await page.goBack();
  await result(page).first().waitFor();
  assert.equal(questionOf(await chosen(page).innerText()), opened);
  assert.ok(await isFocused(field(page)));
  await page.keyboard.press("ArrowDown");
  assert.equal(await chosen(page).getAttribute("id"), "result-3");
  assert.deepEqual(problems, []);
  await context.close();
});

test("an address entered right after a keystroke is where the app goes", async () => {
  const { page, problems, context } = await app.open();
  await field(page).focus();
  await page.keyboard.type("쿠");
  await addressIs(page, "search/?q=쿠");
  // Entered in the address bar between the frame after the last keystroke
  // and the writing of its address: the frame is held until then.
  await page.evaluate(() => {
    window.heldFrames = [];
    window.requestAnimationFrame = (frame) => window.heldFrames.push(frame);
  });
  await page.keyboard.type("키");
  // An address typed over the page's own: a new path would load another page, so the
  // hash, which the app reads as it did every address before screens had paths.
  await page.evaluate(() => {
    window.heldFrames.forEach((frame) => frame(performance.now()));
    location.hash = "#/stats";
  });
  await page.waitForSelector("[data-testid=totals]");
  await page.waitForTimeout(100);
  assert.equal(appAddress(page), "stats/");
  assert.equal(await field(page).inputValue(), "");
  await page.goBack();
  await result(page).first().waitFor();
  assert.equal(appAddress(page), "search/?q=쿠", "the results' entry keeps the address last written");
  assert.equal(await field(page).inputValue(), "쿠");
  await page.goBack();
  await page.waitForSelector("[data-testid=today]");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a query of several words finds the cards holding each of them, apart", async () => {
  const { page, problems, context } = await app.open("search/?q=" + encodeURIComponent("인덱스 성별"));
  await firstResult(page, "인덱스");
  assert.deepEqual(await results(page), ["인덱스"], "성별 is in its answer only");
  assert.equal(await result(page).getByRole("mark").first().innerText(), "인덱스");
  await field(page).fill("트랜잭션 간섭");
  await firstResult(page, "트랜잭션");
  assert.deepEqual(problems, []);
  await context.close();
});

test("an embed address for a search says search is on the app's own page", async () => {
  // Not a page of the site: the host may answer with its 404 page, over which the app says so.
  const address = app.url("embed/search/?q=a");
  const { page, problems, context } = await openPage(app.browser);
  await page.goto(address);
  assert.deepEqual(besidesNotFound(problems, address), [], "the page finds the app's files");
  await mainHeading(page, "Not found").waitFor();
  assert.match(await page.getByRole("main").innerText(), /Search is on the app's own page/);
  assert.deepEqual(besidesNotFound(problems, address), []);
  await context.close();
});

test("/ in a text field is typed, not a jump to the search", async () => {
  const { page, problems, context } = await app.open("quiz/?n=1&seed=1");
  const typed = page.getByRole("textbox", { name: /^Your answer/ });
  await typed.focus();
  await page.keyboard.type("a/b");
  assert.equal(await typed.inputValue(), "a/b");
  assert.ok(await isFocused(typed));
  assert.deepEqual(problems, []);
  await context.close();
});

test("the search screen has no axe violations, light and dark", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const { page, context } = await app.open("search/?q=%ED%8A%B8%EB%9E%9C", { colorScheme });
    await result(page).first().waitFor();
    await field(page).focus();
    await page.keyboard.press("ArrowDown");
    assert.deepEqual(await axeViolations(page), [], colorScheme);
    await context.close();
  }
});

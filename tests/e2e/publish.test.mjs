// Publishing someone's notes as the GitHub Action does (action.yml runs
// scripts/build.sh): a notes folder outside this repository, named relative
// to where the build is run, built with a Pages site's address and a title,
// then browsed, quizzed and exported to Anki from that address's sub-path.
// The notes are written as most interview repositories are, with a heading
// for each question and no folds (tests/fixtures/heading-notes).

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addressIs, appReady, launchBrowser, mainHeading, openPage, serveStatic } from "./harness.mjs";

/** The notes published: a folder of tests/fixtures. */
const FIXTURE = "heading-notes";

const SITE_URL = "https://example.github.io/notes/";
const BASE_PATH = new URL(SITE_URL).pathname;
const TITLE = "면접 노트";
const NOTES = new URL(`../fixtures/${FIXTURE}/`, import.meta.url).pathname;

/** Each deck's title, in file-name order, as home lists them: CONTRIBUTING.md, LICENSE.md and PULL_REQUEST_TEMPLATE.md are not notes. */
const DECKS = ["데이터베이스 면접 질문", "가비지 컬렉션", "JavaScript Interview Questions", "네트워크", "프로세스와 스레드의 차이"];
/** The database deck's questions, in the notes' order: numbering and emoji dropped, the table of contents left out. */
const DATABASE = [
  "인덱스(Index)란 무엇인가?",
  "B+Tree 인덱스가 범위 검색에 유리한 이유는?",
  "커버링 인덱스는 무엇인가?",
  "정규화란 무엇인가?",
  "제1정규형은 무엇인가?",
  "함수적 종속성이란 무엇인가?",
  "트랜잭션 격리 수준이란?",
  "데드락은 어떻게 피하는가?",
  "낙관적 락과 비관적 락의 차이는?",
];
/** The JavaScript deck's finished questions: list-item headings, then folds with options. */
const JAVASCRIPT = {
  headings: ["How do you create an object in JavaScript?", "What is hoisting", "What is a closure?", "What is the difference between == and ==="],
  choices: ["1. What is the output of below code?", "2. What is the output of below code?", "3. What is the output of below code?"],
};

const site = {};

before(() => {
  site.folder = mkdtempSync(join(tmpdir(), "foldcards-publish-"));
  cpSync(NOTES, join(site.folder, "notes"), { recursive: true });
  const build = spawnSync(
    new URL("../../scripts/build.sh", import.meta.url).pathname,
    ["--content", "notes", "--out", "site", "--site-url", SITE_URL, "--title", TITLE],
    { cwd: site.folder, encoding: "utf8" },
  );
  assert.equal(build.status, 0, `the build failed:\n${build.stdout}\n${build.stderr}`);
  site.report = build.stdout;
});

after(() => rmSync(site.folder, { recursive: true, force: true }));

test("the build refuses an output folder that holds the notes, which it would replace", () => {
  for (const out of ["notes", ".", "notes/.."]) {
    const refused = spawnSync(new URL("../../scripts/build.sh", import.meta.url).pathname, ["--content", "notes", "--out", out], {
      cwd: site.folder,
      encoding: "utf8",
    });
    assert.equal(refused.status, 2, out);
    assert.match(refused.stderr, /would replace .*notes: choose a folder of its own/);
  }
  assert.deepEqual(readdirSync(join(site.folder, "notes")).sort(), readdirSync(NOTES).sort(), "the notes are all there");
});

test("the size report gives other notes their first load, with no limit to fail", () => {
  assert.match(site.report, /first load: [\d.]+ KB gzip \(\d+ bytes\), for the notes in \/.+\/notes \(the 270 KB limit is for the default notes\)/);
});

test("the published site lists the notes' decks under its title, and a category shows its questions", async () => {
  const server = await serveStatic(join(site.folder, "site"), BASE_PATH);
  const browser = await launchBrowser();
  try {
    const { page, problems } = await openPage(browser);
    await page.goto(server.url);
    await appReady(page);
    assert.equal(await page.title(), TITLE);
    assert.equal(await page.getByRole("banner").getByRole("link", { name: TITLE }).count(), 1, "the header names the site");
    assert.deepEqual(await page.getByTestId("deck").getByRole("heading", { level: 2 }).allInnerTexts(), DECKS);
    assert.equal(await page.getByRole("main").getByText(/^\d+ questions? in \d+ decks?$/).innerText(), "26 questions in 5 decks");

    await page.getByTestId("deck").first().getByRole("navigation").getByRole("link").first().click();
    await addressIs(page, /^c\/.+\/$/, BASE_PATH);
    const name = await mainHeading(page).innerText();
    assert.equal(await page.title(), `${name} · ${TITLE}`);
    const questions = await page.locator("[data-card]").locator("summary").allInnerTexts();
    assert.ok(questions.length > 0 && questions.every((question) => question.trim()), `questions: ${questions}`);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test("the pages, sitemap.xml and manifest use the site's address and title", () => {
  const built = (path) => readFileSync(join(site.folder, "site", path), "utf8");
  assert.match(built("index.html"), new RegExp(`<link rel=canonical href="${SITE_URL}">`));
  const addresses = [...built("sitemap.xml").matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => url);
  assert.ok(addresses.includes(SITE_URL), `sitemap: ${addresses}`);
  assert.ok(addresses.some((url) => url.startsWith(`${SITE_URL}c/`)), `sitemap: ${addresses}`);
  assert.ok(addresses.every((url) => url.startsWith(SITE_URL)), `sitemap: ${addresses}`);
  assert.match(built("robots.txt"), new RegExp(`Sitemap: ${SITE_URL}sitemap.xml`));
  assert.equal(JSON.parse(built("manifest.webmanifest")).name, TITLE);
});

/** Opens the published site at `address` in a fresh profile. */
async function opened(address = "") {
  const server = await serveStatic(join(site.folder, "site"), BASE_PATH);
  const browser = await launchBrowser();
  const { page, problems } = await openPage(browser);
  await page.goto(server.url + address);
  await appReady(page);
  const close = async () => {
    await browser.close();
    await server.close();
  };
  return { page, problems, server, close };
}

test("notes written as headings read as questions: numbering dropped, navigation left out, nested questions linked", async () => {
  const { page, problems, close } = await opened("c/database/");
  try {
    await mainHeading(page, "데이터베이스 면접 질문").waitFor();
    const questions = page.locator("[data-card] summary span[lang]");
    assert.deepEqual(await questions.allInnerTexts(), DATABASE);
    assert.equal(await page.getByText("목차", { exact: true }).count(), 0, "no table of contents");
    assert.equal(await page.getByRole("link", { name: /목차로/ }).count(), 0, "no back-to-top links");

    // An answer is the section under its heading; a question nested in it is a card of its own, linked from it.
    await page.locator("[data-card]").filter({ hasText: "정규화란 무엇인가?" }).locator("summary").click();
    const answer = page.locator("[data-card][open] .fold-answer");
    assert.match(await answer.innerText(), /데이터 중복을 줄이려고 테이블을 나누는 과정입니다/);
    assert.doesNotMatch(await answer.innerText(), /X 값이 정해지면/, "the nested question's answer is not repeated");
    await answer.getByRole("link", { name: /Open as a card/ }).click();
    await mainHeading(page, "정규화란 무엇인가?").waitFor();
    const followUps = page.getByRole("navigation", { name: "Follow-up questions" });
    assert.deepEqual(await followUps.getByRole("link").allInnerTexts(), ["제1정규형은 무엇인가?", "함수적 종속성이란 무엇인가?"]);
    await followUps.getByRole("link", { name: "함수적 종속성이란 무엇인가?" }).click();
    await mainHeading(page, "함수적 종속성이란 무엇인가?").waitFor();
    assert.match(await page.getByRole("article").innerText(), /SELECT 이름 FROM 학생/);

    // One article per file: its title asked, its 개념/장점/단점/예시 sections the answer.
    await page.goto(`${new URL(page.url()).origin}${BASE_PATH}c/process-and-thread/`);
    await appReady(page);
    assert.deepEqual(await questions.allInnerTexts(), ["프로세스와 스레드의 차이"]);
    await questions.first().click();
    assert.deepEqual(await answer.getByRole("heading").allInnerTexts(), ["개념", "장점", "단점", "예시"]);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test("a quiz over heading notes asks each finished question once, choices and all", async () => {
  const { page, problems, close } = await opened("quiz/?c=javascript-questions&n=all&seed=7");
  try {
    const asked = [];
    const total = JAVASCRIPT.headings.length + JAVASCRIPT.choices.length;
    for (let at = 1; at <= total; at++) {
      await page.getByTestId("quiz-position").filter({ hasText: `Question ${at} / ${total}` }).waitFor();
      const question = await page.getByTestId("question").innerText();
      asked.push(question.split("\n")[0]);
      const options = page.getByRole("group", { name: "Options" });
      if (await options.count()) {
        // One right option: choosing checks it.
        await options.getByRole("button").first().click();
        await page.getByText(/^(Right|Partly right|Wrong)\.$/).waitFor();
        await page.getByRole("button", { name: /^Next/ }).click();
      } else {
        await page.getByRole("button", { name: /Show answer/ }).click();
        await page.getByRole("group", { name: "How well did you recall it?" }).getByRole("button", { name: /Good/ }).click();
      }
    }
    await page.getByRole("listitem").filter({ hasText: /^\d+ Good$/ }).first().waitFor();
    assert.deepEqual([...asked].sort(), [...JAVASCRIPT.headings, ...JAVASCRIPT.choices].sort());
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test("each deck's screen links to its Anki import file: one note per finished card, images at the site's address", async () => {
  const { page, problems, close } = await opened("c/network/");
  try {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Export for Anki" }).click(),
    ]);
    assert.equal(download.suggestedFilename(), "network.txt");
    const file = readFileSync(await download.path(), "utf8");
    const lines = file.trimEnd().split("\n");
    assert.deepEqual(lines.slice(0, 6), [
      "#separator:tab",
      "#html:true",
      "#notetype:Basic",
      "#guid column:1",
      "#tags column:4",
      "#deck:네트워크",
    ]);
    const notes = file.split(/\nfoldcards-/).slice(1);
    assert.equal(notes.length, 5, "six cards, one without an answer yet");
    assert.ok(notes.every((note) => /\t(network|network::tcp와-udp)$/.test(note.trimEnd())), "each tagged with its category");
    assert.match(file, new RegExp(`<img src=""${SITE_URL}notes/images/osi-layers.png""`));
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

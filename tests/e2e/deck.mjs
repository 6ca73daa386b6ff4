// The notes the end-to-end tests run on: tests/fixtures/e2e-deck, a deck of
// their own, so that replacing the shipped notes in content/ breaks none of
// them. scripts/test.sh builds it into DIST before the tests. What the tests
// count and look for in it is named here once; change it with the deck.

/** The fixture's notes folder, and the release build of it that the tests serve. */
export const NOTES = "tests/fixtures/e2e-deck";
export const DIST = "target/e2e-dist";
/** The site's URL the build is given: its path is where the tests serve it (harness.mjs's BASE_PATH). */
export const SITE_URL = "https://notes.example/some/path/";
export const BUILD_COMMAND = `FOLDCARDS_CONTENT=${NOTES} FOLDCARDS_SITE_URL=${SITE_URL} trunk build --release --dist ${DIST}`;

/** The one deck: its id (its file's name, and so its storage namespace), its title and its question count. */
export const DECK = { id: "backend-interview", title: "백엔드 면접 대비", questions: 32 };
export const PROGRESS_KEY = `foldcards:${DECK.id}:progress`;

/**
 * A category: its path (its id, as quiz addresses and `<fold-cards category>`
 * name it), its page's address relative to the site's root (`c/<path>/`),
 * its title and how many questions it holds, its sections' included.
 */
const category = (path, title, questions) => ({
  path: `${DECK.id}/${path}`,
  address: `c/${DECK.id}/${path}/`,
  title,
  questions,
});

export const PERSONAL = category("인성-질문", "인성 질문", 5);
/** The branch category: questions only in its sections. */
export const TECHNICAL = category("기술-질문", "기술 질문", 27);
export const OS = category("기술-질문/운영체제", "운영체제", 4);
export const DATABASE = category("기술-질문/데이터베이스", "데이터베이스", 13);
export const WEB = category("기술-질문/웹", "웹", 7);
export const STRUCTURES = category("기술-질문/자료구조", "자료구조", 3);
/** A category of notes only, which link to notes files that do not exist; `notes` is a phrase of them. */
export const ASSIGNMENTS = { ...category("기술-질문/과제", "과제", 0), notes: "선착순 쿠폰 발급" };

/** Home's list of categories, in the notes' order: each category, then the sections below it. */
export const HOME_CATEGORIES = [PERSONAL, TECHNICAL, OS, DATABASE, WEB, STRUCTURES, ASSIGNMENTS];
/** The sections of TECHNICAL that hold questions, as its page heads them. */
export const TECHNICAL_SECTIONS = [OS, DATABASE, WEB, STRUCTURES];

/** Questions of DATABASE the tests find by name; `at` is a card's place in it, counted from 1. */
export const DATABASE_CARDS = {
  /** The first two and the third, in the notes' order. */
  first: "트랜잭션",
  second: "인덱스",
  third: "느린 쿼리를 찾는 순서",
  /** A card whose answer holds SQL code, and the card after it. */
  pessimistic: { question: "비관적 락", at: 7, code: "SELECT quantity FROM inventory WHERE item_id = 42 FOR UPDATE;" },
  optimistic: { question: "낙관적 락", at: 8 },
  /** Far enough down the page to scroll to. */
  sharding: "샤딩",
  /** Its answer is a code block wider than a phone. */
  wideCode: "실행 계획 읽기",
};

/** A question of WEB the tests find by name, the only card of WEB to name it. */
export const WEB_CARD = "CORS";

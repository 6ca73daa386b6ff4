#!/usr/bin/env node
// Writes a synthetic deck of N cards for benchmarks: Korean and English
// questions with code, lists and tables, over many categories and files.
//   node scripts/gen-deck.mjs N DIR      (e.g. node scripts/gen-deck.mjs 10000 target/deck-10000)
// The same N always gives the same notes.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [count = "1000", dir = `target/deck-${count}`] = process.argv.slice(2);
const total = Number(count);
if (!Number.isInteger(total) || total < 1) {
  console.error("usage: node scripts/gen-deck.mjs N DIR");
  process.exit(2);
}

/** A small deterministic generator (mulberry32), so runs compare. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(total);
const pick = (list) => list[Math.floor(next() * list.length)];

const TOPICS_KO = ["트랜잭션", "인덱스", "캐시", "스레드", "프로세스", "메모리", "네트워크", "보안", "큐", "락", "샤딩", "복제", "로드 밸런서", "가비지 컬렉션", "컨테이너"];
const TOPICS_EN = ["transaction", "index", "cache", "thread", "process", "memory", "network", "security", "queue", "lock", "sharding", "replication", "load balancer", "garbage collection", "container"];
const ASK_KO = ["{t}란 무엇인가?", "{t}의 장단점은?", "{t}를 언제 쓰는가?", "{t}에서 흔한 실수는?", "{t}를 어떻게 테스트하는가?"];
const ASK_EN = ["What is a {t}?", "Pros and cons of {t}?", "When would you use {t}?", "Common mistakes with {t}?", "How do you test {t}?"];
const LANGS = ["sql", "java", "python", "js", "go"];
const CODE = {
  sql: "SELECT id, name FROM item WHERE id = {n} FOR UPDATE;",
  java: "public int size() { return {n}; }",
  python: "def size():\n    return {n}  # items",
  js: "const size = () => {n};",
  go: "func size() int { return {n} }",
};

/** One card's answer: prose, then in turn a list, a table or code. */
function answer(n, korean) {
  const topic = korean ? pick(TOPICS_KO) : pick(TOPICS_EN);
  const prose = korean
    ? `${topic}은 데이터를 안전하게 다루기 위한 방법이다. 사례 ${n}번에서는 성능과 일관성 사이의 균형이 중요하다.`
    : `A ${topic} keeps data safe under load. In case ${n}, the balance between speed and consistency matters most.`;
  switch (n % 3) {
    case 0:
      return `${prose}\n\n- ${korean ? "장점" : "pro"}: ${topic}\n- ${korean ? "단점" : "con"}: ${korean ? "복잡도" : "complexity"}\n    - ${korean ? "운영 비용" : "running cost"}`;
    case 1:
      return `${prose}\n\n| ${korean ? "항목" : "item"} | ${korean ? "값" : "value"} |\n|---|---|\n| n | ${n} |\n| ${topic} | ${n % 7} |`;
    default: {
      const lang = LANGS[n % LANGS.length];
      return `${prose}\n\n\`\`\`${lang}\n${CODE[lang].replaceAll("{n}", n)}\n\`\`\``;
    }
  }
}

rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const perFile = 1000;
const perCategory = 50;
let written = 0;
for (let file = 0; written < total; file++) {
  const korean = file % 2 === 0;
  const lines = [`# ${korean ? "합성 덱" : "Synthetic deck"} ${file + 1}`, ""];
  for (let i = 0; i < perFile && written < total; i++, written++) {
    if (i % perCategory === 0) {
      lines.push(`## ${korean ? "분류" : "Part"} ${i / perCategory + 1}`, "");
      if (i % (perCategory * 4) === 0) lines.push(`### ${korean ? "기초" : "Basics"}`, "");
    }
    const topic = korean ? TOPICS_KO[written % TOPICS_KO.length] : TOPICS_EN[written % TOPICS_EN.length];
    const ask = (korean ? ASK_KO : ASK_EN)[Math.floor(written / TOPICS_KO.length) % ASK_KO.length].replace("{t}", topic);
    lines.push("<details>", `<summary>${ask} (${written + 1})</summary>`, "", answer(written, korean), "</details>", "");
  }
  writeFileSync(join(dir, `deck-${String(file + 1).padStart(2, "0")}.md`), lines.join("\n"));
}
console.log(`${dir}: ${written} cards in ${Math.ceil(total / perFile)} files`);

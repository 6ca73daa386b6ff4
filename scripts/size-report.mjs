// Builds the release site and prints each file's raw and gzip size, the
// pages rendered at build time (their count, total and largest), then the
// first-load total (index.html, home's page, and the files it references). Exits 1 when the
// first load of the default notes (content/) is past the 270 KB gzip limit;
// other notes (FOLDCARDS_CONTENT) get the figure only, since every answer is compiled in.
//
//   node scripts/size-report.mjs [--no-build] [--dist DIR]   (DIR: dist/)

import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

// The team's limit for the first load of the default notes, gzip at level 9
// (the developers' guide): bytes are a ratchet, each issue says what it adds.
const LIMIT_BYTES = 270_000;
const DEFAULT_NOTES = resolve(process.env.FOLDCARDS_CONTENT || "content") === resolve("content");
const DIST = process.argv.includes("--dist") ? process.argv[process.argv.indexOf("--dist") + 1] : "dist";

if (!process.argv.includes("--no-build")) {
  execFileSync("trunk", ["build", "--release", "--dist", DIST], { stdio: ["ignore", "ignore", "inherit"] });
}

const kb = (bytes) => (bytes / 1000).toFixed(1).padStart(7);
const index = readFileSync(join(DIST, "index.html"), "utf8");
const precompressed = (name) => name.endsWith(".gz") || name.endsWith(".br");
const files = readdirSync(DIST, { withFileTypes: true })
  .filter((entry) => entry.isFile() && !precompressed(entry.name))
  .map(({ name }) => {
    const bytes = readFileSync(join(DIST, name));
    return {
      name,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      firstLoad: name === "index.html" || index.includes(name),
    };
  })
  .sort((a, b) => b.gzip - a.gzip);

console.log(`${"file".padEnd(42)} ${"raw KB".padStart(7)} ${"gzip KB".padStart(7)}  first load`);
for (const file of files) {
  console.log(`${file.name.padEnd(42)} ${kb(file.raw)} ${kb(file.gzip)}  ${file.firstLoad ? "yes" : ""}`);
}
const pages = readdirSync(DIST, { recursive: true })
  .filter((path) => path.endsWith(".html") && path.includes("/"))
  .map((path) => {
    const bytes = readFileSync(join(DIST, path));
    return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
const largest = pages.reduce((max, page) => (page.gzip > max.gzip ? page : max), pages[0] ?? { gzip: 0 });
const sum = (key) => pages.reduce((total, page) => total + page[key], 0);
console.log(
  `${`${pages.length} more pages in folders`.padEnd(42)} ${kb(sum("raw"))} ${kb(sum("gzip"))}  ` +
    `(largest: ${largest.path ?? "none"}, ${kb(largest.gzip).trim()} KB gzip)`,
);
const copies = readdirSync(DIST, { recursive: true }).filter(precompressed).length;
console.log(`(and ${copies} precompressed .gz/.br copies for hosts that serve them)`);
const total = files.filter((f) => f.firstLoad).reduce((sum, f) => sum + f.gzip, 0);
const verdict = !DEFAULT_NOTES
  ? `for the notes in ${process.env.FOLDCARDS_CONTENT} (the ${LIMIT_BYTES / 1000} KB limit is for the default notes)`
  : total <= LIMIT_BYTES
    ? `within the ${LIMIT_BYTES / 1000} KB limit`
    : `${kb(total - LIMIT_BYTES).trim()} KB over the ${LIMIT_BYTES / 1000} KB limit`;
console.log(`\nfirst load: ${kb(total).trim()} KB gzip (${total} bytes), ${verdict}`);
if (DEFAULT_NOTES && total > LIMIT_BYTES) process.exit(1);

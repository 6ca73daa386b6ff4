// Proves the module graph of the `foldcards` crate (src/) has no cycle, and prints it. Usage:
// node scripts/check-modules.mjs [SRC_DIR] (default src); exit 0: no cycles, 1: cycles, 2: error.
// Node rule (nodeOf, NODE_DEPTH): a module's first path segment (`study::quiz` -> `study`), but two under
// `ui` (`ui::quiz::question` -> `ui::quiz`); lib.rs is `crate`, main.rs (the binary) is left out. Edges:
// crate::/super::/self::/child-module paths in `use` trees and code; comments, strings, #[cfg(test)] skipped.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

// How many path segments a module's node keeps: 1 unless its top-level module is listed here.
const NODE_DEPTH = { ui: 2 };

/** The graph node of a module, given as its path segments (`[]` is the crate root). */
function nodeOf(segs) {
  if (segs.length === 0) return "crate";
  return segs.slice(0, NODE_DEPTH[segs[0]] ?? 1).join("::");
}

const key = (segs) => (segs.length ? segs.join("::") : "crate");

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const srcDir = resolve(repoRoot, process.argv[2] ?? "src");
if (!existsSync(srcDir) || !statSync(srcDir).isDirectory()) {
  console.error(`check-modules: no directory ${srcDir}`);
  process.exit(2);
}

/** Module path of a file under srcDir, or null for the binary (main.rs, bin/). */
function modulePathOf(file) {
  const rel = relative(srcDir, file).split(sep);
  if (rel[0] === "main.rs" || rel[0] === "bin") return null;
  if (rel.length === 1 && rel[0] === "lib.rs") return [];
  rel[rel.length - 1] = rel[rel.length - 1].replace(/\.rs$/, "");
  if (rel[rel.length - 1] === "mod") rel.pop();
  return rel;
}

function rustFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...rustFiles(path));
    else if (entry.name.endsWith(".rs")) out.push(path);
  }
  return out.sort();
}

/** The source with comments and string/char literals turned to spaces; offsets and newlines kept. */
function stripCommentsAndStrings(src) {
  const out = src.split("");
  const n = src.length;
  const blank = (a, b) => {
    for (let k = a; k < Math.min(b, n); k++) if (out[k] !== "\n") out[k] = " ";
  };
  const identChar = (ch) => ch !== undefined && /[A-Za-z0-9_]/.test(ch);
  const rawStart = /[bc]?r(#*)"/y;
  let raw;
  let i = 0;
  while (i < n) {
    const c = src[i];
    const d = src[i + 1];
    if (c === "/" && d === "/") {
      let j = src.indexOf("\n", i);
      if (j < 0) j = n;
      blank(i, j);
      i = j;
    } else if (c === "/" && d === "*") {
      let depth = 1;
      let j = i + 2;
      while (j < n && depth > 0) {
        if (src[j] === "/" && src[j + 1] === "*") (depth++, (j += 2));
        else if (src[j] === "*" && src[j + 1] === "/") (depth--, (j += 2));
        else j++;
      }
      blank(i, j);
      i = j;
    } else if ("rbc".includes(c) && !identChar(src[i - 1]) && ((rawStart.lastIndex = i), (raw = rawStart.exec(src)))) {
      const close = `"${raw[1]}`;
      const j = src.indexOf(close, rawStart.lastIndex);
      const end = j < 0 ? n : j + close.length;
      blank(i, end);
      i = end;
    } else if (c === '"') {
      let j = i + 1;
      while (j < n && src[j] !== '"') j += src[j] === "\\" ? 2 : 1;
      blank(i, j + 1);
      i = j + 1;
    } else if (c === "'") {
      if (d === "\\") {
        let j = i + 3;
        while (j < n && src[j] !== "'" && src[j] !== "\n") j++;
        blank(i, j + 1);
        i = j + 1;
      } else {
        const len = (src.codePointAt(i + 1) ?? 0) > 0xffff ? 2 : 1;
        if (src[i + 1 + len] === "'" && d !== "\n") {
          blank(i, i + 2 + len);
          i += 2 + len;
        } else i++; // a lifetime
      }
    } else i++;
  }
  return out.join("");
}

/** Index of the bracket closing the one at `open` (any of ([{ counted together), or text.length. */
function closingBracket(text, open) {
  let depth = 0;
  for (let j = open; j < text.length; j++) {
    if ("([{".includes(text[j])) depth++;
    else if (")]}".includes(text[j]) && --depth === 0) return j;
  }
  return text.length;
}

const blankRange = (text, a, b) => text.slice(0, a) + text.slice(a, b).replace(/[^\n]/g, " ") + text.slice(b);

/** Removes `#[cfg(test)]` items; returns the text and the names of `#[cfg(test)] mod x;` files. */
function dropTestItems(text) {
  const testMods = [];
  const cfgTest = /#\s*\[\s*cfg\s*\(\s*test\s*\)\s*\]/g;
  let m;
  while ((m = cfgTest.exec(text))) {
    let j = m.index + m[0].length;
    for (;;) {
      while (/\s/.test(text[j] ?? "")) j++;
      if (text[j] !== "#") break;
      j = closingBracket(text, text.indexOf("[", j)) + 1; // a further attribute
    }
    const declared = /^(?:pub(?:\s*\([^)]*\))?\s+)?mod\s+([A-Za-z_]\w*)\s*;/.exec(text.slice(j));
    if (declared) testMods.push(declared[1]);
    let end = j;
    while (end < text.length && text[end] !== ";" && text[end] !== "{") {
      end = "([".includes(text[end]) ? closingBracket(text, end) + 1 : end + 1;
    }
    end = text[end] === "{" ? closingBracket(text, end) + 1 : end + 1;
    text = blankRange(text, m.index, end);
  }
  return { text, testMods };
}

// Pass 1: read every file, strip it, find its inline modules and declared modules.
const files = [];
const modules = new Set(); // keys of every known module
const testOnly = []; // module paths declared `#[cfg(test)] mod x;`
for (const path of rustFiles(srcDir)) {
  const segs = modulePathOf(path);
  if (segs === null) continue;
  const { text, testMods } = dropTestItems(stripCommentsAndStrings(readFileSync(path, "utf8")));
  const inline = []; // { start, end, name }
  for (const d of text.matchAll(/(?<![\w#])mod\s+([A-Za-z_]\w*)\s*\{/g)) {
    const open = d.index + d[0].length - 1;
    inline.push({ start: open, end: closingBracket(text, open), name: d[1] });
  }
  const file = { path, segs, text, inline, lineStarts: [0] };
  for (let k = 0; k < text.length; k++) if (text[k] === "\n") file.lineStarts.push(k + 1);
  for (const d of text.matchAll(/(?<![\w#])mod\s+([A-Za-z_]\w*)\s*[{;]/g)) {
    modules.add(key([...moduleAt(file, d.index), d[1]]));
  }
  for (const name of testMods) testOnly.push([...segs, name]);
  modules.add(key(segs));
  files.push(file);
}

/** Module path at an offset of a file: the file's module and the inline modules around it. */
function moduleAt(file, offset) {
  const inner = file.inline.filter((r) => r.start < offset && offset < r.end).map((r) => r.name);
  return [...file.segs, ...inner];
}

function lineAt(file, offset) {
  let lo = 0;
  let hi = file.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (file.lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** The node a path (segments as written) names from module `here`, or null if outside the crate. */
function resolvePath(here, path) {
  let base;
  let i = 0;
  if (path[0] === "crate" || path[0] === "$crate") (base = []), (i = 1);
  else if (path[0] === "self" || path[0] === "super") {
    base = here;
    for (; path[i] === "self" || path[i] === "super"; i++) {
      if (path[i] === "super") {
        if (base.length === 0) return null; // super:: past the root: not valid Rust
        base = base.slice(0, -1);
      }
    }
  } else if (modules.has(key([...here, path[0]]))) base = here;
  else return null; // std::, leptos::, a local name...
  const abs = [...base, ...path.slice(i).filter((s) => s !== "self")];
  let len = abs.length;
  while (len > 0 && !modules.has(key(abs.slice(0, len)))) len--;
  return nodeOf(abs.slice(0, len));
}

/** Leaves of a `use` tree, each `{ path, offset }`; `{self, x}` leaves keep `self`, `*` its prefix. */
function useLeaves(tokens) {
  let k = 0;
  const tree = (prefix) => {
    const path = [...prefix];
    if (tokens[k]?.t === "::" && path.length === 0) (path.push("::"), k++); // ::extern_crate
    for (;;) {
      const tok = tokens[k];
      if (!tok) return [];
      if (tok.t === "{") {
        k++;
        const leaves = [];
        while (tokens[k] && tokens[k].t !== "}") {
          const before = k;
          leaves.push(...tree(path));
          if (tokens[k]?.t === ",") k++;
          else if (k === before) k++; // unexpected token: skip it
        }
        k++;
        return leaves;
      }
      if (tok.t === "*") return (k++, [{ path, offset: tok.offset }]);
      if (!/^[A-Za-z_$]/.test(tok.t)) return (k++, []);
      path.push(tok.t);
      k++;
      if (tokens[k]?.t === "::") k++;
      else {
        if (tokens[k]?.t === "as") k += 2;
        return [{ path, offset: tok.offset }];
      }
    }
  };
  const leaves = [];
  while (k < tokens.length) leaves.push(...tree([]));
  return leaves;
}

// Pass 2: edges. edges: from -> (to -> [{ file, line }]).
const edges = new Map();
const nodes = new Set();
const shown = (path) => relative(dirname(srcDir), path).split(sep).join("/");
const isTestOnly = (segs) => testOnly.some((t) => t.every((s, i) => segs[i] === s));
for (const file of files) {
  if (isTestOnly(file.segs)) continue;
  nodes.add(nodeOf(file.segs));
  const addEdge = (offset, path) => {
    const here = moduleAt(file, offset);
    const from = nodeOf(here);
    const to = resolvePath(here, path);
    if (to === null || to === from) return;
    if (!edges.has(from)) edges.set(from, new Map());
    const out = edges.get(from);
    if (!out.has(to)) out.set(to, []);
    out.get(to).push({ file: shown(file.path), line: lineAt(file, offset) });
  };
  let text = file.text;
  for (const u of file.text.matchAll(/(?<![\w:#])use\s+/g)) {
    const start = u.index + u[0].length;
    let end = text.indexOf(";", start);
    if (end < 0) end = text.length;
    const tokens = [...text.slice(start, end).matchAll(/::|\$?[A-Za-z_]\w*|\S/g)].map((t) => ({ t: t[0], offset: start + t.index }));
    for (const leaf of useLeaves(tokens)) addEdge(leaf.offset, leaf.path);
    text = blankRange(text, u.index, end + 1); // the scan below must not see it again
  }
  for (const p of text.matchAll(/(?<![\w:$#])(\$crate|[A-Za-z_]\w*)((?:\s*::\s*[A-Za-z_]\w*)+)/g)) {
    addEdge(p.index, [p[1], ...p[2].split("::").slice(1).map((s) => s.trim())]);
  }
}
for (const [from, out] of edges) {
  nodes.add(from);
  for (const [to, found] of out) {
    nodes.add(to);
    found.sort((x, y) => (x.file === y.file ? x.line - y.line : x.file < y.file ? -1 : 1));
  }
}

const sorted = [...nodes].sort();
const depsOf = (n) => [...(edges.get(n)?.keys() ?? [])].sort();
for (const n of sorted) console.log(`${n} -> ${depsOf(n).join(", ") || "(none)"}`);
console.log();

// Tarjan's strongly connected components.
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const components = [];
let counter = 0;
function connect(v) {
  index.set(v, counter);
  low.set(v, counter++);
  stack.push(v);
  onStack.add(v);
  for (const w of depsOf(v)) {
    if (!index.has(w)) (connect(w), low.set(v, Math.min(low.get(v), low.get(w))));
    else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
  }
  if (low.get(v) === index.get(v)) {
    const component = [];
    let w;
    do (w = stack.pop()), onStack.delete(w), component.push(w);
    while (w !== v);
    components.push(component.sort());
  }
}
for (const n of sorted) if (!index.has(n)) connect(n);

/** A shortest cycle through `start` inside `members` (breadth first), as a node list ending at start. */
function cycleThrough(start, members) {
  const prev = new Map();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift();
    for (const w of depsOf(v)) {
      if (!members.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let x = v; x !== start; x = prev.get(x)) path.splice(1, 0, x);
        return [...path, start];
      }
      if (!prev.has(w)) (prev.set(w, v), queue.push(w));
    }
  }
  return null;
}

const cyclic = components.filter((c) => c.length > 1).sort((a, b) => (a[0] < b[0] ? -1 : 1));
if (cyclic.length === 0) {
  console.log("no cycles");
  process.exit(0);
}
const evidence = (from, to) => edges.get(from).get(to).map((at) => `${at.file}:${at.line}`);
for (const component of cyclic) {
  const members = new Set(component);
  const cycle = cycleThrough(component[0], members);
  console.log(`cycle: ${cycle.join(" -> ")}`);
  for (let k = 0; k + 1 < cycle.length; k++) {
    console.log(`    ${cycle[k]} -> ${cycle[k + 1]}    ${evidence(cycle[k], cycle[k + 1])[0]}`);
  }
  console.log(`  in a component of ${component.length} nodes: ${component.join(", ")}`);
  // The pairs that import each other directly: usually where such a cycle gets cut.
  for (const a of component) {
    for (const b of depsOf(a)) {
      if (a < b && members.has(b) && depsOf(b).includes(a)) {
        console.log(`  mutual: ${a} <-> ${b}    ${evidence(a, b)[0]}, ${evidence(b, a)[0]}`);
      }
    }
  }
  console.log();
}
console.log(`${cyclic.length} component(s) with cycles`);
process.exit(1);

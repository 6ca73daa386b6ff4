// Trunk post_build hook, release builds only:
// 1. minifies wasm-bindgen's JS glue, which Trunk leaves as it is (~2 KB gzip);
// 2. writes a web app manifest with its icons, so the app can be installed, and
//    the service worker that makes it work offline after the first visit;
// 3. writes embed.js, the script a blog loads to embed the app, with the names
//    of this build's files;
// 4. writes .gz and .br copies of every text and wasm file, for static hosts
//    that serve precompressed files (nginx gzip_static, Netlify, S3 + CDN).
// In every build, it first copies the images in the notes folder to notes/,
// where the notes' relative image links point once built (see crates/notes),
// and writes the page's words into index.html in the notes' language; then
// it renders every notes page into its own folder (src/prerender.rs, run
// natively as `cargo run -- <dir>`), with index.html as their template.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { extname, join, relative, resolve } from "node:path";
import { brotliCompressSync, constants, deflateSync, gzipSync } from "node:zlib";
import { transformSync } from "esbuild";

const COMPRESSIBLE = new Set([".html", ".js", ".css", ".wasm", ".json", ".svg", ".webmanifest"]);

/** The custom section of the wasm that build.rs writes the page's words in. */
const PAGE_SECTION = "foldcards_page";

const IMAGES = new Set([".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif"]);

const noteImages = copyNoteImages(process.env.TRUNK_STAGING_DIR);
const page = declarePage(process.env.TRUNK_STAGING_DIR);

const release = process.env.TRUNK_PROFILE === "release";
const dir = process.env.TRUNK_STAGING_DIR;
const files = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
let appFiles = files;
if (release) {
  for (const name of files.filter((n) => n.endsWith(".js"))) {
    const path = join(dir, name);
    const { code } = transformSync(readFileSync(path, "utf8"), { minify: true, format: "esm", target: "es2020" });
    writeFileSync(path, code);
  }
  // The notes' images are precached with the app, so they show offline too.
  appFiles = [...files, ...writeManifest(dir, page), ...noteImages];
  registerServiceWorker(dir);
}
const pages = writePages(dir);
if (release) {
  writeServiceWorker(dir, appFiles);
  writeEmbedScript(dir, files);
  // Brotli's best quality for the app's files; the pages, which may be
  // thousands, at quality 9 (a tenth of the time, about 5% larger).
  const appParts = [...appFiles, "sw.js", "embed.js"].map((name) => [name, 11]);
  for (const [name, quality] of [...appParts, ...pages.map((name) => [name, 9])].filter(([n]) => COMPRESSIBLE.has(extname(n)))) {
    const bytes = readFileSync(join(dir, name));
    writeFileSync(join(dir, `${name}.gz`), gzipSync(bytes, { level: 9 }));
    writeFileSync(
      join(dir, `${name}.br`),
      brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
    );
  }
}

/**
 * Renders the notes' pages into `dir` with the app's own components, natively
 * (src/prerender.rs); returns the pages' paths in `dir`.
 */
function writePages(dir) {
  execFileSync("cargo", ["run", "--quiet", "--locked", "--", dir], {
    cwd: process.env.TRUNK_SOURCE_DIR ?? ".",
    stdio: ["ignore", "inherit", "inherit"],
  });
  return readdirSync(dir, { recursive: true })
    .map((path) => path.split(/[\\/]/).join("/"))
    .filter((path) => path.endsWith(".html") && path !== "index.html");
}

/**
 * The worker precaches the build's files. Its cache is named after the build
 * (a hash of the files' contents) and the worker's scope, so an update replaces only this app's old cache, never that
 * of another Foldcards deck on the same site.
 */
function writeServiceWorker(dir, files) {
  const hash = createHash("sha256");
  for (const name of [...files].sort()) hash.update(name).update(readFileSync(join(dir, name)));
  const version = hash.digest("hex").slice(0, 12);
  const assets = ["./", ...files.filter((n) => n !== "index.html").map((n) => `./${n}`)];
  const worker = `const PREFIX = "foldcards:" + self.registration.scope + ":";
const CACHE = PREFIX + ${JSON.stringify(version)};
const ASSETS = ${JSON.stringify(assets)};

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// Pages: the network first, so an update shows when online, and each page
// visited is kept; offline, the page as last seen, or else home's page as a
// shell, its base made the site's root, over which the app draws the screen
// the address names. Assets: their names change with their content, so the
// cache first.
self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== location.origin) return;
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      request.mode === "navigate"
        ? fetch(request)
            .then((response) => {
              if (response.ok) cache.put(request, response.clone());
              return response;
            })
            .catch(() => cache.match(request, { ignoreSearch: true }).then((page) => page || shell(cache)))
        : cache.match(request).then((hit) => hit || fetch(request)),
    ),
  );
});

async function shell(cache) {
  const home = await cache.match("./");
  const html = (await home.text()).replace('<base href="./">', '<base href="' + self.registration.scope + '">');
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } });
}
`;
  writeFileSync(join(dir, "sw.js"), worker);
}

/** Registers the worker from every page (index.html is their template). */
function registerServiceWorker(dir) {
  // A sandboxed iframe may not even look at the worker: no error for the app.
  const registration = `<script>addEventListener("load",()=>{try{navigator.serviceWorker.register("./sw.js").catch(()=>{})}catch{}})</script>`;
  editIndex(dir, (html) => html.replace("</body>", `${registration}</body>`));
}

/**
 * embed.js is not precached by the service worker: its name stays the same
 * from build to build, so a blog always gets the current one.
 */
function writeEmbedScript(dir, files) {
  const named = (pattern) => files.find((name) => pattern.test(name));
  const source = readFileSync(new URL("../src/ui/embed.js", import.meta.url), "utf8")
    .replace("__GLUE__", named(/^foldcards-[0-9a-f]+\.js$/))
    .replace("__WASM__", named(/^foldcards-[0-9a-f]+_bg\.wasm$/))
    .replace("__CSS__", named(/^style-[0-9a-f]+\.css$/));
  const { code } = transformSync(source, { minify: true, format: "esm", target: "es2020" });
  writeFileSync(join(dir, "embed.js"), code);
}

/** Writes the manifest and its icons; returns the names of the files written. */
function writeManifest(dir, { lang, description }) {
  const icons = [192, 512].map((size) => {
    const name = `icon-${size}.png`;
    writeFileSync(join(dir, name), brandMark(size));
    return { src: `./${name}`, sizes: `${size}x${size}`, type: "image/png", purpose: "any maskable" };
  });
  const title = process.env.FOLDCARDS_TITLE?.trim() || "Foldcards";
  const manifest = {
    name: title,
    short_name: title,
    description,
    lang,
    start_url: "./",
    scope: "./",
    display: "standalone",
    background_color: "#f7f7f5",
    theme_color: "#2f5bd3",
    icons,
  };
  writeFileSync(join(dir, "manifest.webmanifest"), JSON.stringify(manifest));
  editIndex(dir, (html) =>
    html.replace("</head>", `<link rel=manifest href=./manifest.webmanifest><meta name=theme-color content=#2f5bd3></head>`),
  );
  return ["manifest.webmanifest", ...icons.map((icon) => icon.src.slice(2))];
}

/**
 * Writes the page's words into index.html in the notes' language (`<html
 * lang>`, the description, the message without JavaScript), as the app will
 * speak it, so that the page does before the app has started, and where it
 * cannot; a language kept or asked for then overrides `lang`. The build puts
 * them in a custom section of the wasm (build.rs, src/i18n/page.rs), which
 * this takes out of the file users download.
 */
function declarePage(dir) {
  const wasm = join(dir, readdirSync(dir).find((name) => /^foldcards-[0-9a-f]+_bg\.wasm$/.test(name)));
  const bytes = readFileSync(wasm);
  const [section] = WebAssembly.Module.customSections(new WebAssembly.Module(bytes), PAGE_SECTION);
  const [lang, description, needsJavascript] = new TextDecoder().decode(section).split("\n");
  writeFileSync(wasm, withoutCustomSection(bytes, PAGE_SECTION));
  editIndex(dir, (html) =>
    html
      .replace(/<html lang="?[a-z]+"?/, `<html lang="${lang}"`)
      .replace(/<meta[^>]*name="?description"?[^>]*>/, `<meta name=description content="${escapeHtml(description)}">`)
      .replace(/<noscript>[^<]*<\/noscript>/, `<noscript>${escapeHtml(needsJavascript)}</noscript>`),
  );
  return { lang, description };
}

/** `bytes`, a wasm module, without its custom section `name`. */
function withoutCustomSection(bytes, name) {
  const kept = [bytes.subarray(0, 8)];
  for (let at = 8; at < bytes.length; ) {
    const start = at;
    const id = bytes[at];
    const [size, payload] = leb128(bytes, at + 1);
    at = payload + size;
    if (id === 0) {
      const [length, text] = leb128(bytes, payload);
      if (bytes.subarray(text, text + length).toString() === name) continue;
    }
    kept.push(bytes.subarray(start, at));
  }
  return Buffer.concat(kept);
}

/** The unsigned LEB128 number at `at`, and where the bytes after it start. */
function leb128(bytes, at) {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, at];
  }
}

function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

function editIndex(dir, edit) {
  const index = join(dir, "index.html");
  writeFileSync(index, edit(readFileSync(index, "utf8")));
}

/** The favicon's mark as a square PNG: a blue triangle over a pale field. */
function brandMark(size) {
  const row = size * 4 + 1;
  const pixels = Buffer.alloc(row * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const color = x + y < size ? [0x2f, 0x5b, 0xd3] : [0xe8, 0xee, 0xfc];
      pixels.set([...color, 0xff], y * row + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(pixels, { level: 9 })),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

function pngChunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** Copies the images under the notes folder to the same relative paths under notes/; returns their new paths. */
function copyNoteImages(dir) {
  const source = resolve(process.env.TRUNK_SOURCE_DIR ?? ".", process.env.FOLDCARDS_CONTENT ?? "content");
  const images = readdirSync(source, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && IMAGES.has(extname(entry.name).toLowerCase()))
    .map((entry) => relative(source, join(entry.parentPath, entry.name)))
    .filter((path) => !path.split(/[\\/]/).some((part) => part.startsWith(".") || part === "node_modules"));
  for (const path of images) cpSync(join(source, path), join(dir, "notes", path));
  return images.map((path) => `notes/${path.split(/[\\/]/).join("/")}`);
}

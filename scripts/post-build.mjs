// Trunk post_build hook, release builds only:
// 1. minifies wasm-bindgen's JS glue, which Trunk leaves as it is (~2 KB gzip);
// 2. writes .gz and .br copies of every text and wasm file, for static hosts
//    that serve precompressed files (nginx gzip_static, Netlify, S3 + CDN).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { transformSync } from "esbuild";

const COMPRESSIBLE = new Set([".html", ".js", ".css", ".wasm", ".json", ".svg", ".webmanifest"]);

if (process.env.TRUNK_PROFILE === "release") {
  const dir = process.env.TRUNK_STAGING_DIR;
  const files = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
  for (const name of files.filter((n) => n.endsWith(".js"))) {
    const path = join(dir, name);
    const { code } = transformSync(readFileSync(path, "utf8"), { minify: true, format: "esm", target: "es2020" });
    writeFileSync(path, code);
  }
  for (const name of files.filter((n) => COMPRESSIBLE.has(extname(n)))) {
    const bytes = readFileSync(join(dir, name));
    writeFileSync(join(dir, `${name}.gz`), gzipSync(bytes, { level: 9 }));
    writeFileSync(
      join(dir, `${name}.br`),
      brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
    );
  }
}

// The embed's size budget: what a page downloads — every script in dist/ and its locale's
// catalogue, gzipped (level 9), added up — must stay ≤ 80 KB:
// the UI runtime (preact/compat), the Markdown lexer, attachments and every built-in template
// included. (dist/index.js, the ES module for bundlers, is written after this check and only
// re-exports dist/kore-chat.js.) What keeps it there, in vite.config.ts: Preact resolved as ES
// modules (tree-shaken), terser, and scripts/bundle-plugins.ts (CSS whitespace, marked's HTML
// renderer left out). Raising this number is a product decision, not a fix: cut bytes instead.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

// What one page downloads: the script, plus the catalogue of its locale when that is not
// English (dist/locales/<tag>.js, loaded on demand); the largest catalogue is counted.
const budget = 81_920;
const dist = new URL("../dist/", import.meta.url);
const gzipSize = (url) => gzipSync(readFileSync(url), { level: 9 }).length;
let total = 0;
for (const name of readdirSync(dist).filter((file) => file.endsWith(".js"))) {
  const gzipped = gzipSize(new URL(name, dist));
  total += gzipped;
  console.log(
    `embed: ${name} ${readFileSync(new URL(name, dist)).length} bytes min, ${gzipped} bytes gzip`,
  );
}
const locales = new URL("locales/", dist);
let largestCatalogue = 0;
for (const name of existsSync(locales)
  ? readdirSync(locales).filter((file) => file.endsWith(".js"))
  : []) {
  const gzipped = gzipSize(new URL(name, locales));
  largestCatalogue = Math.max(largestCatalogue, gzipped);
  console.log(
    `embed: locales/${name} ${gzipped} bytes gzip (loaded only by a page in that language)`,
  );
}
total += largestCatalogue;
console.log(`embed: ${total} bytes gzip for a page, with the largest catalogue (budget ${budget})`);
if (total > budget) {
  console.error(`embed: over budget by ${total - budget} bytes`);
  process.exit(1);
}

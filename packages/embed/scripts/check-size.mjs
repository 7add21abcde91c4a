// The embed's size budget: every script in dist/ gzipped (level 9), added up, must stay ≤ 80 KB —
// the UI runtime (preact/compat), the Markdown lexer, attachments and every built-in template
// included. (dist/index.js, the ES module for bundlers, is written after this check and only
// re-exports dist/kore-chat.js.) What keeps it there, in vite.config.ts: Preact resolved as ES
// modules (tree-shaken), terser, and scripts/bundle-plugins.ts (CSS whitespace, marked's HTML
// renderer left out). Raising this number is a product decision, not a fix: cut bytes instead.
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const budget = 81_920;
const dist = new URL("../dist/", import.meta.url);
let total = 0;
for (const name of readdirSync(dist).filter((file) => file.endsWith(".js"))) {
  const bundle = readFileSync(new URL(name, dist));
  const gzipped = gzipSync(bundle, { level: 9 }).length;
  total += gzipped;
  console.log(`embed: ${name} ${bundle.length} bytes min, ${gzipped} bytes gzip`);
}
console.log(`embed: ${total} bytes gzip in all (budget ${budget})`);
if (total > budget) {
  console.error(`embed: over budget by ${total - budget} bytes`);
  process.exit(1);
}

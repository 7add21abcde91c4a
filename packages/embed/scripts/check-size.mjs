// The embed's size budget: dist/kore-chat.js gzipped (level 9) must stay ≤ 80 KB, its UI runtime
// (preact/compat) and every built-in template included.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const budget = 81_920;
const bundle = readFileSync(new URL("../dist/kore-chat.js", import.meta.url));
const gzipped = gzipSync(bundle, { level: 9 }).length;

console.log(`embed: ${bundle.length} bytes min, ${gzipped} bytes gzip (budget ${budget})`);
if (gzipped > budget) {
  console.error(`embed: over budget by ${gzipped - budget} bytes`);
  process.exit(1);
}

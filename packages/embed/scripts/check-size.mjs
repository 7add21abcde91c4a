// The embed's size budgets, gzipped (level 9), checked on every build:
// - `kore-chat.js`, the script every page of a site downloads before any interaction (the
//   launcher), stays ≤ 6 KB;
// - what a page has downloaded once the chat is open — the script, the panel
//   (`kore-chat-panel.js` and any chunk it imports statically), the connection's head start
//   (`kore-chat-connect.js`) and its locale's catalogue (the largest is counted) — stays ≤ 80 KB: the UI runtime (preact/compat), the transport, the
//   store, the Markdown lexer, attachments and the everyday templates included;
// - the on-demand chunk of the other templates (fetched the first time a message needs one)
//   stays ≤ 24 KB, and is printed with the total of everything.
// What keeps them there, in vite.config.ts and vite.panel.config.ts: Preact resolved as ES
// modules (tree-shaken), terser, and scripts/bundle-plugins.ts. Raising a number is a product
// decision, not a fix: cut bytes instead.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const budgets = { script: 6_144, opened: 81_920, onDemand: 24_576 };
const dist = new URL("../dist/", import.meta.url);
const gzipSize = (name) => gzipSync(readFileSync(new URL(name, dist)), { level: 9 }).length;
const list = (folder) =>
  existsSync(new URL(folder, dist))
    ? readdirSync(new URL(folder, dist))
        .filter((file) => file.endsWith(".js"))
        .map((file) => `${folder}${file}`)
    : [];

// The panel's static imports, followed from its entry: `import … from "./chunks/x.js"`.
const staticImports = (name) =>
  [
    ...readFileSync(new URL(name, dist), "utf8").matchAll(
      /(?:^|[;}])\s*import\s*[^("'`]*?["']\.\/([^"']+)["']/g,
    ),
  ].map(([, file]) => new URL(file, new URL(name, dist)).href.slice(dist.href.length));
const panelFiles = new Set(["kore-chat-panel.js", "kore-chat-connect.js"]);
for (const file of panelFiles) for (const imported of staticImports(file)) panelFiles.add(imported);

const failures = [];
const check = (what, size, budget) => {
  console.log(`embed: ${what} ${size} bytes gzip (budget ${budget})`);
  if (size > budget) failures.push(`${what} is over its budget by ${size - budget} bytes`);
};

const script = gzipSize("kore-chat.js");
check("kore-chat.js (before any interaction)", script, budgets.script);
let panel = 0;
for (const file of panelFiles) {
  const size = gzipSize(file);
  panel += size;
  console.log(`embed: ${file} ${size} bytes gzip (loaded with the panel)`);
}
let largestCatalogue = 0;
for (const file of list("locales/")) {
  const size = gzipSize(file);
  largestCatalogue = Math.max(largestCatalogue, size);
  console.log(`embed: ${file} ${size} bytes gzip (loaded only by a page in that language)`);
}
check(
  "script + panel + the largest catalogue (the chat open)",
  script + panel + largestCatalogue,
  budgets.opened,
);
let onDemand = 0;
for (const file of list("chunks/").filter((file) => !panelFiles.has(file))) {
  const size = gzipSize(file);
  onDemand += size;
  check(`${file} (on demand)`, size, budgets.onDemand);
}
console.log(
  `embed: ${script + panel + largestCatalogue + onDemand} bytes gzip for everything, on-demand chunks included`,
);
if (failures.length > 0) {
  for (const failure of failures) console.error(`embed: ${failure}`);
  process.exit(1);
}

// dist/integrity.json: the Subresource Integrity hashes of the two files a page loads, for a
// host that pins them: `<script src="kore-chat.js" integrity="…">` for the script, and
// `KoreChat.mount({ integrity: "…" })` for the panel it fetches.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";

const dist = new URL("../dist/", import.meta.url);
const sri = (name) =>
  `sha384-${createHash("sha384")
    .update(readFileSync(new URL(name, dist)))
    .digest("base64")}`;
const hashes = {
  "kore-chat.js": sri("kore-chat.js"),
  "kore-chat-panel.js": sri("kore-chat-panel.js"),
  "kore-chat-connect.js": sri("kore-chat-connect.js"),
};
writeFileSync(new URL("integrity.json", dist), `${JSON.stringify(hashes, null, 2)}\n`);
console.log(`embed: dist/integrity.json (${Object.keys(hashes).join(", ")})`);

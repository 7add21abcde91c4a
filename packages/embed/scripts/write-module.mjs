// dist/index.js: the ES module bundlers import (`import { mount } from "@kore-chat/embed"`). It
// is not a second copy of the widget (a page would download ~80 KB gzipped twice over if an app
// used both): it runs the script, dist/kore-chat.js, which sets `globalThis.KoreChat`, and
// re-exports what that defined. Types: dist/index.d.ts (scripts/build-types.mjs).
import { writeFileSync } from "node:fs";

const module = `import "./kore-chat.js";

const KoreChat = globalThis.KoreChat;
export const mount = KoreChat.mount;
export const version = KoreChat.version;
export default KoreChat;
`;
writeFileSync(new URL("../dist/index.js", import.meta.url), module);
console.log("embed module: dist/index.js re-exports dist/kore-chat.js");

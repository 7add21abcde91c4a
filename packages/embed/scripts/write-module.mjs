// dist/index.js: the ES module bundlers import (`import { mount } from "@kore-chat/embed"`). It
// is not a second copy of the widget: it runs the connection's head start and the panel (which
// register themselves, so the script fetches nothing) and the script, dist/kore-chat.js, which
// sets `globalThis.KoreChat`, and re-exports what that defined. A bundler thus includes the
// three files and splits the panel's
// on-demand chunk as it splits any dynamic import. Types: dist/index.d.ts (scripts/build-types.mjs).
import { writeFileSync } from "node:fs";

const module = `import "./kore-chat-connect.js";
import "./kore-chat-panel.js";
import "./kore-chat.js";

const KoreChat = globalThis.KoreChat;
// A module has no \`document.currentScript\`: the script's files (locales/) sit next to this one.
const assetsUrl = new URL("./", import.meta.url).href;
export const mount = (options) =>
  typeof options === "object" && options !== null && options.assetsUrl === undefined
    ? KoreChat.mount({ ...options, assetsUrl })
    : KoreChat.mount(options);
export const version = KoreChat.version;
export default Object.freeze({ mount, version });
`;
writeFileSync(new URL("../dist/index.js", import.meta.url), module);
console.log(
  "embed module: dist/index.js runs dist/kore-chat-connect.js, dist/kore-chat-panel.js and dist/kore-chat.js",
);

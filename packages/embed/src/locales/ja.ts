// dist/locales/ja.js: the Japanese catalogue as an ES module, loaded by the script on demand.
export { japaneseStrings as default } from "@kore-chat/react";

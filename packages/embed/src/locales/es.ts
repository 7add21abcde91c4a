// dist/locales/es.js: the Spanish catalogue as an ES module, loaded by the script on demand.
export { spanishStrings as default } from "@kore-chat/react";

// dist/locales/ar.js: the Arabic catalogue as an ES module, loaded by the script on demand.
export { arabicStrings as default } from "@kore-chat/react";

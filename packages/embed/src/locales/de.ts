// dist/locales/de.js: the German catalogue as an ES module, loaded by the script on demand.
export { germanStrings as default } from "@kore-chat/react";

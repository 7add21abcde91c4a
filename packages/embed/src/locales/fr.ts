// dist/locales/fr.js: the French catalogue as an ES module, loaded by the script on demand.
export { frenchStrings as default } from "@kore-chat/react";

/**
 * The catalogues the script ships as files of their own (`dist/locales/<tag>.js`, built by
 * `vite.locales.config.ts`) instead of inside `kore-chat.js`: a page downloads only the one
 * its `locale` names. English is always inside. (No imports: the build config reads it.)
 */
export const separateCatalogueTags: readonly string[] = Object.freeze([
  "de",
  "ar",
  "fr",
  "es",
  "ja",
]);

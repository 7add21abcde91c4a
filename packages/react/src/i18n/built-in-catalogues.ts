import { arabicStrings } from "./arabic-strings.js";
import { frenchStrings } from "./french-strings.js";
import { germanStrings } from "./german-strings.js";
import { japaneseStrings } from "./japanese-strings.js";
import { spanishStrings } from "./spanish-strings.js";
import { englishStrings, type KoreChatStrings } from "./strings.js";

/**
 * The catalogues `resolveStrings` finds by language tag. Its own module so that the embed
 * script can build without the non-English ones: it loads the catalogue of its `locale` as a
 * file of its own and passes it in as `strings` (see `packages/embed/vite.config.ts`).
 */
export const builtInCatalogues: Readonly<Record<string, KoreChatStrings>> = Object.freeze({
  en: englishStrings,
  de: germanStrings,
  ar: arabicStrings,
  fr: frenchStrings,
  es: spanishStrings,
  ja: japaneseStrings,
});

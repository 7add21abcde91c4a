import { candidateTags, type KoreChatStrings, locales } from "@kore-chat/react";
import { separateCatalogueTags } from "./separate-catalogue-tags.js";

/**
 * The tag of the separate catalogue `locale` needs, or undefined when the catalogues built into
 * this bundle already cover it (English, an unknown language, or a build that has them all).
 *
 * @example
 * catalogueToLoad("de-AT", { en: englishStrings }); // "de"
 * catalogueToLoad("de-AT", locales); // undefined while German is built in
 */
export function catalogueToLoad(
  locale: string | undefined,
  bundled: Readonly<Record<string, KoreChatStrings>> = locales,
): string | undefined {
  if (locale === undefined) return undefined;
  for (const tag of candidateTags(locale)) {
    if (Object.hasOwn(bundled, tag)) return undefined;
    if (separateCatalogueTags.includes(tag)) return tag;
  }
  return undefined;
}

/** The URL of a separate catalogue: `locales/<tag>.js` under `assetsUrl` (relative to the page). */
export function catalogueUrl(
  tag: string,
  assetsUrl: string,
  pageUrl: string = document.baseURI,
): string {
  return new URL(`locales/${tag}.js`, new URL(assetsUrl, pageUrl)).href;
}

/**
 * Loads a separate catalogue as an ES module (its default export). A classic script's dynamic
 * `import()` carries that script's CSP nonce, so strict pages keep working. Rejects when the
 * file is missing or is not a catalogue (checked on its keys: every English key, each a string
 * or a function), so a wrong `assetsUrl` falls back to English instead of rendering holes.
 */
export async function importCatalogue(
  url: string,
  english: KoreChatStrings,
): Promise<KoreChatStrings> {
  const module: unknown = await import(/* @vite-ignore */ url);
  const catalogue =
    typeof module === "object" && module !== null
      ? (module as { default?: unknown }).default
      : undefined;
  if (typeof catalogue !== "object" || catalogue === null) {
    throw new TypeError(`KoreChat: ${url} is not a kore-chat catalogue`);
  }
  for (const [key, value] of Object.entries(english)) {
    const found: unknown = (catalogue as Record<string, unknown>)[key];
    if (typeof found !== typeof value) {
      throw new TypeError(`KoreChat: the catalogue at ${url} has no valid "${key}"`);
    }
  }
  return catalogue as KoreChatStrings;
}

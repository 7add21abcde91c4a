import { candidateTags } from "@kore-chat/react";
import { separateCatalogueTags } from "./separate-catalogue-tags.js";

/**
 * The tag of the separate catalogue `locale` needs, or undefined when the catalogues built into
 * this bundle already cover it (English, an unknown language, or a build that has them all).
 *
 * @example
 * catalogueToLoad("de-AT"); // "de"
 * catalogueToLoad("de-AT", locales); // undefined while German is built in
 */
export function catalogueToLoad(
  locale: string | undefined,
  bundled: Readonly<Record<string, object>> = { en: {} },
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
 * file is missing or is not a catalogue (checked against `reference`'s keys), so a wrong
 * `assetsUrl` falls back to English instead of rendering holes.
 */
export async function importCatalogue<T extends object>(url: string, reference: T): Promise<T> {
  const module: unknown = await import(/* @vite-ignore */ url);
  return checkCatalogue(
    typeof module === "object" && module !== null
      ? (module as { default?: unknown }).default
      : undefined,
    reference,
    url,
  );
}

/**
 * `catalogue` when it has every key of `reference`, each of the same type (a string or a
 * function); throws a TypeError naming the first that is missing.
 */
export function checkCatalogue<T extends object>(
  catalogue: unknown,
  reference: T,
  from: string,
): T {
  if (typeof catalogue !== "object" || catalogue === null) {
    throw new TypeError(`KoreChat: ${from} is not a kore-chat catalogue`);
  }
  for (const [key, value] of Object.entries(reference)) {
    const found: unknown = (catalogue as Record<string, unknown>)[key];
    if (typeof found !== typeof value) {
      throw new TypeError(`KoreChat: the catalogue at ${from} has no valid "${key}"`);
    }
  }
  return catalogue as T;
}

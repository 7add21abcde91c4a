import { builtInCatalogues } from "./built-in-catalogues.js";
import { englishStrings, type KoreChatStrings } from "./strings.js";

/** The built-in catalogues, by BCP 47 language tag. */
export const locales: Readonly<Record<string, KoreChatStrings>> = builtInCatalogues;

const rightToLeftLanguages: ReadonlySet<string> = new Set(["ar", "he", "iw", "fa", "ur"]);

/**
 * The tags to look a catalogue up by, most specific first.
 *
 * @example
 * candidateTags("de-AT"); // ["de-at", "de"]
 * candidateTags("zh_Hant_TW"); // ["zh-hant-tw", "zh-hant", "zh"]
 */
export function candidateTags(locale: string): string[] {
  const subtags = locale.trim().toLowerCase().replaceAll("_", "-").split("-");
  const tags: string[] = [];
  for (let length = subtags.length; length > 0; length -= 1) {
    tags.push(subtags.slice(0, length).join("-"));
  }
  return tags;
}

/**
 * The catalogue for a BCP 47 `locale`, falling back to its language
 * (`de-AT` → `de`) and then to English, with `overrides` spread over it.
 *
 * @example
 * resolveStrings("de-AT").send; // "Senden"
 * resolveStrings("xx", { send: "Go" }).send; // "Go"
 */
export function resolveStrings(
  locale?: string,
  overrides?: Partial<KoreChatStrings>,
): KoreChatStrings {
  let base = englishStrings;
  if (locale !== undefined) {
    for (const tag of candidateTags(locale)) {
      const found = Object.hasOwn(locales, tag) ? locales[tag] : undefined;
      if (found !== undefined) {
        base = found;
        break;
      }
    }
  }
  if (overrides === undefined) return base;
  const merged: Record<string, unknown> = { ...base };
  for (const [name, value] of Object.entries(overrides))
    if (value !== undefined) merged[name] = value;
  return merged as unknown as KoreChatStrings;
}

/**
 * The writing direction of a BCP 47 `locale`: `"rtl"` for Arabic, Hebrew,
 * Persian and Urdu, `"ltr"` otherwise.
 *
 * @example
 * directionOf("ar-EG"); // "rtl"
 */
export function directionOf(locale: string | undefined): "ltr" | "rtl" {
  const language = locale === undefined ? "" : (candidateTags(locale).at(-1) ?? "");
  return rightToLeftLanguages.has(language) ? "rtl" : "ltr";
}

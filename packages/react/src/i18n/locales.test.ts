import { describe, expect, it } from "vitest";
import { arabicStrings } from "./arabic-strings.js";
import { frenchStrings } from "./french-strings.js";
import { germanStrings } from "./german-strings.js";
import { japaneseStrings } from "./japanese-strings.js";
import { directionOf, locales, resolveStrings } from "./locales.js";
import { spanishStrings } from "./spanish-strings.js";
import { englishStrings, type KoreChatStrings } from "./strings.js";

const keys = Object.keys(englishStrings).sort() as (keyof KoreChatStrings)[];

describe("locales", () => {
  it("ships en, de, ar, fr, es and ja", () => {
    expect(locales).toEqual({
      en: englishStrings,
      de: germanStrings,
      ar: arabicStrings,
      fr: frenchStrings,
      es: spanishStrings,
      ja: japaneseStrings,
    });
  });

  for (const [tag, strings] of Object.entries(locales)) {
    it(`${tag} has every key, each a non-empty text or a function giving one`, () => {
      expect(Object.keys(strings).sort()).toEqual(keys);
      for (const key of keys) {
        const value: unknown = strings[key];
        if (typeof value === "function") {
          for (const count of [0, 1, 2, 3, 11, 100]) {
            const text: unknown = value(count, count + 1);
            expect(typeof text, `${tag}.${key}(${count})`).toBe("string");
            expect((text as string).trim(), `${tag}.${key}(${count})`).not.toBe("");
          }
        } else {
          expect(typeof value, `${tag}.${key}`).toBe("string");
          expect((value as string).trim(), `${tag}.${key}`).not.toBe("");
        }
      }
    });

    it(`${tag} is translated: no text is left in English`, () => {
      if (tag === "en") return;
      const same = keys.filter(
        (key) => typeof strings[key] === "string" && strings[key] === englishStrings[key],
      );
      expect(same).toEqual([]);
    });
  }

  it("follows French, Spanish and Japanese plural forms", () => {
    expect(frenchStrings.unreadMessages(0)).toBe("0 message non lu");
    expect(frenchStrings.unreadMessages(1)).toBe("1 message non lu");
    expect(frenchStrings.unreadMessages(2)).toBe("2 messages non lus");
    expect(spanishStrings.unreadMessages(1)).toBe("1 mensaje sin leer");
    expect(spanishStrings.starRating(5)).toBe("5 estrellas");
    expect(japaneseStrings.unreadMessages(3)).toBe("未読メッセージ3件");
    expect(frenchStrings.cardPosition(2, 3)).toBe("2 sur 3");
    expect(japaneseStrings.cardPosition(2, 3)).toBe("3件中2件目");
  });

  it("formats the numbered texts", () => {
    expect(englishStrings.cardPosition(2, 3)).toBe("2 of 3");
    expect(germanStrings.cardPosition(2, 3)).toBe("2 von 3");
    expect(arabicStrings.cardPosition(2, 3)).toBe("2 من 3");
    expect(englishStrings.unreadMessages(1)).toBe("1 unread message");
    expect(englishStrings.unreadMessages(4)).toBe("4 unread messages");
    expect(germanStrings.unreadMessages(1)).toBe("1 ungelesene Nachricht");
    expect(germanStrings.unreadMessages(4)).toBe("4 ungelesene Nachrichten");
    expect(germanStrings.starRating(1)).toBe("1 Stern");
    expect(germanStrings.starRating(5)).toBe("5 Sterne");
  });

  it("follows Arabic plural forms for unread counts", () => {
    expect(arabicStrings.unreadMessages(1)).toBe("رسالة واحدة غير مقروءة");
    expect(arabicStrings.unreadMessages(2)).toBe("رسالتان غير مقروءتين");
    expect(arabicStrings.unreadMessages(3)).toBe("3 رسائل غير مقروءة");
    expect(arabicStrings.unreadMessages(11)).toBe("11 رسالة غير مقروءة");
    expect(arabicStrings.unreadMessages(100)).toBe("100 رسالة غير مقروءة");
    expect(arabicStrings.starRating(1)).toBe("نجمة واحدة");
    expect(arabicStrings.starRating(2)).toBe("نجمتان");
    expect(arabicStrings.starRating(5)).toBe("5 نجوم");
  });
});

describe("resolveStrings", () => {
  it("picks by BCP 47 tag, falling back to the language, then to English", () => {
    expect(resolveStrings("de")).toBe(germanStrings);
    expect(resolveStrings("de-AT")).toBe(germanStrings);
    expect(resolveStrings("DE_ch")).toBe(germanStrings);
    expect(resolveStrings("ar-EG")).toBe(arabicStrings);
    expect(resolveStrings("en-GB")).toBe(englishStrings);
    expect(resolveStrings("xx-YY")).toBe(englishStrings);
    expect(resolveStrings("toString")).toBe(englishStrings);
    expect(resolveStrings()).toBe(englishStrings);
  });

  it("spreads overrides over the locale's texts, ignoring undefined ones", () => {
    // A plain-JS host may pass `undefined` for a text it does not override.
    const overrides = { send: "Los", retry: undefined } as unknown as Partial<KoreChatStrings>;
    const strings = resolveStrings("de", overrides);
    expect(strings.send).toBe("Los");
    expect(strings.retry).toBe("Erneut versuchen");
    expect(strings.message).toBe("Nachricht");
    expect(resolveStrings(undefined, { unreadMessages: (n) => `${n}!` }).unreadMessages(2)).toBe(
      "2!",
    );
  });
});

describe("directionOf", () => {
  it("is rtl for Arabic, Hebrew, Persian and Urdu, ltr otherwise", () => {
    for (const tag of ["ar", "ar-EG", "he", "he-IL", "fa-IR", "ur", "AR"]) {
      expect(directionOf(tag), tag).toBe("rtl");
    }
    for (const tag of ["en", "de-AT", "fr", "", "arn"]) expect(directionOf(tag), tag).toBe("ltr");
    expect(directionOf(undefined)).toBe("ltr");
  });
});

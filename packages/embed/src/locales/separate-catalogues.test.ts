import { englishStrings, locales } from "@kore-chat/react";
import { describe, expect, it } from "vitest";
import { separateCatalogueTags } from "./separate-catalogue-tags.js";
import { catalogueToLoad, catalogueUrl, importCatalogue } from "./separate-catalogues.js";

describe("separate catalogues", () => {
  it("are every built-in catalogue but English", () => {
    expect([...separateCatalogueTags].sort()).toEqual(
      Object.keys(locales)
        .filter((tag) => tag !== "en")
        .sort(),
    );
  });

  it("are loaded for a language the bundle lacks, by its most specific known tag", () => {
    expect(catalogueToLoad("de-AT")).toBe("de");
    expect(catalogueToLoad("ar_EG")).toBe("ar");
    expect(catalogueToLoad("JA")).toBe("ja");
  });

  it("are not loaded for English, an unknown language, or a bundle that has them", () => {
    expect(catalogueToLoad(undefined)).toBeUndefined();
    expect(catalogueToLoad("en-GB")).toBeUndefined();
    expect(catalogueToLoad("xx")).toBeUndefined();
    expect(catalogueToLoad("de-AT", locales)).toBeUndefined();
  });

  it("sit in locales/ under the assets URL, relative URLs against the page", () => {
    expect(catalogueUrl("fr", "https://cdn.example.com/chat/", "https://shop.example.com/")).toBe(
      "https://cdn.example.com/chat/locales/fr.js",
    );
    expect(catalogueUrl("fr", "/static/", "https://shop.example.com/cart/")).toBe(
      "https://shop.example.com/static/locales/fr.js",
    );
  });

  it("refuse a module that is not a catalogue", async () => {
    const asModule = (value: unknown) =>
      `data:text/javascript,export default ${encodeURIComponent(JSON.stringify(value))}`;
    await expect(importCatalogue(asModule({ send: "Senden" }), englishStrings)).rejects.toThrow(
      /has no valid "message"/,
    );
    await expect(importCatalogue(asModule(null), englishStrings)).rejects.toThrow(
      /is not a kore-chat catalogue/,
    );
  });
});

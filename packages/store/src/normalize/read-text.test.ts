import { describe, expect, it } from "vitest";
import { capText, maxTextLength, readText } from "./read-text.js";

describe("readText", () => {
  it("keeps readable strings as sent and rejects blanks and non-strings", () => {
    expect(readText(" Hi. ")).toBe(" Hi. ");
    for (const value of ["", " \n\t", 1, null, undefined, ["a"], { text: "a" }]) {
      expect(readText(value)).toBeUndefined();
    }
  });
});

describe("capText", () => {
  it("leaves short texts alone and never splits an emoji at the cut", () => {
    expect(capText("short")).toBe("short");
    const text = `${"a".repeat(maxTextLength - 1)}😀tail`;
    const capped = capText(text);
    expect(capped).toBe(`${"a".repeat(maxTextLength - 1)}…`);
    expect(capped.at(-2)).toBe("a");
  });
});

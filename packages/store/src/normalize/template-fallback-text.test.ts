import { describe, expect, it } from "vitest";
import { maxTextLength } from "./read-text.js";
import { templateFallbackText, unsupportedMessageText } from "./template-fallback-text.js";

describe("templateFallbackText", () => {
  it("prefers text, then heading, then title, then the first element's title", () => {
    const full = { text: "T", heading: "H", title: "Ti", elements: [{ title: "E" }] };
    expect(templateFallbackText(full)).toBe("T");
    expect(templateFallbackText({ ...full, text: " " })).toBe("H");
    expect(templateFallbackText({ ...full, text: 1, heading: "" })).toBe("Ti");
    expect(templateFallbackText({ elements: [{ title: "E" }, { title: "F" }] })).toBe("E");
    expect(templateFallbackText({ listItems: [{ title: "Meeting" }] })).toBe("Meeting");
    expect(templateFallbackText({ cards: [{ cardHeading: { title: "Flight" } }] })).toBe("Flight");
  });

  it("is never empty, whatever the fields hold", () => {
    for (const payload of [
      {},
      { text: "" },
      { elements: "x" },
      { elements: [null] },
      { title: {} },
      { cards: [{ cardHeading: "x" }], listItems: [[{ title: "nested" }]] },
    ]) {
      expect(templateFallbackText(payload)).toBe(unsupportedMessageText);
    }
  });

  it("is capped", () => {
    expect(templateFallbackText({ text: "y".repeat(maxTextLength + 5) })).toHaveLength(
      maxTextLength + 1,
    );
  });
});

import { describe, expect, it } from "vitest";
import { germanStrings } from "../i18n/german-strings.js";
import { englishStrings } from "../i18n/strings.js";
import { testMessage } from "../testing/test-messages.js";
import { conversationTranscript } from "./transcript.js";

const at = Date.UTC(2026, 11, 1, 9, 30);

describe("conversationTranscript", () => {
  it("writes one paragraph a message: full time, who said it, the text", () => {
    const text = conversationTranscript(
      [
        testMessage({ key: "a", author: "user", text: "hi", createdAt: at }),
        testMessage({ key: "b", author: "bot", text: "Hello! *How* can I help?", createdAt: at }),
        testMessage({ key: "c", author: "agent", text: "Maya here", createdAt: at }),
      ],
      englishStrings,
      "en",
    );
    const paragraphs = text.trimEnd().split("\n\n");
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^Tuesday, December 1, 2026 at .+ — You said: hi$/);
    expect(paragraphs[1]).toMatch(/ — Bot said: Hello! \*How\* can I help\?$/);
    expect(paragraphs[2]).toMatch(/ — Agent said: Maya here$/);
  });

  it("uses a template's fallback text and a file's name, skips system lines and empty ones", () => {
    const text = conversationTranscript(
      [
        testMessage({
          key: "t",
          parts: [
            { kind: "template", templateType: "button", payload: {}, fallbackText: "Pick one" },
          ],
        }),
        testMessage({
          key: "f",
          author: "user",
          parts: [{ kind: "media", mediaType: "document", url: "https://x.test/a", name: "a.pdf" }],
        }),
        testMessage({ key: "s", author: "system", text: "joined" }),
        testMessage({ key: "e", text: "  " }),
      ],
      germanStrings,
      "de",
    );
    expect(text).toContain("Pick one");
    expect(text).toContain("a.pdf");
    expect(text).not.toContain("joined");
    expect(text.trimEnd().split("\n\n")).toHaveLength(2);
    expect(text).toContain(germanStrings.youSaid);
  });

  it("leaves the time out where it is unknown", () => {
    const text = conversationTranscript(
      [testMessage({ author: "user", text: "hi", createdAt: Number.NaN })],
      englishStrings,
      "en",
    );
    expect(text).toBe("You said: hi\n");
  });
});

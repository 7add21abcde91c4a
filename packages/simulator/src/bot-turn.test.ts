import { describe, expect, it } from "vitest";
import { buildBotTurn, parseBotParts, toWirePart } from "./bot-turn.js";

const botInfo = { chatBot: "Demo Bot", taskBotId: "st-1" };

describe("toWirePart", () => {
  it("builds a text part with component and cInfo", () => {
    expect(toWirePart("Hi")).toEqual({
      type: "text",
      component: { type: "text", payload: { text: "Hi" } },
      cInfo: { body: "Hi" },
    });
  });

  it("nests a template payload and repeats it as a JSON string in cInfo.body", () => {
    const payload = { template_type: "quick_replies", text: "Pick", quick_replies: [] };
    const wire = toWirePart({ type: "template", payload });
    expect(wire).toEqual({
      type: "text",
      component: { type: "template", payload: { type: "template", payload } },
      cInfo: { body: JSON.stringify({ type: "template", payload }) },
    });
  });

  it("keeps media components whole in cInfo.body", () => {
    const wire = toWirePart({ type: "image", url: "https://example.com/a.png", name: "a.png" });
    expect(wire).toMatchObject({
      component: { type: "image", payload: { url: "https://example.com/a.png", name: "a.png" } },
    });
    expect(JSON.parse((wire as { cInfo: { body: string } }).cInfo.body)).toEqual({
      type: "image",
      payload: { url: "https://example.com/a.png", name: "a.png" },
    });
  });

  it("sends raw parts verbatim", () => {
    expect(toWirePart({ type: "raw", part: { odd: true } })).toEqual({ odd: true });
  });
});

describe("buildBotTurn", () => {
  it("builds the bot_response frame of TEMPLATES.md §1", () => {
    const built = buildBotTurn(
      { parts: ["one", "two"] },
      { botInfo, icon: "https://i/x.svg", nowMs: 1_700_000_000_000 },
    );
    expect(built.frame).toEqual({
      type: "bot_response",
      from: "bot",
      messageId: built.messageId,
      message: [toWirePart("one"), toWirePart("two")],
      botInfo,
      createdOn: "2023-11-14T22:13:20.000Z",
      icon: "https://i/x.svg",
      traceId: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    expect(built.messageId).toMatch(/^ms-[0-9a-f-]{36}$/);
    expect(built.historyTexts).toEqual(["one", "two"]);
  });

  it("adds the author of a live agent turn", () => {
    const author = { firstName: "A", lastName: "B", type: "AGENT" } as const;
    expect(
      buildBotTurn({ parts: ["x"], author }, { botInfo, icon: "", nowMs: 0 }).frame.author,
    ).toEqual(author);
  });

  it("stores a raw part without cInfo as its JSON", () => {
    const built = buildBotTurn(
      { parts: [{ type: "raw", part: [1, 2] }] },
      { botInfo, icon: "", nowMs: 0 },
    );
    expect(built.historyTexts).toEqual(["[1,2]"]);
  });
});

describe("parseBotParts", () => {
  it("accepts one part or a list", () => {
    expect(parseBotParts("hi")).toEqual(["hi"]);
    expect(
      parseBotParts([
        { type: "text", text: "a" },
        { type: "video", url: "https://v" },
      ]),
    ).toEqual([
      { type: "text", text: "a" },
      { type: "video", url: "https://v" },
    ]);
    expect(
      parseBotParts({ type: "template", payload: { template_type: "button", text: "t" } }),
    ).toEqual([{ type: "template", payload: { template_type: "button", text: "t" } }]);
  });

  it("rejects anything it cannot send", () => {
    expect(parseBotParts([])).toBeNull();
    expect(parseBotParts(42)).toBeNull();
    expect(parseBotParts([{ type: "template", payload: { text: "no type" } }])).toBeNull();
    expect(parseBotParts(["ok", { type: "image" }])).toBeNull();
  });
});

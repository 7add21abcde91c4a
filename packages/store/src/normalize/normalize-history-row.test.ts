import { demoMedia, demoMediaMessages, demoTemplates } from "@kore-chat/simulator";
import type { BotMessagePart, HistoryRow } from "@kore-chat/transport";
import { describe, expect, it } from "vitest";
import { normalizeBotPart, normalizeBotTurn } from "./normalize-bot-part.js";
import { normalizeHistoryRow } from "./normalize-history-row.js";

/** A row as `/api/botmessages/rtm` returns it (PROTOCOL.md §5). */
function historyRow(
  type: "incoming" | "outgoing",
  components: HistoryRow["components"],
  tags: unknown = { messageTags: [], userTags: [], sessionTags: [] },
): HistoryRow {
  return {
    _id: "ms-8a83d099-dd93-5b6b-836b-ac77bdfe9d4a",
    type,
    status: "sent to cs",
    components,
    createdOn: "2019-12-03T05:07:44.097Z",
    timestampValue: 1575349664097,
    tags,
  };
}

function textComponent(text: string): HistoryRow["components"][number] {
  return { _id: "cp-1", cT: "text", data: { text }, thumbnails: [] };
}

/** A live part as real frames (and the simulator) carry it: parsed component + `cInfo.body` JSON. */
function wirePart(componentType: string, payload: unknown): BotMessagePart {
  const body =
    componentType === "text" ? String(payload) : JSON.stringify({ type: componentType, payload });
  const component =
    componentType === "text"
      ? { type: "text", payload: { text: payload } }
      : { type: componentType, payload };
  return { type: "text", component, cInfo: { body } };
}

/** What history stores for a live part: its `cInfo.body` as `data.text`. */
function storedRow(part: BotMessagePart): HistoryRow {
  const cInfo = part.cInfo as { body: string };
  return historyRow("outgoing", [textComponent(cInfo.body)]);
}

describe("normalizeHistoryRow", () => {
  it("reads plain text rows", () => {
    expect(normalizeHistoryRow(historyRow("incoming", [textComponent("Hi")]))).toEqual([
      { kind: "text", text: "Hi" },
    ]);
    expect(
      normalizeHistoryRow(
        historyRow("outgoing", [textComponent("Please enter the text to comment on the issue")]),
      ),
    ).toEqual([{ kind: "text", text: "Please enter the text to comment on the issue" }]);
  });

  it("reads a bot's template JSON text (the platform's stored shape)", () => {
    const payload = {
      text: "Travelling expenses report chart",
      template_type: "piechart",
      pie_type: "regular",
      elements: [{ title: "Airlines", value: "1234.0", displayValue: "$ 1,234" }],
    };
    const row = historyRow("outgoing", [
      textComponent(JSON.stringify({ type: "template", payload })),
    ]);
    expect(normalizeHistoryRow(row)).toEqual([
      {
        kind: "template",
        templateType: "piechart",
        payload,
        fallbackText: "Travelling expenses report chart",
      },
    ]);
  });

  it("shows a user's typed JSON as the text they typed", () => {
    const typed = '{"type":"template","payload":{"template_type":"button","text":"x"}}';
    expect(normalizeHistoryRow(historyRow("incoming", [textComponent(typed)]))).toEqual([
      { kind: "text", text: typed },
    ]);
  });

  it("shows tags.altText[0].value instead of the plain text", () => {
    const row = historyRow("incoming", [textComponent("payload1")], {
      altText: [{ name: "label", value: "Button Four" }],
    });
    expect(normalizeHistoryRow(row)).toEqual([{ kind: "text", text: "Button Four" }]);
  });

  it("replaces a bot's JSON { text } with altText too, as it is plain text", () => {
    const row = historyRow("outgoing", [textComponent('{"text":"payload1"}')], {
      altText: [{ value: "Button Four" }],
    });
    expect(normalizeHistoryRow(row)).toEqual([{ kind: "text", text: "Button Four" }]);
  });

  it("shows altText once, keeping media beside it", () => {
    const media = { cT: "image", data: {}, thumbnails: [{ url: "https://example.com/t.png" }] };
    const row = historyRow("incoming", [textComponent("a"), media, textComponent("b")], {
      altText: [{ value: "Label" }],
    });
    expect(normalizeHistoryRow(row)).toEqual([
      { kind: "text", text: "Label" },
      { kind: "media", mediaType: "image", url: "https://example.com/t.png" },
    ]);
  });

  it("keeps a template over altText, so the bubble matches the live one", () => {
    const text = JSON.stringify({
      type: "template",
      payload: { template_type: "button", text: "Pick" },
    });
    const row = historyRow("outgoing", [textComponent(text)], {
      altText: [{ value: "Accounts Selection Message" }],
    });
    expect(normalizeHistoryRow(row)).toMatchObject([{ kind: "template", templateType: "button" }]);
  });

  it("ignores a malformed altText", () => {
    for (const tags of [{ altText: [] }, { altText: [{ value: "  " }] }, { altText: "x" }, null]) {
      expect(normalizeHistoryRow(historyRow("incoming", [textComponent("Hi")], tags))).toEqual([
        { kind: "text", text: "Hi" },
      ]);
    }
  });

  it.each(["image", "audio", "video"] as const)("reads a %s component (cT) as media", (cT) => {
    const fromData = historyRow("incoming", [
      {
        cT,
        data: { url: "https://example.com/f", name: "f" } as { text?: string },
        thumbnails: [],
      },
    ]);
    const fromThumbnail = historyRow("incoming", [
      { cT, data: {}, thumbnails: [{ url: "https://example.com/t" }] },
    ]);
    expect(normalizeHistoryRow(fromData)).toEqual([
      { kind: "media", mediaType: cT, url: "https://example.com/f", name: "f" },
    ]);
    expect(normalizeHistoryRow(fromThumbnail)).toEqual([
      { kind: "media", mediaType: cT, url: "https://example.com/t" },
    ]);
  });

  it("guarantees one part for an empty row; nothing for a silent template", () => {
    expect(normalizeHistoryRow(historyRow("outgoing", []))).toEqual([
      { kind: "text", text: "[unsupported message]" },
    ]);
    expect(normalizeHistoryRow(historyRow("outgoing", [textComponent("  ")]))).toEqual([
      { kind: "text", text: "[unsupported message]" },
    ]);
    const silent = JSON.stringify({
      type: "template",
      payload: { template_type: "wait_for_response" },
    });
    expect(normalizeHistoryRow(historyRow("outgoing", [textComponent(silent)]))).toEqual([]);
  });

  it("does not mutate the row", () => {
    const row = historyRow("outgoing", [textComponent('{"text":"Hi"}')], {
      altText: [{ value: "A" }],
    });
    const before = JSON.stringify(row);
    normalizeHistoryRow(row);
    expect(JSON.stringify(row)).toBe(before);
  });
});

describe("live and history read the same", () => {
  it.each(Object.keys(demoTemplates))("the %s template", (name) => {
    const part = wirePart("template", { type: "template", payload: demoTemplates[name] });
    expect(normalizeBotPart(part)).toMatchObject([{ kind: "template" }]);
    expect(normalizeHistoryRow(storedRow(part))).toEqual(normalizeBotTurn([part]));
  });

  it.each(Object.keys(demoMedia) as (keyof typeof demoMedia)[])("the %s media part", (type) => {
    const part = wirePart(type, demoMedia[type]);
    const live = normalizeBotPart(part);
    expect(live).toEqual([{ kind: "media", mediaType: type, ...demoMedia[type] }]);
    expect(normalizeHistoryRow(storedRow(part))).toEqual(live);
  });

  it.each(Object.keys(demoMediaMessages) as (keyof typeof demoMediaMessages)[])(
    "the %s message part",
    (name) => {
      const part = wirePart("message", demoMediaMessages[name]);
      const live = normalizeBotPart(part);
      expect(live).toHaveLength(2);
      expect(normalizeHistoryRow(storedRow(part))).toEqual(live);
    },
  );

  it("a text turn", () => {
    const part = wirePart("text", "Im SDKBot.");
    expect(normalizeHistoryRow(storedRow(part))).toEqual(normalizeBotTurn([part]));
  });
});
